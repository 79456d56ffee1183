from django.db import migrations, models

# SQLite adds the column by remaking the table, which drops the FTS5 index's triggers: they are
# made again, and the index rebuilt from the table.
SQLITE = [
    """CREATE TRIGGER IF NOT EXISTS bulletsite_searchdocument_fts_insert
    AFTER INSERT ON bulletsite_searchdocument
    BEGIN
        INSERT INTO bulletsite_searchdocument_fts (rowid, title, body)
        VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER IF NOT EXISTS bulletsite_searchdocument_fts_delete
    AFTER DELETE ON bulletsite_searchdocument
    BEGIN
        INSERT INTO bulletsite_searchdocument_fts (bulletsite_searchdocument_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER IF NOT EXISTS bulletsite_searchdocument_fts_update
    AFTER UPDATE ON bulletsite_searchdocument
    BEGIN
        INSERT INTO bulletsite_searchdocument_fts (bulletsite_searchdocument_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO bulletsite_searchdocument_fts (rowid, title, body)
        VALUES (new.id, new.title, new.body);
    END""",
    "INSERT INTO bulletsite_searchdocument_fts (bulletsite_searchdocument_fts) VALUES ('rebuild')",
]

# PostgreSQL stems each document with its language's stemmer; SQLite's FTS5 has only Porter's.
POSTGRESQL = [
    "CREATE TEXT SEARCH CONFIGURATION bulletsite_fr (COPY = pg_catalog.french)",
    """ALTER TEXT SEARCH CONFIGURATION bulletsite_fr
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem""",
    "DROP VIEW IF EXISTS bulletsite_searchterm",
    "DROP INDEX IF EXISTS bulletsite_searchdocument_vector_gin",
    "ALTER TABLE bulletsite_searchdocument DROP COLUMN IF EXISTS search_vector",
    """ALTER TABLE bulletsite_searchdocument ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            CASE WHEN language = 'fr' THEN
                setweight(to_tsvector('bulletsite_fr'::regconfig, coalesce(title, '')), 'A')
                || setweight(to_tsvector('bulletsite_fr'::regconfig, coalesce(body, '')), 'B')
            ELSE
                setweight(to_tsvector('bulletsite'::regconfig, coalesce(title, '')), 'A')
                || setweight(to_tsvector('bulletsite'::regconfig, coalesce(body, '')), 'B')
            END
        ) STORED""",
    """CREATE INDEX bulletsite_searchdocument_vector_gin
        ON bulletsite_searchdocument USING gin (search_vector)""",
    """CREATE VIEW bulletsite_searchterm AS
        SELECT word AS term, ndoc AS doc
        FROM ts_stat('SELECT search_vector FROM bulletsite_searchdocument')""",
]
POSTGRESQL_REVERSE = [
    "DROP VIEW IF EXISTS bulletsite_searchterm",
    "DROP INDEX IF EXISTS bulletsite_searchdocument_vector_gin",
    "ALTER TABLE bulletsite_searchdocument DROP COLUMN IF EXISTS search_vector",
    """ALTER TABLE bulletsite_searchdocument ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('bulletsite'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('bulletsite'::regconfig, coalesce(body, '')), 'B')
        ) STORED""",
    """CREATE INDEX bulletsite_searchdocument_vector_gin
        ON bulletsite_searchdocument USING gin (search_vector)""",
    """CREATE VIEW bulletsite_searchterm AS
        SELECT word AS term, ndoc AS doc
        FROM ts_stat('SELECT search_vector FROM bulletsite_searchdocument')""",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS bulletsite_fr",
]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):
    """Each page indexed once per language; `migrate` then rebuilds the index (apps.py)."""

    dependencies = [("bulletsite", "0002_search_index")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="language",
            field=models.CharField(
                choices=[("en", "English"), ("fr", "Français")],
                default="en",
                help_text="The edition the text is from: each page is indexed once per language.",
                max_length=8,
            ),
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL_REVERSE}),
        ),
    ]
