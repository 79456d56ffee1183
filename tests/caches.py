"""The site's caches for tests: emptied together, or replaced by process-local ones."""

from django.core.cache import caches

# The page cache and the default cache (rate-limit counters) apart, as in production.
LOCAL_CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}


def clear_caches():
    """Empty every cache: neither the files nor Redis roll back with a test's transaction."""
    for cache in caches.all(initialized_only=False):
        cache.clear()
