import importlib

import django.db.models.deletion
from django.db import migrations, models

# The index moved to the search app (search/migrations/0001_initial.py), which makes its own
# tables. The index is derived data: search_rebuild and every migrate fill the new one. Its
# words (SearchTerm) were read by nothing.
SQLITE = [
    "DROP TRIGGER IF EXISTS bulletsite_searchdocument_fts_insert",
    "DROP TRIGGER IF EXISTS bulletsite_searchdocument_fts_delete",
    "DROP TRIGGER IF EXISTS bulletsite_searchdocument_fts_update",
    "DROP TABLE IF EXISTS bulletsite_searchterm",
    "DROP TABLE IF EXISTS bulletsite_searchdocument_fts",
]
POSTGRESQL = [
    "DROP VIEW IF EXISTS bulletsite_searchterm",
    "DROP INDEX IF EXISTS bulletsite_searchdocument_vector_gin",
    "ALTER TABLE bulletsite_searchdocument DROP COLUMN IF EXISTS search_vector",
]
# Once the table is gone: its generated column used them.
POSTGRESQL_CONFIGURATIONS = [
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS bulletsite_fr",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS bulletsite",
]

# Reversed: the old index, as 0002 and 0003 made it, empty.
search_index = importlib.import_module("bulletsite.migrations.0002_search_index")
search_languages = importlib.import_module("bulletsite.migrations.0003_search_languages")
POSTGRESQL_CONFIGURATIONS_REVERSE = search_index.POSTGRESQL[:2] + search_languages.POSTGRESQL[:2]
SQLITE_REVERSE = search_index.SQLITE
POSTGRESQL_REVERSE = search_languages.POSTGRESQL[4:]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):
    dependencies = [("bulletsite", "0003_search_languages")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
        migrations.DeleteModel(name="SearchTerm"),
        migrations.DeleteModel(name="SearchDocument"),
        migrations.RunPython(
            run({"postgresql": POSTGRESQL_CONFIGURATIONS}),
            run({"postgresql": POSTGRESQL_CONFIGURATIONS_REVERSE}),
        ),
    ]
