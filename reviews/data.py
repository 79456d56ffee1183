"""What a member wrote in the reviews app, in the download of their data (accounts.data): their
reviews with any edit waiting for a moderator, their ranking of the films, their reports and
their helpful votes. Of other members' reviews it gives the address, never their words."""

from django.utils.translation import gettext, ngettext


def _when(moment):
    return moment.isoformat() if moment else None


def _film(film):
    return film.title if film else None


def _review_text(review, prefix=""):
    return {
        "rating": getattr(review, f"{prefix}rating"),
        "title": getattr(review, f"{prefix}title"),
        "body": getattr(review, f"{prefix}body"),
        "contains_spoilers": getattr(review, f"{prefix}contains_spoilers"),
    }


def reviews_of(member):
    from reviews.models import UserReview

    reviews = UserReview.objects.filter(author=member).select_related("film", "spoils")
    return [
        {
            "film": review.film.title,
            "address": review.get_absolute_url(),
            **_review_text(review),
            "spoils": _film(review.spoils),
            "language": review.language,
            "status": review.status,
            "moderation_reason": review.moderation_reason,
            "created_at": _when(review.created_at),
            "updated_at": _when(review.updated_at),
            "edit_awaiting_moderation": (
                {**_review_text(review, "pending_"), "sent_at": _when(review.edit_submitted_at)}
                if review.has_pending_edit
                else None
            ),
        }
        for review in reviews.order_by("created_at", "pk")
    ]


def ranking_of(member):
    from reviews.models import TrilogyRanking

    ranking = TrilogyRanking.objects.filter(member=member).prefetch_related("places__film").first()
    if ranking is None:
        return None
    return {
        "films_best_first": [
            {"position": place.position, "film": place.film.title}
            for place in ranking.ordered_places()
        ],
        "created_at": _when(ranking.created_at),
        "updated_at": _when(ranking.updated_at),
    }


def reports_by(member):
    from reviews.models import ReviewFlag

    flags = ReviewFlag.objects.filter(flagged_by=member).select_related("review__film", "spoils")
    return [
        {
            "review": flag.review.get_absolute_url(),
            "film": flag.review.film.title,
            "reason": flag.reason,
            "note": flag.note,
            "spoils": _film(flag.spoils),
            "created_at": _when(flag.created_at),
            "outcome": flag.outcome,
        }
        for flag in flags.order_by("created_at", "pk")
    ]


def votes_by(member):
    from reviews.models import ReviewVote

    votes = ReviewVote.objects.filter(voter=member).select_related("review__film")
    return [
        {
            "review": vote.review.get_absolute_url(),
            "film": vote.review.film.title,
            "created_at": _when(vote.created_at),
        }
        for vote in votes.order_by("created_at", "pk")
    ]


def _count(sentence):
    def describe(collected):
        return sentence(len(collected)) % {"count": len(collected)} if collected else None

    return describe


def register_sections():
    from accounts import data

    data.register(
        "reviews",
        reviews_of,
        describe=_count(
            lambda n: ngettext(
                "Your review, and any edit of it awaiting moderation.",
                "Your %(count)s reviews, and any edits of them awaiting moderation.",
                n,
            )
        ),
    )
    data.register(
        "ranking",
        ranking_of,
        describe=lambda ranking: gettext("Your ranking of the films.") if ranking else None,
    )
    data.register(
        "reports",
        reports_by,
        describe=_count(
            lambda n: ngettext("Your report of a review.", "Your %(count)s reports of reviews.", n)
        ),
    )
    data.register(
        "helpful_votes",
        votes_by,
        describe=_count(
            lambda n: ngettext(
                "Your helpful vote: the review loses it.",
                "Your %(count)s helpful votes: the reviews lose them.",
                n,
            )
        ),
    )
