"""Pages of the review list that cost the same at a million reviews as at a hundred."""

from functools import cached_property

from django.core.paginator import Paginator

# The list pages back through the latest reviews this far (100 pages of 20); earlier ones are
# reached by narrowing it, by film or verdict. A page's query reads the rows before it, so a
# bound on pages is a bound on its cost.
MOST_PAGES = 100


class LatestReviewsPaginator(Paginator):
    """A Paginator told how many reviews the list holds (`total`, from the tallies), rather than
    counting them, which pages through the latest MOST_PAGES pages of them."""

    def __init__(self, object_list, per_page, *, total):
        super().__init__(object_list, per_page)
        self.total = total

    @cached_property
    def count(self):
        return min(self.total, self.per_page * MOST_PAGES)

    @property
    def goes_further(self):
        """Whether the list holds more reviews than its pages reach."""
        return self.total > self.count
