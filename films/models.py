import uuid
from collections import defaultdict
from itertools import groupby
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from films.thumbnails import poster_thumbnails_make
from films.validators import POSTER_EXTENSIONS, validate_poster_image, validate_poster_size


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """Keep what visitors may see: published, and due."""
        return self.filter(status=PublicationStatus.PUBLISHED, published_at__lte=timezone.now())

    def scheduled(self):
        """Keep what is published for later: it appears when due, with no save to announce it."""
        return self.filter(status=PublicationStatus.PUBLISHED, published_at__gt=timezone.now())


class Publishable(models.Model):
    """Content that editors publish: visible to visitors only once published and due."""

    status = models.CharField(
        max_length=10,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
        help_text=_("Only published content is shown on the public site."),
    )
    published_at = models.DateTimeField(
        default=timezone.now,
        help_text=_("Published content appears on the site from this moment on."),
    )

    class Meta:
        abstract = True

    @property
    def is_public(self):
        return self.status == PublicationStatus.PUBLISHED and self.published_at <= timezone.now()


class Source(models.Model):
    """A document the site's facts come from, cited as a reference: never reproduced."""

    class Kind(models.TextChoices):
        ENCYCLOPEDIA = "encyclopedia", _("Encyclopedia article")
        EXPLAINER = "explainer", _("Streaming explainer")
        REVIEW = "review", _("Review")
        ANALYSIS = "analysis", _("Analysis")

    key = models.SlugField(unique=True, help_text=_("A short, stable identifier for the document."))
    title = models.CharField(
        max_length=200,
        help_text=_("The document's own title, or a descriptive one where it has none."),
    )
    kind = models.CharField(max_length=20, choices=Kind)
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language the document is written in: its title is shown in it."),
    )
    publisher = models.CharField(
        max_length=200, blank=True, help_text=_("Who published it. Leave empty if unknown.")
    )
    published_on = models.DateField(null=True, blank=True, help_text=_("Leave empty if unknown."))
    url = models.URLField(blank=True, help_text=_("Where readers can find it, if known."))
    document_name = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "File name of the document among the seed documents, for the editors' checks. "
            "The site never publishes a document's text, only cites it."
        ),
    )

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.title


def public_discrepancies_prefetch():
    return Prefetch("discrepancies", queryset=Discrepancy.objects.public())


def citations_prefetch():
    """Prefetch an object's citations with their sources, as pages number them."""
    return Prefetch("citations", queryset=Citation.objects.select_related("source"))


class CitationQuerySet(models.QuerySet):
    def for_object(self, obj):
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        ).select_related("source")


class Citation(models.Model):
    """Records that a source supports a fact: a whole object, or one of its fields."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    field = models.CharField(
        max_length=60,
        blank=True,
        help_text=_(
            "The field the source supports (e.g. runtime_minutes); empty for the whole record."
        ),
    )
    note = models.CharField(
        max_length=300, blank=True, help_text=_("How the source words it, where that matters.")
    )

    objects = CitationQuerySet.as_manager()

    class Meta:
        ordering = ["source__key", "field"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "content_type", "object_id", "field"],
                name="citation_unique_per_source_and_field",
            )
        ]

    def __str__(self):
        target = f"{self.content_object}"
        return f"{self.source} → {target}{f' ({self.field})' if self.field else ''}"


class SpoilerQuerySet(models.QuerySet):
    def public(self):
        """Keep what visitors may see: text spoiling no film, or a published one, with that
        film selected for the disclosure that names it."""
        return self.filter(
            Q(spoils__isnull=True) | Q(spoils__in=Film.objects.published())
        ).select_related("spoils")

    def within(self, horizon):
        """Keep what a reader with this horizon may read open: text spoiling no film, or only
        films they have seen."""
        return self.filter(
            Q(spoils__isnull=True) | Q(spoils__series_position__lte=horizon.films_seen)
        )


class Spoiler(models.Model):
    """Prose that records the latest film whose plot it reveals: pages fold it behind a
    disclosure naming that film ("Spoils Lost Bullet 2")."""

    # RESTRICT: a film cannot be deleted while prose elsewhere is folded under its name, or the
    # prose would lose its fold; its own passages and arcs go with it.
    spoils = models.ForeignKey(
        "Film",
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


class Company(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("company")
        verbose_name_plural = _("companies")

    def __str__(self):
        return self.name


class PersonQuerySet(models.QuerySet):
    def with_public_credits(self):
        """Keep people credited on a published film."""
        return self.filter(credits__in=Credit.objects.on_public_films()).distinct()

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
    citations = GenericRelation(Citation)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("films:person-detail", kwargs={"slug": self.slug})

    def filmography(self):
        """Group the person's credits by film, in series order, roles in credit order."""
        by_film = defaultdict(list)
        for credit in self.credits.all():
            by_film[credit.film].append(credit)
        return [
            (film, sorted(credits, key=lambda c: Role(c.role).rank))
            for film, credits in sorted(by_film.items(), key=lambda item: item[0].series_position)
        ]


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


