"""Test settings: the real ones, with a fast password hasher and media served for the browser."""

from bulletsite.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SERVE_MEDIA = True
