"""Posters: only whole JPEG, PNG and WebP images of a sane size, thumbnailed when saved."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import modelform_factory
from django.urls import reverse
from PIL import Image

from films.models import Film
from films.thumbnails import poster_thumbnails_make
from tests.pages import form_values

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/en/",
    "/en/films/",
    "/en/films/last-bullet/",
    "/en/reviews/",
    "/en/search/?q=bullet",
]


def image_bytes(size=(300, 450), image_format="PNG", mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, "navy" if mode == "RGB" else 0).save(buffer, format=image_format)
    return buffer.getvalue()


def truncated_jpeg():
    buffer = io.BytesIO()
    Image.effect_noise((300, 450), 60).convert("RGB").save(buffer, format="JPEG")
    whole = buffer.getvalue()
    return whole[: len(whole) // 2]


# A PostScript file: Pillow identifies it as EPS and would run Ghostscript to draw it.
EPS = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 150\n%%EndComments\n"
    b"newpath 0 0 moveto 100 150 lineto stroke\nshowpage\n%%EOF\n"
)

BAD_POSTERS = {
    "truncated JPEG": ("poster.jpg", truncated_jpeg, "damaged or incomplete"),
    "EPS named .png": ("poster.png", lambda: EPS, "JPEG, PNG or WebP"),
    "GIF named .png": ("poster.png", lambda: image_bytes(image_format="GIF"), "JPEG, PNG or WebP"),
    "HTML named .png": ("page.png", lambda: b"<html><script>alert(1)</script>", "valid image"),
    "SVG": ("poster.svg", lambda: b"<svg xmlns='http://www.w3.org/2000/svg'/>", "valid image"),
    "image named .html": ("poster.html", image_bytes, "File extension"),
    # 12 KB on disk, 100 million pixels once decoded.
    "10,000 x 10,000 PNG": (
        "huge.png",
        lambda: image_bytes((10_000, 10_000), mode="1"),
        "valid image|megapixels",
    ),
}


def upload(name, content, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def post_poster(film, poster):
    """Submit a poster through the film's model form, as the admin's film form does."""
    form = modelform_factory(Film, fields=["poster"])(
        data={}, files={"poster": poster}, instance=film
    )
    if form.is_valid():
        form.save()
    return form


def admin_change_form(client, film):
    return form_values(
        client.get(reverse("admin:films_film_change", args=[film.pk])).content.decode()
    )


def test_a_real_image_is_accepted_renamed_and_thumbnailed_at_once(seeded, media_root):
    film = Film.objects.get(slug="last-bullet")
    assert post_poster(film, upload("<script>evil</script>.PNG", image_bytes())).is_valid()
    film.refresh_from_db()
    assert re.fullmatch(r"posters/last-bullet-[0-9a-f]{12}\.png", film.poster.name)
    assert (film.poster_width, film.poster_height) == (300, 450)
    stem = film.poster.name.removeprefix("posters/").removesuffix(".png")
    thumbnails = sorted(p.name for p in (media_root / "posters" / "thumbnails").glob(f"{stem}-*"))
    assert thumbnails == [f"{stem}-160w.webp"]


@pytest.mark.parametrize("kind", BAD_POSTERS)
def test_anything_but_a_whole_jpeg_png_or_webp_is_refused(seeded, kind):
    name, content, message = BAD_POSTERS[kind]
    film = Film.objects.get(slug="last-bullet")
    before = film.poster.name
    form = post_poster(film, upload(name, content()))
    assert re.search(message, " ".join(form.errors["poster"])), form.errors
    film.refresh_from_db()
    assert film.poster.name == before


def test_a_poster_over_the_pixel_limit_is_refused_with_its_size(seeded, settings):
    settings.POSTER_MAX_PIXELS = 1_000_000
    form = post_poster(
        Film.objects.get(slug="last-bullet"), upload("wide.png", image_bytes((2000, 600), mode="1"))
    )
    assert "2,000 × 600 pixels" in " ".join(form.errors["poster"])


def test_an_oversized_poster_is_refused(seeded, settings):
    settings.POSTER_MAX_BYTES = 1000
    form = post_poster(
        Film.objects.get(slug="last-bullet"), upload("big.png", image_bytes((400, 600)))
    )
    assert "A poster can be at most" in " ".join(form.errors["poster"])


@pytest.mark.parametrize("kind", BAD_POSTERS)
def test_a_bad_poster_uploaded_in_the_admin_leaves_every_public_page_up(
    client, seeded, editor, kind
):
    name, content, _message = BAD_POSTERS[kind]
    film = Film.objects.get(slug="last-bullet")
    data = admin_change_form(client, film) | {"poster": upload(name, content())}
    response = client.post(reverse("admin:films_film_change", args=[film.pk]), data)
    assert response.status_code == 200, "the admin shows the form again with the error"
    assert "errornote" in response.content.decode()
    client.logout()
    for url in PUBLIC_PAGES:
        assert client.get(url).status_code == 200, url


def test_a_good_poster_uploaded_in_the_admin_is_saved(client, seeded, editor):
    film = Film.objects.get(slug="last-bullet")
    data = admin_change_form(client, film) | {
        "poster": upload("new.webp", image_bytes(image_format="WEBP"), "image/webp")
    }
    response = client.post(reverse("admin:films_film_change", args=[film.pk]), data)
    assert response.status_code == 302
    film.refresh_from_db()
    assert film.poster.name.endswith(".webp")


def plant_broken_poster(film):
    """Store a broken poster behind validation's back, as a file damaged on disk would be."""
    film.poster.save("broken.jpg", ContentFile(truncated_jpeg()), save=False)
    Film.objects.filter(pk=film.pk).update(
        poster=film.poster.name, poster_width=300, poster_height=450
    )


