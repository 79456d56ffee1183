"""Two app servers share one database and one cache folder, as two machines behind a proxy share
them: a write through one is seen on the next request to either, by a member at once and by an
anonymous reader with no stale copy of the page."""

import json
import re

import pytest

from tests.processes.conftest import MAKE_MEMBERS, Member, Site

pytestmark = pytest.mark.processes

FILM = "/en/films/lost-bullet/"
REVIEW = {
    "rating": "8",
    "title": "Seen on both servers",
    "body": "Written through one app server, read through the other one straight away.",
}
# Three members: an author, a reader who votes, and a moderator (staff, in Moderators).
MAKE_PEOPLE = MAKE_MEMBERS.replace("int(sys.argv[1])", "3") + (
    "from django.contrib.auth.models import Group\n"
    "moderator = User.objects.get(username='member2')\n"
    "moderator.is_staff = True\n"
    "moderator.save()\n"
    "moderator.groups.add(Group.objects.get(name='Moderators'))\n"
)


def card(html, pk):
    """The community review's card on a page, or "" if the page does not show it."""
    found = re.search(rf'<article class="user-review" id="review-{pk}">.*?</article>', html, re.S)
    return found.group(0) if found else ""


def page(client, path=FILM):
    status, html = client.request(path)
    assert status == 200, (client.site.url, path, status)
    return html


def test_a_write_through_one_server_is_seen_at_once_through_the_other(prepared_site, tmp_path):
    a = prepared_site.copy(tmp_path, workers=1)
    b = Site(tmp_path, workers=1)  # the same database file, media and cache folders
    assert (b.database, b.media, b.env) == (a.database, a.media, a.env)
    made = a.manage("shell", "-c", MAKE_PEOPLE)
    author_key, voter_key, moderator_key = json.loads(made.strip().splitlines()[-1])
    try:
        a.start()
        b.start()
        anonymous = {a: Member(a, ""), b: Member(b, "")}
        author = {server: Member(server, author_key) for server in (a, b)}
        voter = {server: Member(server, voter_key) for server in (a, b)}
        moderator = Member(a, moderator_key)

        # The author submits a review through A; at once, B shows it to them, awaiting
        # moderation, and to nobody else.
        path = FILM + "review/"
        status, _ = author[a].request(path, REVIEW, csrf=author[a].csrf(path))
        assert status == 302
        ((pk,),) = a.query("SELECT id FROM reviews_userreview")
        assert REVIEW["title"] in page(author[b])
        # Both servers now hold the anonymous page, each read twice: the copy is served.
        for server in (a, b, a, b):
            assert not card(page(anonymous[server]), pk)

        # A moderator approves it through A's admin; the very next anonymous request to either
        # server shows it.
        changelist = "/admin/reviews/userreview/"
        csrf = moderator.csrf(changelist)
        status, _ = moderator.request(
            changelist,
            {"action": "approve", "_selected_action": str(pk), "confirm": "yes", "index": "0"},
            csrf=csrf,
        )
        assert status == 302
        assert a.query(f"SELECT status FROM reviews_userreview WHERE id = {pk}") == [("approved",)]
        for server in (b, a):
            shown = card(page(anonymous[server]), pk)
            assert REVIEW["title"] in shown, server.url
            assert "0 found this helpful" in shown, server.url
        for server in (a, b):  # both servers hold the new copy again
            assert card(page(anonymous[server]), pk)

        # A member marks it helpful through A: at once they see their mark through B, and an
        # anonymous reader sees the count through both.
        status, _ = voter[a].request(
            f"/en/reviews/{pk}/helpful/", {"helpful": "yes"}, csrf=voter[a].csrf(FILM)
        )
        assert status == 302
        mine = card(page(voter[b]), pk)
        assert "You found it helpful" in mine
        assert "1 found this helpful" in mine
        for server in (b, a):
            shown = card(page(anonymous[server]), pk)
            assert "1 found this helpful" in shown, server.url
            assert "You found it helpful" not in shown, server.url
    finally:
        a.stop()
        b.stop()
