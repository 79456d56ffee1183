from django import template
from django.utils.html import format_html
from django.utils.translation import gettext

from films.templatetags.films import horizon_of
from reviews.marks import review_html, typed_text
from reviews.models import FEW_REVIEWS, rating_display, rests_on_few

register = template.Library()


@register.simple_tag
def stars(rating):
    """Show a member's rating (1 to 10) or an average of them the one way the site shows
    ratings: five stars filled to the half star, then "3.5 out of 5" (see rating_display)."""
    return rating_display(rating)


@register.simple_tag
def few_ratings(count, href=None):
    """Mark a figure drawn from `count` ratings as resting on few, when it does: a link to the
    page's own note where it has one (href), else the mark with its reason for screen readers."""
    if not rests_on_few(count):
        return ""
    explanation = gettext(
        "Fewer than %(few)s ratings: one more could move this figure a long way."
    ) % {"few": FEW_REVIEWS}
    label = gettext("Few ratings")
    if href:
        return format_html('<a class="few" href="{}" title="{}">{}</a>', href, explanation, label)
    return format_html(
        '<span class="few">{}<span class="visually-hidden">: {}</span></span>',
        label,
        explanation,
    )


@register.simple_tag(takes_context=True)
def review_text(context, review, pending=False, mine=False):
    """Show a member's review's text (`pending`: the edit waiting for a moderator) to the
    reader, its marked passages folded beyond their horizon; to its author (`mine`, or the
    signed-in reader who wrote it), who reads them open and named."""
    stored = review.pending_body if pending else review.body
    user = context.get("user")
    mine = mine or (user is not None and user.pk is not None and user.pk == review.author_id)
    return review_html(stored, horizon=horizon_of(context), mine=mine)


@register.filter
def marks_typed(stored):
    """A review's stored text with its spoiler marks as members type them, for moderators."""
    return typed_text(stored)
