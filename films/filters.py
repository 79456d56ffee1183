import django_filters
from django.db.models import F
from django.db.models.functions import ExtractYear

from films.models import CriticsConsensus, Film, Person


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


class NullsLastOrderingFilter(django_filters.OrderingFilter):
    """Films without a score go last either way (PostgreSQL would put NULLs first when
    descending, SQLite last)."""

    def get_ordering_value(self, param):
        value = super().get_ordering_value(param)
        field = F(value.removeprefix("-"))
        return field.desc(nulls_last=True) if value.startswith("-") else field.asc(nulls_last=True)


class FilmFilter(django_filters.FilterSet):
    year = django_filters.ChoiceFilter(
        field_name="release_date__year",
        choices=_release_years,
        label="Year",
        empty_label="Any year",
    )
    person = django_filters.ModelChoiceFilter(
        # Callables, so "published" is judged at each request, not once at import.
        queryset=lambda request: Person.objects.with_public_credits(),
        to_field_name="slug",
        method="filter_person",
        label="With",
        empty_label="Anyone",
    )
    consensus = django_filters.ChoiceFilter(
        choices=CriticsConsensus.choices,
        method="filter_consensus",
        label="Critics' verdict",
        empty_label="Any",
    )
    ordering = NullsLastOrderingFilter(
        fields=[
            ("release_date", "release"),
            ("critic_share", "critics"),
            ("audience_average", "audience"),
        ],
        field_labels={
            "release_date": "Release date",
            "critic_share": "Critics' score",
            "audience_average": "Audience score",
        },
        label="Order by",
        empty_label="Series order",
    )

    class Meta:
        model = Film
        fields = []

    def filter_person(self, queryset, name, person):
        return queryset.filter(pk__in=person.credits.values("film"))

    def filter_consensus(self, queryset, name, consensus):
        return queryset.with_consensus(consensus)
