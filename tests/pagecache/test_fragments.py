"""The parts of a page kept as fragments ({% pagefragment %}) for readers the page cache does not
answer (members, a visitor with a message waiting) are never older than the page's own copy
would be, and never carry one reader's own parts to another."""

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from films.models import Film
from pagecache import content_version, fragment
from pagecache.fragments import page_versions
from pagecache.versions import pages_changed
from reviews.models import UserReview
from reviews.moderation import review_approve
from tests.caches import LOCAL_CACHES, clear_caches
from tests.factories import make_staff, make_user, make_user_review

pytestmark = pytest.mark.django_db

FILM = "lost-bullet"


@pytest.fixture(autouse=True)
def local_cache(settings):
    settings.CACHES = LOCAL_CACHES
    clear_caches()


@pytest.fixture
def visited(seeded):
    """The seed content, with the global version started, as visitors' requests start it: a
    member's page keeps fragments only then (starting it takes a few queries)."""
    content_version()
    return seeded


def visitor_with_a_message():
    """A visitor the page cache neither answers nor keeps: the page renders, from fragments."""
    client = Client()
    client.cookies["messages"] = "bench"
    return client


def member(user=None):
    client = Client()
    client.force_login(user or make_user())
    return client


def film_url(slug=FILM):
    return reverse("films:film-detail", kwargs={"slug": slug})


