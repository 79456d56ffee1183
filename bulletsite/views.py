"""Pages that draw on every app: home, film list and film pages, the trilogy compared and
ranked, robots.txt, the favicon, error pages."""

import logging
from functools import cache

from allauth.core.ratelimit import consume_or_429
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404, HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import (
    get_language,
    get_language_from_path,
    gettext,
    override,
)
from django.views.decorators.http import require_GET, require_http_methods

from accounts.redirects import safe_next
from bulletsite import trilogy
from films import structured_data
from films.models import Character, EditorialPiece
from films.views import film_context
from pagecache import cache_public_page, fragment
from reviews.filters import ScoredFilmFilter
from reviews.forms import TrilogyRankingForm
from reviews.models import (
    FEW_REVIEWS,
    CriticReview,
    ReviewOrder,
    ScoredFilm,
    TrilogyRanking,
    UserReview,
    audience_distributions,
)
from reviews.views import film_reviews_context

logger = logging.getLogger(__name__)


# How many of the characters the series opens with the home page introduces.
HOME_CHARACTERS = 4


@cache_public_page(topics=("reviews", "rankings"))
def home(request):
    # Lazy: the page's fragments (home.html) fetch them only when they render.
    films = SimpleLazyObject(lambda: list(ScoredFilm.objects.series().with_scores()))
    context = {
        "films": films,
        "ranking": SimpleLazyObject(lambda: TrilogyRanking.objects.standings(films)),
        "critic_reviews": SimpleLazyObject(
            lambda: (
                CriticReview.objects.published()
                .select_related("film", "critic", "publication", "source", "spoils")
                .order_by("-published_at", "-pk")[:4]
            )
        ),
        "user_reviews": SimpleLazyObject(
            lambda: (
                UserReview.objects.approved()
                .select_related("film", "author", "spoils")
                .order_by("-created_at")[:4]
            )
        ),
        "pieces": SimpleLazyObject(lambda: EditorialPiece.objects.published().for_lists()[:3]),
        "characters": SimpleLazyObject(
            lambda: Character.objects.for_index().leading(HOME_CHARACTERS)
        ),
    }
    return render(request, "home.html", context)


@cache_public_page(topics=("reviews",), params=tuple(ScoredFilmFilter.base_filters))
def film_list(request):
    film_filter = ScoredFilmFilter(
        request.GET,
        queryset=ScoredFilm.objects.published().with_scores().select_related("distributor"),
    )
    if not film_filter.is_valid():
        context = {"filter": film_filter, "films": []}
        return render(request, "films/film_list.html", context, status=400)
    return render(request, "films/film_list.html", {"filter": film_filter, "films": film_filter.qs})


@cache_public_page(topics=("film:{slug}",), params=("order",))
def film_detail(request, slug, *, films=None):
    films = ScoredFilm.objects.published() if films is None else films
    film = get_object_or_404(films, slug=slug)
    # The film with its critics' and audience figures, fetched only by the fragments that show
    # them (film_detail.html), like everything else film_context gives; its distributor with it,
    # which its details would otherwise fetch on their own.
    scored = SimpleLazyObject(
        lambda: films.with_scores().select_related("distributor").get(pk=film.pk)
    )
    order = request.GET.get("order", ReviewOrder.HELPFUL)
    status = 200 if order in ReviewOrder.values else 400
    details = film_context(film, scored=scored)
    context = {
        **details,
        **film_reviews_context(
            request, film, order=ReviewOrder(order) if status == 200 else ReviewOrder.HELPFUL
        ),
        "scored_film": scored,
        # A callable, which the template calls only when its fragment is not cached: the
        # editors' part is kept apart, so that a vote fetches none of the film's details.
        "movie_data": lambda: _rated(
            fragment(
                request,
                "film-movie",
                lambda: structured_data.movie(
                    details["detailed_film"], absolute_url=request.build_absolute_uri
                ),
                vary_on=[film.pk],
                topics=(),
            ),
            scored.audience_rating_data(),
        ),
    }
    return render(request, "films/film_detail.html", context, status=status)


