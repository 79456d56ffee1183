"""A page's copy is kept for the query parameters it reads: others make no copy of their own,
and page traffic, however varied, never evicts rate-limit counters."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from pagecache.versions import page_cache
from tests.caches import LOCAL_CACHES, clear_caches
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def local_cache(settings):
    settings.CACHES = LOCAL_CACHES
    clear_caches()


@pytest.mark.parametrize(
    ("name", "kwargs", "read"),
    [
        ("films:film-list", {}, "ordering=-release"),
        ("films:film-detail", {"slug": "lost-bullet"}, "order=newest"),
        ("reviews:review-list", {}, "page=2"),
        ("search:search", {}, "q=chase"),
        ("home", {}, None),
    ],
)
def test_unknown_parameters_share_one_copy_and_read_ones_get_their_own(
    client, seeded, django_assert_num_queries, name, kwargs, read
):
    url = reverse(name, kwargs=kwargs)
    base = f"{url}?{read}" if read else url
    client.get(base)
    for extra in ("utm_source=mail", "x=1", "x=2&utm_campaign=%C0"):
        joiner = "&" if "?" in base else "?"
        with django_assert_num_queries(0):
            response = client.get(f"{base}{joiner}{extra}")
        assert response.status_code == 200
        assert "utm_" not in response.content.decode() and "x=1" not in response.content.decode()
    if read:
        with django_assert_num_queries(0):  # the same parameters in another order
            client.get(f"{url}?x=1&{read}")
        assert client.get(url).content != client.get(base).content  # its own copy


def test_a_page_rendered_with_unknown_parameters_carries_none_in_its_links(client, seeded):
    html = client.get(reverse("reviews:review-list") + "?kind=critic&tracking=abc").content
    assert b"tracking" not in html
    assert b"kind=critic" in html  # the filters the page reads survive into its links


def test_parameter_order_does_not_matter(client, seeded, django_assert_num_queries):
    url = reverse("reviews:review-list")
    client.get(f"{url}?kind=critic&page=2")
    with django_assert_num_queries(0):
        client.get(f"{url}?page=2&kind=critic")


def test_a_login_lockout_survives_a_flood_of_unique_search_addresses(client, seeded, settings):
    settings.CACHES = {
        **LOCAL_CACHES,
        "pages": LOCAL_CACHES["pages"] | {"OPTIONS": {"MAX_ENTRIES": 20}},
    }
    clear_caches()
    make_user(email="julia@example.com", username="julia", password="lost-bullet-renault-21")
    login = reverse("account_login")
    for _ in range(5):
        client.post(login, {"login": "julia@example.com", "password": "wrong"})
    counters = len(cache._cache)
    for n in range(60):  # three times what the page cache holds
        assert client.get(reverse("search:search"), {"q": f"query {n}"}).status_code == 200
    assert len(page_cache()._cache) <= 20  # the page cache culled…
    assert len(cache._cache) == counters  # …but page traffic wrote nothing among the counters
    response = client.post(
        login, {"login": "julia@example.com", "password": "lost-bullet-renault-21"}
    )
    assert "Too many failed login attempts" in response.content.decode()
