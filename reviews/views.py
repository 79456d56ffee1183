from allauth.core.ratelimit import consume_or_429
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from films.models import Film
from pagecache import cache_public_page
from reviews.filters import CommunityReviewFilter, CriticReviewFilter
from reviews.forms import ReviewFlagForm, UserReviewForm
from reviews.models import (
    CriticReview,
    ReviewOrder,
    ReviewVote,
    TrilogyRanking,
    UserReview,
    reviews_combined,
    reviews_hydrate,
)
from reviews.moderation import review_flag
from reviews.pagination import LatestReviewsPaginator

REVIEWS_PER_PAGE = 20
USER_REVIEWS_ON_FILM_PAGE = 10
CRITIC_REVIEWS_ON_FILM_PAGE = 12


def film_reviews_context(request, film, *, order):
    """What a film page shows of reviews: critics' and aggregators' scores, the community's
    ratings and reviews in the order asked for, and the signed-in member's own review and votes.
    The film comes from ScoredFilm.objects.for_detail()."""
    my_review = my_votes = my_flags = reported = None
    if request.user.is_authenticated:
        my_review = film.user_reviews.filter(author=request.user).select_related("spoils").first()
        my_votes = set(
            request.user.review_votes.filter(review__film=film).values_list("review", flat=True)
        )
        my_flags = set(
            request.user.review_flags.filter(review__film=film).values_list("review", flat=True)
        )
        reported = request.session.pop("review_reported", None)
    # Lazy, like the film's details: the page's fragments fetch them only when they render.
    return {
        # The latest few, as a page that stays the same size however many there are; the
        # review list has them all.
        "critic_reviews": SimpleLazyObject(
            lambda: (
                film.critic_reviews.published()
                .select_related("critic", "publication", "source", "spoils")
                .order_by("-published_at", "-pk")[:CRITIC_REVIEWS_ON_FILM_PAGE]
            )
        ),
        "aggregate_scores": SimpleLazyObject(
            lambda: film.aggregate_scores.published().select_related("source")
        ),
        "audience_distribution": SimpleLazyObject(film.audience_distribution),
        "review_order": order,
        "review_orders": ReviewOrder,
        "user_reviews": SimpleLazyObject(
            lambda: (
                film.user_reviews.approved()
                .select_related("author", "spoils")
                .order_by(*order.order_by)[:USER_REVIEWS_ON_FILM_PAGE]
            )
        ),
        "my_review": my_review,
        "my_votes": my_votes,
        "my_flags": my_flags,
        "reported": reported,
    }


@cache_public_page(topics=("reviews",), params=(*CriticReviewFilter.base_filters, "page"))
def review_list(request):
    critic_filter = CriticReviewFilter(request.GET, queryset=CriticReview.objects.published())
    if not critic_filter.is_valid():
        context = {"filter": critic_filter, "page_obj": None, "reviews": []}
        return render(request, "reviews/review_list.html", context, status=400)
    # The community's twin reads the same parameters, once its rows are read (see below).
    rows = reviews_combined(
        critic_reviews=critic_filter.qs,
        user_reviews=lambda: (
            CommunityReviewFilter(request.GET, queryset=UserReview.objects.approved()).qs
        ),
    )
    data = critic_filter.form.cleaned_data
    total = critic_filter.qs.count() + CommunityReviewFilter.tallied_count(data)
    paginator = LatestReviewsPaginator(rows, REVIEWS_PER_PAGE, total=total)
    page_obj = paginator.get_page(request.GET.get("page"))
    context = {
        "filter": critic_filter,
        "page_obj": page_obj,
        # Fetched when the page's fragment is rendered, not when it is kept (pagecache).
        "reviews": SimpleLazyObject(lambda: reviews_hydrate(page_obj.object_list)),
    }
    return render(request, "reviews/review_list.html", context)


@cache_public_page
def byline_list(request, *, model):
    """The critics, or the publications, whose reviews the site quotes."""
    context = {"byline_kind": model.kind, "bylines": model.objects.for_index()}
    return render(request, "reviews/byline_list.html", context)


@cache_public_page
def byline_detail(request, slug, *, model):
    """A critic's or a publication's page: the reviews it signs."""
    byline = get_object_or_404(model, slug=slug)
    context = {"byline": byline, "reviews": byline.published_reviews()}
    return render(request, "reviews/byline_detail.html", context)


def _my_review_url(review):
    return f"{review.film.get_absolute_url()}#my-review"


