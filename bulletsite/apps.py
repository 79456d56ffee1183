from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.db.models.signals import post_migrate


class NewsroomAdminConfig(AdminConfig):
    default_site = "bulletsite.sites.NewsroomAdminSite"


class BulletsiteConfig(AppConfig):
    """The project itself, as an app: the search index, accounts' rules, operations
    commands."""

    name = "bulletsite"

    def ready(self):
        from bulletsite import search

        search.connect_receivers()
        post_migrate.connect(search.rebuild_after_migrate, sender=self)
