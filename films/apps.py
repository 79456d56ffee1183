from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import m2m_changed, post_delete, post_save


class FilmsConfig(AppConfig):
    name = "films"

    def ready(self):
        from films.caching import content_changed
        from films.search import register_sqlite_fold

        connection_created.connect(register_sqlite_fold)
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(content_changed, dispatch_uid=f"films-page-cache-{id(signal)}")
