"""One page's cached copy, rendered once however many readers ask for it at the same time.

When a copy is missing, one worker renders it while the others wait for that render rather than
each rendering the same page (no stampede); they never serve an older copy, so a read that
starts after a write has returned sees the write.

A copy is made for an address's path and the query parameters its page reads, in a set order:
`?utm_source=x` or `?page=2&q=a` against `?q=a&page=2` make no copy of their own, and the view
renders the copy seeing only those parameters (read_only), so that no link in it carries others.
"""

import hashlib
import itertools
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse, QueryDict
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, quote_etag

from pagecache.registry import page_variant
from pagecache.versions import VERSION_KEY, page_cache, start_version

PAGE_KEY = "pagecache:page:"
# While one worker renders a page, the others wait for it, up to a limit, asking whether the
# render is still under way at growing intervals: each question is a few bytes, and the page
# itself is read once, when the render is done.
RENDER_LOCK_SECONDS = 10
RENDER_WAIT_SECONDS = 5
RENDER_POLL_SECONDS = (0.002, 0.004, 0.008, 0.016)
# Pages each worker keeps in memory besides the shared cache: at most 50 KB each.
RECENT_PAGES_PER_WORKER = 500


def is_cacheable(request):
    # Signed-in members see their own reviews and buttons; a session or a pending message
    # makes the page personal too.
    return (
        request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        and "messages" not in request.COOKIES
    )


def canonical_query(request, params):
    """The part of the request's query string its page reads: the parameters in `params`, in
    alphabetical order, each with its values in the order given."""
    query = QueryDict(mutable=True)
    for name in sorted(params):
        if values := request.GET.getlist(name):
            query.setlist(name, values)
    return query.urlencode()


def read_only(request, params):
    """Let the view see only the query parameters its page reads, as the copy's key does:
    request.GET, and the query string that request.get_full_path() gives back."""
    query = canonical_query(request, params)
    request.GET = QueryDict(query)
    request.META["QUERY_STRING"] = query


class RecentPages:
    """The copies this worker served last. A hit then reads only the versions from the shared
    cache, not the page itself: unpickling a film page from the file cache (zlib) or taking it
    from Redis costs more than the rest of the hit. A copy is served only while its versions
    are the shared current ones, so no worker serves a page another has replaced.

    A worker's threads share it (gunicorn's gthread workers): a lock keeps one thread's
    move_to_end from meeting another's eviction of the same key."""

    def __init__(self, size):
        self.size = size
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            if (kept := self.pages.get(key)) is not None:
                self.pages.move_to_end(key)
            return kept

    def keep(self, key, kept):
        with self.lock:
            self.pages[key] = kept
            self.pages.move_to_end(key)
            if len(self.pages) > self.size:
                self.pages.popitem(last=False)


recent_pages = RecentPages(RECENT_PAGES_PER_WORKER)


@dataclass
class CachedPage:
    """One page's copy for one address and variant (see registry.vary_on), and the versions it
    must have been made under to be served. The copy is kept as (versions, status, content
    type, content)."""

    key: str
    versions: tuple
    kept: tuple | None  # the copy, when it was made under these versions

    @classmethod
    def look_up(cls, request, topic_keys, params=()):
        # Pages name their own address (canonical link, og:url, sitemap, JSON-LD), so each host
        # and scheme gets its own copy; and each variant apps ask for (the spoiler horizon). Of
        # the query string, only the parameters the page reads count (`params`).
        url = request.build_absolute_uri(request.path)
        address = f"{page_variant(request)}:{url}?{canonical_query(request, params)}"
        key = PAGE_KEY + hashlib.sha256(address.encode()).hexdigest()[:32]
        version_keys = [VERSION_KEY, *topic_keys]
        recent = recent_pages.get(key)
        cache = page_cache()
        # One round trip: the versions, and the copy unless this worker has one.
        found = cache.get_many(version_keys if recent else [key, *version_keys])
        versions = tuple(found.get(k) or start_version(k) for k in version_keys)
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
        cache = page_cache()
        if not cache.add(lock, 1, timeout=RENDER_LOCK_SECONDS):
            deadline = time.monotonic() + RENDER_WAIT_SECONDS
            pauses = itertools.chain(RENDER_POLL_SECONDS, itertools.repeat(RENDER_POLL_SECONDS[-1]))
            while time.monotonic() < deadline:
                time.sleep(next(pauses))
                if not cache.has_key(lock):
                    if (kept := cache.get(self.key)) is not None and kept[0] == self.versions:
                        return kept
                    break
            # The other render failed, kept nothing (an error) or is very slow: render this
            # one ourselves.
        try:
            response = render()
            if hasattr(response, "render"):
                response.render()
            if response.status_code not in (200, 404) or response.cookies:
                return response
            kept = (self.versions, response.status_code, response["Content-Type"], response.content)
            cache.set(self.key, kept, timeout=settings.PAGE_CACHE_SECONDS)
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
            # A hit is answered before CommonMiddleware, which would add it: without it, the
            # copy goes out chunked, and a proxy keeping the connection alive waits on the end.
            response["Content-Length"] = str(len(content))
        response["ETag"] = quote_etag(self.digest)
        # The copy is as new as the latest of its versions (time_ns, in hex): a topic's change
        # (a review approved) moves it as the global version's does.
        newest = max(int(version, 16) for version in self.versions)
        response["Last-Modified"] = http_date(newest // 1_000_000_000)
        response["Cache-Control"] = "no-cache"
        patch_vary_headers(response, ["Cookie"])
        return response
