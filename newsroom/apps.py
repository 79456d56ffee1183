from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate


class NewsroomAdminConfig(admin_apps.AdminConfig):
    """Django's admin, served by the newsroom's own site. (The module is imported, not its
    class, so that this module declares one default AppConfig, NewsroomConfig.)"""

    default = False
    default_site = "newsroom.sites.NewsroomAdminSite"


class NewsroomConfig(AppConfig):
    """Where editors and moderators work: the admin's history and revert, its index and the
    translation gaps page, the Editors and Moderators groups, `createeditor`. It knows no app's
    models: apps grant roles their permissions and register their queues from their apps.py."""

    default = True
    name = "newsroom"

    def ready(self):
        from newsroom.roles import sync_groups

        post_migrate.connect(sync_groups, sender=self, dispatch_uid="newsroom.sync_groups")
