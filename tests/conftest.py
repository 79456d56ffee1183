"""The test database holds the seed content, loaded once per session; each test gets its own
media folder and an empty cache.

pytest-django runs every `db` test before the transactional ones, whose flush afterwards empties
the database: those that need the seed ask for `reseeded`, which puts back a copy of the seeded
database taken once (tests/snapshot.py).
"""

import shutil

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.utils import translation

from seed.loader import seed_load
from tests import snapshot
from tests.caches import clear_caches
from tests.factories import make_staff

# The shared page helpers assert: have pytest explain their failures as it does a test's.
pytest.register_assert_rewrite("tests.pages")

# The apps the seed writes to; `empty_database` empties their tables.
SEEDED_APPS = ("films", "reviews", "seed", "reversion")
# The copy of the seeded database that `reseeded` puts back.
SEED_SNAPSHOT = pytest.StashKey()


@pytest.fixture(scope="session")
def seed_media(tmp_path_factory):
    """The posters the session's seed load drew; each test that uses the database gets a copy."""
    return tmp_path_factory.mktemp("seed-media")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, seed_media, request):
    """Create the test database and load the real seed content into it once, as `make run`
    does; return what the load created, by kind."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=seed_media):
        counts = seed_load()
        clear_caches()  # every test starts from an empty cache (see `empty_cache`)
        # Taken now, before the first transactional test's flush can empty the database.
        request.config.stash[SEED_SNAPSHOT] = snapshot.take()
    return counts


def uses_database(request):
    return request.node.get_closest_marker("django_db") is not None or not {
        "db",
        "transactional_db",
        "live_server",
    }.isdisjoint(request.fixturenames)


@pytest.fixture(autouse=True)
def media_root(request, settings, tmp_path):
    """Keep posters and uploads written by tests out of the project's media folder and out of
    other tests' way. A test that uses the database starts with the seed's posters, which the
    database names and pages look for."""
    media = tmp_path / "media"
    if uses_database(request):
        request.getfixturevalue("django_db_setup")
        shutil.copytree(request.getfixturevalue("seed_media"), media)
    settings.MEDIA_ROOT = media
    return media


@pytest.fixture(autouse=True)
def english_first():
    """Start every test in English, the site's default: LocaleMiddleware leaves the language of
    the last request active in the thread, and reverse() would follow it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Start every test with an empty cache: neither the files nor Redis roll back with the
    test's transaction."""
    clear_caches()


@pytest.fixture
def seeded(db, django_db_setup):
    """The real seed content, as `make run` loads it; return what the load created, by kind.

    The session loaded it already: a test may change it freely, its transaction is rolled back.
    """
    return django_db_setup


@pytest.fixture
def reseeded(request, transactional_db, django_db_setup):
    """The seed content for a transactional test, whose database the flush that ends the
    previous such test left empty: the session's copy is put back, not loaded anew."""
    snapshot.restore(request.config.stash[SEED_SNAPSHOT])
    return django_db_setup


@pytest.fixture
def empty_database(db, media_root):
    """Empty the tables the seed fills, and the media folder, for this test only: its
    transaction brings them back."""
    tables = [
        model._meta.db_table
        for label in SEEDED_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]
    with connection.cursor() as cursor:
        for table in tables:
            # Foreign keys are checked at the end of the test, when every table here is empty.
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
    shutil.rmtree(media_root)


@pytest.fixture
def editor(client):
    """An editor, signed in."""
    user = make_staff("Editors")
    client.force_login(user)
    return user
