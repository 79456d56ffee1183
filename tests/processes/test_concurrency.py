"""Twenty members writing at the same moment: everyone succeeds or is told why; nothing is lost."""

import threading

import pytest

from tests.processes.conftest import Member

pytestmark = pytest.mark.processes

REVIEW = {
    "rating": "8",
    "title": "Written at the same moment",
    "body": "Twenty of us pressed send together and every word arrived.",
}


def at_once(calls):
    """Run the calls in threads released together; return their results in order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        barrier.wait()
        results[index] = call()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_twenty_members_review_and_flag_at_the_same_moment(site):
    site.start()
    members = [Member(site, key) for key in site.members(20)]
    path = "/en/films/lost-bullet-2/review/"
    tokens = [member.csrf(path) for member in members]

    results = at_once(
        [
            lambda m=m, t=t: m.request(path, REVIEW, csrf=t)
            for m, t in zip(members, tokens, strict=True)
        ]
    )

    statuses = [status for status, _ in results]
    assert all(status in (302, 429) for status in statuses), statuses
    assert not any("database is locked" in body for _, body in results)
    saved = site.query("SELECT COUNT(*) FROM reviews_userreview")[0][0]
    assert saved == statuses.count(302) >= 1
    # Approve them all, then every member reports someone else's review at once.
    site.query("UPDATE reviews_userreview SET status = 'approved'")
    ids = [row[0] for row in site.query("SELECT id FROM reviews_userreview ORDER BY id")]
    flag_tokens = [member.csrf("/en/films/lost-bullet-2/") for member in members]
    flags = at_once(
        [
            lambda m=m, t=t, i=i: m.request(
                f"/en/reviews/{ids[i % len(ids)]}/flag/", {"reason": "spam"}, csrf=t
            )
            for i, (m, t) in enumerate(zip(members, flag_tokens, strict=True))
        ]
    )
    assert all(status in (302, 429) for status, _ in flags), [s for s, _ in flags]
    assert site.query("PRAGMA integrity_check") == [("ok",)]


def test_the_same_member_submitting_twice_at_once_ends_with_one_review(site):
    site.start()
    (key,) = site.members(1)
    member = Member(site, key)
    path = "/en/films/last-bullet/review/"
    token = member.csrf(path)
    results = at_once([lambda: member.request(path, REVIEW, csrf=token) for _ in range(2)])
    assert all(status == 302 for status, _ in results), results
    assert site.query("SELECT COUNT(*) FROM reviews_userreview") == [(1,)]
