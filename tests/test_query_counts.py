"""No page's number of queries grows with its content.

Each page type is pinned to a fixed bound, checked on the seed content and again after one film
gains 50 credits, 200 community reviews and 20 critic reviews, and one critic ten more reviews:
a template that queried per credit, per review or per citation would blow the bound on the
second run.
"""

import pytest
from django.core.cache import cache
from django.urls import reverse

from films.models import Citation, Film, Person, Source
from reviews.models import Critic, Publication, UserReview, Verdict
from tests.factories import make_credit, make_critic_review, make_person, make_user_review
from tests.pages import FEEDS, PUBLIC_PAGES

# At most this many queries for each page, rendered on an empty cache. Four of each bound start
# a content version: one lookup for each kind of publishable content (films, articles, critic
# reviews, scores). The rest are named above each page, with a query or two to spare.
BOUNDS = {
    # Films, their critics' scores, the latest member reviews, articles and their films.
    "home": (PUBLIC_PAGES["home"], 11),
    # The years and the people to filter by, the films.
    "film list": (PUBLIC_PAGES["film list"], 9),
    # The same, and the person filtered by.
    "film list filtered": (
        PUBLIC_PAGES["film list"] + "?person=alban-lenoir&ordering=-critics",
        10,
    ),
    # The film; its companies, links, credits, locations and discrepancies; the citations of the
    # film, its credits and its locations; its rating counts; the films before and after it; its
    # scores, critic reviews, member reviews and articles.
    "film": (PUBLIC_PAGES["film"], 24),
    # The person, other spellings, credits, discrepancies, citations of the person and credits.
    "person": (PUBLIC_PAGES["person"], 12),
    # The character, films, credits, discrepancies, citations of the character and credits.
    "character": (PUBLIC_PAGES["character"], 12),
    # The critic, and the critic's reviews with their films and publications.
    "critic": (PUBLIC_PAGES["critic"], 8),
    # The publication, and its reviews with their films and critics.
    "publication": (PUBLIC_PAGES["publication"], 8),
    # A count and one page of reviews of both kinds, the reviews, the filter choices.
    "review list": (PUBLIC_PAGES["review list"], 12),
    # The same, and the film filtered by.
    "review list filtered": (
        PUBLIC_PAGES["review list"] + "?film=lost-bullet&verdict=positive",
        14,
    ),
    # The articles and their films.
    "article list": (PUBLIC_PAGES["article list"], 8),
    # The article, its films, its sections, its citations and their sources.
    "article": (PUBLIC_PAGES["article"], 9),
    # One query for each kind of result and one for people's other spellings; "e" finds every
    # kind, and all that `crowded` adds.
    "search": (reverse("search") + "?q=e", 12),
    # The latest reviews of both kinds, then those reviews.
    "feed": (FEEDS["feed"], 8),
    # A count and a page for each of the six sections.
    "sitemap": (FEEDS["sitemap"], 18),
}


@pytest.fixture(autouse=True)
def page_queries_only(settings):
    """Count the page's own queries: a process-local cache adds none. It is emptied, since it
    outlives the test (a page another test cached would take no query at all)."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()


@pytest.fixture
def crowded(seeded):
    """Give Lost Bullet, Alban Lenoir and Jordan Mintzer far more content than the seed has."""
    film = Film.objects.get(slug="lost-bullet")
    source = Source.objects.first()
    lenoir = Person.objects.get(slug="alban-lenoir")
    critic = Critic.objects.get(slug="jordan-mintzer")
    publication = Publication.objects.get(slug="paste")
    for _ in range(50):
        credit = make_credit(film=film, person=make_person())
        Citation.objects.create(source=source, content_object=credit)
    for film_position in range(10):
        extra = Film.objects.create(
            title=f"Extra {film_position}",
            slug=f"extra-{film_position}",
            series_position=10 + film_position,
            status="published",
        )
        make_credit(film=extra, person=lenoir)
        make_critic_review(film=extra, critic=critic, publication=publication)
    for index in range(200):
        make_user_review(film=film, rating=index % 10 + 1, status=UserReview.Status.APPROVED)
    for _ in range(20):
        make_critic_review(film=film, verdict=Verdict.MIXED)


@pytest.mark.parametrize("page", BOUNDS)
def test_query_count_is_bounded_on_the_seed_content(
    page, client, seeded, django_assert_max_num_queries
):
    url, bound = BOUNDS[page]
    with django_assert_max_num_queries(bound):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("page", BOUNDS)
def test_query_count_stays_bounded_with_much_more_content(
    page, client, crowded, django_assert_max_num_queries
):
    url, bound = BOUNDS[page]
    with django_assert_max_num_queries(bound):
        assert client.get(url).status_code == 200
