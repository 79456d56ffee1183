"""What the trilogy page sets side by side, film by film: aggregators' scores and the returning
cast. Each function takes the films in series order and answers rows with one cell per film, in
one query."""

from collections import defaultdict

from django.db.models import F

from films.models import Credit, Role
from reviews.models import AggregateScore


def aggregator_rows(films):
    """One row per aggregator that scored any of the films: (aggregator's name, [its score of
    each film, or None])."""
    scores = (
        AggregateScore.objects.published()
        .filter(film__in=films)
        .select_related("source")
        .order_by("aggregator", F("as_of").desc(nulls_last=True), "-pk")
    )
    by_aggregator = defaultdict(dict)
    for score in scores:
        # The latest reading of each aggregator's figure, if editors keep several.
        by_aggregator[score.get_aggregator_display()].setdefault(score.film_id, score)
    return [(name, [cells.get(film.pk) for film in films]) for name, cells in by_aggregator.items()]


def returning_cast(films):
    """The people in the cast of more than one of the films, in order of first billing: (person,
    [the cast credits of each film, maybe none])."""
    credits = (
        Credit.objects.filter(film__in=films, role=Role.CAST)
        .select_related("person", "character")
        .order_by("film__series_position", "billing_order", "pk")
    )
    by_person = {}
    for credit in credits:
        by_person.setdefault(credit.person, defaultdict(list))[credit.film_id].append(credit)
    return [
        (person, [by_film.get(film.pk, []) for film in films])
        for person, by_film in by_person.items()
        if len(by_film) > 1
    ]
