import django_filters
from django.db.models import F

from films.filters import FilmFilter
from films.models import Film
from reviews.models import (
    Critic,
    CriticReview,
    Publication,
    ReviewKind,
    ScoredFilm,
    UserReview,
    Verdict,
)


class NullsLastOrderingFilter(django_filters.OrderingFilter):
    """Films without a score go last either way (PostgreSQL would put NULLs first when
    descending, SQLite last)."""

    def get_ordering_value(self, param):
        value = super().get_ordering_value(param)
        field = F(value.removeprefix("-"))
        return field.desc(nulls_last=True) if value.startswith("-") else field.asc(nulls_last=True)


class ScoredFilmFilter(FilmFilter):
    """The film list's filters, with the critics' consensus and ordering by score."""

    consensus = django_filters.ChoiceFilter(
        choices=Verdict.choices,
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
        model = ScoredFilm
        fields = []

    def filter_consensus(self, queryset, name, consensus):
        return queryset.with_consensus(consensus)


class CriticReviewFilter(django_filters.FilterSet):
    """Filters for the review list; the community twin below reads the same parameters."""

    kind = django_filters.ChoiceFilter(
        choices=ReviewKind.choices, method="filter_kind", label="Kind", empty_label="All"
    )
    film = django_filters.ModelChoiceFilter(
        # A callable, so "published" is judged at each request, not once at import.
        queryset=lambda request: Film.objects.published(),
        to_field_name="slug",
        empty_label="All films",
    )
    publication = django_filters.ModelChoiceFilter(
        queryset=Publication.objects.all(), to_field_name="slug", empty_label="Any"
    )
    critic = django_filters.ModelChoiceFilter(
        queryset=Critic.objects.all(), to_field_name="slug", empty_label="Any"
    )
    verdict = django_filters.ChoiceFilter(
        choices=Verdict.choices, method="filter_verdict", empty_label="Any"
    )

    kind_value = ReviewKind.CRITIC

    class Meta:
        model = CriticReview
        fields = []

    def filter_kind(self, queryset, name, kind):
        return queryset if kind == self.kind_value else queryset.none()

    def filter_verdict(self, queryset, name, verdict):
        return queryset.filter(verdict=verdict)


class CommunityReviewFilter(CriticReviewFilter):
    """The same parameters applied to community reviews, which have no critic or publication."""

    kind_value = ReviewKind.COMMUNITY

    class Meta:
        model = UserReview
        fields = []

    def filter_queryset(self, queryset):
        if self.form.cleaned_data.get("publication") or self.form.cleaned_data.get("critic"):
            return queryset.none()
        return super().filter_queryset(queryset)

    def filter_verdict(self, queryset, name, verdict):
        return queryset.with_verdict(verdict)
