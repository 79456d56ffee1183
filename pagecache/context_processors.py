from django.conf import settings


def page_cache(request):
    """Context processor: how long a cached page or fragment lives ({% cache %} tags)."""
    return {"page_cache_seconds": settings.PAGE_CACHE_SECONDS}
