"""The share cards of the films app's pages: each says what its page shows."""

from django.shortcuts import get_object_or_404
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext

from films.models import Character, EditorialPiece, Film, Person, Vehicle
from films.series import Series
from sharecards import Card


def film_card(slug):
    film = get_object_or_404(Film.objects.published(), slug=slug)
    if film.year:
        kind = pgettext("share card", "Film · %(year)s") % {"year": film.year}
    else:
        kind = pgettext("share card", "Film")
    return Card(kind, film.title, film.original_title, accent=film.series_position - 1)


def person_card(slug):
    person = get_object_or_404(Person, slug=slug)
    return Card(pgettext("share card", "Cast and crew"), person.name)


def character_card(slug):
    character = get_object_or_404(Character, slug=slug)
    full_name = character.full_name if character.full_name != character.name else ""
    return Card(pgettext("share card", "Character"), character.name, full_name, accent=1)


def car_card(slug):
    vehicle = get_object_or_404(Vehicle, slug=slug)
    return Card(pgettext("share card", "Car"), vehicle.name)


def article_card(slug):
    piece = get_object_or_404(EditorialPiece.objects.published(), slug=slug)
    byline = gettext("By %(byline)s") % {"byline": piece.byline}
    return Card(piece.get_kind_display(), piece.title, byline, accent=1)


def series_heading():
    """Every card is headed with the series' name, in the request's language."""
    return capfirst(Series.current().name)


CARDS = {
    "film": film_card,
    "person": person_card,
    "character": character_card,
    "car": car_card,
    "article": article_card,
}
