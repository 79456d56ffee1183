"""An editor's save is seen by every worker process on the very next request."""

import pytest

from tests.processes.conftest import Member, Site

pytestmark = pytest.mark.processes

EDIT = (
    "from films.models import Film\n"
    "film = Film.objects.get(slug='lost-bullet')\n"
    "film.synopsis = 'Changed by an editor in another process.'\n"
    "film.save()\n"
)


def test_cache_invalidation_reaches_every_worker(tmp_path):
    site = Site(tmp_path, workers=2)
    site.prepare()
    site.start()
    try:
        visitor = Member(site, "")
        first = [visitor.request("/films/lost-bullet/") for _ in range(12)]
        assert all("Changed by an editor" not in html for _, html in first)
        pids = {int(pid) for pid in site.worker_pids()}
        assert len(pids) == 2

        site.manage("shell", "-c", EDIT)

        after = [visitor.request("/films/lost-bullet/") for _ in range(12)]
        assert all(status == 200 for status, _ in after)
        assert all("Changed by an editor in another process." in html for _, html in after)
    finally:
        site.stop()
