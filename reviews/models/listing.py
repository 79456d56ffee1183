"""Critics' and members' reviews listed together, newest first."""

from django.db.models import (
    F,
    Value,
)

from reviews.models.choices import ReviewKind


def reviews_combined(*, critic_reviews, user_reviews):
    """Merge critic and community reviews, newest first, as rows of kind, pk and date.

    The result is one queryset (a UNION), so a Paginator counts and slices it in the database;
    reviews_hydrate() turns a page of rows into review objects.
    """
    critic_rows, user_rows = (
        reviews.order_by()
        .annotate(kind=Value(kind.value), date=F(kind.date_field))
        .values_list("kind", "pk", "date")
        for kind, reviews in (
            # CriticReview has translated fields, so modeltranslation rewrites its querysets,
            # and would put the columns of a values_list() with annotations out of the order
            # asked for: a UNION needs that order, and the rows name no translated field.
            (ReviewKind.CRITIC, critic_reviews.rewrite(False)),
            (ReviewKind.COMMUNITY, user_reviews),
        )
    )
    return critic_rows.union(user_rows, all=True).order_by("-date", "-pk")


def reviews_hydrate(rows):
    """Fetch the reviews named by reviews_combined() rows, in the rows' order."""
    rows = [(ReviewKind(kind), pk) for kind, pk, _date in rows]
    found = {
        kind: kind.for_cards().in_bulk([pk for row_kind, pk in rows if row_kind == kind])
        for kind in ReviewKind
    }
    return [found[kind][pk] for kind, pk in rows if pk in found[kind]]
