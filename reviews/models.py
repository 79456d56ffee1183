from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    Avg,
    Case,
    Count,
    Exists,
    F,
    FloatField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from films.horizon import TRILOGY_LENGTH
from films.models import Film, FilmQuerySet, Publishable, PublishableQuerySet, Source

AUDIENCE_RATINGS_FOR_MARKUP = 5
# A figure drawn from fewer reviews or ratings than this is marked as resting on few: one more
# could move it a long way.
FEW_REVIEWS = 5


class FilmContentQuerySet(PublishableQuerySet):
    def published(self):
        """Keep what visitors may see: published and due, about a film they may see."""
        return super().published().filter(film__in=Film.objects.published())


class Byline(models.Model):
    """Who signs a critic review: a publication, a critic. Each has a page of its reviews."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)

    detail_url_name = None

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse(self.detail_url_name, kwargs={"slug": self.slug})


class Publication(Byline):
    name = models.CharField(max_length=200, help_text=_("E.g. The Hollywood Reporter."))
    website = models.URLField(blank=True)

    detail_url_name = "reviews:publication-detail"


class Critic(Byline):
    detail_url_name = "reviews:critic-detail"


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


class CriticReview(Publishable):
    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="critic_reviews")
    critic = models.ForeignKey(
        Critic,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviews",
        help_text=_("Leave empty for an unsigned review."),
    )
    publication = models.ForeignKey(Publication, on_delete=models.PROTECT, related_name="reviews")
    pull_quote = models.TextField(help_text=_("The critic's own words, quoted exactly."))
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text="The language the critic wrote in: the quotation is shown in it on every "
        "edition of the site.",
    )
    spoils = models.ForeignKey(
        Film,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The latest film whose plot the quote or summary reveals; empty if none."),
    )
    summary = models.TextField(
        blank=True, help_text=_("What else the review says, in our words or further quotes.")
    )
    verdict = models.CharField(max_length=10, choices=Verdict)
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
        ]

    def __str__(self):
        by = f"{self.critic}, {self.publication}" if self.critic_id else str(self.publication)
        return f"{self.film} — {by}"

    def get_absolute_url(self):
        return f"{self.film.get_absolute_url()}#critic-review-{self.pk}"

    def clean(self):
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
    label = models.CharField(
        max_length=60,
        default="approval rating",
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


class UserReviewQuerySet(models.QuerySet):
    def approved(self):
        """Keep what visitors may see: approved by a moderator, about a film they may see."""
        return self.filter(status=UserReview.Status.APPROVED, film__in=Film.objects.published())

    def awaiting_moderation(self):
        """The moderation queue: new or edited reviews, and reviews with unresolved flags."""
        return self.filter(
            Q(status=UserReview.Status.PENDING)
            | Q(edit_submitted_at__isnull=False)
            | Q(_open_flags())
        )

    def with_helpful_count(self):
        # A subquery per review, not a join grouped on every column: a film's thousands of
        # reviews are counted from the votes' index, without sorting wide rows.
        votes = (
            ReviewVote.objects.filter(review=OuterRef("pk"))
            .order_by()
            .values("review")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(helpful_count=Coalesce(Subquery(votes), 0))

    def flagged(self):
        return self.filter(_open_flags())

    def with_open_flag_count(self):
        """Annotate open_flag_count, and open_flags_<reason> for each reason."""
        is_open = Q(flags__resolved_at__isnull=True)
        return self.annotate(
            open_flag_count=Count("flags", filter=is_open),
            **{
                f"open_flags_{reason}": Count("flags", filter=is_open & Q(flags__reason=reason))
                for reason in ReviewFlag.Reason.values
            },
        )

    def with_verdict(self, verdict):
        """Keep reviews whose rating reads as the given verdict (see Verdict.rating_range)."""
        low, high = Verdict(verdict).rating_range
        return self.filter(rating__gte=low, rating__lte=high)


class ReviewOrder(models.TextChoices):
    """The orders a film page offers for its community reviews."""

    HELPFUL = "helpful", _("Most helpful")
    NEWEST = "newest", _("Newest")

    @property
    def order_by(self):
        if self is ReviewOrder.HELPFUL:
            return ("-helpful_count", "-created_at")
        return ("-created_at",)


class UserReview(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        HIDDEN = "hidden", _("Hidden by a moderator")

    MIN_RATING = 1
    MAX_RATING = 10

    # PROTECT: deleting a film must never take members' reviews with it.
    film = models.ForeignKey(Film, on_delete=models.PROTECT, related_name="user_reviews")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="film_reviews"
    )
    rating = models.PositiveSmallIntegerField(
        help_text=format_lazy(
            _("From {min} to {max}: shown as five stars with halves."),
            min=MIN_RATING,
            max=MAX_RATING,
        )
    )
    title = models.CharField(max_length=150)
    body = models.TextField(help_text=_("Plain text; paragraphs are kept, HTML is never rendered."))
    contains_spoilers = models.BooleanField(default=False)
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text="The language the member wrote in; the review shows on both editions, "
        "marked with it.",
    )
    spoils = models.ForeignKey(
        Film,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "The latest film whose plot the review reveals. Setting it marks the review as "
            "containing spoilers, whatever the author said, and tells the author so."
        ),
    )
    spoilers_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        help_text=_("The moderator who marked the review as containing spoilers."),
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    moderation_reason = models.TextField(
        blank=True, help_text=_("Shown to the author when a review is rejected or hidden.")
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    moderated_at = models.DateTimeField(null=True, blank=True, editable=False)
    # An edit of an approved review waits here, while the approved text stays on the site.
    pending_rating = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    pending_title = models.CharField(max_length=150, blank=True, editable=False)
    pending_body = models.TextField(blank=True, editable=False)
    pending_contains_spoilers = models.BooleanField(null=True, blank=True, editable=False)
    edit_submitted_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text=_("When the waiting edit was sent.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = UserReviewQuerySet.as_manager()

    kind = ReviewKind.COMMUNITY

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["film", "status"]),
            # The latest reviews (home page, feed, review list), read newest first.
            models.Index(fields=["status", "-created_at"], name="user_review_latest"),
            # A film's audience figures (count, average, distribution) from the index alone.
            models.Index(fields=["film", "status", "rating"], name="user_review_ratings"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["film", "author"], name="user_review_one_per_film"),
            models.CheckConstraint(
                condition=Q(rating__gte=1, rating__lte=10), name="user_review_rating_in_range"
            ),
        ]

    def __str__(self):
        return gettext("%(title)s (%(author)s on %(film)s)") % {
            "title": self.title,
            "author": self.author,
            "film": self.film,
        }

    def save(self, **kwargs):
        # A review marked as spoiling stays marked whatever its author ticks, and the film it
        # spoils defaults to the film reviewed.
        if self.spoilers_marked_by_id:
            self.contains_spoilers = True
        if self.contains_spoilers and self.spoils_id is None:
            self.spoils_id = self.film_id
        if not self.contains_spoilers:
            self.spoils = None
        super().save(**kwargs)

    def get_absolute_url(self):
        return f"{self.film.get_absolute_url()}#review-{self.pk}"

    EDITABLE_FIELDS = ("rating", "title", "body", "contains_spoilers")

    @property
    def text_to_publish(self):
        """What approving the review puts on the site: the waiting edit, if there is one."""
        prefix = "pending_" if self.has_pending_edit else ""
        text = {field: getattr(self, f"{prefix}{field}") for field in self.EDITABLE_FIELDS}
        return text | {"stars": rating_out_of_five(text["rating"])}

    @property
    def open_flag_reasons(self):
        """(reason, count) of the unresolved reports, by reason; from with_open_flag_count()."""
        return [
            (label, count)
            for value, label in ReviewFlag.Reason.choices
            if (count := getattr(self, f"open_flags_{value}", 0))
        ]

    def mark_spoilers(self, *, film, by):
        """A moderator's mark: the review reveals the plot of `film`, and always will."""
        self.contains_spoilers = True
        self.spoils = film
        self.spoilers_marked_by = by
        if self.has_pending_edit:
            self.pending_contains_spoilers = True
        self.save()

    @property
    def has_pending_edit(self):
        return self.edit_submitted_at is not None

    # What an edit of an approved review writes while it waits: nothing that visitors see.
    PENDING_EDIT_FIELDS = frozenset(
        [*(f"pending_{field}" for field in EDITABLE_FIELDS), "edit_submitted_at"]
    )

    def revise(self, **changes):
        """Take the author's edit: an approved review keeps its text until a moderator approves
        the new one; any other goes back to the queue as it now reads."""
        if self.status == self.Status.APPROVED:
            for field in self.EDITABLE_FIELDS:
                setattr(self, f"pending_{field}", changes[field])
            self.edit_submitted_at = timezone.now()
            # Only what waits is written, so the page cache knows nothing public changed; a
            # fold the author asked for (see UserReviewForm.save), or the language they say
            # they wrote in, shows at once.
            stored = type(self).objects.values("spoils", "language").get(pk=self.pk)
            shown = []
            if self.spoils_id != stored["spoils"]:
                shown += ["spoils", "contains_spoilers"]
            if self.language != stored["language"]:
                shown.append("language")
            self.save(update_fields=[*self.PENDING_EDIT_FIELDS, *shown])
        else:
            for field in self.EDITABLE_FIELDS:
                setattr(self, field, changes[field])
            self.status = self.Status.PENDING
            self.moderation_reason = ""
            self.save()

    def apply_pending_edit(self):
        for field in self.EDITABLE_FIELDS:
            setattr(self, field, getattr(self, f"pending_{field}"))
        self.discard_pending_edit()

    def discard_pending_edit(self):
        self.pending_rating = None
        self.pending_title = ""
        self.pending_body = ""
        self.pending_contains_spoilers = None
        self.edit_submitted_at = None


