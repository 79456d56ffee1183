import django_filters

from films.models import Film
from reviews.models import Critic, CriticReview, Publication, ReviewKind, UserReview


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
        choices=CriticReview.Verdict.choices, method="filter_verdict", empty_label="Any"
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