def test_pages_render_without_decoding_a_poster_whose_thumbnails_are_missing(
    client, seeded, media_root
):
    film = Film.objects.get(slug="last-bullet")
    plant_broken_poster(film)
    for url in PUBLIC_PAGES:
        assert client.get(url).status_code == 200, url
    html = client.get(film.get_absolute_url()).content.decode()
    img = re.search(r'<img[^>]+alt="Poster of Last Bullet[^>]*>', html).group(0)
    film.refresh_from_db()
    assert f'src="{film.poster.url}"' in img
    assert not list((media_root / "posters" / "thumbnails").glob("broken*"))


def test_saving_a_film_with_a_broken_stored_poster_still_saves(seeded):
    film = Film.objects.get(slug="last-bullet")
    plant_broken_poster(film)
    film.refresh_from_db()
    assert poster_thumbnails_make(film) == []
    film.genre = "Action"
    film.save()
    assert Film.objects.get(pk=film.pk).genre == "Action"


def test_the_admin_list_and_form_show_a_film_whose_poster_has_no_size(client, seeded, editor):
    film = Film.objects.get(slug="last-bullet")
    Film.objects.filter(pk=film.pk).update(poster_width=None, poster_height=None)
    assert client.get(reverse("admin:films_film_changelist")).status_code == 200
    response = client.get(reverse("admin:films_film_change", args=[film.pk]))
    assert response.status_code == 200
    assert "Poster of Last Bullet" in response.content.decode()


def test_a_poster_file_missing_from_storage_does_not_stop_the_film_being_saved(
    client, seeded, editor, media_root
):
    """A poster whose file went missing (a restore without media, a disk cleaned by hand): the
    editor still saves the film's form, and is told the file is missing."""
    film = Film.objects.get(slug="last-bullet")
    assert film.poster
    (media_root / film.poster.name).unlink()
    data = admin_change_form(client, film) | {"runtime_minutes": "113"}

    response = client.post(reverse("admin:films_film_change", args=[film.pk]), data, follow=True)

    assert response.redirect_chain, response.content.decode()[:3000]
    assert Film.objects.get(pk=film.pk).runtime_minutes == 113
    assert "poster file of Last Bullet is missing" in response.content.decode()


def jpeg_with_metadata_and_trailer():
    """A real JPEG carrying EXIF (a camera's description of the place) and 4 MB appended."""
    exif = Image.Exif()
    exif[0x010E] = "taken at 12 secret street"  # ImageDescription
    buffer = io.BytesIO()
    Image.effect_noise((300, 450), 60).convert("RGB").save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue() + b"APPENDED" * (512 * 1024)


def admin_upload_poster(client, film, poster, django_capture_on_commit_callbacks):
    data = admin_change_form(client, film) | {"poster": poster}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:films_film_change", args=[film.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    film.refresh_from_db()
    return film.poster.name


def test_a_poster_is_stored_as_its_image_alone(
    client, seeded, editor, media_root, django_capture_on_commit_callbacks
):
    film = Film.objects.get(slug="last-bullet")
    upload_bytes = jpeg_with_metadata_and_trailer()
    name = admin_upload_poster(
        client,
        film,
        upload("poster.jpg", upload_bytes, "image/jpeg"),
        django_capture_on_commit_callbacks,
    )
    stored = (media_root / name).read_bytes()
    assert name.endswith(".jpg")
    assert len(stored) < len(upload_bytes) // 20
    assert b"APPENDED" not in stored and b"secret street" not in stored
    assert stored.endswith(b"\xff\xd9")  # the JPEG's own end, nothing after it
    with Image.open(io.BytesIO(stored)) as image:
        image.load()
        assert image.size == (300, 450) == (film.poster_width, film.poster_height)
        assert not image.getexif()


def test_a_poster_is_stored_in_the_format_it_is_not_the_name_it_was_given(
    client, seeded, editor, media_root, django_capture_on_commit_callbacks
):
    film = Film.objects.get(slug="last-bullet")
    name = admin_upload_poster(
        client,
        film,
        upload("poster.jpg", image_bytes(), "image/jpeg"),
        django_capture_on_commit_callbacks,
    )
    assert name.endswith(".png")
    assert (media_root / name).read_bytes().startswith(b"\x89PNG")


def test_a_replaced_poster_and_its_thumbnails_are_deleted(
    client, seeded, editor, media_root, django_capture_on_commit_callbacks
):
    film = Film.objects.get(slug="last-bullet")
    first = admin_upload_poster(
        client,
        film,
        upload("first.png", image_bytes((400, 600))),
        django_capture_on_commit_callbacks,
    )
    stem = first.removeprefix("posters/").removesuffix(".png")
    thumbnails = media_root / "posters" / "thumbnails"
    assert (media_root / first).exists() and len(list(thumbnails.glob(f"{stem}-*"))) == 2

    second = admin_upload_poster(
        client,
        film,
        upload("second.png", image_bytes((400, 600))),
        django_capture_on_commit_callbacks,
    )
    assert second != first and (media_root / second).exists()
    assert not (media_root / first).exists()
    assert not list(thumbnails.glob(f"{stem}-*"))
