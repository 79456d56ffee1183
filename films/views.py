from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import get_object_or_404, render

from bulletsite.caching import cache_public_page
from films import structured_data
from films.models import Character, EditorialPiece, Film, Person
from films.references import References


def film_context(film):
    """What a film page shows of the film itself: its references, the editors' notes where
    sources disagree, articles about it and its neighbours in the series. The page itself, which
    shows reviews too, is composed in bulletsite.views."""
    return {
        "film": film,
        "prose": film.prose(),
        "references": References.collect(film, film.credits.all(), film.filming_locations.all()),
        "discrepancies": film.discrepancies.all(),
        "pieces": film.editorial_pieces.published().for_lists(),
        "previous_film": Film.objects.published()
        .filter(series_position__lt=film.series_position)
        .last(),
        "next_film": Film.objects.published()
        .filter(series_position__gt=film.series_position)
        .first(),
    }


@cache_public_page
def person_detail(request, slug):
    person = get_object_or_404(Person.objects.for_detail(), slug=slug)
    context = {
        "person": person,
        "references": References.collect(person, person.credits.all()),
        "person_data": structured_data.person(person, absolute_url=request.build_absolute_uri),
    }
    return render(request, "films/person_detail.html", context)


@cache_public_page
def character_detail(request, slug):
    character = get_object_or_404(Character.objects.for_detail(), slug=slug)
    context = {
        "character": character,
        "references": References.collect(character, character.credits.all()),
    }
    return render(request, "films/character_detail.html", context)


@cache_public_page
def piece_list(request):
    pieces = EditorialPiece.objects.published().for_lists()
    return render(request, "films/editorialpiece_list.html", {"pieces": pieces})


@cache_public_page
def piece_detail(request, slug, *, pieces=None):
    piece = get_object_or_404(
        (EditorialPiece.objects.published() if pieces is None else pieces).for_detail(),
        slug=slug,
    )
    context = {"piece": piece, "references": References.collect(piece)}
    return render(request, "films/editorialpiece_detail.html", context)


@staff_member_required
def piece_preview(request, slug):
    return piece_detail(request, slug, pieces=EditorialPiece.objects.all())
