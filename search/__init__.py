"""Search through everything the site says: an index of the public pages' text, kept current,
and the search page. Apps register their own documents (search.registry); search knows no
domain model."""
