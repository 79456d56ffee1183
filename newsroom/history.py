"""The newsroom's history of an object: each version says who changed what, field by field, with
a word diff of prose; and reverting a version restores that object and its own inlines, nothing
else, and deletes nothing."""

from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

import reversion
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.admin import GenericInlineModelAdmin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.timezone import template_localtime
from django.utils.translation import gettext
from modeltranslation.translator import NotRegistered, translator
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Revision, Version

# The model signals a look at an old version must not fire.
PREVIEW_SIGNALS = (pre_save, post_save, pre_delete, post_delete, m2m_changed)
_signals_muted = ContextVar("signals_muted", default=False)


def _mutable(signal):
    send = signal.send

    def send_unless_muted(sender, **named):
        return [] if _signals_muted.get() else send(sender, **named)

    signal.send = send_unless_muted


for _signal in PREVIEW_SIGNALS:
    _mutable(_signal)


@contextmanager
def muted_signals():
    """Fire none of PREVIEW_SIGNALS in this thread (this context) meanwhile.

    django-reversion's mute_signals empties the signals' receivers for the whole process: with
    gunicorn's threaded workers, another request's save would fire none meanwhile (the page
    cache left stale), and two overlapping previews could leave the signals muted for good.
    """
    token = _signals_muted.set(True)
    try:
        yield
    finally:
        _signals_muted.reset(token)


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


class RollBack(Exception):
    """Leave a transaction without keeping its work, carrying the response drawn inside it."""

    def __init__(self, response):
        super().__init__()
        self.response = response


def revert_versions(versions):
    """Save each version's object as it was, the first (the object itself) first."""
    for version in versions:
        try:
            with transaction.atomic(using=version.db):
                version.revert()
        except (IntegrityError, ObjectDoesNotExist) as error:
            raise RevertError(
                gettext("Could not save %(object_repr)s version - missing dependency.")
                % {"object_repr": version.object_repr}
            ) from error


# The box an editor ticks to save a revert that empties filled fields.
CONFIRM_EMPTYING = "confirm_emptying"


@dataclass
class Emptied:
    """A field, filled today, that a version holds blank: reverting to it empties the field."""

    object_label: str
    field_label: str
    field_name: str
    main: bool  # a field of the object itself, on the revert form, rather than of an inline


def emptied_fields(versions):
    """The filled fields of the objects in the database that `versions` would empty, in any
    language, the object's and its inlines'."""
    emptied = []
    for version in versions:
        model = version._model
        current = model._default_manager.filter(pk=version.object_id).first()
        if current is None:
            continue  # recovered or deleted since: nothing in it to lose
        for field in edited_fields(model):
            if field.attname not in version.field_dict:
                continue
            if comparable(version.field_dict[field.attname]) is not None:
                continue
            if comparable(stored_value(current, field)) is not None:
                emptied.append(
                    Emptied(
                        describe(version),
                        str(field.verbose_name).capitalize(),
                        field.name,
                        version is versions[0],
                    )
                )
    return emptied


def stored_value(obj, field):
    if field.many_to_many:
        return [related.pk for related in getattr(obj, field.name).all()]
    return getattr(obj, field.attname)


def form_value(value):
    """A cleaned form value as a version stores it: related objects by key."""
    if isinstance(value, models.QuerySet):
        return [obj.pk for obj in value]
    if isinstance(value, models.Model):
        return value.pk
    return value


def refusing_to_empty(form_class, emptied):
    """`form_class`, refusing a save that empties filled fields unless the editor ticked the
    box that confirms it. The object's own fields count as posted: a field typed back in is
    no longer emptied."""

    class RevertForm(form_class):
        def clean(self):
            cleaned_data = super().clean()
            still = [
                each
                for each in emptied
                if not each.main
                or each.field_name not in cleaned_data
                or comparable(form_value(cleaned_data[each.field_name])) is None
            ]
            if still and self.data.get(CONFIRM_EMPTYING) != "yes":
                raise ValidationError(
                    gettext(
                        "Nothing was saved: this version would empty %(fields)s. Tick “Yes, "
                        "empty these fields” to revert anyway, or fill them in."
                    )
                    % {"fields": "; ".join(f"{e.object_label}: {e.field_label}" for e in still)}
                )
            return cleaned_data

    return RevertForm


