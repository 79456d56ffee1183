from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.admin import GenericTabularInline
from django.core.files.storage import default_storage
from django.db.models import Count
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from films.french import by_name
from films.models import (
    AlternativeName,
    ArticleSection,
    Character,
    CharacterArc,
    Citation,
    Company,
    Credit,
    Discrepancy,
    EditorialPiece,
    ExternalLink,
    FilmingLocation,
    FilmPassage,
    Person,
    PublicationStatus,
    Source,
    TimelineEvent,
    Vehicle,
    VehicleAppearance,
)
from newsroom.history import HistoryAdmin
from newsroom.languages import LanguageHelpTextsMixin


class PublishableAdminMixin:
    """Status filters, a 'view on site' that previews drafts for staff, and a word after each
    save on whether visitors can see what was saved."""

    preview_url_name = None

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if note := self.visibility_note(obj):
            messages.warning(request, note)

    def visibility_note(self, obj):
        """Why visitors cannot see `obj` yet, if they cannot."""
        if obj.status == PublicationStatus.DRAFT:
            return gettext(
                "“%(object)s” is saved as a draft: it is not on the site. Set its status to "
                "Published to put it there."
            ) % {"object": obj}
        if not obj.is_public:
            when = formats.date_format(timezone.localtime(obj.published_at), "DATETIME_FORMAT")
            return gettext("“%(object)s” is scheduled: it appears on the site on %(when)s.") % {
                "object": obj,
                "when": when,
            }
        film = getattr(obj, "film", None)
        if film is not None and not film.is_public:
            return gettext(
                "“%(object)s” is published, but its film, %(film)s, is not on the site yet: it "
                "appears with the film."
            ) % {"object": obj, "film": film}
        return None

    def view_on_site(self, obj):
        if obj.is_public or not self.preview_url_name:
            return obj.get_absolute_url()
        return reverse(self.preview_url_name, kwargs={"slug": obj.slug})

    @admin.display(description=_("On the site"), boolean=True)
    def is_public(self, obj):
        return obj.is_public


class CitationInline(GenericTabularInline):
    model = Citation
    extra = 0
    autocomplete_fields = ["source"]
    classes = ["collapse"]


