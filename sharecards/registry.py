"""What each kind of card says, as the apps that own the pages register it."""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

_kinds = {}
_heading = [lambda: ""]


@dataclass(frozen=True)
class Card:
    """The words of one card: what the page is (kind), its subject (title) and a line under
    it; `accent` picks one of the posters' colours (any integer)."""

    kind: str
    title: str
    subtitle: str = ""
    accent: int = 0


def register(kind, words):
    """Give pages of `kind` a card: `words(slug)` returns its Card, or raises Http404 when no
    public page of that kind has that slug."""
    if kind in _kinds:
        raise ImproperlyConfigured(f"Share cards of kind {kind!r} are registered already.")
    _kinds[kind] = words


def set_heading(heading):
    """Name the line above every card's kind: `heading()` is called in the request's language."""
    _heading[0] = heading


def heading():
    return _heading[0]()


def words_for(kind, slug):
    """The Card of the page of `kind` and `slug`; None if no such kind is registered."""
    words = _kinds.get(kind)
    return None if words is None else words(slug)
