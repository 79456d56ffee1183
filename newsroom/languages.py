"""Help texts in the right language on the admin's translated fields.

django-modeltranslation copies a field's help text to each of its language fields, so the
French title was documented as "The English title". Here each language field of a translated
field says which language it holds, and an admin may give a language field a help text of its
own (`language_help_texts`) where the field's own help text is about one language."""

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language_info, pgettext_lazy
from django.utils.translation import gettext as _
from modeltranslation.fields import TranslationField

# The site's languages named inside a sentence, where French writes them in lower case
# ("pages in French", « les pages en français »); Django's own names are capitalised.
IN_A_SENTENCE = {
    "en": pgettext_lazy("inside a sentence", "English"),
    "fr": pgettext_lazy("inside a sentence", "French"),
}


def language_name(code):
    """The language's name in the admin's language, as it reads inside a sentence."""
    return IN_A_SENTENCE.get(code) or get_language_info(code)["name_translated"]


def language_help_text(db_field, overrides):
    """The help text of one language field of a translated field."""
    if db_field.name in overrides:
        return overrides[db_field.name]
    help_text = db_field.translated_field.help_text
    if db_field.language == settings.LANGUAGE_CODE:
        return help_text
    version = _(
        "The %(language)s version: where it is blank, pages in %(language)s show the %(default)s."
    ) % {
        "language": language_name(db_field.language),
        "default": language_name(settings.LANGUAGE_CODE),
    }
    return format_html("{} {}", version, help_text) if help_text else version


class LanguageHelpTextsMixin:
    """For a model admin or an inline: each language field gets a help text that fits its
    language; `language_help_texts` maps a language field's name (`title_fr`) to its own."""

    language_help_texts = {}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(db_field, TranslationField):
            formfield.help_text = language_help_text(db_field, self.language_help_texts)
        return formfield
