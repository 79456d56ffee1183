"""Find where our prose repeats a source document word for word.

Words are compared ignoring case, accents and punctuation. Text inside curly quotation marks
(“…”, or « … » in French) is a quotation, attributed where it stands, and is not checked.
Names (of people, characters, films, companies, places) are left out before comparing, so that
a cast list is not taken for a copied sentence; the words around them still count.
"""

import re
import unicodedata

RUN_LENGTH = 8
QUOTATION = re.compile(r"“[^”]*”|«[^»]*»")


def words(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text)


# Words of names that are also everyday words, or figures: they stay in the comparison.
COMMON_WORDS = {"2", "3", "s", "across", "films", "last", "new", "production", "region", "the"}


def name_words(names):
    """The words of proper names, lower-cased and folded like the text."""
    found = set()
    for name in names:
        found |= set(words(name))
    return found - COMMON_WORDS


def runs(word_list, length=RUN_LENGTH, names=frozenset()):
    word_list = [word for word in word_list if word not in names]
    return {tuple(word_list[i : i + length]) for i in range(max(len(word_list) - length + 1, 0))}


def shared_runs(text, documents_runs, length=RUN_LENGTH, names=frozenset()):
    """The runs of `length` words of `text`, quotations and names left out, found in the
    documents."""
    found = []
    for part in QUOTATION.split(text):
        found += [
            " ".join(run) for run in runs(words(part), length, names) if run in documents_runs
        ]
    return found


def documents_runs(texts, length=RUN_LENGTH, names=frozenset()):
    found = set()
    for text in texts:
        found |= runs(words(text), length, names)
    return found


def seed_names():
    """Every proper name the seed knows, for `names` above."""
    from seed import content

    names = [film["title"] for film in content.FILMS]
    names += [film["original_title"] for film in content.FILMS]
    names += [person["name"] for person in content.PEOPLE]
    names += [character["name"] for character in content.CHARACTERS]
    names += [character.get("full_name", "") for character in content.CHARACTERS]
    names += list(content.COMPANIES.values()) + list(content.CRITICS.values())
    names += [name for name, _url in content.PUBLICATIONS.values()]
    for film in content.FILMS:
        for location in film["filming_locations"]:
            names += [location["place"], location["region"], location["country"]]
    return name_words(names)
