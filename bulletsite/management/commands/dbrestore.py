"""`manage.py dbrestore FILE`: bring back a backup written by `dbbackup` (see there why no
library does this)."""

import sqlite3
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bulletsite.management.commands.dbbackup import _pg_dbname, _pg_env, _run, database_backup


class Command(BaseCommand):
    help = (
        "Replace the database's content with a backup made by dbbackup, after checking the "
        "backup and keeping a copy of the current content in backups/."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A backup written by `manage.py dbbackup`.")
        parser.add_argument(
            "--keep-current",
            help="Where to copy the current database first "
            "(default: backups/before-restore-<timestamp>).",
        )

    def handle(self, *args, file, keep_current=None, **options):
        backup = Path(file)
        if not backup.is_file():
            raise CommandError(f"No backup at {backup}")
        if connection.vendor not in ("sqlite", "postgresql"):
            raise CommandError(f"No restore method for the {connection.vendor} database.")
        # Nothing is replaced until the backup is known to be readable, and nothing is lost for
        # good: what the database held is copied aside first.
        _check(backup)
        kept = database_backup(output=keep_current, name="before-restore")
        self.stdout.write(f"The current database was copied to {kept}")
        if connection.vendor == "sqlite":
            with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as source:
                connection.ensure_connection()
                source.backup(connection.connection)
            source.close()
        else:
            # One transaction: if any statement fails, the database is left as it was.
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "--exit-on-error",
                    f"--dbname={_pg_dbname()}",
                    str(backup),
                ],
                env=_pg_env(),
            )
        self.stdout.write(self.style.SUCCESS(f"Restored {backup}"))


def _check(backup):
    """Refuse a backup that is not an intact database of the site's kind."""
    if connection.vendor == "sqlite":
        with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as source:
            try:
                intact = source.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            except sqlite3.DatabaseError:
                intact = False
        source.close()
        if not intact:
            raise CommandError(f"{backup} is not an intact SQLite database.")
    else:
        # Reading the archive's table of contents fails on a file that is not a pg_dump archive.
        _run(["pg_restore", "--list", str(backup)], env=_pg_env())
