"""Anonymous visitors get cached pages that are never stale after a change."""

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.http import parse_http_date

from films.horizon import Horizon
from films.models import Film, PublicationStatus
from pagecache import cache_public_page, content_version, versions
from pagecache import pages as cached_pages
from pagecache.versions import page_cache
from reviews.models import UserReview
from reviews.moderation import review_approve
from tests.caches import LOCAL_CACHES, clear_caches
from tests.factories import make_film, make_staff, make_user, make_user_review

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def local_cache(settings):
    settings.CACHES = LOCAL_CACHES
    clear_caches()


def test_a_second_anonymous_request_is_served_without_rendering(
    client, seeded, django_assert_num_queries
):
    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet"})
    first = client.get(url)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_an_unchanged_page_answers_304_to_a_conditional_request(client, seeded):
    url = reverse("home")
    etag = client.get(url)["ETag"]
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert client.get(url)["Last-Modified"]


def test_an_editors_save_is_visible_on_the_next_request(client, seeded):
    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet"})
    etag = client.get(url)["ETag"]
    film = Film.objects.get(slug="lost-bullet")
    film.synopsis = "A freshly edited synopsis."
    film.save()
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert "A freshly edited synopsis." in response.content.decode()


def test_a_moderation_decision_updates_the_audience_score_at_once(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    review = make_user_review(film=film, rating=9, status=UserReview.Status.PENDING)
    assert "No community ratings yet." in client.get(film.get_absolute_url()).content.decode()
    review_approve(review=review, by=make_staff("Moderators"))
    html = client.get(film.get_absolute_url()).content.decode()
    assert (
        'Audience score: <strong><span class="rating" role="img" aria-label="4.5 out of 5 stars">'
        in html
    )


def test_a_scheduled_film_appears_when_it_is_due(client, seeded, monkeypatch):
    due = timezone.now() + timedelta(minutes=30)
    make_film(title="Lost Bullet: Origins", slug="origins", published_at=due)
    assert "Lost Bullet: Origins" not in client.get(reverse("films:film-list")).content.decode()

    # The clock moves past the due time: the database's and the cache's clocks alike.
    later = due + timedelta(seconds=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(time, "time", later.timestamp)
    assert "Lost Bullet: Origins" in client.get(reverse("films:film-list")).content.decode()


def test_the_cache_listens_only_to_the_models_pages_show():
    from django.contrib.sessions.models import Session
    from django.db.models.signals import m2m_changed, post_delete, post_save

    assert post_save.has_listeners(Film) and post_delete.has_listeners(UserReview)
    assert m2m_changed.has_listeners(Film.production_companies.through)
    # A listener on post_delete would turn off Django's fast delete of expired sessions.
    assert not post_delete.has_listeners(Session)


def test_signed_in_members_always_get_their_own_page(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    client.get(film.get_absolute_url())  # cached for visitors
    member = make_user()
    make_user_review(film=film, author=member, title="Mine, pending", status="pending")
    client.force_login(member)
    assert "Mine, pending" in client.get(film.get_absolute_url()).content.decode()
    client.logout()
    assert "Mine, pending" not in client.get(film.get_absolute_url()).content.decode()


def test_a_draft_stays_out_of_cached_pages(client, seeded):
    url = reverse("films:film-list")
    client.get(url)
    film = Film.objects.get(slug="last-bullet")
    film.status = PublicationStatus.DRAFT
    film.save()
    assert 'href="/en/films/last-bullet/"' not in client.get(url).content.decode()


def test_each_host_gets_its_own_copy_with_its_own_links(client, seeded, settings):
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet"})
    client.get(url, headers={"host": "localhost"})
    html = client.get(url, headers={"host": "127.0.0.1"}).content.decode()
    assert 'rel="canonical" href="http://127.0.0.1/en/films/lost-bullet/"' in html
    assert "localhost" not in html
    sitemap = client.get(reverse("sitemap"), headers={"host": "127.0.0.1"}).content.decode()
    client.get(reverse("sitemap"), headers={"host": "localhost"})
    assert "<loc>http://127.0.0.1/" in sitemap
    secure = client.get(url, headers={"host": "127.0.0.1"}, secure=True).content.decode()
    assert 'href="https://127.0.0.1/en/films/lost-bullet/"' in secure


def test_a_deactivated_members_page_and_bylines_leave_the_cache_at_once(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    member = make_user(username="soon-gone")
    make_user_review(film=film, author=member, title="A review by soon-gone")
    member_url = reverse("reviews:member-detail", kwargs={"username": "soon-gone"})
    assert client.get(member_url).status_code == 200
    assert "soon-gone" in client.get(film.get_absolute_url()).content.decode()

    member.is_active = False
    member.save()
    assert client.get(member_url).status_code == 404


def test_a_renamed_members_bylines_change_at_once(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    member = make_user(username="old-name")
    make_user_review(film=film, author=member)
    assert "old-name" in client.get(film.get_absolute_url()).content.decode()
    member.username = "new-name"
    member.save()
    html = client.get(film.get_absolute_url()).content.decode()
    assert "new-name" in html and "old-name" not in html


def test_signing_in_does_not_empty_the_page_cache(client, seeded):
    member = make_user()
    version = content_version()
    client.force_login(member)  # saves last_login
    assert content_version() == version


def cached_without_rendering(client, url):
    """Whether the page comes from the cache: served with no query at all."""
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries) == 0


def test_a_helpful_vote_changes_only_the_page_that_shows_it(client, seeded):
    sequel = Film.objects.get(slug="lost-bullet-2")
    author = make_user(username="sequel-fan")
    review = make_user_review(film=sequel, author=author)
    pages = {
        "that film": sequel.get_absolute_url(),
        "another film": reverse("films:film-detail", kwargs={"slug": "last-bullet"}),
        "a person": reverse("films:person-detail", kwargs={"slug": "alban-lenoir"}),
        "a character": reverse("films:character-detail", kwargs={"slug": "lino"}),
        "the sitemap": reverse("sitemap"),
        "the review list": reverse("reviews:review-list"),
        "the author's page": reverse("reviews:member-detail", args=[author.username]),
        "a critic's page": reverse("reviews:critic-detail", kwargs={"slug": "kenneth-lowe"}),
    }
    for url in pages.values():
        client.get(url)

    voter = Client()
    voter.force_login(make_user())
    voter.post(reverse("reviews:review-vote", kwargs={"pk": review.pk}))

    rendered_again = {
        name for name, url in pages.items() if not cached_without_rendering(client, url)
    }
    assert rendered_again == {"that film"}
    assert "1 found this helpful" in client.get(pages["that film"]).content.decode()


def test_a_report_changes_no_public_page(client, seeded):
    review = make_user_review(film=Film.objects.get(slug="lost-bullet-2"))
    url = review.film.get_absolute_url()
    client.get(url)
    reporter = Client()
    reporter.force_login(make_user())
    reporter.post(reverse("reviews:review-flag", kwargs={"pk": review.pk}), {"reason": "spam"})
    assert cached_without_rendering(client, url)


def anonymous_request(path="/stampede/"):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    request.horizon = Horizon()
    return request


def test_many_readers_of_a_missing_page_wait_for_one_render():
    """No stampede: while one worker renders a page, the others wait for that render."""
    renders = []

    @cache_public_page
    def slow_view(request):
        renders.append(1)
        time.sleep(0.3)
        return HttpResponse("rendered once")

    with ThreadPoolExecutor(max_workers=6) as pool:
        responses = list(pool.map(lambda _: slow_view(anonymous_request()), range(6)))

    assert len(renders) == 1
    assert {response.content for response in responses} == {b"rendered once"}


def test_a_waiting_reader_renders_itself_if_the_other_render_never_comes(settings):
    renders = []

    @cache_public_page
    def view(request):
        renders.append(1)
        return HttpResponse("mine")

    request = anonymous_request("/abandoned/")
    # Another worker took the lock and died.
    page = cached_pages.CachedPage.look_up(request, [])
    page_cache().add(f"{page.key}:{page.digest}:rendering", 1, timeout=60)
    cached_pages.RENDER_WAIT_SECONDS, saved = 0.2, cached_pages.RENDER_WAIT_SECONDS
    try:
        assert view(request).content == b"mine"
    finally:
        cached_pages.RENDER_WAIT_SECONDS = saved
    assert renders == [1]


def test_a_visitors_cache_hit_is_answered_before_sessions_and_authentication(
    client, seeded, monkeypatch
):
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware

    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet"})
    first = client.get(url)

    def not_reached(self, request):
        raise AssertionError("the cache hit went through the whole middleware")

    monkeypatch.setattr(SessionMiddleware, "process_request", not_reached)
    monkeypatch.setattr(AuthenticationMiddleware, "process_request", not_reached)
    hit = client.get(url)
    assert hit.content == first.content
    # The headers every page carries are on the early answer too.
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options"):
        assert hit[header] == first[header]
    assert hit["ETag"] == first["ETag"]
    assert "Cookie" in hit["Vary"]


def test_a_visitor_with_a_leftover_session_cookie_still_gets_the_cached_copy(client, seeded):
    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet"})
    first = client.get(url)
    client.cookies["sessionid"] = "expired-or-forged"
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)
    assert again.content == first.content
    # Only the session lookup ran: the page itself was not rendered again.
    assert all("django_session" in q["sql"] for q in queries.captured_queries)


def test_each_horizon_gets_its_own_copy_from_the_early_answer(client, seeded):
    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet-2"})
    folded = client.get(url).content.decode()
    client.cookies["seen_up_to"] = "3"
    opened = client.get(url).content.decode()
    assert opened != folded
    assert cached_without_rendering(client, url)
    assert client.get(url).content.decode() == opened
    del client.cookies["seen_up_to"]
    assert client.get(url).content.decode() == folded


def test_reviews_and_edits_waiting_for_a_moderator_change_no_public_page(client, seeded):
    film = Film.objects.get(slug="lost-bullet-2")
    approved = make_user_review(film=film, title="The approved words")
    pages = [
        film.get_absolute_url(),
        reverse("reviews:review-list"),
        reverse("reviews:member-detail", args=[approved.author.username]),
        reverse("reviews:feed"),
    ]
    for url in pages:
        client.get(url)

    make_user_review(film=film, title="A new review", status=UserReview.Status.PENDING)
    approved.revise(
        rating=4, title="The edited words", body="Edited. " * 20, contains_spoilers=False
    )
    assert all(cached_without_rendering(client, url) for url in pages)

    review_approve(review=approved, by=make_staff("Moderators"))
    html = client.get(film.get_absolute_url()).content.decode()
    assert "The edited words" in html and "The approved words" not in html


def test_an_edit_that_folds_a_review_shows_at_once(client, seeded):
    film = Film.objects.get(slug="lost-bullet-2")
    review = make_user_review(
        film=film, title="Folding later", contains_spoilers=True, body="It ends at the port. " * 5
    )
    url = film.get_absolute_url()
    client.cookies["seen_up_to"] = "2"
    assert "It ends at the port." in client.get(url).content.decode()

    review.spoils = Film.objects.get(slug="last-bullet")
    review.revise(rating=6, title="Folding later", body=review.body, contains_spoilers=True)
    assert not cached_without_rendering(client, url)
    review.refresh_from_db()
    assert review.spoils.slug == "last-bullet"


def test_the_film_pages_cached_fragments_follow_the_horizon(client, seeded):
    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet-2"})
    folded = client.get(url).content.decode()
    client.cookies["seen_up_to"] = "3"
    opened = client.get(url).content.decode()
    assert '<details class="spoiler">' in folded
    assert '<details class="spoiler">' not in opened


def test_a_helpful_vote_re_renders_the_film_page_without_its_editors_content(client, seeded):
    film = Film.objects.get(slug="lost-bullet-2")
    review = make_user_review(film=film, author=make_user(username="sequel-fan"))
    url = film.get_absolute_url()
    before = client.get(url).content.decode()

    voter = Client()
    voter.force_login(make_user())
    voter.post(reverse("reviews:review-vote", kwargs={"pk": review.pk}))
    with CaptureQueriesContext(connection) as queries:
        after = client.get(url).content.decode()

    tables = " ".join(query["sql"] for query in queries)
    for table in ("films_credit", "films_citation", "films_filmpassage", "films_discrepancy"):
        assert table not in tables
    assert "1 found this helpful" not in before
    assert "1 found this helpful" in after
    for part in ('id="cast-heading"', 'id="plot-heading"', 'id="references-heading"'):
        assert part in after


def test_an_editors_save_re_renders_the_film_pages_cached_fragments(client, seeded):
    film = Film.objects.get(slug="lost-bullet-2")
    client.get(film.get_absolute_url())
    passage = film.passages.filter(section="production").first()
    passage.text = "A production passage rewritten by the editors."
    passage.save()
    page = client.get(film.get_absolute_url()).content.decode()
    assert "A production passage rewritten by the editors." in page


def test_a_topic_change_moves_last_modified(client, seeded, monkeypatch):
    """A client that revalidates by date alone (no ETag) is not told a film page is unchanged
    after a review of that film, which moves only the film's topic, is approved."""
    film = Film.objects.get(slug="lost-bullet-2")
    review = make_user_review(
        film=film, title="Words approved later", status=UserReview.Status.PENDING
    )
    before = client.get(film.get_absolute_url())["Last-Modified"]
    assert (
        client.get(film.get_absolute_url(), headers={"If-Modified-Since": before}).status_code
        == 304
    )

    # HTTP dates count whole seconds: the approval comes a few seconds after the first visit.
    later = time.time_ns() + 5_000_000_000
    monkeypatch.setattr(
        versions, "time", type("Clock", (), {"time_ns": staticmethod(lambda: later)})
    )
    global_version = content_version()
    review_approve(review=review, by=make_staff("Moderators"))
    response = client.get(film.get_absolute_url(), headers={"If-Modified-Since": before})
    assert content_version() == global_version  # only the film's topic moved
    assert response.status_code == 200
    assert "Words approved later" in response.content.decode()
    assert parse_http_date(response["Last-Modified"]) > parse_http_date(before)
