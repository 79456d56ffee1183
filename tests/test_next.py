"""A `next` parameter is followed only when it is a path on this site: never a URL name, a bare
word or another site, and never a 500 (Django's `redirect()` reads a bare word as a URL name)."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts.redirects import is_same_site_path
from tests.accounts.test_accounts import PASSWORD, verified_member

pytestmark = pytest.mark.django_db

GOOD = "/en/films/lost-bullet/"
# As they appear in a query string or a form body, percent-encoded where they need it.
REFUSED = {
    "bare word": "foo",
    "overlong UTF-8": "%C0%AF",
    "URL name": "account_logout",
    "namespaced URL name": "films:film-list",
    "protocol-relative": "%2F%2Fevil.example",
    "another site": "https%3A%2F%2Fevil.example%2F",
    "backslash": "%2F%5Cevil.example",
    "tab between slashes": "%2F%09%2Fevil.example",
    "relative path": "en%2Ffilms%2F",
    "empty": "",
}


@pytest.fixture
def visitor(settings):
    settings.DEBUG = False
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("value", REFUSED.values(), ids=REFUSED.keys())
def test_the_language_switch_follows_no_next_but_a_path(seeded, visitor, value):
    response = visitor.get(f"{reverse('choose-language', args=['fr'])}?next={value}")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_the_language_switch_follows_a_path(seeded, visitor):
    response = visitor.get(f"{reverse('choose-language', args=['fr'])}?next={GOOD}")
    assert response["Location"] == "/fr/films/lost-bullet/"


def post_horizon(client, next_value):
    return client.post(
        reverse("films:horizon-set"),
        f"films_seen=1&next={next_value}",
        content_type="application/x-www-form-urlencoded",
    )


@pytest.mark.parametrize("value", REFUSED.values(), ids=REFUSED.keys())
def test_the_horizon_form_follows_no_next_but_a_path(seeded, visitor, value):
    response = post_horizon(visitor, value)
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


def test_the_horizon_form_follows_a_path(seeded, visitor):
    assert post_horizon(visitor, GOOD)["Location"] == GOOD


@pytest.mark.parametrize("value", REFUSED.values(), ids=REFUSED.keys())
def test_signing_in_and_out_follow_no_next_but_a_path(seeded, visitor, value):
    for page in ("account_login", "account_signup"):
        assert visitor.get(f"{reverse(page)}?next={value}").status_code == 200
    verified_member(visitor)
    response = visitor.post(
        reverse("account_login"),
        f"login=julia%40example.com&password={PASSWORD}&next={value}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    response = visitor.post(
        reverse("account_logout"), f"next={value}", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


def test_signing_in_and_out_follow_a_path(seeded, visitor):
    verified_member(visitor)
    response = visitor.post(
        reverse("account_login"), {"login": "julia@example.com", "password": PASSWORD, "next": GOOD}
    )
    assert response["Location"] == GOOD
    assert visitor.post(reverse("account_logout"), {"next": GOOD})["Location"] == GOOD


@pytest.mark.parametrize(
    ("url", "same_site"),
    [
        ("/", True),
        (GOOD, True),
        ("/en/search/?q=a%20b#results", True),
        ("foo", False),
        ("account_logout", False),
        ("\ufffd", False),
        ("//evil.example", False),
        ("///evil.example", False),
        ("/\\evil.example", False),
        ("/\t/evil.example", False),
        ("https://evil.example/", False),
        ("http://testserver/en/", False),
        ("javascript:alert(1)", False),
        ("http://[::1", False),
        (None, False),
    ],
)
def test_only_a_path_on_this_site_is_same_site(url, same_site):
    assert is_same_site_path(url) is same_site
