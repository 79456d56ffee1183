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
