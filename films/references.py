"""A page's numbered references: which source supports which fact, as footnote marks."""

from collections import defaultdict
from itertools import chain


def citation_key(obj):
    """Name an object within a page's references: "credit:12", "filminglocation:3"."""
    return f"{obj._meta.model_name}:{obj.pk}"


class References:
    """Number a page's sources in order, and say which numbers support each fact.

    A fact is a field of the page's main object ("runtime_minutes") or a related object
    (citation_key(credit)); the main object as a whole is "".
    """

    def __init__(self, citations_by_fact):
        self.sources = []
        self.marks = defaultdict(list)
        for fact, citation in citations_by_fact:
            if citation.source not in self.sources:
                self.sources.append(citation.source)
            number = self.sources.index(citation.source) + 1
            if number not in self.marks[fact]:
                self.marks[fact].append(number)

    def __bool__(self):
        return bool(self.sources)

    @classmethod
    def collect(cls, obj, *related_groups):
        """Gather the citations of obj's fields and of each related object, all prefetched."""
        facts = [(citation.field, citation) for citation in obj.citations.all()]
        return cls(facts + cls._related_facts(related_groups))

    @classmethod
    def collect_related(cls, *related_groups):
        """Gather the citations of each object of a page about no one object (the timeline)."""
        return cls(cls._related_facts(related_groups))

    @staticmethod
    def _related_facts(related_groups):
        return [
            (citation_key(related), citation)
            for related in chain(*related_groups)
            for citation in related.citations.all()
        ]
