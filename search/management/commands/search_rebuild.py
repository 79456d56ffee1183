from django.core.management.base import BaseCommand

from search.index import search_rebuild
from search.models import SearchDocument
from search.signals import index_rebuilt


class Command(BaseCommand):
    help = (
        "Rewrite the search index from the content. Saving and deleting keep it current; run "
        "this after changing content with queryset update() or raw SQL, which send no signals."
    )

    def handle(self, *args, **options):
        count = search_rebuild()
        index_rebuilt.send(sender=SearchDocument)
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} documents."))
