"""No page's number of queries grows with its content.

Each page type is pinned to a fixed bound, checked on the seed content and again after one film
gains 50 credits, 200 community reviews and 20 critic reviews, one critic ten more reviews, and
30 members rank the trilogy, and the cars and the timeline gain entries in ten more films: a
template that queried per credit, per review, per ranking, per car, per event or per citation
would blow the bound on the second run.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from films.models import (
    Character,
    Citation,
    Discrepancy,
    Film,
    Person,
    Source,
    TimelineEvent,
    Vehicle,
    VehicleAppearance,
)
from reviews.models import Critic, Publication, TrilogyRanking, UserReview, Verdict
from tests.caches import LOCAL_CACHES, clear_caches
from tests.factories import (
    make_character,
    make_credit,
    make_critic_review,
    make_person,
    make_user,
    make_user_review,
)
from tests.pages import FEEDS, PUBLIC_PAGES

# At most this many queries for each page, rendered on an empty cache. Four of each bound start
# a content version: one lookup for each kind of publishable content (films, articles, critic
# reviews, scores). The rest are named above each page, with a query or two to spare.
# And one more for every page: the published films, read once per cache lifetime for the
# header's horizon choices and the series' name (films/series.py).
SERIES_QUERIES = 1
BOUNDS = {
    # Films, their critics' scores, the members' ranking, the latest member reviews, articles
    # and their films; the characters, their films and their cast credits.
    "home": (PUBLIC_PAGES["home"], 15),
    # The years and the people to filter by, the films.
    "film list": (PUBLIC_PAGES["film list"], 9),
    # The same, and the person filtered by.
    "film list filtered": (
        PUBLIC_PAGES["film list"] + "?person=alban-lenoir&ordering=-critics",
        10,
    ),
    # The film; its companies, links, credits, locations and discrepancies; the citations of the
    # film, its credits and its locations; its rating counts; the films before and after it; its
    # scores, critic reviews, member reviews, articles and cars.
    "film": (PUBLIC_PAGES["film"], 25),
    # The person, other spellings, credits, discrepancies, citations of the person and credits.
    "person": (PUBLIC_PAGES["person"], 12),
    # The character, films, credits, arcs, cars, discrepancies, citations of the character and
    # credits.
    "character": (PUBLIC_PAGES["character"], 14),
    # The characters, the published films they appear in, their cast credits with people and
    # films.
    "character list": (PUBLIC_PAGES["character list"], 9),
    # The people credited on published films, and those credits with their characters.
    "person list": (PUBLIC_PAGES["person list"], 8),
    # The film, its credits with people and characters, the credits' citations and sources.
    "film credits": (PUBLIC_PAGES["film credits"], 9),
    # The critics or publications with their counts of published reviews.
    "critic list": (PUBLIC_PAGES["critic list"], 7),
    "publication list": (PUBLIC_PAGES["publication list"], 7),
    # The cars, with their appearances and those appearances' films.
    "car list": (PUBLIC_PAGES["car list"], 8),
    # The car, its characters, its appearances with their films, discrepancies, citations.
    "car": (PUBLIC_PAGES["car"], 11),
    # The events with their films and the films they spoil, the events' citations.
    "timeline": (PUBLIC_PAGES["timeline"], 8),
    # The critic, and the critic's reviews with their films and publications.
    "critic": (PUBLIC_PAGES["critic"], 8),
    # The publication, and its reviews with their films and critics.
    "publication": (PUBLIC_PAGES["publication"], 8),
    # The critics' count and the community's (from the tallies), the newest rows of each kind,
    # the reviews, the filter choices.
    "review list": (PUBLIC_PAGES["review list"], 13),
    # The same, and the film filtered by.
    "review list filtered": (
        PUBLIC_PAGES["review list"] + "?film=lost-bullet&verdict=positive",
        15,
    ),
    # The articles and their films.
    "article list": (PUBLIC_PAGES["article list"], 8),
    # The article, its films, its sections, its citations and their sources.
    "article": (PUBLIC_PAGES["article"], 9),
    # The matching documents of the search index, ranked, with their snippets; the films their
    # text spoils. "bullet" is in the text of every kind of page.
    "search": (reverse("search:search") + "?q=bullet", 8),
    # The films with their scores, the aggregators' scores with their sources, the audience's
    # ratings counted by film and value, the cast credits, the members' ranking added up.
    "trilogy": (PUBLIC_PAGES["trilogy"], 11),
    # The latest reviews of both kinds, then those reviews.
    "feed": (FEEDS["feed"], 8),
    # A count and a page for each section of the sitemap.
    "sitemap": (FEEDS["sitemap"], 22),
}


@pytest.fixture(autouse=True)
def page_queries_only(settings):
    """Count the page's own queries: a process-local cache adds none. It is emptied, since it
    outlives the test (a page another test cached would take no query at all)."""
    settings.CACHES = LOCAL_CACHES
    clear_caches()


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
    trilogy = list(Film.objects.filter(series_position__lte=3))
    for index in range(30):
        order = trilogy[index % 3 :] + trilogy[: index % 3]
        TrilogyRanking.objects.rank(member=make_user(), films=order)
    # Every extra film gets a moment on the timeline and a passage about the Renault, and twenty
    # more cars, each with a citation, are seen in Lost Bullet and driven by Lino.
    renault = Vehicle.objects.get(slug="charas-renault")
    lino = Character.objects.get(slug="lino")
    for extra in Film.objects.filter(slug__startswith="extra-"):
        event = TimelineEvent.objects.create(film=extra, when="Later", text="More happens.")
        Citation.objects.create(source=source, content_object=event)
        VehicleAppearance.objects.create(vehicle=renault, film=extra, text="Back again.")
        Discrepancy.objects.create(vehicle=renault, note="Told another way.", spoils=extra)
        renault.characters.add(make_character())
    for index in range(20):
        vehicle = Vehicle.objects.create(name=f"Car {index}", slug=f"car-{index}")
        vehicle.characters.add(lino)
        VehicleAppearance.objects.create(vehicle=vehicle, film=film, text="Seen.")
        Citation.objects.create(source=source, content_object=vehicle)


@pytest.mark.parametrize("page", BOUNDS)
def test_query_count_is_bounded_on_the_seed_content(
    page, client, seeded, django_assert_max_num_queries
):
    url, bound = BOUNDS[page]
    with django_assert_max_num_queries(bound + SERIES_QUERIES):
        assert client.get(url).status_code == 200


def test_query_count_stays_bounded_with_much_more_content(crowded):
    # One test for every page: the crowd takes seconds to build. Each page is fetched as the
    # test above fetches it, by a new client with an empty cache, and every page over its bound
    # is reported.
    over = []
    for page, (url, bound) in BOUNDS.items():
        clear_caches()
        with CaptureQueriesContext(connection) as queries:
            assert Client().get(url).status_code == 200, page
        if len(queries) > bound + SERIES_QUERIES:
            over.append(
                f"{page} ({url}): {len(queries)} queries, more than {bound + SERIES_QUERIES}"
            )
    assert not over, "\n".join(over)


@pytest.mark.django_db
def test_the_film_page_does_not_grow_with_its_reviews(client, seeded):
    """It shows the latest critic and community reviews and links to the rest."""
    film = Film.objects.get(slug="lost-bullet")
    url = film.get_absolute_url()
    for _ in range(20):
        make_critic_review(film=film)
        make_user_review(film=film)
    clear_caches()
    before = len(client.get(url).content)
    for _ in range(60):
        make_critic_review(film=film)
        make_user_review(film=film)
    clear_caches()
    html = client.get(url).content.decode()
    assert abs(len(html) - before) < 2_000  # a count or two changes, nothing more
    assert f"All {film.critic_reviews.count()} critic reviews of Lost Bullet" in html


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(PUBLIC_PAGES))
def test_a_cached_page_is_served_without_a_query(client, seeded, name, django_assert_num_queries):
    """On the embedded default (a file cache) as on Redis, a cache hit never reaches the
    database."""
    url = PUBLIC_PAGES[name]
    client.get(url)
    with django_assert_num_queries(0):
        client.get(url)
