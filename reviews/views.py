from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from reviews.filters import CommunityReviewFilter, CriticReviewFilter
from reviews.models import (
    Critic,
    CriticReview,
    Publication,
    UserReview,
    reviews_combined,
    reviews_hydrate,
)

REVIEWS_PER_PAGE = 20


def review_list(request):
    critic_filter = CriticReviewFilter(request.GET, queryset=CriticReview.objects.published())
    community_filter = CommunityReviewFilter(request.GET, queryset=UserReview.objects.approved())
    if not critic_filter.is_valid():
        context = {"filter": critic_filter, "page_obj": None, "reviews": []}
        return render(request, "reviews/review_list.html", context, status=400)
    rows = reviews_combined(critic_reviews=critic_filter.qs, user_reviews=community_filter.qs)
    page_obj = Paginator(rows, REVIEWS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "filter": critic_filter,
        "page_obj": page_obj,
        "reviews": reviews_hydrate(page_obj.object_list),
    }
    return render(request, "reviews/review_list.html", context)


def critic_detail(request, slug):
    critic = get_object_or_404(Critic, slug=slug)
    reviews = (
        CriticReview.objects.published().filter(critic=critic).select_related("film", "publication")
    )
    return render(request, "reviews/critic_detail.html", {"critic": critic, "reviews": reviews})


def publication_detail(request, slug):
    publication = get_object_or_404(Publication, slug=slug)
    reviews = (
        CriticReview.objects.published()
        .filter(publication=publication)
        .select_related("film", "critic")
    )
    return render(
        request,
        "reviews/publication_detail.html",
        {"publication": publication, "reviews": reviews},
    )
