"""The embedded default's shared cache: Django's file cache, counting its files less often."""

import itertools

from django.core.cache.backends.filebased import FileBasedCache

# Writes between two counts of the cache's files; the cache may run over its MAX_ENTRIES by
# as many writes per worker, which a few hundred kilobytes of disk absorbs.
CULL_CHECK_EVERY = 100


class FileCache(FileBasedCache):
    """Django's FileBasedCache lists its whole directory at every write to decide whether to
    cull, which with a few thousand pages kept costs a page render 15 ms or more (two writes:
    the render lock and the page). This one counts at one write in CULL_CHECK_EVERY.

    `_cull` is private, and overriding it in a subclass is still the smallest correct change:
    no setting turns the count off, and the libraries that replace the backend whole (a SQLite
    cache such as diskcache) trade a folder any worker reads for another database. Nothing is
    patched: Django's own class is untouched, and only this backend depends on the name. If
    Django renames `_cull` or calls it differently, every write lists the folder again (slower,
    never wrong) or the call fails loudly; tests/pagecache/test_file_cache.py notices either,
    as it counts the listings between two checks and that a full cache is still culled.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._writes = itertools.count(1)

    def _cull(self):
        if next(self._writes) % CULL_CHECK_EVERY == 0:
            super()._cull()
