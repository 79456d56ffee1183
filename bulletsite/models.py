"""The search index: one document per searchable piece of text on the public pages.

Documents are derived from the content (bulletsite/search.py writes them when it is saved and
search_rebuild rewrites them all); the database indexes them with its own full-text search.
Migration 0002 creates that index, outside Django's models:
- on SQLite, an FTS5 table mirroring `title` and `body`, kept current by triggers on this table,
  and an fts5vocab table over it (SearchTerm);
- on PostgreSQL, a generated `search_vector` column (title weighted A, body B) that the model
  leaves out, a GIN index on it, and a view of its words (SearchTerm).
A migration that makes SQLite remake this table (most column changes do) drops the triggers:
recreate them after it, as 0002 does.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from films.models import EditorialPiece, Film


class SearchDocumentQuerySet(models.QuerySet):
    def public(self):
        """Keep the text visitors may find: of public films and articles only, and spoiling no
        film that is not public (such text is left out of pages)."""
        films = Film.objects.published()
        return self.filter(
            Q(film__isnull=True) | Q(film__in=films),
            Q(article__isnull=True) | Q(article__in=EditorialPiece.objects.published()),
            Q(spoils__isnull=True) | Q(spoils__in=films),
        )


class SearchDocument(models.Model):
    """A piece of text of a public page, as search finds it: never edited, always derived."""

    object_id = models.PositiveBigIntegerField(help_text="The object the text comes from.")
    kind = models.CharField(
        max_length=100,
        help_text="The model the text comes from, as registered in bulletsite/search.py.",
    )
    page = models.CharField(
        max_length=40, help_text="The kind of page it is shown on, as results are grouped."
    )
    url = models.CharField(max_length=300, help_text="Where the text is shown.")
    title = models.CharField(
        max_length=300, help_text="The title of the page, searched with more weight."
    )
    section = models.CharField(
        max_length=200, blank=True, help_text="Where on the page the text is, e.g. Production."
    )
    body = models.TextField(blank=True)
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text="The edition the text is from: each page is indexed once per language.",
    )
    # Visibility is checked when searching, with the films' and articles' own rules, so that
    # publishing, unpublishing or scheduling needs no reindexing. No database constraint: the
    # index must never stop anything from being deleted; the receivers delete its documents.
    film = models.ForeignKey(
        Film,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
        help_text="The film that must be public for the text to be found.",
    )
    article = models.ForeignKey(
        EditorialPiece,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
        help_text="The article that must be public for the text to be found.",
    )
    spoils = models.ForeignKey(
        Film,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
        help_text="The latest film whose plot the text reveals.",
    )

    objects = SearchDocumentQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self):
        return f"{self.title} ({self.section})" if self.section else self.title


class SearchTerm(models.Model):
    """A word of the search index, as the database indexed it (lower case, unaccented,
    stemmed), in any language. A read-only view of the index; a misspelt query is compared with
    the words of its page's language only (bulletsite/search.py)."""

    term = models.CharField(max_length=200, primary_key=True)
    documents = models.IntegerField(db_column="doc")

    class Meta:
        managed = False
        db_table = "bulletsite_searchterm"

    def __str__(self):
        return self.term
