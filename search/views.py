from django.shortcuts import render

from search.forms import SearchForm
from search.query import search_pages, search_start


def search(request):
    """The search page. `request.horizon` is the reader's spoiler horizon (set by a middleware
    of the app that owns what text spoils): it says which snippets may be quoted."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "search/search.html", {"form": form}, status=400)
    query = form.cleaned_data["q"]
    context = {
        "form": form,
        "query": query,
        "results": search_pages(query, horizon=request.horizon) if query else None,
        "start": None if query else search_start(horizon=request.horizon),
    }
    return render(request, "search/search.html", context)
