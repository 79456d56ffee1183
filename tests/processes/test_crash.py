"""A server killed mid-burst loses no committed review and leaves the database intact."""

import threading
import time

import pytest

from tests.processes.conftest import Member

pytestmark = pytest.mark.processes


def test_kill_9_during_a_burst_of_writes_loses_nothing_committed(site):
    site.start()
    members = [Member(site, key) for key in site.members(12)]
    films = ["lost-bullet", "lost-bullet-2", "last-bullet"]
    committed, lock = [], threading.Lock()

    def write(member, number):
        for film in films:
            path = f"/films/{film}/review/"
            try:
                token = member.csrf(path)
                status, _ = member.request(
                    path,
                    {"rating": "7", "title": f"Burst {number} {film}", "body": "x" * 40},
                    csrf=token,
                )
            except (OSError, AssertionError):
                return  # the server is gone
            if status == 302:
                with lock:
                    committed.append(f"Burst {number} {film}")

    threads = [threading.Thread(target=write, args=(m, n)) for n, m in enumerate(members)]
    for thread in threads:
        thread.start()
    time.sleep(0.8)
    site.kill()
    for thread in threads:
        thread.join(timeout=60)

    site.start()
    titles = {title for (title,) in site.query("SELECT title FROM reviews_userreview")}
    assert committed, "some writes were acknowledged before the kill"
    assert set(committed) <= titles
    assert site.query("PRAGMA integrity_check") == [("ok",)]
    status, html = Member(site, "").request("/films/lost-bullet/")
    assert status == 200 and "Lost Bullet" in html
