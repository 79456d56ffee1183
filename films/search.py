"""Accent- and case-insensitive matching that works the same on SQLite and PostgreSQL."""

import unicodedata

from django.db.models import CharField, Func, Q

SQLITE_FOLD_FUNCTION = "bulletsite_fold"


def fold(text):
    """Reduce text to what search compares: no accents, no case, one kind of apostrophe."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.replace("\u2019", "'").casefold()


class Folded(Func):
    """The database-side twin of fold(), for filtering on a column."""

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, function=SQLITE_FOLD_FUNCTION, **extra)

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="LOWER(UNACCENT(%(expressions)s))", **extra
        )


def register_sqlite_fold(sender, connection, **kwargs):
    """Give every SQLite connection the fold() function (connection_created receiver)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(SQLITE_FOLD_FUNCTION, 1, fold, deterministic=True)


class SearchQuerySetMixin:
    """Adds matching(query) to a QuerySet over the fields named in search_fields.

    Related fields ("alternative_names__name") are matched through a subquery, so a row is
    found once however many of its related rows match.
    """

    search_fields = ()

    def matching(self, query):
        term = fold(query).strip()
        if not term:
            return self.none()
        aliases, condition = {}, Q()
        for index, field in enumerate(self.search_fields):
            if "__" in field:
                related = self.model._base_manager.alias(folded=Folded(field))
                condition |= Q(pk__in=related.filter(folded__contains=term).values("pk"))
            else:
                aliases[f"folded_{index}"] = Folded(field)
                condition |= Q(**{f"folded_{index}__contains": term})
        return self.alias(**aliases).filter(condition)
