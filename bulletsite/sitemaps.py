from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from films.models import Character, EditorialPiece, Film, Person
from reviews.models import Critic, Publication


class ListPageSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["home", "films:film-list", "reviews:review-list", "films:piece-list"]

    def location(self, name):
        return reverse(name)


class FilmSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.9

    def items(self):
        return Film.objects.published()

    def lastmod(self, film):
        return film.updated_at


class EditorialPieceSitemap(Sitemap):
    def items(self):
        return EditorialPiece.objects.published()


class PersonSitemap(Sitemap):
    def items(self):
        return Person.objects.all()


class CharacterSitemap(Sitemap):
    def items(self):
        return Character.objects.all()


class CriticSitemap(Sitemap):
    def items(self):
        return Critic.objects.all()


class PublicationSitemap(Sitemap):
    def items(self):
        return Publication.objects.all()


sitemaps = {
    "pages": ListPageSitemap,
    "films": FilmSitemap,
    "articles": EditorialPieceSitemap,
    "people": PersonSitemap,
    "characters": CharacterSitemap,
    "critics": CriticSitemap,
    "publications": PublicationSitemap,
}
