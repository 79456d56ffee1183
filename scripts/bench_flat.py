"""Measure how each page's cost grows with the community, on PostgreSQL; write
docs/benchmarks-flat.md.

A development script, run by `make bench`. For each size (approved community reviews, built by
scripts/bench_data.py on the seed), it renders each of scripts/bench.py's pages missing the page
cache (Django's test client, production settings, DEBUG off, every other cache warm) and keeps
the median time of one render, its SQL queries and its size; then compares the largest size
with the smallest (issue 29's target: within 1.3x).

It runs a PostgreSQL server of its own, whose data stays in --data-dir between runs: a database
per size, marked with what built it, is reused while the seed, the migrations and
scripts/bench_data.py are unchanged, so only the first run pays for building them.
"""

import argparse
import hashlib
import json
import os
import platform
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import psycopg
from bench import MISS_COOKIE, PAGES

BASE_DIR = Path(__file__).resolve().parent.parent
SIZES = "10000,100000,1000000"
RENDERS = 5
# Beside the bench's own services (/tmp/bulletsite-bench-services), on a port of its own; not
# removed by `.ci/services stop`.
DATA_DIR = "/tmp/bulletsite-bench-flat"
PORT = 25434
TARGET = 1.3
SEED = "flat_seed"

# A renderer per database, all alive at once, so each page's renders alternate between the
# sizes and a moment of load on the shared machine weighs on every size alike. It reads a page's
# address, answers one render's seconds; with a "count " before the address, the queries, size
# and status of one render.
RENDERER = """
import json, sys, time
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
for line in sys.stdin:
    command, path = line.split()
    if command == "warm":  # the page cache and every other cache, the connection open
        client.get(path)
        print("{}", flush=True)
    elif command == "time":
        started = time.perf_counter()
        client.get(path, HTTP_COOKIE=MISS_COOKIE)
        print(json.dumps(time.perf_counter() - started), flush=True)
    else:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, HTTP_COOKIE=MISS_COOKIE)
        print(json.dumps({
            "queries": len(queries), "bytes": len(response.content),
            "status": response.status_code,
        }), flush=True)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default=SIZES, help=f"Approved community reviews (default {SIZES})."
    )
    parser.add_argument("--renders", type=int, default=RENDERS, help="Timed renders per page.")
    parser.add_argument("--data-dir", default=DATA_DIR, help=f"Default: {DATA_DIR}.")
    parser.add_argument("--port", type=int, default=PORT, help=f"Default: {PORT}.")
    parser.add_argument("--rebuild", action="store_true", help="Build every database afresh.")
    parser.add_argument("--output", default=str(BASE_DIR / "docs" / "benchmarks-flat.md"))
    options = parser.parse_args()
    sizes = sorted(int(size) for size in options.sizes.split(","))
    data_dir = Path(options.data_dir)
    server = Server(data_dir, options.port)
    workdir = Path(tempfile.mkdtemp(prefix="bulletsite-flat-"))
    server.start()
    try:
        env = _env(server, workdir, data_dir / "media")
        fingerprint = _fingerprint()
        builds = {}
        if options.rebuild or not server.built(SEED, 0, fingerprint):
            builds["seed"] = _build_seed(server, env, fingerprint)
        for size in sizes:
            database = f"flat_{size}"
            if options.rebuild or not server.built(database, size, fingerprint):
                builds[size] = _build(server, env, database, size, fingerprint)
            else:
                built = _duration(server.seconds(database))
                print(f"{size:,} reviews: reusing {database} (built in {built})")
            builds.setdefault(size, server.seconds(database))
        load_average = [os.getloadavg()[0]]
        print(f"Rendering {len(PAGES)} pages {options.renders} times at each size, in turn")
        results = _measure(
            sizes, {size: server.url(f"flat_{size}") for size in sizes}, env, options
        )
        load_average.append(os.getloadavg()[0])
        builds.setdefault("seed", server.seconds(SEED))
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    report = _report(sizes, results, builds, load_average, server.version)
    Path(options.output).write_text(report)
    print(f"Results written to {options.output}")


class Server:
    """A PostgreSQL server on loopback whose data outlives the run."""

    def __init__(self, data_dir, port):
        self.data_dir, self.port = data_dir, port
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
        if not bins:
            sys.exit("PostgreSQL is not installed: `.ci/services start` installs it.")
        self.bin = bins[-1]
        self.version = f"PostgreSQL {bins[-1].parent.name}"

    def _run(self, *command, **kwargs):
        # PostgreSQL refuses to run as root: as root, its tools run as the postgres user.
        prefix = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        return subprocess.run([*prefix, *command], check=True, **kwargs)

    def start(self):
        pg = self.data_dir / "pg"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        (self.data_dir / "media").mkdir(exist_ok=True)
        if not (pg / "PG_VERSION").exists():
            pg.mkdir(exist_ok=True)
            if os.getuid() == 0:
                shutil.chown(pg, "postgres", "postgres")
            self._run(
                self.bin / "initdb", "-D", pg, "-U", "bulletsite", "-A", "trust", "--no-sync",
                stdout=subprocess.DEVNULL,
            )  # fmt: skip
        if os.getuid() == 0:
            shutil.chown(self.data_dir, "postgres", "postgres")
        options = (
            f"-p {self.port} -k {self.data_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c full_page_writes=off"
        )
        self._run(
            self.bin / "pg_ctl", "-D", pg, "-l", self.data_dir / "pg.log", "-w", "start",
            "-o", options, stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def stop(self):
        self._run(
            self.bin / "pg_ctl", "-D", self.data_dir / "pg", "-m", "fast", "-w", "stop",
            stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def url(self, database):
        return f"postgres://bulletsite@127.0.0.1:{self.port}/{database}"

    def execute(self, sql, database="postgres"):
        with psycopg.connect(self.url(database), autocommit=True) as connection:
            cursor = connection.execute(sql)
            return cursor.fetchall() if cursor.description else None

    def _marker(self, database):
        if not self.execute(f"SELECT 1 FROM pg_database WHERE datname = '{database}'"):
            return None
        rows = self.execute("SELECT to_regclass('bench_flat_build')::text", database)
        if not rows[0][0]:
            return None
        marker = "SELECT reviews, fingerprint, seconds FROM bench_flat_build"
        return self.execute(marker, database)[0]

    def built(self, database, size, fingerprint):
        marker = self._marker(database)
        return marker is not None and tuple(marker[:2]) == (size, fingerprint)

    def seconds(self, database):
        return self._marker(database)[2]

    def mark(self, database, size, fingerprint, seconds):
        self.execute(
            "CREATE TABLE bench_flat_build (reviews integer, fingerprint text, seconds real);"
            f"INSERT INTO bench_flat_build VALUES ({size}, '{fingerprint}', {seconds})",
            database,
        )

    def recreate(self, database, template=None):
        self.execute(f'DROP DATABASE IF EXISTS "{database}"')
        copying = f' TEMPLATE "{template}"' if template else ""
        self.execute(f'CREATE DATABASE "{database}"{copying}')


def _env(server, workdir, media):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | {
        "DJANGO_SETTINGS_MODULE": "bulletsite.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DJANGO_MEDIA_ROOT": str(media),  # the seed's posters, kept with the databases
        "DJANGO_CACHE_DIR": str(workdir / "cache"),
    }
    env.pop("REDIS_URL", None)
    _python(env, "manage.py", "collectstatic", "--no-input")
    return env


def _python(env, *command):
    run = subprocess.run(
        [sys.executable, *command], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    if run.returncode:
        sys.exit(f"{' '.join(command[:2])} failed:\n{run.stderr}")
    return run.stdout


def _fingerprint():
    """What the databases are built from: the seed, the migrations and scripts/bench_data.py."""
    digest = hashlib.sha256()
    files = [BASE_DIR / "scripts" / "bench_data.py", *sorted((BASE_DIR / "seed").rglob("*"))]
    files += sorted(BASE_DIR.glob("*/migrations/*.py"))
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(BASE_DIR)).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def _build_seed(server, env, fingerprint):
    print("Building the seeded database (migrate, load_seed)…")
    started = time.monotonic()
    server.recreate(SEED)
    env = env | {"DATABASE_URL": server.url(SEED)}
    _python(env, "manage.py", "migrate", "--no-input")
    _python(env, "manage.py", "load_seed")
    seconds = time.monotonic() - started
    server.mark(SEED, 0, fingerprint, seconds)
    return seconds


def _build(server, env, database, size, fingerprint):
    print(f"{size:,} reviews: building {database} from {SEED} with scripts/bench_data.py…")
    started = time.monotonic()
    server.recreate(database, template=SEED)
    server.execute("DROP TABLE bench_flat_build", database)
    printed = _python(
        env | {"DATABASE_URL": server.url(database)},
        "scripts/bench_data.py",
        "--reviews",
        str(size),
    )
    print(textwrap.indent(printed.rstrip(), "  "))
    seconds = time.monotonic() - started
    server.mark(database, size, fingerprint, seconds)
    return seconds


def _measure(sizes, urls, env, options):
    """Each page's median render, queries and size, at each size: {size: {page: result}}."""
    code = RENDERER.replace("MISS_COOKIE", repr(MISS_COOKIE))
    renderers = {
        size: subprocess.Popen(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=BASE_DIR,
            # A cache of its own per database: none serves another's pages or figures.
            env=env
            | {
                "DATABASE_URL": urls[size],
                "DJANGO_CACHE_DIR": f"{env['DJANGO_CACHE_DIR']}-{size}",
            },
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for size in sizes
    }

    def ask(size, command, path):
        renderer = renderers[size]
        renderer.stdin.write(f"{command} {path}\n")
        renderer.stdin.flush()
        answer = renderer.stdout.readline()
        if not answer:
            sys.exit(f"The renderer at {size:,} reviews stopped on {path}.")
        return json.loads(answer)

    results = {size: {} for size in sizes}
    try:
        for name, path in PAGES:
            for size in sizes:
                ask(size, "warm", path)
            times = {size: [] for size in sizes}
            for _ in range(options.renders):
                for size in sizes:
                    times[size].append(ask(size, "time", path))
            line = []
            for size in sizes:
                result = ask(size, "count", path)
                result["ms"] = statistics.median(times[size]) * 1000
                results[size][name] = result
                line.append(
                    f"{size:,}: {result['ms']:.1f} ms, {result['queries']} queries, "
                    f"{result['bytes'] / 1000:.1f} KB"
                )
            print(f"  {name}: " + "; ".join(line), flush=True)
    finally:
        for renderer in renderers.values():
            renderer.stdin.close()
            renderer.wait(timeout=60)
    return results


def _duration(seconds):
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.1f} min"


