"""Searching: the public pages that hold every word of a query, as a reader may read them.

The database does the searching (search/backends.py). A query is a list of words, all required:
everything else in it (quotes, operators, punctuation) is dropped, so no input is ever read as
syntax. When nothing matches, each word is replaced by the nearest word of the index's text in
the page's language and the search tried once more.

Results are pages, best first, grouped by kind of page: a page is as good as its best matching
text, and its snippet is that text's. Only text the reader's spoiler horizon lets them read is
searched: a match in text spoiling something they have not seen is no match, not even a line
saying that something matched, and no near miss is taken from its words.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db import connection
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language

from search import registry
from search.backends import START, STOP, PostgreSQLBackend, SQLiteBackend
from search.models import SearchDocument

MAX_WORDS = 12
RESULTS_PER_KIND = 20
# A word shorter than this is never replaced by a near miss: too many words are near it.
SHORTEST_CORRECTED = 4
WORD = re.compile(r"[^\W_]+")


def fold(text):
    """Reduce text to what search compares: no accents, no case, one kind of apostrophe."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.replace("\u2019", "'").casefold()


@dataclass
class Result:
    """A page that matches."""

    url: str
    title: str  # HTML, the matches marked
    section: str = ""
    snippet: str = ""  # HTML, the matches marked


@dataclass
class Results:
    groups: list  # (heading, [Result]), the best first
    corrected: str = ""  # the words searched for instead, when the query's found nothing


def search_pages(query, *, horizon):
    """Search the public pages for every word of the query, as a reader with this spoiler
    horizon may read them: `horizon.allows(obj)` says whether text spoiling `obj` (an object
    registered with register_spoilers, or None) may be read, and so found."""
    words = WORD.findall(fold(query))[:MAX_WORDS]
    if not words:
        return Results([])
    readable = SearchDocument.objects.readable(horizon).filter(language=get_language())
    backend = (PostgreSQLBackend if connection.vendor == "postgresql" else SQLiteBackend)(readable)
    documents = backend.matching(words)
    corrected = ""
    if not documents:
        near = [
            (backend.near_miss(word) or word) if len(word) >= SHORTEST_CORRECTED else word
            for word in words
        ]
        if near != words:
            documents = backend.matching(near)
            corrected = " ".join(near) if documents else ""
    return Results(_group(documents), corrected)


def _group(documents):
    """Make the matching documents, best first, into pages, grouped by kind of page."""
    pages = {}
    for document in documents:
        if document.kind in registry.KINDS and document.page in registry.PAGES:
            page = (registry.PAGES[document.page], document.url.partition("#")[0])
            pages.setdefault(page, []).append(document)
    groups = {}
    for (page, _url), matches in pages.items():
        best = matches[0]
        snippet = marked(best.snippet) if best.body else ""
        result = Result(best.url, marked(best.title_marked), best.section, snippet)
        groups.setdefault(page, []).append(result)
    return [(page, results[:RESULTS_PER_KIND]) for page, results in groups.items()]


def marked(fragment):
    """Return text the database marked its matches in as HTML: escaped, matches in <mark>."""
    plain, *matches = fragment.replace(START + STOP, "").split(START)
    pieces = (
        (match, after.replace(STOP, "")) for match, _, after in (m.partition(STOP) for m in matches)
    )
    return format_html(
        "{}{}", plain.replace(STOP, ""), format_html_join("", "<mark>{}</mark>{}", pieces)
    )
