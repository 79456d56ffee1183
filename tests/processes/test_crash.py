"""A server killed mid-burst loses no committed review and leaves the database intact."""

import threading

import pytest

from tests.processes.conftest import Member

pytestmark = pytest.mark.processes

FILMS = ["lost-bullet", "lost-bullet-2", "last-bullet"]
MEMBERS = 12
# The kill comes once this many of the burst's 36 reviews are acknowledged: the rest are on their
# way or still to come.
KILL_AFTER = 8


def test_kill_9_during_a_burst_of_writes_loses_nothing_committed(site):
    site.start()
    members = [Member(site, key) for key in site.members(MEMBERS)]
    committed, cut_off, lock = [], [], threading.Lock()
    enough_committed = threading.Event()

    def write(member, number):
        for film in FILMS:
            path = f"/en/films/{film}/review/"
            try:
                token = member.csrf(path)
                status, _ = member.request(
                    path,
                    {"rating": "7", "title": f"Burst {number} {film}", "body": "x" * 40},
                    csrf=token,
                )
            except (OSError, AssertionError):
                with lock:
                    cut_off.append(number)
                return  # the server is gone
            if status == 302:
                with lock:
                    committed.append(f"Burst {number} {film}")
                    if len(committed) >= KILL_AFTER:
                        enough_committed.set()

    threads = [threading.Thread(target=write, args=(m, n)) for n, m in enumerate(members)]
    for thread in threads:
        thread.start()
    # The timeout only stops a broken site from hanging the test.
    assert enough_committed.wait(timeout=120), f"only {len(committed)} reviews acknowledged"
    site.kill()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    assert cut_off, "the kill came while members were still writing"

    site.start()
    titles = {title for (title,) in site.query("SELECT title FROM reviews_userreview")}
    assert len(committed) >= KILL_AFTER
    assert set(committed) <= titles
    assert site.query("PRAGMA integrity_check") == [("ok",)]
    status, html = Member(site, "").request("/en/films/lost-bullet/")
    assert status == 200 and "Lost Bullet" in html
