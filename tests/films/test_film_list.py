import re

import pytest
from django.urls import reverse

from reviews.models import Verdict
from tests.factories import make_critic_review, make_user_review

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


def order_note(client, **params):
    html = client.get(reverse("films:film-list"), params).content.decode()
    return re.search(r'<p class="muted" id="film-order">([^<]+)</p>', html).group(1)


def test_critics_order_breaks_ties_by_review_count_and_puts_films_without_reviews_last(
    client, seeded
):
    from films.models import Film

    # Lost Bullet has five positive reviews of six with a verdict in the seed: 83%. The sequel
    # (whose seed reviews give no verdict) gets 83% of twelve, so it wins the tie; Last Bullet
    # has no critic review with a verdict at all.
    sequel = Film.objects.get(slug="lost-bullet-2")
    for verdict in [Verdict.POSITIVE] * 10 + [Verdict.NEGATIVE] * 2:
        make_critic_review(film=sequel, verdict=verdict)
    assert titles(client, ordering="-critics") == ["Lost Bullet 2", "Lost Bullet", "Last Bullet"]
    assert titles(client, ordering="critics") == ["Lost Bullet 2", "Lost Bullet", "Last Bullet"]
    make_critic_review(film=sequel, verdict=Verdict.NEGATIVE)  # 10 of 13: 77%
    assert titles(client, ordering="-critics") == ["Lost Bullet", "Lost Bullet 2", "Last Bullet"]
    assert titles(client, ordering="critics") == ["Lost Bullet 2", "Lost Bullet", "Last Bullet"]
    assert order_note(client, ordering="-critics") == (
        "Ordered by our critics&#x27; share of positive reviews, highest first; ties go to the "
        "film with more critic reviews, then series order; films without critic reviews last."
    )


def test_audience_order_puts_films_without_ratings_last_either_way(client, seeded):
    from films.models import Film

    films = {film.slug: film for film in Film.objects.all()}
    for rating in (8, 6):
        make_user_review(film=films["last-bullet"], rating=rating)  # 7.0 of two
    make_user_review(film=films["lost-bullet"], rating=7)  # 7.0 of one: the tie goes to two
    assert titles(client, ordering="-audience") == ["Last Bullet", "Lost Bullet", "Lost Bullet 2"]
    assert titles(client, ordering="audience") == ["Last Bullet", "Lost Bullet", "Lost Bullet 2"]
    make_user_review(film=films["lost-bullet"], rating=10)
    assert titles(client, ordering="-audience") == ["Lost Bullet", "Last Bullet", "Lost Bullet 2"]
    assert titles(client, ordering="audience") == ["Last Bullet", "Lost Bullet", "Lost Bullet 2"]
    assert order_note(client, ordering="audience").startswith(
        "Ordered by the audience&#x27;s average rating, lowest first; ties go to the film with "
        "more ratings"
    )
    assert order_note(client) == "In series order."
    assert order_note(client, ordering="-release") == (
        "Ordered by release date, latest first; films without a known date last."
    )


@pytest.mark.parametrize(
    "ordering", ["critics,audience", "-", "--critics", "critic_share", "release_date", "pk"]
)
def test_ordering_takes_one_of_the_offered_orders_or_answers_400(client, seeded, ordering):
    response = client.get(reverse("films:film-list"), {"ordering": ordering})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
