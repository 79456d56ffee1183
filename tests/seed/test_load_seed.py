import io
import re
from io import StringIO

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import DatabaseError
from PIL import Image

from films.models import ArticleSection, Credit, EditorialPiece, Film, Person
from seed import articles, loader
from seed.loader import seed_load
from seed.models import SeedRecord

pytestmark = pytest.mark.django_db


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for app in ("films", "reviews", "seed")
        for model in apps.get_app_config(app).get_models()
    }


def test_loading_twice_gives_the_same_counts(seeded):
    assert (seeded["films"], seeded["posters"]) == (3, 3)  # what the session's load created
    first = row_counts()
    assert seed_load() == {}
    assert row_counts() == first


def test_an_editors_changes_survive_a_second_load(seeded):
    film = Film.objects.get(slug="lost-bullet")
    film.synopsis = "Edited by an editor."
    film.runtime_minutes = 93
    film.save()
    Person.objects.create(name="Added By Editor", slug="added-by-editor")

    call_command("load_seed", stdout=StringIO())

    film.refresh_from_db()
    assert (film.synopsis, film.runtime_minutes) == ("Edited by an editor.", 93)
    assert Person.objects.filter(slug="added-by-editor").exists()


def test_content_an_editor_deleted_stays_deleted(seeded):
    credit = Credit.objects.get(film__slug="lost-bullet", person__slug="rod-paradot")
    credit.delete()
    EditorialPiece.objects.filter(sections__spoils__slug="last-bullet").delete()
    Film.objects.get(slug="last-bullet").delete()

    seed_load()

    assert not Credit.objects.filter(film__slug="lost-bullet", person__slug="rod-paradot").exists()
    assert not Film.objects.filter(slug="last-bullet").exists()


def test_prose_that_spoils_a_deleted_film_is_not_loaded_untagged(seeded):
    EditorialPiece.objects.filter(sections__spoils__slug="last-bullet").delete()
    Film.objects.get(slug="last-bullet").delete()
    SeedRecord.objects.filter(key__startswith="piece:").delete()

    seed_load()

    spoiling_last_bullet = [
        section["text"]
        for piece in articles.EDITORIAL_PIECES
        for section in piece["sections"]
        if section["spoils"] == "last-bullet"
    ]
    assert spoiling_last_bullet
    assert not ArticleSection.objects.filter(text__in=spoiling_last_bullet).exists()
    assert ArticleSection.objects.filter(spoils__slug="lost-bullet").exists()


def test_content_entered_before_the_first_load_is_reused_not_duplicated(empty_database):
    Person.objects.create(name="Alban Lenoir (editor's entry)", slug="alban-lenoir")
    seed_load()
    person = Person.objects.get(slug="alban-lenoir")
    assert person.name == "Alban Lenoir (editor's entry)"
    assert person.credits.count() == 5


def test_a_database_error_mid_load_rolls_the_whole_load_back(empty_database, monkeypatch):
    def fail(self):
        raise DatabaseError("disk I/O error")

    monkeypatch.setattr(loader._SeedLoader, "load_critic_reviews", fail)
    with pytest.raises(CommandError, match="rolled back: disk I/O error"):
        call_command("load_seed")
    assert sum(row_counts().values()) == 0


def test_every_film_gets_a_generated_poster_stored_like_an_upload(seeded, media_root):
    for film in Film.objects.all():
        assert re.fullmatch(rf"posters/{film.slug}-[0-9a-f]{{12}}\.png", film.poster.name)
        assert (media_root / film.poster.name).is_file()
        with Image.open(film.poster.path) as image:
            image.verify()
    # Stored, not read from the image each time a film is loaded.
    sizes = set(Film.objects.values_list("poster_width", "poster_height"))
    assert sizes == {(600, 900)}
    thumbnails = media_root / "posters" / "thumbnails"
    assert len(list(thumbnails.glob("*.webp"))) == 3 * Film.objects.count()


def test_a_poster_an_editor_uploaded_is_not_replaced(empty_database):
    film = Film(title="Lost Bullet", slug="lost-bullet", series_position=1)
    upload = io.BytesIO()
    Image.new("RGB", (20, 30), "red").save(upload, format="PNG")
    film.poster.save("uploaded-by-editor.png", ContentFile(upload.getvalue()))
    uploaded = film.poster.name

    seed_load()

    film.refresh_from_db()
    assert film.poster.name == uploaded
    assert (film.poster_width, film.poster_height) == (20, 30)
