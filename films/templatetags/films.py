from django import template
from django.utils.html import format_html, format_html_join

from films.models import citation_key

register = template.Library()


@register.simple_tag
def cite(owner, fact=""):
    """Render the reference marks of a fact on owner's page: a field name or a related object."""
    key = fact if isinstance(fact, str) else citation_key(fact)
    numbers = owner.references.marks.get(key, [])
    if not numbers:
        return ""
    marks = format_html_join(
        "", '<a href="#ref-{0}" aria-label="Reference {0}">[{0}]</a>', ((n,) for n in numbers)
    )
    return format_html('<sup class="cite">{}</sup>', marks)
