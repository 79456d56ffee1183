"""The fact-checker's record: what supports each claim the seed's prose makes.

Each area of the seed has a module here (films, critics, people_and_characters, trilogy,
articles) with two things:

- `passages()`: every passage of English prose the area loads, by a stable id, read from the
  seed data itself, so that a passage added without a record fails the tests;
- `CLAIMS`: for each id, the claims its passage makes, each with where the sources support it.

A claim that no source states outright is an inference: it names the words with which the
passage tells the reader so ("apparently", "we take it that"...), and the tests check that
those words are there. The French says what the English says and rests on the same record.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Claim:
    says: str
    # (source key, where in the document): ("lost-bullet-article", "Plot, paragraph 2").
    support: tuple = field(default=())
    # For an inference, the words in the passage that say it is one.
    inference: str = ""


def claim(says, *support, inference=""):
    return Claim(says=says, support=tuple(support), inference=inference)
