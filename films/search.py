"""How search compares words: accents, case and curly apostrophes set aside."""

import unicodedata


def fold(text):
    """Reduce text to what search compares: no accents, no case, one kind of apostrophe."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.replace("\u2019", "'").casefold()
