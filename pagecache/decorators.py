from functools import wraps

from pagecache.pages import CachedPage, is_cacheable
from pagecache.versions import topic_keys


def cache_public_page(view=None, *, topics=()):
    """Serve anonymous visitors a cached copy of the page, with an ETag and Last-Modified
    (ConditionalGetMiddleware answers 304 to a client that has the copy already).

    `topics` name what the page shows besides what changes everything, filled in from the
    URL's arguments: ("film:{slug}",) for a film page. CachedPageMiddleware serves most hits
    before the view is reached; this serves the rest (a visitor with a session) and renders
    misses."""
    if view is None:
        return lambda view: cache_public_page(view, topics=topics)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_cacheable(request):
            return view(request, *args, **kwargs)
        page = getattr(request, "cached_page", None) or CachedPage.look_up(
            request, keys_for(topics, kwargs)
        )
        return page.response(page.kept or page.render_once(lambda: view(request, *args, **kwargs)))

    wrapper.page_cache_topics = topics
    return wrapper


def keys_for(topics, url_kwargs):
    """The version keys of a page's topics, filled in from its URL's arguments."""
    return tuple(topic_keys(topic.format(**url_kwargs) for topic in topics))
