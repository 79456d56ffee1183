from functools import wraps

from pagecache.pages import CachedPage, is_cacheable, read_only
from pagecache.versions import topic_keys


def cache_public_page(view=None, *, topics=(), params=()):
    """Serve anonymous visitors a cached copy of the page, with an ETag and Last-Modified
    (ConditionalGetMiddleware answers 304 to a client that has the copy already).

    `topics` name what the page shows besides what changes everything, filled in from the
    URL's arguments: ("film:{slug}",) for a film page. `params` name the query parameters the
    page reads ("q", "page"): the copy is kept for them alone, and the view sees no others, so
    an address with parameters of its own (`?utm_source=…`) makes no copy.
    CachedPageMiddleware serves most hits before the view is reached; this serves the rest (a
    visitor with a session) and renders misses."""
    if view is None:
        return lambda view: cache_public_page(view, topics=topics, params=params)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # The page's parts that are the same for everyone are kept under its versions
        # ({% pagefragment %}), for readers the page's copy cannot answer too.
        request.page_topic_keys = keys_for(topics, kwargs)
        if not is_cacheable(request):
            return view(request, *args, **kwargs)
        page = getattr(request, "cached_page", None) or CachedPage.look_up(
            request, request.page_topic_keys, params
        )
        request.page_versions = page.versions
        read_only(request, params)
        return page.response(page.kept or page.render_once(lambda: view(request, *args, **kwargs)))

    wrapper.page_cache_topics = topics
    wrapper.page_cache_params = params
    return wrapper


def keys_for(topics, url_kwargs):
    """The version keys of a page's topics, filled in from its URL's arguments."""
    return tuple(topic_keys(topic.format(**url_kwargs) for topic in topics))
