"""`manage.py rebuild_tallies`: count the audience's figures, the standings and the helpful
votes afresh, after loading reviews around the write functions that keep them (a bulk import,
a restore from another site's data)."""

from django.core.management.base import BaseCommand

from pagecache import pages_changed
from reviews.models import rebuild_tallies, stored_tallies


class Command(BaseCommand):
    help = (
        "Recompute the tallies that pages read (ratings per film, rankings' places, helpful "
        "votes) from the reviews, votes and rankings themselves."
    )

    def handle(self, *args, **options):
        rebuild_tallies()
        pages_changed()
        ratings, places, rankings, helpful = stored_tallies()
        self.stdout.write(
            self.style.SUCCESS(
                f"Tallies rebuilt: {sum(ratings.values())} counted reviews, {rankings} rankings, "
                f"{sum(helpful.values())} helpful votes."
            )
        )
