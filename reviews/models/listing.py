"""Critics' and members' reviews listed together, newest first."""

import heapq
import itertools

from django.db.models import (
    F,
    Value,
)
from django.utils.functional import SimpleLazyObject

from reviews.models.choices import ReviewKind


def reviews_combined(*, critic_reviews, user_reviews):
    """Merge critic and community reviews, newest first, as rows of kind, pk and date: a
    NewestFirst, which a Paginator slices (given the count: it counts nothing) and
    reviews_hydrate() turns into review objects. Either kind may be given as a callable that
    returns its queryset, built only when rows are read."""

    def newest_first(kind, reviews):
        def rows():
            chosen = reviews() if callable(reviews) else reviews
            if kind == ReviewKind.CRITIC:
                # CriticReview has translated fields, so modeltranslation rewrites its
                # querysets, and would put the columns of a values_list() with annotations out
                # of order.
                chosen = chosen.rewrite(False)
            return (
                chosen.order_by()
                .annotate(kind=Value(kind.value), date=F(kind.date_field))
                .values_list("kind", "pk", "date")
                .order_by("-date", "-pk")
            )

        return rows

    return NewestFirst(
        [
            newest_first(ReviewKind.CRITIC, critic_reviews),
            newest_first(ReviewKind.COMMUNITY, user_reviews),
        ]
    )


class NewestFirst:
    """Rows of several lists, each newest first, merged newest first. A slice reads each list
    up to the slice's end, in its index's order, and merges them here: the latest twenty of a
    million reviews cost what the latest twenty of a hundred do. (A UNION with ORDER BY and
    LIMIT would leave the database to sort every row first, which PostgreSQL does.)"""

    def __init__(self, lists):
        self.lists = lists  # callables, each returning a queryset of rows, newest first

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.stop is None or index.step is not None:
            raise TypeError("NewestFirst is read in slices with an end: rows[start:stop].")
        start, stop = index.start or 0, index.stop

        def read():
            merged = heapq.merge(
                *(rows()[:stop] for rows in self.lists),
                key=lambda row: (row[2], row[1]),
                reverse=True,
            )
            return list(itertools.islice(merged, start, stop))

        # Read when first used: a page kept as a fragment (pagecache) never reads its rows.
        return SimpleLazyObject(read)


def reviews_hydrate(rows):
    """Fetch the reviews named by reviews_combined() rows, in the rows' order."""
    rows = [(ReviewKind(kind), pk) for kind, pk, _date in rows]
    found = {
        kind: kind.for_cards().in_bulk([pk for row_kind, pk in rows if row_kind == kind])
        for kind in ReviewKind
    }
    return [found[kind][pk] for kind, pk in rows if pk in found[kind]]
