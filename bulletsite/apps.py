from django.apps import AppConfig


class BulletsiteConfig(AppConfig):
    """The project itself, as an app: it wires the apps that know nothing of each other."""

    name = "bulletsite"

    def ready(self):
        import sharecards
        from bulletsite.cards import page_card
        from pagecache import pages_changed
        from search.signals import index_rebuilt

        # Cached search pages show the old index.
        index_rebuilt.connect(
            lambda **kwargs: pages_changed(), dispatch_uid="page-cache-search-index", weak=False
        )
        sharecards.register("page", page_card)
