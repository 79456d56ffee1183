from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class NewsroomAdminConfig(AdminConfig):
    default_site = "bulletsite.sites.NewsroomAdminSite"


class BulletsiteConfig(AppConfig):
    """The project itself, as an app: the page cache, accounts' rules, operations commands."""

    name = "bulletsite"

    def ready(self):
        from bulletsite.caching import connect_receivers

        connect_receivers()
