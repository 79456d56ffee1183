from django.contrib.admin.apps import AdminConfig


class NewsroomAdminConfig(AdminConfig):
    default_site = "bulletsite.admin.NewsroomAdminSite"
