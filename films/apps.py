from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class FilmsConfig(AppConfig):
    name = "films"
    verbose_name = _("Films")

    def ready(self):
        from films.models import Film
        from films.series import films_changed

        def film_saved(sender, **kwargs):
            # Proxies of Film (reviews' ScoredFilm) send their own signals, from apps films
            # does not know.
            if issubclass(sender, Film):
                films_changed(sender, **kwargs)

        post_save.connect(film_saved, dispatch_uid="films-series", weak=False)
        # Deletions under a sender: a receiver for every model would turn off fast deletes.
        post_delete.connect(films_changed, sender=Film, dispatch_uid="films-series")
