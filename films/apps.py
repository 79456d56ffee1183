from django.apps import AppConfig
from django.db.backends.signals import connection_created


class FilmsConfig(AppConfig):
    name = "films"

    def ready(self):
        from films.search import register_sqlite_fold

        connection_created.connect(register_sqlite_fold)
