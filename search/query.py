"""Searching: the public pages that hold every word of a query, as a reader may read them.

The database does the searching (search/backends.py). A query is a list of words, all required:
everything else in it (quotes, operators, punctuation) is dropped, so no input is ever read as
syntax. When nothing matches, each word is replaced by the nearest word of the text the reader
may read in the page's language, as that text spells it (a word, never a stem), and the search
tried once more.

The pages of the named things a query names (a film, a person, a character: their title or
another of their names holds every word of the query) come first, as cards, the one named
exactly first; the other results are pages, best first, grouped by kind of page: a page is as
good as its best matching text, and its snippet is that text's. Only text the reader's spoiler
horizon lets them read is searched: a match in text spoiling something they have not seen is
no match, not even a line saying that something matched, and no near miss is taken from its
words, nor a card from its names.
"""

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language

from pagecache import content_version
from pagecache.versions import page_cache
from search import registry
from search.backends import START, STOP, PostgreSQLBackend, SQLiteBackend
from search.models import SearchDocument

MAX_WORDS = 12
RESULTS_PER_KIND = 20
MAX_CARDS = 6
# difflib's ratio of a word and its near miss
NEAR_MISS_CUTOFF = 0.75
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
class Card:
    """The page of a named thing the query names."""

    url: str
    title: str  # HTML, the matches marked
    line: str = ""  # spoiler-free: a film's year, a person's jobs, a character's introduction
    also: str = ""  # HTML: the other name the query named it by (another spelling), marked


@dataclass
class Results:
    groups: list  # (heading, [Result]), the best first
    corrected: str = ""  # the words searched for instead, when the query's found nothing
    cards: list = field(default_factory=list)  # [Card], the one named exactly first


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
        vocabulary = _vocabulary(readable, horizon)
        near = [
            _near_miss(word, vocabulary) if len(word) >= SHORTEST_CORRECTED else word
            for word in words
        ]
        if near != words:
            documents = backend.matching([fold(word) for word in near])
            corrected = " ".join(near) if documents else ""
            words = [fold(word) for word in near]
    cards = _cards(documents, words)
    carded = {card.url for card in cards}
    return Results(_group(documents, carded), corrected, cards)


def _vocabulary(documents, horizon):
    """The words of the documents readable at this horizon, folded, each with the way the text
    most often spells it; kept while the site's content is unchanged (it is read by every query
    that finds nothing, and takes every readable text to make)."""
    key = f"search:vocabulary:{get_language()}:{horizon.cache_key}:{content_version()}"
    cache = page_cache()
    if (vocabulary := cache.get(key)) is None:
        vocabulary = _words_of(documents)
        cache.set(key, vocabulary, timeout=settings.PAGE_CACHE_SECONDS)
    return vocabulary


def _words_of(documents):
    spellings = defaultdict(Counter)
    for title, body in documents.values_list("title", "body"):
        for word in WORD.findall(f"{title} {body}"):
            spellings[fold(word)][word] += 1
    return {folded: counter.most_common(1)[0][0] for folded, counter in spellings.items()}


def _near_miss(word, vocabulary):
    """The word of the vocabulary nearest this one, as the text spells it; the word itself if
    the text holds it or nothing is near."""
    if word in vocabulary:
        return word
    found = difflib.get_close_matches(word, vocabulary, n=1, cutoff=NEAR_MISS_CUTOFF)
    return vocabulary[found[0]] if found else word


def _cards(documents, words):
    """The pages of the named things the query names, among the matching documents: a name
    that is the query first, then names holding every word of it, best match first."""
    named = []
    for position, document in enumerate(documents):
        if not document.names or document.kind not in registry.KINDS:
            continue
        names = document.names.splitlines()
        folded = [WORD.findall(fold(name)) for name in names]
        exact = [i for i, name in enumerate(folded) if name == words]
        holding = [i for i, name in enumerate(folded) if set(words) <= set(name)]
        if exact or holding:
            by = (exact or holding)[0]
            named.append((0 if exact else 1, position, document, names[by] if by else ""))
    named.sort(key=lambda found: found[:2])
    cards = {}
    for *_, document, also in named:
        url = document.url.partition("#")[0]
        card = Card(url, marked(document.title_marked), document.card, _mark(also, words))
        cards.setdefault(url, card)
    return list(cards.values())[:MAX_CARDS]


def _mark(name, words):
    """The name as HTML, its words the query holds marked."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html("<mark>{}</mark>", part) if fold(part) in words else part,)
            for part in re.split(r"([^\W_]+)", name)
        ),
    )


def _group(documents, carded=()):
    """Make the matching documents, best first, into pages, grouped by kind of page; leave out
    the pages shown as cards."""
    pages = {}
    for document in documents:
        if document.url.partition("#")[0] in carded:
            continue
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


START_PER_KIND = 8


@dataclass
class Start:
    """What the search page offers before a query."""

    groups: list  # (heading, [Card]): the named pages of each kind, the heaviest first
    indexes: list  # (heading, url): the pages listing a kind of page


def search_start(*, horizon):
    """What people look for, offered before a query, as the reader may read it: the films, the
    main characters and people, and the pages listing the other kinds of page."""
    named = SearchDocument.objects.readable(horizon).filter(language=get_language()).named()
    groups = {}
    for document in named.only("page", "url", "title", "card"):
        if document.page in registry.PAGES:
            cards = groups.setdefault(document.page, [])
            if len(cards) < START_PER_KIND:
                cards.append(Card(document.url, document.title, document.card))
    return Start(
        # In the order the kinds of page were registered: films before characters and people.
        [(heading, groups[page]) for page, heading in registry.PAGES.items() if page in groups],
        [(registry.PAGES[page], url) for page, url in registry.INDEXES.items()],
    )
