from django.conf import settings


def page_cache(request):
    """Context processor: how long a cached page or fragment lives, and the cache that keeps
    them ({% cache page_cache_seconds … using=page_cache_alias %})."""
    return {
        "page_cache_seconds": settings.PAGE_CACHE_SECONDS,
        "page_cache_alias": settings.PAGE_CACHE_ALIAS,
    }
