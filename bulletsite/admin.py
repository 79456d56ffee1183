from django.contrib import admin
from django.contrib.admin.apps import AdminConfig


class NewsroomAdminSite(admin.AdminSite):
    site_header = "bulletsite newsroom"
    site_title = "bulletsite newsroom"
    index_title = "What the site shows"

    def index(self, request, extra_context=None):
        from reviews.models import UserReview

        extra_context = {
            "awaiting_moderation": UserReview.objects.awaiting_moderation().count(),
            **(extra_context or {}),
        }
        return super().index(request, extra_context)


class NewsroomAdminConfig(AdminConfig):
    default_site = "bulletsite.admin.NewsroomAdminSite"