class CharacterQuerySet(models.QuerySet):
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
    citations = GenericRelation(Citation)

    objects = CharacterQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.full_name or self.name

    def get_absolute_url(self):
        return reverse("films:character-detail", kwargs={"slug": self.slug})

    def film_by_film(self):
        """For each film the character appears in, in series order: the film, the cast credits
        that played them and their arc there, if written (from for_detail()'s prefetches)."""
        arcs = {arc.film_id: arc for arc in self.arcs.all()}
        return [
            (
                film,
                [credit for credit in self.credits.all() if credit.film_id == film.pk],
                arcs.get(film.pk),
            )
            for film in sorted(self.appearances.all(), key=lambda film: film.series_position)
        ]


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


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")

    def format(self, value):
        """Show a date no more precisely than it is known, in the page's language: "19 June
        2020", "19 juin 2020", "1er mai 2025"."""
        if self == DatePrecision.YEAR:
            return str(value.year)
        if self == DatePrecision.MONTH:
            return date_format(value, "F Y")
        if value.day == 1 and get_language() == "fr":
            return date_format(value, "j\\e\\r F Y")
        return date_format(value, "j F Y")


class FilmQuerySet(PublishableQuerySet):
    def for_detail(self):
        """Fetch everything the film page shows, in a fixed number of queries."""
        return self.select_related("distributor").prefetch_related(*film_detail_prefetches())


def film_detail_prefetches():
    return (
        "production_companies",
        "external_links",
        Prefetch(
            "credits",
            queryset=Credit.objects.select_related("person", "character").prefetch_related(
                citations_prefetch()
            ),
        ),
        Prefetch(
            "filming_locations",
            queryset=FilmingLocation.objects.prefetch_related(citations_prefetch()),
        ),
        citations_prefetch(),
        Prefetch("passages", queryset=FilmPassage.objects.public()),
        public_discrepancies_prefetch(),
    )


class Genre(models.TextChoices):
    """The site's one vocabulary of genres; the sources' own labels go in a discrepancy note."""

    ACTION_THRILLER = "action_thriller", _("Action thriller")
    ACTION = "action", _("Action")
    CRIME_THRILLER = "crime_thriller", _("Crime thriller")


def poster_upload_to(film, filename):
    """Store every poster under a fresh name of our own: nothing of the uploaded name is kept."""
    extension = PurePosixPath(filename).suffix.lower()
    return f"posters/{film.slug or 'film'}-{uuid.uuid4().hex[:12]}{extension}"


