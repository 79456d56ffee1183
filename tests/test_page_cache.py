"""Anonymous visitors get cached pages that are never stale after a change."""

import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from films.models import Film, PublicationStatus
from reviews.models import UserReview
from reviews.moderation import review_approve
from tests.factories import make_film, make_staff, make_user, make_user_review

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def local_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()


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
    assert "Audience score: <strong>9.0</strong>" in html


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
    assert 'href="/films/last-bullet/"' not in client.get(url).content.decode()


def test_each_host_gets_its_own_copy_with_its_own_links(client, seeded, settings):
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet"})
    client.get(url, headers={"host": "localhost"})
    html = client.get(url, headers={"host": "127.0.0.1"}).content.decode()
    assert 'rel="canonical" href="http://127.0.0.1/films/lost-bullet/"' in html
    assert "localhost" not in html
    sitemap = client.get(reverse("sitemap"), headers={"host": "127.0.0.1"}).content.decode()
    client.get(reverse("sitemap"), headers={"host": "localhost"})
    assert "<loc>http://127.0.0.1/" in sitemap
    secure = client.get(url, headers={"host": "127.0.0.1"}, secure=True).content.decode()
    assert 'href="https://127.0.0.1/films/lost-bullet/"' in secure


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
    from bulletsite.caching import content_version

    member = make_user()
    version = content_version()
    client.force_login(member)  # saves last_login
    assert content_version() == version
