"""The vocabularies reviews share: kinds of review, verdicts, orders."""

from django.db import models
from django.db.models import Case, Value, When
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext


class ReviewKind(models.TextChoices):
    """The two kinds of review the site lists side by side, and how each is shown."""

    CRITIC = "critic", _("Critics")
    COMMUNITY = "community", _("Community")

    @property
    def date_field(self):
        """The date a review of this kind is listed under: a member's is when it was written."""
        return "published_at" if self is ReviewKind.CRITIC else "created_at"

    @property
    def card_template(self):
        return f"reviews/includes/{'critic' if self is ReviewKind.CRITIC else 'user'}_review.html"

    def for_cards(self):
        """Reviews of this kind, with what their cards show selected."""
        from reviews.models import CriticReview, UserReview  # both build on these choices

        if self is ReviewKind.CRITIC:
            return CriticReview.objects.select_related(
                "film", "critic", "publication", "source", "spoils"
            )
        return UserReview.objects.select_related("film", "author", "spoils")


class Verdict(models.TextChoices):
    """How a review comes out, or how a film's critic reviews come out together."""

    POSITIVE = "positive", _("Positive")
    MIXED = "mixed", _("Mixed")
    NEGATIVE = "negative", _("Negative")

    @property
    def as_consensus(self):
        """The verdict as a film's critics' consensus: French agrees it with « consensus »,
        a masculine noun (« consensus : positif »), where a review is « positive »."""
        return {
            "positive": pgettext("critics' consensus", "positive"),
            "mixed": pgettext("critics' consensus", "mixed"),
            "negative": pgettext("critics' consensus", "negative"),
        }[self.value]

    @property
    def rating_range(self):
        """The community ratings (1 to 10) that read as this verdict."""
        return {"positive": (7, 10), "mixed": (5, 6), "negative": (1, 4)}[self.value]

    @property
    def lowest_share(self):
        """The lowest share of positive critic reviews, in percent, that makes this verdict a
        film's consensus: its band runs up to the next verdict's lowest share."""
        return {"positive": 60, "mixed": 40, "negative": 0}[self.value]

    @classmethod
    def consensus(cls, share):
        """The consensus that a share of positive critic reviews (the field or annotation named
        `share`, in percent) makes, as a database expression; null where the share is null.
        The bands are judged here only, for filters and pages alike."""
        highest_first = sorted(cls, key=lambda verdict: verdict.lowest_share, reverse=True)
        return Case(
            *(
                When(**{f"{share}__gte": verdict.lowest_share}, then=Value(verdict.value))
                for verdict in highest_first
            ),
            output_field=models.CharField(max_length=10, choices=cls.choices),
        )


class ReviewOrder(models.TextChoices):
    """The orders a film page offers for its community reviews."""

    HELPFUL = "helpful", _("Most helpful")
    NEWEST = "newest", _("Newest")

    @property
    def order_by(self):
        if self is ReviewOrder.HELPFUL:
            return ("-helpful_count", "-created_at")
        return ("-created_at",)
