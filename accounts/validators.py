"""Members' words: the rules for usernames that members read and that allauth and
`createeditor` apply, and the rule for any text a member writes, which every form taking it
applies."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# Usernames are public (bylines, /members/<username>/), so they are plain ASCII: never an
# email address, and no letter of another script that passes for a Latin one ("аdmin" with a
# Cyrillic "а").
USERNAME_RULES = _(
    "Use 3 to 30 letters a–z, digits, dots, hyphens or underscores, starting with a letter or "
    "digit. Your username is shown on your reviews, so it cannot be an email address."
)

# The rule as a browser applies it (the HTML pattern attribute matches the whole value).
USERNAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{2,29}"
USERNAME_MAX_LENGTH = 30

username_validators = [
    RegexValidator(rf"\A{USERNAME_PATTERN}\Z", USERNAME_RULES, code="invalid"),
]


# Characters that no page or feed can carry: C0 controls but tab, line feed and carriage return,
# which XML 1.0 forbids (a feed holding one cannot be written); DEL and the C1 controls, which
# HTML reports as errors; lone surrogates and the noncharacters (U+FFFE, U+FDD0…). They are
# invisible, so a member who pasted one cannot see it: the message names it and where it is. NUL
# is left to Django's own validator on every CharField, so that it is not reported twice.
_XML_ILLEGAL = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
)
UNSHOWABLE = re.compile(f"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")
XML_ILLEGAL = re.compile(f"[{_XML_ILLEGAL}]")


def member_text_validator(text):
    """Refuse text holding a character that a page or a feed cannot carry."""
    if found := UNSHOWABLE.search(text):
        raise ValidationError(
            _(
                "This holds an invisible character that cannot be shown (U+%(code)04X, "
                "character %(position)s). Remove it: it often comes with text pasted from "
                "another program."
            ),
            code="unshowable",
            params={"code": ord(found.group()), "position": found.start() + 1},
        )


def xml_legal(text):
    """Return text without the characters XML 1.0 forbids, for a feed to write text stored
    before members' text was checked at the door."""
    return XML_ILLEGAL.sub("", text)
