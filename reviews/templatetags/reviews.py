from django import template
from django.utils.html import format_html

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
