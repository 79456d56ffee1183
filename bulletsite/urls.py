from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from films import views as film_views

urlpatterns = [
    path("", film_views.home, name="home"),
    path("", include("films.urls")),
    path("", include("reviews.urls")),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
