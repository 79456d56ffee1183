"""Lists of the films a person, character or car appears in stop at the film after the reader's
horizon, and the line saying so reads the same whether or not something was left out: a list
that said so only for those who come back would tell who survives."""

import pytest
from django.urls import reverse

from films.horizon import COOKIE_NAME
from films.models import Vehicle

pytestmark = pytest.mark.django_db

LATER = "Later films are not listed"


def page(client, url, films_seen):
    """The page's own content, between the header and the footer."""
    client.cookies[COOKIE_NAME] = str(films_seen)
    html = client.get(url).content.decode()
    return html.split('id="main"', 1)[1].split("<footer", 1)[0]


def film_link(slug):
    return f'href="{reverse("films:film-detail", kwargs={"slug": slug})}'


def test_the_later_films_line_does_not_depend_on_who_appears_later(client, seeded):
    # Areski is in all three films, Marco not in the third: at "nothing seen" both pages list
    # the first film only and both carry the same line.
    for slug in ("areski", "marco"):
        html = page(client, reverse("films:character-detail", kwargs={"slug": slug}), 0)
        assert LATER in html, slug
        assert film_link("last-bullet") not in html, slug
    html = page(client, reverse("films:character-detail", kwargs={"slug": "marco"}), 3)
    assert LATER not in html


def test_a_cars_page_lists_no_film_beyond_the_next(client, seeded):
    renault = Vehicle.objects.get(slug="charas-renault")
    url = renault.get_absolute_url()
    first = page(client, url, 0)
    assert film_link("lost-bullet-2") not in first
    assert LATER in first
    assert film_link("lost-bullet-2") in page(client, url, 1)
    listing = page(client, reverse("films:vehicle-list"), 0)
    assert "Lost Bullet 2" not in listing
    assert "perhaps later films" in listing


def test_a_person_page_shows_a_credits_note(client, seeded):
    html = page(client, reverse("films:person-detail", kwargs={"slug": "gerard-lanvin"}), 3)
    assert "presumably" in html
