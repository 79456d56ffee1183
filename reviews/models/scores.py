"""What a film's reviews add up to: critics' share and consensus, the audience's figures."""

from django.db.models import (
    Avg,
    Case,
    Count,
    F,
    FloatField,
    OuterRef,
    Subquery,
    When,
)
from django.db.models.functions import Cast, Coalesce

from films.models import Film, FilmQuerySet
from reviews.models.choices import Verdict
from reviews.models.community import UserReview
from reviews.models.critics import CriticReview

AUDIENCE_RATINGS_FOR_MARKUP = 5


# A figure drawn from fewer reviews or ratings than this is marked as resting on few: one more
# could move it a long way.
FEW_REVIEWS = 5


def _subquery_count(queryset):
    counted = queryset.order_by().values("film").annotate(count=Count("pk")).values("count")
    return Coalesce(Subquery(counted), 0)


class ScoredFilmQuerySet(FilmQuerySet):
    def with_scores(self):
        """Annotate critics' and audience figures, counting only what visitors may see."""
        # A review without a verdict (a remark on the series, critics summed up) is not counted.
        published_critics = (
            CriticReview.objects.published().filter(film=OuterRef("pk")).exclude(verdict="")
        )
        approved_users = UserReview.objects.approved().filter(film=OuterRef("pk"))
        scored = self.annotate(
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
        return scored.annotate(consensus=Verdict.consensus("critic_share"))

    def with_consensus(self, consensus):
        """Keep films whose critics' consensus is the one given (scores must be annotated)."""
        return self.filter(consensus=consensus)

    def for_detail(self):
        return super().for_detail().with_scores()

    def series(self):
        """Keep the films of the series that visitors may see, in series order."""
        return self.published().order_by("series_position")


class ScoredFilm(Film):
    """A film with what its reviews add up to: the critics' share and consensus, the audience's
    average and distribution. Reviews build on films, so the scores live here, not on Film."""

    objects = ScoredFilmQuerySet.as_manager()

    class Meta:
        proxy = True

    @property
    def critics_consensus(self):
        """The consensus from annotated scores (see ScoredFilmQuerySet.with_scores)."""
        consensus = getattr(self, "consensus", None)
        return Verdict(consensus) if consensus else None

    def audience_distribution(self):
        """Count approved ratings per value, from 10 down to 1, with each one's share."""
        return audience_distributions([self])[self.pk]

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
    """Count each film's approved ratings per value, from 10 down to 1, with each one's share,
    by film id, in one query."""
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
