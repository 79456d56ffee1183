"""History shows what a person changed: a one-field edit through the admin's form is one
change, not a publication time moving by milliseconds or a blank French field "changed" from
nothing to nothing."""

import re

import pytest
from django.urls import reverse

from films.models import Film
from tests.newsroom.test_revert import edit_in_admin

pytestmark = pytest.mark.django_db


def latest_changes(client, film):
    html = client.get(reverse("admin:films_film_history", args=[film.pk])).content.decode()
    latest = html.split("<tbody>", 1)[1].split("</tr>\n          \n            <tr>", 1)[0]
    return re.findall(r'<th scope="row">([^<]*)</th>', latest)


@pytest.mark.parametrize("field", ["synopsis_en", "title_fr"])
def test_a_one_field_edit_shows_as_one_change(client, seeded, editor, field):
    film = Film.objects.get(slug="lost-bullet")

    def edit_one_field(values):
        values[field] = values[field] + " Edited."

    edit_in_admin(client, "films_film", film, edit_one_field)

    changes = latest_changes(client, film)
    assert len(changes) == 1, changes
    assert changes[0].lower().startswith(("synopsis", "title")), changes


def test_an_edit_after_a_version_with_blank_and_missing_values_shows_one_change(
    client, seeded, editor
):
    """A film whose French is blank, edited twice: the second edit, one field, is one change."""
    film = Film.objects.get(slug="lost-bullet-2")
    edit_in_admin(client, "films_film", film, lambda values: values.update(synopsis_fr=""))
    edit_in_admin(client, "films_film", film, lambda values: values.update(runtime_minutes="99"))

    changes = latest_changes(client, film)
    assert len(changes) == 1, changes