def render(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def card(html, review):
    """The card of `review` on a page."""
    start = html.index(f'id="review-{review.pk}"')
    return html[start : html.index("</article>", start)]


def test_a_cached_fragment_saves_the_render_of_a_page_missing_from_the_page_cache(
    visited, django_assert_max_num_queries
):
    """The film page's parts come from their fragments: no film details or reviews."""
    visitor = visitor_with_a_message()
    first = render(visitor, film_url())
    # The film, to know it exists; its audience figures, which its structured data shows.
    with django_assert_max_num_queries(2):
        second = render(visitor, film_url())
    assert second == first


def test_a_members_film_page_takes_the_films_figures_from_the_fragments(visited):
    """A member's cards are theirs alone, but the figures around them are everyone's: with the
    fragments kept, the page reads no critics' or audience figures (the tallies)."""
    make_user_review(film=Film.objects.get(slug=FILM), title="Kept for everyone")
    reader = member()
    render(reader, film_url())
    with CaptureQueriesContext(connection) as queries:
        page = render(reader, film_url())
    assert "Kept for everyone" in page
    assert "Write a review of" in page  # the member's own part, rendered for them
    figures = [q["sql"] for q in queries if "reviews_ratingtally" in q["sql"]]
    assert figures == []


def test_an_approved_review_shows_at_once_through_the_fragments(visited):
    film = Film.objects.get(slug=FILM)
    moderator = make_staff("Moderators")
    review = make_user_review(
        film=film, title="A review approved just now", status=UserReview.Status.PENDING
    )
    readers = [visitor_with_a_message(), member()]
    pages = [film_url(), reverse("home"), reverse("reviews:review-list") + f"?film={FILM}"]
    for reader in readers:
        for url in pages:
            assert "A review approved just now" not in render(reader, url)
    review_approve(review=review, by=moderator)
    for reader in readers:
        for url in pages:
            assert "A review approved just now" in render(reader, url), url


def test_a_vote_shows_at_once_through_the_fragments(visited):
    film = Film.objects.get(slug=FILM)
    review = make_user_review(film=film, title="Voted on just now", rating=10)
    visitor, voter = visitor_with_a_message(), member()
    url = film_url() + "?order=newest"
    assert "0 found this helpful" in card(render(visitor, url), review)
    assert "0 found this helpful" in card(render(voter, url), review)
    response = voter.post(reverse("reviews:review-vote", args=[review.pk]), {"helpful": "yes"})
    assert response.status_code == 302
    assert "1 found this helpful" in card(render(visitor, url), review)
    mine = card(render(voter, url), review)
    assert "1 found this helpful" in mine
    assert "You found it helpful" in mine


def test_an_editors_save_shows_at_once_through_the_fragments(visited):
    readers = [visitor_with_a_message(), member()]
    pages = [film_url(), reverse("home"), reverse("trilogy")]
    for reader in readers:
        for url in pages:
            render(reader, url)
    film = Film.objects.get(slug=FILM)
    film.title = "A freshly edited title"
    film.save()
    for reader in readers:
        for url in pages:
            assert "A freshly edited title" in render(reader, url), url


def test_a_members_own_parts_never_reach_another_reader(visited):
    film = Film.objects.get(slug=FILM)
    author = make_user(username="author-of-it")
    make_user_review(
        film=film,
        author=author,
        title="The author's own review",
        contains_spoilers=True,
        spoils=film,
    )
    other = make_user(username="someone-else")
    # The author first, so that every fragment is rendered while they read.
    as_author = member(author)
    for url in (film_url(), reverse("home"), reverse("reviews:review-list")):
        render(as_author, url)
    author_film_page = render(as_author, film_url())
    assert "Edit your review" in author_film_page
    assert "<h4>Your review</h4>" in author_film_page
    assert "Sign out" in author_film_page

    for reader in (visitor_with_a_message(), member(other)):
        for url in (film_url(), reverse("home"), reverse("reviews:review-list")):
            html = render(reader, url)
            assert "Edit your review" not in html
            assert "<h4>Your review</h4>" not in html
            assert reverse("reviews:member-detail", args=["author-of-it"]) + '">Your' not in html
    visitor_page = render(visitor_with_a_message(), film_url())
    assert "Sign out" not in visitor_page
    assert 'action="/en/reviews/' not in visitor_page  # no vote buttons for a visitor
    other_page = render(member(other), film_url())
    assert "Sign out" in other_page
    assert reverse("reviews:member-detail", args=["someone-else"]) in other_page


def test_a_spoiler_review_folds_for_others_after_its_author_read_it_open(visited):
    film = Film.objects.get(slug=FILM)
    author = make_user()
    make_user_review(
        film=film,
        author=author,
        title="Spoils the ending",
        body="The ending reveal is in this very sentence.",
        contains_spoilers=True,
        spoils=film,
    )
    for url in (reverse("home"), reverse("reviews:review-list")):
        render(member(author), url)
        html = render(visitor_with_a_message(), url)
        sentence = html.index("The ending reveal is in this very sentence.")
        assert "<details" in html[:sentence].rsplit("Spoils the ending", 1)[-1], url


def test_a_message_for_one_reader_never_reaches_another(visited):
    ranker = member()
    films = list(Film.objects.published().order_by("series_position"))
    data = {f"place_{place}": film.pk for place, film in enumerate(films, start=1)}
    response = ranker.post(reverse("trilogy-rank"), data, follow=True)
    assert "Your ranking is saved" in response.content.decode()
    for reader in (visitor_with_a_message(), member()):
        assert "Your ranking is saved" not in render(reader, reverse("trilogy"))


def test_a_fragment_is_rendered_again_when_a_version_of_its_page_moves(settings):
    request = RequestFactory().get("/")
    request.page_topic_keys = ("pagecache:topic:film:x",)
    renders = []

    def rendered():
        renders.append(1)
        return f"render {len(renders)}"

    assert fragment(request, "part", rendered) == "render 1"
    assert fragment(request, "part", rendered) == "render 1"
    for topics in (["film:x"], None):
        pages_changed(topics)
        del request.page_versions
        assert fragment(request, "part", rendered) == f"render {len(renders)}"
    assert len(renders) == 3
    # Another topic's change leaves it alone.
    pages_changed(["film:y"])
    del request.page_versions
    assert fragment(request, "part", rendered) == "render 3"


def test_a_page_with_no_versions_renders_its_fragments_every_time():
    request = RequestFactory().get("/")
    assert page_versions(request) is None
    template = Template('{% load pagecache %}{% pagefragment "x" %}{{ n }}{% endpagefragment %}')
    assert template.render(Context({"request": request, "n": 1})) == "1"
    assert template.render(Context({"request": request, "n": 2})) == "2"
