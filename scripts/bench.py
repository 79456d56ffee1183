"""Measure the site under load, as production runs it, and write docs/benchmarks.md.

A development script, run by `make bench`: it builds its own database, serves it with gunicorn
and loads each page with wrk in three modes: served from the page cache; missing the page cache
on every request; and read while members vote, report and write reviews over HTTP and an editor
saves a film and moderates, each change then read back as an anonymous visitor would. With
DATABASE_URL (a throwaway database: the script fills it) and REDIS_URL set, it runs on them as
production would, nginx (deploy/nginx.conf) in front of two gunicorn app servers sharing the
database, Redis and an uploads folder, checks that a poster uploaded through one server is
served by the other and how soon a write through one shows on the other, and writes
docs/benchmarks-postgres.md.
"""

import argparse
import http.client
import io
import itertools
import json
import math
import os
import platform
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter, namedtuple
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent

PAGES = [
    ("home", "/en/"),
    ("film page", "/en/films/lost-bullet/"),
    ("review list, filtered", "/en/reviews/?film=lost-bullet&verdict=positive"),
    ("search", "/en/search/?q=lenoir"),
    ("person page", "/en/people/alban-lenoir/"),
    ("character page", "/en/characters/lino/"),
    ("car page", "/en/cars/charas-renault/"),
    ("trilogy compared", "/en/trilogy/"),
    ("article page", "/en/articles/lost-bullet-ending-explained/"),
    ("feed", "/en/reviews/feed/"),
    ("sitemap", "/sitemap.xml"),
]
# A Django view that touches neither the database nor a template, through every middleware.
MINIMAL_VIEW = ("minimal Django view (baseline)", "/robots.txt")
# A stock Django page, 30 rows through one template with no cache (bulletsite/bench_urls.py): the
# pages' renders are measured against it.
STOCK_PAGE = ("stock Django page (baseline)", "/bench/stock/")
BENCH_URLCONF = "bulletsite.bench_urls"
# The production-like run (PostgreSQL and Redis): nginx before two app servers, each with the
# project's gunicorn settings (gthread) and this many workers; and the community reviews built.
APP_SERVERS = 2
APP_SERVER_WORKERS = 2
PRODUCTION_REVIEWS = 1_000_000
NGINX_TEMPLATE = BASE_DIR / "deploy" / "nginx.conf"
# How many rounds the freshness check runs, and how long it waits for a change to show.
FRESHNESS_ROUNDS = 5
# The writers' sessions: enough fans for every write of a run, whatever the crowd's size.
WRITER_SESSIONS = 4000
CONNECTIONS = 8
# The load runs on the machine it measures: at the lowest CPU priority, it takes only what the
# servers leave, as clients on machines of their own would.
LOAD_PRIORITY = ["nice", "-n", "19"]
MODES = ("cached", "missing", "mixed")
WORKERS = 4
# The mixed load: members' writes a second, in these proportions, and the editor's round.
WRITE_RATE = 5
WRITE_MIX = ("vote", "flag", "vote", "review", "edit")
EDITOR_INTERVAL = 10
# Enough writer threads for the rate to hold while responses slow down.
WRITERS = 16
# How long a page that missed a change is watched for the change to show.
STALE_PATIENCE = 5
# Writers are fans from this number up: clear of the authors and voters bench_data.py set up.
FIRST_WRITER = 1000
FLAG_REASONS = ("spam", "abuse", "spoiler", "off_topic")
REVIEW_BODY = "A benchmark review: the chase holds up, the plot less so. " * 3

WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "errors": %d, "p50": %d, "p95": %d, "p99": %d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""
# Pages are kept per address and by the query parameters they read, so a throwaway parameter
# no longer misses the cache. A request carrying a `messages` cookie (a message waiting) is never
# answered from the cache nor kept in it: each is rendered, as a page missing from the cache is.
MISS_COOKIE = "messages=bench"
WRK_MISS = f"""
wrk.headers["Cookie"] = "{MISS_COOKIE}"
"""

QUERY_COUNT = """
import json
from django.core.cache import caches
from django.conf import settings
cache = caches[settings.PAGE_CACHE_ALIAS]
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
counts = {}
for path in PATHS:
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(path)
    with CaptureQueriesContext(connection) as cached:
        client.get(path)
    with CaptureQueriesContext(connection) as missed:
        client.get(path, HTTP_COOKIE="messages=bench")
    counts[path] = [len(cold), len(cached), len(missed)]
cache.clear()
print(json.dumps(counts))
"""

SITE_INFO = """
import json
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from reviews.models import CriticReview, ReviewVote, UserReview
with connection.cursor() as cursor:
    postgres = connection.vendor == "postgresql"
    cursor.execute("SHOW server_version" if postgres else "SELECT sqlite_version()")
    version = cursor.fetchone()[0]
print(json.dumps({
    "database": f"{connection.display_name} {version}",
    "cache": settings.CACHES["default"]["BACKEND"],
    "members": get_user_model().objects.count(),
    "community reviews": UserReview.objects.approved().count(),
    "helpful votes": ReviewVote.objects.count(),
    "critic reviews": CriticReview.objects.published().count(),
}))
"""

# Members sign in as a session row made here, as django.contrib.auth's login() would make it.
MEMBER_LOGINS = """
import json
from datetime import timedelta
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db.models import Count
from django.utils import timezone
from django.utils.crypto import get_random_string
from films.models import Film
from reviews.models import UserReview
store = SessionStore()
expiry = timezone.now() + timedelta(days=1)
from django.contrib.auth.models import Group
from newsroom.roles import EDITORS
User = get_user_model()
# The writers only (fans from FIRST_WRITER on, and the newcomers), however large the crowd.
writers = {f"fan{n}" for n in range(FIRST_WRITER, FIRST_WRITER + WRITER_SESSIONS)}
members = list(
    User.objects.filter(username__in=writers)
    | User.objects.filter(username__regex=r"^newcomer[0-9]+$")
)
# The editor signs in too, for the admin's poster upload: an editor of the newsroom.
editor = User.objects.get(username="bench-editor")
editor.groups.add(Group.objects.get(name=EDITORS))
members.append(editor)
sessions = {member.username: get_random_string(32, VALID_KEY_CHARS) for member in members}
Session.objects.bulk_create(
    Session(
        session_key=sessions[member.username],
        session_data=store.encode({
            SESSION_KEY: str(member.pk),
            BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
            HASH_SESSION_KEY: member.get_session_auth_hash(),
        }),
        expire_date=expiry,
    )
    for member in members
)
editor_session = sessions.pop(members.pop().username)
# The writers' reviews, and those of fan10…fan99, which members report.
authors = [*members, *User.objects.filter(username__in=[f"fan{n}" for n in range(10, 100)])]
reviews = {}
for username, slug, pk in UserReview.objects.filter(author__in=authors).values_list(
    "author__username", "film__slug", "pk"
):
    reviews.setdefault(username, {})[slug] = pk
# The film pages' most helpful reviews: fan0…fan9's (scripts/bench_data.py).
leaders = UserReview.objects.filter(author__username__regex=r"^fan[0-9]$")
voted = leaders.annotate(helpful=Count("votes"))
films = Film.objects.published().order_by("series_position")
json.dump({
    "films": list(films.values_list("slug", flat=True)),
    "film_pks": dict(films.values_list("slug", "pk")),
    "sessions": sessions,
    "editor_session": editor_session,
    "reviews": reviews,
    "helpful": {pk: [film, n] for pk, film, n in voted.values_list("pk", "film__slug", "helpful")},
}, open(OUTPUT, "w"))
"""

