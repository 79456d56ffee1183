"""A revert never blanks a field silently: the seed's first version holds the French, and a
version that would empty a filled field (in any language) says so and saves only once the
editor confirms."""

import pytest
from django.urls import reverse
from reversion.models import Version

from films.models import Film
from tests.newsroom.test_revert import edit_in_admin
from tests.pages import form_values

pytestmark = pytest.mark.django_db


def revision_url(film, version):
    return reverse("admin:films_film_revision", args=[film.pk, version.pk])


def test_reverting_to_the_seeds_version_keeps_the_french(client, seeded, editor):
    """The reported scenario, as an editor does it."""
    film = Film.objects.get(slug="lost-bullet")
    french = {f: getattr(film, f) for f in ("title_fr", "synopsis_fr", "countries_fr")}
    assert all(french.values())
    edit_in_admin(
        client, "films_film", film, lambda v: v.update(synopsis_en=v["synopsis_en"] + " Edited.")
    )
    history = client.get(reverse("admin:films_film_history", args=[film.pk])).content.decode()
    first = Version.objects.get_for_object(film).order_by("pk").first()
    assert revision_url(film, first) in history
    assert "Loaded from the seed content." in first.revision.comment

    page = client.get(revision_url(film, first)).content.decode()
    assert "Yes, empty these fields" not in page
    response = client.post(revision_url(film, first), form_values(page))

    assert response.status_code == 302
    film.refresh_from_db()
    assert not film.synopsis_en.endswith("Edited.")
    assert {f: getattr(film, f) for f in french} == french
    french_page = client.get("/fr/films/lost-bullet/").content.decode()
    assert french["synopsis_fr"][:40] in french_page


def test_a_revert_that_empties_a_field_warns_and_waits_for_confirmation(client, seeded, editor):
    film = Film.objects.get(slug="lost-bullet")
    edit_in_admin(client, "films_film", film, lambda v: v.update(synopsis_fr=""))
    without_french = Version.objects.get_for_object(film).order_by("-pk").first()
    edit_in_admin(client, "films_film", film, lambda v: v.update(synopsis_fr="Le synopsis."))
    url = revision_url(film, without_french)

    page = client.get(url).content.decode()
    assert "empties fields that are filled today" in page
    assert "Synopsis [fr]" in page
    values = form_values(page)
    values["synopsis_en"] = values["synopsis_en"] + " Typed."
    response = client.post(url, values)

    assert response.status_code == 200
    assert "Nothing was saved" in response.content.decode()
    assert " Typed." in response.content.decode()  # the form keeps what was typed
    film.refresh_from_db()
    assert film.synopsis_fr == "Le synopsis."
    assert not film.synopsis_en.endswith("Typed.")

    response = client.post(url, {**values, "confirm_emptying": "yes"})
    assert response.status_code == 302
    film.refresh_from_db()
    assert film.synopsis_fr in ("", None)
    assert film.synopsis_en.endswith("Typed.")
