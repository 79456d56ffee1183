"""The vocabularies reviews share: kinds of review, verdicts, orders."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
            return CriticReview.objects.select_related("film", "critic", "publication", "spoils")
        return UserReview.objects.select_related("film", "author", "spoils")


class Verdict(models.TextChoices):
    """How a review comes out, or how a film's critic reviews come out together."""

    POSITIVE = "positive", _("Positive")
    MIXED = "mixed", _("Mixed")
    NEGATIVE = "negative", _("Negative")

    @property
    def rating_range(self):
        """The community ratings (1 to 10) that read as this verdict."""
        return {"positive": (7, 10), "mixed": (5, 6), "negative": (1, 4)}[self.value]

    @property
    def share_range(self):
        """The shares of positive critic reviews, in percent, that make this a film's consensus."""
        return {"positive": (60, 100), "mixed": (40, 60), "negative": (0, 40)}[self.value]

    @classmethod
    def for_share(cls, share):
        if share is None:
            return None
        return next(v for v in cls if v.share_range[0] <= share < v.share_range[1] or share == 100)


class ReviewOrder(models.TextChoices):
    """The orders a film page offers for its community reviews."""

    HELPFUL = "helpful", _("Most helpful")
    NEWEST = "newest", _("Newest")

    @property
    def order_by(self):
        if self is ReviewOrder.HELPFUL:
            return ("-helpful_count", "-created_at")
        return ("-created_at",)
