import pytest
from django.urls import reverse

from reviews.models import UserReview
from reviews.views import REVIEWS_PER_PAGE
from tests.factories import make_user_review

pytestmark = pytest.mark.django_db


def reviews_page(client, **params):
    return client.get(reverse("reviews:review-list"), params)


@pytest.fixture
def community(seeded):
    from films.models import Film

    film = Film.objects.get(slug="lost-bullet-2")
    make_user_review(film=film, rating=9, title="Loved the chases")
    make_user_review(film=film, rating=3, title="Too long for me")
    make_user_review(film=film, rating=8, title="Waiting for approval", status="pending")


def test_lists_critic_and_community_reviews_together(client, community):
    html = reviews_page(client).content.decode()
    assert "a bland, thin, formulaic genre vehicle" in html
    assert "Loved the chases" in html
    assert "Waiting for approval" not in html
    assert "11 reviews" in html


def test_filters_by_kind_film_and_verdict(client, community):
    html = reviews_page(client, kind="community").content.decode()
    assert "Loved the chases" in html and "Gallic" not in html

    html = reviews_page(client, kind="critic", verdict="negative").content.decode()
    assert "a bland, thin" in html and "Gallic" not in html and "Loved" not in html

    html = reviews_page(client, verdict="positive", film="lost-bullet-2").content.decode()
    assert "Loved the chases" in html and "Too long" not in html and "Gallic" not in html


def test_publication_and_critic_filters_leave_out_community_reviews(client, community):
    html = reviews_page(client, publication="paste").content.decode()
    assert "Kenneth Lowe" in html and "Loved the chases" not in html and "1 review.<" in html
    html = reviews_page(client, critic="jordan-mintzer").content.decode()
    assert "Gallic" in html and "Loved" not in html


@pytest.mark.parametrize(
    "params", [{"film": "no-such-film"}, {"verdict": "great"}, {"kind": "robots"}]
)
def test_an_unknown_filter_value_is_a_400_with_the_reason(client, seeded, params):
    response = reviews_page(client, **params)
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_pages_keep_their_filters_and_bad_page_numbers_fall_back(client, seeded):
    from films.models import Film

    film = Film.objects.get(slug="last-bullet")
    for index in range(REVIEWS_PER_PAGE + 5):
        make_user_review(film=film, title=f"Review number {index}")
    html = reviews_page(client, kind="community").content.decode()
    assert 'href="?kind=community&amp;page=2"' in html
    page_two = reviews_page(client, kind="community", page=2).content.decode()
    assert "Page 2 of 2" in page_two and "Review number 0<" in page_two
    for bad in ("999", "abc", "-1"):
        assert reviews_page(client, kind="community", page=bad).status_code == 200


def test_pending_and_rejected_reviews_never_appear(client, seeded):
    make_user_review(title="Rejected one", status=UserReview.Status.REJECTED)
    assert "Rejected one" not in reviews_page(client).content.decode()


def test_the_pages_reach_the_latest_reviews_and_say_how_many_there_are(
    client, community, monkeypatch
):
    """The count comes from the tallies; the pages go back through the latest MOST_PAGES
    pages, and the list says so, so that no page costs more than the last of those."""
    monkeypatch.setattr("reviews.pagination.MOST_PAGES", 1)
    html = reviews_page(client, kind="community").content.decode()
    assert "2 reviews" in html and "go back through" not in html

    from films.models import Film

    film = Film.objects.get(slug="lost-bullet")
    for n in range(REVIEWS_PER_PAGE):
        make_user_review(film=film, rating=6, title=f"Crowd {n}")
    html = reviews_page(client, kind="community").content.decode()
    assert f"{REVIEWS_PER_PAGE + 2} reviews" in html
    assert f"Its pages go back through the latest {REVIEWS_PER_PAGE}." in html
    assert "Older" not in html
    beyond = reviews_page(client, kind="community", page=2).content.decode()
    assert beyond.count('class="review') == html.count('class="review')
    assert "Crowd 0" in beyond and f"Crowd {REVIEWS_PER_PAGE - 1}" in beyond
    assert "Loved the chases" not in beyond, "the oldest reviews are past the pages' reach"
