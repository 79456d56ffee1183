"""Whole-page caching for anonymous visitors, invalidated the moment content changes.

Every cached page is stored under the current *content version*. Saving or deleting anything
in the films or reviews apps (an editor's edit, a moderation decision, a new vote) bumps the
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
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, quote_etag

VERSION_KEY = "bulletsite:content-version"
PAGE_TIMEOUT = 60 * 60
CACHED_APPS = {"films", "reviews"}


def content_version():
    """Return the current content version, starting a new one when none is valid."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _start_version()
    return version


def content_changed(sender=None, update_fields=None, **kwargs):
    """Signal receiver: a model that pages show changed, so every cached page is stale.

    Members' accounts count (bylines, member pages), except the last_login that signing in saves.
    """
    model = getattr(sender, "_meta", None)
    if model is None:
        return
    if model.label == settings.AUTH_USER_MODEL:
        if update_fields and set(update_fields) <= {"last_login"}:
            return
    elif model.app_label not in CACHED_APPS:
        return
    cache.delete(VERSION_KEY)
    # Again after the commit: a page rendered meanwhile, from the data before it, would
    # otherwise be cached under a version that looks current.
    transaction.on_commit(lambda: cache.delete(VERSION_KEY))


def _start_version():
    version = f"{time.time_ns():x}"
    cache.add(VERSION_KEY, version, timeout=_seconds_until_next_publication())
    return cache.get(VERSION_KEY) or version


def _seconds_until_next_publication():
    now = timezone.now()
    upcoming = []
    scheduled = (
        "films.Film",
        "films.EditorialPiece",
        "reviews.CriticReview",
        "reviews.AggregateScore",
    )
    for label in scheduled:
        model = apps.get_model(label)
        first = (
            model.objects.filter(status="published", published_at__gt=now)
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        if first:
            upcoming.append(first)
    if not upcoming:
        return PAGE_TIMEOUT
    return max(1, min(PAGE_TIMEOUT, int((min(upcoming) - now).total_seconds()) + 1))


def _is_cacheable(request):
    # Signed-in members see their own reviews and buttons; a session or a pending message
    # makes the page personal too.
    return (
        request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        and "messages" not in request.COOKIES
    )


def cache_public_page(view):
    """Serve anonymous visitors a cached copy of the page, with an ETag and Last-Modified."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _is_cacheable(request):
            return view(request, *args, **kwargs)
        version = content_version()
        # Pages name their own address (canonical link, og:url, sitemap, JSON-LD), so each host
        # and scheme gets its own copy.
        url = request.build_absolute_uri()
        digest = hashlib.sha256(f"{version}:{url}".encode()).hexdigest()[:32]
        etag = quote_etag(digest)
        last_modified = int(version, 16) // 1_000_000_000
        if etag in request.headers.get("If-None-Match", ""):
            response = HttpResponseNotModified()
        elif (cached := cache.get(f"bulletsite:page:{digest}")) is not None:
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
