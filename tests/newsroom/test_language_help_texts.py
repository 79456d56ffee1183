"""Each language field of a translated field says which language it holds: modeltranslation
copies the field's help text to all of them, so the French title said "The English title"."""

import pytest
from django.urls import reverse
from django.utils import translation

from films.models import Film, FilmPassage
from tests.factories import make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(make_staff("Editors", username="help-reader"))
    return client


def help_texts(client, url, language="en"):
    with translation.override(language):
        form = client.get(url, HTTP_ACCEPT_LANGUAGE=language).context["adminform"].form
    return {name: str(field.help_text) for name, field in form.fields.items()}


def test_the_french_title_says_it_is_the_french_title(editor, seeded):
    film = Film.objects.get(slug="lost-bullet")
    texts = help_texts(editor, reverse("admin:films_film_change", args=[film.pk]))
    assert texts["title_en"].startswith("The English title")
    assert texts["title_fr"].startswith("The French title")
    assert "English title" not in texts["title_fr"]
    assert texts["synopsis_fr"].startswith("The French version")
    assert not texts["synopsis_en"].startswith("The French version")


def test_a_passages_french_text_says_so_in_french_for_the_french_admin(editor, seeded):
    passage = FilmPassage.objects.first()
    url = reverse("admin:films_filmpassage_change", args=[passage.pk])
    texts = help_texts(editor, url, "fr")
    assert texts["text_fr"].startswith("La version en français")
