"""Production's gunicorn settings: slow clients cannot take the site down, and DEBUG is off."""

import os
import select
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.processes.conftest import PROJECT

pytestmark = pytest.mark.processes

WORKERS = 2
BODY = b"csrfmiddlewaretoken=" + b"t" * 64 + b"&login=someone%40example.com&password=secret"
SLOW_REQUEST = (
    b"POST /en/accounts/login/ HTTP/1.1\r\n"
    b"Host: 127.0.0.1\r\n"
    # A well-formed CSRF cookie: the site reads the body to compare it with the form's token.
    b"Cookie: csrftoken=" + b"c" * 32 + b"\r\n"
    b"Content-Type: application/x-www-form-urlencoded\r\n"
    b"Content-Length: " + str(len(BODY)).encode() + b"\r\n\r\n"
)


SECRET_KEY = "production-test-" + "k" * 50


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """Static files collected as production collects them: with DEBUG off, pages name them
    through the manifest."""
    root = tmp_path_factory.mktemp("static")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=PROJECT,
        env=env
        | {
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": SECRET_KEY,
            "DJANGO_STATIC_ROOT": str(root),
        },
        check=True,
    )
    return root


@pytest.fixture
def production(site, static_root):
    """The site served with the project's gunicorn settings (bulletsite/gunicorn.py), as many
    workers as there are slow clients below, and a DJANGO_DEBUG=true that must be ignored."""
    site.workers = WORKERS
    site.env |= {
        "DJANGO_DEBUG": "true",
        "DJANGO_SECRET_KEY": SECRET_KEY,
        "DJANGO_STATIC_ROOT": str(static_root),
        # Plain HTTP on loopback here; production's proxy speaks HTTPS.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
    }
    site.start(config=True)
    return site


def answered(connection):
    return bool(select.select([connection], [], [], 0)[0])


def test_slow_clients_holding_every_worker_do_not_keep_others_waiting(production):
    slow = []
    for _ in range(WORKERS):
        connection = socket.create_connection(("127.0.0.1", production.port), timeout=30)
        connection.sendall(SLOW_REQUEST)
        slow.append(connection)
    # They send their bodies a few bytes at a time, and never finish for now.
    for start in range(0, 12, 4):
        for connection in slow:
            connection.sendall(BODY[start : start + 4])
        time.sleep(0.2)

    # A sync worker would be stuck reading each body until gunicorn's timeout (60 s here).
    with urllib.request.urlopen(production.url + "/robots.txt", timeout=15) as response:
        assert response.status == 200
    assert not any(answered(connection) for connection in slow)

    for connection in slow:
        connection.sendall(BODY[12:])
    for connection in slow:
        with connection:
            assert connection.recv(64).startswith(b"HTTP/1.1 403"), "the CSRF check read the body"


def test_gunicorn_serves_with_debug_off_whatever_the_environment_says(production):
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(production.url + "/en/no-such-page/", timeout=30)
    body = error.value.read().decode()
    assert error.value.code == 404
    # DEBUG's own 404 page lists the site's URL patterns; its 500 page, the traceback.
    assert "URLconf" not in body and "Traceback" not in body