class PassageInline(LanguageHelpTextsMixin, TranslationStackedInline):
    """Prose in passages, each with the latest film whose plot it reveals."""

    extra = 0
    autocomplete_fields = ["spoils"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("spoils")


class CharacterArcInline(PassageInline):
    model = CharacterArc
    fields = [("film", "order", "spoils"), "text", "end_state"]
    autocomplete_fields = ["film", "spoils"]
    verbose_name = _("arc in a film")
    verbose_name_plural = _("film by film")


class VehicleAppearanceInline(PassageInline):
    model = VehicleAppearance
    fields = [("film", "order", "spoils"), "text"]
    autocomplete_fields = ["film", "spoils"]
    verbose_name = _("appearance in a film")
    verbose_name_plural = _("film by film")


class ArticleSectionInline(PassageInline):
    model = ArticleSection
    fields = [("heading", "order", "spoils"), "text"]
    verbose_name = _("section")
    verbose_name_plural = _("sections")


class FilmingLocationInline(LanguageHelpTextsMixin, TranslationTabularInline):
    model = FilmingLocation
    extra = 0


class ExternalLinkInline(admin.TabularInline):
    model = ExternalLink
    extra = 0


def changelist_link(model, text, **filters):
    """A link to the changelist of `model`, filtered by `filters`."""
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    return format_html('<a href="{}?{}">{}</a>', url, urlencode(filters), text)


def add_link(model, text, **initial):
    """A link to the add form of `model`, its fields `initial` filled in."""
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    return format_html('<a href="{}?{}">{}</a>', url, urlencode(initial), text)


class FilmAdminForm(forms.ModelForm):
    """An unchanged poster is left alone, neither set again nor validated again: either reads
    its file for its width and height, and a file gone missing from storage would stop the
    whole form saving."""

    def clean_poster(self):
        if "poster" not in self.changed_data:
            return None  # FileField.save_form_data() leaves the field as it is.
        return self.cleaned_data["poster"]

    def _get_validation_exclusions(self):
        exclusions = super()._get_validation_exclusions()
        if "poster" not in self.changed_data:
            exclusions.add("poster")
        return exclusions


def poster_missing(film):
    return bool(film.poster) and not default_storage.exists(film.poster.name)


# Registered by bulletsite/admin.py, with the reviews app's inlines.
class FilmAdmin(PublishableAdminMixin, LanguageHelpTextsMixin, HistoryAdmin, TranslationAdmin):
    """The film's own fields, its English and French side by side, and small inlines. Its
    passages, credits and timeline events have pages of their own, linked from the form with
    their counts: on one page, every passage and credit in both languages made a form 18,000
    pixels tall."""

    list_display = [
        "title",
        "original_title",
        "series_position",
        "release_date",
        "status",
        "published_at",
        "is_public",
        "poster_thumbnail",
    ]
    list_filter = ["status"]
    search_fields = ["title", "original_title", "slug"]
    date_hierarchy = "release_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["distributor", "production_companies"]
    readonly_fields = ["parts", "poster_preview", "updated_at"]
    preview_url_name = "films:film-preview"
    form = FilmAdminForm
    inlines = [FilmingLocationInline, ExternalLinkInline, CitationInline]
    language_help_texts = {
        "title_en": _("The English title, as released in English."),
        "title_fr": _("The French title, as released in France: usually the original title."),
    }
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("title_en", "title_fr"),
                    ("original_title", "slug"),
                    ("series_position", "genre"),
                ]
            },
        ),
        (_("Passages, credits and timeline"), {"fields": ["parts"]}),
        (_("Publication"), {"fields": [("status", "published_at", "updated_at")]}),
        (_("Synopsis"), {"fields": [("synopsis_en", "synopsis_fr")]}),
        (
            _("Facts"),
            {
                "fields": [
                    ("release_date", "release_date_precision", "runtime_minutes"),
                    ("countries_en", "countries_fr"),
                    ("languages_en", "languages_fr"),
                    ("production_companies", "distributor"),
                ]
            },
        ),
        (_("Poster"), {"fields": ["poster", "poster_preview"]}),
    ]

    @admin.display(description=_("Edited on their own pages"))
    def parts(self, film):
        if film.pk is None:
            return gettext("Save the film first: its passages and credits are added from here.")
        passages, credits = film.passages.count(), film.credits.count()
        events = TimelineEvent.objects.filter(film=film).count()
        parts = [
            (
                FilmPassage,
                ngettext("%(count)d passage", "%(count)d passages", passages) % {"count": passages},
                gettext("add a passage"),
            ),
            (
                Credit,
                ngettext("%(count)d credit", "%(count)d credits", credits) % {"count": credits},
                gettext("add a credit"),
            ),
            (
                TimelineEvent,
                ngettext("%(count)d timeline event", "%(count)d timeline events", events)
                % {"count": events},
                gettext("add an event"),
            ),
        ]
        rows = (
            (
                changelist_link(model, counted, film__id__exact=film.pk),
                add_link(model, add, film=film.pk),
            )
            for model, counted, add in parts
        )
        return format_html(
            '<ul class="film-parts">{}</ul>',
            format_html_join("", "<li>{} — {}</li>", rows),
        )

    @admin.display(description=_("Poster"))
    def poster_thumbnail(self, film):
        if not film.poster:
            return "—"
        return format_html(
            '<img src="{}" alt="" width="40" height="60">',
            film.poster.url,
        )

    # Passages and credits are edited on their own pages, but they are part of the film: its
    # history still follows them, so that reverting the film, or recovering it once deleted,
    # brings them back with it. Each also has a history of its own on its page.
    parts_followed = ("passages", "credits")

    class Media:
        css = {"all": ["css/admin-languages.css"]}

    def reversion_register(self, model, **options):
        if model is self.model:
            options["follow"] = (*options.get("follow", ()), *self.parts_followed)
        super().reversion_register(model, **options)

    def belongs(self, version, object_id):
        if version._model in (FilmPassage, Credit):
            return str(version.field_dict.get("film_id")) == object_id
        return super().belongs(version, object_id)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if poster_missing(obj):
            messages.warning(request, self.poster_missing_note(obj))

    def poster_missing_note(self, film):
        return gettext(
            "The poster file of %(film)s is missing from storage (%(name)s): the rest of the "
            "film was saved. Upload the poster again."
        ) % {"film": film, "name": film.poster.name}

    @admin.display(description=_("Preview"))
    def poster_preview(self, film):
        if not film.poster:
            return gettext("No poster yet.")
        if poster_missing(film):
            return self.poster_missing_note(film)
        return format_html(
            '<img src="{}" alt="{}" width="160">',
            film.poster.url,
            gettext("Poster of %(title)s") % {"title": film.title},
        )


