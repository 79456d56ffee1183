"""The site's two editions, English and French: the same page in each language, for the
header's language links and the hreflang alternates of every page's head."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info
from modeltranslation.utils import build_localized_fieldname

register = template.Library()

# Open Graph names a locale, not a language.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


@dataclass(frozen=True)
class Edition:
    code: str
    name: str  # in its own language: "Français"
    url: str  # this page in that language, absolute
    switch_url: str  # the link that shows it and remembers the choice
    current: bool
    default: bool  # the edition for readers whose language is neither (hreflang x-default)

    @property
    def og_locale(self):
        return OG_LOCALES[self.code]


@register.simple_tag(takes_context=True)
def editions(context):
    """This page in each of the site's languages, the page's own first."""
    request = context.get("request")
    if request is None:
        return []
    here = request.get_full_path()
    current = get_language()
    found = []
    for code, _ in settings.LANGUAGES:
        path = translate_url(here, code)
        found.append(
            Edition(
                code=code,
                name=get_language_info(code)["name_local"].capitalize(),
                url=request.build_absolute_uri(path),
                switch_url=f"{reverse('choose-language', args=[code])}?{urlencode({'next': here})}",
                current=code == current,
                default=code == settings.LANGUAGE_CODE,
            )
        )
    return sorted(found, key=lambda edition: not edition.current)


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
