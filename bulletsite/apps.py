from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class NewsroomAdminConfig(AdminConfig):
    default_site = "bulletsite.admin.NewsroomAdminSite"


class BulletsiteConfig(AppConfig):
    """The project itself, as an app: its operations commands (dbbackup, dbrestore)."""

    name = "bulletsite"
