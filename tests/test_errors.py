"""Errors are logged where operators look and answered in the site's design, never a bare 500."""

import os
import re
import subprocess
import sys

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.caches import clear_caches
from tests.factories import make_staff, make_user, make_user_review
from tests.test_security import PROJECT, run_production

pytestmark = pytest.mark.django_db

GUNICORN_LINE = r"\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}\] \[\d+\] \[ERROR\] "

FAIL_IN_PRODUCTION = """
from django.test import Client
from django.urls import clear_url_caches, path
import bulletsite.urls

def broken(request):
    raise ZeroDivisionError("a bug the audit found")

bulletsite.urls.urlpatterns.append(path("broken/", broken))
clear_url_caches()
response = Client(raise_request_exception=False).get(
    "/broken/", secure=True, headers={"host": "bulletsite.example"}
)
print("STATUS", response.status_code)
print(response.content.decode())
"""


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    """Production pages name their static files through the manifest collectstatic writes."""
    root = tmp_path_factory.mktemp("static")
    result = run_production("collectstatic", "--no-input", DJANGO_STATIC_ROOT=str(root))
    assert result.returncode == 0, result.stderr
    return root


def test_a_server_error_is_logged_to_standard_error_in_gunicorns_format(collected_static):
    result = run_production(
        "shell", "-c", FAIL_IN_PRODUCTION, DJANGO_STATIC_ROOT=str(collected_static)
    )
    assert "STATUS 500" in result.stdout, result.stderr
    assert re.search(GUNICORN_LINE + r"Internal Server Error: /broken/", result.stderr)
    assert "Traceback (most recent call last)" in result.stderr
    assert "ZeroDivisionError: a bug the audit found" in result.stderr
    page = result.stdout
    assert "<h1>Something went wrong</h1>" in page
    assert "The error has been logged" in page


@pytest.fixture
def production_client(settings):
    """A client that sees what visitors see with DEBUG off: error pages, not exceptions. It
    holds a CSRF cookie, as an attacker who loaded a page first does, so checks reach the body."""
    settings.DEBUG = False
    clear_caches()
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = CSRF_SECRET
    return client


CSRF_SECRET = "b" * 32


def post_raw(client, url, body=b"", content_type="application/x-www-form-urlencoded", **extra):
    extra.setdefault("HTTP_X_CSRFTOKEN", CSRF_SECRET)
    return client.generic("POST", url, body, content_type=content_type, **extra)


def assert_in_site_design(response):
    html = response.content.decode()
    assert 'class="site-header"' in html, html[:300]
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


POST_ENDPOINTS = [
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/accounts/password/reset/",
    "/en/accounts/logout/",
    "/en/films/lost-bullet/review/",
    "/en/reviews/1/flag/",
    "/en/reviews/1/helpful/",
    "/en/trilogy/rank/",
    "/admin/login/",
    "/no/such/page/",
]


@pytest.mark.parametrize("url", POST_ENDPOINTS)
@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "latin-1", "utf-16le"])
def test_a_form_post_in_another_charset_gets_a_400_in_the_site_design(
    production_client, seeded, url, charset
):
    content_type = f"application/x-www-form-urlencoded; charset={charset}"
    response = post_raw(production_client, url, "login=a".encode("utf-16"), content_type)
    assert_in_site_design(response)
    if url == "/no/such/page/":
        assert response.status_code == 404
    else:
        assert response.status_code == 400
        assert "could not be read" in response.content.decode()


class Unreadable:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def test_a_body_over_the_limit_is_refused_before_anything_reads_it(production_client, db):
    response = post_raw(
        production_client,
        "/en/accounts/login/",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
        **{"wsgi.input": Unreadable()},
    )
    assert response.status_code == 413
    assert_in_site_design(response)
    assert "too large" in response.content.decode()


def test_the_admin_takes_a_poster_sized_body_and_no_more(production_client, db, settings):
    megabytes_3 = str(3 * 1024 * 1024)
    assert (
        post_raw(
            production_client,
            "/en/accounts/login/",
            CONTENT_LENGTH=megabytes_3,
            **{"wsgi.input": Unreadable()},
        ).status_code
        == 413
    )
    over_a_poster = str(settings.POSTER_MAX_BYTES + 2 * 1024 * 1024)
    assert (
        post_raw(
            production_client,
            "/admin/films/film/add/",
            CONTENT_LENGTH=over_a_poster,
            **{"wsgi.input": Unreadable()},
        ).status_code
        == 413
    )
    # A poster-sized upload gets through to the admin, which sends an anonymous visitor away.
    small = post_raw(production_client, "/admin/films/film/add/", b"a=b", CONTENT_LENGTH="3")
    assert small.status_code != 413


