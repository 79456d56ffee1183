"""The newsroom's history of an object: each version says who changed what, field by field, with
a word diff of prose; and reverting a version restores that object and its own inlines, nothing
else, and deletes nothing."""

from dataclasses import dataclass
from difflib import SequenceMatcher

from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.admin import GenericInlineModelAdmin
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext
from reversion.admin import VersionAdmin
from reversion.models import Version

# Unchanged runs of a word diff longer than this are shortened to their ends.
CONTEXT_WORDS = 8


@dataclass
class Change:
    """One field of one object, before and after a version."""

    label: str
    before: str
    after: str

    @property
    def diff(self):
        return word_diff(self.before, self.after)


@dataclass
class ObjectChanges:
    """What a version changed in one object: the versioned object itself or one of its inlines."""

    label: str
    action: str  # "added", "changed" or "removed"
    changes: list


def word_diff(before, after):
    """The words of `after`, with what was removed in <del> and what was added in <ins>."""
    old, new = before.split(), after.split()
    parts = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            words = old[i1:i2]
            if len(words) > 2 * CONTEXT_WORDS:
                words = [*words[:CONTEXT_WORDS], "…", *words[-CONTEXT_WORDS:]]
            parts.append(format_html("{}", " ".join(words)))
            continue
        if i2 > i1:
            parts.append(format_html("<del>{}</del>", " ".join(old[i1:i2])))
        if j2 > j1:
            parts.append(format_html("<ins>{}</ins>", " ".join(new[j1:j2])))
    return format_html_join(" ", "{}", ((part,) for part in parts))


def inline_link(parent_model, inline):
    """The field of the inline's model that points at the parent: (attname, content type id) for
    a generic inline, (attname, None) for a foreign key."""
    model = inline.model
    if issubclass(inline, GenericInlineModelAdmin):
        content_type = ContentType.objects.get_for_model(parent_model)
        return model._meta.get_field(inline.ct_fk_field).attname, (
            model._meta.get_field(inline.ct_field).attname,
            content_type.pk,
        )
    (field,) = [
        field
        for field in model._meta.concrete_fields
        if field.many_to_one
        and issubclass(parent_model, field.related_model)
        and inline.fk_name in (None, field.name)
    ]
    return field.attname, None


class HistoryAdmin(VersionAdmin):
    """A VersionAdmin whose history shows the changes and whose revert touches nothing else."""

    object_history_template = "admin/history.html"

    # Which versions are this object's own.

    def belongs(self, version, object_id):
        """Whether `version` is of the object `object_id` or of one of its inline objects."""
        if version.content_type.model_class() is self.model:
            return version.object_id == object_id
        data = version.field_dict
        for inline in self.inlines:
            if inline.model is not version._model:
                continue
            attname, generic = inline_link(self.model, inline)
            if generic and data.get(generic[0]) != generic[1]:
                continue
            if str(data.get(attname)) == object_id:
                return True
        return False

    def own_versions(self, version):
        """The versions saved with `version` that are of its object or the object's inlines, the
        object first."""
        others = version.revision.version_set.exclude(pk=version.pk).select_related("content_type")
        return [version, *(other for other in others if self.belongs(other, version.object_id))]

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        # django-reversion reverts a whole revision, every object saved with this one, and
        # deletes what was created since: a seed load or a bulk action would take other work
        # with it. Here only this object and its own inlines go back, and nothing is deleted.
        own = self.own_versions(version)

        def revert_own_versions(delete=False):
            for own_version in own:
                own_version.revert()

        version.revision.revert = revert_own_versions
        return super()._reversion_revisionform_view(request, version, template_name, extra_context)

    # What each version changed.

    def history_view(self, request, object_id, extra_context=None):
        object_id = unquote(object_id)
        versions = list(
            Version.objects.get_for_object_reference(self.model, object_id)
            .select_related("revision__user", "content_type")
            .order_by("pk")
        )
        opts = self.model._meta
        action_list = []
        previous = None
        for version in versions:
            action_list.append(
                {
                    "revision": version.revision,
                    "url": reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                        args=(quote(version.object_id), version.pk),
                    ),
                    "changes": self.version_changes(previous, version),
                    "first": previous is None,
                }
            )
            previous = version
        action_list.reverse()  # latest first
        return super().history_view(
            request, quote(object_id), {**(extra_context or {}), "action_list": action_list}
        )

    def version_changes(self, previous, version):
        """What `version` changed since `previous` (None for the first version): the object's
        fields, then each inline object added, changed or removed."""
        current = {version_key(v): v for v in self.own_versions(version)}
        before = {version_key(v): v for v in self.own_versions(previous)} if previous else {}
        found = []
        for key, own in current.items():
            old = before.get(key) or (previous and earlier_version(own))
            if old is None:
                if previous is not None:
                    found.append(ObjectChanges(describe(own), "added", field_changes(None, own)))
                continue
            changes = field_changes(old, own)
            if changes:
                found.append(ObjectChanges(describe(own), "changed", changes))
        for key, old in before.items():
            if key not in current and not still_exists(old):
                found.append(ObjectChanges(describe(old), "removed", []))
        return found


def version_key(version):
    return version.content_type_id, version.object_id


def earlier_version(version):
    """The version of the same object saved before `version`, in any revision."""
    return (
        Version.objects.get_for_object_reference(version._model, version.object_id)
        .filter(pk__lt=version.pk)
        .order_by("-pk")
        .first()
    )


def still_exists(version):
    return version._model._default_manager.filter(pk=version.object_id).exists()


def describe(version):
    name = version._model._meta.verbose_name
    return f"{name[:1].upper()}{name[1:]} “{Truncator(version.object_repr).chars(60)}”"


def field_changes(old, new):
    """The fields whose value differs between two versions of one object, as Changes."""
    model = new._model
    old_data = old.field_dict if old else {}
    changes = []
    for field in model._meta.get_fields():
        if not field.concrete or field.auto_created or getattr(field, "auto_now", False):
            continue
        attname = field.attname
        if attname not in new.field_dict:
            continue
        before, after = old_data.get(attname), new.field_dict[attname]
        if old is not None and before == after:
            continue
        if old is None and after in (None, "", []):
            continue
        changes.append(
            Change(
                str(field.verbose_name).capitalize(),
                display(field, before) if old is not None else "",
                display(field, after),
            )
        )
    return changes


def display(field, value):
    """A field's stored value as an editor reads it: names for related objects, labels for
    choices."""
    if value in (None, ""):
        return "—" if value is None else ""
    if isinstance(field, models.ManyToManyField):
        names = field.related_model._default_manager.filter(pk__in=value)
        return ", ".join(sorted(str(obj) for obj in names)) or "—"
    if field.many_to_one:
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else gettext("#%(id)s (deleted)") % {"id": value}
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)
