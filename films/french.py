"""What French writes its own way around the names the site prints: elision before a name
(« dans le rôle d’Areski », not « de Areski ») and the order French readers sort names in
(« Gérard » before « Guillaume »)."""

import re
import unicodedata

from django.db.models import F
from django.db.models.functions import Collate
from django.utils.translation import get_language

# The words French elides before a vowel or a mute h, and what each becomes.
ELIDED = {"de": "d’", "le": "l’", "la": "l’", "que": "qu’"}
# A name that opens with a vowel sound: a vowel, an h (taken as mute, as in most first names:
# « d’Hélène », « d’Henri »), or a y before a consonant (« d’Yves », but « de Yann »).
VOWEL_SOUND = re.compile(r"(?:[AEIOUÆŒH]|Y(?![AEIOU]))", re.IGNORECASE)
# The French word before a name, the tags that may close and open between them, and the name's
# first letter: a capital only, so that words a translator wrote in full are left as they are.
BEFORE_A_NAME = re.compile(
    r"\b(?P<word>[Dd]e|[Ll][ea]|[Qq]ue)(?P<closing>(?:</[^>]+>)*) (?P<opening>(?:<[^>]+>)*)"
    r"(?=[A-ZÀ-ÖØ-ÞŒ])"
)

# The collation names are sorted in: PostgreSQL's ICU French; on SQLite, the function that
# FilmsConfig registers under the same name (see sqlite_collation).
COLLATION = "fr-x-icu"


def starts_with_vowel_sound(name):
    bare = unicodedata.normalize("NFKD", name.lstrip("«“\"' "))
    return bool(VOWEL_SOUND.match(bare))


def elide(text):
    """Elide « de », « le », « la » and « que » before a name that opens with a vowel sound,
    in French only: "dans le rôle de <a>Areski</a>" becomes "dans le rôle d’<a>Areski</a>"."""
    if not (get_language() or "").startswith("fr"):
        return text

    def replace(match):
        rest = text[match.end() :]
        if not starts_with_vowel_sound(rest):
            return match.group(0)
        word = match.group("word")
        elided = ELIDED[word.lower()]
        if word[0].isupper():
            elided = elided[0].upper() + elided[1:]
        return elided + match.group("closing") + match.group("opening")

    return BEFORE_A_NAME.sub(replace, text)


def sort_key(name):
    """Sort names as a French reader does: accents, case and apostrophes do not count first
    (« Gérard » comes before « Guillaume »), and break ties the ordinary way."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return (bare.casefold().replace("’", "'"), name)


def sqlite_collation(first, second):
    """Compare two names as sort_key does, for SQLite (which has no French collation)."""
    a, b = sort_key(first), sort_key(second)
    return (a > b) - (a < b)


def by_name(field="name"):
    """Order by a name as French readers sort: for order_by() and Meta.ordering."""
    return Collate(F(field), COLLATION).asc()
