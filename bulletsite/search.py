"""Search through everything: the search index's documents, kept current, and the search.

Each kind of searchable text is one registration below: the model it comes from, the kind of
page it is shown on, and a function that gives the documents (page, title, text, the film that
must be public, the film the text spoils) of one object. A receiver rewrites an object's
documents when it is saved and removes them when it is deleted; `follows` names the other models
whose changes show in them (a passage is titled with its film's title). `manage.py
search_rebuild` rewrites them all, and so does every `migrate` that applies a migration.

The database does the searching (bulletsite/migrations/0002_search_index.py): SQLite's FTS5,
ranked by bm25() with titles weighted ten times, snippets by snippet() and highlight();
PostgreSQL's full-text search (SearchRank, SearchHeadline) over a GIN-indexed tsvector. Each page
is indexed once per language, and a search looks in the page's language only. Both fold case
and accents; PostgreSQL stems English and French words each with its own stemmer, SQLite's
FTS5 offers only the Porter stemmer (English), which still joins French plurals in -s. A query
is a list of words, all required: everything else in it (quotes, operators, punctuation) is
dropped, so no input is ever read as syntax. When nothing matches, each word is replaced by the
nearest word of the index's text in the page's language (difflib on SQLite, pg_trgm's
similarity() on PostgreSQL) and the search tried once more.

Results are pages, best first, grouped by kind of page: a page is as good as its best matching
text. Its snippet is the best matching text that the reader's spoiler horizon allows; a page
that matches only in text spoiling a film they have not seen is listed with a line naming the
film instead.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language, gettext, override
from django.utils.translation import gettext_lazy as _

from bulletsite.models import SearchDocument
from films.search import fold

# The kinds of page results are grouped by, and their headings.
PAGES = {
    "film": _("Films"),
    "article": _("Articles"),
    "character": _("Characters"),
    "person": _("People"),
    "vehicle": _("Cars"),
    "timeline": _("Timeline"),
    "critic": _("Critics"),
    "publication": _("Publications"),
}

# Wrapped around matches by the database, made into <mark> once the text around them is escaped.
START, STOP = "\ue000", "\ue001"
ELLIPSIS = "…"
PUNCTUATION = " .,;:!?…\"'“”‘’()"  # what ts_headline may leave off either end of a snippet
SNIPPET_WORDS = 24
MAX_WORDS = 12
MAX_DOCUMENTS = 200
RESULTS_PER_KIND = 20
# A word shorter than this is never replaced by a near miss: too many words are near it.
SHORTEST_CORRECTED = 4
WORD = re.compile(r"[^\W_]+")

POSTGRESQL_CONFIG = "bulletsite"  # English, accents folded: created by migration 0002
# French, accents folded, French stems: created by migration 0003.
POSTGRESQL_CONFIGS = {"en": POSTGRESQL_CONFIG, "fr": "bulletsite_fr"}
POSTGRESQL_VECTOR = RawSQL(
    '"bulletsite_searchdocument"."search_vector"', (), output_field=SearchVectorField()
)
SIMILARITY_THRESHOLD = 0.4  # pg_trgm's similarity() of a word and its near miss
DIFFLIB_CUTOFF = 0.75  # difflib's ratio of a word and its near miss


# Registrations.


@dataclass(frozen=True)
class Document:
    """A piece of text of a page, as an object gives it to the index."""

    url: str
    title: str
    body: str = ""
    section: str = ""
    page: str = ""  # a key of PAGES, if not the kind's own
    # Each a model instance or its primary key.
    film: object = None  # the film that must be public for the text to be found
    article: object = None  # the article that must be public for the text to be found
    spoils: object = None  # the film whose plot the text reveals


@dataclass(frozen=True)
class Kind:
    """A registered kind of searchable text."""

    model: str  # "app_label.ModelName"
    page: str  # the kind of page its text is shown on, a key of PAGES
    documents: object  # object -> iterable of Document
    related: tuple = ()  # select_related() for rebuilding
    prefetch: tuple = ()  # prefetch_related() for rebuilding
    follows: dict = field(default_factory=dict)  # other model -> lookups from this one to it

    @property
    def name(self):
        return self.model.lower()

    def get_model(self):
        return apps.get_model(self.model)

    def queryset(self):
        queryset = self.get_model()._default_manager.prefetch_related(*self.prefetch)
        return queryset.select_related(*self.related) if self.related else queryset


KINDS = {}


def register(model, *, page, related=(), prefetch=(), follows=None):
    """Make the text of a model searchable: decorate the function giving an object's
    documents."""

    def decorator(documents):
        kind = Kind(model, page, documents, tuple(related), tuple(prefetch), follows or {})
        KINDS[kind.name] = kind
        return documents

    return decorator


def _id(value):
    """The primary key of a model instance, or the key itself."""
    return getattr(value, "pk", value)


@register(
    "films.Film",
    page="film",
    related=["distributor"],
    prefetch=["production_companies"],
    follows={"films.Company": ("production_companies", "distributor")},
)
def film_documents(film):
    url = film.get_absolute_url()
    body = ". ".join(text for text in (film.original_title, film.synopsis) if text)
    yield Document(url=url, title=film.title, body=body, film=film)
    producers = [company.name for company in film.production_companies.all()]
    companies = []
    if producers:
        companies.append(gettext("Produced by %(names)s.") % {"names": ", ".join(producers)})
    if film.distributor:
        companies.append(gettext("Distributed by %(name)s.") % {"name": film.distributor.name})
    if companies:
        yield Document(
            url=url,
            title=film.title,
            section=gettext("Production companies"),
            body=" ".join(companies),
            film=film,
        )


@register("films.FilmPassage", page="film", related=["film"], follows={"films.Film": "film"})
def film_passage_documents(passage):
    film = passage.film
    yield Document(
        url=f"{film.get_absolute_url()}#{passage.section}-heading",
        title=film.title,
        section=passage.get_section_display(),
        body=passage.text,
        film=film,
        spoils=passage.spoils_id,
    )


@register("films.FilmingLocation", page="film", related=["film"], follows={"films.Film": "film"})
def filming_location_documents(location):
    film = location.film
    yield Document(
        url=f"{film.get_absolute_url()}#production-heading",
        title=film.title,
        section=gettext("Filming locations"),
        body=" — ".join(text for text in (str(location), location.note) if text),
        film=film,
    )


@register("films.EditorialPiece", page="article")
def editorial_piece_documents(piece):
    yield Document(
        url=piece.get_absolute_url(),
        title=piece.title,
        body=piece.standfirst,
        article=piece,
        spoils=piece.standfirst_spoils_id,
    )


@register(
    "films.ArticleSection",
    page="article",
    related=["piece"],
    follows={"films.EditorialPiece": "piece"},
)
def article_section_documents(section):
    piece = section.piece
    anchor = f"#section-{section.pk}" if section.heading else ""
    yield Document(
        url=piece.get_absolute_url() + anchor,
        title=piece.title,
        section=section.heading,
        body=section.text,
        article=piece,
        spoils=section.spoils_id,
    )


@register("films.Character", page="character")
def character_documents(character):
    title = str(character)
    # The name the films use, where the full name does not hold it.
    name = "" if character.name in title else character.name
    body = ". ".join(text for text in (name, character.introduction) if text)
    yield Document(url=character.get_absolute_url(), title=title, body=body)


@register(
    "films.CharacterArc",
    page="character",
    related=["character", "film"],
    follows={"films.Character": "character", "films.Film": "film"},
)
def character_arc_documents(arc):
    film = arc.film
    yield Document(
        url=f"{arc.character.get_absolute_url()}#film-{film.pk}-heading",
        title=str(arc.character),
        section=gettext("In %(film)s") % {"film": film.title},
        body="\n\n".join(text for text in (arc.text, arc.end_state) if text),
        film=film,
        spoils=arc.spoils_id,
    )


@register(
    "films.Person",
    page="person",
    prefetch=["alternative_names"],
    follows={"films.AlternativeName": "alternative_names"},
)
def person_documents(person):
    names = [name.name for name in person.alternative_names.all()]
    spellings = gettext("Also spelled %(names)s.") % {"names": ", ".join(names)} if names else ""
    body = "\n\n".join(text for text in (person.biography, spellings) if text)
    yield Document(url=person.get_absolute_url(), title=person.name, body=body)


@register(
    "films.Discrepancy",
    page="film",
    related=["film", "person", "character", "vehicle"],
    follows={
        "films.Film": "film",
        "films.Person": "person",
        "films.Character": "character",
        "films.Vehicle": "vehicle",
    },
)
def discrepancy_documents(discrepancy):
    # Shown on the page of each thing it concerns.
    concerns = {
        "film": discrepancy.film,
        "person": discrepancy.person,
        "character": discrepancy.character,
        "vehicle": discrepancy.vehicle,
    }
    for page, concerned in concerns.items():
        if concerned is not None:
            yield Document(
                page=page,
                url=f"{concerned.get_absolute_url()}#discrepancies-heading",
                title=str(concerned),
                section=gettext("Where sources disagree"),
                body=discrepancy.note,
                film=concerned if page == "film" else None,
                spoils=discrepancy.spoils_id,
            )


@register("films.Vehicle", page="vehicle")
def vehicle_documents(vehicle):
    yield Document(url=vehicle.get_absolute_url(), title=vehicle.name, body=vehicle.introduction)


@register(
    "films.VehicleAppearance",
    page="vehicle",
    related=["vehicle", "film"],
    follows={"films.Vehicle": "vehicle", "films.Film": "film"},
)
def vehicle_appearance_documents(appearance):
    vehicle, film = appearance.vehicle, appearance.film
    yield Document(
        url=f"{vehicle.get_absolute_url()}#film-{film.pk}-heading",
        title=vehicle.name,
        section=gettext("In %(film)s") % {"film": film.title},
        body=appearance.text,
        film=film,
        spoils=appearance.spoils_id,
    )


@register("films.TimelineEvent", page="timeline", related=["film"], follows={"films.Film": "film"})
def timeline_event_documents(event):
    film = event.film
    yield Document(
        url=f"{reverse('films:timeline')}#timeline-{film.slug}",
        title=gettext("Timeline"),
        # When it happens is folded with the text on the page: never a section's open label.
        section=film.title,
        body=f"{event.when}. {event.text}",
        film=film,
        spoils=event.spoils_id,
    )


@register("reviews.Critic", page="critic")
def critic_documents(critic):
    yield Document(url=critic.get_absolute_url(), title=critic.name)


@register("reviews.Publication", page="publication")
def publication_documents(publication):
    yield Document(url=publication.get_absolute_url(), title=publication.name)


# Keeping the index current.


def _rows(kind, obj):
    """The object's documents in each edition: its text and address in that language."""
    rows = []
    for language, _name in settings.LANGUAGES:
        with override(language):
            rows += [
                SearchDocument(
                    kind=kind.name,
                    object_id=obj.pk,
                    page=document.page or kind.page,
                    url=document.url,
                    title=document.title,
                    section=str(document.section),
                    body=document.body,
                    language=language,
                    film_id=_id(document.film),
                    article_id=_id(document.article),
                    spoils_id=_id(document.spoils),
                )
                for document in kind.documents(obj)
            ]
    return rows


