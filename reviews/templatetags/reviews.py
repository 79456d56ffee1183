from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def stars(rating):
    """Show a rating from 1 to 10 as five stars with halves, read aloud as "7 out of 10"."""
    return format_html(
        '<span class="stars stars--{0}" role="img" aria-label="{0} out of 10"></span>',
        int(rating),
    )
