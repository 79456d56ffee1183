from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class NewsroomAdminSite(admin.AdminSite):
    site_header = _("bulletsite newsroom")
    site_title = _("bulletsite newsroom")
    index_title = _("What the site shows")

    def login(self, request, extra_context=None):
        # Staff sign in through the site's login page, whose failed attempts are rate-limited,
        # so the admin is no softer a target for password guessing than the public site.
        return secure_admin_login(super().login)(request, extra_context)

    def index(self, request, extra_context=None):
        from reviews.models import UserReview

        extra_context = {
            "awaiting_moderation": UserReview.objects.awaiting_moderation().count(),
            **(extra_context or {}),
        }
        return super().index(request, extra_context)

    def get_urls(self):
        from django.urls import path

        return [
            path(
                "translations/",
                self.admin_view(self.missing_translations_view),
                name="missing-translations",
            ),
            *super().get_urls(),
        ]

    def missing_translations_view(self, request):
        from django.template.response import TemplateResponse

        context = {
            **self.each_context(request),
            "title": _("French still to write"),
            "missing": missing_translations(self),
        }
        return TemplateResponse(request, "admin/missing_translations.html", context)


# Where an object edited inline is edited: its own admin page, else its parent's.
PARENT_FIELDS = ("film", "character", "vehicle", "piece", "person")


def missing_translations(site):
    """Every object of the site's own content whose French is blank where its English is not:
    (model, [(object, field names, admin address)]), for the editors' to-do list."""
    from django.urls import reverse
    from modeltranslation.translator import translator
    from modeltranslation.utils import build_localized_fieldname

    found = []
    for model in translator.get_registered_models():
        fields = translator.get_options_for_model(model).fields
        rows = []
        for obj in model.objects.all():
            blank = [
                field
                for field in fields
                if getattr(obj, build_localized_fieldname(field, "en"))
                and not getattr(obj, build_localized_fieldname(field, "fr"))
            ]
            if blank:
                rows.append((obj, blank, _admin_url(site, obj, reverse)))
        if rows:
            found.append((model._meta.verbose_name_plural, rows))
    return found


def _admin_url(site, obj, reverse):
    for candidate in (obj, *(getattr(obj, f, None) for f in PARENT_FIELDS)):
        if candidate is not None and site.is_registered(type(candidate)):
            meta = candidate._meta
            return reverse(
                f"{site.name}:{meta.app_label}_{meta.model_name}_change", args=[candidate.pk]
            )
    return ""
