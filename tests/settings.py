"""Test settings: the real ones, with a fast password hasher and media served for the browser."""

import atexit
import shutil
import tempfile

from bulletsite.settings import *  # noqa: F403

# Each test session gets cache folders of its own, apart from the development server's.
for _alias, _cache in CACHES.items():  # noqa: F405
    if _cache["BACKEND"].endswith("FileCache"):
        _cache["LOCATION"] = tempfile.mkdtemp(prefix=f"bulletsite-test-cache-{_alias}-")
        atexit.register(shutil.rmtree, _cache["LOCATION"], ignore_errors=True)

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SERVE_MEDIA = True
