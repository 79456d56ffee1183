"""The reviews' own words that exist in English and in French: our summaries of critics'
reviews, what an aggregator's figure measures ("approval rating") and the caution beside a
doubtful one. The critics' quotations stay in the language they were written in (with our
translation beside them, CriticReview.pull_quote_translation), and so do members' reviews; see
CriticReview.language and UserReview.language."""

from modeltranslation.translator import TranslationOptions, register

from reviews import models


@register(models.CriticReview)
class CriticReviewTranslation(TranslationOptions):
    fields = ("summary",)


@register(models.AggregateScore)
class AggregateScoreTranslation(TranslationOptions):
    fields = ("label", "note")
