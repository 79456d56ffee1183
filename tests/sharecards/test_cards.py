"""Every public page names a picture for shared links (og:image): a film its poster, any other
page a share card drawn with Pillow and kept in the shared cache."""

import io
import re
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import translation
from PIL import Image, ImageDraw

from films.models import EditorialPiece, Film, Person, PublicationStatus
from sharecards import drawing as share_cards
from tests.factories import make_user, make_user_review
from tests.pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


def meta(html, name):
    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)"', html)
    return found and found.group(1)


def social_image(client, url):
    """Return the page's og:image address, its stated size and the image it points at."""
    html = client.get(url).content.decode()
    address = meta(html, "og:image")
    assert address and address.startswith(f"{ORIGIN}/"), f"{url}: og:image {address!r}"
    assert meta(html, "twitter:image") == address, url
    assert meta(html, "og:image:alt"), url
    stated = (int(meta(html, "og:image:width")), int(meta(html, "og:image:height")))
    response = client.get(address.removeprefix(ORIGIN))
    assert response.status_code == 200, f"{url}: {address} answered {response.status_code}"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return address, stated, Image.open(io.BytesIO(body))


@pytest.fixture
def member(seeded):
    member = make_user(username="sharing.member")
    make_user_review(film=Film.objects.get(slug="lost-bullet"), author=member)
    return member


def test_every_public_page_names_an_image_of_the_stated_size(client, member):
    pages = {
        **PUBLIC_PAGES,
        "member": reverse("reviews:member-detail", kwargs={"username": member.username}),
        "not found": "/en/films/no-such-film/",
    }
    addresses = {}
    for kind, url in pages.items():
        address, stated, image = social_image(client, url)
        image.load()  # decodes the whole image: a truncated one fails here
        assert image.size == stated, f"{kind} ({url}): {image.size} is not {stated}"
        addresses[kind] = address
    assert addresses["film"].endswith(Film.objects.get(slug="lost-bullet").poster.url)
    # Each page about one thing has a card of its own.
    card_pages = [kind for kind in pages if kind not in ("film", "not found")]
    assert len({addresses[kind] for kind in card_pages}) == len(card_pages)


def test_a_film_without_a_poster_has_a_card_instead(client, seeded):
    Film.objects.filter(slug="lost-bullet-2").update(poster="")
    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet-2"})
    address, stated, image = social_image(client, url)
    assert address == f"{ORIGIN}/en/cards/film/lost-bullet-2.png"
    assert image.format == "PNG" and image.size == stated == share_cards.CARD_SIZE


def test_a_french_page_names_a_card_drawn_in_french(client, seeded):
    """A crawler fetching a French page's card gets it in French, whatever language it asks for."""
    Film.objects.filter(slug="lost-bullet-2").update(poster="")
    english = social_image(client, "/en/films/lost-bullet-2/")
    french = social_image(client, "/fr/films/lost-bullet-2/")
    assert french[0] == f"{ORIGIN}/fr/cards/film/lost-bullet-2.png"
    assert english[0] == f"{ORIGIN}/en/cards/film/lost-bullet-2.png"
    english_card = client.get("/en/cards/film/lost-bullet-2.png", HTTP_ACCEPT_LANGUAGE="fr")
    french_card = client.get("/fr/cards/film/lost-bullet-2.png", HTTP_ACCEPT_LANGUAGE="en")
    assert french_card.content != english_card.content
    assert french_card["ETag"] != english_card["ETag"]
    # The heading drawn is the French one, whatever language the crawler asks for.
    headings = {}
    for language in ("en", "fr"):

        def draw(language=language, **words):
            headings[language] = share_cards.heading()
            return b"png"

        with mock.patch.object(share_cards, "draw_share_card", side_effect=draw):
            client.get(f"/{language}/cards/person/alban-lenoir.png", HTTP_ACCEPT_LANGUAGE="en")
    with translation.override("fr"):
        assert headings["fr"] == share_cards.heading() != headings["en"]


