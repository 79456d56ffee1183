"""The versions that cached pages are made under: one global version, and one per topic.

Every cached copy carries the versions of what it shows, and is served only while they are
current. The global version covers everything (an editor's edit, a deletion); finer *topics*
cover what members change all day: the reviews of one film ("film:<slug>"), one member's page,
the lists of reviews. Versions live in the shared cache (files on one machine, Redis across
several), so every worker and server sees a change at once. Content that becomes due later has
no save to announce it, so the global version also runs out at the next registered expiry.

Pages, versions and render locks live in a cache of their own (settings.PAGE_CACHE_ALIAS), which
may drop any of them when full: a page is rendered again, a version starts anew. The default
cache keeps what must not be dropped by page traffic, such as rate-limit counters.
"""

import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils import timezone

VERSION_KEY = "pagecache:version"
TOPIC_KEY = "pagecache:topic:{}"


def page_cache():
    """The cache that keeps pages and their versions, apart from the default cache."""
    return caches[settings.PAGE_CACHE_ALIAS]


def content_version():
    """Return the current global version, starting a new one when none is valid."""
    version = page_cache().get(VERSION_KEY)
    if version is None:
        version = start_version(VERSION_KEY)
    return version


def topic_keys(topics):
    return [TOPIC_KEY.format(topic) for topic in topics]


def pages_changed(topics=None):
    """Move the versions of `topics`, or the global version when topics is None: the pages
    that show them are rendered again at their next request."""
    keys = [VERSION_KEY] if topics is None else topic_keys(topics)
    if not keys:
        return
    cache = page_cache()
    cache.delete_many(keys)
    # Again after the commit: a page rendered meanwhile, from the data before it, would
    # otherwise be cached under a version that looks current.
    transaction.on_commit(lambda: cache.delete_many(keys))


def start_version(key):
    """Start a new version under `key`, unless another worker just did: then take theirs."""
    version = f"{time.time_ns():x}"
    timeout = _seconds_until_expiry() if key == VERSION_KEY else settings.PAGE_CACHE_SECONDS
    cache = page_cache()
    cache.add(key, version, timeout=timeout)
    return cache.get(key) or version


def _seconds_until_expiry():
    from pagecache.registry import next_expiry

    if (due := next_expiry()) is None:
        return settings.PAGE_CACHE_SECONDS
    seconds = int((due - timezone.now()).total_seconds()) + 1
    return max(1, min(settings.PAGE_CACHE_SECONDS, seconds))
