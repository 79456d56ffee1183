"""Members' reviews, with their moderation, reports and helpful votes."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from films.models import Film
from reviews.models.choices import ReviewKind, Verdict
from reviews.models.ratings import MAX_RATING, MIN_RATING, rating_display, rating_out_of_five
from reviews.models.review import Review
from reviews.models.tallies import RatingTally, rating_changes


class UserReviewQuerySet(models.QuerySet):
    def counted(self):
        """Keep what the audience's figures count (see reviews.models.tallies): reviews approved
        by a moderator, by a member whose account is active (a deactivated member's words leave
        with them, from every list, page, feed and figure at once)."""
        # Exists rather than a join: a list ordered by an index of reviews is read in that
        # order, each author checked by primary key, instead of every account being scanned.
        active = get_user_model().objects.filter(pk=OuterRef("author_id"), is_active=True)
        return self.filter(Exists(active), status=UserReview.Status.APPROVED)

    def approved(self):
        """Keep what visitors may see: the counted reviews of the films they may see."""
        published = Film.objects.published().filter(pk=OuterRef("film_id"))
        return self.counted().filter(Exists(published))

    def awaiting_moderation(self):
        """The moderation queue: new or edited reviews, and reviews with unresolved flags."""
        return self.filter(
            Q(status=UserReview.Status.PENDING)
            | Q(edit_submitted_at__isnull=False)
            | Q(_open_flags())
        )

    def flagged(self):
        return self.filter(_open_flags())

    def with_open_flag_count(self):
        """Annotate open_flag_count, and open_flags_<reason> for each reason: a count of the
        review's own reports for each row shown, never a grouping of every review."""

        def open_reports(**reason):
            reports = ReviewFlag.objects.filter(
                review=OuterRef("pk"), outcome=ReviewFlag.Outcome.OPEN, **reason
            )
            counted = reports.order_by().values("review").annotate(count=Count("pk"))
            return Coalesce(Subquery(counted.values("count")), 0)

        return self.annotate(
            open_flag_count=open_reports(),
            **{
                f"open_flags_{reason}": open_reports(reason=reason)
                for reason in ReviewFlag.Reason.values
            },
        )

    def with_verdict(self, verdict):
        """Keep reviews whose rating reads as the given verdict (see Verdict.rating_range)."""
        low, high = Verdict(verdict).rating_range
        return self.filter(rating__gte=low, rating__lte=high)


