"""What the community's reviews and rankings add up to, kept as they change.

Pages show each film's audience figures (count, average, distribution) and the members'
standings as cheaply at a million reviews as at ten: they read these tallies, a few rows per
film, never the reviews themselves. Every write that changes what they count changes them in
the same transaction: a review saved (approved, hidden, rejected, an edit approved) or deleted,
a vote cast or taken back, a ranking saved or deleted, an author's account switched off or on
(see reviews.apps.ReviewsConfig.register_tallies for the deletions and accounts).

`manage.py rebuild_tallies` computes them afresh from the reviews (fresh_tallies), for a
database loaded around the write functions; tests compare the two after every kind of write.
"""

from collections import Counter

from django.db import models, transaction
from django.db.models import Count, F, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from films.models import Film
from reviews.models.choices import Verdict

RANKINGS = "rankings"


class TallyQuerySet(models.QuerySet):
    def add(self, changes):
        """Add each {(film id, key value): change} to the tally's count, creating rows as
        needed: two statements per row, whatever another transaction does meanwhile."""
        changes = {row: change for row, change in changes.items() if change}
        if not changes:
            return
        self.bulk_create(
            [self.model(film_id=film_id, **{self.model.KEY: value}) for film_id, value in changes],
            ignore_conflicts=True,
        )
        for (film_id, value), change in changes.items():
            self.filter(film_id=film_id, **{self.model.KEY: value}).update(
                count=F("count") + change
            )

    def counts(self, films):
        """{film id: {key value: count}} for `films`, in one query."""
        counts = {film.pk: {} for film in films}
        for film_id, value, count in self.filter(film__in=list(counts)).values_list(
            "film", self.model.KEY, "count"
        ):
            counts[film_id][value] = count
        return counts


class RatingTallyQuerySet(TallyQuerySet):
    def visible_count(self, *, film=None, verdict=None):
        """How many approved reviews visitors may see (UserReview.objects.approved()), of
        `film` or of every published film, whose ratings read as `verdict` if one is given."""
        tallies = self.filter(film__in=Film.objects.published())
        if film is not None:
            tallies = tallies.filter(film=film)
        if verdict:
            low, high = Verdict(verdict).rating_range
            tallies = tallies.filter(rating__gte=low, rating__lte=high)
        return tallies.aggregate(total=Coalesce(Sum("count"), 0))["total"]


class FilmTally(models.Model):
    """How many of something a film has for each value of KEY, its other field."""

    KEY = None

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="+")
    count = models.BigIntegerField(default=0)

    objects = TallyQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.film_id}, {self.KEY} {getattr(self, self.KEY)}: {self.count}"


class RatingTally(FilmTally):
    """How many counted community reviews (UserReview.objects.counted()) give a film a
    rating."""

    KEY = "rating"

    rating = models.PositiveSmallIntegerField()

    objects = RatingTallyQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["film", "rating"], name="rating_tally_once"),
        ]


class PlaceTally(FilmTally):
    """How many counted rankings (TrilogyRanking.objects.counted()) put a film at a
    position."""

    KEY = "position"

    position = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["film", "position"], name="place_tally_once"),
        ]


class MemberTally(models.Model):
    """A count of something members did, by name: for now, the rankings the standings count."""

    name = models.CharField(max_length=30, primary_key=True)
    count = models.BigIntegerField(default=0)

    class Meta:
        verbose_name_plural = _("member tallies")

    def __str__(self):
        return f"{self.name}: {self.count}"

    @classmethod
    def add(cls, name, change):
        if change:
            cls.objects.bulk_create([cls(name=name)], ignore_conflicts=True)
            cls.objects.filter(name=name).update(count=F("count") + change)

    @classmethod
    def get(cls, name):
        return cls.objects.filter(name=name).values_list("count", flat=True).first() or 0


def rating_changes(before, after):
    """The tally changes from a review counted as `before` to `after`: (film id, rating) or
    None when it is not counted."""
    changes = Counter()
    if before is not None:
        changes[before] -= 1
    if after is not None:
        changes[after] += 1
    return changes


