from django import template
from django.utils.html import format_html

from films.templatetags.films import horizon_of
from reviews.marks import review_html, typed_text
from reviews.models import rating_out_of_five

register = template.Library()


@register.simple_tag
def stars(rating):
    """Show a rating from 1 to 10 as five stars with halves, read aloud as the form words it:
    7 is "3.5 out of 5"."""
    return format_html(
        '<span class="stars stars--{}" role="img" aria-label="{}"></span>',
        int(rating),
        rating_out_of_five(int(rating)),
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
