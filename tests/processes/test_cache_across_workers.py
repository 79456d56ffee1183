"""An editor's save is seen by every worker process on the very next request."""

import socket

import pytest

from tests.processes.conftest import Member

pytestmark = pytest.mark.processes

EDIT = (
    "from films.models import Film\n"
    "film = Film.objects.get(slug='lost-bullet')\n"
    "film.synopsis = 'Changed by an editor in another process.'\n"
    "film.save()\n"
)


def from_both_workers(site, path):
    """Fetch a page from each of the site's two workers; return the two pages.

    A worker serves one request at a time and reads it whole first. The first request is sent
    without its final blank line, so the worker that takes it waits; the second request can
    only be served by the other worker. Then the first request is finished.
    """
    with socket.create_connection(("127.0.0.1", site.port), timeout=60) as held:
        held.sendall(f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{site.port}\r\n".encode())
        status, other = Member(site, "").request(path)
        assert status == 200
        held.sendall(b"\r\n")
        response = b""
        while chunk := held.recv(65536):
            response += chunk
    head, _, body = response.decode().partition("\r\n\r\n")
    assert head.startswith("HTTP/1.0 200"), head
    return [body, other]


def test_cache_invalidation_reaches_every_worker(prepared_site, tmp_path):
    site = prepared_site.copy(tmp_path, workers=2)
    site.start()
    try:
        before = from_both_workers(site, "/en/films/lost-bullet/")
        assert all("Lost Bullet" in page for page in before)
        assert not any("Changed by an editor" in page for page in before)

        site.manage("shell", "-c", EDIT)

        after = from_both_workers(site, "/en/films/lost-bullet/")
        assert all("Changed by an editor in another process." in page for page in after)
    finally:
        site.stop()
