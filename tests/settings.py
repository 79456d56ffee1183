"""Test settings: the real ones, with a fast password hasher and media served for the browser."""

import tempfile

from bulletsite.settings import *  # noqa: F403

# Each test session gets a cache folder of its own, apart from the development server's.
if CACHES["default"]["BACKEND"].endswith("FileCache"):  # noqa: F405
    CACHES["default"]["LOCATION"] = tempfile.mkdtemp(prefix="bulletsite-test-cache-")  # noqa: F405

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SERVE_MEDIA = True
