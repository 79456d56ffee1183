"""What the reviews' tests share: the film reviewed, and a member or a moderator signed in."""

import pytest

from films.models import Film
from tests.factories import make_staff, make_user


@pytest.fixture
def film(seeded):
    """The film reviewed (a module may review another by defining its own `film`)."""
    return Film.objects.get(slug="last-bullet")


@pytest.fixture
def member(client):
    """A member, signed in."""
    user = make_user(username="lino")
    client.force_login(user)
    return user


@pytest.fixture
def moderator(client):
    """A moderator, signed in."""
    user = make_staff("Moderators")
    client.force_login(user)
    return user
