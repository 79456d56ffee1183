"""Whole-page caching for anonymous visitors, invalidated precisely the moment content changes.

A page view takes part with `@cache_public_page(topics=...)`; apps say in their AppConfig.ready()
which of their models change which pages (`register`), how pages vary between readers
(`vary_on`) and when content becomes due on its own (`expires_at`). The parts of a page that
are the same for every reader are kept apart for those the whole page is not
(`{% pagefragment %}`, `fragment`, see fragments.py). This package knows no app.
See versions.py for how copies stay current, pages.py for how a copy is rendered once.
"""

from pagecache.decorators import cache_public_page
from pagecache.fragments import fragment
from pagecache.registry import expires_at, register, vary_on
from pagecache.versions import content_version, pages_changed

__all__ = [
    "cache_public_page",
    "content_version",
    "expires_at",
    "fragment",
    "pages_changed",
    "register",
    "vary_on",
]
