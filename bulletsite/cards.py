"""The share cards of the pages about no one thing (home, lists, the series compared), which
this package composes: their words come from the series' published films."""

from django.http import Http404
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext

from films.series import Series
from sharecards import Card


def page_card(slug):
    words = _page_cards(Series.current()).get(slug)
    if words is None:
        raise Http404("No such share card.")
    return Card(*words)


def _page_cards(series):
    """The words of the cards of pages about no one thing, by page: kind, title, subtitle. The
    series' name, titles and years come from its published films."""
    first, last = series.first, series.last
    home_subtitle = ", ".join(words for words in (series.original_title, series.years) if words)
    if first is None or first == last:
        span = first.title if first else ""
    else:
        span = gettext("From %(first)s to %(last)s") % {"first": first.title, "last": last.title}
    return {
        "home": (
            pgettext("share card", "Films, cast and reviews"),
            capfirst(series.name),
            home_subtitle,
        ),
        "films": (pgettext("share card", "Films"), gettext("The films"), series.titles),
        "reviews": (
            pgettext("share card", "Reviews"),
            gettext("Critics and community"),
            gettext("Reviews of %(series)s") % {"series": series.name},
        ),
        "articles": (
            pgettext("share card", "Articles"),
            gettext("Explainers and retrospectives"),
            gettext("About %(series)s") % {"series": series.name},
        ),
        "search": (
            pgettext("share card", "Search"),
            pgettext("share card title", "Search"),
            gettext("Films, people, characters, critics and publications"),
        ),
        "cars": (
            pgettext("share card", "Cars"),
            gettext("The cars"),
            gettext("Charas's Renault and the other cars of %(series)s") % {"series": series.name},
        ),
        "characters": (
            pgettext("share card", "Characters"),
            gettext("Who is who"),
            gettext("The characters of %(series)s") % {"series": series.name},
        ),
        "people": (
            pgettext("share card", "Cast and crew"),
            gettext("Cast and crew"),
            gettext("Everyone credited on %(series)s") % {"series": series.name},
        ),
        "critics": (
            pgettext("share card", "Critics"),
            gettext("The critics"),
            gettext("Reviews of %(series)s") % {"series": series.name},
        ),
        "publications": (
            pgettext("share card", "Publications"),
            gettext("The publications"),
            gettext("Reviews of %(series)s") % {"series": series.name},
        ),
        "timeline": (
            pgettext("share card", "Timeline"),
            gettext("The %(series_word)s in story time") % {"series_word": series.word},
            span,
        ),
        "trilogy": (
            pgettext("share card", "Compare"),
            gettext("The %(series_word)s compared") % {"series_word": series.word},
            gettext("Scores, cast and the members' ranking"),
        ),
    }