# The editor's round, in a process of its own: save a film's synopsis, then approve the new
# reviews and edits waiting, announcing each change once it is committed.
EDITOR = """
import itertools, json, time
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from films.models import Film
from reviews.models import UserReview
from reviews.moderation import review_approve
def announce(**event):
    print(json.dumps(event), flush=True)
editor = get_user_model().objects.get(username="bench-editor")
films = list(Film.objects.published().order_by("series_position"))
synopses = {film.pk: film.synopsis for film in films}
for n in itertools.count():
    round_started = time.monotonic()
    film = films[n % len(films)]
    film.synopsis = f"{synopses[film.pk]} Revised by the bench editor, save {n}."
    film.save()
    announce(
        kind="film save", seconds=time.monotonic() - round_started,
        path=film.get_absolute_url(), expect=f"Revised by the bench editor, save {n}.",
    )
    waiting = UserReview.objects.filter(
        Q(status=UserReview.Status.PENDING) | Q(edit_submitted_at__isnull=False)
    ).select_related("author")
    for review in waiting:
        started = time.monotonic()
        review = review_approve(review=review, by=editor)
        announce(
            kind="approval", seconds=time.monotonic() - started,
            path=reverse("reviews:member-detail", args=[review.author.username]),
            expect=review.title,
        )
    time.sleep(max(0, round_started + INTERVAL - time.monotonic()))
"""

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
Response = namedtuple("Response", "status headers text seconds content")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="Load per page and mode (seconds).")
    parser.add_argument("--output", help="Default: docs/benchmarks.md, or -postgres.md.")
    parser.add_argument(
        "--modes",
        default=",".join(MODES),
        help=f"Some of {','.join(MODES)}; with fewer, or with --pages, nothing is written.",
    )
    parser.add_argument("--pages", help="Only the pages whose names contain this, e.g. 'film'.")
    parser.add_argument(
        "--reviews",
        type=int,
        help="Approved community reviews to build (scripts/bench_data.py --reviews): by default "
        f"{PRODUCTION_REVIEWS:,} on PostgreSQL, bench_data.py's own default on SQLite.",
    )
    options = parser.parse_args()
    modes = options.modes.split(",")
    if unknown := set(modes) - set(MODES):
        parser.error(f"unknown modes: {', '.join(sorted(unknown))}")
    pages = [page for page in PAGES if (options.pages or "") in page[0]]
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: run `make bench`, which installs it.")
    sqlite = os.environ.get("DATABASE_URL", "sqlite:").startswith("sqlite:")
    # PostgreSQL and Redis are what several app servers share: that run is the production one.
    production = not sqlite and bool(os.environ.get("REDIS_URL"))
    if production and not shutil.which("nginx"):
        sys.exit("nginx is not installed: run `make bench`, which installs it.")
    reviews = options.reviews or (PRODUCTION_REVIEWS if production else None)
    default_output = "benchmarks.md" if sqlite else "benchmarks-postgres.md"
    output = Path(options.output or BASE_DIR / "docs" / default_output)
    workdir = Path(tempfile.mkdtemp(prefix="bulletsite-bench-"))
    try:
        report = _bench(options.seconds, workdir, modes, pages, production, reviews)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if report is None:
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report)
    print(f"Results written to {output}")


