"""Pages that draw on every app: home, search, sign-up, robots.txt, the favicon, error pages."""

import logging

from allauth.account.views import SignupView
from django.db import transaction
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

from bulletsite.caching import cache_public_page
from bulletsite.forms import SearchForm
from films.models import Character, EditorialPiece, Film, Person
from reviews.models import Critic, CriticReview, Publication, UserReview

RESULTS_PER_KIND = 20

logger = logging.getLogger(__name__)


@cache_public_page
def home(request):
    context = {
        "films": Film.objects.published().with_scores(),
        "critic_reviews": CriticReview.objects.published()
        .select_related("film", "critic", "publication")
        .order_by("-published_at", "-pk")[:4],
        "user_reviews": UserReview.objects.approved()
        .select_related("film", "author")
        .order_by("-created_at")[:4],
        "pieces": EditorialPiece.objects.published().with_public_films()[:3],
    }
    return render(request, "home.html", context)


@cache_public_page
def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "search.html", {"form": form, "groups": []}, status=400)
    query = form.cleaned_data["q"]
    groups = []
    if query:
        groups = [
            ("Films", Film.objects.published().matching(query)),
            ("People", Person.objects.matching(query).prefetch_related("alternative_names")),
            ("Characters", Character.objects.matching(query)),
            ("Critics", Critic.objects.matching(query)),
            ("Publications", Publication.objects.matching(query)),
        ]
        groups = [(label, list(results[:RESULTS_PER_KIND])) for label, results in groups]
    context = {
        "form": form,
        "query": query,
        "groups": [(label, results) for label, results in groups if results],
    }
    return render(request, "search.html", context)


class MemberSignupView(SignupView):
    """allauth's sign-up, made whole or not at all: if the verification mail cannot be sent, the
    account is not kept and the form says so, with everything typed still in it."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except (OSError, ValueError):  # SMTP errors are OSErrors; an unencodable address is not
            logger.exception("Sign-up mail could not be sent; the account was not created.")
            form.add_error(
                "email",
                "We could not send the confirmation mail to this address, so no account was "
                "made. Check the address, or try again in a few minutes.",
            )
            return self.form_invalid(form)


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
def favicon(request):
    """Send clients that ask for /favicon.ico without reading the page to the site's icon."""
    return redirect(static("img/favicon.svg"), permanent=True)


def too_many_requests(request, exception=None):
    """Answer a rate-limited request (allauth calls this for its limits and the site's)."""
    return render(request, "429.html", status=429)


# Django's own error views re-run the CSRF check, which reads the request's body again: a body
# that failed to parse (a form in UTF-16) then failed inside the error view, and gunicorn sent
# its bare 500. These views never read the body.
def bad_request(request, exception):
    return render(request, "400.html", status=400)


def permission_denied(request, exception):
    return render(request, "403.html", status=403)


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # No request context: whatever failed (the database, a context processor) may fail again.
    return HttpResponseServerError(render_to_string("500.html"))
