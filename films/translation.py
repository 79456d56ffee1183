"""The fields of the site's own content that exist in English and in French.

django-modeltranslation gives each a column per language (synopsis_en, synopsis_fr); reading
`film.synopsis` gives the page's language, or the English where the French is blank. Names,
dates, figures and sources are the same in both languages and are not listed here.
"""

from modeltranslation.translator import TranslationOptions, register

from films import models


@register(models.Film)
class FilmTranslation(TranslationOptions):
    # The French title is the original one, on a French page.
    fields = ("title", "synopsis", "countries", "languages")


@register(models.Person)
class PersonTranslation(TranslationOptions):
    fields = ("biography",)


@register(models.Character)
class CharacterTranslation(TranslationOptions):
    fields = ("introduction",)


@register(models.CharacterArc)
class CharacterArcTranslation(TranslationOptions):
    fields = ("text", "end_state")


@register(models.FilmPassage)
class FilmPassageTranslation(TranslationOptions):
    fields = ("text",)


@register(models.Credit)
class CreditTranslation(TranslationOptions):
    fields = ("note",)


@register(models.FilmingLocation)
class FilmingLocationTranslation(TranslationOptions):
    # A place is mostly a name (Sète), but may be words: "Across the Occitanie region".
    fields = ("place", "note")


@register(models.Vehicle)
class VehicleTranslation(TranslationOptions):
    fields = ("name", "introduction")


@register(models.VehicleAppearance)
class VehicleAppearanceTranslation(TranslationOptions):
    fields = ("text",)


@register(models.TimelineEvent)
class TimelineEventTranslation(TranslationOptions):
    fields = ("when", "text")


@register(models.Discrepancy)
class DiscrepancyTranslation(TranslationOptions):
    fields = ("note",)


@register(models.EditorialPiece)
class EditorialPieceTranslation(TranslationOptions):
    fields = ("title", "standfirst")


@register(models.ArticleSection)
class ArticleSectionTranslation(TranslationOptions):
    fields = ("heading", "text")