def _bench(seconds, workdir, modes, pages, production, reviews):
    """Build the database, serve it, load it in the three modes; return the report, or None
    when only some modes or pages ran. `production`: nginx before two app servers."""
    load_average = os.getloadavg()[0]
    database_url = os.environ.get("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | {
        "DJANGO_SETTINGS_MODULE": "bulletsite.settings",
        "DJANGO_ROOT_URLCONF": BENCH_URLCONF,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        # As in production behind a proxy: rate limits count per client address, which the
        # members' writes name in X-Forwarded-For (one address per member).
        "DJANGO_BEHIND_PROXY": "true",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_CACHE_DIR": str(workdir / "cache"),  # for a file-based cache: never the site's
        "DATABASE_URL": database_url,
    }
    if production:
        env |= {
            # The members' addresses stand for what a CDN before nginx would add: nginx appends
            # its client (the bench) after them, so the client is the second proxy's entry.
            "DJANGO_TRUSTED_PROXY_COUNT": "2",
            # Each app server serves the shared uploads too, to show it sees the other's.
            "DJANGO_SERVE_MEDIA": "true",
        }
        # nginx's workers run unprivileged: they read the static files and uploads from here.
        workdir.chmod(0o755)
        (workdir / "media").mkdir(mode=0o755)

    def python(*command):
        run = subprocess.run(
            [sys.executable, *command], cwd=BASE_DIR, env=env, capture_output=True, text=True
        )
        if run.returncode:
            sys.exit(f"{' '.join(command[:2])} failed:\n{run.stderr}")
        return run.stdout

    def shell(code):
        """Run code in `manage.py shell` and return the last line it printed."""
        printed = python("manage.py", "shell", "--no-imports", "-c", code).strip()
        return printed.splitlines()[-1] if printed else ""

    print(f"Building the benchmark database ({database_url.split(':', 1)[0]})…")
    build_seconds = {}
    for command in (
        ["manage.py", "migrate", "--no-input"],
        ["manage.py", "load_seed"],
        ["scripts/bench_data.py", *(["--reviews", str(reviews)] if reviews else [])],
        ["manage.py", "collectstatic", "--no-input"],
    ):
        started = time.monotonic()
        python(*command)
        build_seconds[" ".join(command[:2])] = time.monotonic() - started
    manifest = json.loads((workdir / "static" / "staticfiles.json").read_text())
    static = ("static file (baseline)", "/static/" + manifest["paths"]["css/site.css"])
    baselines = [static, MINIMAL_VIEW, STOCK_PAGE]
    site_info = json.loads(shell(SITE_INFO))
    site_info["build seconds"] = build_seconds
    queries = json.loads(shell(QUERY_COUNT.replace("PATHS", repr([p for _, p in PAGES]))))
    shell(
        MEMBER_LOGINS.replace("OUTPUT", repr(str(workdir / "members.json")))
        .replace("FIRST_WRITER", str(FIRST_WRITER))
        .replace("WRITER_SESSIONS", str(WRITER_SESSIONS))
    )
    logins = json.loads((workdir / "members.json").read_text())

    servers = []
    extra = {}
    try:
        for n in range(APP_SERVERS if production else 1):
            servers.append(_gunicorn(workdir / f"gunicorn-{n}.log", env, production))
        if production:
            servers.append(_nginx(workdir, [server.port for server in servers], env))
        site = Site(servers[-1].port)
        for server in servers:
            _wait_for(Site(server.port))
        _warm_up(site, [path for _, path in [*baselines, *PAGES]])
        lua = {"cached": workdir / "cached.lua", "missing": workdir / "missing.lua"}
        lua["cached"].write_text(WRK_REPORT)
        lua["missing"].write_text(WRK_MISS + WRK_REPORT)

        print(f"Cached: wrk, {seconds} s per page")
        cached = {}
        for name, path in [*baselines, *pages] if "cached" in modes else []:
            site.request("GET", path)  # warm the cache
            cached[path] = _wrk(site, path, seconds, lua["cached"])
            print(f"  {name}: {cached[path]['rps']:.0f} req/s, p99 {cached[path]['p99']:.1f} ms")

        print(f"Empty cache: wrk with a new address per request, {seconds} s per page")
        missing, single = {}, {}
        for name, path in [STOCK_PAGE, *pages] if "missing" in modes else []:
            single[path] = _one_request(site, path)
            missing[path] = _wrk(site, path, seconds, lua["missing"])
            print(
                f"  {name}: {missing[path]['rps']:.0f} req/s, p99 {missing[path]['p99']:.1f} ms;"
                f" one request {single[path]['ms']:.0f} ms, {single[path]['kb']:.0f} KB"
            )

        mixed, load = {}, None
        if "mixed" in modes:
            print(
                f"Mixed load: wrk, {seconds} s per page, while members write {WRITE_RATE} times "
                f"a second and an editor saves a film every {EDITOR_INTERVAL} s"
            )
            load = MixedLoad(
                site,
                logins,
                manage=[sys.executable, "manage.py"],
                env=env,
                editor_log=workdir / "editor.log",
            )
            with load.running():
                for name, path in [*baselines, *pages]:
                    started = time.monotonic()
                    mixed[path] = _wrk(site, path, seconds, lua["cached"])
                    mixed[path]["film saves"] = load.film_saves(since=started)
                    print(
                        f"  {name}: {mixed[path]['rps']:.0f} req/s, p99 {mixed[path]['p99']:.1f} ms"
                    )
            print("  " + load.summary())

        if production:
            server_a, server_b = Site(servers[0].port), Site(servers[1].port)
            print("Uploads: a poster through app server A's admin, read from B and nginx")
            extra["upload"] = _poster_upload(site, server_a, server_b, logins)
            print("  " + extra["upload"]["summary"])
            print("Freshness: a vote through app server A, read through B and nginx")
            extra["freshness"] = _freshness(site, server_a, server_b, logins)
            print("  " + extra["freshness"]["summary"])
        memory = [_worker_memory(server.process.pid) for server in servers if server.gunicorn]
    finally:
        for server in reversed(servers):
            os.killpg(server.process.pid, 15)
            server.process.wait(timeout=30)
    server_errors = [line for server in servers for line in _server_errors(server)]
    if server_errors:
        print(f"The servers logged {len(server_errors)} errors; the first:", *server_errors[:5])
    if len(modes) < len(MODES) or pages != PAGES:
        return None
    return _report(
        load_average=load_average,
        seconds=seconds,
        site_info=site_info,
        baselines=baselines,
        results={"cached": cached, "missing": missing, "mixed": mixed},
        single=single,
        queries=queries,
        load=load,
        memory=memory,
        server_errors=server_errors,
        production=production,
        extra=extra,
    )


Server = namedtuple("Server", "port process log gunicorn")


