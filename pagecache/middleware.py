from functools import lru_cache

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import Resolver404, resolve
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from pagecache.decorators import keys_for
from pagecache.pages import CachedPage


class CachedPageMiddleware:
    """Answer anonymous visitors from the page cache before sessions, authentication, CSRF,
    messages and the account middleware run: a visitor without a session cookie cannot be
    signed in, and none of those changes a page made for everyone. It runs after
    LocaleMiddleware: each language's page has its own address, and so its own copy.

    A miss goes on down to the view, which renders and keeps the page (cache_public_page)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and _host_is_allowed(request)
            and (cached := _cached_page_for_path(get_language(), request.path_info)) is not None
        ):
            page = CachedPage.look_up(request, *cached)
            if page.kept is not None:
                return page.response(page.kept)
            request.cached_page = page  # the view renders it, with no second look-up
        return self.get_response(request)


def _host_is_allowed(request):
    """Copies are kept per host (pages name their own address), and only for the hosts the
    site answers to: a request for another goes on untouched, and Django's own check
    (CommonMiddleware) answers it with the 400 page."""
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


@lru_cache(maxsize=2048)
def _cached_page_for_path(language, path_info):
    """The version keys and the query parameters of the cached page at this path, or None for a
    page that is not. Addresses resolve per language (/fr/… only while French is active), hence
    the key."""
    try:
        match = resolve(path_info)
    except Resolver404:
        return None
    topics = getattr(match.func, "page_cache_topics", None)
    if topics is None:
        return None
    return keys_for(topics, match.kwargs), match.func.page_cache_params


@receiver(setting_changed)
def _forget_paths(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _cached_page_for_path.cache_clear()


class PrivatePagesMiddleware:
    """Mark every page made for a signed-in member private: no shared cache may keep it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response
