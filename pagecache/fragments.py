"""Parts of a page kept apart from the page, for the readers the page cache cannot answer.

A signed-in member's page (their menu, their own review and buttons), or one with a message
waiting, is rendered for them alone; most of it is the same for everyone. `{% pagefragment %}`
(templatetags/pagecache.py) keeps such a part under exactly the versions the page's own copy
is made under (the global version and the page's topics, see versions.py), the page's variant
(registry.vary_on), its language, scheme and host: a write that would render the page again
renders the fragment again, so a fragment is never older than the page's copy would be.

Views whose whole answer is the same for everyone (a feed, the sitemap) keep it with fragment().
"""

from django.conf import settings
from django.core.cache.utils import make_template_fragment_key
from django.utils.translation import get_language

from pagecache.registry import page_variant
from pagecache.versions import VERSION_KEY, page_cache, start_version, topic_keys


def page_versions(request, topics=None):
    """The current versions of the page `request` renders (set by cache_public_page), or of
    the global version and `topics`; None on a page that names none, or for a member while
    there is no global version (nothing is kept)."""
    if topics is None:
        keys = getattr(request, "page_topic_keys", None)
        if keys is None:
            return None
        if (versions := getattr(request, "page_versions", None)) is not None:
            return versions
    else:
        keys = tuple(topic_keys(topics))
    found = page_cache().get_many([VERSION_KEY, *keys])
    if (
        VERSION_KEY not in found
        and getattr(request, "user", None)
        and request.user.is_authenticated
    ):
        # Starting the global version reads when content next becomes due, a few queries that
        # a member's page need not pay: the next visitor starts it, and fragments are kept then.
        return None
    versions = tuple(found.get(k) or start_version(k) for k in (VERSION_KEY, *keys))
    if topics is None:
        request.page_versions = versions
    return versions


def fragment_key(request, name, vary_on=(), topics=None):
    """The cache key of fragment `name` of the page `request` renders, or None: see
    page_versions."""
    versions = page_versions(request, topics)
    if versions is None:
        return None
    where = (page_variant(request), get_language(), request.scheme, request.get_host())
    return make_template_fragment_key(f"pagecache:{name}", [*vary_on, *versions, *where])


def fragment(request, name, render, *, vary_on=(), topics=None):
    """What `render()` returns (anything the cache can keep), kept as fragment `name` of the page
    `request` renders: rendered again when any of the page's versions moves. On a page that
    names no versions (no cache_public_page) it is always rendered."""
    key = fragment_key(request, name, vary_on, topics)
    if key is None:
        return render()
    cache = page_cache()
    if (kept := cache.get(key)) is None:
        kept = render()
        cache.set(key, kept, settings.PAGE_CACHE_SECONDS)
    return kept