def _gunicorn(log_path, env, production):
    """Start an app server on a port of its own: in the production run with the project's
    gunicorn settings (gthread workers), otherwise with WORKERS sync workers."""
    port = _free_port()
    command = [sys.executable, "-m", "gunicorn", "bulletsite.wsgi", "--log-level", "warning"]
    if production:
        command += ["-c", "python:bulletsite.gunicorn"]
        env = env | {
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": str(APP_SERVER_WORKERS),
        }
    else:
        command += ["--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS)]
    with log_path.open("w") as log:
        process = subprocess.Popen(
            command, cwd=BASE_DIR, env=env, stderr=log, start_new_session=True
        )
    return Server(port, process, log_path, True)


def _nginx(workdir, app_ports, env):
    """Start nginx in the foreground, unprivileged, from deploy/nginx.conf rendered with a
    prefix of its own under workdir, before the app servers."""
    port = _free_port()
    prefix = workdir / "nginx"
    prefix.mkdir()
    prefix.chmod(0o755)
    root = os.geteuid() == 0
    values = {
        # Started as root (in a container), its workers still drop to nobody.
        "@USER@": "nobody nogroup" if root else pwd.getpwuid(os.geteuid()).pw_name,
        "@STATE_DIR@": str(prefix),
        "@LOG_DIR@": str(prefix),
        "@LISTEN@": f"127.0.0.1:{port}",
        "@SERVER_NAME@": "127.0.0.1",
        "@APP_SERVERS@": " ".join(f"server 127.0.0.1:{p};" for p in app_ports),
        "@STATIC_ROOT@": env["DJANGO_STATIC_ROOT"],
        "@MEDIA_ROOT@": env["DJANGO_MEDIA_ROOT"],
        "@SESSION_COOKIE@": "sessionid",
    }
    config = NGINX_TEMPLATE.read_text()
    for name, value in values.items():
        config = config.replace(name, value)
    settings_lines = [line for line in config.splitlines() if not line.lstrip().startswith("#")]
    if leftover := re.findall(r"@[A-Z_]+@", "\n".join(settings_lines)):
        sys.exit(f"deploy/nginx.conf names {', '.join(leftover)}, which the bench does not fill")
    (prefix / "nginx.conf").write_text(config)
    log = prefix / "error.log"
    command = ["nginx", "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(log)]
    check = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True)
    if check.returncode:
        sys.exit(f"nginx refused its configuration:\n{check.stderr}")
    process = subprocess.Popen(
        [*command, "-g", "daemon off;"],
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    return Server(port, process, log, False)


class Site:
    """An HTTP client for the server under test: a connection per request, as gunicorn's sync
    workers close each one."""

    def __init__(self, port):
        self.port = port
        self.base = f"http://127.0.0.1:{port}"

    def request(self, method, path, *, headers=None, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        text = content.decode("utf-8", "replace")
        return Response(response.status, response.msg, text, time.monotonic() - started, content)


class Member:
    """A signed-in member: their session, the CSRF token of the last form they loaded, and an
    address of their own, so that limits per address count per member."""

    def __init__(self, number, username, session, reviews):
        self.username = username
        self.reviews = reviews
        self.cookies = {"sessionid": session}
        self.address = f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"
        self.token = ""

    def get(self, site, path):
        response = site.request("GET", path, headers=self._headers())
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if name in ("csrftoken", "sessionid") and morsel.value:
                    self.cookies[name] = morsel.value
        if match := CSRF_INPUT.search(response.text):
            self.token = match[1]
        return response

    def post(self, site, path, data):
        headers = self._headers() | {"Content-Type": "application/x-www-form-urlencoded"}
        body = urlencode({"csrfmiddlewaretoken": self.token, **data})
        return site.request("POST", path, headers=headers, body=body)

    def _headers(self):
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        return {"Cookie": cookie, "X-Forwarded-For": self.address}


class MixedLoad:
    """Members' writes over HTTP, WRITE_RATE a second, and the editor's round every
    EDITOR_INTERVAL seconds; each change is then read back as an anonymous visitor."""

    def __init__(self, site, logins, *, manage, env, editor_log):
        self.site, self.manage, self.env, self.editor_log = site, manage, env, editor_log
        self.films = logins["films"]
        members = [
            Member(number, username, session, logins["reviews"].get(username, {}))
            for number, (username, session) in enumerate(sorted(logins["sessions"].items()), 1)
        ]
        # Fans who reviewed every film vote, report and edit; newcomers write new reviews.
        self.fans = iter(
            m
            for m in sorted(members, key=lambda m: m.username)
            if m.username.startswith("fan")
            and int(m.username[3:]) >= FIRST_WRITER
            and len(m.reviews) == len(self.films)
        )
        self.newcomers = iter(m for m in members if m.username.startswith("newcomer"))
        self.reviews = logins["reviews"]
        # The reviews a film page lists as most helpful, and their votes as the site counts them.
        self.helpful = {int(pk): votes for pk, (_, votes) in logins["helpful"].items()}
        self.helpful_film = {int(pk): slug for pk, (slug, _) in logins["helpful"].items()}
        self.votes_cast = itertools.count()
        self.lock = threading.Lock()
        self.writes = []
        self.checks = []
        self.editor_events = []
        self.editor_failure = ""
        self.stop = threading.Event()
        self.first_failure = None

    @contextmanager
    def running(self):
        self.start()
        try:
            yield
        finally:
            self.finish()

    def start(self):
        self.started = time.monotonic()
        self.checkers = ThreadPoolExecutor(4)
        self.editor_stderr = self.editor_log.open("w")
        self.editor = subprocess.Popen(
            [
                *self.manage,
                "shell",
                "--no-imports",
                "-c",
                EDITOR.replace("INTERVAL", str(EDITOR_INTERVAL)),
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=self.editor_stderr,
            text=True,
        )
        self.threads = [
            threading.Thread(target=self._write_steadily),
            threading.Thread(target=self._follow_editor),
        ]
        for thread in self.threads:
            thread.start()
        time.sleep(2)  # the writes under way before the first page is measured

    def finish(self):
        self.stop.set()
        self.duration = time.monotonic() - self.started  # while writes were being sent
        self.threads[0].join()
        if self.editor.poll() is None:
            self.editor.terminate()
        else:
            self.editor_failure = self.editor_log.read_text()[-2000:]
        self.editor.wait(timeout=30)
        self.editor_stderr.close()
        self.threads[1].join()
        self.checkers.shutdown(wait=True)
        if self.first_failure:
            print(self.first_failure, file=sys.stderr)

    def summary(self):
        succeeded = sum(1 for write in self.writes if write["ok"])
        stale = sum(1 for check in self.checks if check["stale"])
        return (
            f"writes: {succeeded} of {len(self.writes)} succeeded "
            f"({succeeded / self.duration:.1f}/s); editor: {len(self.editor_events)} changes; "
            f"reads after a change: {len(self.checks)}, stale: {stale}"
        )

    def film_saves(self, *, since):
        """How many times the editor has saved a film since then."""
        with self.lock:
            return sum(e["kind"] == "film save" and e["at"] >= since for e in self.editor_events)

    def _write_steadily(self):
        with ThreadPoolExecutor(WRITERS) as writers:
            for n in itertools.count():
                due = self.started + n / WRITE_RATE
                if self.stop.wait(max(0, due - time.monotonic())):
                    break
                writers.submit(self._write, n)

    def _write(self, n):
        kind = WRITE_MIX[n % len(WRITE_MIX)]
        try:
            getattr(self, f"_{kind}")(n)
        except StopIteration:
            self._record_write(kind, None, None, status="no member left")
        except Exception as error:  # counted; the first one is shown at the end
            self._record_write(kind, None, None, status=type(error).__name__)
            with self.lock:
                self.first_failure = self.first_failure or traceback.format_exc()

    def _vote(self, n):
        with self.lock:
            member = next(self.fans)  # a new voter each time: each vote counts
            targets = sorted(self.helpful)
            pk = targets[next(self.votes_cast) % len(targets)]
        film_page = f"/en/films/{self.helpful_film[pk]}/"
        form = member.get(self.site, film_page)
        post = member.post(self.site, f"/en/reviews/{pk}/helpful/", {})
        if not self._record_write("vote", form, post, done=f"#review-{pk}"):
            return
        with self.lock:
            self.helpful[pk] += 1
            expected = self.helpful[pk]
        self._check(
            "helpful vote: its count on the film page",
            film_page,
            lambda text: _helpful_count(text, pk) >= expected,
        )

    def _flag(self, n):
        with self.lock:
            member = next(self.fans)
        # Reviews by fans 10–99: neither on the film pages' helpful lists nor a writer's own.
        author = f"fan{10 + n % 90}"
        pk = sorted(self.reviews[author].values())[n % len(self.films)]
        form = member.get(self.site, f"/en/reviews/{pk}/flag/")
        reason = FLAG_REASONS[n % len(FLAG_REASONS)]
        post = member.post(self.site, f"/en/reviews/{pk}/flag/", {"reason": reason, "note": ""})
        # A report changes nothing that visitors see: there is nothing to read back.
        self._record_write("flag", form, post, done=f"#review-{pk}")

    def _review(self, n):
        with self.lock:
            member = next(self.newcomers)
        film = self.films[n % len(self.films)]
        form = member.get(self.site, f"/en/films/{film}/review/")
        post = member.post(
            self.site,
            f"/en/films/{film}/review/",
            _review_form(f"New take {n} by {member.username}", n),
        )
        # New reviews wait for moderation: the editor's approval is read back, not this.
        self._record_write("review", form, post, done="#my-review")

    def _edit(self, n):
        with self.lock:
            member = next(self.fans)
        pk = sorted(member.reviews.values())[n % len(self.films)]
        form = member.get(self.site, f"/en/reviews/{pk}/edit/")
        post = member.post(
            self.site,
            f"/en/reviews/{pk}/edit/",
            _review_form(f"Edited take {n} by {member.username}", n),
        )
        # An edit of an approved review waits for moderation too.
        self._record_write("edit", form, post, done="#my-review")

    def _record_write(self, kind, form, post, *, done="", status=None):
        """Record a write: it succeeded if the site redirected to where a success leads."""
        ok = (
            post is not None
            and post.status == 302
            and post.headers.get("Location", "").endswith(done)
        )
        with self.lock:
            self.writes.append(
                {
                    "kind": kind,
                    "ok": ok,
                    "status": status or _status(post),
                    "form": form.seconds if form else None,
                    "post": post.seconds if post else None,
                }
            )
        return ok

    def _follow_editor(self):
        for line in self.editor.stdout:
            if not line.startswith("{"):
                continue
            event = json.loads(line) | {"at": time.monotonic()}
            with self.lock:
                self.editor_events.append(event)
            check = {
                "film save": "film save: the synopsis on the film page",
                "approval": "approval of a new review or an edit: the title on the member's page",
            }[event["kind"]]
            self.checkers.submit(
                self._check, check, event["path"], lambda text, e=event: e["expect"] in text
            )

    def _check(self, kind, path, is_fresh):
        """Read the page a change shows on as an anonymous visitor, at once; if the change is
        missing, count a stale read and watch how long the page takes to show it: when the
        last copy without it came back (how old a copy readers were served), and when the
        first with it did (that, and how long the page then took to render)."""
        changed = time.monotonic()
        if is_fresh(self._read(path)):
            stale_until = lasted = 0
        else:
            stale_until, lasted = time.monotonic() - changed, None
            while time.monotonic() < changed + STALE_PATIENCE:
                time.sleep(0.1)
                if is_fresh(self._read(path)):
                    lasted = time.monotonic() - changed
                    break
                stale_until = time.monotonic() - changed
        with self.lock:
            self.checks.append(
                {"kind": kind, "stale": lasted != 0, "lasted": lasted, "stale until": stale_until}
            )

    def _read(self, path):
        try:
            return self.site.request("GET", path).text
        except OSError:
            return ""  # read again, as for a stale page


def _poster_upload(site, server_a, server_b, logins):
    """Sign in as the bench editor on app server A, upload a poster through the admin's film
    change form as a browser does, then read the film page, the poster and a thumbnail from
    app server B and through nginx."""
    # The last film: bench_data.py gives the first one all its critic reviews, whose inline rows
    # make that film's form too long to post (DATA_UPLOAD_MAX_NUMBER_FIELDS).
    film = logins["films"][-1]
    editor = Member(0, "bench-editor", logins["editor_session"], {})
    change = f"/admin/films/film/{logins['film_pks'][film]}/change/"
    old_poster = _poster_urls(server_b, film)[0]
    form = editor.get(server_a, change)
    fields = _form_fields(form.text, "film_form")
    png = _poster_png()
    body, content_type = _multipart(
        [*fields, ("_save", "Save")], files={"poster": ("bench-poster.png", "image/png", png)}
    )
    post = server_a.request(
        "POST",
        change,
        headers=editor._headers()
        | {
            "Content-Type": content_type,
            "Origin": server_a.base,
            "Referer": server_a.base + change,
        },
        body=body,
    )
    result = {
        "form status": form.status,
        "post status": post.status,
        "post ms": post.seconds * 1000,
        "post kb": len(body) / 1024,
        "saved": post.status == 302 and "/change/" not in post.headers.get("Location", ""),
        "reads": [],
    }
    # B renders the film page afresh (a message waiting skips the page cache): the poster and
    # the thumbnails it lists are those it finds in the shared storage.
    poster, thumbnails = _poster_urls(server_b, film)
    if poster == old_poster:
        poster, thumbnails = None, []  # B still shows the poster from before
    result |= {"poster": poster, "thumbnails": thumbnails}
    for url in [poster, *thumbnails[:1]] if poster else []:
        for name, server in (("app server B", server_b), ("nginx", site)):
            read = server.request("GET", url)
            result["reads"].append(
                {
                    "url": url,
                    "from": name,
                    "status": read.status,
                    "type": read.headers.get("Content-Type", ""),
                    "bytes": len(read.content),
                }
            )
    if not result["saved"]:
        errors = re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', post.text, re.DOTALL)
        result["errors"] = [re.sub(r"<[^>]+>", " ", e).strip() for e in errors][:5]
        print("  the admin refused the upload:", result["errors"] or post.text[:500])
    served = [r for r in result["reads"] if r["status"] == 200 and r["bytes"]]
    result["ok"] = bool(
        result["saved"] and poster and thumbnails and len(served) == len(result["reads"])
    )
    result["summary"] = (
        f"upload {'saved' if result['saved'] else f'failed ({post.status})'} in "
        f"{result['post ms']:.0f} ms; B lists {len(thumbnails)} thumbnails; "
        f"{len(served)} of {len(result['reads'])} reads served"
    )
    return result


def _poster_urls(server, film):
    """The poster and the thumbnails the film page lists, rendered afresh (a message waiting
    skips the page cache)."""
    page = server.request("GET", f"/en/films/{film}/", headers={"Cookie": MISS_COOKIE})
    urls = list(dict.fromkeys(re.findall(r"/media/posters/[^\"'\s,]+", page.text)))
    poster = next((u for u in urls if "/thumbnails/" not in u), None)
    return poster, [u for u in urls if "/thumbnails/" in u]


def _poster_png():
    """A small poster: 600 × 900, so that all three thumbnails are made from it."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 900), (24, 24, 32))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 560, 860), outline=(200, 40, 40), width=12)
    draw.text((80, 420), "BENCH POSTER", fill=(240, 240, 240))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class _FormFields(HTMLParser):
    """The fields a browser would submit from the form with this id: its inputs, checked boxes,
    textareas and selected options, in document order (file inputs and buttons aside)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, []
        self.textarea = self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in ("file", "submit", "button", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = {
                "name": name,
                "chosen": [],
                "first": None,
                "multiple": "multiple" in attrs,
            }
        elif tag == "option" and self.select is not None:
            value = attrs.get("value", "")
            if self.select["first"] is None:
                self.select["first"] = value
            if "selected" in attrs:
                self.select["chosen"].append(value)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            # A browser drops the newline that follows <textarea>.
            name, text = self.textarea
            self.fields.append((name, text[1:] if text.startswith("\n") else text))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            # A single select sends its first option when none is selected; a multiple, none.
            chosen = self.select["chosen"]
            if not chosen and not self.select["multiple"]:
                chosen = [self.select["first"] or ""]
            self.fields += [(self.select["name"], value) for value in chosen]
            self.select = None


def _form_fields(html, form_id):
    parser = _FormFields(form_id)
    parser.feed(html)
    return parser.fields


def _multipart(fields, files):
    """A multipart/form-data body, as a browser sends a form with a file."""
    boundary = f"----bulletsite-bench-{secrets.token_hex(8)}"
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
        )
    for name, (filename, content_type, content) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def _freshness(site, server_a, server_b, logins):
    """Members vote through app server A; how soon each vote shows: on the voter's own page
    through B, to an anonymous reader straight from B, and through nginx's microcache (primed
    just before the vote, so that it holds the copy from before it)."""
    # The last fans with a session: never among the mixed load's voters, who take the first.
    voters = sorted(
        (n for n in logins["sessions"] if n.startswith("fan")), key=lambda n: -int(n[3:])
    )
    targets = sorted(logins["helpful"])
    rounds = []
    for n in range(FRESHNESS_ROUNDS):
        username = voters[n]
        member = Member(50_000 + n, username, logins["sessions"][username], {})
        pk = int(targets[n % len(targets)])
        film = logins["helpful"][str(pk)][0]
        rounds.append(_freshness_round(site, server_a, server_b, member, pk, film))
    done = [r for r in rounds if r["voted"]]
    lags = [r["through nginx"] for r in done]
    stale = [r["last stale"] for r in done]
    result = {
        "rounds": rounds,
        "own immediate": sum(r["own on B"] for r in done),
        "B immediate": sum(r["anonymous on B"] for r in done),
        "longest": None if None in lags or not lags else max(lags),
        "median": _percentile(lags, 50) if lags and None not in lags else None,
        "votes": len(done),
        "stale until": max(stale, default=0),
    }
    longest = "never" if result["longest"] is None else f"{result['longest'] * 1000:.0f} ms"
    result["summary"] = (
        f"{len(done)} votes: the voter's own page on B fresh {result['own immediate']} times, "
        f"B to anonymous readers fresh {result['B immediate']} times, through nginx stale until "
        f"{result['stale until'] * 1000:.0f} ms, fresh after at most {longest}"
    )
    return result


def _freshness_round(site, server_a, server_b, member, pk, film):
    """One vote through A, then three readers at once, as on a live site: the voter through B,
    an anonymous reader straight from B, and one through nginx until the vote shows."""
    film_page = f"/en/films/{film}/"
    before = _helpful_count(member.get(server_a, film_page).text, pk)
    site.request("GET", film_page)  # the microcache holds the page as it was
    post = member.post(server_a, f"/en/reviews/{pk}/helpful/", {})
    voted = time.monotonic()
    if post.status != 302:
        return {"voted": False, "status": post.status}

    def shows(response):
        return _helpful_count(response.text, pk) >= before + 1

    def through_nginx():
        """When the last stale copy nginx served came back, and the first fresh one."""
        last_stale = 0
        while time.monotonic() < voted + STALE_PATIENCE:
            if shows(site.request("GET", film_page)):
                return last_stale, time.monotonic() - voted
            last_stale = time.monotonic() - voted
            time.sleep(0.01)
        return last_stale, None

    with ThreadPoolExecutor(3) as readers:
        own = readers.submit(lambda: shows(member.get(server_b, film_page)))
        anonymous = readers.submit(lambda: shows(server_b.request("GET", film_page)))
        last_stale, fresh = readers.submit(through_nginx).result()
    return {
        "voted": True,
        "own on B": own.result(),
        "anonymous on B": anonymous.result(),
        "through nginx": fresh,
        "last stale": last_stale,
    }


def _status(response):
    """How a failed write was answered: its status, and where a redirect led."""
    location = response.headers.get("Location")
    return f"{response.status} to {location}" if location else response.status


def _review_form(title, n):
    return {"rating": 1 + n % 10, "title": title, "body": REVIEW_BODY, "spoils": "", "homepage": ""}


def _helpful_count(text, pk):
    """The helpful count a page shows for review `pk`; -1 if the page does not show it."""
    review = re.search(rf'id="review-{pk}"(.*?)</article>', text, re.DOTALL)
    count = review and re.search(r"(\d+) found this helpful", review[1])
    return int(count[1]) if count else -1


def _wrk(site, path, seconds, script):
    run = subprocess.run(
        [
            *LOAD_PRIORITY,
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            site.base + path,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    for percentile in ("p50", "p95", "p99"):
        figures[percentile] /= 1000  # microseconds to milliseconds
    return figures


def _warm_up(site, paths):
    """Have every worker load its code and templates for every page, outside the figures."""
    with ThreadPoolExecutor(CONNECTIONS) as clients:
        for path in paths:
            list(clients.map(lambda address: site.request("GET", address), [path]))
            list(
                clients.map(
                    lambda address: site.request("GET", address, headers={"Cookie": MISS_COOKIE}),
                    [path] * (2 * WORKERS),
                )
            )


def _one_request(site, path, times=5):
    """Time a page that is not in the cache, alone: the median of a few new addresses."""
    cookie = {"Cookie": MISS_COOKIE}
    responses = [site.request("GET", path, headers=cookie) for _ in range(times)]
    return {
        "ms": _percentile([r.seconds * 1000 for r in responses], 50),
        "kb": len(responses[-1].text.encode()) / 1024,
        "status": responses[-1].status,
    }


def _percentile(values, percentile):
    values = sorted(v for v in values if v is not None)
    if not values:
        return math.nan
    return values[max(0, math.ceil(len(values) * percentile / 100) - 1)]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(site, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            site.request("GET", "/robots.txt")
            return
        except OSError:
            time.sleep(0.3)
    sys.exit("gunicorn did not start")


def _worker_memory(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


def _server_errors(server):
    """The errors a server logged: gunicorn's (and Django's) or nginx's."""
    marks = ("[ERROR]", "[CRITICAL]") if server.gunicorn else ("[error]", "[crit]", "[emerg]")
    if not server.log.exists():
        return []
    return [
        line
        for line in server.log.read_text(errors="replace").splitlines()
        if any(mark in line for mark in marks)
    ]


def _nginx_version():
    run = subprocess.run(["nginx", "-v"], capture_output=True, text=True)
    return run.stderr.strip().rsplit("/", 1)[-1]


def _cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def _report(
    *,
    load_average,
    seconds,
    site_info,
    baselines,
    results,
    single,
    queries,
    load,
    memory,
    server_errors,
    production,
    extra,
):
    cached, missing, mixed = results["cached"], results["missing"], results["mixed"]
    static = cached[baselines[0][1]]["rps"]
    stock = missing[STOCK_PAGE[1]]["rps"]

    def share(figures):
        return f"{figures['rps'] / static:.0%}"

    def share_of_stock(figures):
        return f"{figures['rps'] / stock:.0%}"

    def ms(value):
        return f"{value:.1f}" if value < 100 else f"{value:.0f}"

    rows = [*baselines, *PAGES]
    postgres = site_info["database"].startswith("PostgreSQL")
    lines = [
        f"# Benchmarks: {'PostgreSQL and Redis' if postgres else 'SQLite'}",
        "",
        f"Written by `make bench` on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores "
        f"({_cpu_model()}), {platform.machine()}, Python {platform.python_version()}, "
        f"database {site_info['database']}, cache `{site_info['cache']}`. "
        + (
            f"nginx {_nginx_version()} (deploy/nginx.conf: static files and uploads from disk, "
            "a one-second microcache for anonymous readers) in front of "
            f"{APP_SERVERS} gunicorn app servers, each with bulletsite/gunicorn.py's settings "
            f"({APP_SERVER_WORKERS} gthread workers) and production settings (DEBUG off), "
            "sharing the database, Redis and an uploads folder; "
            if production
            else f"gunicorn with {WORKERS} sync workers and production settings (DEBUG off); "
        )
        + f"wrk with 2 threads and {CONNECTIONS} connections for {seconds} s per page and mode, "
        "one page at a time, on loopback, at the lowest CPU priority (`nice -n 19`: the load "
        "takes only what the servers leave, as clients on machines of their own would). "
        "The database, the seed content and scripts/bench_data.py's crowd, holds "
        f"{site_info['members']:,} accounts, {site_info['community reviews']:,} approved "
        f"community reviews, {site_info['helpful votes']:,} helpful votes and "
        f"{site_info['critic reviews']:,} published critic reviews. Load average (1 min) "
        f"when the run began: {load_average:.2f}. Building it took "
        + ", ".join(f"{s:.0f} s for `{step}`" for step, s in site_info["build seconds"].items())
        + ". "
        + (
            "The same run on SQLite: docs/benchmarks.md."
            if postgres
            else "The same run on PostgreSQL and Redis: docs/benchmarks-postgres.md."
        ),
        "",
        "Three modes, each page in turn:",
        "",
        "- **cached**: the same address again and again, so anonymous visitors get the page "
        "cache's copy"
        + (
            ", or nginx's microcache's, refreshed from the app servers every second;"
            if production
            else ";"
        ),
        "- **empty cache**: every request carries a `messages` cookie, as a visitor with a "
        "message waiting does, so none is answered from the cache and each is rendered"
        + (" (nginx passes such requests on, and keeps none of them);" if production else ";"),
        f"- **mixed load**: as cached, while members write over HTTP, {WRITE_RATE} times a "
        "second (two helpful votes, a report, a new review and an edit of an approved review, "
        "each after loading the page with the form, signed in, from an address of their own), "
        f"and an editor saves a film's synopsis every {EDITOR_INTERVAL} s and then approves the "
        "new reviews and edits waiting (ORM saves in a separate `manage.py shell` process).",
        "",
        "*Share of static* is a page's throughput divided by that of a static file served by "
        + ("the same nginx, from disk, " if production else "the same gunicorn and WhiteNoise ")
        + "in the cached mode; *share of stock* is a page's empty-cache throughput divided by "
        "that of a stock Django page (a function view, 30 credits through one template, no "
        "cache: bulletsite/bench_urls.py, served by the same gunicorn only in the bench) with "
        "the same `messages` cookie. The targets (issues 15 and 29): cached, at least 80% of "
        "static; empty cache, at least 50% of stock; mixed load, at least 50% of static with a "
        "p99 under 50 ms. Latencies are wrk's, in milliseconds.",
        "",
        "## Side by side",
        "",
        "| page | cached: req/s (share) | p99 | empty cache: req/s (share of stock) | p99 "
        "| mixed load: req/s (share) | p99 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in rows:
        cells = []
        for mode in (cached, missing, mixed):
            figures = mode.get(path) or cached[path]  # the baselines miss no cache
            if mode is not missing:
                part = share(figures)
            else:
                part = share_of_stock(figures) if path in missing else "—"
            cells += [f"{figures['rps']:.0f} ({part})", ms(figures["p99"])]
        lines.append(f"| {name} (`{path}`) | " + " | ".join(cells) + " |")
    lines += [
        "",
        "The static file and the minimal view have no page cache to miss: their empty-cache "
        "figures repeat the cached ones; the stock page has none in any mode"
        + (
            ", but nginx's microcache keeps it, as any page, for anonymous readers."
            if production
            else "."
        ),
        "",
        "## Cached",
        "",
        "*Queries* counts the SQL queries of one anonymous request (Django's test client, "
        "outside the load): a cache hit, and a request after an edit, when the whole cache is "
        "empty."
        + (
            " The cache lives in the database, so its reads and writes are among them."
            if site_info["cache"].endswith("DatabaseCache")
            else ""
        ),
        "",
        "| page | requests/s | share of static | p50 | p95 | p99 | errors | queries (hit) "
        "| queries (after an edit) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in rows:
        figures = cached[path]
        cold, hit, _ = queries.get(path, ("—", "—", "—"))
        lines.append(
            f"| {name} | {figures['rps']:.0f} | {share(figures)} | {ms(figures['p50'])} | "
            f"{ms(figures['p95'])} | {ms(figures['p99'])} | {figures['errors']} | {hit} | {cold} |"
        )
    lines += [
        "",
        "## Empty cache",
        "",
        "*One request* is the median of five requests for new addresses, one at a time on "
        "the idle server; *queries* those of one such request (a page missing from a cache "
        "that is otherwise warm).",
        "",
        "| page | requests | requests/s | share of static | share of stock | p50 | p95 | p99 "
        "| errors | one request ms | size KB | queries |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in [STOCK_PAGE, *PAGES]:
        figures, one = missing[path], single[path]
        status = "" if one["status"] == 200 else f" (status {one['status']})"
        lines.append(
            f"| {name} | {figures['requests']} | {figures['rps']:.0f} | {share(figures)} | "
            f"{share_of_stock(figures)} | {ms(figures['p50'])} | {ms(figures['p95'])} | "
            f"{ms(figures['p99'])} | {figures['errors']} | {one['ms']:.0f}{status} | "
            f"{one['kb']:.0f} | {queries.get(path, ['—'] * 3)[2]} |"
        )
    lines += [
        "",
        "## Mixed load",
        "",
        "*Film saves* counts the editor's saves while the page was loaded: each one changes "
        "what every page may show.",
        "",
        "| page | requests/s | share of static | p50 | p95 | p99 | errors | film saves |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in rows:
        figures = mixed[path]
        lines.append(
            f"| {name} | {figures['rps']:.0f} | {share(figures)} | {ms(figures['p50'])} | "
            f"{ms(figures['p95'])} | {ms(figures['p99'])} | {figures['errors']} | "
            f"{figures['film saves']} |"
        )
    lines += [
        "",
        f"Members' writes over {load.duration:.0f} s; *form* is the signed-in page loaded "
        "first for its CSRF token (the film page for a vote), *post* the write itself. A write "
        "succeeds when the site redirects to where a success leads.",
        "",
        "| write | attempted | succeeded | per second | failures | form p50 | form p99 "
        "| post p50 | post p99 | post max |",
        "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    kinds = dict.fromkeys(WRITE_MIX)
    for kind in [*kinds, "all"]:
        writes = [w for w in load.writes if kind in ("all", w["kind"])]
        succeeded = [w for w in writes if w["ok"]]
        failures = Counter(str(w["status"]) for w in writes if not w["ok"])
        failed = ", ".join(f"{count} × {status}" for status, count in failures.items()) or "none"
        forms = [w["form"] * 1000 for w in writes if w["form"] is not None]
        posts = [w["post"] * 1000 for w in writes if w["post"] is not None]
        lines.append(
            f"| {kind} | {len(writes)} | {len(succeeded)} | {len(succeeded) / load.duration:.1f}"
            f" | {failed} | {ms(_percentile(forms, 50))} | {ms(_percentile(forms, 99))} | "
            f"{ms(_percentile(posts, 50))} | {ms(_percentile(posts, 99))} | "
            f"{ms(_percentile(posts, 100))} |"
        )
    saves = [e["seconds"] * 1000 for e in load.editor_events if e["kind"] == "film save"]
    approvals = [e["seconds"] * 1000 for e in load.editor_events if e["kind"] == "approval"]
    lines += [
        "",
        f"The editor saved a film {len(saves)} times (median {ms(_percentile(saves, 50))} ms, "
        f"longest {ms(_percentile(saves, 100))} ms) and approved {len(approvals)} reviews and "
        f"edits (median {ms(_percentile(approvals, 50))} ms each)."
        + (
            f" The editor's process failed: `{load.editor_failure.strip().splitlines()[-1]}`."
            if load.editor_failure
            else ""
        ),
        "",
        "### Stale reads",
        "",
        "Once a write's response has come back (for the editor: once the save is committed), "
        "the page it changes is read at once as an anonymous visitor; a read that does not "
        "show the change is stale, and the page is then read every 0.1 s for up to "
        f"{STALE_PATIENCE} s. Reports change nothing that visitors see; new reviews and edits "
        "show once approved."
        + (
            " The reads go through nginx, whose microcache may answer with a copy up to a "
            "second old: a change may take that long to show, never longer."
            if production
            else ""
        ),
        "",
        "*Stale until* is when the last read without the change came back (the oldest copy a "
        "reader was served), *visible after* when the first read with it did (which adds the "
        "time the page then took to render).",
        "",
        "| change, and what is read back | reads | stale | longest stale until "
        "| longest until visible |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for kind in dict.fromkeys(check["kind"] for check in load.checks):
        checks = [c for c in load.checks if c["kind"] == kind]
        stale = [c for c in checks if c["stale"]]
        if not stale:
            stale_until = longest = "—"
        else:
            stale_until = f"{max(c['stale until'] for c in stale) * 1000:.0f} ms"
            if any(c["lasted"] is None for c in stale):
                never = sum(c["lasted"] is None for c in stale)
                longest = f"over {STALE_PATIENCE} s ({never} reads)"
            else:
                longest = f"{max(c['lasted'] for c in stale) * 1000:.0f} ms"
        lines.append(f"| {kind} | {len(checks)} | {len(stale)} | {stale_until} | {longest} |")
    if production:
        lines += _production_report(extra)
    servers = "the servers" if production else "gunicorn"
    lines += [
        "",
        "## The server" + ("s" if production else ""),
        "",
        "Resident memory of the gunicorn workers after the run: "
        + "; ".join(", ".join(f"{size:.0f} MB" for size in sizes) for sizes in memory)
        + (" (one app server, then the other)" if production else "")
        + ". "
        + (
            f"{servers.capitalize()} logged {len(server_errors)} errors, the first: "
            f"`{server_errors[0]}`."
            if server_errors
            else f"{servers.capitalize()} logged no error."
        ),
        "",
    ]
    return "\n".join(lines)


def _production_report(extra):
    """The two-server run's own sections: the poster upload read from the other server, and
    how soon a write through one server shows."""
    upload, freshness = extra["upload"], extra["freshness"]
    lines = [
        "",
        "## Uploads on every server",
        "",
        "The bench editor, signed in on app server A, uploads a 600 × 900 PNG poster for the "
        "last film through the admin's change form (the form loaded first, then a multipart "
        "POST of all its fields with the CSRF token, as a browser sends it); the app servers "
        "share `DJANGO_MEDIA_ROOT` as their default storage. App server B then renders the film "
        "page afresh, listing the poster and the thumbnails it finds through the storage API, "
        "and the files are read from B (Django's media view, on for this run: "
        "`DJANGO_SERVE_MEDIA`) and through nginx (from disk).",
        "",
        f"The upload ({upload['post kb']:.0f} KB) was "
        + (
            f"saved in {upload['post ms']:.0f} ms"
            if upload["saved"]
            else f"refused (status {upload['post status']})"
        )
        + f"; B's film page lists the poster `{upload['poster']}` and "
        f"{len(upload['thumbnails'])} thumbnails.",
        "",
        "| file | read from | status | type | bytes |",
        "| --- | --- | ---: | --- | ---: |",
    ]
    for read in upload["reads"]:
        lines.append(
            f"| `{read['url']}` | {read['from']} | {read['status']} | {read['type']} | "
            f"{read['bytes']:,} |"
        )
    lines += [
        "",
        "## Freshness across servers",
        "",
        f"{freshness['votes']} members in turn load a film page through app server A, signed "
        "in, and vote a review helpful there; just before each vote the page is read through "
        "nginx, so its microcache holds the copy from before. Once the vote's response is back, "
        "the voter reads the page signed in through app server B, an anonymous reader reads it "
        "straight from B, then through nginx every 10 ms until the new count shows: *stale "
        "until* is when the last read without it came back, *fresh after* when the first with "
        "it did (after the app servers rendered the page again). Target: the voter and B at "
        "once, nginx's stale copies within a second.",
        "",
        "| vote | voter's own page on B | anonymous, straight from B | through nginx: stale until "
        "| fresh after |",
        "| ---: | --- | --- | ---: | ---: |",
    ]
    for n, check in enumerate(freshness["rounds"], 1):
        if not check["voted"]:
            lines.append(f"| {n} | vote refused ({check['status']}) | | | |")
            continue
        lag = check["through nginx"]
        lines.append(
            f"| {n} | {'at once' if check['own on B'] else 'stale'} | "
            f"{'at once' if check['anonymous on B'] else 'stale'} | "
            f"{check['last stale'] * 1000:.0f} ms | "
            + (f"over {STALE_PATIENCE} s" if lag is None else f"{lag * 1000:.0f} ms")
            + " |"
        )
    return lines


if __name__ == "__main__":
    main()
