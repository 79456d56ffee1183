import django.db.models.deletion
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

# The database's own full-text index over SearchDocument (see bulletsite/models.py).
SQLITE = [
    # Accents and case folded, English words stemmed ("endings" finds "ending"); an external
    # content table: the text is kept once, in bulletsite_searchdocument.
    """CREATE VIRTUAL TABLE bulletsite_searchdocument_fts USING fts5(
        title, body, content='bulletsite_searchdocument', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    "CREATE VIRTUAL TABLE bulletsite_searchterm USING fts5vocab(bulletsite_searchdocument_fts, row)",
    """CREATE TRIGGER bulletsite_searchdocument_fts_insert AFTER INSERT ON bulletsite_searchdocument
    BEGIN
        INSERT INTO bulletsite_searchdocument_fts (rowid, title, body)
        VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER bulletsite_searchdocument_fts_delete AFTER DELETE ON bulletsite_searchdocument
    BEGIN
        INSERT INTO bulletsite_searchdocument_fts (bulletsite_searchdocument_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER bulletsite_searchdocument_fts_update AFTER UPDATE ON bulletsite_searchdocument
    BEGIN
        INSERT INTO bulletsite_searchdocument_fts (bulletsite_searchdocument_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO bulletsite_searchdocument_fts (rowid, title, body)
        VALUES (new.id, new.title, new.body);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS bulletsite_searchdocument_fts_insert",
    "DROP TRIGGER IF EXISTS bulletsite_searchdocument_fts_delete",
    "DROP TRIGGER IF EXISTS bulletsite_searchdocument_fts_update",
    "DROP TABLE IF EXISTS bulletsite_searchterm",
    "DROP TABLE IF EXISTS bulletsite_searchdocument_fts",
]

POSTGRESQL = [
    # English, with accents folded before stemming: "sete" finds "Sète", and ts_headline marks
    # "Sète" in the original text.
    "CREATE TEXT SEARCH CONFIGURATION bulletsite (COPY = pg_catalog.english)",
    """ALTER TEXT SEARCH CONFIGURATION bulletsite
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem""",
    # A column of PostgreSQL's alone, left out of the model: SQLite has its FTS5 table.
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
]
POSTGRESQL_REVERSE = [
    "DROP VIEW IF EXISTS bulletsite_searchterm",
    "DROP INDEX IF EXISTS bulletsite_searchdocument_vector_gin",
    "ALTER TABLE bulletsite_searchdocument DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS bulletsite",
]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):
    """The search index. Its documents are written by `manage.py search_rebuild`, which every
    `migrate` that applies a migration runs (bulletsite/apps.py)."""

    dependencies = [
        ("bulletsite", "0001_usernames_are_not_emails"),
        ("films", "0007_spoiler_horizon"),
    ]

    operations = [
        # For near-miss spellings on PostgreSQL (similarity()); a no-op elsewhere.
        TrigramExtension(),
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("object_id", models.PositiveBigIntegerField(help_text="The object the text comes from.")),
                ("kind", models.CharField(help_text="The model the text comes from, as registered in bulletsite/search.py.", max_length=100)),
                ("page", models.CharField(help_text="The kind of page it is shown on, as results are grouped.", max_length=40)),
                ("url", models.CharField(help_text="Where the text is shown.", max_length=300)),
                ("title", models.CharField(help_text="The title of the page, searched with more weight.", max_length=300)),
                ("section", models.CharField(blank=True, help_text="Where on the page the text is, e.g. Production.", max_length=200)),
                ("body", models.TextField(blank=True)),
                ("article", models.ForeignKey(db_constraint=False, help_text="The article that must be public for the text to be found.", null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name="+", to="films.editorialpiece")),
                ("film", models.ForeignKey(db_constraint=False, help_text="The film that must be public for the text to be found.", null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name="+", to="films.film")),
                ("spoils", models.ForeignKey(db_constraint=False, help_text="The latest film whose plot the text reveals.", null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name="+", to="films.film")),
            ],
            options={
                "indexes": [models.Index(fields=["kind", "object_id"], name="bulletsite__kind_fd9332_idx")],
            },
        ),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("term", models.CharField(max_length=200, primary_key=True, serialize=False)),
                ("documents", models.IntegerField(db_column="doc")),
            ],
            options={
                "db_table": "bulletsite_searchterm",
                "managed": False,
            },
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
    ]