def _rated(movie, aggregate_rating):
    """A film's structured data with its audience's rating, as structured_data.movie() adds it."""
    return {**movie, "aggregateRating": aggregate_rating} if aggregate_rating else movie


@staff_member_required
@permission_required("films.change_film", raise_exception=True)
def film_preview(request, slug):
    """Show any film, draft or not, in the public design: for those who may edit films."""
    return film_detail(request, slug=slug, films=ScoredFilm.objects.all())


# The least number of published films the members are asked to put in order: one is no ranking.
RANKING_OPENS_AT = 2


def _trilogy_page(request, form):
    # Lazy: the page's fragments (trilogy.html) fetch them only when they render.
    @cache
    def films_and_ranking():
        films = list(ScoredFilm.objects.series().with_scores())
        distributions = audience_distributions(films)
        ranking = TrilogyRanking.objects.standings(films)
        for film in films:
            film.distribution = distributions[film.pk]
            film.standing = ranking.for_film(film)
        return films, ranking

    films = SimpleLazyObject(lambda: films_and_ranking()[0])
    ranking = SimpleLazyObject(lambda: films_and_ranking()[1])
    context = {
        "films": films,
        "aggregator_rows": SimpleLazyObject(
            lambda: trilogy.aggregator_rows(films_and_ranking()[0])
        ),
        "returning_cast": SimpleLazyObject(lambda: trilogy.returning_cast(films_and_ranking()[0])),
        "ranking": ranking,
        "ranking_open": lambda: len(films) >= RANKING_OPENS_AT,
        "form": form,
        "few_reviews": FEW_REVIEWS,
    }
    return render(request, "trilogy.html", context)


@cache_public_page(topics=("reviews", "rankings"))
def trilogy_comparison(request):
    """The published films side by side, and the members' ranking of them."""
    form = TrilogyRankingForm(user=request.user) if request.user.is_authenticated else None
    return _trilogy_page(request, form)


@login_required
@require_http_methods(["GET", "POST"])
def trilogy_rank(request):
    """Save the member's ranking of the films; a GET (after signing in) leads to the form."""
    if request.method == "GET":
        return redirect(reverse("trilogy") + "#rank")
    if limited := consume_or_429(request, action="trilogy_rank"):
        return limited
    form = TrilogyRankingForm(request.POST, user=request.user)
    if len(form.fields) < RANKING_OPENS_AT:
        return redirect(reverse("trilogy") + "#rank")
    if not form.is_valid():
        return _trilogy_page(request, form)
    form.save()
    messages.success(request, gettext("Your ranking is saved; you can change it at any time."))
    return redirect(reverse("trilogy") + "#rank")


@require_GET
def choose_language(request, language):
    """The header's language links: show the page asked for (`next`) in `language`, and
    remember the choice for addresses that name no language. A link, not a form, so that it
    works without JavaScript on pages cached for everyone (no CSRF token); it changes nothing
    but a preference."""
    if language not in dict(settings.LANGUAGES):
        raise Http404("No such language.")
    with override(language):
        next_url = safe_next(request.GET.get("next"), default=reverse("home"))
    # The address resolves in its own language: /en/… only while English is active.
    with override(get_language_from_path(next_url) or get_language()):
        response = HttpResponseRedirect(translate_url(next_url, language))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=request.is_secure(),
    )
    return response


def sitemap(request, sitemaps):
    """Django's sitemap, the same for every reader: kept under the page's versions for those the
    page cache does not answer (pagecache.fragment), as the pages' fragments are."""

    def render():
        response = django_sitemap(request, sitemaps)
        response.render()
        return response.content, response.headers["Content-Type"], response.get("Last-Modified")

    page = request.GET.get("p", "")
    content, content_type, last_modified = fragment(request, "sitemap", render, vary_on=[page])
    response = HttpResponse(content, content_type=content_type)
    if last_modified:
        response.headers["Last-Modified"] = last_modified
    return response


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /language/", f"Sitemap: {sitemap}"]
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
