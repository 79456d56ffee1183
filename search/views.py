from django.shortcuts import render
from django.utils.functional import SimpleLazyObject

from search.forms import SearchForm
from search.query import search_pages, search_start


def search(request):
    """The search page. `request.horizon` is the reader's spoiler horizon (set by a middleware
    of the app that owns what text spoils): it says which snippets may be quoted."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "search/search.html", {"form": form}, status=400)
    query = form.cleaned_data["q"]
    horizon = request.horizon
    # Lazy: the page's fragment (search.html) searches only when it renders.
    context = {
        "form": form,
        "query": query,
        "results": SimpleLazyObject(lambda: search_pages(query, horizon=horizon))
        if query
        else None,
        "start": None if query else SimpleLazyObject(lambda: search_start(horizon=horizon)),
    }
    return render(request, "search/search.html", context)
