"""Searching: the public pages that hold every word of a query, as a reader may read them.

The database does the searching (search/backends.py). A query is a list of words, all required:
everything else in it (quotes, operators, punctuation) is dropped, so no input is ever read as
syntax. When nothing matches, each word is replaced by the nearest word of the index's text in
the page's language and the search tried once more.

Results are pages, best first, grouped by kind of page: a page is as good as its best matching
text. Its snippet is the best matching text that the reader's spoiler horizon allows; a page
that matches only in text spoiling something they have not seen is listed with a line naming
it instead.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db import connection
from django.utils.html import format_html, format_html_join

from search import registry
from search.backends import START, STOP, PostgreSQLBackend, SQLiteBackend

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
    hidden_spoils: object = None  # what the matching text reveals, if hidden for the horizon


@dataclass
class Results:
    groups: list  # (heading, [Result]), the best first
    corrected: str = ""  # the words searched for instead, when the query's found nothing

    @property
    def hidden(self):
        """Whether any page is listed without its snippet, for the horizon."""
        return any(result.hidden_spoils for _, results in self.groups for result in results)


def search_pages(query, *, horizon):
    """Search the public pages for every word of the query, as a reader with this spoiler
    horizon may read them: `horizon.allows(obj)` says whether text spoiling `obj` (an object
    registered with register_spoilers, or None) may be quoted."""
    words = WORD.findall(fold(query))[:MAX_WORDS]
    if not words:
        return Results([])
    backend = PostgreSQLBackend() if connection.vendor == "postgresql" else SQLiteBackend()
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
    return Results(_group(documents, horizon), corrected)


def _spoiled(documents):
    """What the documents spoil, in the order a reader comes to it: pk -> (position, object)."""
    pks = {document.spoils_id for document in documents if document.spoils_id is not None}
    if not pks or registry.spoilers is None:
        return {}
    return {obj.pk: (i, obj) for i, obj in enumerate(registry.spoilers.in_order(pks))}


def _group(documents, horizon):
    """Make the matching documents, best first, into pages, grouped by kind of page."""
    spoiled = _spoiled(documents)
    pages = {}
    for document in documents:
        if document.spoils_id is not None and document.spoils_id not in spoiled:
            continue  # what it spoils stopped being public since the search
        document.spoils = spoiled.get(document.spoils_id, (None, None))[1]
        if document.kind in registry.KINDS and document.page in registry.PAGES:
            page = (registry.PAGES[document.page], document.url.partition("#")[0])
            pages.setdefault(page, []).append(document)
    groups = {}
    for (page, _url), matches in pages.items():
        title = marked(matches[0].title_marked)
        shown = next((d for d in matches if horizon.allows(d.spoils)), None)
        if shown is None:
            # Nothing of the text may be shown: only where, and what it spoils, of the matches
            # spoiling what the reader comes to next.
            nearest = min(matches, key=lambda d: spoiled[d.spoils_id][0])
            result = Result(nearest.url, title, nearest.section, hidden_spoils=nearest.spoils)
        else:
            snippet = marked(shown.snippet) if shown.body else ""
            result = Result(shown.url, title, shown.section, snippet)
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
