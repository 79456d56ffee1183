import pytest
from django.conf import settings
from django.core.cache import cache

from seed.loader import seed_load


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Keep posters and uploads written by tests out of the project's media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_cache():
    """Start every test with an empty cache. The database cache is rolled back with the test's
    transaction; Redis is not, so it is emptied."""
    if not settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache"):
        cache.clear()


@pytest.fixture
def seeded(db):
    """Load the real seed content, as `make run` does."""
    return seed_load(seed_dir=settings.SEED_DIR)
