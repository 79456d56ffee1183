"""The database's own full-text search (created by search/migrations/0001_initial.py).

SQLite's FTS5, ranked by bm25() with titles weighted ten times, snippets by snippet() and
highlight(); PostgreSQL's full-text search (SearchRank, SearchHeadline) over a GIN-indexed
tsvector. Each page is indexed once per language, and a search looks in the page's language
only. Both fold case and accents; PostgreSQL stems English and French words each with its own
stemmer, SQLite's FTS5 offers only the Porter stemmer (English), which still joins French plurals
in -s. A near miss is the nearest word of the index's text in the page's language (difflib on
SQLite, pg_trgm's similarity() on PostgreSQL).

Both search only the documents they are given: those the reader may read, in the page's
language (SearchDocument.objects.readable(horizon)), and take near misses only from their words:
text spoiling a film beyond the reader's horizon neither matches nor suggests a spelling.
"""

import difflib

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.db import connection
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
WORDS = "search_searchdocument_words"

# Text search configurations, accents folded, each language's own stems: created by 0001.
POSTGRESQL_CONFIG = "search_en"
POSTGRESQL_CONFIGS = {"en": POSTGRESQL_CONFIG, "fr": "search_fr"}
POSTGRESQL_VECTOR = RawSQL(
    '"search_searchdocument"."search_vector"', (), output_field=SearchVectorField()
)
SIMILARITY_THRESHOLD = 0.4  # pg_trgm's similarity() of a word and its near miss
DIFFLIB_CUTOFF = 0.75  # difflib's ratio of a word and its near miss


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

    def near_miss(self, word):
        vocabulary = getattr(self, "vocabulary", None)
        if vocabulary is None:
            vocabulary = self.vocabulary = self.words()
        found = difflib.get_close_matches(word, vocabulary, n=1, cutoff=DIFFLIB_CUTOFF)
        return found[0] if found else None

    def words(self):
        """The words of the documents the reader may find, in the page's language, which near
        misses are taken from: fts5vocab's instance table says which document holds each word
        (a French word finds nothing on an English page, a hidden one nothing at all)."""
        readable, params = self.documents.values("pk").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT DISTINCT w.term FROM {WORDS} AS w WHERE w.doc IN ({readable})", params
            )
            return [term for (term,) in cursor.fetchall()]


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

    def near_miss(self, word):
        """The nearest word of the documents the reader may find, in the page's language
        (ts_stat() of every document would hold every language's words, and a French word finds
        nothing on an English page; and hidden words, which must suggest nothing)."""
        readable = connection.ops.compose_sql(*self.documents.values("pk").query.sql_with_params())
        documents = f"SELECT search_vector FROM search_searchdocument WHERE id IN ({readable})"
        sql = """
            SELECT word FROM ts_stat(%s)
            WHERE similarity(word, %s) >= %s
            ORDER BY similarity(word, %s) DESC, ndoc DESC, word
            LIMIT 1
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [documents, word, SIMILARITY_THRESHOLD, word])
            found = cursor.fetchone()
        return found[0] if found else None


def _with_ellipses(document):
    """Mark where ts_headline's snippet cuts the text, as SQLite's snippet() does."""
    shown = document.snippet.replace(START, "").replace(STOP, "").strip()
    body = document.body.strip()
    if shown and not body.lstrip(PUNCTUATION).startswith(shown.lstrip(PUNCTUATION)):
        document.snippet = ELLIPSIS + document.snippet.lstrip()
    if shown and not body.rstrip(PUNCTUATION).endswith(shown.rstrip(PUNCTUATION)):
        document.snippet = document.snippet.rstrip() + ELLIPSIS
    return document
