"""Whole-page caching for anonymous visitors, invalidated precisely the moment content changes.

Every cached page is stored under the versions of what it shows. One version covers everything
(an editor's edit, a deletion); finer *topics* cover what members change all day: the reviews of
one film ("film:lost-bullet-2"), one member's page, the lists of reviews, the rankings. A helpful
vote on a review of Lost Bullet 2 moves that film's topic and the review lists, so the Last
Bullet page, person pages and the sitemap keep their copies. Versions live in the shared cache
(files on one machine, Redis across several), so every worker and server sees a change at once.
Content scheduled for later has no save to announce it, so the global version also runs out at
the next scheduled publication.

When a copy is missing, one worker renders it while the others wait for that render rather than
each rendering the same page (no stampede); they never serve an older copy, so a read that
starts after a write has returned sees the write.
"""

import hashlib
import time
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, quote_etag

from films.models import Publishable

VERSION_KEY = "bulletsite:content-version"
TOPIC_KEY = "bulletsite:topic:{}"
PAGE_TIMEOUT = 60 * 60
# While one worker renders a page, the others wait for it, polling, up to a limit.
RENDER_LOCK_SECONDS = 10
RENDER_WAIT_SECONDS = 5
RENDER_POLL_SECONDS = 0.01
# The apps whose every model shows on public pages; members' accounts show in bylines too.
SHOWN_APPS = ("films", "reviews")


