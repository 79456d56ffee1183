"""A character page says, film by film, where each film leaves the character, inside the same
disclosure as the arc; and what it says agrees with the films the characters die in."""

import pytest
from django.db.models import Q
from django.urls import reverse

from films.models import Character, CharacterArc
from tests.factories import make_staff
from tests.pages import HORIZONS, disclosures

pytestmark = pytest.mark.django_db


def character_page(client, slug, films_seen):
    url = reverse("films:character-detail", kwargs={"slug": slug})
    return disclosures(client, url, films_seen)


@pytest.mark.parametrize("films_seen", HORIZONS)
@pytest.mark.parametrize("slug", ["julia", "marco", "lino"])
def test_each_end_state_is_open_once_its_film_is_seen_and_folded_before(
    client, seeded, slug, films_seen
):
    found = character_page(client, slug, films_seen)
    arcs = CharacterArc.objects.filter(character__slug=slug).select_related("film", "spoils")
    assert arcs
    for arc in arcs:
        line = f"End of {arc.film.title}: {arc.end_state}"
        if arc.spoils.series_position <= films_seen:
            assert line in found.visible_text, (arc, films_seen)
        elif arc.film.series_position <= films_seen + 1:
            assert arc.end_state not in found.visible_text, (arc, films_seen)
            assert line in found.folded_under(arc.spoils.title), (arc, films_seen)
        else:  # a film after the next one: not listed at all
            assert arc.end_state not in found.visible_text, (arc, films_seen)
            assert line not in found.folded_under(arc.spoils.title), (arc, films_seen)


def test_julia_leaves_the_police_and_marco_dies_at_the_end_of_the_second_film(client, seeded):
    julia = character_page(client, "julia", 1)
    assert "Out of the police, having refused to lie in court for Moss." in julia.folded_under(
        "Lost Bullet 2"
    )
    marco = character_page(client, "marco", 3).visible_text
    assert "End of Lost Bullet: Handcuffed to a pole in the barn" in marco
    assert "End of Lost Bullet 2: Dead, killed by accident by Julia" in marco


def test_every_arc_has_an_end_state(seeded):
    """In both languages: a blank translation column holds NULL as well as ""."""
    for language in ("en", "fr"):
        column = f"end_state_{language}"
        blank = Q(**{column: ""}) | Q(**{f"{column}__isnull": True})
        assert not CharacterArc.objects.filter(blank).exists(), language


def test_end_states_agree_with_the_film_each_character_dies_in(seeded):
    """A character's state says "Dead" first at the end of the film they die in, and nowhere
    else; nobody has a state after that film."""
    for character in Character.objects.select_related("died_in").prefetch_related("arcs__film"):
        for arc in character.arcs.all():
            dies_here = character.died_in_id == arc.film_id
            assert arc.end_state.startswith("Dead") == dies_here, (character, arc.film)
            if character.died_in:
                assert arc.film.series_position <= character.died_in.series_position
    assert set(Character.objects.exclude(died_in=None).values_list("slug", flat=True)) == {
        "charas",
        "quentin",
        "marco",
        "resz",
        "kad",
        "jacques",
    }


def test_editors_see_the_end_state_in_each_arc(client, seeded):
    client.force_login(make_staff("Editors"))
    julia = Character.objects.get(slug="julia")
    response = client.get(reverse("admin:films_character_change", args=[julia.pk]))
    (formset,) = [
        f for f in response.context["inline_admin_formsets"] if f.opts.model is CharacterArc
    ]
    form = formset.formset.initial_forms[1]
    assert form["end_state_en"].value() == (
        "Out of the police, having refused to lie in court for Moss."
    )
    assert form["end_state_fr"].value() == (
        "Elle a quitté la police pour ne pas mentir au tribunal à la demande de Moss."
    )
