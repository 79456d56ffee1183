from django.apps import AppConfig
from django.db.models.signals import post_migrate


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
        post_migrate.connect(refresh_sqlite_statistics)


def refresh_sqlite_statistics(app_config, using, **kwargs):
    """Once the schema has changed, bring SQLite's planner statistics up to date, if the
    database keeps any: an index added after the last ANALYZE has none, and beside indexes that
    do, SQLite may prefer it for a list it cannot read in order, and sort every review. (A
    database without statistics plans well from the schema; PostgreSQL analyzes on its own.)"""
    from django.apps import apps
    from django.db import connections

    # post_migrate comes once for each app with models: act after the last.
    if app_config is not [a for a in apps.get_app_configs() if a.models_module][-1]:
        return
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone():
            cursor.execute("ANALYZE")
