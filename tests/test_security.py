"""Security headers, cookies, production checks, admin login throttling and poster uploads."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from tests.factories import make_staff, make_user
from tests.pages import FEEDS, PUBLIC_PAGES

pytestmark = pytest.mark.django_db

PROJECT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "x8#Qv2!pL9zR4@tY7wE1uI0oP3aS6dF5gH8jK2lZ4xC7vB9nM1qW3eR5tY7uI9oP",
    "DJANGO_ALLOWED_HOSTS": "bulletsite.example",
}


def csp(response):
    return response["Content-Security-Policy"]


@pytest.mark.parametrize("url", [*PUBLIC_PAGES.values(), *FEEDS.values(), "/admin/login/"])
def test_every_response_carries_the_security_headers(client, seeded, url):
    response = client.get(url)
    policy = csp(response)
    assert "frame-ancestors 'none'" in policy
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_each_response_gets_its_own_nonce(client, seeded):
    client.force_login(make_staff("Editors"))
    nonces = {re.search(r"'nonce-([^']+)'", csp(client.get("/admin/"))).group(1) for _ in range(2)}
    assert len(nonces) == 2


def test_pages_have_no_inline_script_or_style_that_would_need_unsafe_inline(client, seeded):
    for url in PUBLIC_PAGES.values():
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*application/ld\+json)[^>]*>\s*\S", html), url
        assert " style=" not in html and "<style" not in html, url


def test_session_and_csrf_cookies_are_http_only_and_same_site(client, seeded):
    make_staff("Editors", email="ed@example.com", password="pw-long-enough")
    client.get(reverse("account_login"))
    client.post(reverse("account_login"), {"login": "ed@example.com", "password": "pw-long-enough"})
    session, csrf = client.cookies["sessionid"], client.cookies["csrftoken"]
    assert session["httponly"] and csrf["httponly"]
    assert session["samesite"] == csrf["samesite"] == "Lax"


def run_production(*args, **environ):
    """Run manage.py with the production settings, plus any DJANGO_ variables given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | PRODUCTION
    env |= environ
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env | {"DJANGO_SETTINGS_MODULE": "bulletsite.settings"},
        capture_output=True,
        text=True,
    )


def test_the_deploy_check_passes_with_production_settings():
    result = run_production("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def production_settings(*names):
    """Return the named settings as production reads them from its environment."""
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}))"
    )
    result = run_production("shell", "-c", code)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_production_sends_plain_http_to_https_with_hsts_and_secure_cookies(
    client, seeded, settings
):
    for name, value in production_settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
    ).items():
        setattr(settings, name, value)
    login = reverse("account_login")

    plain = client.get(login)
    assert plain.status_code == 301
    assert plain["Location"] == f"https://testserver{login}"

    page = client.get(login, secure=True)
    assert page["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert page.cookies["csrftoken"]["secure"]
    member = make_user(email="lino@example.com", password="pw-long-enough")
    member.emailaddress_set.create(email=member.email, verified=True, primary=True)
    signed_in = client.post(
        login, {"login": "lino@example.com", "password": "pw-long-enough"}, secure=True
    )
    assert signed_in.status_code == 302
    assert signed_in.cookies["sessionid"]["secure"]


def test_the_admin_login_goes_through_the_throttled_site_login(client, seeded, settings):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"login": "3/m/ip"}
    statuses = [
        client.post(
            f"{reverse('account_login')}?next=/admin/", {"login": "a@b.c", "password": "x"}
        ).status_code
        for _ in range(4)
    ]
    assert statuses[-1] == 429


def test_non_staff_members_cannot_enter_the_admin(client, seeded):
    client.force_login(make_user())
    assert client.get("/admin/login/").status_code == 403


def test_signed_in_pages_are_private_to_the_browser(client, seeded):
    assert "private" not in client.get("/en/films/lost-bullet/").get("Cache-Control", "")
    client.force_login(make_user())
    for url in ("/en/", "/en/films/lost-bullet/", reverse("account_email")):
        cache_control = client.get(url)["Cache-Control"]
        assert "private" in cache_control and "public" not in cache_control, url
