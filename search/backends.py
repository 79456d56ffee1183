"""The database's own full-text search (created by search/migrations/0001_initial.py).

SQLite's FTS5, ranked by bm25() with titles weighted ten times, snippets by snippet() and
highlight(); PostgreSQL's full-text search (SearchRank, SearchHeadline) over a GIN-indexed
tsvector. Each page is indexed once per language, and a search looks in the page's language
only. Both fold case and accents; PostgreSQL stems English and French words each with its own
stemmer, SQLite's FTS5 offers only the Porter stemmer (English), which still joins French plurals
in -s. Near misses are search/query.py's: words as the text spells them, not the index's stems.

Both search only the documents they are given: those the reader may read, in the page's
language (SearchDocument.objects.readable(horizon)): text spoiling a film beyond the reader's
horizon never matches.
"""

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.db.models.expressions import RawSQL
from django.utils.translation import get_language

from search.models import SearchDocument

# Wrapped around matches by the database, made into <mark> once the text around them is escaped.
START, STOP = "\ue000", "\ue001"
ELLIPSIS = "…"
PUNCTUATION = " .,;:!?…\"'“”‘’()"  # what ts_headline may leave off either end of a snippet
SNIPPET_WORDS = 24
MAX_DOCUMENTS = 200

FTS = "search_searchdocument_fts"

# Text search configurations, accents folded, each language's own stems: created by 0001.
POSTGRESQL_CONFIG = "search_en"
POSTGRESQL_CONFIGS = {"en": POSTGRESQL_CONFIG, "fr": "search_fr"}
POSTGRESQL_VECTOR = RawSQL(
    '"search_searchdocument"."search_vector"', (), output_field=SearchVectorField()
)


class SQLiteBackend:
    """FTS5: search_searchdocument_fts mirrors the documents' title and body."""

    def __init__(self, documents):
        self.documents = documents  # a queryset of SearchDocument, those that may be found

    def matching(self, words):
        # Each word quoted, so nothing in it is read as FTS5 syntax (NEAR, OR, *, ^, :, -).
        match = " ".join(f'"{word}"' for word in words)
        public, params = self.documents.values("pk").query.sql_with_params()
        sql = f"""
            SELECT d.*, bm25({FTS}, 10.0, 1.0) AS rank,
                   highlight({FTS}, 0, %s, %s) AS title_marked,
                   snippet({FTS}, 1, %s, %s, %s, %s) AS snippet
            FROM {FTS} JOIN search_searchdocument AS d ON d.id = {FTS}.rowid
            WHERE {FTS} MATCH %s AND d.id IN ({public})
            ORDER BY rank, d.id
            LIMIT %s
        """
        params = [START, STOP, START, STOP, ELLIPSIS, SNIPPET_WORDS, match, *params]
        return list(SearchDocument.objects.raw(sql, [*params, MAX_DOCUMENTS]))


class PostgreSQLBackend:
    """PostgreSQL's full-text search over the generated, GIN-indexed search_vector column."""

    def __init__(self, documents):
        self.documents = documents  # a queryset of SearchDocument, those that may be found

    def matching(self, words):
        # plainto_tsquery: the words, all required, none of them read as an operator.
        config = POSTGRESQL_CONFIGS.get(get_language(), POSTGRESQL_CONFIG)
        query = SearchQuery(" ".join(words), config=config, search_type="plain")
        headline = {"config": config, "start_sel": START, "stop_sel": STOP}
        documents = (
            self.documents.alias(vector=POSTGRESQL_VECTOR)
            .filter(vector=query)
            .annotate(
                rank=SearchRank(POSTGRESQL_VECTOR, query),
                title_marked=SearchHeadline("title", query, highlight_all=True, **headline),
                snippet=SearchHeadline(
                    "body",
                    query,
                    max_words=SNIPPET_WORDS,
                    min_words=SNIPPET_WORDS // 2,
                    max_fragments=1,
                    short_word=0,  # the default trims words of three letters from the ends
                    **headline,
                ),
            )
            .order_by("-rank", "pk")[:MAX_DOCUMENTS]
        )
        return [_with_ellipses(document) for document in documents]


def _with_ellipses(document):
    """Mark where ts_headline's snippet cuts the text, as SQLite's snippet() does."""
    shown = document.snippet.replace(START, "").replace(STOP, "").strip()
    body = document.body.strip()
    if shown and not body.lstrip(PUNCTUATION).startswith(shown.lstrip(PUNCTUATION)):
        document.snippet = ELLIPSIS + document.snippet.lstrip()
    if shown and not body.rstrip(PUNCTUATION).endswith(shown.rstrip(PUNCTUATION)):
        document.snippet = document.snippet.rstrip() + ELLIPSIS
    return document
