from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Every model of the films app is content that editors write, but a member's spoiler horizon.
NOT_EDITED = {"spoilerhorizon"}


class FilmsConfig(AppConfig):
    name = "films"
    verbose_name = _("Films")

    def ready(self):
        # Registers films' pages and documents with search.
        from films import search  # noqa: F401
        from newsroom import roles

        edited = [
            m._meta.model_name for m in self.get_models() if m._meta.model_name not in NOT_EDITED
        ]
        roles.grant_content(roles.EDITORS, self.label, edited)
