"""The reviews' own words that exist in English and in French: our summaries of critics'
reviews, and what an aggregator's figure measures ("approval rating"). The critics'
quotations stay in the language they were written in, and so do members' reviews; see
CriticReview.language and UserReview.language."""

from modeltranslation.translator import TranslationOptions, register

from reviews import models


@register(models.CriticReview)
class CriticReviewTranslation(TranslationOptions):
    fields = ("summary",)


@register(models.AggregateScore)
class AggregateScoreTranslation(TranslationOptions):
    fields = ("label",)
