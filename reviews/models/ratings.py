"""The one scale members' ratings are shown on: stars out of five, in halves.

Ratings are stored as whole numbers from 1 to 10 (half stars), so that the database holds them
exactly; every page, the admin, the feed and the structured data show them, and the averages of
them, through the functions here, never as the stored number.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext

# The stored ratings: half a star (1) to five stars (10).
MIN_RATING = 1
MAX_RATING = 10
# What they read as: the scale's ends in stars, for structured data and bars.
BEST_STARS = 5
WORST_STARS = Decimal("0.5")

# A figure drawn from fewer reviews or ratings than this is marked as resting on few: one more
# could move it a long way.
FEW_REVIEWS = 5


def stars_out_of_five(rating):
    """A stored rating (1 to 10) or an average of them, in stars: a rating to the half star, an
    average to one decimal (7 is 3.5, an average of 6.53 is 3.3)."""
    return (Decimal(str(rating)) / 2).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def stars_number(rating):
    """The number of stars as readers of the current language write it: "3.5", "3,5", "4"."""
    stars = stars_out_of_five(rating)
    return formats.number_format(stars, decimal_pos=0 if stars == stars.to_integral() else 1)


def rating_out_of_five(rating):
    """A rating (or an average) as readers see it: 7 is "3.5 out of 5"."""
    return gettext("%(stars)s out of 5") % {"stars": stars_number(rating)}


def rating_display(rating):
    """A rating (or an average) shown one way everywhere: five stars filled to the nearest half
    star, then the figure in words, read aloud as one image ("3.5 out of 5 stars")."""
    halves = int(Decimal(str(rating)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return format_html(
        '<span class="rating" role="img" aria-label="{}">'
        '<span class="stars stars--{}"></span> <span class="rating__figure">{}</span></span>',
        gettext("%(stars)s out of 5 stars") % {"stars": stars_number(rating)},
        halves,
        rating_out_of_five(rating),
    )


def rests_on_few(count):
    """Whether a figure drawn from `count` reviews or ratings is to be marked as resting on few."""
    return count < FEW_REVIEWS
