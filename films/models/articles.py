"""The site's own articles: explainers, retrospectives, endings explained."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from films.models.catalogue import Film
from films.models.publishing import Publishable, PublishableQuerySet
from films.models.references import Citation, citations_prefetch
from films.models.spoilers import Passage


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
