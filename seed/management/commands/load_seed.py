from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from seed.loader import SeedError, seed_load


class Command(BaseCommand):
    help = "Load the site's seed content. Safe to repeat: it never changes an editor's work."

    def add_arguments(self, parser):
        parser.add_argument(
            "--seed-dir",
            default=settings.SEED_DIR,
            help="Folder holding the seed documents (default: %(default)s).",
        )

    def handle(self, *args, seed_dir, **options):
        try:
            created = seed_load(seed_dir=seed_dir)
        except SeedError as error:
            raise CommandError(f"{error}. Nothing was loaded.") from None
        except DatabaseError as error:
            raise CommandError(f"Database error, the load was rolled back: {error}") from None
        if not created:
            self.stdout.write("Seed content already loaded: nothing to add.")
            return
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(created.items()))
        self.stdout.write(self.style.SUCCESS(f"Loaded {summary}."))
