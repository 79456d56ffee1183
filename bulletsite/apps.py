from django.apps import AppConfig
from django.db.models.signals import post_migrate


class BulletsiteConfig(AppConfig):
    """The project itself, as an app: the page cache, the search index, operations commands."""

    name = "bulletsite"

    def ready(self):
        from bulletsite import search
        from bulletsite.caching import connect_receivers

        connect_receivers()
        search.connect_receivers()
        post_migrate.connect(search.rebuild_after_migrate, sender=self)
