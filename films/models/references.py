"""The sources behind the site's facts, and notes where they disagree."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _

from films.models.spoilers import Spoiler


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


class Discrepancy(Spoiler):
    """A note for readers where sources disagree, shown beside the facts it concerns."""

    film = models.ForeignKey(
        "Film", on_delete=models.CASCADE, null=True, blank=True, related_name="discrepancies"
    )
    person = models.ForeignKey(
        "Person", on_delete=models.CASCADE, null=True, blank=True, related_name="discrepancies"
    )
    character = models.ForeignKey(
        "Character",
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
