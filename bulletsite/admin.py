"""The newsroom's film form, composed from both apps: the film's own fields and inlines from
films, its critic reviews and aggregate scores from reviews. Composed here, where both are
known, so neither app registers the other's models or replaces the other's registration."""

from django.contrib import admin

from films.admin import FilmAdmin
from films.models import Film
from reviews.admin import AggregateScoreInline, CriticReviewInline


@admin.register(Film)
class NewsroomFilmAdmin(FilmAdmin):
    # django-reversion follows the inlines of a model's admin when it is registered, so the
    # film's history also covers the critic reviews and scores edited on its form.
    inlines = [*FilmAdmin.inlines, CriticReviewInline, AggregateScoreInline]