@pytest.mark.parametrize(
    "path",
    [
        "/en/cards/person/no-such-person.png",
        "/en/cards/character/no-such-character.png",
        "/en/cards/critic/no-such-critic.png",
        "/en/cards/publication/no-such-publication.png",
        "/en/cards/article/no-such-article.png",
        "/en/cards/film/no-such-film.png",
        "/en/cards/member/no-such-member.png",
        "/en/cards/page/no-such-page.png",
        "/en/cards/page/.png",
        "/en/cards/credit/1.png",
        "/en/cards/person/alban-lenoir.webp",
        "/en/cards/person/%00.png",
        "/en/cards/member/" + "x" * 500 + ".png",
    ],
)
def test_a_card_of_nothing_is_a_404(client, seeded, path):
    assert client.get(path).status_code == 404


def test_drafts_have_no_card(client, seeded):
    Film.objects.filter(slug="last-bullet").update(status=PublicationStatus.DRAFT)
    piece = EditorialPiece.objects.first()
    EditorialPiece.objects.filter(pk=piece.pk).update(status=PublicationStatus.DRAFT)
    assert client.get("/en/cards/film/last-bullet.png").status_code == 404
    assert client.get(f"/en/cards/article/{piece.slug}.png").status_code == 404


def test_a_card_is_drawn_once_then_served_from_the_cache_and_revalidated(client, seeded):
    path = reverse("share-card", kwargs={"kind": "person", "slug": "alban-lenoir"})
    with mock.patch.object(
        share_cards, "draw_share_card", wraps=share_cards.draw_share_card
    ) as draw:
        first = client.get(path)
        second = client.get(path)
    assert draw.call_count == 1
    assert first.content == second.content
    assert first["Content-Type"] == "image/png"
    assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]
    assert client.get(path, headers={"if-none-match": first["ETag"]}).status_code == 304
    assert client.head(path).status_code == 200
    assert client.post(path).status_code == 405


def test_a_renamed_person_gets_a_new_card_at_once(client, seeded):
    path = reverse("share-card", kwargs={"kind": "person", "slug": "alban-lenoir"})
    before = client.get(path)
    Person.objects.filter(slug="alban-lenoir").update(name="Alban Lenoir-Renamed")
    after = client.get(path)
    assert after["ETag"] != before["ETag"] and after.content != before.content


def test_a_title_of_any_length_fits_on_the_card():
    for title in ("", "Lino", "Ramzy Bedia " * 20, "x" * 300, "Stéfi Celma: “ça”"):
        card = Image.open(io.BytesIO(share_cards.draw_share_card(kind="Person", title=title)))
        assert card.size == share_cards.CARD_SIZE


@pytest.fixture
def without_system_font(monkeypatch):
    """Draw as on a machine without DejaVu Sans: with Pillow's bundled, ASCII-only font."""
    monkeypatch.setattr(share_cards, "SYSTEM_FONT", "no-such-font.ttf")
    share_cards._has_system_font.cache_clear()
    yield
    share_cards._has_system_font.cache_clear()


def ink(text, font):
    image = Image.new("L", (140, 80))
    ImageDraw.Draw(image).text((10, 10), share_cards._drawable(text), font=font, fill=255)
    return image.tobytes()


def assert_drawn_without_missing_glyph_boxes():
    font = share_cards._font(40)
    missing = ink("\U000f0000", font)  # a private-use character, in no font
    for character in "ÉéèçàœŒß–—’“”…·":
        assert ink(character, font) != missing, f"{character!r} is drawn as a missing glyph"


def test_accented_names_are_drawn_with_their_accents():
    if not share_cards._has_system_font():
        pytest.skip("DejaVu Sans is not installed (Debian's fonts-dejavu-core): names lose accents")
    assert share_cards._drawable("Stéfi Celma, Sète") == "Stéfi Celma, Sète"
    assert_drawn_without_missing_glyph_boxes()


def test_without_a_system_font_names_lose_their_accents_not_their_letters(without_system_font):
    assert share_cards._drawable("Stéfi Celma – Œuvre") == "Stefi Celma - OEuvre"
    assert_drawn_without_missing_glyph_boxes()
    card = share_cards.draw_share_card(kind="Character", title="Gabriel Lefèvre", subtitle="Sète")
    assert Image.open(io.BytesIO(card)).size == share_cards.CARD_SIZE