def content_version():
    """Return the current content version, starting a new one when none is valid."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _start_version()
    return version


def connect_receivers():
    """Listen to the models that pages show, and to no other: a post_delete receiver turns off
    Django's fast delete for its sender, so none listens to sessions or the cache table."""
    shown = [m for label in SHOWN_APPS for m in apps.get_app_config(label).get_models()]
    links = {field.remote_field.through for m in shown for field in m._meta.local_many_to_many}
    for model in [*shown, apps.get_model(settings.AUTH_USER_MODEL)]:
        uid = f"page-cache-{model._meta.label}"
        post_save.connect(content_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(content_changed, sender=model, dispatch_uid=uid)
    for link in links:
        m2m_changed.connect(content_changed, sender=link, dispatch_uid=link._meta.label)


def content_changed(sender, instance=None, update_fields=None, created=False, **kwargs):
    """Signal receiver: something pages show changed; move the versions of what shows it."""
    if update_fields and set(update_fields) == {"last_login"}:
        return  # Signing in changes nothing that a page shows.
    topics = topics_changed(sender, instance, created)
    keys = [VERSION_KEY] if topics is None else [TOPIC_KEY.format(t) for t in topics]
    if not keys:
        return
    cache.delete_many(keys)
    # Again after the commit: a page rendered meanwhile, from the data before it, would
    # otherwise be cached under a version that looks current.
    transaction.on_commit(lambda: cache.delete_many(keys))


def topics_changed(model, instance, created=False):
    """The topics a change to `instance` affects, or None for everything. What members do all
    day touches a few topics; an editor's change to the content touches everything."""
    label = model._meta.label
    if label == settings.AUTH_USER_MODEL:
        # A new account shows nowhere until its first review; a renamed one shows in bylines.
        return [] if created else None
    if label in ("reviews.ReviewFlag", "films.SpoilerHorizon"):
        return []  # seen by moderators and by the member, on pages never cached
    if label == "reviews.TrilogyRanking":
        return ["rankings"]
    if label == "reviews.ReviewVote":
        # Helpful counts show on the film page only, where they also order its reviews.
        review = _review_of(instance)
        return [f"film:{_film_and_author(review)[0]}"] if review else []
    if label == "reviews.UserReview" and instance is not None:
        film_slug, username = _film_and_author(instance)
        return [f"film:{film_slug}", f"member:{username}", "reviews"]
    return None


def _review_of(vote):
    from reviews.models import UserReview

    return UserReview.objects.filter(pk=vote.review_id).first()


def _film_and_author(review):
    from films.models import Film

    film_slug = Film.objects.filter(pk=review.film_id).values_list("slug", flat=True).first()
    username = (
        apps.get_model(settings.AUTH_USER_MODEL)
        .objects.filter(pk=review.author_id)
        .values_list("username", flat=True)
        .first()
    )
    return film_slug, username


def _start_version():
    version = f"{time.time_ns():x}"
    cache.add(VERSION_KEY, version, timeout=_seconds_until_next_publication())
    return cache.get(VERSION_KEY) or version


def _seconds_until_next_publication():
    publishable = [model for model in apps.get_models() if issubclass(model, Publishable)]
    upcoming = [
        first
        for model in publishable
        if (
            first := model.objects.scheduled()
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
    ]
    if not upcoming:
        return PAGE_TIMEOUT
    seconds = int((min(upcoming) - timezone.now()).total_seconds()) + 1
    return max(1, min(PAGE_TIMEOUT, seconds))


def _is_cacheable(request):
    # Signed-in members see their own reviews and buttons; a session or a pending message
    # makes the page personal too.
    return (
        request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        and "messages" not in request.COOKIES
    )


def cache_public_page(view=None, *, topics=()):
    """Serve anonymous visitors a cached copy of the page, with an ETag and Last-Modified
    (ConditionalGetMiddleware answers 304 to a client that has the copy already).

    `topics` name what the page shows besides content editors change, filled in from the URL's
    arguments: ("film:{slug}",) for a film page."""
    if view is None:
        return lambda view: cache_public_page(view, topics=topics)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _is_cacheable(request):
            return view(request, *args, **kwargs)
        versions = _versions([topic.format(**kwargs) for topic in topics])
        # Pages name their own address (canonical link, og:url, sitemap, JSON-LD), so each host
        # and scheme gets its own copy; and each spoiler horizon, as pages fold what lies beyond.
        url = request.build_absolute_uri()
        horizon = request.horizon.cache_key
        digest = hashlib.sha256(f"{':'.join(versions)}:{horizon}:{url}".encode()).hexdigest()[:32]
        key = f"bulletsite:page:{digest}"
        cached = cache.get(key)
        if cached is None:
            cached = _render_once(key, lambda: view(request, *args, **kwargs))
        if isinstance(cached, HttpResponse):
            response = cached  # not cacheable: a redirect, an error
        else:
            status, content_type, content = cached
            response = HttpResponse(content, status=status, content_type=content_type)
        response["ETag"] = quote_etag(digest)
        response["Last-Modified"] = http_date(int(versions[0], 16) // 1_000_000_000)
        response["Cache-Control"] = "no-cache"
        patch_vary_headers(response, ["Cookie"])
        return response

    return wrapper


def _versions(topics):
    """The global version, then each topic's, starting a new one for any that has none."""
    keys = [VERSION_KEY, *(TOPIC_KEY.format(topic) for topic in topics)]
    found = cache.get_many(keys)
    versions = []
    for key in keys:
        if (version := found.get(key)) is None:
            version = _start_version() if key == VERSION_KEY else _start_topic(key)
        versions.append(version)
    return versions


def _start_topic(key):
    cache.add(key, f"{time.time_ns():x}", timeout=PAGE_TIMEOUT)
    return cache.get(key) or f"{time.time_ns():x}"


def _render_once(key, render):
    """Render the page and keep it, unless another worker is rendering the same copy: then wait
    for theirs. Return (status, content type, content), or the response if it is not kept."""
    lock = f"{key}:rendering"
    if not cache.add(lock, 1, timeout=RENDER_LOCK_SECONDS):
        deadline = time.monotonic() + RENDER_WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(RENDER_POLL_SECONDS)
            if (cached := cache.get(key)) is not None:
                return cached
        # The other render failed or is very slow: render this one ourselves.
    try:
        response = render()
        if hasattr(response, "render"):
            response.render()
        if response.status_code not in (200, 404) or response.cookies:
            return response
        kept = (response.status_code, response["Content-Type"], response.content)
        cache.set(key, kept, timeout=PAGE_TIMEOUT)
        return kept
    finally:
        cache.delete(lock)
