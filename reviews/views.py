from django.shortcuts import get_object_or_404, render

from reviews.models import Critic, CriticReview, Publication


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
