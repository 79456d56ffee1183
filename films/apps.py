from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class FilmsConfig(AppConfig):
    name = "films"
    verbose_name = _("Films")

    def ready(self):
        from films.models import Film
        from films.series import films_changed

        # Proxies of Film (reviews' ScoredFilm) send their own signals.
        for model in apps.get_models():
            if issubclass(model, Film):
                uid = f"films-series-{model._meta.label}"
                post_save.connect(films_changed, sender=model, dispatch_uid=uid)
                post_delete.connect(films_changed, sender=model, dispatch_uid=uid)
