"""No page, heading or search result shows a reader text that spoils a film they have not seen.

Everything is read from the database, whatever the seed's prose says: every piece of text that
records the film it spoils (every Spoiler model: film passages, arcs and end states, article
sections and their headings, car appearances, timeline events, notes where sources disagree,
reviews; articles' standfirsts), in English and in French. At each horizon, every page a reader
can reach (the sitemap's, the lists, the home, trilogy, timeline, cars, people, characters,
articles, the feed) is read as the reader sees it, folds left out, and no distinctive run of six
words of text spoiling a later film, nor its heading, may be in it; and searching for the words
only that text holds finds nothing that shows them.
"""

import html
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse
from django.utils.translation import override

from films.models import Character, EditorialPiece, Film, Person, Spoiler, Vehicle
from tests.pages import FEEDS, HORIZONS, PUBLIC_PAGES
from tests.search.results import search

pytestmark = pytest.mark.django_db

RUN = 6  # words: a run this long of a passage is its own
RUNS_PER_TEXT = 3
WORDS_SEARCHED = 2
CONTENT_APPS = ("films", "reviews")
# Attributes whose values a reader or a machine reads as text.
READ_ATTRIBUTES = {"content", "title", "alt", "aria-label", "value", "placeholder"}
WORD = re.compile(r"[^\W_]+")


def words(text):
    """The text's words as search and comparison see them: no accents, no case, no tags."""
    decomposed = unicodedata.normalize("NFKD", html.unescape(text or ""))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return WORD.findall(bare.casefold())


def runs(word_list, length=RUN):
    return {tuple(word_list[i : i + length]) for i in range(len(word_list) - length + 1)}


class ReadText(HTMLParser):
    """What a reader reads of a page: its text and read attributes, spoiler folds left out."""

    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.parts, self.folded = [], 0
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "details" and "spoiler" in (attrs.get("class") or "").split():
            self.folded += 1
        elif self.folded:
            return
        self.parts += [value for name, value in attrs.items() if name in READ_ATTRIBUTES and value]

    def handle_endtag(self, tag):
        if tag == "details" and self.folded:
            self.folded -= 1

    def handle_data(self, data):
        if not self.folded:
            self.parts.append(data)


def read_words(response):
    """The words a reader reads on a page, or in a feed (whose escaped HTML a reader shows)."""
    body = response.content.decode()
    if "xml" in response["Content-Type"]:
        body = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return words(" ".join(ReadText(body).parts))


def text_fields(model):
    """The prose fields of a model, by the name that reads in the page's language."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, (models.TextField, models.CharField))
        and not field.choices
        and not isinstance(field, (models.SlugField, models.URLField))
        and not re.search(r"_(en|fr)$", field.name)
    ]


def hidden_texts(language):
    """Every text that spoils a film, in `language`: (series position of the film, words,
    whether it is a heading or other short label kept whole)."""
    texts = []
    with override(language):
        for model in apps.get_models():
            if model._meta.app_label not in CONTENT_APPS:
                continue
            if issubclass(model, Spoiler):
                for obj in model.objects.exclude(spoils=None).select_related("spoils"):
                    for name in text_fields(model):
                        texts.append((obj.spoils.series_position, getattr(obj, name)))
        for piece in EditorialPiece.objects.exclude(standfirst_spoils=None):
            texts.append((piece.standfirst_spoils.series_position, piece.standfirst))
    return [(position, words(text)) for position, text in texts if text]


def readable_words(films_seen):
    """Every word of the content a reader who has seen `films_seen` films may read, in both
    languages: all text but what spoils a later film."""
    found = []
    for model in apps.get_models():
        if model._meta.app_label not in CONTENT_APPS:
            continue
        names = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, (models.TextField, models.CharField))
        ]
        rows = model.objects.all()
        if issubclass(model, Spoiler):
            rows = rows.exclude(spoils__series_position__gt=films_seen)
        for values in rows.values_list(*names):
            found += [words(value) for value in values if value]
    for piece in EditorialPiece.objects.filter(standfirst_spoils__series_position__gt=films_seen):
        found.remove(words(piece.standfirst))
    return found


def telltales(films_seen, language):
    """For each text spoiling a film after `films_seen`: its distinctive runs (or the whole
    text, if shorter than a run, as a heading is) and the words only it holds."""
    readable = readable_words(films_seen)
    readable_runs = set().union(*(runs(w) for w in readable))
    readable_vocabulary = {word for w in readable for word in w}
    found = []
    for position, text in hidden_texts(language):
        if position <= films_seen:
            continue
        if len(text) < RUN:
            shown = [tuple(text)] if len(text) >= 3 and not _inside(text, readable) else []
        else:
            own = sorted(set(runs(text)) - readable_runs, key=text_position(text))
            step = max(1, len(own) // RUNS_PER_TEXT)
            shown = own[::step][:RUNS_PER_TEXT]
        rare = sorted(
            {word for word in text if len(word) >= 6 and word not in readable_vocabulary},
            key=lambda word: (-len(word), word),
        )
        if shown or rare:
            found.append((shown, rare[:WORDS_SEARCHED]))
    return found


def text_position(text):
    joined = " ".join(text)
    return lambda run: joined.find(" ".join(run))


def _inside(short, texts):
    """Whether these few words are said, in this order, in readable text."""
    return any(tuple(short) in runs(text, len(short)) for text in texts)


class Read:
    """The words read on a page, with their runs of each length looked up once: a page is
    checked against every hidden text's runs."""

    def __init__(self, read):
        self.words, self._runs = read, {}

    def shows(self, run):
        if len(run) not in self._runs:
            self._runs[len(run)] = runs(self.words, len(run))
        return run in self._runs[len(run)]

    def leaked(self, shown):
        """The runs of a hidden text this reading shows, or [] if it shows too few of them to
        show the text: a passage shown shows all its runs; one run alone may be readable text
        met across two fields (a car's name, then its introduction)."""
        leaked = [" ".join(run) for run in shown if self.shows(run)]
        return leaked if shown and len(leaked) >= min(2, len(shown)) else []


