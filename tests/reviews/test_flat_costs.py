"""A film page costs the same at 10,000 community reviews as at 100: the same queries, and the
same page, give or take the figures that count them. (Its speed at a million is measured by
`make bench`, never here.)"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from films.models import Film
from reviews.models import ReviewVote, UserReview
from tests.caches import clear_caches

pytestmark = pytest.mark.django_db


def grow_to(film, count):
    """Bring `film`'s approved community reviews to `count` the way a bulk import would, then
    rebuild the tallies as after one; a few of them have helpful votes."""
    have = UserReview.objects.filter(film=film).count()
    password = make_password(None)
    members = get_user_model().objects.bulk_create(
        get_user_model()(username=f"crowd{n}", password=password) for n in range(have, count)
    )
    reviews = UserReview.objects.bulk_create(
        UserReview(
            film=film,
            author=member,
            rating=1 + n % 10,
            title=f"Take {n}",
            body="A chase film that knows what it is doing. " * (1 + n % 5),
            status=UserReview.Status.APPROVED,
        )
        for n, member in enumerate(members, start=have)
    )
    ReviewVote.objects.bulk_create(
        ReviewVote(review=review, voter=voter) for review in reviews[:3] for voter in members[-5:]
    )
    call_command("rebuild_tallies", verbosity=0)


def render(client, url, language="en"):
    clear_caches()  # rendered, as a page missing from the cache is
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return [query["sql"] for query in queries.captured_queries], html


def without_figures(html):
    """The page with its numbers left out: the counts and shares that grow with the crowd."""
    return re.sub(r"\d[\d,.\u202f\u00a0]*", "#", html)


def test_the_film_page_costs_the_same_at_100_and_10000_reviews(client, seeded):
    film = Film.objects.get(slug="lost-bullet")
    url = film.get_absolute_url()

    grow_to(film, 100)
    queries_at_100, html_at_100 = render(client, url)
    assert "from 100 ratings" in html_at_100

    grow_to(film, 10_000)
    queries_at_10000, html_at_10000 = render(client, url)
    assert "from 10000 ratings" in html_at_10000 or "from 10,000 ratings" in html_at_10000

    assert len(queries_at_10000) == len(queries_at_100)
    # No query counts, averages or sorts the reviews themselves: each reads a page of them.
    reading_reviews = [sql for sql in queries_at_10000 if '"reviews_userreview"' in sql]
    assert reading_reviews
    for sql in reading_reviews:
        assert "LIMIT" in sql and not re.search(r"\b(COUNT|AVG|SUM)\(", sql), sql
    assert abs(len(html_at_10000) - len(html_at_100)) < 200
    # The same reviews' places, the same controls: only the figures and the reviews' own words
    # differ.
    assert html_at_10000.count("<article") == html_at_100.count("<article")
    assert len(without_figures(html_at_10000)) == pytest.approx(
        len(without_figures(html_at_100)), rel=0.02
    )
