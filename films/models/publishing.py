"""Publishing: what editors publish, and when visitors may see it."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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


def next_publication(models):
    """When the first content of `models` published for later becomes due, or None."""
    due = (
        model.objects.scheduled().order_by("published_at").values_list("published_at", flat=True)
        for model in models
    )
    return min(filter(None, (dates.first() for dates in due)), default=None)
