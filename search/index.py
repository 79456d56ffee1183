"""Keeping the index current: the documents of every registered kind of text, in each language.

A receiver rewrites an object's documents when it is saved and removes them when it is deleted,
and rewrites those of the objects whose documents show something of it (the kind's `follows`).
`manage.py search_rebuild` rewrites them all, and so does every `migrate` that applies a
migration.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils.translation import override

from search.models import SearchDocument
from search.registry import KINDS


def _id(value):
    """The primary key of a model instance, or the key itself."""
    return getattr(value, "pk", value)


def _rows(kind, obj):
    """The object's documents in each edition: its text and address in that language."""
    rows = []
    for language, _name in settings.LANGUAGES:
        with override(language):
            rows += [
                SearchDocument(
                    kind=kind.name,
                    object_id=obj.pk,
                    page=document.page or kind.page,
                    url=document.url,
                    title=document.title,
                    section=str(document.section),
                    body=document.body,
                    names="\n".join(str(name) for name in document.names),
                    card=str(document.card)[:300],
                    weight=document.weight,
                    language=language,
                    requires_model=(
                        document.requires._meta.label_lower if document.requires else ""
                    ),
                    requires_id=_id(document.requires),
                    spoils_id=_id(document.spoils),
                )
                for document in kind.documents(obj)
            ]
    return rows


def index_objects(kind, objects):
    """Rewrite the documents of these objects of one kind."""
    objects = list(objects)
    if not objects:
        return
    SearchDocument.objects.filter(kind=kind.name, object_id__in=[o.pk for o in objects]).delete()
    SearchDocument.objects.bulk_create([row for obj in objects for row in _rows(kind, obj)])


def search_rebuild():
    """Rewrite every document of the index from the content; return how many there are."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        rows = [
            row
            for kind in KINDS.values()
            for obj in kind.queryset().iterator(chunk_size=500)
            for row in _rows(kind, obj)
        ]
        SearchDocument.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def _dependents(sender, instance):
    """The objects whose documents show something of this one: (kind, queryset) pairs."""
    label = sender._meta.label_lower
    for kind in KINDS.values():
        for model, lookups in kind.follows.items():
            if model.lower() == label:
                condition = Q()
                for lookup in (lookups,) if isinstance(lookups, str) else lookups:
                    condition |= Q(**{lookup: instance})
                yield kind, kind.queryset().filter(condition).distinct()


def object_saved(sender, instance, **kwargs):
    """Receiver: rewrite the documents of the object, and of the objects whose documents show
    something of it. Raw saves too: reverting a version in the admin saves raw."""
    if (kind := KINDS.get(sender._meta.label_lower)) is not None:
        index_objects(kind, [instance])
    for kind, dependents in _dependents(sender, instance):
        index_objects(kind, dependents)


def object_deleting(sender, instance, **kwargs):
    """Receiver: note which objects show something of the object, while it still links them."""
    instance._search_dependents = [
        (kind, list(dependents.values_list("pk", flat=True)))
        for kind, dependents in _dependents(sender, instance)
    ]


def object_deleted(sender, instance, **kwargs):
    """Receiver: remove the documents of the object, and rewrite those of the objects that
    showed something of it and remain (what cannot remain is deleted with it, or keeps it from
    being deleted)."""
    label = sender._meta.label_lower
    if label in KINDS:
        SearchDocument.objects.filter(kind=label, object_id=instance.pk).delete()
    for kind, pks in getattr(instance, "_search_dependents", ()):
        if pks:
            index_objects(kind, kind.queryset().filter(pk__in=pks))


def links_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Receiver: rewrite the documents of objects whose many-to-many links changed (a film's
    production companies)."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        objects = model._default_manager.filter(pk__in=pk_set or ())
        sender = model
    else:
        objects, sender = [instance], type(instance)
    if (kind := KINDS.get(sender._meta.label_lower)) is not None:
        index_objects(kind, objects)


def connect_receivers(kind):
    """Keep the index current for a kind of text: listen to its model and to those it follows
    (once each, however many kinds follow a model)."""
    model = kind.get_model()
    followed = {apps.get_model(m) for m in kind.follows}
    for sender in {model} | followed:
        uid = f"search-{sender._meta.label}"
        post_save.connect(object_saved, sender=sender, dispatch_uid=uid)
        post_delete.connect(object_deleted, sender=sender, dispatch_uid=uid)
    for sender in followed:
        pre_delete.connect(
            object_deleting, sender=sender, dispatch_uid=f"search-{sender._meta.label}"
        )
    for link in model._meta.local_many_to_many:
        through = link.remote_field.through
        m2m_changed.connect(
            links_changed, sender=through, dispatch_uid=f"search-{through._meta.label}"
        )


def rebuild_after_migrate(sender, plan=None, apps=None, **kwargs):
    """post_migrate receiver: a migration may have changed content, or the index's table.
    (flush sends post_migrate too, with no plan: it empties the index with everything else.)"""
    if not plan or apps is None:
        return
    try:
        apps.get_model("search", "SearchDocument")
    except LookupError:
        return  # migrated back to before the index
    search_rebuild()
