"""The site's two editions, English and French: the same page in each language, for the
header's language links and the hreflang alternates of every page's head."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import reverse, translate_url
from django.utils.encoding import iri_to_uri
from django.utils.translation import get_language, get_language_info
from modeltranslation.utils import build_localized_fieldname

from accounts.redirects import is_same_site_path

register = template.Library()

# Open Graph names a locale, not a language.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


@dataclass(frozen=True)
class Edition:
    code: str
    name: str  # in its own language: "Français"
    url: str  # this page in that language, absolute (a path on a host the site refuses)
    switch_url: str  # the link that shows it and remembers the choice
    current: bool
    default: bool  # the edition for readers whose language is neither (hreflang x-default)

    @property
    def og_locale(self):
        return OG_LOCALES[self.code]


@register.simple_tag(takes_context=True)
def editions(context):
    """This page in each of the site's languages, the page's own first.

    Each edition's `url` is its canonical address (the path, and the page number of a list),
    as the page's canonical link is; the switch keeps the whole address, filters included, but
    never a `next` that leads off the site."""
    request = context.get("request")
    if request is None:
        return []
    canonical = request.path
    if (page_obj := context.get("page_obj")) is not None and page_obj.number > 1:
        canonical += f"?page={page_obj.number}"
    here = _without_unsafe_next(request)
    origin = site_origin(context)
    current = get_language()
    found = []
    for code, _ in settings.LANGUAGES:
        found.append(
            Edition(
                code=code,
                name=get_language_info(code)["name_local"].capitalize(),
                url=iri_to_uri(origin + translate_url(canonical, code)),
                switch_url=f"{reverse('choose-language', args=[code])}?{urlencode({'next': here})}",
                current=code == current,
                default=code == settings.LANGUAGE_CODE,
            )
        )
    return sorted(found, key=lambda edition: not edition.current)


@register.simple_tag(takes_context=True)
def site_origin(context):
    """This request's scheme and host ("https://bulletsite.example"), for the addresses a page
    gives of itself; empty without a request or on a host the site does not answer to, where
    asking raises DisallowedHost: the 400 page that says so must not fail on it."""
    request = context.get("request")
    if request is None:
        return ""
    try:
        return f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return ""


def _without_unsafe_next(request):
    query = request.GET.copy()
    if "next" in query and not is_same_site_path(query["next"]):
        del query["next"]
    return f"{request.path}?{query.urlencode()}" if query else request.path


@register.filter
def shows_english(obj, field):
    """Whether `obj`'s `field` shows its English on this page because its French is still
    blank (modeltranslation falls back to the English): the page then says so."""
    language = get_language()
    if language == settings.LANGUAGE_CODE:
        return False
    own = getattr(obj, build_localized_fieldname(field, language), None)
    english = getattr(obj, build_localized_fieldname(field, settings.LANGUAGE_CODE), None)
    return not own and bool(english)
