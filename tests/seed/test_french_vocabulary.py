"""The seed's French uses one word for one thing, and quotes no English inside a French
sentence: a critic's words in English belong in the review's quotation, with its translation."""

import re

from seed.french import FRENCH

# One word for each thing, the one on the left; the variants on the right are refused.
VOCABULARY = {
    "frère d’accueil": ["frère adoptif", "frère d’adoption", "frère d'adoption", "demi-frère"],
    "stups": ["Stupéfiants", "Stups", "narcotiques"],
    "remettre à la police allemande": ["mutation"],
}
ENGLISH_WORDS = re.compile(r"\b(the|and|of|with|is|that|one|in a)\b")
FRENCH_QUOTATION = re.compile(r"«([^»]*)»")


def test_one_word_for_one_thing():
    found = [
        f"“{variant}” (we write “{word}”): {text[:80]}…"
        for text in FRENCH.values()
        for word, variants in VOCABULARY.items()
        for variant in variants
        if variant in text
    ]
    assert not found, "\n".join(found)


def test_no_english_quoted_inside_french_prose():
    found = [
        quoted
        for text in FRENCH.values()
        for quoted in FRENCH_QUOTATION.findall(text)
        if ENGLISH_WORDS.search(quoted)
    ]
    assert not found, "\n".join(found)
