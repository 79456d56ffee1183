"""Whole-page caching for anonymous visitors, invalidated precisely the moment content changes.

Every cached copy carries the versions of what it shows, and is served only while they are
current. One version covers everything (an editor's edit, a deletion); finer *topics* cover what
members change all day: the reviews of one film ("film:lost-bullet-2"), one member's page, the
lists of reviews, the rankings. A helpful vote on a review of one film moves that film's
topic only, so the other films' pages, person pages and the sitemap keep their copies. Versions
live in the shared cache (files on one machine, Redis across several), so every worker and
server sees a change at once. Content scheduled for later has no save to announce it, so the
global version also runs out at the next scheduled publication.

When a copy is missing, one worker renders it while the others wait for that render rather than
each rendering the same page (no stampede); they never serve an older copy, so a read that
starts after a write has returned sees the write.
"""

import hashlib
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache, wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, quote_etag
from django.utils.translation import get_language

from films.horizon import Horizon
from films.models import Publishable

VERSION_KEY = "bulletsite:content-version"
TOPIC_KEY = "bulletsite:topic:{}"
PAGE_TIMEOUT = 60 * 60
# While one worker renders a page, the others wait for it, polling, up to a limit.
RENDER_LOCK_SECONDS = 10
RENDER_WAIT_SECONDS = 5
RENDER_POLL_SECONDS = 0.002
# Pages each worker keeps in memory besides the shared cache: at most 50 KB each.
RECENT_PAGES_PER_WORKER = 500
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
    topics = topics_changed(sender, instance, created, update_fields)
    keys = [VERSION_KEY] if topics is None else [TOPIC_KEY.format(t) for t in topics]
    if not keys:
        return
    cache.delete_many(keys)
    # Again after the commit: a page rendered meanwhile, from the data before it, would
    # otherwise be cached under a version that looks current.
    transaction.on_commit(lambda: cache.delete_many(keys))


def topics_changed(model, instance, created=False, update_fields=None):
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
        film_slug = _film_of_vote(instance)
        return [f"film:{film_slug}"] if film_slug else []
    if label == "reviews.UserReview" and instance is not None:
        if created and instance.status != instance.Status.APPROVED:
            return []  # a new review waits for a moderator, seen by its author only
        if update_fields and set(update_fields) <= instance.PENDING_EDIT_FIELDS:
            return []  # an edit waiting for a moderator: the approved text stays
        film_slug, username = _film_and_author(instance)
        return [f"film:{film_slug}", f"member:{username}", "reviews"]
    return None


def _film_of_vote(vote):
    """The slug of the film whose review was voted on, in one query (None once it is gone)."""
    from films.models import Film

    return Film.objects.filter(user_reviews=vote.review_id).values_list("slug", flat=True).first()


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


def _start_version(key=VERSION_KEY):
    """Start a new version under `key`, unless another worker just did: then take theirs. The
    global version runs out at the next scheduled publication."""
    version = f"{time.time_ns():x}"
    timeout = _seconds_until_next_publication() if key == VERSION_KEY else PAGE_TIMEOUT
    cache.add(key, version, timeout=timeout)
    return cache.get(key) or version


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
    arguments: ("film:{slug}",) for a film page. CachedPageMiddleware serves most hits before
    the view is reached; this serves the rest (a visitor with a session) and renders misses."""
    if view is None:
        return lambda view: cache_public_page(view, topics=topics)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _is_cacheable(request):
            return view(request, *args, **kwargs)
        page = getattr(request, "cached_page", None) or CachedPage.look_up(
            request, _topic_keys(topics, kwargs), request.horizon
        )
        return page.response(page.kept or page.render_once(lambda: view(request, *args, **kwargs)))

    wrapper.page_cache_topics = topics
    return wrapper


def _topic_keys(topics, url_kwargs):
    return tuple(TOPIC_KEY.format(topic.format(**url_kwargs)) for topic in topics)


@lru_cache(maxsize=2048)
def _topic_keys_for_path(language, path_info):
    """The version keys of the cached page at this path, or None for a page that is not.
    Addresses resolve per language (/fr/… only while French is active), hence the key."""
    try:
        match = resolve(path_info)
    except Resolver404:
        return None
    topics = getattr(match.func, "page_cache_topics", None)
    return None if topics is None else _topic_keys(topics, match.kwargs)


@receiver(setting_changed)
def _forget_paths(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _topic_keys_for_path.cache_clear()


class CachedPageMiddleware:
    """Answer anonymous visitors from the page cache before sessions, authentication, CSRF,
    messages and the account middleware run: a visitor without a session cookie cannot be
    signed in, and none of those changes a page made for everyone. It runs after
    LocaleMiddleware: each language's page has its own address, and so its own copy.

    A miss goes on down to the view, which renders and keeps the page (cache_public_page)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and (topic_keys := _topic_keys_for_path(get_language(), request.path_info)) is not None
        ):
            page = CachedPage.look_up(request, topic_keys, Horizon.for_request(request))
            if page.kept is not None:
                return page.response(page.kept)
            request.cached_page = page  # the view renders it, with no second look-up
        return self.get_response(request)


