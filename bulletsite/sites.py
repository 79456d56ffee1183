from allauth.account.decorators import secure_admin_login
from django.contrib import admin


class NewsroomAdminSite(admin.AdminSite):
    site_header = "bulletsite newsroom"
    site_title = "bulletsite newsroom"
    index_title = "What the site shows"

    def login(self, request, extra_context=None):
        # Staff sign in through the site's login page, whose failed attempts are rate-limited,
        # so the admin is no softer a target for password guessing than the public site.
        return secure_admin_login(super().login)(request, extra_context)

    def index(self, request, extra_context=None):
        from reviews.models import UserReview

        extra_context = {
            "awaiting_moderation": UserReview.objects.awaiting_moderation().count(),
            **(extra_context or {}),
        }
        return super().index(request, extra_context)
