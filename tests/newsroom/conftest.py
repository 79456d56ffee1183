import pytest

from tests.factories import make_staff


@pytest.fixture
def editor(client):
    """An editor other than the seed's loader, signed in: history names who changed what."""
    user = make_staff("Editors", username="second-editor")
    client.force_login(user)
    return user
