import pytest
from django.conf import settings

from seed.loader import seed_load


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Keep posters and uploads written by tests out of the project's media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def seeded(db):
    """Load the real seed content, as `make run` does."""
    return seed_load(seed_dir=settings.SEED_DIR)
