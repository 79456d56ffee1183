"""Members' rankings of the films, and the standings they add up to."""

from dataclasses import dataclass
from fractions import Fraction

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from films.models import Film
from reviews.models.scores import FEW_REVIEWS
from reviews.models.tallies import RANKINGS, MemberTally, PlaceTally


class TrilogyRankingQuerySet(models.QuerySet):
    def counted(self):
        """Keep the rankings the standings count: those of members whose accounts are active."""
        return self.filter(member__is_active=True)

    def standings(self, films):
        """Rank `films` by their average position over the counted rankings that place them,
        from the tallies (a few rows per film, however many members ranked them)."""
        placed = PlaceTally.objects.counts(films)
        totals = {"count": MemberTally.get(RANKINGS)}
        for film in films:
            totals[f"points_{film.pk}"] = sum(p * n for p, n in placed[film.pk].items())
            totals[f"ranked_{film.pk}"] = sum(placed[film.pk].values())
            totals[f"firsts_{film.pk}"] = placed[film.pk].get(1, 0)
        return TrilogyStandings.from_totals(films, totals)

    def places_of(self, member):
        """`member`'s ranking as its places, best first, of the films visitors may see; empty
        if they ranked none."""
        return list(
            RankingPlace.objects.filter(ranking__member=member, film__in=Film.objects.published())
            .select_related("film")
            .order_by("position")
        )

    def rank(self, *, member, films):
        """Save `member`'s ranking of `films`, best first, in place of any they had."""
        with transaction.atomic():
            ranking, created = self.get_or_create(member=member)
            if created and member.is_active:
                MemberTally.add(RANKINGS, 1)
            if not created:
                ranking.places.all().delete()  # each taken off the tallies as it goes
                ranking.save(update_fields=["updated_at"])
            places = RankingPlace.objects.bulk_create(
                RankingPlace(ranking=ranking, film=film, position=position)
                for position, film in enumerate(films, start=1)
            )
            if member.is_active:
                PlaceTally.objects.add({(place.film_id, place.position): 1 for place in places})
        return ranking


@dataclass(frozen=True)
class Standing:
    """One film's place in the members' ranking: 1 is best; films that tie share a place."""

    film: Film
    place: int
    shared: bool
    points: int  # the sum of its positions: 1 for each ranking that puts it first, 2 for second…
    firsts: int  # how many members put it first
    count: int  # how many rankings place it (a ranking made before it was published does not)

    @property
    def average_position(self):
        return self.points / self.count


@dataclass(frozen=True)
class TrilogyStandings:
    """The members' ranking of the films: how many members ranked them, and the films, best
    (lowest average position) first; tied films share a place and follow series order. A film
    no ranking places yet has no standing."""

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
        ranked = [film for film in films if totals[f"ranked_{film.pk}"]]
        if not count or not ranked:
            return cls(count=count if ranked else 0, standings=[])
        average = {
            film.pk: Fraction(totals[f"points_{film.pk}"], totals[f"ranked_{film.pk}"])
            for film in ranked
        }
        ordered = sorted(ranked, key=lambda film: (average[film.pk], film.series_position))
        return cls(
            count=count,
            standings=[
                Standing(
                    film=film,
                    place=1 + sum(average[other.pk] < average[film.pk] for other in ranked),
                    shared=sum(average[other.pk] == average[film.pk] for other in ranked) > 1,
                    points=totals[f"points_{film.pk}"],
                    firsts=totals[f"firsts_{film.pk}"],
                    count=totals[f"ranked_{film.pk}"],
                )
                for film in ordered
            ],
        )


class TrilogyRanking(models.Model):
    """A member's order of the films of the series, best first (its places): one per member,
    changed at will. The address and the name say trilogy; the films are whatever is published."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="trilogy_ranking"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TrilogyRankingQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self):
        places = ", ".join(f"{place.position}. {place.film}" for place in self.ordered_places())
        return f"{self.member}: {places}"

    def ordered_places(self):
        """The places in order, from a prefetch of `places` when there is one."""
        return sorted(self.places.all(), key=lambda place: place.position)

    def films(self):
        """The films the member ranked, best first."""
        return [place.film for place in self.ordered_places()]


class RankingPlace(models.Model):
    """One film's position in a member's ranking: 1 for their favourite."""

    ranking = models.ForeignKey(TrilogyRanking, on_delete=models.CASCADE, related_name="places")
    # PROTECT: deleting a film must not quietly change what members said of the series.
    film = models.ForeignKey(Film, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(help_text=_("1 for the member's favourite."))

    class Meta:
        ordering = ["ranking", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["ranking", "film"],
                name="ranking_place_each_film_once",
                violation_error_message=_("Choose each film once."),
            ),
            models.UniqueConstraint(
                fields=["ranking", "position"], name="ranking_place_one_film_per_position"
            ),
            models.CheckConstraint(
                condition=Q(position__gte=1), name="ranking_place_position_from_one"
            ),
        ]

    def __str__(self):
        return f"{self.position}. {self.film}"