def _report(sizes, results, builds, load_average, version):
    small, large = sizes[0], sizes[-1]
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    lines = [
        "# Benchmarks: flat costs",
        "",
        f"Written by `scripts/bench_flat.py` (`make bench`) on {time.strftime('%Y-%m-%d')}: "
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {version}. "
        "Load average (1 min) when the renders began and ended: "
        f"{load_average[0]:.2f}, {load_average[1]:.2f} (the machine is shared: a render's time "
        "varies with it, which is why each page's renders alternate between the sizes).",
        "",
        "Each page of `scripts/bench.py` rendered missing the page cache (a `messages` cookie, as "
        "the bench's empty-cache mode sends) by Django's test client, a process per size with "
        "production settings (DEBUG off), every other cache warm: the median time of one render, "
        "the SQL queries of one, and its size. The databases hold the seed and "
        "`scripts/bench_data.py`'s crowd at each size (one review per member and film, about "
        "one helpful vote per review, a third of the members ranking the films). The target "
        f"(issue 29): at {large:,} reviews, every page within {TARGET}x of its time at {small:,}.",
        "",
        "| page | "
        + " | ".join(f"{size:,}: ms | queries | KB" for size in sizes)
        + f" | {large:,} / {small:,} | within {TARGET}x |",
        "| --- | " + " | ".join("---: | ---: | ---:" for _ in sizes) + " | ---: | --- |",
    ]
    for name, _ in PAGES:
        cells = []
        for size in sizes:
            result = results[size][name]
            status = "" if result["status"] == 200 else f" ({result['status']})"
            cells.append(
                f"{result['ms']:.1f}{status} | {result['queries']} | {result['bytes'] / 1000:.1f}"
            )
        ratio = results[large][name]["ms"] / results[small][name]["ms"]
        within = "yes" if ratio <= TARGET else "**no**"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {ratio:.2f}x | {within} |")
    lines += [
        "",
        "## Building the databases",
        "",
        f"The seed (`migrate`, `load_seed`): {_duration(builds['seed'])}; then "
        "`scripts/bench_data.py --reviews N` on a copy of it (PostgreSQL's COPY, then "
        "`rebuild_tallies` where it exists and `VACUUM ANALYZE`):",
        "",
        "| approved reviews | build |",
        "| ---: | ---: |",
        *(f"| {size:,} | {_duration(builds[size])} |" for size in sizes),
        "",
        "A database is reused by later runs while the seed, the migrations and the script are "
        "unchanged (`--rebuild` builds afresh).",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
