import django_filters
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from films.models import Film, Person


def _release_years():
    years = (
        Film.objects.published()
        .exclude(release_date=None)
        .annotate(year=ExtractYear("release_date"))
        .order_by("year")
        .values_list("year", flat=True)
        .distinct()
    )
    return [(year, year) for year in years]


class FilmFilter(django_filters.FilterSet):
    """Filters for the film list on what films know of themselves: release year and people."""

    year = django_filters.ChoiceFilter(
        field_name="release_date__year",
        choices=_release_years,
        label=_("Year"),
        empty_label=_("Any year"),
    )
    person = django_filters.ModelChoiceFilter(
        # Callables, so "published" is judged at each request, not once at import.
        queryset=lambda request: Person.objects.with_public_credits(),
        to_field_name="slug",
        method="filter_person",
        label=pgettext_lazy("film filter: with person", "With"),
        empty_label=_("Anyone"),
    )

    class Meta:
        model = Film
        fields = []

    def filter_person(self, queryset, name, person):
        return queryset.filter(pk__in=person.credits.values("film"))
