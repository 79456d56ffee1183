from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from films.models import Character, EditorialPiece, Film, Person, Vehicle
from reviews.models import Critic, Publication


class EditionsSitemap(Sitemap):
    """Every page once per language, each entry naming the page in the other language too
    (xhtml:link hreflang), with the English as the default for other languages."""

    i18n = True
    alternates = True
    x_default = True


class ListPageSitemap(EditionsSitemap):
    changefreq = "daily"

    def items(self):
        return [
            "home",
            "films:film-list",
            "trilogy",
            "reviews:review-list",
            "films:piece-list",
            "films:vehicle-list",
            "films:timeline",
            "films:character-list",
            "films:person-list",
            "reviews:critic-list",
            "reviews:publication-list",
        ]

    def location(self, name):
        return reverse(name)


class FilmCreditsSitemap(EditionsSitemap):
    """Each published film's full cast and crew."""

    def items(self):
        return Film.objects.published()

    def location(self, film):
        return reverse("films:film-credits", kwargs={"slug": film.slug})

    def lastmod(self, film):
        return film.updated_at


class ObjectSitemap(EditionsSitemap):
    """The pages of one model's objects, asked for at each request so that "published" is
    judged then (GenericSitemap keeps a queryset made at import)."""

    def __init__(self, items, *, lastmod_field=None, changefreq=None, priority=None):
        self.get_items = items
        self.lastmod_field = lastmod_field
        self.changefreq = changefreq
        self.priority = priority

    def items(self):
        return self.get_items()

    def lastmod(self, obj):
        return getattr(obj, self.lastmod_field) if self.lastmod_field else None


sitemaps = {
    "pages": ListPageSitemap,
    "films": ObjectSitemap(
        Film.objects.published, lastmod_field="updated_at", changefreq="weekly", priority=0.9
    ),
    "film-credits": FilmCreditsSitemap,
    "articles": ObjectSitemap(EditorialPiece.objects.published),
    "people": ObjectSitemap(Person.objects.all),
    "characters": ObjectSitemap(Character.objects.all),
    "cars": ObjectSitemap(Vehicle.objects.all),
    "critics": ObjectSitemap(Critic.objects.all),
    "publications": ObjectSitemap(Publication.objects.all),
}