@login_required
def review_create(request, slug):
    film = get_object_or_404(Film.objects.published(), slug=slug)
    existing = UserReview.objects.filter(film=film, author=request.user).first()
    if existing:
        messages.info(
            request, gettext("You have already reviewed this film: you can edit your review.")
        )
        return redirect("reviews:review-edit", pk=existing.pk)
    if request.method == "POST" and (limited := consume_or_429(request, action="review_submit")):
        return limited
    form = UserReviewForm(request.POST or None, film=film, user=request.user)
    if form.is_valid():
        try:
            with transaction.atomic():
                review = form.save()
        except IntegrityError:
            # The same member submitted twice at once: the first one counts.
            review = UserReview.objects.get(film=film, author=request.user)
            messages.info(request, gettext("Your review was already saved."))
            return redirect("reviews:review-edit", pk=review.pk)
        messages.success(
            request,
            gettext("Thank you: your review will appear once a moderator approves it.")
            + " "
            + _spoiler_choice(review),
        )
        return redirect(_my_review_url(review))
    return render(request, "reviews/userreview_form.html", {"form": form, "film": film})


def _spoiler_choice(review):
    """The spoiler choice a review was saved with, said back to its author: what readers who
    have not seen the film will find folded."""
    if review.has_pending_edit:
        spoils = review.pending_contains_spoilers and review.spoils
    else:
        spoils = review.contains_spoilers and review.spoils
    if spoils:
        return gettext("It is marked as revealing the plot of %(title)s.") % {"title": spoils.title}
    return gettext("It is marked as spoiler-free.")


def _own_review(request, pk):
    """The signed-in member's own review; anyone else's is a 404, as if it did not exist."""
    return get_object_or_404(UserReview.objects.select_related("film"), pk=pk, author=request.user)


@login_required
def review_edit(request, pk):
    review = _own_review(request, pk)
    if request.method == "POST" and (limited := consume_or_429(request, action="review_submit")):
        return limited
    form = UserReviewForm(
        request.POST or None, film=review.film, user=request.user, instance=review
    )
    if form.is_valid():
        review = form.save()
        if review.has_pending_edit:
            message = gettext(
                "Your edit will replace the review on the site once a moderator approves it."
            )
        else:
            message = gettext("Your review is saved and awaits moderation.")
        messages.success(request, f"{message} {_spoiler_choice(review)}")
        return redirect(_my_review_url(review))
    context = {"form": form, "film": review.film, "review": review}
    return render(request, "reviews/userreview_form.html", context)


@login_required
def review_delete(request, pk):
    review = _own_review(request, pk)
    if request.method == "POST":
        film = review.film
        review.delete()
        messages.success(
            request, gettext("Your review of %(title)s is deleted.") % {"title": film.title}
        )
        return redirect(film.get_absolute_url())
    return render(request, "reviews/userreview_confirm_delete.html", {"review": review})


def _on_anothers_review(request, pk, *, rate_limit, own_review_refusal, act):
    """Run act(review) on another member's public review, within a rate limit, and return to
    the review."""
    review = get_object_or_404(UserReview.objects.approved().select_related("film"), pk=pk)
    if review.author_id == request.user.pk:
        messages.error(request, own_review_refusal)
    elif limited := consume_or_429(request, action=rate_limit):
        return limited
    else:
        act(review)
    return redirect(review.get_absolute_url())


@login_required
def review_flag_create(request, pk):
    """Report a review, on a page of its own so that it is a deliberate step; back on the film
    page, the thanks show beside the review reported."""
    review = get_object_or_404(
        UserReview.objects.approved().select_related("film", "author"), pk=pk
    )
    if review.author_id == request.user.pk:
        messages.error(request, gettext("You cannot report your own review."))
        return redirect(review.get_absolute_url())
    form = ReviewFlagForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if limited := consume_or_429(request, action="review_flag"):
            return limited
        _, created = review_flag(review=review, by=request.user, **form.cleaned_data)
        request.session["review_reported"] = {"pk": review.pk, "again": not created}
        return redirect(review.get_absolute_url())
    return render(request, "reviews/reviewflag_form.html", {"form": form, "review": review})


@login_required
@require_POST
def review_vote_create(request, pk):
    """Mark a review helpful, or take the mark back: the button says which ("helpful" is "yes"
    or "no"), so a double click or a resent form does what the member saw, not its opposite."""
    helpful = request.POST.get("helpful", "yes") != "no"

    def vote(review):
        if helpful:
            ReviewVote.objects.get_or_create(review=review, voter=request.user)
        elif ReviewVote.objects.filter(review=review, voter=request.user).delete()[0]:
            messages.info(request, gettext("You no longer mark this review as helpful."))

    return _on_anothers_review(
        request,
        pk,
        rate_limit="review_vote",
        own_review_refusal=gettext("You cannot mark your own review as helpful."),
        act=vote,
    )


@cache_public_page(topics=("member:{username}",))
def member_detail(request, username):
    member = get_object_or_404(get_user_model(), username=username, is_active=True)
    reviews = UserReview.objects.filter(author=member).select_related("film", "spoils")
    is_self = request.user == member
    if not is_self:
        reviews = reviews.approved()
    context = {
        "member": member,
        "reviews": reviews.order_by("-created_at"),
        "is_self": is_self,
        # An order of titles reveals nothing of their plots: shown whatever the horizon.
        "ranking": TrilogyRanking.objects.places_of(member),
    }
    return render(request, "reviews/member_detail.html", context)
