from django.http import Http404, HttpResponse
from django.utils.http import quote_etag
from django.views.decorators.http import require_safe

from sharecards.drawing import share_card as draw_or_fetch
from sharecards.registry import words_for


@require_safe
def share_card(request, kind, slug):
    """Answer the PNG a shared link to a page shows (its og:image), drawn at the first request."""
    if "\x00" in slug:
        raise Http404("No such share card.")  # PostgreSQL refuses a NUL in a query's text.
    card = words_for(kind, slug)
    if card is None:
        raise Http404("No such share card.")
    digest, png = draw_or_fetch(
        kind=card.kind, title=card.title, subtitle=card.subtitle, accent=card.accent
    )
    response = HttpResponse(png, content_type="image/png")
    # Redrawn when its words change: a day's staleness in a shared cache is harmless.
    response["Cache-Control"] = "public, max-age=86400"
    response["ETag"] = quote_etag(digest)
    return response
