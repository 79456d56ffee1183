"""The header's navigation: a way in to every kind of page, in each language, and no link to an
index whose address does not exist (yet)."""

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

INDEXES = [
    "films:film-list",
    "films:character-list",
    "films:person-list",
    "films:timeline",
    "films:vehicle-list",
    "films:piece-list",
    "reviews:review-list",
    "trilogy",
]


def address(name, language):
    with translation.override(language):
        try:
            return reverse(name)
        except NoReverseMatch:
            return None


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_header_links_every_index_that_exists(seeded, client, language):
    html = client.get(f"/{language}/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    for name in INDEXES:
        path = address(name, language)
        if path is None:
            assert name.split(":")[-1] not in header
        else:
            assert f'href="{path}"' in header, f"no link to {name} in the header"
    assert 'role="search"' in header
    assert "horizon-form" in header
    assert 'hreflang="en"' in header and 'hreflang="fr"' in header


def test_the_search_page_has_no_second_search_box_in_the_header(seeded, client):
    html = client.get("/en/search/?q=lino").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert 'role="search"' not in header
    assert "site-header__fold--search" not in header
