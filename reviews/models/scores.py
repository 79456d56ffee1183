"""What a film's reviews add up to: critics' share and consensus, the audience's figures."""

from django.db.models import (
    Case,
    Count,
    F,
    FloatField,
    OuterRef,
    Subquery,
    Sum,
    When,
)
from django.db.models.functions import Cast, Coalesce, NullIf

from films.models import Film, FilmQuerySet
from reviews.models.choices import Verdict
from reviews.models.community import UserReview
from reviews.models.critics import CriticReview
from reviews.models.ratings import (  # noqa: F401 (FEW_REVIEWS: where rankings found it)
    BEST_STARS,
    FEW_REVIEWS,
    WORST_STARS,
    rating_out_of_five,
    rests_on_few,
    stars_number,
    stars_out_of_five,
)
from reviews.models.tallies import RatingTally


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
        # The audience's figures from the film's tallies: ten rows, however many reviews.
        tallies = RatingTally.objects.filter(film=OuterRef("pk")).order_by().values("film")
        audience_count = tallies.annotate(total=Sum("count")).values("total")
        rating_sum = tallies.annotate(total=Sum(F("rating") * F("count"))).values("total")
        scored = self.annotate(
            critic_count=_subquery_count(published_critics),
            critic_positive_count=_subquery_count(
                published_critics.filter(verdict=Verdict.POSITIVE)
            ),
            audience_count=Coalesce(Subquery(audience_count), 0),
            audience_rating_sum=Subquery(rating_sum),
        ).annotate(
            audience_average=Cast(F("audience_rating_sum"), FloatField())
            / NullIf(F("audience_count"), 0),
            critic_share=Case(
                When(
                    critic_count__gt=0,
                    then=Cast(F("critic_positive_count"), FloatField()) * 100 / F("critic_count"),
                ),
                output_field=FloatField(),
            ),
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

    @property
    def audience_rests_on_few(self):
        """Whether the audience's average rests on few ratings, and is marked so wherever it
        shows (from annotated scores)."""
        return rests_on_few(self.audience_count)

    def audience_distribution(self):
        """Count approved ratings per value, from 10 down to 1, with each one's share."""
        return audience_distributions([self])[self.pk]

    def audience_rating_data(self):
        """The audience's figures as a schema.org AggregateRating, on the scale the pages show
        (stars out of five, in halves), once they rest on more than a few ratings.

        Google's review-snippet guidelines ask for ratingCount and assume a scale of 1 to 5
        unless bestRating and worstRating say otherwise: the lowest rating is half a star, so
        both are given. They ask that markup describe what the page shows; a search result
        cannot show our "few ratings" mark beside the stars, so a figure that rests on few is
        not marked up at all (it stays on the page, marked so).
        https://developers.google.com/search/docs/appearance/structured-data/review-snippet
        """
        if rests_on_few(self.audience_count):
            return None
        return {
            "@type": "AggregateRating",
            "ratingValue": float(stars_out_of_five(self.audience_average)),
            "bestRating": BEST_STARS,
            "worstRating": float(WORST_STARS),
            "ratingCount": self.audience_count,
        }


def _distribution(counts):
    """Rows of ratings from 10 down to 1 from {rating: count}, with each one's share."""
    total = sum(counts.values())
    return [
        {
            "rating": rating,
            "stars": stars_number(rating),
            "label": rating_out_of_five(rating),
            "count": counts.get(rating, 0),
            "percent": round(100 * counts.get(rating, 0) / total) if total else 0,
        }
        for rating in range(UserReview.MAX_RATING, UserReview.MIN_RATING - 1, -1)
    ]


def audience_distributions(films):
    """Each film's counted ratings per value, from 10 down to 1, with each one's share, by film
    id, in one query (of the tallies)."""
    counts = RatingTally.objects.counts(films)
    return {film_id: _distribution(film_counts) for film_id, film_counts in counts.items()}