def fresh_tallies():
    """Every tally computed from the reviews, votes and rankings themselves, as the stored ones
    must always be: (ratings, places, rankings count, helpful votes by review)."""
    from reviews.models import RankingPlace, ReviewVote, TrilogyRanking, UserReview

    ratings = {
        (film, rating): count
        for film, rating, count in UserReview.objects.counted()
        .order_by()
        .values_list("film", "rating")
        .annotate(count=Count("pk"))
    }
    places = {
        (film, position): count
        for film, position, count in RankingPlace.objects.filter(
            ranking__in=TrilogyRanking.objects.counted()
        )
        .order_by()
        .values_list("film", "position")
        .annotate(count=Count("pk"))
    }
    rankings = TrilogyRanking.objects.counted().count()
    helpful = dict(ReviewVote.objects.order_by().values_list("review").annotate(count=Count("pk")))
    return ratings, places, rankings, helpful


def stored_tallies():
    """The tallies as stored, in fresh_tallies()'s shape (rows counting nothing left out)."""
    from reviews.models import UserReview

    def nonzero(model):
        rows = model.objects.exclude(count=0).values_list("film", model.KEY, "count")
        return {(film, value): count for film, value, count in rows}

    helpful = dict(UserReview.objects.exclude(helpful_count=0).values_list("pk", "helpful_count"))
    return nonzero(RatingTally), nonzero(PlaceTally), MemberTally.get(RANKINGS), helpful


def rebuild_tallies():
    """Compute every tally afresh and store it, in one transaction."""
    from reviews.models import ReviewVote, UserReview

    ratings, places, rankings, _helpful = fresh_tallies()
    with transaction.atomic():
        for model, counts in ((RatingTally, ratings), (PlaceTally, places)):
            model.objects.all().delete()
            model.objects.bulk_create(
                model(film_id=film, **{model.KEY: value}, count=count)
                for (film, value), count in counts.items()
            )
        MemberTally.objects.update_or_create(name=RANKINGS, defaults={"count": rankings})
        votes = (
            ReviewVote.objects.filter(review=OuterRef("pk"))
            .order_by()
            .values("review")
            .annotate(count=Count("pk"))
            .values("count")
        )
        fresh = Coalesce(Subquery(votes), 0)
        # Only the rows that differ: a million reviews loaded with their counts are not rewritten.
        UserReview.objects.exclude(helpful_count=fresh).update(helpful_count=fresh)


# Deletions (a member's own, their account's, a moderator's) and accounts switched off or on
# reach the tallies through signals: a cascade calls no model method. Connected in
# ReviewsConfig.ready(); pre_delete runs inside the deletion's transaction, before any row goes.


def review_deleted(sender, instance, **kwargs):
    RatingTally.objects.add(rating_changes(instance.counted_as_stored(), None))


def vote_deleted(sender, instance, **kwargs):
    instance.review_helpful_counts().update(helpful_count=F("helpful_count") - 1)


def ranking_deleted(sender, instance, **kwargs):
    if type(instance).objects.filter(pk=instance.pk).counted().exists():
        MemberTally.add(RANKINGS, -1)


def place_deleted(sender, instance, **kwargs):
    counted = type(instance).objects.filter(pk=instance.pk, ranking__member__is_active=True)
    if counted.exists():
        PlaceTally.objects.add({(instance.film_id, instance.position): -1})


def member_saving(sender, instance, update_fields=None, **kwargs):
    """Remember whether the account was active, when this save may switch it."""
    if instance.pk is not None and (update_fields is None or "is_active" in update_fields):
        instance._was_active = (
            sender.objects.filter(pk=instance.pk).values_list("is_active", flat=True).first()
        )


def member_saved(sender, instance, created, **kwargs):
    """An account switched off takes its reviews and ranking out of the tallies; switched on
    again, puts them back."""
    was_active = instance.__dict__.pop("_was_active", None)
    if created or was_active is None or was_active == instance.is_active:
        return
    from reviews.models import RankingPlace, TrilogyRanking, UserReview

    sign = 1 if instance.is_active else -1
    with transaction.atomic():
        reviews = UserReview.objects.filter(author=instance, status=UserReview.Status.APPROVED)
        RatingTally.objects.add(dict.fromkeys(reviews.values_list("film", "rating"), sign))
        if TrilogyRanking.objects.filter(member=instance).exists():
            MemberTally.add(RANKINGS, sign)
            places = RankingPlace.objects.filter(ranking__member=instance)
            PlaceTally.objects.add(dict.fromkeys(places.values_list("film", "position"), sign))
