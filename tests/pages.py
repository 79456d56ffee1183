"""The site's public pages on the seed content: one of each kind, for tests that visit them all."""

from html.parser import HTMLParser

from django.urls import reverse

PUBLIC_PAGES = {
    "home": reverse("home"),
    "film list": reverse("films:film-list"),
    "film": reverse("films:film-detail", kwargs={"slug": "lost-bullet"}),
    "person": reverse("films:person-detail", kwargs={"slug": "alban-lenoir"}),
    "character": reverse("films:character-detail", kwargs={"slug": "lino"}),
    "car list": reverse("films:vehicle-list"),
    "car": reverse("films:vehicle-detail", kwargs={"slug": "charas-renault"}),
    "timeline": reverse("films:timeline"),
    "critic": reverse("reviews:critic-detail", kwargs={"slug": "jordan-mintzer"}),
    "publication": reverse("reviews:publication-detail", kwargs={"slug": "paste"}),
    "review list": reverse("reviews:review-list"),
    "article list": reverse("films:piece-list"),
    "article": reverse("films:piece-detail", kwargs={"slug": "lost-bullet-ending-explained"}),
    # Marked snippets, and matches in text spoiling films a first visit has not seen.
    "search": reverse("search:search") + "?q=renault",
    "trilogy": reverse("trilogy"),
}

# Public documents for machines: they list pages but are not pages themselves.
FEEDS = {
    "feed": reverse("reviews:feed"),
    "sitemap": reverse("sitemap"),
}

# The pages that gather what is published across the site: a film, or a review of it, may turn
# up on any of them.
LISTINGS = [
    PUBLIC_PAGES["home"],
    PUBLIC_PAGES["film list"],
    PUBLIC_PAGES["review list"],
    FEEDS["feed"],
    FEEDS["sitemap"],
]


class Disclosures(HTMLParser):
    """Split a page's text into what a reader sees at once and what sits in spoiler
    disclosures, each with its summary."""

    def __init__(self, html):
        super().__init__()
        self.visible, self.folds, self.depth, self.in_summary = [], [], 0, False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "details" and "spoiler" in (dict(attrs).get("class") or "").split():
            self.depth += 1
            if self.depth == 1:
                self.folds.append({"summary": "", "text": ""})
        elif tag == "summary" and self.depth:
            self.in_summary = True

    def handle_endtag(self, tag):
        if tag == "details" and self.depth:
            self.depth -= 1
        elif tag == "summary":
            self.in_summary = False

    def handle_data(self, data):
        if not self.depth:
            self.visible.append(data)
        elif self.in_summary:
            self.folds[-1]["summary"] += data
        else:
            self.folds[-1]["text"] += data

    @property
    def visible_text(self):
        return " ".join(" ".join(self.visible).split())

    def folded_under(self, film_title):
        return " ".join(
            " ".join(fold["text"].split())
            for fold in self.folds
            if " ".join(fold["summary"].split())
            in (f"Spoils {film_title}", f"Spoils {film_title}: show")
        )
