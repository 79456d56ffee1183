from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, include, path, re_path
from django.views.static import serve

from bulletsite import views
from bulletsite.sitemaps import sitemaps
from films.urls import app_name as films_app_name
from films.urls import urlpatterns as films_urlpatterns
from pagecache import cache_public_page
from search import urls as search_urls
from search.forms import SearchForm


def serve_media(request, path):
    # MEDIA_ROOT is read per request, so tests that move it are served from the right place.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


# The film list and film pages show the films' reviews and scores too, so they are composed here,
# above both apps, and join the films app's own pages under its namespace.
film_pages = [
    path("films/", views.film_list, name="film-list"),
    path("films/<slug:slug>/", views.film_detail, name="film-detail"),
    path("films/<slug:slug>/preview/", views.film_preview, name="film-preview"),
]


def cached(urls, *, params):
    """An app's URLs, each page cached for anonymous visitors, for an app that knows nothing of
    the page cache (search: a rebuilt index moves the cache's version, see bulletsite/apps.py).
    `params`: the query parameters its pages read."""
    patterns = [
        URLPattern(p.pattern, cache_public_page(p.callback, params=params), p.default_args, p.name)
        for p in urls.urlpatterns
    ]
    return patterns, urls.app_name


# Every page a reader sees has one address per language: /en/films/<slug>/ and
# /fr/films/<slug>/. An address without a language redirects to the visitor's.
urlpatterns = i18n_patterns(
    path("", views.home, name="home"),
    path("", include(cached(search_urls, params=tuple(SearchForm.base_fields)))),
    path("trilogy/", views.trilogy_comparison, name="trilogy"),
    path("trilogy/rank/", views.trilogy_rank, name="trilogy-rank"),
    path("", include((film_pages + films_urlpatterns, films_app_name))),
    path("", include("reviews.urls")),
    # Before allauth's own URLs, so the site's sign-up answers at allauth's address and name.
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    # A page's share card is drawn in the page's language: /fr/cards/film/<slug>.png.
    path("", include("sharecards.urls")),
)
urlpatterns += [
    path("language/<str:language>/", views.choose_language, name="choose-language"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "sitemap.xml",
        cache_public_page(views.sitemap, params=("p",)),
        {"sitemaps": sitemaps},
        name="sitemap",
    ),
    path("admin/", admin.site.urls),
]

handler400 = "bulletsite.views.bad_request"
handler403 = "bulletsite.views.permission_denied"
handler404 = "bulletsite.views.page_not_found"
handler500 = "bulletsite.views.server_error"
handler429 = "bulletsite.views.too_many_requests"

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media),
    ]