def rating_out_of_five(rating):
    """A rating from 1 to 10 as readers see it: 7 is "3.5 out of 5"."""
    stars = formats.number_format(rating / 2, decimal_pos=rating % 2)
    return gettext("%(stars)s out of 5") % {"stars": stars}


def _open_flags():
    return Exists(ReviewFlag.objects.filter(review=OuterRef("pk"), resolved_at__isnull=True))


class ReviewFlag(models.Model):
    """A signed-in user's report of a community review, with a reason; once per user."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Abusive or hateful")
        SPOILER = "spoiler", _("Unmarked spoiler")
        OFF_TOPIC = "off_topic", _("Not about the film")
        OTHER = "other", _("Something else")

    review = models.ForeignKey(UserReview, on_delete=models.CASCADE, related_name="flags")
    flagged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_flags"
    )
    reason = models.CharField(max_length=10, choices=Reason)
    note = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("The reporter's own words; needed for 'Something else'."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(
        null=True, blank=True, help_text=_("Set when a moderator decides on the review.")
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "flagged_by"], name="review_flag_once_per_user"
            ),
            models.CheckConstraint(
                condition=~Q(reason="other") | ~Q(note=""), name="review_flag_other_has_a_note"
            ),
        ]

    def __str__(self):
        return gettext("%(reason)s: %(review)s (reported by %(member)s)") % {
            "reason": self.get_reason_display(),
            "review": self.review,
            "member": self.flagged_by,
        }


class ReviewVote(models.Model):
    """A signed-in user found a community review helpful; once per user."""

    review = models.ForeignKey(UserReview, on_delete=models.CASCADE, related_name="votes")
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_votes"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["review", "voter"], name="review_vote_once_per_user")
        ]

    def __str__(self):
        return gettext("%(member)s found %(review)s helpful") % {
            "member": self.voter,
            "review": self.review,
        }


def reviews_combined(*, critic_reviews, user_reviews):
    """Merge critic and community reviews, newest first, as rows of kind, pk and date.

    The result is one queryset (a UNION), so a Paginator counts and slices it in the database;
    reviews_hydrate() turns a page of rows into review objects.
    """
    critic_rows, user_rows = (
        _untranslated(reviews)
        .order_by()
        .annotate(kind=Value(kind.value), date=F(kind.date_field))
        .values_list("kind", "pk", "date")
        for kind, reviews in (
            (ReviewKind.CRITIC, critic_reviews),
            (ReviewKind.COMMUNITY, user_reviews),
        )
    )
    return critic_rows.union(user_rows, all=True).order_by("-date", "-pk")


def _untranslated(queryset):
    """The queryset without modeltranslation's rewriting, which puts the columns of a
    values_list() with annotations out of the order asked for: a UNION needs that order."""
    return queryset.rewrite(False) if hasattr(queryset, "rewrite") else queryset


def reviews_hydrate(rows):
    """Fetch the reviews named by reviews_combined() rows, in the rows' order."""
    rows = [(ReviewKind(kind), pk) for kind, pk, _date in rows]
    found = {
        kind: kind.for_cards().in_bulk([pk for row_kind, pk in rows if row_kind == kind])
        for kind in ReviewKind
    }
    return [found[kind][pk] for kind, pk in rows if pk in found[kind]]


