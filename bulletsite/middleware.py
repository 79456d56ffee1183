import time

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse


class RequestBodyLimitMiddleware:
    """Refuse a request whose body is larger than the site takes, before anything reads it.

    Django caps form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but not uploaded files, so without
    this a 100 MB multipart POST to the login page is parsed to disk. Only the admin takes files.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body then.
        if length > self.limit(request):
            context = {"poster_max_mb": settings.POSTER_MAX_BYTES // (1024 * 1024)}
            return render(request, "413.html", context, status=413)
        return self.get_response(request)

    def limit(self, request):
        if request.path.startswith(reverse("admin:index")):
            return settings.POSTER_MAX_BYTES + settings.REQUEST_MAX_BYTES
        return settings.REQUEST_MAX_BYTES


class ProxyMicrocacheMiddleware:
    """Tell a caching proxy in front (nginx, deploy/nginx.conf) to keep a page for anonymous
    readers until the end of the second the request came in, and no longer:
    `X-Accel-Expires: @<that second>`.

    nginx counts lifetimes in whole seconds and keeps an entry while its expiry second has not
    passed, so `proxy_cache_valid 1s` alone would serve a copy for up to two seconds. The page
    shows what the database held when the request came in, not when the response left: a
    render that took longer than the rest of that second (a busy server) arrives already
    expired, and the next reader gets a newer one. nginx keeps the header to itself.
    Requests with a session or a message waiting, responses that set a cookie and private ones
    get no such header, and nginx keeps none of them either.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        came_in = int(time.time())
        response = self.get_response(request)
        if (
            request.method in ("GET", "HEAD")
            # As for the page cache: a session or a message waiting makes a page personal.
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and response.status_code in (200, 404)
            and not response.cookies
            and not _private(response.get("Cache-Control", ""))
        ):
            response["X-Accel-Expires"] = f"@{came_in}"
        return response


def _private(cache_control):
    return any(word in cache_control.lower() for word in ("private", "no-store"))