def test_django_parses_at_most_the_site_limit_of_form_fields(settings):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == settings.REQUEST_MAX_BYTES
    assert settings.REQUEST_MAX_BYTES <= 1024 * 1024


def test_gunicorn_is_configured_with_request_limits():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--check-config",
            "--print-config",
            "-c",
            "python:bulletsite.gunicorn",
            "bulletsite.wsgi",
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
    )
    config = dict(re.findall(r"^(\w+)\s+= (.*)$", result.stdout, re.MULTILINE))
    assert config["limit_request_line"] == "4094"
    assert config["limit_request_fields"] == "50"
    assert config["limit_request_field_size"] == "8190"


FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=utf-16",
        "application/x-www-form-urlencoded; charset=UTF-8",
        "application/x-www-form-urlencoded; charset=",
        'application/x-www-form-urlencoded; charset="utf-32"',
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=xyz",
        "multipart/form-data; boundary=xyz; charset=utf-16",
        "multipart/form-data; boundary=xyz; charset=bogus",
        "text/plain; charset=utf-7",
        "application/json",
        "",
        "application/x-www-form-urlencoded; charset=no-such-charset",
        # Control characters in a header never reach Django: gunicorn refuses them.
    ]
)
BODIES = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=80).map(lambda text: text.encode("utf-8")),
    st.sampled_from(
        [
            b'--xyz\r\nContent-Disposition: form-data; name="login"\r\n\r\na\r\n--xyz--\r\n',
            b'--xyz\r\nContent-Disposition: form-data; name="f"; filename="\xff.png"\r\n'
            b"Content-Type: image/png\r\n\r\n\x89PNG\r\n--xyz--\r\n",
            "login=\u00e9&password=%ff%fe".encode("utf-16"),
            b"login=%00&password=%",
        ]
    ),
)


@pytest.fixture
def review_1(seeded):
    return make_user_review(pk=1)


MEMBER_AND_STAFF_ENDPOINTS = [
    "/en/reviews/1/edit/",
    "/en/reviews/1/delete/",
    "/en/accounts/email/",
    "/en/accounts/password/change/",
    "/en/accounts/confirm-email/no-such-key/",
    "/en/accounts/password/reset/key/1-no-such-key/",
    "/admin/films/film/add/",
    "/admin/films/film/1/change/",
    "/admin/reviews/userreview/",
    "/admin/reviews/userreview/1/change/",
    "/admin/logout/",
]


@FUZZ
@given(
    url=st.sampled_from(POST_ENDPOINTS + MEMBER_AND_STAFF_ENDPOINTS),
    content_type=CONTENT_TYPES,
    body=BODIES,
    who=st.sampled_from(["visitor", "member", "editor"]),
    csrf=st.booleans(),
)
def test_no_post_endpoint_answers_500_to_odd_content_types_and_charsets(
    review_1, settings, url, content_type, body, who, csrf
):
    settings.DEBUG = False
    settings.ACCOUNT_RATE_LIMITS = False
    client = Client(enforce_csrf_checks=csrf, raise_request_exception=False)
    client.cookies["csrftoken"] = CSRF_SECRET
    if who == "member":
        client.force_login(make_user())
    elif who == "editor":
        client.force_login(make_staff("Editors"))
    response = post_raw(client, url, body, content_type)
    assert response.status_code < 500, (url, content_type, body)


def test_a_form_without_its_csrf_cookie_gets_a_403_in_the_site_design(settings, db):
    settings.DEBUG = False
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/accounts/login/", {"login": "a@b.c", "password": "x"})
    assert response.status_code == 403
    assert_in_site_design(response)
    assert "Your form was not sent" in response.content.decode()


@pytest.mark.django_db
def test_a_nul_in_a_member_address_is_a_404_not_a_database_error(client):
    assert client.get("/en/members/%00/").status_code == 404
    assert client.get("/en/members/a%00b/").status_code == 404