class Film(Publishable):
    title = models.CharField(max_length=200, help_text="The English title, e.g. Lost Bullet 2.")
    original_title = models.CharField(
        max_length=200, blank=True, help_text="The French title, e.g. Balle perdue 2."
    )
    slug = models.SlugField(unique=True)
    series_position = models.PositiveSmallIntegerField(
        unique=True, help_text=_("1 for the first film of the series, 2 for the second…")
    )
    genre = models.CharField(max_length=30, choices=Genre, blank=True)
    release_date = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "First release. If only the month or year is known, pick its first day and "
            "set the precision."
        ),
    )
    release_date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision,
        default=DatePrecision.DAY,
        help_text=_("How much of the release date is known."),
    )
    runtime_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    countries = models.CharField(
        max_length=200, blank=True, help_text=_("Countries of production, comma-separated.")
    )
    languages = models.CharField(
        max_length=200, blank=True, help_text=_("Original languages, comma-separated.")
    )
    synopsis = models.TextField(
        blank=True,
        help_text=_(
            "A sentence or two that reveal no plot, of this film or the earlier ones: the "
            "premise, as a trailer gives it. Everything else goes in the film's passages."
        ),
    )
    poster = models.ImageField(
        upload_to=poster_upload_to,
        blank=True,
        validators=[
            FileExtensionValidator(POSTER_EXTENSIONS),
            validate_poster_size,
            validate_poster_image,
        ],
        help_text=_(
            "A JPEG, PNG or WebP image, at most 5 MB and 20 megapixels. It is checked, "
            "renamed and made into thumbnails on upload."
        ),
        width_field="poster_width",
        height_field="poster_height",
    )
    poster_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    poster_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    production_companies = models.ManyToManyField(
        Company, blank=True, related_name="produced_films"
    )
    distributor = models.ForeignKey(
        Company,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="distributed_films",
    )
    updated_at = models.DateTimeField(auto_now=True)
    citations = GenericRelation(Citation)

    objects = FilmQuerySet.as_manager()

    class Meta:
        ordering = ["series_position"]
        constraints = [
            models.CheckConstraint(
                condition=Q(runtime_minutes__isnull=True) | Q(runtime_minutes__gt=0),
                name="film_runtime_positive",
            ),
            models.CheckConstraint(
                condition=Q(series_position__gte=1), name="film_series_position_from_one"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Thumbnails are made here, once, so that no page render ever decodes an image.
        if self.poster:
            poster_thumbnails_make(self)

    def get_absolute_url(self):
        return reverse("films:film-detail", kwargs={"slug": self.slug})

    def fetch_details(self):
        """Fetch onto this film what for_detail() would have: for a page that needs the details
        only when its cached fragments are missing."""
        prefetch_related_objects([self], "distributor", *film_detail_prefetches())
        return self

    def prose(self):
        """The film's passages by section (plot, production…), from for_detail()'s prefetch of
        the public ones."""
        sections = {section: [] for section in FilmPassage.Section.values}
        for passage in self.passages.all():
            sections[passage.section].append(passage)
        return sections

    def credits_by_role(self):
        """Group the crew credits by role, in credit order; the cast is listed apart."""
        groups = defaultdict(list)
        for credit in self.credits.all():
            if credit.role != Role.CAST:
                groups[Role(credit.role)].append(credit)
        return [(role, groups[role]) for role in sorted(groups, key=lambda r: r.rank)]

    def cast(self):
        return [credit for credit in self.credits.all() if credit.role == Role.CAST]

    @property
    def year(self):
        return self.release_date.year if self.release_date else None

    @property
    def release_date_display(self):
        if not self.release_date:
            return ""
        return DatePrecision(self.release_date_precision).format(self.release_date)

    @property
    def title_elsewhere(self):
        """The film's title in the site's other language, shown beside the page's own:
        (language code, title), e.g. ("en", "Lost Bullet 2") on a French page."""
        other = "en" if get_language() == "fr" else "fr"
        title = getattr(self, f"title_{other}", "")
        if not title and other == "fr":
            title = self.original_title
        return (other, title) if title and title != self.title else (other, "")

    @property
    def runtime_display(self):
        """Show the runtime as film sites do: "1 h 32 min", and in French "1 h 32"."""
        if not self.runtime_minutes:
            return ""
        hours, minutes = divmod(self.runtime_minutes, 60)
        if not hours:
            return gettext("%(minutes)d min") % {"minutes": minutes}
        if not minutes:
            return gettext("%(hours)d h") % {"hours": hours}
        return gettext("%(hours)d h %(minutes)02d min") % {"hours": hours, "minutes": minutes}

    @property
    def country_list(self):
        return [c.strip() for c in self.countries.split(",") if c.strip()]

    @property
    def language_list(self):
        return [lang.strip() for lang in self.languages.split(",") if lang.strip()]


class FilmPassage(Passage):
    """A passage of a film page's prose: its recap of the earlier films ("Previously on"), its
    plot, production, release or reception. A recap spoils the earlier film it retells."""

    class Section(models.TextChoices):
        RECAP = "recap", pgettext_lazy("film page section", "Previously on")
        PLOT = "plot", _("Plot")
        PRODUCTION = "production", _("Production")
        RELEASE = "release", _("Release")
        RECEPTION = "reception", _("Reception")

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="passages")
    section = models.CharField(max_length=12, choices=Section)

    class Meta(Passage.Meta):
        indexes = [models.Index(fields=["film", "section"])]


class Role(models.TextChoices):
    """A job on a film; the order here is the order credits are listed in."""

    DIRECTOR = "director", _("Director")
    WRITER = "writer", _("Writer")
    PRODUCER = "producer", _("Producer")
    EXECUTIVE_PRODUCER = "executive_producer", _("Executive producer")
    CINEMATOGRAPHER = "cinematographer", _("Cinematographer")
    COMPOSER = "composer", _("Composer")
    CAST = "cast", _("Cast")

    @property
    def rank(self):
        return list(Role).index(self)


class CreditQuerySet(models.QuerySet):
    def on_public_films(self):
        """Keep credits on published films: the only ones a public page may show."""
        return self.filter(film__in=Film.objects.published())


class Credit(models.Model):
    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="credits")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="credits")
    role = models.CharField(max_length=20, choices=Role)
    character = models.ForeignKey(
        Character,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="credits",
        help_text=_("For cast credits only: the part played."),
    )
    billing_order = models.PositiveSmallIntegerField(
        default=100, help_text=_("Lower numbers are listed first within a role.")
    )
    note = models.CharField(
        max_length=100,
        blank=True,
        help_text=_(
            "Shown beside the credit, e.g. archive footage. Required for a character "
            "credited in a film after the one they die in."
        ),
    )
    citations = GenericRelation(Citation)

    objects = CreditQuerySet.as_manager()

    class Meta:
        ordering = ["film__series_position", "billing_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["film", "person", "role", "character"],
                name="credit_unique_cast_part",
                condition=Q(character__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["film", "person", "role"],
                name="credit_unique_crew_role",
                condition=Q(character__isnull=True),
            ),
            models.CheckConstraint(
                condition=Q(role=Role.CAST) | Q(character__isnull=True),
                name="credit_character_only_for_cast",
            ),
        ]

    def __str__(self):
        if self.character_id:
            return gettext("%(person)s as %(character)s in %(film)s") % {
                "person": self.person,
                "character": self.character,
                "film": self.film,
            }
        return gettext("%(person)s, %(role)s of %(film)s") % {
            "person": self.person,
            "role": self.get_role_display().lower(),
            "film": self.film,
        }

    def clean(self):
        died_in = self.character.died_in if self.character_id else None
        if (
            died_in
            and self.film_id
            and self.film.series_position > died_in.series_position
            and not self.note
        ):
            raise ValidationError(
                {
                    "note": gettext(
                        "%(character)s dies in %(film)s: say how they appear here "
                        "(archive footage, a flashback), or leave the credit out."
                    )
                    % {"character": self.character.name, "film": died_in}
                }
            )


