from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    """Accent-insensitive search (films.search.Folded) uses unaccent on PostgreSQL; a no-op
    elsewhere."""

    dependencies = [("films", "0002_poster_uploads")]

    operations = [UnaccentExtension()]
