"""The story across the films: characters, their arcs, and the timeline."""

from collections import defaultdict

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from films.french import by_name
from films.models.catalogue import Credit, Film, GrammaticalGender, Role, grammatical_gender_field
from films.models.people import name_sort_key
from films.models.references import Citation, citations_prefetch, public_discrepancies_prefetch
from films.models.spoilers import Passage, PassageInFilm, SpoilerQuerySet


class CharacterQuerySet(models.QuerySet):
    def for_index(self):
        """Fetch what the characters hub shows: the published films each character appears
        in and the cast credits that played them there."""
        return self.prefetch_related(
            Prefetch("appearances", queryset=Film.objects.published()),
            Prefetch(
                "credits",
                queryset=Credit.objects.on_public_films()
                .filter(role=Role.CAST)
                .select_related("person", "film"),
            ),
        )

    def by_first_film(self):
        """Group the characters by the published film they first appear in, in series order,
        the most billed first within a film, then by name: (film, [(character, the people who
        played them in that film)]) pairs. Only the first film is named: where a character
        goes on to appear would tell who survives. Characters in no published film are left
        out."""
        groups = defaultdict(list)
        for character in self:
            films = {film.pk: film for film in character.appearances.all()}
            films.update({credit.film_id: credit.film for credit in character.credits.all()})
            if not films:
                continue
            first = min(films.values(), key=lambda film: film.series_position)
            credits = [credit for credit in character.credits.all() if credit.film_id == first.pk]
            # Uncredited in their first film: after those who are.
            billing = min((credit.billing_order for credit in credits), default=float("inf"))
            people = list(dict.fromkeys(credit.person for credit in credits))
            groups[first].append(
                (billing, name_sort_key(character.name), character.pk, character, people)
            )
        return [
            (film, [(character, people) for *_key, character, people in sorted(entries)])
            for film, entries in sorted(groups.items(), key=lambda item: item[0].series_position)
        ]

    def leading(self, count):
        """The first `count` characters the series opens with, as by_first_film() orders them:
        (character, the people who played them) pairs."""
        groups = self.by_first_film()
        return groups[0][1][:count] if groups else []

    def for_detail(self):
        """Fetch everything the character page shows, in a fixed number of queries."""
        return self.prefetch_related(
            Prefetch("appearances", queryset=Film.objects.published()),
            Prefetch(
                "credits",
                queryset=Credit.objects.on_public_films()
                .select_related("person")
                .prefetch_related(citations_prefetch()),
            ),
            Prefetch(
                "arcs",
                queryset=CharacterArc.objects.public()
                .filter(film__in=Film.objects.published())
                .select_related("film"),
            ),
            "vehicles",
            public_discrepancies_prefetch(),
            citations_prefetch(),
        )


class Character(models.Model):
    name = models.CharField(max_length=200, help_text=_("The name the films use, e.g. Lino."))
    full_name = models.CharField(
        max_length=200, blank=True, help_text=_("The full name where known, e.g. Alexander Resz.")
    )
    slug = models.SlugField(unique=True)
    introduction = models.CharField(
        max_length=300,
        blank=True,
        help_text=_(
            "One spoiler-free line: who the character is when we first meet them. What "
            "they do in each film goes in the arcs below."
        ),
    )
    died_in = models.ForeignKey(
        "Film",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "The film in which the character dies, if they do. Later films may credit them "
            "only for archive footage or flashbacks. Never shown as such: it would spoil that film."
        ),
    )
    appearances = models.ManyToManyField(
        "Film",
        blank=True,
        related_name="characters",
        help_text=_(
            "Every film the character appears in, including those whose actor is not "
            "credited; cast credits say who played them."
        ),
    )
    grammatical_gender = grammatical_gender_field()
    citations = GenericRelation(Citation)

    objects = CharacterQuerySet.as_manager()

    class Meta:
        ordering = [by_name()]

    def __str__(self):
        return self.full_name or self.name

    def get_absolute_url(self):
        return reverse("films:character-detail", kwargs={"slug": self.slug})

    @property
    def is_feminine(self):
        return self.grammatical_gender == GrammaticalGender.FEMININE

    def film_by_film(self, horizon):
        """For each film the character appears in that the reader's horizon reaches
        (Horizon.within_reach), in series order: the film, the cast credits that played them
        and their arc there, if written (from for_detail()'s prefetches); return them and
        whether films further on were left out."""
        arcs = {arc.film_id: arc for arc in self.arcs.all()}
        return horizon.within_reach(
            [
                (
                    film,
                    [credit for credit in self.credits.all() if credit.film_id == film.pk],
                    arcs.get(film.pk),
                )
                for film in sorted(self.appearances.all(), key=lambda film: film.series_position)
            ]
        )


class CharacterArc(Passage):
    """What a character does in one film: it spoils that film."""

    character = models.ForeignKey(Character, on_delete=models.CASCADE, related_name="arcs")
    film = models.ForeignKey("Film", on_delete=models.CASCADE, related_name="character_arcs")
    end_state = models.CharField(
        _("state at the end of the film"),
        max_length=200,
        blank=True,
        help_text=_(
            "One sentence on where the film leaves the character, e.g. “She has left the "
            "police.” Begin with “Dead” in the film they die in (“Dead, shot at the farm.”). It "
            "spoils the same film as the arc and is shown with it."
        ),
    )

    class Meta:
        ordering = ["film__series_position", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["character", "film"], name="character_arc_per_film")
        ]

    def __str__(self):
        return gettext("%(character)s in %(film)s") % {
            "character": self.character.name,
            "film": self.film,
        }

    def save(self, *args, **kwargs):
        # An arc tells what happens in its film: it spoils at least that one.
        if self.spoils_id is None:
            self.spoils_id = self.film_id
        super().save(*args, **kwargs)


class TimelineEventQuerySet(SpoilerQuerySet):
    def for_timeline(self):
        """Keep the events of published films, in story order, with their films and sources."""
        return (
            self.public()
            .filter(film__in=Film.objects.published())
            .select_related("film")
            .prefetch_related(citations_prefetch())
        )


class TimelineEvent(PassageInFilm):
    """A moment of the story in story time: when it happens, in which film, and what happens."""

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="timeline_events")
    when = models.CharField(
        max_length=100,
        help_text=_(
            "When it happens in the story, as a short label: “Six months after Charas's "
            "death”, “A year later”, “At the border”. Shown inside the same disclosure as the text."
        ),
    )
    citations = GenericRelation(Citation)

    objects = TimelineEventQuerySet.as_manager()

    class Meta(PassageInFilm.Meta):
        ordering = ["film__series_position", "order", "pk"]

    def __str__(self):
        return f"{self.film}: {self.when}"
