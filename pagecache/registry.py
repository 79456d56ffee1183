"""What apps tell the page cache: which of their models change which pages, how pages vary
from one reader to another, and when pages change with no save to announce it.

The page cache knows no app's models. Each app registers its own in its AppConfig.ready():

    pagecache.register(Film)                        # any change shows everywhere
    pagecache.register(Vote, topics=vote_topics)    # a change shows on a few pages
    pagecache.vary_on(spoiler_horizon)              # one copy of a page per horizon
    pagecache.expires_at(next_publication)          # content that becomes due on its own

A model nobody registers changes nothing that pages show, and its saves cost nothing (no
receiver: a post_delete receiver would turn off Django's fast delete for it, as for sessions).
"""

from django.core.exceptions import ImproperlyConfigured
from django.db.models.signals import m2m_changed, post_delete, post_save

from pagecache.versions import pages_changed

_rules = {}
_variants = []
_expiries = []


def _everything(instance, created, update_fields):
    return None


def register(model, topics=None):
    """Tell the page cache that changes to `model` show on pages.

    `topics(instance, created, update_fields)` returns the topics a save or a deletion (created
    False, update_fields None) changes: a list, empty when no page shows the change, or None
    for everything. Without it, every change moves everything, and so does every change to the
    model's many-to-many links; a finer rule does not follow links, whose changes it cannot
    judge."""
    if model in _rules:
        raise ImproperlyConfigured(f"{model._meta.label} is registered with the page cache twice.")
    _rules[model] = topics or _everything
    uid = f"pagecache-{model._meta.label}"
    post_save.connect(_saved, sender=model, dispatch_uid=uid)
    post_delete.connect(_deleted, sender=model, dispatch_uid=uid)
    if topics is None:
        for field in model._meta.local_many_to_many:
            link = field.remote_field.through
            m2m_changed.connect(_linked, sender=link, dispatch_uid=f"pagecache-{link._meta.label}")


def is_registered(model):
    return model in _rules


def vary_on(variant):
    """Keep one copy of each page per value of `variant(request)`, a short string.

    It is called for anonymous visitors only, and may be called before sessions and
    authentication have run (request.user unset)."""
    _variants.append(variant)


def page_variant(request):
    return ":".join(variant(request) for variant in _variants)


def expires_at(when):
    """`when()` returns the moment pages change with no save to announce it (content scheduled
    for later, say), or None: the global version runs out then."""
    _expiries.append(when)


def next_expiry():
    return min((due for when in _expiries if (due := when()) is not None), default=None)


def _saved(sender, instance, created=False, update_fields=None, **kwargs):
    pages_changed(_rules[sender](instance, created, update_fields))


def _deleted(sender, instance, **kwargs):
    pages_changed(_rules[sender](instance, False, None))


def _linked(sender, action, **kwargs):
    if action.startswith("post_"):
        pages_changed(None)
