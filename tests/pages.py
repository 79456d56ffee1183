"""The site's public pages on the seed content: one of each kind, for tests that visit them all."""

from django.urls import reverse

PUBLIC_PAGES = {
    "home": reverse("home"),
    "film list": reverse("films:film-list"),
    "film": reverse("films:film-detail", kwargs={"slug": "lost-bullet"}),
    "person": reverse("films:person-detail", kwargs={"slug": "alban-lenoir"}),
    "character": reverse("films:character-detail", kwargs={"slug": "lino"}),
    "critic": reverse("reviews:critic-detail", kwargs={"slug": "jordan-mintzer"}),
    "publication": reverse("reviews:publication-detail", kwargs={"slug": "paste"}),
    "review list": reverse("reviews:review-list"),
    "article list": reverse("films:piece-list"),
    "article": reverse("films:piece-detail", kwargs={"slug": "lost-bullet-ending-explained"}),
    "search": reverse("search") + "?q=lino",
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