@admin.register(FilmPassage)
class FilmPassageAdmin(LanguageHelpTextsMixin, HistoryAdmin, TranslationAdmin):
    """A film's passages (previously on, plot, production, release, reception), one per page,
    filtered by film from the film's form."""

    list_display = ["__str__", "film", "section", "order", "spoils", "excerpt"]
    list_filter = ["film", "section", "spoils"]
    search_fields = ["text"]
    autocomplete_fields = ["film", "spoils"]
    fields = [("film", "section", "order", "spoils"), ("text_en", "text_fr")]
    ordering = ["film__series_position", "section", "order"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("film", "spoils")

    @admin.display(description=_("Text"))
    def excerpt(self, passage):
        return Truncator(passage.text).chars(80)


@admin.register(Credit)
class CreditAdmin(LanguageHelpTextsMixin, HistoryAdmin, TranslationAdmin):
    """A film's cast and crew credits, filtered by film from the film's form."""

    list_display = ["person", "role", "character", "film", "billing_order"]
    list_filter = ["film", "role"]
    search_fields = ["person__name", "character__name"]
    autocomplete_fields = ["film", "person", "character"]
    fields = [("film", "role", "billing_order"), ("person", "character"), ("note_en", "note_fr")]
    ordering = ["film__series_position", "role", "billing_order"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("film", "person", "character")


class AlternativeNameInline(admin.TabularInline):
    model = AlternativeName
    extra = 0
    autocomplete_fields = ["source"]


class PersonCreditInline(admin.TabularInline):
    """The person's credits, read-only: they are edited on their own pages."""

    model = Credit
    fields = ["film_link", "role", "character"]
    readonly_fields = ["film_link", "role", "character"]
    extra = 0
    can_delete = False
    ordering = ["film__series_position", "billing_order"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("film", "character")

    @admin.display(description=_("Film"))
    def film_link(self, credit):
        url = reverse("admin:films_film_change", args=[credit.film_id])
        return format_html('<a href="{}">{}</a>', url, credit.film)


@admin.register(Person)
class PersonAdmin(LanguageHelpTextsMixin, HistoryAdmin, TranslationAdmin):
    # Explicit: the annotated (GROUP BY) queryset would drop Meta.ordering.
    ordering = [by_name()]
    list_display = ["name", "slug", "credit_count"]
    search_fields = ["name", "alternative_names__name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AlternativeNameInline, PersonCreditInline, CitationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(credit_count=Count("credits"))

    @admin.display(description=_("Credits"), ordering="credit_count")
    def credit_count(self, person):
        return person.credit_count


@admin.register(Character)
class CharacterAdmin(LanguageHelpTextsMixin, HistoryAdmin, TranslationAdmin):
    list_display = ["name", "full_name", "films"]
    search_fields = ["name", "full_name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["appearances"]
    autocomplete_fields = ["died_in"]
    inlines = [CharacterArcInline, CitationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("appearances")

    @admin.display(description=_("Appears in"))
    def films(self, character):
        return ", ".join(film.title for film in character.appearances.all())


@admin.register(Vehicle)
class VehicleAdmin(LanguageHelpTextsMixin, HistoryAdmin, TranslationAdmin):
    list_display = ["name", "slug", "order", "films"]
    list_editable = ["order"]
    search_fields = ["name", "slug", "introduction"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["characters"]
    inlines = [VehicleAppearanceInline, CitationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("appearances__film")

    @admin.display(description=_("Appears in"))
    def films(self, vehicle):
        return ", ".join(film.title for film in vehicle.films())


@admin.register(TimelineEvent)
class TimelineEventAdmin(LanguageHelpTextsMixin, HistoryAdmin, TranslationAdmin):
    list_display = ["when", "film", "order", "spoils", "excerpt"]
    list_display_links = ["when"]
    list_editable = ["order"]
    list_filter = ["film", "spoils"]
    search_fields = ["when", "text"]
    autocomplete_fields = ["film", "spoils"]
    fields = [("film", "order", "spoils"), "when", "text"]
    inlines = [CitationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("film", "spoils")

    @admin.display(description=_("Text"))
    def excerpt(self, event):
        return Truncator(event.text).chars(80)


@admin.register(Company)
class CompanyAdmin(HistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    list_display = ["title", "kind", "publisher", "published_on", "document_name"]
    list_filter = ["kind"]
    search_fields = ["title", "publisher"]
    date_hierarchy = "published_on"


@admin.register(Discrepancy)
class DiscrepancyAdmin(LanguageHelpTextsMixin, HistoryAdmin, TranslationAdmin):
    list_display = ["__str__", "film", "person", "character", "vehicle", "spoils", "source_list"]
    list_filter = ["film", "spoils"]
    search_fields = ["note"]
    autocomplete_fields = ["film", "person", "character", "vehicle", "spoils"]
    filter_horizontal = ["sources"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("film", "person", "character", "vehicle", "spoils")
            .prefetch_related("sources")
        )

    @admin.display(description=_("Sources"))
    def source_list(self, discrepancy):
        return format_html_join(", ", "{}", ((s.title,) for s in discrepancy.sources.all()))


@admin.register(EditorialPiece)
class EditorialPieceAdmin(
    PublishableAdminMixin, LanguageHelpTextsMixin, HistoryAdmin, TranslationAdmin
):
    list_display = ["title", "kind", "written_on", "status", "published_at", "is_public"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "standfirst", "sections__text"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["films"]
    autocomplete_fields = ["standfirst_spoils"]
    inlines = [ArticleSectionInline, CitationInline]
    preview_url_name = "films:piece-preview"