class FilmingLocation(models.Model):
    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="filming_locations")
    place = models.CharField(max_length=200, help_text=_("A town, city or area, e.g. Sète."))
    region = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=100, blank=True)
    note = models.CharField(
        max_length=300, blank=True, help_text=_("What was shot there, e.g. the canal scene.")
    )
    order = models.PositiveSmallIntegerField(default=0)
    citations = GenericRelation(Citation)

    class Meta:
        ordering = ["film", "order", "pk"]

    def __str__(self):
        return ", ".join(part for part in (self.place, self.region, self.country) if part)


class ExternalLink(models.Model):
    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="external_links")
    label = models.CharField(max_length=100, help_text=_("E.g. Netflix."))
    url = models.URLField()

    class Meta:
        ordering = ["film", "label"]

    def __str__(self):
        return self.label


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


class VehicleAppearance(PassageInFilm):
    """What happens to a vehicle in one film: it spoils that film."""

    vehicle = models.ForeignKey(Vehicle, on_delete=models.CASCADE, related_name="appearances")
    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="vehicle_appearances")

    class Meta(PassageInFilm.Meta):
        ordering = ["film__series_position", "order", "pk"]

    def __str__(self):
        return gettext("%(vehicle)s in %(film)s") % {"vehicle": self.vehicle, "film": self.film}


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


