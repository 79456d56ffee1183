from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.admin import GenericTabularInline
from django.db.models import Count
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

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
    Role,
    Source,
    TimelineEvent,
    Vehicle,
    VehicleAppearance,
)
from newsroom.history import HistoryAdmin


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


class PassageInline(TranslationStackedInline):
    """Prose in passages, each with the latest film whose plot it reveals."""

    extra = 0
    autocomplete_fields = ["spoils"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("spoils")


class FilmPassageInline(PassageInline):
    model = FilmPassage
    fk_name = "film"
    fields = [("section", "order", "spoils"), "text"]
    verbose_name = _("passage")
    verbose_name_plural = _("previously on, plot, production, release and reception: passages")
    ordering = ["section", "order"]


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


class CastCreditForm(forms.ModelForm):
    """A credit with a character: the role is always cast, so the form does not ask for it."""

    class Meta:
        model = Credit
        fields = ["person", "character", "billing_order", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.role = Role.CAST
        self.fields["character"].required = True


class CastInline(TranslationTabularInline):
    model = Credit
    form = CastCreditForm
    verbose_name = _("cast credit")
    verbose_name_plural = pgettext_lazy("credits", "cast")
    extra = 1
    autocomplete_fields = ["person", "character"]
    ordering = ["billing_order"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(role=Role.CAST).select_related("person")


class CrewInline(TranslationTabularInline):
    model = Credit
    verbose_name = _("crew credit")
    verbose_name_plural = _("crew")
    fields = ["role", "person", "billing_order"]
    extra = 1
    autocomplete_fields = ["person"]
    ordering = ["role", "billing_order"]

    def get_queryset(self, request):
        return super().get_queryset(request).exclude(role=Role.CAST).select_related("person")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        role = formset.form.base_fields["role"]
        role.choices = [choice for choice in role.choices if choice[0] != Role.CAST]
        return formset


class FilmingLocationInline(TranslationTabularInline):
    model = FilmingLocation
    extra = 0


class ExternalLinkInline(admin.TabularInline):
    model = ExternalLink
    extra = 0


# Registered by bulletsite/admin.py, with the reviews app's inlines.
class FilmAdmin(PublishableAdminMixin, HistoryAdmin, TranslationAdmin):
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
    readonly_fields = ["poster_preview", "updated_at"]
    preview_url_name = "films:film-preview"
    inlines = [
        FilmPassageInline,
        CastInline,
        CrewInline,
        FilmingLocationInline,
        ExternalLinkInline,
        CitationInline,
    ]
    fieldsets = [
        (None, {"fields": ["title", "original_title", "slug", "series_position", "genre"]}),
        (_("Publication"), {"fields": ["status", "published_at", "updated_at"]}),
        (
            _("Facts"),
            {
                "fields": [
                    ("release_date", "release_date_precision"),
                    "runtime_minutes",
                    "countries",
                    "languages",
                    "production_companies",
                    "distributor",
                ]
            },
        ),
        (_("Poster"), {"fields": ["poster", "poster_preview"]}),
        (_("Synopsis"), {"fields": ["synopsis"]}),
    ]

    @admin.display(description=_("Poster"))
    def poster_thumbnail(self, film):
        if not film.poster:
            return "—"
        return format_html(
            '<img src="{}" alt="" width="40" height="60">',
            film.poster.url,
        )

    @admin.display(description=_("Preview"))
    def poster_preview(self, film):
        if not film.poster:
            return gettext("No poster yet.")
        return format_html(
            '<img src="{}" alt="{}" width="160">',
            film.poster.url,
            gettext("Poster of %(title)s") % {"title": film.title},
        )


class AlternativeNameInline(admin.TabularInline):
    model = AlternativeName
    extra = 0
    autocomplete_fields = ["source"]


class PersonCreditInline(admin.TabularInline):
    """The person's credits, read-only: they are edited on each film."""

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
class PersonAdmin(HistoryAdmin, TranslationAdmin):
    # Explicit: the annotated (GROUP BY) queryset would drop Meta.ordering.
    ordering = ["name"]
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
class CharacterAdmin(HistoryAdmin, TranslationAdmin):
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
class VehicleAdmin(HistoryAdmin, TranslationAdmin):
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
class TimelineEventAdmin(HistoryAdmin, TranslationAdmin):
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
class DiscrepancyAdmin(HistoryAdmin, TranslationAdmin):
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
class EditorialPieceAdmin(PublishableAdminMixin, HistoryAdmin, TranslationAdmin):
    list_display = ["title", "kind", "written_on", "status", "published_at", "is_public"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "standfirst", "sections__text"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["films"]
    autocomplete_fields = ["standfirst_spoils"]
    inlines = [ArticleSectionInline, CitationInline]
    preview_url_name = "films:piece-preview"
