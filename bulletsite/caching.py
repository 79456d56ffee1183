"""Whole-page caching for anonymous visitors, invalidated the moment content changes.

Every cached page is stored under the current *content version*. Saving or deleting anything
pages show (an editor's edit, a moderation decision, a new vote, a member renamed) bumps the
version, so the next request to any worker or server renders afresh: the version lives in
the shared cache (the database, or Redis in production). Content scheduled for later has no
save to announce it, so the version also runs out at the next scheduled publication.
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
PAGE_TIMEOUT = 60 * 60
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


def content_changed(sender, update_fields=None, **kwargs):
    """Signal receiver: something pages show changed, so every cached page is stale."""
    if update_fields and set(update_fields) == {"last_login"}:
        return  # Signing in changes nothing that a page shows.
    cache.delete(VERSION_KEY)
    # Again after the commit: a page rendered meanwhile, from the data before it, would
    # otherwise be cached under a version that looks current.
    transaction.on_commit(lambda: cache.delete(VERSION_KEY))


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


def cache_public_page(view):
    """Serve anonymous visitors a cached copy of the page, with an ETag and Last-Modified
    (ConditionalGetMiddleware answers 304 to a client that has the copy already)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _is_cacheable(request):
            return view(request, *args, **kwargs)
        version = content_version()
        # Pages name their own address (canonical link, og:url, sitemap, JSON-LD), so each host
        # and scheme gets its own copy; and each spoiler horizon, as pages fold what lies beyond.
        url = request.build_absolute_uri()
        horizon = request.horizon.cache_key
        digest = hashlib.sha256(f"{version}:{horizon}:{url}".encode()).hexdigest()[:32]
        etag = quote_etag(digest)
        last_modified = int(version, 16) // 1_000_000_000
        if (cached := cache.get(f"bulletsite:page:{digest}")) is not None:
            status, content_type, content = cached
            response = HttpResponse(content, status=status, content_type=content_type)
        else:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code in (200, 404) and not response.cookies:
                cache.set(
                    f"bulletsite:page:{digest}",
                    (response.status_code, response["Content-Type"], response.content),
                    timeout=PAGE_TIMEOUT,
                )
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        response["Cache-Control"] = "no-cache"
        patch_vary_headers(response, ["Cookie"])
        return response

    return wrapper
