from django.apps import AppConfig


class BulletsiteConfig(AppConfig):
    """The project itself, as an app: the page cache's receivers, operations commands."""

    name = "bulletsite"

    def ready(self):
        from bulletsite.caching import connect_receivers, content_changed
        from search.signals import index_rebuilt

        connect_receivers()
        # Cached search pages show the old index.
        index_rebuilt.connect(content_changed, dispatch_uid="page-cache-search-index")
