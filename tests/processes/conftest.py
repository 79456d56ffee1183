"""A real site in real processes: gunicorn on a file-based SQLite database, and HTTP clients."""

import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import SEED_SNAPSHOT

PROJECT = Path(__file__).resolve().parents[2]

MAKE_MEMBERS = """
import json, sys
from django.contrib.auth import get_user_model, HASH_SESSION_KEY, SESSION_KEY, BACKEND_SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
User = get_user_model()
keys = []
for n in range(int(sys.argv[1])):
    user = User.objects.create_user(f"member{n}", f"member{n}@example.com", None)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    keys.append(session.session_key)
print(json.dumps(keys))
"""


class Site:
    """A bulletsite served by gunicorn from its own database file."""

    def __init__(self, directory, workers=3):
        self.database = directory / "site.sqlite3"
        self.media = directory / "media"
        self.port = self.url = None  # known once started
        self.workers = workers
        self.process = None
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | {
            "DJANGO_SETTINGS_MODULE": "bulletsite.settings",
            "DATABASE_URL": f"sqlite:///{self.database}",
            "DJANGO_MEDIA_ROOT": str(self.media),
            "DJANGO_CACHE_DIR": str(directory / "cache"),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            # Sessions travel over plain HTTP here, so the development settings are used.
            "DJANGO_DEBUG": "true",
        }

    def manage(self, *args, stdin=None):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            input=stdin,
            check=True,
        )
        return result.stdout

    def prepare(self):
        self.manage("migrate", "--no-input")
        self.manage("createcachetable")
        self.manage("load_seed")

    def copy(self, directory, workers=3):
        """A site of its own in `directory`, its database and media copied from this prepared
        one: seconds quicker than preparing it again."""
        site = Site(directory, workers=workers)
        with sqlite3.connect(self.database) as source, sqlite3.connect(site.database) as copy:
            source.backup(copy)
        source.close()
        copy.close()
        shutil.copytree(self.media, site.media)
        return site

    def members(self, count):
        """Create members and return a signed-in session key for each."""
        code = MAKE_MEMBERS.replace("int(sys.argv[1])", str(count))
        return json.loads(self.manage("shell", "-c", code).strip().splitlines()[-1])

    def start(self, config=False):
        """Start gunicorn on a socket bound here, and return once it has answered a request.

        The socket listens before gunicorn starts, so no request can come too early: it waits
        in the socket's queue until a worker takes it. With `config`, gunicorn reads the
        project's settings (bulletsite/gunicorn.py: its workers, and DEBUG off) as production
        does; the options below still bind, size and time it.
        """
        listener = socket.create_server(("127.0.0.1", 0))
        self.port = listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        with listener:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    *(["--config", "python:bulletsite.gunicorn"] if config else []),
                    "bulletsite.wsgi",
                    "--bind",
                    f"fd://{listener.fileno()}",
                    "--workers",
                    str(self.workers),
                    "--timeout",
                    "60",
                ],
                cwd=PROJECT,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                pass_fds=[listener.fileno()],
                start_new_session=True,
            )
        # Only gunicorn holds the socket now: once it is killed, requests are refused.
        try:
            urllib.request.urlopen(self.url + "/robots.txt", timeout=60).close()
        except OSError as error:
            stderr = self.process.stderr.read().decode() if self.process.poll() is not None else ""
            raise RuntimeError(f"gunicorn did not answer: {error}\n{stderr}") from None

    def kill(self, sig=signal.SIGKILL):
        os.killpg(self.process.pid, sig)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.kill(signal.SIGTERM)

    def query(self, sql):
        with sqlite3.connect(self.database) as db:
            return db.execute(sql).fetchall()


class Member:
    """An HTTP client signed in as one member, following the site's CSRF rules."""

    def __init__(self, site, session_key):
        self.site = site
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )
        self.session_key = session_key

    def request(self, path, data=None, csrf=None):
        headers = {"Cookie": f"sessionid={self.session_key}"}
        if csrf:
            headers["Cookie"] += f"; csrftoken={csrf[0]}"
            headers["Referer"] = self.site.url + path
            data = (data or {}) | {"csrfmiddlewaretoken": csrf[1]}
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.site.url + path, data=body, headers=headers)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def csrf(self, path):
        """Fetch a form page; return the CSRF cookie and the form's token."""
        status, html = self.request(path)
        assert status == 200, (path, status)
        cookie = next(c.value for c in self.jar if c.name == "csrftoken")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return cookie, token


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="session")
def prepared_site(request, tmp_path_factory, seed_media):
    """A site migrated and seeded once per session; each test serves a copy of it.

    When the session's tests that use the database have seeded it (on SQLite, pytest-django
    runs them first), it is written from that seeded database (tests/snapshot.py) and its
    posters: tens of seconds quicker than three management commands in processes of their own.
    """
    site = Site(tmp_path_factory.mktemp("prepared-site"))
    seeded = request.config.stash.get(SEED_SNAPSHOT, None)
    if isinstance(seeded, sqlite3.Connection):
        with sqlite3.connect(site.database) as copy:
            seeded.backup(copy)
        copy.close()
        shutil.copytree(seed_media, site.media)
    else:
        site.prepare()
    return site


@pytest.fixture
def site(prepared_site, tmp_path):
    site = prepared_site.copy(tmp_path)
    yield site
    site.stop()
