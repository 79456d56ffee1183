"""Searching as a reader does, and reading the results page: one set of helpers for every
search test."""

import html
import re

from django.urls import reverse

from films.horizon import COOKIE_NAME

GROUP = re.compile(r'<h2 id="results-\d+">(?P<heading>[^<]+)</h2>(?P<body>.*?)</section>', re.S)
RESULT = re.compile(r'<li class="search-result">(.*?)</li>', re.S)
CARD = re.compile(r'<li class="search-card">(.*?)</li>', re.S)
NAMED = re.compile(r'<section class="search-named".*?</section>', re.S)
TAG = re.compile(r"<[^>]+>")


def search(client, query, seen=None):
    """Search as a reader who has seen `seen` films (None: as the client stands); return the
    response."""
    if seen is not None:
        client.cookies[COOKIE_NAME] = str(seen)
    return client.get(reverse("search:search"), {"q": query})


def text(fragment):
    return html.unescape(" ".join(TAG.sub("", fragment).split()))


def first(pattern, fragment):
    found = re.search(pattern, fragment, re.S)
    return found.group(1) if found else ""


def group(html, label):
    """Return the part of the results page under the heading for one kind of result, without
    the marks around matches."""
    start = html.index(f">{label}</h2>")
    end = html.find("</section>", start)
    return html[start:end].replace("<mark>", "").replace("</mark>", "")


def cards(client, query, seen=None):
    """Search as a reader who has seen `seen` films; return the cards of the named things the
    query names, in order: their address, title and line."""
    response = search(client, query, seen)
    assert response.status_code == 200
    named = NAMED.search(response.content.decode())
    return [
        {
            "url": first(r'href="([^"]+)"', item),
            "title": text(first(r"<a [^>]*>(.*?)</a>", item)),
            "line": text(first(r'search-card__line">(.*?)</p>', item)),
            "marked": [text(m) for m in re.findall(r"<mark>(.*?)</mark>", item)],
        }
        for item in CARD.findall(named.group(0) if named else "")
    ]


def results(client, query, seen=None, *, with_cards=True):
    """Search as a reader who has seen `seen` films; return each result with its group (the
    cards first, in the group "card", unless `with_cards` is False)."""
    response = search(client, query, seen)
    assert response.status_code == 200
    found = []
    if with_cards:
        found = [
            {"group": "card", "section": "", "snippet": card.pop("line"), **card}
            for card in cards(client, query, seen)
        ]
    for found_group in GROUP.finditer(response.content.decode()):
        for item in RESULT.findall(found_group["body"]):
            snippet = first(r'<p class="search-result__snippet">(.*?)</p>', item)
            found.append(
                {
                    "group": found_group["heading"],
                    "url": first(r'href="([^"]+)"', item),
                    "title": text(first(r"<a [^>]*>(.*?)</a>", item)),
                    "section": text(first(r'search-result__section">(.*?)</span>', item)),
                    "snippet": snippet,
                    "marked": [text(m) for m in re.findall(r"<mark>(.*?)</mark>", item)],
                }
            )
    return found


def marked(client, query, seen=3):
    """Every word marked in the results: a word the index no longer holds is never marked,
    though its near misses may be."""
    return {word.casefold() for result in results(client, query, seen) for word in result["marked"]}


def by_page(found):
    return {result["url"].partition("#")[0]: result for result in found}
