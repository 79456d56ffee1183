"""Members' rankings of the films, and the standings they add up to."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    Case,
    Count,
    F,
    Q,
    Sum,
    When,
)
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from films.models import Film
from reviews.models.scores import FEW_REVIEWS

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
