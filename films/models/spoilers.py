"""Prose that knows the latest film whose plot it reveals, and the member's spoiler horizon."""

from itertools import groupby

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _


class SpoilerQuerySet(models.QuerySet):
    def public(self):
        """Keep what visitors may see: text spoiling no film, or a published one, with that
        film selected for the disclosure that names it."""
        from films.models.catalogue import Film  # the catalogue's passages build on this module

        return self.filter(
            Q(spoils__isnull=True) | Q(spoils__in=Film.objects.published())
        ).select_related("spoils")


class Spoiler(models.Model):
    """Prose that records the latest film whose plot it reveals: pages fold it behind a
    disclosure naming that film ("Spoils <its title>")."""

    # RESTRICT: a film cannot be deleted while prose elsewhere is folded under its name, or the
    # prose would lose its fold; its own passages and arcs go with it.
    spoils = models.ForeignKey(
        "films.Film",  # with its app: reviews' models build on this one too
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "The latest film whose plot this text reveals, even in passing (who survives, "
            "who returns, how it ends). Empty only if it reveals no plot at all."
        ),
    )

    objects = SpoilerQuerySet.as_manager()

    class Meta:
        abstract = True


class Passage(Spoiler):
    """A paragraph or more of the site's prose; split text so each passage spoils one film at
    most."""

    text = models.TextField(
        help_text=_("Plain text, in the site's own words. Separate paragraphs with a blank line.")
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    def __str__(self):
        return self.text[:80]


def spoiler_groups(items):
    """Group consecutive items that spoil the same film, so each group is folded once."""
    return [(spoils, list(group)) for spoils, group in groupby(items, key=lambda i: i.spoils)]


class PassageInFilm(Passage):
    """A passage that tells what happens in one film (the subclass's `film`): it spoils that
    film at least, and is tagged with it when left untagged."""

    class Meta(Passage.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        if self.spoils_id is None:
            self.spoils_id = self.film_id
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if (
            self.spoils_id
            and self.film_id
            and self.spoils.series_position < self.film.series_position
        ):
            raise ValidationError(
                {
                    "spoils": gettext(
                        "This tells what happens in %(film)s: it spoils that film at least."
                    )
                    % {"film": self.film}
                }
            )


class SpoilerHorizon(models.Model):
    """How far a member has watched the series, kept with their account: pages show open the
    plots of the films seen, and fold the rest (films/horizon.py)."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="spoiler_horizon"
    )
    # No upper bound: the series grows when editors publish a film; a horizon beyond the last
    # published film counts as all of them (Horizon.for_request).
    films_seen = models.PositiveSmallIntegerField(
        default=0,
        help_text=_(
            "The series position of the last film the member has seen, watching in order; "
            "0 for none."
        ),
    )

    def __str__(self):
        return ngettext(
            "%(member)s has seen %(count)s film",
            "%(member)s has seen %(count)s films",
            self.films_seen,
        ) % {"member": self.member, "count": self.films_seen}