def _subquery_count(queryset):
    counted = queryset.order_by().values("film").annotate(count=Count("pk")).values("count")
    return Coalesce(Subquery(counted), 0)


class ScoredFilmQuerySet(FilmQuerySet):
    def with_scores(self):
        """Annotate critics' and audience figures, counting only what visitors may see."""
        published_critics = CriticReview.objects.published().filter(film=OuterRef("pk"))
        approved_users = UserReview.objects.approved().filter(film=OuterRef("pk"))
        return self.annotate(
            critic_count=_subquery_count(published_critics),
            critic_positive_count=_subquery_count(
                published_critics.filter(verdict=Verdict.POSITIVE)
            ),
            audience_count=_subquery_count(approved_users),
            audience_average=Subquery(
                approved_users.order_by()
                .values("film")
                .annotate(average=Avg("rating"))
                .values("average")
            ),
        ).annotate(
            critic_share=Case(
                When(
                    critic_count__gt=0,
                    then=Cast(F("critic_positive_count"), FloatField()) * 100 / F("critic_count"),
                ),
                output_field=FloatField(),
            )
        )

    def with_consensus(self, consensus):
        """Keep films whose critics' consensus is the one given (scores must be annotated)."""
        low, high = Verdict(consensus).share_range
        condition = Q(critic_share__gte=low) & (
            Q(critic_share__lt=high) if high < 100 else Q(critic_share__lte=high)
        )
        return self.filter(condition)

    def for_detail(self):
        return super().for_detail().with_scores()

    def trilogy(self):
        """Keep the films of the trilogy that visitors may see, in series order."""
        return (
            self.published().filter(series_position__lte=TRILOGY_LENGTH).order_by("series_position")
        )


