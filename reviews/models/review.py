"""What every review holds, critic's or member's."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from films.models import Spoiler


class Review(Spoiler):
    """A review: text in one language, which may reveal the plot of a film (`spoils`, folded
    like the site's own prose, and RESTRICT like it: a film cannot be deleted under it)."""

    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_(
            "The language the review was written in: it is shown in it, and marked with it, "
            "on both editions of the site."
        ),
    )

    class Meta:
        abstract = True
