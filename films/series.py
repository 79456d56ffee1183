"""The series as the database holds it: its published films in series order, and the words the
site uses for the whole of it. No code names a film or counts them: an editor who publishes a
fourth film (or a spin-off, or a short) from the admin gets a site that knows it.

Every page's header offers the films as spoiler horizons, and cached pages are looked up by a
horizon checked against the number of films, so the films are kept in the shared cache, the
pages' own (settings.PAGE_CACHE_ALIAS: derived data, which it may drop when full). Any
save or deletion of a film forgets them (FilmsConfig.ready connects the receiver); a film
scheduled for later has no save to announce it, so they also run out when the next one is due.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import get_text_list
from django.utils.translation import gettext, pgettext

CACHE_KEY = "films:series"
# The count of films the series is called a trilogy at; any other count makes it a series.
TRILOGY = 3


def published_films():
    """Return the published films in series order, from the shared cache when it holds them."""
    cache = caches[settings.PAGE_CACHE_ALIAS]
    films = cache.get(CACHE_KEY)
    if films is None:
        from films.models import Film, PublicationStatus

        # One query for the films published now and those scheduled for later, which say how
        # long the list holds.
        now = timezone.now()
        published = Film.objects.filter(status=PublicationStatus.PUBLISHED)
        films, scheduled = [], []
        for film in published.order_by("series_position"):
            (films if film.published_at <= now else scheduled).append(film)
        cache.set(CACHE_KEY, films, timeout=_seconds_until(scheduled, now))
    return films


def _seconds_until(scheduled, now):
    if not scheduled:
        return settings.PAGE_CACHE_SECONDS
    seconds = int((min(film.published_at for film in scheduled) - now).total_seconds()) + 1
    return max(1, min(settings.PAGE_CACHE_SECONDS, seconds))


def films_changed(sender, **kwargs):
    """Signal receiver: a film was saved or deleted; forget the series until it is read again."""
    cache = caches[settings.PAGE_CACHE_ALIAS]
    cache.delete(CACHE_KEY)
    # Again after the commit: a request meanwhile would cache the films from before the change.
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


@dataclass(frozen=True)
class Series:
    """The published films, and what the site calls them together."""

    films: tuple

    @classmethod
    def current(cls):
        return cls(tuple(published_films()))

    def __len__(self):
        return len(self.films)

    def __iter__(self):
        return iter(self.films)

    @property
    def count(self):
        return len(self.films)

    @property
    def first(self):
        return self.films[0] if self.films else None

    @property
    def last(self):
        return self.films[-1] if self.films else None

    @property
    def last_position(self):
        """The series position of the last published film: a horizon reaches no further."""
        return self.last.series_position if self.films else 0

    @property
    def is_trilogy(self):
        return self.count == TRILOGY

    @property
    def word(self):
        """What the films are together: "trilogy" while there are three, else "series"."""
        if self.is_trilogy:
            return pgettext("the films as a whole", "trilogy")
        return pgettext("the films as a whole", "series")

    @property
    def name(self):
        """The series' name, after its first film's title: "the <title> trilogy"."""
        if self.first is None:
            return pgettext("the films as a whole, before there are any", "the series")
        if self.is_trilogy:
            return gettext("the %(title)s trilogy") % {"title": self.first.title}
        return gettext("the %(title)s series") % {"title": self.first.title}

    @property
    def original_title(self):
        """The first film's original title, which names the series in its own language."""
        return self.first.original_title if self.first else ""

    @property
    def years(self):
        """The years the series spans: "2020–2025", or one year."""
        years = [film.year for film in self.films if film.year]
        if not years:
            return ""
        first, last = min(years), max(years)
        return str(first) if first == last else f"{first}–{last}"

    @property
    def titles(self):
        """The films' titles in series order: "<first>, <second> and <third>"."""
        return get_text_list([film.title for film in self.films], gettext("and"))

    @property
    def original_titles_html(self):
        """The films' original titles with their years, each marked as French (the series'
        original language)."""
        items = []
        for film in self.films:
            if film.original_title:
                title = format_html('<i lang="fr">{}</i>', film.original_title)
            else:  # no original title known: the page's own
                title = format_html("<i>{}</i>", film.title)
            items.append(format_html("{} ({})", title, film.year) if film.year else title)
        if len(items) < 2:
            return items[0] if items else ""
        others = format_html_join(", ", "{}", ((item,) for item in items[:-1]))
        return format_html("{} {} {}", others, gettext("and"), items[-1])

    @property
    def horizon_choices(self):
        """The header's "I've seen" choices: nothing, each film but the last, all of them. Each
        names the position of the last film seen, which passages' films are compared with."""
        choices = [(0, gettext("Nothing yet"))]
        choices += [(film.series_position, film.title) for film in self.films[:-1]]
        if self.films:
            choices.append((self.last_position, gettext("All of them")))
        return choices
