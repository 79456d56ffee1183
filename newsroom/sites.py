"""The newsroom's admin site: sign-in through the site's rate-limited login, the queues of work
waiting on the index (each app registers its own), and the French still to write."""

from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.contrib.contenttypes.admin import GenericInlineModelAdmin
from django.contrib.contenttypes.fields import GenericForeignKey
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname


@dataclass(frozen=True)
class Queue:
    """Work waiting for the newsroom, counted atop the admin index for whoever may do it."""

    permission: str  # "app_label.codename" a user needs to see the queue
    count: Callable[[], int]
    describe: Callable[[int], str]  # the count in words: "2 reviews awaiting moderation."
    url: Callable[[], str]  # where the work is done
    link_text: str


queues = []


def register_queue(queue):
    """Show `queue` on the admin index; an app calls this from its AppConfig.ready()."""
    queues.append(queue)


class NewsroomAdminSite(admin.AdminSite):
    site_header = _("bulletsite newsroom")
    site_title = _("bulletsite newsroom")
    index_title = _("What the site shows")
    index_template = "newsroom/index.html"

    def login(self, request, extra_context=None):
        # Staff sign in through the site's login page, whose failed attempts are rate-limited,
        # so the admin is no softer a target for password guessing than the public site.
        return secure_admin_login(super().login)(request, extra_context)

    def index(self, request, extra_context=None):
        waiting = []
        for queue in queues:
            if request.user.has_perm(queue.permission):
                count = queue.count()
                waiting.append(
                    {
                        "text": queue.describe(count),
                        "url": queue.url() if count else "",
                        "link_text": queue.link_text,
                    }
                )
        context = {"queues": waiting, "may_translate": may_translate(request.user)}
        return super().index(request, {**context, **(extra_context or {})})

    def get_urls(self):
        return [
            path(
                "translations/",
                self.admin_view(self.missing_translations_view),
                name="missing-translations",
            ),
            *super().get_urls(),
        ]

    def missing_translations_view(self, request):
        if not may_translate(request.user):
            raise PermissionDenied
        context = {
            **self.each_context(request),
            "title": _("French still to write"),
            "missing": missing_translations(self, request),
        }
        return TemplateResponse(request, "newsroom/missing_translations.html", context)


def may_translate(user):
    """Whether `user` may change any translated content, and so write French."""
    return any(
        user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
        for model in translator.get_registered_models()
    )


def missing_translations(site, request):
    """Every object of the site's own content whose French is blank where its English is not:
    (model, [(object, field names, admin address)]), for the editors' to-do list. Only what
    the request's user may change is listed: the others' titles (drafts among them) are not
    theirs to see here."""
    found = []
    for model in translator.get_registered_models():
        fields = translator.get_options_for_model(model).fields
        rows = []
        for obj in model.objects.all():
            target = edited_on(site, obj)
            if target is None or not site.get_model_admin(target[0]).has_change_permission(request):
                continue
            blank = [
                field
                for field in fields
                if getattr(obj, build_localized_fieldname(field, "en"))
                and not getattr(obj, build_localized_fieldname(field, "fr"))
            ]
            if blank:
                rows.append((obj, blank, object_url(site, *target)))
        if rows:
            found.append((model._meta.verbose_name_plural, rows))
    return found


def admin_url(site, obj):
    """Where `obj` is edited: its own admin page, else the page of the first object it belongs
    to (in the order of its fields) whose form holds it inline, else the page of the first
    object it belongs to that has one, else nowhere ("")."""
    target = edited_on(site, obj)
    return object_url(site, *target) if target else ""


def edited_on(site, obj):
    """The (model, pk) of the admin page where `obj` is edited, as admin_url() finds it, or
    None."""
    model = type(obj)
    if site.is_registered(model):
        return model, obj.pk
    parents = [
        (field.related_model, getattr(obj, field.attname), field.name)
        for field in model._meta.concrete_fields
        if field.many_to_one and getattr(obj, field.attname) is not None
    ]
    for generic in model._meta.private_fields:
        if isinstance(generic, GenericForeignKey) and getattr(obj, generic.ct_field) is not None:
            parent_model = getattr(obj, generic.ct_field).model_class()
            parents.append((parent_model, getattr(obj, generic.fk_field), generic.fk_field))
    parents = [parent for parent in parents if site.is_registered(parent[0])]
    for parent_model, parent_pk, link in parents:
        holds_inline = any(
            inline.model is model
            and (
                inline.ct_fk_field == link
                if issubclass(inline, GenericInlineModelAdmin)
                else inline.fk_name in (None, link)
            )
            for inline in site.get_model_admin(parent_model).inlines
        )
        if holds_inline:
            return parent_model, parent_pk
    if parents:
        parent_model, parent_pk, _link = parents[0]
        return parent_model, parent_pk
    return None


def object_url(site, model, pk):
    meta = model._meta
    return reverse(f"{site.name}:{meta.app_label}_{meta.model_name}_change", args=[pk])
