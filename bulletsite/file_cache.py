"""The embedded default's shared cache: Django's file cache, counting its files less often."""

import itertools

from django.core.cache.backends.filebased import FileBasedCache

# Writes between two counts of the cache's files; the cache may run over its MAX_ENTRIES by
# as many writes per worker, which a few hundred kilobytes of disk absorbs.
CULL_CHECK_EVERY = 100


class FileCache(FileBasedCache):
    """Django's FileBasedCache lists its whole directory at every write to decide whether to
    cull, which with a few thousand pages kept costs a page render 15 ms or more (two writes:
    the render lock and the page). This one counts at one write in CULL_CHECK_EVERY."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._writes = itertools.count(1)

    def _cull(self):
        if next(self._writes) % CULL_CHECK_EVERY == 0:
            super()._cull()