def index_objects(kind, objects):
    """Rewrite the documents of these objects of one kind."""
    objects = list(objects)
    if not objects:
        return
    SearchDocument.objects.filter(kind=kind.name, object_id__in=[o.pk for o in objects]).delete()
    SearchDocument.objects.bulk_create([row for obj in objects for row in _rows(kind, obj)])


def search_rebuild():
    """Rewrite every document of the index from the content; return how many there are."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        rows = [
            row
            for kind in KINDS.values()
            for obj in kind.queryset().iterator(chunk_size=500)
            for row in _rows(kind, obj)
        ]
        SearchDocument.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def _dependents(sender, instance):
    """The objects whose documents show something of this one: (kind, queryset) pairs."""
    label = sender._meta.label_lower
    for kind in KINDS.values():
        for model, lookups in kind.follows.items():
            if model.lower() == label:
                condition = Q()
                for lookup in (lookups,) if isinstance(lookups, str) else lookups:
                    condition |= Q(**{lookup: instance})
                yield kind, kind.queryset().filter(condition).distinct()


def object_saved(sender, instance, **kwargs):
    """Receiver: rewrite the documents of the object, and of the objects whose documents show
    something of it. Raw saves too: reverting a version in the admin saves raw."""
    if (kind := KINDS.get(sender._meta.label_lower)) is not None:
        index_objects(kind, [instance])
    for kind, dependents in _dependents(sender, instance):
        index_objects(kind, dependents)


def object_deleting(sender, instance, **kwargs):
    """Receiver: note which objects show something of the object, while it still links them."""
    instance._search_dependents = [
        (kind, list(dependents.values_list("pk", flat=True)))
        for kind, dependents in _dependents(sender, instance)
    ]


def object_deleted(sender, instance, **kwargs):
    """Receiver: remove the documents of the object, and rewrite those of the objects that
    showed something of it and remain (what cannot remain is deleted with it, or keeps it from
    being deleted)."""
    label = sender._meta.label_lower
    if label in KINDS:
        SearchDocument.objects.filter(kind=label, object_id=instance.pk).delete()
    for kind, pks in getattr(instance, "_search_dependents", ()):
        if pks:
            index_objects(kind, kind.queryset().filter(pk__in=pks))


def links_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Receiver: rewrite the documents of objects whose many-to-many links changed (a film's
    production companies)."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        objects = model._default_manager.filter(pk__in=pk_set or ())
        sender = model
    else:
        objects, sender = [instance], type(instance)
    if (kind := KINDS.get(sender._meta.label_lower)) is not None:
        index_objects(kind, objects)


def connect_receivers():
    """Keep the index current: listen to the registered models and to those they follow."""
    models = {apps.get_model(kind.model) for kind in KINDS.values()}
    followed = {apps.get_model(m) for kind in KINDS.values() for m in kind.follows}
    for model in models | followed:
        uid = f"search-{model._meta.label}"
        post_save.connect(object_saved, sender=model, dispatch_uid=uid)
        post_delete.connect(object_deleted, sender=model, dispatch_uid=uid)
    for model in followed:
        pre_delete.connect(
            object_deleting, sender=model, dispatch_uid=f"search-{model._meta.label}"
        )
    for model in models:
        for link in model._meta.local_many_to_many:
            through = link.remote_field.through
            m2m_changed.connect(
                links_changed, sender=through, dispatch_uid=f"search-{through._meta.label}"
            )


def rebuild_after_migrate(sender, plan=None, apps=None, **kwargs):
    """post_migrate receiver: a migration may have changed content, or the index's table.
    (flush sends post_migrate too, with no plan: it empties the index with everything else.)"""
    if not plan or apps is None:
        return
    try:
        apps.get_model("bulletsite", "SearchDocument")
    except LookupError:
        return  # migrated back to before the index
    search_rebuild()


# Searching.


@dataclass
class Result:
    """A page that matches."""

    url: str
    title: str  # HTML, the matches marked
    section: str = ""
    snippet: str = ""  # HTML, the matches marked
    hidden_spoils: object = None  # the film whose plot the matching text reveals, if hidden


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
    horizon may read them."""
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


