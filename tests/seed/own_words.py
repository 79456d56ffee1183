"""Find where our prose repeats a source document word for word.

Words are compared ignoring case, accents and punctuation. Text inside curly quotation marks
(“…”, or « … » in French) is a quotation, attributed where it stands, and is not checked.
"""

import re
import unicodedata

RUN_LENGTH = 12
QUOTATION = re.compile(r"“[^”]*”|«[^»]*»")


def words(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text)


def runs(word_list, length=RUN_LENGTH):
    return {tuple(word_list[i : i + length]) for i in range(max(len(word_list) - length + 1, 0))}


def shared_runs(text, documents_runs, length=RUN_LENGTH):
    """The runs of `length` words of `text`, quotations left out, found in the documents."""
    found = []
    for part in QUOTATION.split(text):
        found += [" ".join(run) for run in runs(words(part), length) if run in documents_runs]
    return found


def documents_runs(texts, length=RUN_LENGTH):
    found = set()
    for text in texts:
        found |= runs(words(text), length)
    return found
