from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    """The search index and page. Apps register their documents from their own ready()."""

    name = "search"

    def ready(self):
        from search.index import rebuild_after_migrate

        post_migrate.connect(rebuild_after_migrate, sender=self)
