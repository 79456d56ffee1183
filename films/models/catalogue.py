"""The films themselves: their details, credits, places and links."""

import uuid
from collections import defaultdict
from pathlib import PurePosixPath

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models, transaction
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext, npgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from films.french import elide
from films.models.publishing import Publishable, PublishableQuerySet
from films.models.references import Citation, citations_prefetch, public_discrepancies_prefetch
from films.models.spoilers import Passage
from films.thumbnails import poster_files_delete, poster_reencode, poster_thumbnails_make
from films.validators import POSTER_EXTENSIONS, validate_poster_image, validate_poster_size


class Company(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("company")
        verbose_name_plural = _("companies")

    def __str__(self):
        return self.name


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

    def for_credits(self):
        """Fetch what the full cast and crew page shows: every credit, its person, character
        and citations."""
        return self.prefetch_related(
            Prefetch(
                "credits",
                queryset=Credit.objects.select_related("person", "character").prefetch_related(
                    citations_prefetch()
                ),
            )
        )


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
    title = models.CharField(max_length=200, help_text="The English title, as released in English.")
    original_title = models.CharField(
        max_length=200, blank=True, help_text="The French title, as released in France."
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
        if self.poster and not self.poster._committed:
            # A new upload is stored as its decoded image saved again, never byte for byte.
            self.poster.file = poster_reencode(self.poster.file)
            self.poster.name = self.poster.file.name
        replaced = self._stored_poster_name()
        super().save(*args, **kwargs)
        # Thumbnails are made here, once, so that no page render ever decodes an image.
        if self.poster:
            poster_thumbnails_make(self)
        if replaced and replaced != self.poster.name:
            # Once the new poster is committed; a rolled-back save keeps the old one.
            transaction.on_commit(lambda: self._poster_files_forget(replaced), using=self._state.db)

    def get_absolute_url(self):
        return reverse("films:film-detail", kwargs={"slug": self.slug})

    def _stored_poster_name(self):
        if self._state.adding or self.pk is None:
            return ""
        stored = Film.objects.filter(pk=self.pk).values_list("poster", flat=True).first()
        return stored or ""

    @staticmethod
    def _poster_files_forget(name):
        """Delete a replaced poster and its thumbnails, unless a film still names it."""
        if not Film.objects.filter(poster=name).exists():
            poster_files_delete(name)

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

    def full_credits(self):
        """Every credit of the film grouped by role, as a full cast and crew page lists them
        (Role.full_credits_rank), each group in billing order: (role, credits) pairs."""
        groups = defaultdict(list)
        for credit in self.credits.all():
            groups[Role(credit.role)].append(credit)
        return [(role, groups[role]) for role in sorted(groups, key=lambda r: r.full_credits_rank)]

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
        (language code, title), e.g. ("en", <the English title>) on a French page."""
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


class GrammaticalGender(models.TextChoices):
    """How French agrees the words written about a person or a character: « Actrice »,
    « Interprétée par ». English needs no such choice, and the site asks nothing more."""

    MASCULINE = "masculine", _("Masculine")
    FEMININE = "feminine", _("Feminine")


def grammatical_gender_field():
    return models.CharField(
        _("grammatical gender"),
        max_length=10,
        choices=GrammaticalGender,
        default=GrammaticalGender.MASCULINE,
        help_text=_(
            "How French writes about them: feminine gives « Actrice » and « Interprétée par »."
        ),
    )


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

    @property
    def full_credits_rank(self):
        """The role's place on a full cast and crew page, as film sites list it: direction and
        writing, then the cast, then the rest of the crew."""
        if self in (Role.DIRECTOR, Role.WRITER):
            return (0, self.rank)
        return (1, 0) if self == Role.CAST else (2, self.rank)

    def heading(self, count):
        """The role as it heads a list of `count` people: "Director", "Directors"."""
        match self:
            case Role.DIRECTOR:
                return npgettext("crew role", "Director", "Directors", count)
            case Role.WRITER:
                return npgettext("crew role", "Writer", "Writers", count)
            case Role.PRODUCER:
                return npgettext("crew role", "Producer", "Producers", count)
            case Role.EXECUTIVE_PRODUCER:
                return npgettext("crew role", "Executive producer", "Executive producers", count)
            case Role.CINEMATOGRAPHER:
                return npgettext("crew role", "Cinematographer", "Cinematographers", count)
            case Role.COMPOSER:
                return npgettext("crew role", "Composer", "Composers", count)
        return self.label


class CreditQuerySet(models.QuerySet):
    def on_public_films(self):
        """Keep credits on published films: the only ones a public page may show."""
        return self.filter(film__in=Film.objects.published())


class Credit(models.Model):
    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="credits")
    person = models.ForeignKey("Person", on_delete=models.PROTECT, related_name="credits")
    role = models.CharField(max_length=20, choices=Role)
    character = models.ForeignKey(
        "Character",
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
            return elide(
                gettext("%(person)s as %(character)s in %(film)s")
                % {"person": self.person, "character": self.character, "film": self.film}
            )
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
