import django_filters
from django.db import models
from django.db.models import F
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from films.filters import FilmFilter
from films.models import Film
from reviews.models import (
    Critic,
    CriticReview,
    Publication,
    RatingTally,
    ReviewKind,
    ScoredFilm,
    UserReview,
    Verdict,
)


class FilmOrder(models.TextChoices):
    """The orders the film list offers: each sorts on one figure, says how it breaks ties, and
    puts the films that lack the figure last whichever way it runs."""

    RELEASE = "release", _("Release: oldest first")
    RELEASE_DESC = "-release", _("Release: newest first")
    CRITICS_DESC = "-critics", _("Critics: best first")
    CRITICS = "critics", _("Critics: worst first")
    AUDIENCE_DESC = "-audience", _("Audience: best first")
    AUDIENCE = "audience", _("Audience: worst first")

    @property
    def _figure(self):
        return self.value.removeprefix("-")

    @property
    def _descending(self):
        return self.value.startswith("-")

    @property
    def order_by(self):
        field, tiebreak = {
            "release": ("release_date", ()),
            # Of two films with the same score, the one more people reviewed comes first.
            "critics": ("critic_share", ("-critic_count",)),
            "audience": ("audience_average", ("-audience_count",)),
        }[self._figure]
        # Explicit NULLS LAST: PostgreSQL would put films without a score first when
        # descending, SQLite last.
        key = F(field).desc(nulls_last=True) if self._descending else F(field).asc(nulls_last=True)
        return (key, *tiebreak, "series_position")

    @property
    def description(self):
        """What the film list says of its order, ties and films without the figure included."""
        descriptions = {
            "release": gettext(
                "Ordered by release date, latest first; films without a known date last."
            )
            if self._descending
            else gettext(
                "Ordered by release date, earliest first; films without a known date last."
            ),
            "critics": gettext(
                "Ordered by our critics' share of positive reviews, highest first; ties go to "
                "the film with more critic reviews, then series order; films without critic "
                "reviews last."
            )
            if self._descending
            else gettext(
                "Ordered by our critics' share of positive reviews, lowest first; ties go to "
                "the film with more critic reviews, then series order; films without critic "
                "reviews last."
            ),
            "audience": gettext(
                "Ordered by the audience's average rating, highest first; ties go to the film "
                "with more ratings, then series order; films without ratings last."
            )
            if self._descending
            else gettext(
                "Ordered by the audience's average rating, lowest first; ties go to the film "
                "with more ratings, then series order; films without ratings last."
            ),
        }
        return descriptions[self._figure]


SERIES_ORDER_DESCRIPTION = _("In series order.")


class ScoredFilmFilter(FilmFilter):
    """The film list's filters, with the critics' consensus and ordering by score."""

    consensus = django_filters.ChoiceFilter(
        choices=Verdict.choices,
        method="filter_consensus",
        label=_("Critics' verdict"),
        empty_label=pgettext_lazy("verdict", "Any"),
    )
    ordering = django_filters.ChoiceFilter(
        choices=FilmOrder.choices,
        method="filter_ordering",
        label=_("Order by"),
        empty_label=_("Series order"),
    )

    class Meta:
        model = ScoredFilm
        fields = []

    def filter_consensus(self, queryset, name, consensus):
        return queryset.with_consensus(consensus)

    def filter_ordering(self, queryset, name, order):
        return queryset.order_by(*FilmOrder(order).order_by)

    @property
    def order_description(self):
        """Say how the films are ordered (once the filter is valid)."""
        if order := self.form.cleaned_data.get("ordering"):
            return FilmOrder(order).description
        return SERIES_ORDER_DESCRIPTION


class CriticReviewFilter(django_filters.FilterSet):
    """Filters for the review list; the community twin below reads the same parameters."""

    kind = django_filters.ChoiceFilter(
        choices=ReviewKind.choices,
        method="filter_kind",
        label=pgettext_lazy("review", "Kind"),
        empty_label=pgettext_lazy("review kind", "All"),
    )
    film = django_filters.ModelChoiceFilter(
        # A callable, so "published" is judged at each request, not once at import.
        queryset=lambda request: Film.objects.published(),
        to_field_name="slug",
        label=_("Film"),
        empty_label=_("All films"),
    )
    publication = django_filters.ModelChoiceFilter(
        queryset=Publication.objects.all(),
        to_field_name="slug",
        label=_("Publication"),
        empty_label=pgettext_lazy("publication", "Any"),
    )
    critic = django_filters.ModelChoiceFilter(
        queryset=Critic.objects.all(),
        to_field_name="slug",
        label=_("Critic"),
        empty_label=pgettext_lazy("critic", "Any"),
    )
    verdict = django_filters.ChoiceFilter(
        choices=Verdict.choices,
        method="filter_verdict",
        label=_("Verdict"),
        empty_label=pgettext_lazy("verdict", "Any"),
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

    @classmethod
    def tallied_count(cls, data):
        """How many reviews the list filtered by `data` (the cleaned data of a valid filter
        form with the same parameters) holds, from the tallies (see reviews.models.tallies),
        without counting the reviews."""
        if data.get("publication") or data.get("critic"):
            return 0
        if data.get("kind") and data["kind"] != cls.kind_value:
            return 0
        return RatingTally.objects.visible_count(film=data.get("film"), verdict=data.get("verdict"))
