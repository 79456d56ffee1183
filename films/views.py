from functools import cache

from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import prefetch_related_objects
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from accounts.redirects import safe_next
from films import structured_data
from films.horizon import COOKIE_MAX_AGE, COOKIE_NAME, Horizon
from films.models import (
    Character,
    EditorialPiece,
    Film,
    Person,
    SpoilerHorizon,
    TimelineEvent,
    Vehicle,
)
from films.references import References
from pagecache import cache_public_page


def lazily(compute, *names):
    """Lazy stand-ins for the values `compute()` returns as a dict, computed once, on first use:
    a page's fragments ({% pagefragment %}) fetch what they show only when they render."""
    once = cache(compute)
    return {name: SimpleLazyObject(lambda name=name: once()[name]) for name in names}


def get_then_prefetch(queryset, for_detail, **lookup):
    """The object `queryset` finds, or a 404; and a function that prefetches onto it, once,
    what `for_detail()` (a page's queryset) prefetches: a page whose fragments come from the
    cache needs none of it, nor the cost of making that queryset."""
    found = get_object_or_404(queryset, **lookup)

    @cache
    def prefetched():
        prefetch_related_objects([found], *for_detail()._prefetch_related_lookups)
        return found

    return found, prefetched


def film_context(film, *, scored=None):
    """What a film page shows of the film itself: its details, references, the editors' notes
    where sources disagree, articles about it and its neighbours in the series. The page itself,
    which shows reviews too, is composed in bulletsite.views.

    Nothing here is fetched until the template first asks for it, so a page whose fragments of
    editors' content come from the cache never fetches them: `detailed_film` is `film` with its
    credits, passages, citations and the rest prefetched, onto `scored` (a lazy copy of `film`
    with its scores, say) if given."""
    detailed = SimpleLazyObject(lambda: (film if scored is None else scored).fetch_details())
    return {
        "film": film,
        "detailed_film": detailed,
        "prose": SimpleLazyObject(lambda: detailed.prose()),
        "references": SimpleLazyObject(
            lambda: References.collect(
                detailed, detailed.credits.all(), detailed.filming_locations.all()
            )
        ),
        "discrepancies": SimpleLazyObject(lambda: detailed.discrepancies.all()),
        "pieces": SimpleLazyObject(lambda: film.editorial_pieces.published().for_lists()),
        "vehicles": SimpleLazyObject(lambda: Vehicle.objects.appearing_in(film)),
        "previous_film": SimpleLazyObject(
            lambda: Film.objects.published().filter(series_position__lt=film.series_position).last()
        ),
        "next_film": SimpleLazyObject(
            lambda: (
                Film.objects.published().filter(series_position__gt=film.series_position).first()
            )
        ),
    }


@cache_public_page
def film_credits(request, slug):
    """The film's full cast and crew."""
    film = get_object_or_404(Film.objects.published().for_credits(), slug=slug)
    context = {
        "film": film,
        "credits_by_role": film.full_credits(),
        "references": References.collect_related(film.credits.all()),
    }
    return render(request, "films/film_credits.html", context)


@cache_public_page
def person_list(request):
    roles = Person.objects.for_index().by_role()
    return render(request, "films/person_list.html", {"roles": roles})


@cache_public_page
def person_detail(request, slug):
    person, prefetched = get_then_prefetch(
        Person.objects.all(), Person.objects.for_detail, slug=slug
    )

    def details():
        detailed = prefetched()
        filmography, later_hidden = detailed.filmography(request.horizon)
        credits = [credit for _film, film_credits in filmography for credit in film_credits]
        return {
            "detailed_person": detailed,
            "filmography": filmography,
            "later_hidden": later_hidden,
            "references": References.collect(detailed, credits),
        }

    names = ("detailed_person", "filmography", "later_hidden", "references")
    context = {"person": person, **lazily(details, *names)}
    # A callable, which the template calls only when its fragment is not cached.
    context["person_data"] = lambda: structured_data.person(
        context["detailed_person"], absolute_url=request.build_absolute_uri
    )
    return render(request, "films/person_detail.html", context)


