"""The French edition of the seed's prose, written for bulletsite in French (not translated word
for word), keyed by the English text it stands beside: the loader looks each English string up
here and fills the field's French column. An English string with no entry (new, or changed
since) loads with its French left blank; pages then show the English with a note, and the admin
lists it among the missing translations.
"""

from seed.french import articles, films, people_and_characters, trilogy

FRENCH = {
    **people_and_characters.FRENCH,
    **films.FRENCH,
    **articles.FRENCH,
    **trilogy.FRENCH,
}


def french(english):
    """The French beside an English string of the seed, or "" when there is none yet."""
    return FRENCH.get(english, "") if english else ""
