"""The people credited on the films, and the other spellings of their names."""

import unicodedata
from collections import defaultdict

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from films.french import by_name
from films.models.catalogue import Credit, GrammaticalGender, Role, grammatical_gender_field
from films.models.references import (
    Citation,
    Source,
    citations_prefetch,
    public_discrepancies_prefetch,
)


def name_sort_key(name):
    """Sort names as readers of either language expect: letters first, their accents and case
    only to break ties, so that "Gérard" comes before "Guillaume" and "Émile" among the E's."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return (bare.casefold(), name.casefold(), name)


class PersonQuerySet(models.QuerySet):
    def with_public_credits(self):
        """Keep people credited on a published film."""
        return self.filter(credits__in=Credit.objects.on_public_films()).distinct()

    def for_index(self):
        """Fetch what the index of people shows: those credited on a published film, with
        those credits and the characters played."""
        return self.with_public_credits().prefetch_related(
            Prefetch(
                "credits",
                queryset=Credit.objects.on_public_films().select_related("character"),
            )
        )

    def by_role(self):
        """Group the people by what they do, in the order of a full cast and crew page
        (Role.full_credits_rank), each group sorted by name as readers expect (name_sort_key):
        (role, [(person, characters played)]) pairs; someone with two jobs is in both groups.
        The characters are named, never the films: who plays whom tells no one's fate."""
        groups = defaultdict(dict)
        for person in self:
            for credit in person.credits.all():
                characters = groups[Role(credit.role)].setdefault(person, [])
                if credit.character and credit.character not in characters:
                    characters.append(credit.character)
        return [
            (
                role,
                [
                    (person, sorted(characters, key=lambda c: name_sort_key(c.name)))
                    for person, characters in sorted(
                        groups[role].items(), key=lambda item: name_sort_key(item[0].name)
                    )
                ],
            )
            for role in sorted(groups, key=lambda role: role.full_credits_rank)
        ]

    def for_detail(self):
        """Fetch everything the person page shows, in a fixed number of queries."""
        return self.prefetch_related(
            "alternative_names",
            Prefetch(
                "credits",
                queryset=Credit.objects.on_public_films()
                .select_related("film", "character")
                .prefetch_related(citations_prefetch()),
            ),
            public_discrepancies_prefetch(),
            citations_prefetch(),
        )


class Person(models.Model):
    name = models.CharField(max_length=200, help_text=_("The name as the site spells it."))
    slug = models.SlugField(unique=True)
    biography = models.TextField(blank=True)
    grammatical_gender = grammatical_gender_field()
    citations = GenericRelation(Citation)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = [by_name()]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("films:person-detail", kwargs={"slug": self.slug})

    @property
    def is_feminine(self):
        return self.grammatical_gender == GrammaticalGender.FEMININE

    def filmography(self, horizon):
        """Group the person's credits by film, in series order, roles in credit order, for the
        films the reader's horizon reaches (Horizon.within_reach); return them and whether
        credits on later films were left out."""
        by_film = defaultdict(list)
        for credit in self.credits.all():
            by_film[credit.film].append(credit)
        return horizon.within_reach(
            [
                (film, sorted(credits, key=lambda c: Role(c.role).rank))
                for film, credits in sorted(by_film.items(), key=lambda i: i[0].series_position)
            ]
        )


class AlternativeName(models.Model):
    """Another spelling of a person's name, found in a source or in common use."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="alternative_names")
    name = models.CharField(max_length=200)
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="alternative_names",
        help_text=_("Where this spelling appears, if it comes from a source."),
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "name"], name="alternative_name_unique_per_person"
            )
        ]

    def __str__(self):
        return self.name
