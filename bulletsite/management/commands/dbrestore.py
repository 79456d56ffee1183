import sqlite3
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bulletsite.management.commands.dbbackup import _pg_dbname, _pg_env, _run


class Command(BaseCommand):
    help = "Replace the database's content with a backup made by dbbackup."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A backup written by `manage.py dbbackup`.")

    def handle(self, *args, file, **options):
        backup = Path(file)
        if not backup.is_file():
            raise CommandError(f"No backup at {backup}")
        if connection.vendor == "sqlite":
            with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as source:
                try:
                    intact = source.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                except sqlite3.DatabaseError:
                    intact = False
                if not intact:
                    raise CommandError(f"{backup} is not an intact SQLite database.")
                connection.ensure_connection()
                source.backup(connection.connection)
            source.close()
        elif connection.vendor == "postgresql":
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    f"--dbname={_pg_dbname()}",
                    str(backup),
                ],
                env=_pg_env(),
            )
        else:
            raise CommandError(f"No restore method for the {connection.vendor} database.")
        self.stdout.write(self.style.SUCCESS(f"Restored {backup}"))
