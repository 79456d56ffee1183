"""No page's number of queries grows with its content.

Each page type is pinned to a fixed bound, checked on the seed content and again after one film
gains 50 credits, 200 community reviews and 20 critic reviews: a template that queried per
credit, per review or per citation would blow the bound on the second run.
"""

import pytest
from django.urls import reverse

from films.models import Citation, Film, Person, Source
from reviews.models import CriticReview, UserReview
from tests.factories import make_credit, make_critic_review, make_person, make_user_review

# A page rendered on a cold cache first starts a content version, which looks up the next
# scheduled publication of each of the four publishable models.
VERSION_START = 4

PAGES = {
    "home": (reverse("home"), 8 + VERSION_START),
    "film list": (reverse("films:film-list"), 6 + VERSION_START),
    "film list filtered": (
        reverse("films:film-list") + "?person=alban-lenoir&ordering=-critics",
        8,
    ),
    "film": (reverse("films:film-detail", kwargs={"slug": "lost-bullet"}), 20 + VERSION_START),
    "person": (reverse("films:person-detail", kwargs={"slug": "alban-lenoir"}), 8 + VERSION_START),
    "character": (reverse("films:character-detail", kwargs={"slug": "lino"}), 8 + VERSION_START),
    "critic": (
        reverse("reviews:critic-detail", kwargs={"slug": "jordan-mintzer"}),
        4 + VERSION_START,
    ),
    "publication": (
        reverse("reviews:publication-detail", kwargs={"slug": "paste"}),
        4 + VERSION_START,
    ),
    "reviews": (reverse("reviews:review-list"), 10 + VERSION_START),
    "reviews filtered": (
        reverse("reviews:review-list") + "?film=lost-bullet&verdict=positive",
        10 + VERSION_START,
    ),
    "articles": (reverse("films:piece-list"), 4 + VERSION_START),
    "article": (
        reverse("films:piece-detail", kwargs={"slug": "last-bullet-explained"}),
        4 + VERSION_START,
    ),
    "search": (reverse("search") + "?q=l", 8 + VERSION_START),
    "feed": (reverse("reviews:feed"), 4 + VERSION_START),
    "sitemap": (reverse("sitemap"), 14 + VERSION_START),
}


@pytest.fixture(autouse=True)
def page_queries_only(settings):
    """Count the page's own queries: a process-local cache adds none, and starts empty."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


@pytest.fixture
def crowded(seeded):
    """Give Lost Bullet and Alban Lenoir far more content than the seed has."""
    film = Film.objects.get(slug="lost-bullet")
    source = Source.objects.first()
    lenoir = Person.objects.get(slug="alban-lenoir")
    for _ in range(50):
        credit = make_credit(film=film, person=make_person())
        Citation.objects.create(source=source, content_object=credit)
    for film_position in range(10):
        make_credit(
            film=Film.objects.create(
                title=f"Extra {film_position}",
                slug=f"extra-{film_position}",
                series_position=10 + film_position,
                status="published",
            ),
            person=lenoir,
        )
    for index in range(200):
        make_user_review(film=film, rating=index % 10 + 1, status=UserReview.Status.APPROVED)
    for _ in range(20):
        make_critic_review(film=film, verdict=CriticReview.Verdict.MIXED)


@pytest.mark.parametrize("page", PAGES)
def test_query_count_is_bounded_on_the_seed_content(
    page, client, seeded, django_assert_max_num_queries
):
    url, bound = PAGES[page]
    with django_assert_max_num_queries(bound):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("page", PAGES)
def test_query_count_stays_bounded_with_much_more_content(
    page, client, crowded, django_assert_max_num_queries
):
    url, bound = PAGES[page]
    with django_assert_max_num_queries(bound):
        assert client.get(url).status_code == 200
