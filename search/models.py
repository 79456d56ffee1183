"""The search index: one document per searchable piece of text on the public pages.

Documents are derived from the content (search/index.py writes them when it is saved and
search_rebuild rewrites them all); the database indexes them with its own full-text search.
Migration 0001 creates that index, outside Django's models:
- on SQLite, an FTS5 table mirroring `title` and `body`, kept current by triggers on this table,
  and an fts5vocab table over it (unused since near misses are taken from the text itself);
- on PostgreSQL, a generated `search_vector` column (title weighted A, body B, each language
  stemmed with its own stemmer) that the model leaves out, and a GIN index on it.
A migration that makes SQLite remake this table (most column changes do) drops the triggers:
recreate them after it.
"""

from django.conf import settings
from django.db import models

from search import registry


class SearchDocumentQuerySet(models.QuerySet):
    def public(self):
        """Keep the text visitors may find, by the rules the apps that own it registered."""
        return self.filter(registry.visible())

    def named(self):
        """Keep the pages of named things (films, people, characters), the heaviest first."""
        return self.exclude(names="").order_by("-weight", "title", "pk")

    def readable(self, horizon):
        """Keep the text a reader with this spoiler horizon may find: public text that spoils
        nothing they have not seen. The rest is never matched, nor offered as a near miss."""
        return self.filter(registry.readable(horizon))


class SearchDocument(models.Model):
    """A piece of text of a public page, as search finds it: never edited, always derived."""

    object_id = models.PositiveBigIntegerField(help_text="The object the text comes from.")
    kind = models.CharField(
        max_length=100,
        help_text="The model the text comes from, as registered with search (search.registry).",
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
    names = models.TextField(
        blank=True,
        help_text="The names of the thing the page is about, one a line, if it is the page of a "
        "named thing (a film, a person, a character): a query naming it shows it first.",
    )
    card = models.CharField(
        max_length=300,
        blank=True,
        help_text="The spoiler-free line shown under the name on its card (a film's year, a "
        "person's jobs, a character's introduction).",
    )
    weight = models.PositiveIntegerField(
        default=0,
        help_text="How much readers look for the named thing: the search page without a query "
        "offers the heaviest first.",
    )
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text="The edition the text is from: each page is indexed once per language.",
    )
    # Plain references, not foreign keys: search knows no domain model, and the index must
    # never stop anything from being deleted (the receivers delete its documents). What they
    # refer to is checked when searching, by the owning apps' rules (search.registry).
    requires_model = models.CharField(
        max_length=100,
        blank=True,
        help_text="The model of the object that must be public for the text to be found, "
        "as a lower-case label (app_label.modelname), if any.",
    )
    requires_id = models.PositiveBigIntegerField(
        null=True, help_text="The object that must be public for the text to be found."
    )
    spoils_id = models.PositiveBigIntegerField(
        null=True,
        help_text="The object whose plot the text reveals (see register_spoilers), if any.",
    )

    objects = SearchDocumentQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self):
        return f"{self.title} ({self.section})" if self.section else self.title
