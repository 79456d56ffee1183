"""Critics' reviews, who signs them, and the aggregators' scores."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    F,
    Q,
)
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from films.models import Film, Publishable, PublishableQuerySet, Source, name_sort_key
from reviews.models.choices import ReviewKind, Verdict
from reviews.models.review import Review


class FilmContentQuerySet(PublishableQuerySet):
    def published(self):
        """Keep what visitors may see: published and due, about a film they may see."""
        return super().published().filter(film__in=Film.objects.published())


class BylineQuerySet(models.QuerySet):
    def for_index(self):
        """The bylines that sign a published review, each with how many, sorted by name as
        readers expect (name_sort_key)."""
        published = CriticReview.objects.published()
        bylines = self.annotate(
            review_count=models.Count("reviews", filter=Q(reviews__in=published))
        ).filter(review_count__gt=0)
        return sorted(bylines, key=lambda byline: name_sort_key(byline.name))


class Byline(models.Model):
    """Who signs a critic review: a publication, a critic. Each has a page of its reviews."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)

    objects = BylineQuerySet.as_manager()

    # What signs: the name of CriticReview's field, of the page ("reviews:critic-detail") and
    # of the share card's kind.
    kind = None

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse(f"reviews:{self.kind}-detail", kwargs={"slug": self.slug})

    def published_reviews(self):
        """The published reviews this byline signs, with what their cards show."""
        return ReviewKind.CRITIC.for_cards().published().filter(**{self.kind: self})


class Publication(Byline):
    name = models.CharField(max_length=200, help_text=_("E.g. The Hollywood Reporter."))
    website = models.URLField(blank=True)

    kind = "publication"


class Critic(Byline):
    kind = "critic"


class CriticReview(Publishable, Review):
    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="critic_reviews")
    critic = models.ForeignKey(
        Critic,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviews",
        help_text=_("Leave empty for an unsigned review."),
    )
    publication = models.ForeignKey(
        Publication,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviews",
        help_text=_(
            "Leave empty when the source does not name one: the review is then shown as by an "
            "unnamed author, in the source it comes from."
        ),
    )
    pull_quote = models.TextField(
        blank=True,
        help_text=_(
            "The critic's own words, quoted exactly, in the language they wrote in. Leave empty "
            "when the source reports the review's view but not its words, and say it in the "
            "summary."
        ),
    )
    pull_quote_translation = models.TextField(
        blank=True,
        help_text=_(
            "Our translation of the quotation into the site's other language (French for an "
            "English quote), shown under it, marked as ours, on the pages in that language."
        ),
    )
    summary = models.TextField(
        blank=True, help_text=_("What else the review says, in our words or further quotes.")
    )
    verdict = models.CharField(
        max_length=10,
        choices=Verdict,
        blank=True,
        help_text=_(
            "Leave empty when the source gives no verdict on the film (a remark on the series, "
            "or critics summed up): the review is then not counted in the critics' score."
        ),
    )
    original_score = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The score the publication gave, if any, on its own scale."),
    )
    score_scale = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("What the original score is out of, e.g. 5 or 10."),
    )
    url = models.URLField(blank=True, help_text=_("Link to the review itself."))
    reviewed_on = models.DateField(null=True, blank=True, help_text=_("Leave empty if unknown."))
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="critic_reviews",
        help_text=_("Where we found the quote, if not in the review itself."),
    )

    objects = FilmContentQuerySet.as_manager()

    kind = ReviewKind.CRITIC

    class Meta:
        ordering = ["film__series_position", "publication__name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(original_score__isnull=True, score_scale__isnull=True)
                | Q(
                    # Spelled out: a NULL scale would otherwise make the check pass.
                    original_score__isnull=False,
                    score_scale__isnull=False,
                    original_score__gte=0,
                    score_scale__gt=0,
                    original_score__lte=F("score_scale"),
                ),
                name="critic_review_score_within_scale",
            ),
            models.UniqueConstraint(
                fields=["film", "publication", "critic"],
                name="critic_review_unique_per_critic_publication",
            ),
            # Attributed: to who signs it, or else to the document that reports it.
            models.CheckConstraint(
                condition=Q(publication__isnull=False)
                | Q(critic__isnull=False)
                | Q(source__isnull=False),
                name="critic_review_attributed",
            ),
        ]

    def __str__(self):
        return f"{self.film} — {self.byline}"

    def get_absolute_url(self):
        return f"{self.film.get_absolute_url()}#critic-review-{self.pk}"

    @property
    def byline(self):
        """Who the review is by, as plain text: the critic and publication it names, or else
        the document it comes from."""
        names = [str(by) for by in (self.critic, self.publication) if by is not None]
        if names:
            return ", ".join(names)
        return gettext("author not named, in %(source)s") % {"source": self.source}

    def clean(self):
        if not (self.publication_id or self.critic_id or self.source_id):
            raise ValidationError(
                gettext("Name the critic or the publication, or the source the review comes from.")
            )
        if not (self.pull_quote or self.summary):
            raise ValidationError(gettext("Give the critic's words, a summary of them, or both."))
        if (self.original_score is None) != (self.score_scale is None):
            raise ValidationError(
                gettext("Give both the original score and its scale, or neither.")
            )
        if self.original_score is not None and self.original_score > self.score_scale:
            raise ValidationError({"original_score": gettext("The score cannot exceed its scale.")})