@cache_public_page
def character_list(request):
    films = Character.objects.for_index().by_first_film()
    return render(request, "films/character_list.html", {"films": films})


@cache_public_page
def character_detail(request, slug):
    character, prefetched = get_then_prefetch(
        Character.objects.all(), Character.objects.for_detail, slug=slug
    )

    def details():
        detailed = prefetched()
        film_by_film, later_hidden = detailed.film_by_film(request.horizon)
        credits = [credit for _film, film_credits, _arc in film_by_film for credit in film_credits]
        return {
            "detailed_character": detailed,
            "film_by_film": film_by_film,
            "later_hidden": later_hidden,
            "references": References.collect(detailed, credits),
        }

    names = ("detailed_character", "film_by_film", "later_hidden", "references")
    context = {"character": character, **lazily(details, *names)}
    return render(request, "films/character_detail.html", context)


@cache_public_page
def vehicle_list(request):
    vehicles = [
        (vehicle, *vehicle.film_by_film(request.horizon)) for vehicle in Vehicle.objects.for_list()
    ]
    return render(request, "films/vehicle_list.html", {"vehicles": vehicles})


@cache_public_page
def vehicle_detail(request, slug):
    vehicle, prefetched = get_then_prefetch(
        Vehicle.objects.all(), Vehicle.objects.for_detail, slug=slug
    )

    def details():
        detailed = prefetched()
        film_by_film, later_hidden = detailed.film_by_film(request.horizon)
        return {
            "detailed_vehicle": detailed,
            "film_by_film": film_by_film,
            "later_hidden": later_hidden,
            "references": References.collect(detailed),
        }

    names = ("detailed_vehicle", "film_by_film", "later_hidden", "references")
    context = {"vehicle": vehicle, **lazily(details, *names)}
    return render(request, "films/vehicle_detail.html", context)


@cache_public_page
def timeline(request):
    events = list(TimelineEvent.objects.for_timeline())
    context = {"events": events, "references": References.collect_related(events)}
    return render(request, "films/timeline.html", context)


@cache_public_page
def piece_list(request):
    pieces = EditorialPiece.objects.published().for_lists()
    return render(request, "films/editorialpiece_list.html", {"pieces": pieces})


@cache_public_page
def piece_detail(request, slug, *, pieces=None):
    pieces = EditorialPiece.objects.published() if pieces is None else pieces
    # The film its standfirst spoils, with it: the page's description depends on it.
    piece, prefetched = get_then_prefetch(
        pieces.select_related("standfirst_spoils"), pieces.for_detail, slug=slug
    )

    def details():
        detailed = prefetched()
        return {"detailed_piece": detailed, "references": References.collect(detailed)}

    context = {"piece": piece, **lazily(details, "detailed_piece", "references")}
    return render(request, "films/editorialpiece_detail.html", context)


@staff_member_required
def piece_preview(request, slug):
    return piece_detail(request, slug, pieces=EditorialPiece.objects.all())


@csrf_exempt
@require_POST
def horizon_set(request):
    """Remember how far the reader has watched (a cookie, and a member's account) and return
    them to the page they were on, now shown to that horizon."""
    if not _sent_from_this_site(request):
        return HttpResponseForbidden(_("Set how far you have watched from the site itself."))
    horizon = Horizon.parse(request.POST.get("films_seen"))
    back = safe_next(request.POST.get("next"), default=reverse("home"))
    if request.user.is_authenticated:
        SpoilerHorizon.objects.update_or_create(
            member=request.user, defaults={"films_seen": horizon.films_seen}
        )
    response = HttpResponseRedirect(back)
    response.set_cookie(
        COOKIE_NAME,
        str(horizon.films_seen),
        max_age=COOKIE_MAX_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
    return response


def _sent_from_this_site(request):
    """The header form sits on pages cached for every visitor, so it carries no CSRF token;
    browsers say where a form was sent from, and one sent from another site is refused, lest
    a link elsewhere open every spoiler to a reader."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    return origin is None or origin == f"{request.scheme}://{request.get_host()}"
