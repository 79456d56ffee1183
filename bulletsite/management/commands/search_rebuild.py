from django.core.management.base import BaseCommand

from bulletsite.search import search_rebuild
from pagecache import pages_changed


class Command(BaseCommand):
    help = (
        "Rewrite the search index from the content. Saving and deleting keep it current; run "
        "this after changing content with queryset update() or raw SQL, which send no signals."
    )

    def handle(self, *args, **options):
        count = search_rebuild()
        pages_changed()  # cached search pages show the old index
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} documents."))
