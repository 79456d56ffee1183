from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import get_object_or_404, render

from bulletsite.caching import cache_public_page
from films import structured_data
from films.filters import FilmFilter
from films.models import Character, EditorialPiece, Film, Person
from films.references import References

USER_REVIEWS_ON_FILM_PAGE = 10
REVIEW_ORDERS = {
    "helpful": {"label": "Most helpful", "order_by": ("-helpful_count", "-created_at")},
    "newest": {"label": "Newest", "order_by": ("-created_at",)},
}


@cache_public_page
def film_list(request):
    film_filter = FilmFilter(
        request.GET,
        queryset=Film.objects.published().with_scores().select_related("distributor"),
    )
    if not film_filter.is_valid():
        context = {"filter": film_filter, "films": []}
        return render(request, "films/film_list.html", context, status=400)
    return render(request, "films/film_list.html", {"filter": film_filter, "films": film_filter.qs})


@cache_public_page
def film_detail(request, slug, *, films=None):
    films = Film.objects.published() if films is None else films
    film = get_object_or_404(films.for_detail(), slug=slug)
    review_order = request.GET.get("order", "helpful")
    my_review = my_votes = None
    if request.user.is_authenticated:
        my_review = film.user_reviews.filter(author=request.user).first()
        my_votes = set(
            request.user.review_votes.filter(review__film=film).values_list("review", flat=True)
        )
    context = {
        "film": film,
        "references": References.collect(film, film.credits.all(), film.filming_locations.all()),
        "movie_data": structured_data.movie(film, absolute_url=request.build_absolute_uri),
        "audience_distribution": film.audience_distribution(),
        "review_order": review_order,
        "review_orders": REVIEW_ORDERS,
        "user_reviews": film.user_reviews.approved()
        .with_helpful_count()
        .select_related("author")
        .order_by(*REVIEW_ORDERS.get(review_order, REVIEW_ORDERS["helpful"])["order_by"])[
            :USER_REVIEWS_ON_FILM_PAGE
        ],
        "my_review": my_review,
        "my_votes": my_votes,
        "critic_reviews": film.critic_reviews.published().select_related("critic", "publication"),
        "aggregate_scores": film.aggregate_scores.published().select_related("source"),
        "discrepancies": film.discrepancies.all(),
        "pieces": film.editorial_pieces.published().with_public_films(),
        "previous_film": Film.objects.published()
        .filter(series_position__lt=film.series_position)
        .last(),
        "next_film": Film.objects.published()
        .filter(series_position__gt=film.series_position)
        .first(),
    }
    status = 200 if review_order in REVIEW_ORDERS else 400
    return render(request, "films/film_detail.html", context, status=status)


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
    pieces = EditorialPiece.objects.published().with_public_films()
    return render(request, "films/editorialpiece_list.html", {"pieces": pieces})


@cache_public_page
def piece_detail(request, slug, *, pieces=None):
    piece = get_object_or_404(
        (EditorialPiece.objects.published() if pieces is None else pieces)
        .select_related("source")
        .with_public_films(),
        slug=slug,
    )
    return render(request, "films/editorialpiece_detail.html", {"piece": piece})


@staff_member_required
def film_preview(request, slug):
    """Show any film, draft or not, in the public design: for editors, from the admin."""
    return film_detail(request, slug, films=Film.objects.all())


@staff_member_required
def piece_preview(request, slug):
    return piece_detail(request, slug, pieces=EditorialPiece.objects.all())