def _group(documents, horizon):
    """Make the matching documents, best first, into pages, grouped by kind of page."""
    pages = {}
    for document in documents:
        if document.kind in KINDS and document.page in PAGES:
            page = (PAGES[document.page], document.url.partition("#")[0])
            pages.setdefault(page, []).append(document)
    groups = {}
    for (page, _url), matches in pages.items():
        title = marked(matches[0].title_marked)
        shown = next((d for d in matches if horizon.allows(d.spoils)), None)
        if shown is None:
            # Nothing of the text may be shown: only where, and which film it spoils, of the
            # matches spoiling the film the reader comes to next.
            nearest = min(matches, key=lambda d: d.spoils.series_position)
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


FTS = "bulletsite_searchdocument_fts"
WORDS = "bulletsite_searchdocument_words"


class SQLiteBackend:
    """FTS5: bulletsite_searchdocument_fts mirrors the documents' title and body."""

    def matching(self, words):
        # Each word quoted, so nothing in it is read as FTS5 syntax (NEAR, OR, *, ^, :, -).
        match = " ".join(f'"{word}"' for word in words)
        public, params = (
            SearchDocument.objects.public()
            .filter(language=get_language())
            .values("pk")
            .query.sql_with_params()
        )
        sql = f"""
            SELECT d.*, bm25({FTS}, 10.0, 1.0) AS rank,
                   highlight({FTS}, 0, %s, %s) AS title_marked,
                   snippet({FTS}, 1, %s, %s, %s, %s) AS snippet
            FROM {FTS} JOIN bulletsite_searchdocument AS d ON d.id = {FTS}.rowid
            WHERE {FTS} MATCH %s AND d.id IN ({public})
            ORDER BY rank, d.id
            LIMIT %s
        """
        params = [START, STOP, START, STOP, ELLIPSIS, SNIPPET_WORDS, match, *params]
        documents = SearchDocument.objects.raw(sql, [*params, MAX_DOCUMENTS])
        return list(documents.prefetch_related("spoils"))

    def near_miss(self, word):
        vocabulary = getattr(self, "vocabulary", None)
        if vocabulary is None:
            vocabulary = self.vocabulary = self.words()
        found = difflib.get_close_matches(word, vocabulary, n=1, cutoff=DIFFLIB_CUTOFF)
        return found[0] if found else None

    def words(self):
        """The words of the documents in the page's language, which near misses are taken
        from: SearchTerm, fts5vocab's row table, holds every language's words, and a French word
        finds nothing on an English page. fts5vocab's instance table says which document holds
        each word; it stores nothing, so it is made in the connection's own temp schema, when
        first needed."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{WORDS}"
                f" USING fts5vocab(main, {FTS}, instance)"
            )
            cursor.execute(
                f"""
                SELECT DISTINCT w.term
                FROM temp.{WORDS} AS w JOIN bulletsite_searchdocument AS d ON d.id = w.doc
                WHERE d.language = %s
                """,
                [get_language()],
            )
            return [term for (term,) in cursor.fetchall()]


class PostgreSQLBackend:
    """PostgreSQL's full-text search over the generated, GIN-indexed search_vector column."""

    def matching(self, words):
        # plainto_tsquery: the words, all required, none of them read as an operator.
        config = POSTGRESQL_CONFIGS.get(get_language(), POSTGRESQL_CONFIG)
        query = SearchQuery(" ".join(words), config=config, search_type="plain")
        headline = {"config": config, "start_sel": START, "stop_sel": STOP}
        documents = (
            SearchDocument.objects.public()
            .filter(language=get_language())
            .alias(vector=POSTGRESQL_VECTOR)
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
            .select_related("spoils")
            .order_by("-rank", "pk")[:MAX_DOCUMENTS]
        )
        return [_with_ellipses(document) for document in documents]

    def near_miss(self, word):
        """The nearest word of the documents in the page's language: SearchTerm, ts_stat() of
        every document, holds every language's words, and a French word finds nothing on an
        English page."""
        sql = """
            SELECT word FROM ts_stat(format(
                'SELECT search_vector FROM bulletsite_searchdocument WHERE language = %%L', %s::text
            ))
            WHERE similarity(word, %s) >= %s
            ORDER BY similarity(word, %s) DESC, ndoc DESC, word
            LIMIT 1
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [get_language(), word, SIMILARITY_THRESHOLD, word])
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