class UserReview(Review):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        HIDDEN = "hidden", _("Hidden by a moderator")

    MIN_RATING = MIN_RATING
    MAX_RATING = MAX_RATING

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
    # Kept by ReviewVote's save and deletion, so the film page orders by it from an index.
    helpful_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = UserReviewQuerySet.as_manager()

    kind = ReviewKind.COMMUNITY

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # A film's reviews, newest first (its review list, filtered by verdict or not).
            models.Index(fields=["film", "status", "-created_at"], name="user_review_film_latest"),
            # Every review, newest first: the moderators' list in the admin.
            models.Index(fields=["-created_at"], name="user_review_newest"),
            # The latest reviews (home page, feed, review list), read newest first.
            models.Index(fields=["status", "-created_at"], name="user_review_latest"),
            # A film's audience figures (count, average, distribution) from the index alone.
            models.Index(fields=["film", "status", "rating"], name="user_review_ratings"),
            # A film's most helpful reviews, read in order.
            models.Index(
                fields=["film", "status", "-helpful_count", "-created_at"],
                name="user_review_most_helpful",
            ),
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
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and not self.COUNTED_FIELDS & set(update_fields):
            super().save(**kwargs)
        else:
            with transaction.atomic():
                before = self.counted_as_stored()
                super().save(**kwargs)
                after = self.counted_as()
                RatingTally.objects.add(rating_changes(before, after))
        self._remember_stored(update_fields)

    # What decides whether and how the audience's figures count a review.
    COUNTED_FIELDS = frozenset(["status", "rating", "film"])

    def counted_as_stored(self):
        """(film id, rating) as the audience's figures count the stored review, None if they
        do not; its row locked until the transaction ends, so two saves count once."""
        if self.pk is None:
            return None
        stored = UserReview.objects.filter(pk=self.pk).counted().select_for_update(of=("self",))
        return stored.values_list("film", "rating").first()

    def counted_as(self):
        """(film id, rating) as the audience's figures count the review as it is here."""
        if self.status != self.Status.APPROVED or not self.author.is_active:
            return None
        return (self.film_id, self.rating)

    def get_absolute_url(self):
        return f"{self.film.get_absolute_url()}#review-{self.pk}"

    EDITABLE_FIELDS = ("rating", "title", "body", "contains_spoilers")

    @property
    def text_to_publish(self):
        """What approving the review puts on the site: the waiting edit, if there is one."""
        prefix = "pending_" if self.has_pending_edit else ""
        text = {field: getattr(self, f"{prefix}{field}") for field in self.EDITABLE_FIELDS}
        return text | {"stars": rating_display(text["rating"])}

    @property
    def rating_display(self):
        """The rating as every page, the admin and the feed show it: stars out of five."""
        return rating_display(self.rating)

    @property
    def rating_out_of_five(self):
        """The rating in words, for plain text: "3.5 out of 5"."""
        return rating_out_of_five(self.rating)

    @property
    def open_flag_reasons(self):
        """(reason, count) of the unresolved reports, by reason; from with_open_flag_count()."""
        return [
            (label, count)
            for value, label in ReviewFlag.Reason.choices
            if (count := getattr(self, f"open_flags_{value}", 0))
        ]

    def mark_spoilers(self, *, film, by, save=True):
        """A moderator's mark: the review reveals the plot of `film`, and always will."""
        self.contains_spoilers = True
        self.spoils = film
        self.spoilers_marked_by = by
        if self.has_pending_edit:
            self.pending_contains_spoilers = True
        if save:
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
            # A fold the author asked for (see UserReviewForm.save), or the language they say
            # they wrote in, shows at once. Only what the edit touches is written, so a
            # moderator's decision taken meanwhile stands.
            shown_at_once = ["spoils", "contains_spoilers", "language"]
            self.save(update_fields=[*self.PENDING_EDIT_FIELDS, *shown_at_once])
        else:
            for field in self.EDITABLE_FIELDS:
                setattr(self, field, changes[field])
            self.status = self.Status.PENDING
            self.moderation_reason = ""
            self.save()

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        review = super().from_db(db, field_names, values, **kwargs)
        review._remember_stored()
        return review

    def changes_only_a_waiting_edit(self, update_fields):
        """Whether a save of `update_fields` (None: every field) changed nothing but an edit
        waiting for a moderator, so that visitors still see what they saw."""
        if update_fields is None:
            return False
        stored = self.__dict__.get("_stored_values", {})
        changed = {
            name
            for name in update_fields
            if name not in stored
            or stored[name] != getattr(self, self._meta.get_field(name).attname)
        }
        return changed <= self.PENDING_EDIT_FIELDS

    def _remember_stored(self, fields=None):
        """Remember the values of `fields` (None: all loaded) as the database holds them."""
        self._stored_values = self.__dict__.get("_stored_values", {}) | {
            field.name: self.__dict__[field.attname]
            for field in self._meta.concrete_fields
            if (fields is None or field.name in fields) and field.attname in self.__dict__
        }

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


def _open_flags():
    return Exists(ReviewFlag.objects.filter(review=OuterRef("pk"), outcome=ReviewFlag.Outcome.OPEN))


class ReviewFlag(models.Model):
    """A signed-in user's report of a community review, with a reason; once per user."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Abusive or hateful")
        SPOILER = "spoiler", _("Unmarked spoiler")
        OFF_TOPIC = "off_topic", _("Not about the film")
        OTHER = "other", _("Something else")

    class Outcome(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved with an action")
        DISMISSED = "dismissed", _("Dismissed")

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
    spoils = models.ForeignKey(
        Film,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("For an unmarked spoiler: the film whose plot the reporter says it reveals."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(
        max_length=10,
        choices=Outcome,
        default=Outcome.OPEN,
        help_text=_(
            "Open until a moderator acts on the review (resolved) or decides that the report "
            "needs no action (dismissed)."
        ),
    )
    resolved_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When a moderator closed the report.")
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The moderator who closed the report."),
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

    def save(self, **kwargs):
        with transaction.atomic():
            adding = self._state.adding
            super().save(**kwargs)
            if adding:
                self.review_helpful_counts().update(helpful_count=F("helpful_count") + 1)

    def review_helpful_counts(self):
        """The reviewed review, for its helpful count (also taken down on deletion)."""
        return UserReview.objects.filter(pk=self.review_id)
