import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def run_settings(code="print(settings.DEBUG, settings.ALLOWED_HOSTS)", first="", **env):
    """Run code with the real settings loaded from an environment: this one, with no DJANGO_
    variable but those given; `first` runs before Django is set up."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            f"{first}\nimport django; django.setup()\nfrom django.conf import settings\n{code}",
        ],
        cwd=PROJECT,
        env=clean | {"DJANGO_SETTINGS_MODULE": "bulletsite.settings"} | env,
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_settings(DJANGO_DEBUG="false")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_reads_its_hosts_from_the_environment():
    result = run_settings(
        DJANGO_DEBUG="0", DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="bullet.example"
    )
    assert result.stdout.strip() == "False ['bullet.example']"


def test_gunicorn_serves_with_debug_off_whatever_the_environment_says():
    # gunicorn reads its settings in the master, before any worker loads Django.
    for debug in ("true", None):
        env = {"DJANGO_SECRET_KEY": "x" * 50} | ({"DJANGO_DEBUG": debug} if debug else {})
        result = run_settings("print(settings.DEBUG)", first="import bulletsite.gunicorn", **env)
        assert result.stdout.strip() == "False", result.stderr


def test_development_keeps_debug_on_without_a_variable():
    assert run_settings("print(settings.DEBUG)").stdout.strip() == "True"


SQLITE_CHECK = """
import json, sqlite3
from django.db import connection, transaction

with connection.cursor() as cursor:
    pragmas = {}
    for name in ("journal_mode", "busy_timeout", "foreign_keys"):
        cursor.execute(f"PRAGMA {name}")
        pragmas[name] = cursor.fetchone()[0]
with transaction.atomic():
    # Nothing is written yet: only a transaction begun IMMEDIATE holds the write lock already.
    other = sqlite3.connect(connection.settings_dict["NAME"], timeout=0)
    try:
        other.execute("CREATE TABLE another_writer (id INTEGER)")
        pragmas["write_lock_held"] = False
    except sqlite3.OperationalError:
        pragmas["write_lock_held"] = True
    other.close()
print(json.dumps(pragmas))
"""


def test_sqlite_runs_in_wal_mode_with_immediate_transactions(tmp_path):
    result = run_settings(SQLITE_CHECK, DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "journal_mode": "wal",
        "busy_timeout": 20_000,
        "foreign_keys": 1,
        "write_lock_held": True,
    }


def test_pages_are_kept_under_the_release_so_a_deploy_starts_afresh(tmp_path):
    """A change to a template, code or a stylesheet makes a new release, under which no old
    page or fragment is found; uploads and the cache's own files do not."""
    from django.conf import settings as live

    from bulletsite.settings import _release

    (tmp_path / "templates").mkdir()
    (tmp_path / "media").mkdir()
    page = tmp_path / "templates" / "page.html"
    page.write_text("<h1>{{ title }}</h1>")
    first = _release(tmp_path)
    (tmp_path / "media" / "poster.css").write_text("an upload")
    assert _release(tmp_path) == first
    page.write_text("<h1 class=title>{{ title }}</h1>")
    assert _release(tmp_path) != first
    assert live.RELEASE in live.CACHES[live.PAGE_CACHE_ALIAS]["KEY_PREFIX"]
