"""The sitemap lists what is public at the moment it is asked for."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.caches import clear_caches
from tests.factories import make_film

pytestmark = pytest.mark.django_db


def test_a_film_scheduled_for_later_joins_the_sitemap_when_it_is_due(client, seeded, monkeypatch):
    due = timezone.now() + timedelta(hours=2)
    make_film(title="Origins", slug="origins", published_at=due)
    assert "/en/films/origins/" not in client.get(reverse("sitemap")).content.decode()
    monkeypatch.setattr(timezone, "now", lambda: due + timedelta(minutes=1))

    clear_caches()  # The page cache's version would also run out at the due time.
    assert "/en/films/origins/" in client.get(reverse("sitemap")).content.decode()