class ScoredFilm(Film):
    """A film with what its reviews add up to: the critics' share and consensus, the audience's
    average and distribution. Reviews build on films, so the scores live here, not on Film."""

    objects = ScoredFilmQuerySet.as_manager()

    class Meta:
        proxy = True

    @property
    def critics_consensus(self):
        """The consensus from annotated scores (see ScoredFilmQuerySet.with_scores)."""
        return Verdict.for_share(getattr(self, "critic_share", None))

    def audience_distribution(self):
        """Count approved ratings per value, from 10 down to 1, with each one's share."""
        counts = dict(
            self.user_reviews.approved()
            .order_by()
            .values_list("rating")
            .annotate(count=Count("pk"))
        )
        return _distribution(counts)

    def audience_rating_data(self):
        """The audience's figures as a schema.org AggregateRating, once there are enough."""
        if self.audience_count < AUDIENCE_RATINGS_FOR_MARKUP:
            return None
        return {
            "@type": "AggregateRating",
            "ratingValue": round(self.audience_average, 1),
            "bestRating": UserReview.MAX_RATING,
            "worstRating": UserReview.MIN_RATING,
            "ratingCount": self.audience_count,
        }


def _distribution(counts):
    """Rows of ratings from 10 down to 1 from {rating: count}, with each one's share."""
    total = sum(counts.values())
    return [
        {
            "rating": rating,
            "count": counts.get(rating, 0),
            "percent": round(100 * counts.get(rating, 0) / total) if total else 0,
        }
        for rating in range(UserReview.MAX_RATING, UserReview.MIN_RATING - 1, -1)
    ]