def site_urls(client):
    """Every page a reader can reach: the sitemap's, and those it leaves out."""
    sitemap = client.get(reverse("sitemap")).content.decode()
    urls = {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    urls |= {path for name, path in PUBLIC_PAGES.items() if name != "search"}
    urls |= set(FEEDS.values())
    for model in (Film, Person, Character, Vehicle, EditorialPiece):
        urls |= {obj.get_absolute_url() for obj in model._default_manager.all()}
    urls.add(reverse("films:piece-list"))
    return sorted(urls)


LANGUAGES = ["en", "fr"]


@pytest.fixture(scope="module")
def hidden(django_db_setup, django_db_blocker):
    """What each horizon hides, in each language: {(films_seen, language): telltales}, read
    from the seeded database once for the module's tests."""
    with django_db_blocker.unblock():
        return {
            (films_seen, language): telltales(films_seen, language)
            for films_seen in HORIZONS
            for language in LANGUAGES
        }


def horizons_hiding(hidden, language):
    """The horizons at which text in `language` spoils a later film, checking that every
    horizon but the last has some."""
    checked = []
    for films_seen in HORIZONS:
        found = hidden[films_seen, language]
        if films_seen < max(HORIZONS):
            assert found, "text spoils later films"
        if found:  # nothing spoils a film after the last
            checked.append(films_seen)
    assert checked == HORIZONS[:-1]
    return checked


def test_no_page_shows_text_spoiling_a_film_beyond_the_horizon(client, seeded, hidden):
    """Each page, read once per horizon, is checked against the text hidden in the language of
    each edition that reaches it."""
    urls = {}
    for language in LANGUAGES:
        with override(language):
            urls[language] = set(site_urls(client))
        assert len(urls[language]) > 30
    checked = {language: horizons_hiding(hidden, language) for language in LANGUAGES}
    for films_seen in HORIZONS:
        languages = [language for language in LANGUAGES if films_seen in checked[language]]
        for url in sorted(set().union(*(urls[language] for language in languages))):
            client.cookies["seen_up_to"] = str(films_seen)
            response = client.get(url)
            if response.status_code in (301, 302, 404):
                continue  # a draft's address, or one the sitemap lists in the other edition
            assert response.status_code == 200, url
            read = Read(read_words(response))
            for language in languages:
                if url not in urls[language]:
                    continue
                for shown, _rare in hidden[films_seen, language]:
                    assert not read.leaked(shown), (language, films_seen, url, read.leaked(shown))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_search_result_shows_text_spoiling_a_film_beyond_the_horizon(
    client, seeded, hidden, language
):
    for films_seen in horizons_hiding(hidden, language):
        found = hidden[films_seen, language]
        with override(language):
            nothing = set(read_words(search(client, "zzqxj", seen=films_seen)))
            hidden_words = {word for _shown, rare in found for word in rare}
            for query in sorted({" ".join(rare) for _shown, rare in found if rare}):
                rare = query.split()
                response = search(client, query, seen=films_seen)
                # A near miss replaces words with readable ones and keeps the reader's own
                # words it cannot place: said back, they reveal nothing.
                corrected = re.search(
                    r'<p class="search-corrected">.*?“[^”]*”.*?“([^”]*)”', response.content.decode()
                )
                if corrected:
                    for word in words(html.unescape(corrected.group(1))):
                        assert word in rare or word not in hidden_words, (language, query, word)
                    response.content = re.sub(
                        r'<p class="search-corrected">.*?</p>', "", response.content.decode()
                    ).encode()
                # The query is said back: "Search: …", "Nothing matches …". Stems may find readable
                # text (a hidden "cleared", a readable "clear"): the hidden word itself never.
                read = " ".join(read_words(response)).replace(" ".join(words(query)), " ")
                read = [w for w in read.split() if w not in nothing]
                where = (language, films_seen, query)
                assert not set(rare) & set(read), where
                read = Read(read)
                for shown, _rare in found:
                    assert not read.leaked(shown), (*where, read.leaked(shown))
