"""What the site tells a caching proxy in front (deploy/nginx.conf), and the bench's stock page."""

import re
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.urls import Resolver404, resolve

from tests.factories import make_user

NGINX_CONF = Path(settings.BASE_DIR) / "deploy" / "nginx.conf"


def _expiry(response):
    value = response.get("X-Accel-Expires", "")
    return int(value[1:]) if value.startswith("@") else None


def test_anonymous_pages_may_be_kept_by_the_proxy_until_the_end_of_this_second(client, seeded):
    before = int(time.time())
    response = client.get("/en/films/lost-bullet/")
    assert response.status_code == 200
    assert before <= _expiry(response) <= int(time.time())
    # A copy from the page cache too.
    assert _expiry(client.get("/en/films/lost-bullet/")) is not None


def test_a_slow_page_expires_with_the_second_its_request_came_in(client, seeded, monkeypatch):
    """A page read from the database at the start of second 100 and sent in second 102 must
    not be kept through 102: writes made meanwhile would stay hidden for over a second."""
    clock = iter([100.9, 102.2])
    monkeypatch.setattr(
        "bulletsite.middleware.time", SimpleNamespace(time=lambda: next(clock, 102.9))
    )
    response = client.get("/en/films/lost-bullet/")
    assert response.status_code == 200
    assert _expiry(response) == 100


def test_no_proxy_keeps_a_members_page_or_one_that_sets_a_cookie(client, seeded):
    # A message waiting: the response deletes its cookie.
    client.cookies["messages"] = "stale"
    assert _expiry(client.get("/en/films/lost-bullet/")) is None
    del client.cookies["messages"]
    client.force_login(make_user())
    assert _expiry(client.get("/en/films/lost-bullet/")) is None


def test_the_stock_page_is_the_benchs_alone(client, seeded, settings):
    with pytest.raises(Resolver404):
        resolve("/bench/stock/")
    settings.ROOT_URLCONF = "bulletsite.bench_urls"
    response = client.get("/bench/stock/")
    assert response.status_code == 200
    assert 0 < response.content.count(b"<tr><td>") <= 30
    assert client.get("/en/films/lost-bullet/").status_code == 200


def test_the_nginx_template_keeps_no_personal_page():
    conf = NGINX_CONF.read_text()
    assert f"({settings.SESSION_COOKIE_NAME}|messages)=" in conf.replace(
        "@SESSION_COOKIE@", "sessionid"
    )
    assert re.search(r"proxy_cache_bypass \$personal_request;", conf)
    assert re.search(r"proxy_no_cache \$personal_request \$private_response;", conf)
    # Responses that set a cookie stay uncached: nginx's default, unless Set-Cookie is ignored.
    assert "Set-Cookie" not in re.search(r"proxy_ignore_headers ([^;]*);", conf)[1]
    assert "proxy_cache_valid 200 404 1s;" in conf


@pytest.mark.parametrize("url", ["/en/films/lost-bullet/", "/sitemap.xml", "/en/reviews/feed/"])
def test_a_copy_from_the_page_cache_says_its_length(client, seeded, url):
    """A copy answered before CommonMiddleware still carries Content-Length: sent chunked, it
    makes a proxy that keeps connections alive wait on its end."""
    client.get(url)
    response = client.get(url)
    assert response["ETag"]  # the page cache's copy
    assert int(response["Content-Length"]) == len(response.content)


def test_the_proxy_leaves_waiting_for_a_render_to_the_app_servers():
    """nginx's cache lock wakes a waiting reader every 500 ms, however soon the page comes: the
    app servers' own wait (pagecache/pages.py) is the one that stands."""
    settings_lines = [line.split("#")[0].strip() for line in NGINX_CONF.read_text().splitlines()]
    assert "proxy_cache_lock off;" in settings_lines