class AggregateScore(Publishable):
    """A figure from a review aggregator, shown attributed and dated."""

    class Aggregator(models.TextChoices):
        ROTTEN_TOMATOES = "rotten_tomatoes", "Rotten Tomatoes"
        METACRITIC = "metacritic", "Metacritic"
        IMDB = "imdb", "IMDb"
        ALLOCINE = "allocine", "AlloCiné"
        LETTERBOXD = "letterboxd", "Letterboxd"

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="aggregate_scores")
    aggregator = models.CharField(max_length=20, choices=Aggregator)
    # No default: django-modeltranslation would give the French column the English default, and
    # the French page would read "86 % approval rating".
    label = models.CharField(
        max_length=60,
        help_text=_("What the figure measures, e.g. approval rating or Metascore."),
    )
    value = models.DecimalField(max_digits=5, decimal_places=1)
    scale = models.PositiveSmallIntegerField(
        default=100, help_text=_("100 for a percentage; 10 or 5 for an average rating.")
    )
    review_count = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("How many reviews the figure is based on.")
    )
    as_of = models.DateField(
        null=True, blank=True, help_text=_("When the figure was read. Leave empty if unknown.")
    )
    url = models.URLField(blank=True)
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aggregate_scores",
        help_text=_("Where we found the figure, if not on the aggregator itself."),
    )
    note = models.TextField(
        blank=True,
        help_text=_(
            "A caution readers see beside the figure, e.g. when the figure as the source gives "
            "it cannot be right."
        ),
    )

    objects = FilmContentQuerySet.as_manager()

    class Meta:
        ordering = ["film__series_position", "aggregator"]
        constraints = [
            models.CheckConstraint(
                condition=Q(value__gte=0, value__lte=F("scale")),
                name="aggregate_score_value_within_scale",
            ),
            models.CheckConstraint(condition=Q(scale__gt=0), name="aggregate_score_scale_positive"),
        ]

    def __str__(self):
        return gettext("%(aggregator)s: %(value)s for %(film)s") % {
            "aggregator": self.get_aggregator_display(),
            "value": self.value_display,
            "film": self.film,
        }

    @property
    def value_display(self):
        value = f"{Decimal(self.value).normalize():f}"
        if self.scale == 100:
            return gettext("%(value)s%%") % {"value": value}  # "75 %" in French
        return f"{value}/{self.scale}"
