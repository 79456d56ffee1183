from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FilmsConfig(AppConfig):
    name = "films"
    verbose_name = _("Films")

    def ready(self):
        # Registers films' pages and documents with search.
        from films import search  # noqa: F401
