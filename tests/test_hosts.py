"""A request for a host the site does not answer to gets the site's 400 page, never a 500 and
never a page naming that host; the hosts it answers to, with a port or not, get their pages."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from films.horizon import COOKIE_NAME
from tests.pages import FEEDS, PUBLIC_PAGES

pytestmark = pytest.mark.django_db

ALLOWED = "bulletsite.example"
REFUSED_HOSTS = [
    "evil.example",
    "",
    "a b",
    "a" * 300 + ".example",
    "evil.example:8000",
    "[2001:db8::1]",
    "[2001:db8::1]:8443",
    "[::1",
    "bulletsite.example.evil.example",
    "bulletsite.example@evil.example",
]
OTHER_ADDRESSES = [
    *FEEDS.values(),
    "/",
    "/no/such/page/",
    "/en/no/such/page/",
    reverse("robots-txt"),
    reverse("choose-language", args=["fr"]) + "?next=/en/",
    reverse("share-card", args=["page", "home"]),
]


@pytest.fixture
def visitor(settings):
    """What a visitor sees with DEBUG off, on a site that answers to one host."""
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = [ALLOWED]
    cache.clear()
    return Client(raise_request_exception=False)


def assert_the_400_page(response, host):
    assert response.status_code == 400, response.status_code
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert "That request could not be read" in html
    assert response["X-Content-Type-Options"] == "nosniff"
    if len(host) > 3:
        assert host not in html


@pytest.mark.parametrize("host", REFUSED_HOSTS)
@pytest.mark.parametrize("url", [*PUBLIC_PAGES.values(), *OTHER_ADDRESSES])
def test_a_host_the_site_does_not_answer_to_gets_the_400_page(seeded, visitor, url, host):
    assert_the_400_page(visitor.get(url, HTTP_HOST=host), host)


@pytest.mark.parametrize("name", ["home", "film", "review list"])
def test_a_page_cached_for_the_real_host_is_not_served_to_another(seeded, visitor, name):
    url = PUBLIC_PAGES[name]
    assert visitor.get(url, HTTP_HOST=ALLOWED).status_code == 200
    assert visitor.get(url, HTTP_HOST=ALLOWED).status_code == 200  # from the cache
    assert_the_400_page(visitor.get(url, HTTP_HOST="evil.example"), "evil.example")
    assert visitor.head(url, HTTP_HOST="evil.example").status_code == 400


def test_forms_sent_to_another_host_get_the_400_page_and_change_nothing(seeded, visitor):
    response = visitor.post(
        reverse("films:horizon-set"), {"films_seen": "3", "next": "/"}, HTTP_HOST="evil.example"
    )
    assert_the_400_page(response, "evil.example")
    assert COOKIE_NAME not in response.cookies
    response = visitor.post(
        reverse("account_login"), {"login": "a@b.c", "password": "x"}, HTTP_HOST="evil.example"
    )
    assert response.status_code in (400, 403)


@pytest.mark.parametrize("host", [ALLOWED, f"{ALLOWED}:8000", ALLOWED.upper()])
def test_the_sites_own_host_with_a_port_or_in_capitals_gets_its_pages(seeded, visitor, host):
    response = visitor.get(PUBLIC_PAGES["film"], HTTP_HOST=host)
    assert response.status_code == 200
    assert (
        f'rel="canonical" href="http://{host}/en/films/lost-bullet/"' in response.content.decode()
    )
