"""Measure the site under load, as production runs it, and write docs/benchmarks.md.

A development script, run by `make bench`: it builds its own database, serves it with gunicorn
and loads it with wrk.
"""

import argparse
import json
import os
import platform
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

PAGES = [
    ("home", "/"),
    ("film page", "/films/lost-bullet/"),
    ("review list, filtered", "/reviews/?film=lost-bullet&verdict=positive"),
    ("search", "/search/?q=lenoir"),
    ("person page", "/people/alban-lenoir/"),
    ("feed", "/reviews/feed/"),
    ("sitemap", "/sitemap.xml"),
]
CONNECTIONS = 8
WORKERS = 4

WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "errors": %d, "p50": %d, "p95": %d, "p99": %d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""

QUERY_COUNT = """
import json
from django.core.cache import cache
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
    counts[path] = [len(cold), len(cached)]
print(json.dumps(counts))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=6, help="Load per page (seconds).")
    parser.add_argument("--output", default=str(BASE_DIR / "docs" / "benchmarks.md"))
    options = parser.parse_args()
    seconds, output = options.seconds, options.output
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: run `make bench`, which installs it.")
    workdir = Path(tempfile.mkdtemp(prefix="bulletsite-bench-"))
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | {
        "DJANGO_SETTINGS_MODULE": "bulletsite.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}"),
    }

    def python(*command):
        return subprocess.run(
            [sys.executable, *command],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    print("Building the benchmark database…")
    for command in (
        ["manage.py", "migrate", "--no-input"],
        ["manage.py", "createcachetable"],
        ["manage.py", "load_seed"],
        ["scripts/bench_data.py"],
        ["manage.py", "collectstatic", "--no-input"],
    ):
        python(*command)
    manifest = json.loads((workdir / "static" / "staticfiles.json").read_text())
    static_path = "/static/" + manifest["paths"]["css/site.css"]

    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "bulletsite.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base + "/robots.txt")
        script = workdir / "report.lua"
        script.write_text(WRK_REPORT)
        results = []
        for name, path in [("static file (baseline)", static_path), *PAGES]:
            urllib.request.urlopen(base + path, timeout=30).read()  # warm the cache
            run = subprocess.run(
                [
                    "wrk",
                    "-t2",
                    f"-c{CONNECTIONS}",
                    f"-d{seconds}s",
                    "-s",
                    str(script),
                    base + path,
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            figures = json.loads(run.stdout.strip().splitlines()[-1])
            figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
            results.append((name, path, figures))
            print(f"  {name}: {figures['rps']:.0f} req/s")
        memory = _worker_memory(server.pid)
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
    code = QUERY_COUNT.replace("PATHS", repr([path for _, path in PAGES]))
    queries = json.loads(python("manage.py", "shell", "-c", code).strip().splitlines()[-1])
    report = _report(results, queries, memory, seconds, env["DATABASE_URL"])
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    Path(output).write_text(report)
    shutil.rmtree(workdir, ignore_errors=True)
    print(f"Results written to {output}")


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
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


def _report(results, queries, memory, seconds, database):
    baseline = results[0][2]["rps"]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores, "
        f"{platform.machine()}, Python {platform.python_version()}, "
        f"database `{database.split(':', 1)[0]}`.",
        f"gunicorn with {WORKERS} sync workers and production settings (DEBUG off), wrk with "
        f"{CONNECTIONS} connections for {seconds} s per page, on loopback. The database holds "
        "the seed content plus 3,334 members, 10,000 approved community reviews and 200 critic "
        "reviews.",
        "",
        "How to read it: *share of static* is the page's throughput divided by that of a static "
        "file served by the same gunicorn and WhiteNoise; the targets are at least 30% and a p95 "
        "under 50 ms. *Queries* counts the SQL queries of one anonymous request, first with the "
        "page cache empty (as after an edit), then once the page is cached, as visitors mostly "
        "get it.",
        "",
        "| page | requests/s | share of static | p50 ms | p95 ms | p99 ms | errors "
        "| queries (empty cache) | queries (cached) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path, figures in results:
        share = figures["rps"] / baseline
        cold, cached = queries.get(path, ("—", "—"))
        lines.append(
            f"| {name} (`{path}`) | {figures['rps']:.0f} | {share:.0%} | "
            f"{figures['p50'] / 1000:.1f} | {figures['p95'] / 1000:.1f} | "
            f"{figures['p99'] / 1000:.1f} | {figures['errors']} | {cold} | {cached} |"
        )
    lines += [
        "",
        "Resident memory of the gunicorn workers after the run: "
        + ", ".join(f"{size:.0f} MB" for size in memory)
        + ".",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
