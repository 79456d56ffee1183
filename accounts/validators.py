"""Usernames: the rules members read and the validators allauth and `createeditor` apply."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# Usernames are public (bylines, /members/<username>/), so they are plain ASCII: never an
# email address, and no letter of another script that passes for a Latin one ("аdmin" with a
# Cyrillic "а").
USERNAME_RULES = _(
    "Use 3 to 30 letters a–z, digits, dots, hyphens or underscores, starting with a letter or "
    "digit. Your username is shown on your reviews, so it cannot be an email address."
)

username_validators = [
    RegexValidator(r"\A[A-Za-z0-9][A-Za-z0-9._-]{2,29}\Z", USERNAME_RULES, code="invalid"),
]
