from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from seed.loader import seed_load


class Command(BaseCommand):
    help = "Load the site's seed content. Safe to repeat: it never changes an editor's work."

    def handle(self, *args, **options):
        try:
            created = seed_load()
        except DatabaseError as error:
            raise CommandError(f"Database error, the load was rolled back: {error}") from None
        if not created:
            self.stdout.write("Seed content already loaded: nothing to add.")
            return
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(created.items()))
        self.stdout.write(self.style.SUCCESS(f"Loaded {summary}."))