def audience_distributions(films):
    """Each film's audience_distribution(), by film id, in one query."""
    counts = {film.pk: {} for film in films}
    rows = (
        UserReview.objects.approved()
        .filter(film__in=list(counts))
        .order_by()
        .values_list("film", "rating")
        .annotate(count=Count("pk"))
    )
    for film_id, rating, count in rows:
        counts[film_id][rating] = count
    return {film_id: _distribution(film_counts) for film_id, film_counts in counts.items()}


# A ranking's fields, by the position each gives its film.
RANKING_PLACES = {1: "first", 2: "second", 3: "third"}


class TrilogyRankingQuerySet(models.QuerySet):
    def counted(self):
        """Keep the rankings the standings count: those of members whose accounts are active."""
        return self.filter(member__is_active=True)

    def standings(self, films):
        """Rank `films` by their average position over the counted rankings, in one query."""
        totals = {}
        for film in films:
            totals[f"points_{film.pk}"] = Sum(
                Case(
                    *(When(**{field: film.pk}, then=n) for n, field in RANKING_PLACES.items()),
                    default=0,
                )
            )
            totals[f"firsts_{film.pk}"] = Count("pk", filter=Q(first=film.pk))
        return TrilogyStandings.from_totals(
            films, self.counted().aggregate(count=Count("pk"), **totals)
        )


@dataclass(frozen=True)
class Standing:
    """One film's place in the members' ranking: 1 is best; films that tie share a place."""

    film: Film
    place: int
    shared: bool
    points: int  # the sum of its positions: 1 for each ranking that puts it first, 2 for second…
    firsts: int  # how many members put it first
    count: int  # how many rankings were counted

    @property
    def average_position(self):
        return self.points / self.count


@dataclass(frozen=True)
class TrilogyStandings:
    """The members' ranking of the trilogy: how many members ranked it, and the films, best
    (lowest average position) first; tied films share a place and follow series order."""

    count: int
    standings: list

    few_reviews = FEW_REVIEWS

    @property
    def is_few(self):
        """Whether so few members ranked the films that one more could change the order."""
        return self.count < FEW_REVIEWS

    def for_film(self, film):
        return next((s for s in self.standings if s.film.pk == film.pk), None)

    @classmethod
    def from_totals(cls, films, totals):
        count = totals["count"]
        if not count:
            return cls(count=0, standings=[])
        points = {film.pk: totals[f"points_{film.pk}"] or 0 for film in films}
        ordered = sorted(films, key=lambda film: (points[film.pk], film.series_position))
        return cls(
            count=count,
            standings=[
                Standing(
                    film=film,
                    place=1 + sum(points[other.pk] < points[film.pk] for other in films),
                    shared=sum(points[other.pk] == points[film.pk] for other in films) > 1,
                    points=points[film.pk],
                    firsts=totals[f"firsts_{film.pk}"],
                    count=count,
                )
                for film in ordered
            ],
        )


class TrilogyRanking(models.Model):
    """A member's order of the three films, best first: one per member, changed at will."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="trilogy_ranking"
    )
    # PROTECT: deleting a film must not quietly change what members said of the trilogy.
    first = models.ForeignKey(
        Film, on_delete=models.PROTECT, related_name="+", help_text=_("The member's favourite.")
    )
    second = models.ForeignKey(Film, on_delete=models.PROTECT, related_name="+")
    third = models.ForeignKey(
        Film, on_delete=models.PROTECT, related_name="+", help_text=_("The one they like least.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TrilogyRankingQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(first=F("second")) & ~Q(first=F("third")) & ~Q(second=F("third")),
                name="trilogy_ranking_three_different_films",
                violation_error_message=_("Choose each film once."),
            )
        ]

    def __str__(self):
        return f"{self.member}: 1. {self.first}, 2. {self.second}, 3. {self.third}"

    def clean(self):
        """Refuse a film chosen twice, under the later of the two places."""
        placed = {}
        errors = {}
        already = {
            1: gettext("You put %(film)s first already: choose each film once."),
            2: gettext("You put %(film)s second already: choose each film once."),
        }
        for n, field in RANKING_PLACES.items():
            film_id = getattr(self, f"{field}_id")
            if film_id is None:
                continue
            if film_id in placed:
                errors[field] = already[placed[film_id]] % {"film": getattr(self, field)}
            else:
                placed[film_id] = n
        if errors:
            raise ValidationError(errors)
