import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from films import french
from films.horizon import Horizon
from films.models import spoiler_groups as _spoiler_groups
from films.references import citation_key
from films.thumbnails import poster_sources

register = template.Library()


@register.simple_tag
def cite(references, fact=""):
    """Render the reference marks of a fact on the page: a field name or a related object."""
    key = fact if isinstance(fact, str) else citation_key(fact)
    numbers = references.marks.get(key, [])
    if not numbers:
        return ""
    marks = format_html_join(
        "",
        '<a href="#ref-{0}" aria-label="{1}">[{0}]</a>',
        ((n, _("Reference %(number)s") % {"number": n}) for n in numbers),
    )
    return format_html('<sup class="cite">{}</sup>', marks)


@register.simple_block_tag(takes_context=True)
def spoils(context, content, film):
    """Show what reveals a film's plot open to a reader who has seen the film, and fold it for
    anyone else behind a disclosure that names the film. Text that spoils a film visitors cannot
    see yet is left out altogether."""
    if film is None:
        return content
    if not film.is_public:
        return ""
    if horizon_of(context).allows(film):
        return content
    return format_html(
        '<details class="spoiler"><summary>{}'
        '<span class="spoiler__action">{}</span></summary>'
        '<div class="spoiler__body">{}</div></details>',
        # Translators: the summary of a folded spoiler; {title} is a film's title.
        format_html(_("Spoils <cite>{title}</cite>"), title=film.title),
        # Translators: follows "Spoils <film>" on a folded spoiler, to open it.
        pgettext("spoiler disclosure", ": show"),
        content,
    )


def horizon_of(context):
    """The reader's horizon; nothing seen where the page has no request (an email, a feed)."""
    request = context.get("request")
    return getattr(request, "horizon", None) or Horizon()


@register.filter
def spoiler_groups(passages):
    """Group consecutive passages that spoil the same film, to fold each group once."""
    return _spoiler_groups(passages)


@register.simple_tag
def crew_heading(role, count):
    """Head the list of a crew role's `count` people: "Director", "Directors"."""
    return role.heading(count)


@register.inclusion_tag("films/includes/poster.html")
def poster(film, sizes="(min-width: 40rem) 16rem, 45vw", loading="lazy", css_class=""):
    """Render a film's poster as a responsive image with its thumbnails in srcset."""
    sources = poster_sources(film)
    smallest_fitting = sources[min(1, len(sources) - 1)] if sources else None
    return {
        "film": film,
        "sources": sources,
        "fallback": smallest_fitting,
        "sizes": sizes,
        "loading": loading,
        "css_class": css_class,
    }


_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """Render data as a JSON-LD script element, escaped as json_script does."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    # Safe: the three characters that could end the script element are escaped above.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.filter(is_safe=True)
def elide(text):
    """Elide French « de », « le », « que » before a name with a vowel sound: « d’Areski »."""
    return french.elide(text)
