"""The site's URLs and a stock Django page, for scripts/bench.py alone (DJANGO_ROOT_URLCONF).

The stock page is what a Django tutorial writes: a function view, one query for 30 rows, one
template with no base and no cache. The benchmark measures every page's render against it; the
public site never serves it.
"""

from django.shortcuts import render
from django.urls import path

from bulletsite.urls import (  # noqa: F401 (the error handlers are looked up here)
    handler400,
    handler403,
    handler404,
    handler429,
    handler500,
)
from bulletsite.urls import urlpatterns as site_urlpatterns
from films.models import Credit

STOCK_ROWS = 30


def stock_page(request):
    credits = Credit.objects.select_related("person", "film").order_by("pk")[:STOCK_ROWS]
    return render(request, "bench/stock.html", {"credits": credits})


urlpatterns = [path("bench/stock/", stock_page, name="bench-stock"), *site_urlpatterns]