class HistoryAdmin(VersionAdmin):
    """A VersionAdmin whose history shows the changes and whose revert touches nothing else."""

    object_history_template = "newsroom/history.html"
    revision_form_template = "newsroom/revision_form.html"
    # Whether the history links each version to its revert form.
    revertible = True

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if emptied := getattr(request, "revert_empties", None):
            return refusing_to_empty(form, emptied)
        return form

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

    # Reverting and recovering. django-reversion reverts a whole revision, every object saved
    # with this one, and deletes what was created since: a seed load or a bulk action would take
    # other work with it. Here only this object and its own inlines go back, nothing is deleted.

    def revision_view(self, request, object_id, version_id, extra_context=None):
        version = get_object_or_404(Version, pk=version_id, object_id=unquote(object_id))
        context = {
            "title": gettext("Revert %(name)s") % {"name": version.object_repr},
            "revert": True,
            **(extra_context or {}),
        }
        return self.revert_form_view(
            request, version, self.revision_form_template or "reversion/revision_form.html", context
        )

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        version = get_object_or_404(Version, pk=version_id)
        context = {
            "title": gettext("Recover %(name)s") % {"name": version.object_repr},
            "recover": True,
            **(extra_context or {}),
        }
        return self.revert_form_view(
            request, version, self.recover_form_template or "reversion/recover_form.html", context
        )

    def revert_form_view(self, request, version, template_name, extra_context):
        """Show the object's change form as it was at `version`; saving it keeps the revert.

        The object and its inlines are put back inside a transaction and the usual change form
        drawn from the database; unless that form is saved, the transaction is rolled back. A
        look at an old version fires no model signal (the page cache and the search index are
        left alone); a revert that is saved fires them like any edit.
        """
        muted = muted_signals() if request.method == "GET" else nullcontext()
        try:
            with transaction.atomic(using=version.db), muted:
                versions = self.own_versions(version)
                # Read before the revert: what the database holds now that it would empty.
                request.revert_empties = emptied_fields(versions)
                extra_context = {
                    **extra_context,
                    "emptied": request.revert_empties,
                    "confirm_emptying": CONFIRM_EMPTYING,
                }
                revert_versions(versions)
                with self.create_revision(request):
                    response = self.changeform_view(
                        request, quote(version.object_id), request.path, extra_context
                    )
                    if request.method == "POST" and response.status_code == 302:
                        reversion.set_comment(
                            gettext("Reverted to previous version, saved on %(datetime)s")
                            % {
                                "datetime": localize(
                                    template_localtime(version.revision.date_created)
                                )
                            }
                        )
                        return response
                    if response.status_code != 200:
                        raise RevertError(
                            gettext("Could not load %(object_repr)s version - not found")
                            % {"object_repr": version.object_repr}
                        )
                    response.template_name = template_name
                    # Drawn now, from the reverted rows, before they are rolled back.
                    response.render()
                    raise RollBack(response)
        except RollBack as rollback:
            return rollback.response
        except (RevertError, models.ProtectedError) as error:
            messages.error(request, str(error))
            opts = self.model._meta
            return redirect(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changelist")

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
                    )
                    if self.revertible
                    else "",
                    "changes": self.version_changes(previous, version),
                    "first": previous is None,
                }
            )
            previous = version
        action_list.reverse()  # latest first
        return super().history_view(
            request,
            quote(object_id),
            {**(extra_context or {}), "action_list": action_list, "revertible": self.revertible},
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
                    changes = self.shown(own, field_changes(None, own))
                    found.append(ObjectChanges(self.describe(own), "added", changes))
                continue
            changes = self.shown(own, field_changes(old, own))
            if changes:
                found.append(ObjectChanges(self.describe(own), "changed", changes))
        for key, old in before.items():
            if key not in current and not still_exists(old):
                found.append(ObjectChanges(self.describe(old), "removed", []))
        return found

    def describe(self, version):
        return describe(version)

    def shown(self, version, changes):
        """The changes the history shows of `version`'s object: all of them."""
        return changes


class AuthorsWordsHistoryAdmin(HistoryAdmin):
    """The history of what a member writes: it shows the newsroom's decisions on it, never the
    member's earlier words, and nobody but the member brings those back: there is no revert
    and no recover. `decision_fields` names the fields of the model the newsroom decides."""

    revertible = False
    decision_fields = ()

    def refuse(self, request, object_id=None):
        messages.error(
            request,
            gettext(
                "A member's words are theirs: earlier versions of what they wrote cannot be "
                "restored. Only the member can change their text."
            ),
        )
        opts = self.model._meta
        if object_id is None:
            return redirect(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changelist")
        return redirect(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history", object_id
        )

    def revision_view(self, request, object_id, version_id, extra_context=None):
        return self.refuse(request, object_id)

    def recover_view(self, request, version_id, extra_context=None):
        return self.refuse(request)

    def recoverlist_view(self, request, extra_context=None):
        return self.refuse(request)

    def describe(self, version):
        if version._model is self.model:  # its title is the member's words, maybe old ones
            return str(self.model._meta.verbose_name).capitalize()
        return describe(version)

    def shown(self, version, changes):
        if version._model is not self.model:
            return changes
        decisions = {
            str(self.model._meta.get_field(name).verbose_name).capitalize()
            for name in self.decision_fields
        }
        return [change for change in changes if change.label in decisions]


def history_forget(model, object_ids, *, inline_links=()):
    """Delete every stored version of the objects `object_ids` of `model`, and of the objects
    whose versions point at one of them through `inline_links` ((inline model, attname) pairs:
    their reports, say), then each revision left empty; in the caller's transaction. For what
    a member deletes: it is deleted from the history too."""
    object_ids = [str(pk) for pk in object_ids]
    own = Version.objects.get_for_model(model).filter(object_id__in=object_ids)
    revisions = set(own.values_list("revision_id", flat=True))
    own.delete()
    for inline_model, attname in inline_links:
        versions = Version.objects.get_for_model(inline_model).filter(revision_id__in=revisions)
        pointing = [v.pk for v in versions if str(v.field_dict.get(attname)) in object_ids]
        revisions |= set(versions.filter(pk__in=pointing).values_list("revision_id", flat=True))
        Version.objects.filter(pk__in=pointing).delete()
    Revision.objects.filter(pk__in=revisions, version__isnull=True).delete()


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


def edited_fields(model):
    """The fields of `model` a person edits, as its versions store them: not those the database
    or the code fills (auto_now, not editable, the primary key), nor the column modeltranslation
    mirrors from the default language's (its `title_en` stands for `title`)."""
    try:
        mirrored = set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        mirrored = set()
    return [
        field
        for field in model._meta.get_fields()
        if field.concrete
        and not field.auto_created
        and field.editable
        and not field.primary_key
        and not getattr(field, "auto_now", False)
        and not getattr(field, "auto_now_add", False)
        and field.name not in mirrored
    ]


def comparable(value):
    """A stored value as a person sees it on the form: None and "" are both blank, and a time
    is what the form edits, to the second."""
    if value in (None, "", []):
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, list):
        return sorted(value, key=str)
    return value


def field_changes(old, new):
    """The fields a person changed between two versions of one object, as Changes."""
    model = new._model
    old_data = old.field_dict if old else {}
    changes = []
    for field in edited_fields(model):
        attname = field.attname
        if attname not in new.field_dict:
            continue
        before, after = old_data.get(attname), new.field_dict[attname]
        if comparable(before) == comparable(after):
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
