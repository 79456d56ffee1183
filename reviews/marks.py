"""Spoiler marks inside a member's review: a passage that reveals the plot of one film.

Members type a mark as `[spoiler=2]…[/spoiler]`, naming the film by its place in the series or
by its title (`[spoiler]` alone names the film reviewed). On save the review keeps the film's
id, `[[spoils:<pk>]]…[[/spoils]]`, so that a mark points to the same film whatever the film is
later called or wherever it moves in the series, and a history revert brings its marks back
with its words. The form shows the marks again as members type them (`for_editing`).

Every place that shows a review's text asks this module for it: `review_html` for pages (a
passage beyond the reader's horizon folded behind a disclosure naming its film) and
`review_plain` for excerpts (feed, admin lists), where a folded passage is a line naming the
film. Passages marked for a film visitors cannot see are left out.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import linebreaks_filter
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, pgettext

from films.models import Film
from films.series import published_films

# What the database holds.
STORED = re.compile(r"\[\[spoils:(\d+)\]\](.*?)\[\[/spoils\]\]", re.DOTALL)
STORED_TOKEN = re.compile(r"\[\[/?spoils\b", re.IGNORECASE)
# What members type: an opening with an optional film, or a closing.
TYPED_TOKEN = re.compile(r"\[spoiler(?:\s*=\s*([^\]\n]*))?\]|\[/spoiler\]", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    text: str
    film_id: int | None = None  # None: the review's own text, under its overall `spoils`


def passages(stored):
    """Split a review's stored text into its unmarked and marked passages, in order."""
    found, start = [], 0
    for match in STORED.finditer(stored or ""):
        if match.start() > start:
            found.append(Passage(stored[start : match.start()]))
        found.append(Passage(match.group(2), int(match.group(1))))
        start = match.end()
    if start < len(stored or ""):
        found.append(Passage(stored[start:]))
    return found


def marked_film_ids(stored):
    """The ids of the films the review's marks name, in order, once each."""
    return list(dict.fromkeys(p.film_id for p in passages(stored) if p.film_id is not None))


def has_marks(stored):
    return STORED.search(stored or "") is not None


def _public_films(found=None):
    """The films visitors can see, by id; none when the passages `found` mark none, as most
    reviews' do, so that a page of them asks the shared cache for nothing."""
    if found is not None and all(passage.film_id is None for passage in found):
        return {}
    return {film.pk: film for film in published_films()}


def _fold(content, film, *, opened=False):
    # The author reads their own passages open, still named.
    details = (
        '<details class="spoiler spoiler--passage" open>'
        if opened
        else ('<details class="spoiler spoiler--passage">')
    )
    return format_html(
        details + "<summary>{}"
        '<span class="spoiler__action">{}</span></summary>'
        '<div class="spoiler__body">{}</div></details>',
        # Translators: names a passage of a member's review folded for readers who have not
        # seen a film; {title} is the film's title.
        format_html(gettext("Spoiler for <cite>{title}</cite>"), title=film.title),
        # Translators: follows "Spoils <film>" on a folded spoiler, to open it.
        pgettext("spoiler disclosure", ": show"),
        content,
    )


def review_html(stored, *, horizon, mine=False):
    """A review's text as a page shows it to a reader with `horizon`: paragraphs escaped, each
    marked passage beyond the horizon folded and named. `mine`: the author is reading, who sees
    every passage open, still named."""
    found = passages(stored)
    films = _public_films(found)
    parts = []
    for passage in found:
        if not passage.text.strip():
            continue
        content = linebreaks_filter(passage.text.strip(), autoescape=True)
        if passage.film_id is None:
            parts.append(content)
            continue
        film = films.get(passage.film_id)
        if film is None:
            continue  # a film visitors cannot see: nothing of what spoils it shows
        if horizon.allows(film) and not mine:
            parts.append(content)
        else:
            parts.append(_fold(content, film, opened=mine))
    return format_html_join("", "{}", ((part,) for part in parts))


