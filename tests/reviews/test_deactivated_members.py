"""A deactivated member's reviews leave the site with them: no page, list, feed or figure shows
them, cached copies included, and no byline links to their page (a 404 once they are gone)."""

import pytest
from django.urls import reverse

from reviews.models import ScoredFilm, UserReview
from tests.factories import make_user, make_user_review

pytestmark = pytest.mark.django_db

TITLE = "Gone with its author"


@pytest.fixture
def departing(film):
    """A member with an approved review of `film`, beside another member's."""
    member = make_user(username="departing")
    make_user_review(film=film, author=make_user(username="staying"), rating=4, title="Stays")
    review = make_user_review(film=film, author=member, rating=10, title=TITLE)
    return member, review


def pages(film, review):
    return [
        film.get_absolute_url(),
        reverse("reviews:review-list"),
        reverse("reviews:review-list") + "?kind=community",
        reverse("reviews:feed"),
        "/en/",
    ]


def deactivate(member):
    member.is_active = False
    member.save()


def test_a_deactivated_members_reviews_leave_every_page_and_feed(client, film, departing):
    member, review = departing
    for url in pages(film, review):  # seen, and cached for visitors
        assert TITLE in client.get(url).content.decode(), url
    assert client.get(f"/en/members/{member.username}/").status_code == 200

    deactivate(member)

    for url in pages(film, review):
        html = client.get(url).content.decode()
        assert TITLE not in html, url
        assert f"/members/{member.username}/" not in html, f"a byline to a 404 on {url}"
        assert "Stays" in html or url == "/en/", url
    assert client.get(f"/en/members/{member.username}/").status_code == 404


def test_the_audience_figures_drop_a_deactivated_members_rating(film, departing):
    member, _review = departing
    before = ScoredFilm.objects.with_scores().get(pk=film.pk)
    assert before.audience_count == 2 and before.audience_average == 7

    deactivate(member)

    after = ScoredFilm.objects.with_scores().get(pk=film.pk)
    assert after.audience_count == 1 and after.audience_average == 4
    distribution = {row["rating"]: row["count"] for row in after.audience_distribution()}
    assert distribution[10] == 0 and distribution[4] == 1
    assert not UserReview.objects.approved().filter(author=member).exists()


def test_reactivating_a_member_brings_their_reviews_back(client, film, departing):
    member, _review = departing
    deactivate(member)
    assert TITLE not in client.get(film.get_absolute_url()).content.decode()
    member.is_active = True
    member.save()
    assert TITLE in client.get(film.get_absolute_url()).content.decode()
