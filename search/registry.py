"""What search indexes, as the apps that own it say: search itself knows no domain model.

An app registers, from its own `AppConfig.ready()`:
- each kind of page results are grouped under, with its heading (`register_page`);
- each kind of searchable text: the model it comes from, the kind of page it is shown on, and a
  function that gives the documents of one object (`@register`); `follows` names the other models
  whose changes show in them (a passage is titled with its film's title);
- what makes text public (`register_public`): a document may require an object (its film, its
  article) that must be public for the text to be found, and the app that owns the object's model
  says which are;
- what text may spoil (`register_spoilers`): the objects whose plot a document may reveal, those
  that are public, in the order a reader comes to them. Text spoiling one that is not public is
  never found, and neither is text spoiling one beyond the reader's horizon
  (`horizon.allows(obj)`): a match a reader cannot read is no match at all, lest search confirm
  what the page folds.
Visibility is checked when searching, with the owning app's own rules, so that publishing,
unpublishing or scheduling needs no reindexing.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q

# The kinds of page results are grouped by, and their headings.
PAGES = {}
# The kinds of page that have an index of their own: key -> its address (a lazy reverse()).
INDEXES = {}
# The registered kinds of text, by lower-case model label.
KINDS = {}
# Lower-case model label -> a function giving the queryset of its public objects.
PUBLIC = {}


@dataclass(frozen=True)
class Document:
    """A piece of text of a page, as an object gives it to the index."""

    url: str
    title: str
    body: str = ""
    section: str = ""
    page: str = ""  # a key of PAGES, if not the kind's own
    requires: object = None  # a model instance that must be public for the text to be found
    spoils: object = None  # what the text reveals (registered with register_spoilers), or its pk
    # The page of a named thing (a film, a person, a character): its names, the title first; a
    # query naming it shows it first, as a card with this spoiler-free line. It must spoil
    # nothing.
    names: tuple = ()
    card: str = ""
    weight: int = 0  # how much readers look for it: the heaviest are offered before a query


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


@dataclass(frozen=True)
class Spoilers:
    """The objects text may spoil, as registered by the app that owns them."""

    model: str
    public: object  # () -> queryset of the public ones, in the order a reader comes to them

    def in_order(self, pks):
        """The public objects with these keys, the one a reader comes to first first."""
        return list(self.public().filter(pk__in=pks))


spoilers = None


def register_page(key, heading, *, index=None):
    """Group results of this kind of page under this heading; `index` is the address of the
    page listing them all, offered before a query."""
    PAGES[key] = heading
    if index is not None:
        INDEXES[key] = index


def register(model, *, page, related=(), prefetch=(), follows=None):
    """Make the text of a model searchable: decorate the function giving an object's
    documents. Its changes, and those of the models it follows, keep the index current."""

    def decorator(documents):
        kind = Kind(model, page, documents, tuple(related), tuple(prefetch), follows or {})
        KINDS[kind.name] = kind
        from search.index import connect_receivers

        connect_receivers(kind)
        return documents

    return decorator


def register_public(model, public):
    """Find text requiring an object of `model` only while `public()` holds the object."""
    PUBLIC[model.lower()] = public


def register_spoilers(model, public):
    """Say what documents' `spoils` refer to: objects of `model`; `public()` gives those that
    are public, in the order a reader comes to them."""
    global spoilers
    spoilers = Spoilers(model, public)


def visible():
    """The condition documents visitors may find meet: whatever they require is public, and
    they spoil nothing that is not (such text is left out of pages). What no app made public
    is never found."""
    requirements = Q(requires_model="")
    for model, public in PUBLIC.items():
        requirements |= Q(requires_model=model, requires_id__in=public().values("pk"))
    spoiling = Q(spoils_id__isnull=True)
    if spoilers is not None:
        spoiling |= Q(spoils_id__in=spoilers.public().values("pk"))
    return requirements & spoiling


def readable(horizon):
    """The condition documents a reader with this spoiler horizon may find meet: visible ones
    that spoil nothing beyond the horizon."""
    condition = visible()
    if spoilers is not None:
        seen = [obj.pk for obj in spoilers.public() if horizon.allows(obj)]
        condition &= Q(spoils_id__isnull=True) | Q(spoils_id__in=seen)
    return condition