def review_plain(stored, *, horizon):
    """A review's text as plain words for an excerpt: each marked passage beyond `horizon` is
    replaced by a line naming its film."""
    found = passages(stored)
    films = _public_films(found)
    parts = []
    for passage in found:
        if passage.film_id is None:
            parts.append(passage.text)
            continue
        film = films.get(passage.film_id)
        if film is None:
            continue
        if horizon.allows(film):
            parts.append(passage.text)
        else:
            # Translators: stands in an excerpt of a member's review for a passage that
            # reveals a film's plot; %(title)s is the film's title.
            parts.append(" [%s] " % (gettext("Spoiler for %(title)s") % {"title": film.title}))
    return re.sub(r"[ \t]{2,}", " ", "".join(parts)).strip()


def _typed_name(film):
    return film.title if "]" not in film.title and film.title.strip() else str(film.series_position)


def for_editing(stored, films):
    """A review's stored text with its marks as members type them: `films` by id give the
    titles (a film no longer among them is named by its id, which no form takes back)."""

    def typed(match):
        film = films.get(int(match.group(1)))
        name = _typed_name(film) if film else f"#{match.group(1)}"
        return f"[spoiler={name}]{match.group(2)}[/spoiler]"

    return STORED.sub(typed, stored or "")


def _find_film(name, films, reviewed):
    name = " ".join(name.split())
    if not name:
        return reviewed
    if name.isdigit():
        return next((f for f in films if f.series_position == int(name)), None)
    wanted = name.casefold()
    for film in films:
        titles = [film.title, getattr(film, "title_en", ""), getattr(film, "title_fr", "")]
        titles.append(film.original_title)
        if any(title and " ".join(title.split()).casefold() == wanted for title in titles):
            return film
    return None


def parse_typed(typed, *, films, reviewed):
    """The stored form of a review's text as a member typed it, its marks naming `films` by
    place or title (none: `reviewed`); raise ValidationError, listing every mistake, if a mark
    is not closed, closes nothing, sits inside another or names no film."""
    if STORED_TOKEN.search(typed):
        raise ValidationError(
            gettext("Write spoiler marks as [spoiler=…] and [/spoiler]; “[[spoils” is reserved."),
            code="reserved",
        )
    errors, out, start, opened = [], [], 0, None
    for match in TYPED_TOKEN.finditer(typed):
        out.append(typed[start : match.start()])
        start = match.end()
        closing = match.group(0).startswith("[/")
        if closing:
            if opened is None:
                errors.append(
                    gettext("A [/spoiler] closes no mark: open the passage with [spoiler=…].")
                )
                out.append(match.group(0))
                continue
            if not typed[opened[1] : match.start()].strip():
                errors.append(gettext("A spoiler mark holds no text: put the passage inside it."))
            out.append("[[/spoils]]")
            opened = None
            continue
        if opened is not None:
            errors.append(
                gettext(
                    "Spoiler marks cannot be inside each other: close the first with "
                    "[/spoiler] before opening the next."
                )
            )
            out.append(match.group(0))
            continue
        film = _find_film(match.group(1) or "", films, reviewed)
        if film is None:
            errors.append(
                gettext(
                    "“%(mark)s” names no film of the series: give its place (1 to %(count)s) "
                    "or its title."
                )
                % {"mark": match.group(0), "count": len(films)}
            )
            out.append(match.group(0))
            continue
        out.append(f"[[spoils:{film.pk}]]")
        opened = (match, match.end())
    out.append(typed[start:])
    if opened is not None:
        errors.append(
            gettext("A spoiler mark is not closed: add [/spoiler] where the passage ends.")
        )
    if errors:
        raise ValidationError(list(dict.fromkeys(errors)), code="marks")
    return "".join(out)


def words_of(text):
    """A text without its marks, stored or typed, spaces evened: what a member wrote."""
    text = STORED.sub(lambda match: match.group(2), text or "")
    return " ".join(TYPED_TOKEN.sub("", text).split())


def typed_text(stored):
    """A review's stored text with its marks as members type them, for moderators' eyes."""
    if not (ids := marked_film_ids(stored)):
        return stored or ""
    films = _public_films()
    if missing := [pk for pk in ids if pk not in films]:
        films |= Film.objects.in_bulk(missing)
    return for_editing(stored, films)


def marked_films(stored):
    """The films a review's marks name, in order: those visitors can see."""
    films = _public_films()
    return [films[pk] for pk in marked_film_ids(stored) if pk in films]
