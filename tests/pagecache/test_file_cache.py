from unittest import mock

from pagecache.file_cache import CULL_CHECK_EVERY, FileCache


def make_cache(directory, max_entries):
    return FileCache(str(directory), {"OPTIONS": {"MAX_ENTRIES": max_entries, "CULL_FREQUENCY": 2}})


def test_writes_between_checks_do_not_list_the_directory(tmp_path):
    cache = make_cache(tmp_path, max_entries=1000)
    with mock.patch.object(cache, "_list_cache_files", wraps=cache._list_cache_files) as listing:
        for n in range(CULL_CHECK_EVERY - 1):
            cache.set(f"page-{n}", "x")
        assert listing.call_count == 0
        cache.set("one-more", "x")
        assert listing.call_count == 1


def test_a_full_cache_is_still_culled(tmp_path):
    cache = make_cache(tmp_path, max_entries=10)
    for n in range(CULL_CHECK_EVERY):
        cache.set(f"page-{n}", "x")
    assert len(list(tmp_path.glob("*.djcache"))) < CULL_CHECK_EVERY
    assert cache.get(f"page-{CULL_CHECK_EVERY - 1}") == "x"  # the write after the cull is kept
