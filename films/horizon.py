"""A reader's spoiler horizon: how far into the series they have watched.

Every passage of prose names the latest film whose plot it reveals (Spoiler.spoils). A reader
who has seen the films up to series position `films_seen` reads those passages open; passages
spoiling a later film stay folded behind a disclosure that names it. Visitors keep their horizon
in a cookie, members on their account (SpoilerHorizon); a first visit counts as nothing seen yet.
"""

from dataclasses import dataclass

from django.utils.functional import SimpleLazyObject

from films.series import Series

COOKIE_NAME = "seen_up_to"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365


@dataclass(frozen=True)
class Horizon:
    films_seen: int = 0
    chosen: bool = False  # False on a first visit, until the reader says how far they are

    def allows(self, film):
        """Whether a passage spoiling `film` (None: spoiling nothing) may be shown open."""
        return film is None or film.series_position <= self.films_seen

    def reaches(self, film):
        """Whether a person's or character's part in `film` may be listed: in the films seen
        and the next one, whose cast tells only who survived those; a later film's would tell
        who survives the next."""
        return film.series_position <= self.films_seen + 1

    def within_reach(self, entries, film=lambda entry: entry[0]):
        """Keep the entries (credits, appearances) of the films this horizon reaches, in order;
        return them and whether the series has published films beyond its reach. That is said
        whether or not an entry was left out: saying it only then would tell who appears
        later."""
        shown = [entry for entry in entries if self.reaches(film(entry))]
        return shown, self.films_seen + 1 < Series.current().last_position

    @property
    def cache_key(self):
        """What tells one cached copy of a page from another: pages differ by horizon, and a
        first visit's copy carries the invitation to choose one."""
        return f"{self.films_seen}{'' if self.chosen else '?'}"

    @classmethod
    def parse(cls, value, *, chosen=True):
        """The horizon a cookie or form value names; nothing seen if it names none: one
        beyond the last published film names none."""
        try:
            films_seen = int(value)
        except (TypeError, ValueError):
            return cls()
        if not 0 <= films_seen <= Series.current().last_position:
            return cls()
        return cls(films_seen, chosen=chosen)

    @classmethod
    def for_request(cls, request):
        """A member's horizon from their account, a visitor's from the cookie."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            from films.models import SpoilerHorizon

            saved = SpoilerHorizon.objects.filter(member=user).values_list("films_seen", flat=True)
            if (films_seen := saved.first()) is not None:
                # Saved when there were more films, some since withdrawn: all of them.
                return cls(min(films_seen, Series.current().last_position), chosen=True)
        if COOKIE_NAME in request.COOKIES:
            return cls.parse(request.COOKIES[COOKIE_NAME])
        return cls()


class HorizonMiddleware:
    """Set request.horizon, lazily: pages that show no prose never look it up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.horizon = SimpleLazyObject(lambda: Horizon.for_request(request))
        return self.get_response(request)


def horizon_choices(request):
    """Context processor: the published films as `series`, for the words that name them, and
    the choices of the header's "I've seen" form; read only by a page that shows them."""
    series = SimpleLazyObject(Series.current)
    return {"series": series, "horizon_choices": SimpleLazyObject(lambda: series.horizon_choices)}