class Discrepancy(Spoiler):
    """A note for readers where sources disagree, shown beside the facts it concerns."""

    film = models.ForeignKey(
        Film, on_delete=models.CASCADE, null=True, blank=True, related_name="discrepancies"
    )
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, null=True, blank=True, related_name="discrepancies"
    )
    character = models.ForeignKey(
        Character,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="discrepancies",
    )
    vehicle = models.ForeignKey(
        "Vehicle",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="discrepancies",
    )
    note = models.TextField(
        help_text=_("Written for readers: what the sources say, and what the site shows and why.")
    )
    sources = models.ManyToManyField(Source, related_name="discrepancies")

    class Meta:
        ordering = ["pk"]
        verbose_name = _("discrepancy")
        verbose_name_plural = _("discrepancies")
        constraints = [
            models.CheckConstraint(
                condition=Q(film__isnull=False)
                | Q(person__isnull=False)
                | Q(character__isnull=False)
                | Q(vehicle__isnull=False),
                name="discrepancy_concerns_something",
            )
        ]

    def __str__(self):
        return self.note[:80]


class EditorialPieceQuerySet(PublishableQuerySet):
    def with_public_films(self):
        """Prefetch the films each piece is about, leaving out drafts: the lists name them."""
        return self.prefetch_related(Prefetch("films", queryset=Film.objects.published()))

    def for_lists(self):
        """What lists and teasers show: the films, and the film the standfirst spoils."""
        return self.with_public_films().select_related("standfirst_spoils")

    def for_detail(self):
        return self.for_lists().prefetch_related(
            Prefetch("sections", queryset=ArticleSection.objects.public()),
            citations_prefetch(),
        )


class EditorialPiece(Publishable):
    """An article of the site's own: an explainer, a retrospective, an ending explained."""

    class Kind(models.TextChoices):
        EXPLAINER = "explainer", _("Explainer")
        RETROSPECTIVE = "retrospective", _("Retrospective review")
        ENDING_EXPLAINED = "ending_explained", _("Ending explained")

    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    kind = models.CharField(max_length=20, choices=Kind)
    byline = models.CharField(
        max_length=100, default="bulletsite staff", help_text=_("Who wrote it, as readers see it.")
    )
    standfirst = models.TextField(
        blank=True,
        help_text=_(
            "The one- or two-sentence introduction, also the teaser on the home page and "
            "the article list."
        ),
    )
    standfirst_spoils = models.ForeignKey(
        Film,
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "The latest film whose plot the standfirst reveals; best left empty, as "
            "teasers are read by everyone."
        ),
    )
    films = models.ManyToManyField(Film, related_name="editorial_pieces")
    citations = GenericRelation(Citation)
    written_on = models.DateField(null=True, blank=True, help_text=_("Leave empty if unknown."))

    objects = EditorialPieceQuerySet.as_manager()

    class Meta:
        ordering = ["-written_on", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("films:piece-detail", kwargs={"slug": self.slug})


class ArticleSection(Passage):
    """A section of an article, under an optional subheading."""

    piece = models.ForeignKey(EditorialPiece, on_delete=models.CASCADE, related_name="sections")
    heading = models.CharField(max_length=200, blank=True)


class SpoilerHorizon(models.Model):
    """How far a member has watched the trilogy, kept with their account: pages show open the
    plots of the films seen, and fold the rest (films/horizon.py)."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="spoiler_horizon"
    )
    films_seen = models.PositiveSmallIntegerField(
        default=0, help_text=_("How many films of the trilogy, in order, the member has seen.")
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(films_seen__lte=3), name="spoiler_horizon_within_the_trilogy"
            )
        ]

    def __str__(self):
        return ngettext(
            "%(member)s has seen %(count)s film",
            "%(member)s has seen %(count)s films",
            self.films_seen,
        ) % {"member": self.member, "count": self.films_seen}