class RecentPages:
    """The copies this worker served last. A hit then reads only the versions from the shared
    cache, not the page itself: unpickling a film page from the file cache (zlib) or taking it
    from Redis costs more than the rest of the hit. A copy is served only while its versions
    are the shared current ones, so no worker serves a page another has replaced."""

    def __init__(self, size):
        self.size = size
        self.pages = OrderedDict()

    def get(self, key):
        if (kept := self.pages.get(key)) is not None:
            self.pages.move_to_end(key)
        return kept

    def keep(self, key, kept):
        self.pages[key] = kept
        self.pages.move_to_end(key)
        if len(self.pages) > self.size:
            self.pages.popitem(last=False)


recent_pages = RecentPages(RECENT_PAGES_PER_WORKER)


@dataclass
class CachedPage:
    """One page's copy for one address and horizon, and the versions it must have been made
    under to be served. The copy is kept as (versions, status, content type, content)."""

    key: str
    versions: tuple
    kept: tuple | None  # the copy, when it was made under these versions

    @classmethod
    def look_up(cls, request, topic_keys, horizon):
        # Pages name their own address (canonical link, og:url, sitemap, JSON-LD), so each host
        # and scheme gets its own copy; and each spoiler horizon, as pages fold what lies beyond.
        address = f"{horizon.cache_key}:{request.build_absolute_uri()}"
        key = "bulletsite:page:" + hashlib.sha256(address.encode()).hexdigest()[:32]
        version_keys = [VERSION_KEY, *topic_keys]
        recent = recent_pages.get(key)
        # One round trip: the versions, and the copy unless this worker has one.
        found = cache.get_many(version_keys if recent else [key, *version_keys])
        versions = tuple(found.get(k) or _start_version(k) for k in version_keys)
        if recent is not None and recent[0] == versions:
            return cls(key, versions, recent)
        kept = found.get(key) if recent is None else cache.get(key)
        if kept is None or kept[0] != versions:
            return cls(key, versions, None)
        recent_pages.keep(key, kept)
        return cls(key, versions, kept)

    @property
    def digest(self):
        return hashlib.sha256(f"{self.key}:{':'.join(self.versions)}".encode()).hexdigest()[:32]

    def render_once(self, render):
        """Render the page and keep it, unless another worker is rendering the same copy: then
        wait for theirs. Return the copy, or the response if it is not kept."""
        lock = f"{self.key}:{self.digest}:rendering"
        if not cache.add(lock, 1, timeout=RENDER_LOCK_SECONDS):
            deadline = time.monotonic() + RENDER_WAIT_SECONDS
            while time.monotonic() < deadline:
                time.sleep(RENDER_POLL_SECONDS)
                if (kept := cache.get(self.key)) is not None and kept[0] == self.versions:
                    return kept
            # The other render failed or is very slow: render this one ourselves.
        try:
            response = render()
            if hasattr(response, "render"):
                response.render()
            if response.status_code not in (200, 404) or response.cookies:
                return response
            kept = (self.versions, response.status_code, response["Content-Type"], response.content)
            cache.set(self.key, kept, timeout=PAGE_TIMEOUT)
            recent_pages.keep(self.key, kept)
            return kept
        finally:
            cache.delete(lock)

    def response(self, kept):
        if isinstance(kept, HttpResponse):
            response = kept  # not cacheable: a redirect, an error
        else:
            _, status, content_type, content = kept
            response = HttpResponse(content, status=status, content_type=content_type)
        response["ETag"] = quote_etag(self.digest)
        response["Last-Modified"] = http_date(int(self.versions[0], 16) // 1_000_000_000)
        response["Cache-Control"] = "no-cache"
        patch_vary_headers(response, ["Cookie"])
        return response
