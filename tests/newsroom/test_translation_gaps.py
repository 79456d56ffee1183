"""The French still to write, each object linked to the page where it is edited."""

import pytest
from django.contrib import admin
from django.urls import reverse

from films.models import Character, CharacterArc, Credit, Film
from newsroom.sites import admin_url

pytestmark = pytest.mark.django_db


def test_an_object_with_a_page_of_its_own_links_to_it(seeded):
    film = Film.objects.get(slug="lost-bullet")
    assert admin_url(admin.site, film) == reverse("admin:films_film_change", args=[film.pk])


def test_an_inline_links_to_the_form_that_holds_it(seeded):
    """A character's arc in a film is edited on the character's form, not the film's."""
    arc = CharacterArc.objects.select_related("character").first()
    character = Character.objects.get(pk=arc.character_id)
    assert admin_url(admin.site, arc) == reverse(
        "admin:films_character_change", args=[character.pk]
    )
    credit = Credit.objects.first()
    assert admin_url(admin.site, credit) == reverse("admin:films_credit_change", args=[credit.pk])
