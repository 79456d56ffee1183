from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Whole pages cached for anonymous visitors; apps register what changes them."""

    name = "pagecache"
