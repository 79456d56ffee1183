from django.dispatch import Signal

# Sent (sender: SearchDocument) when search_rebuild has rewritten the whole index: pages that
# show search results, cached, show the old index.
index_rebuilt = Signal()
