import re

import pytest
from django.urls import reverse

from reviews.models import Verdict
from tests.factories import make_critic_review

pytestmark = pytest.mark.django_db


def titles(client, **params):
    html = client.get(reverse("films:film-list"), params).content.decode()
    return re.findall(r'<span class="film-card__title">([^<]+)</span>', html)


def test_lists_the_films_in_series_order_by_default(client, seeded):
    assert titles(client) == ["Lost Bullet", "Lost Bullet 2", "Last Bullet"]


def test_filters_by_year_and_person(client, seeded):
    assert titles(client, year=2022) == ["Lost Bullet 2"]
    assert titles(client, person="rod-paradot") == ["Lost Bullet"]
    assert titles(client, person="alban-lenoir") == ["Lost Bullet", "Lost Bullet 2", "Last Bullet"]


def test_filters_by_critics_verdict_and_orders_by_score(client, seeded):
    from films.models import Film

    sequel = Film.objects.get(slug="lost-bullet-2")
    make_critic_review(film=sequel, verdict=Verdict.NEGATIVE)
    assert titles(client, consensus="positive") == ["Lost Bullet"]
    assert titles(client, consensus="negative") == ["Lost Bullet 2"]
    assert titles(client, ordering="-critics")[:2] == ["Lost Bullet", "Lost Bullet 2"]
    assert titles(client, ordering="-release") == ["Last Bullet", "Lost Bullet 2", "Lost Bullet"]


@pytest.mark.parametrize(
    "params", [{"year": "abc"}, {"year": "1999"}, {"person": "nobody"}, {"ordering": "rand"}]
)
def test_bad_filter_values_get_a_400_with_the_form_kept(client, seeded, params):
    response = client.get(reverse("films:film-list"), params)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Some filters were not understood" in html
    assert "Select a valid choice" in html


def test_every_filter_starts_empty_so_applying_another_keeps_all_years(client, seeded):
    html = client.get(reverse("films:film-list")).content.decode()
    assert '<option value="" selected>Any year</option>' in html
    assert titles(client, year="", person="alban-lenoir") == [
        "Lost Bullet",
        "Lost Bullet 2",
        "Last Bullet",
    ]
