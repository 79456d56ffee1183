"""The cars the films come back to, and what happens to them in each film."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from films.models.catalogue import Film
from films.models.references import Citation, citations_prefetch, public_discrepancies_prefetch
from films.models.spoilers import PassageInFilm
from films.models.story import Character


class VehicleQuerySet(models.QuerySet):
    def appearing_in(self, film):
        """Keep the vehicles seen in `film`."""
        return self.filter(appearances__film=film).distinct()

    def for_list(self):
        """Fetch the published films each vehicle appears in, as the car list names them."""
        return self.prefetch_related(
            Prefetch(
                "appearances",
                queryset=VehicleAppearance.objects.filter(
                    film__in=Film.objects.published()
                ).select_related("film"),
            )
        )

    def for_detail(self):
        """Fetch everything the car page shows, in a fixed number of queries."""
        return self.prefetch_related(
            "characters",
            Prefetch(
                "appearances",
                queryset=VehicleAppearance.objects.public()
                .filter(film__in=Film.objects.published())
                .select_related("film"),
            ),
            public_discrepancies_prefetch(),
            citations_prefetch(),
        )


class Vehicle(models.Model):
    """A car the films come back to, such as Charas's Renault, with what it goes through in each
    film."""

    name = models.CharField(
        max_length=200, help_text=_("As readers know it, e.g. Charas's Renault.")
    )
    slug = models.SlugField(unique=True)
    introduction = models.CharField(
        max_length=300,
        blank=True,
        help_text=_(
            "One spoiler-free line: what the car is when we first see it. What happens to "
            "it goes in the film-by-film appearances below."
        ),
    )
    characters = models.ManyToManyField(
        Character,
        blank=True,
        related_name="vehicles",
        help_text=_(
            "Who owns, builds or drives it. Named openly on the car's and characters' "
            "pages, so leave out anyone whose link to the car is a twist."
        ),
    )
    order = models.PositiveSmallIntegerField(
        default=0, help_text=_("Lower numbers are listed first on the cars page.")
    )
    citations = GenericRelation(Citation)

    objects = VehicleQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("films:vehicle-detail", kwargs={"slug": self.slug})

    def films(self):
        """The films the vehicle appears in, in series order (from a prefetch of appearances)."""
        films = {appearance.film for appearance in self.appearances.all()}
        return sorted(films, key=lambda film: film.series_position)

    def film_by_film(self, horizon):
        """The vehicle's appearances grouped by film, in series order, for the films the
        reader's horizon reaches (Horizon.within_reach): a car listed in a later film has
        survived the one before. Return them and whether later films were left out."""
        by_film = {}
        for appearance in self.appearances.all():
            by_film.setdefault(appearance.film, []).append(appearance)
        return horizon.within_reach(
            sorted(by_film.items(), key=lambda item: item[0].series_position)
        )


class VehicleAppearance(PassageInFilm):
    """What happens to a vehicle in one film: it spoils that film."""

    vehicle = models.ForeignKey(Vehicle, on_delete=models.CASCADE, related_name="appearances")
    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="vehicle_appearances")

    class Meta(PassageInFilm.Meta):
        ordering = ["film__series_position", "order", "pk"]

    def __str__(self):
        return gettext("%(vehicle)s in %(film)s") % {"vehicle": self.vehicle, "film": self.film}
