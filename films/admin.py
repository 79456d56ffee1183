from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline

from films.models import (
    AlternativeName,
    Character,
    Citation,
    Company,
    Credit,
    Discrepancy,
    EditorialPiece,
    ExternalLink,
    Film,
    FilmingLocation,
    Person,
    Source,
)

admin.site.site_header = "bulletsite newsroom"
admin.site.site_title = "bulletsite"


class CitationInline(GenericTabularInline):
    model = Citation
    extra = 0
    autocomplete_fields = ["source"]


class CreditInline(admin.TabularInline):
    model = Credit
    extra = 0
    autocomplete_fields = ["person", "character"]
    ordering = ["role", "billing_order"]


class FilmingLocationInline(admin.TabularInline):
    model = FilmingLocation
    extra = 0


class ExternalLinkInline(admin.TabularInline):
    model = ExternalLink
    extra = 0


@admin.register(Film)
class FilmAdmin(admin.ModelAdmin):
    list_display = ["title", "original_title", "series_position", "release_date", "status"]
    list_filter = ["status"]
    search_fields = ["title", "original_title"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["distributor", "production_companies"]
    inlines = [CreditInline, FilmingLocationInline, ExternalLinkInline, CitationInline]


class AlternativeNameInline(admin.TabularInline):
    model = AlternativeName
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "alternative_names__name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AlternativeNameInline, CitationInline]


@admin.register(Character)
class CharacterAdmin(admin.ModelAdmin):
    list_display = ["name", "full_name"]
    search_fields = ["name", "full_name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["appearances"]
    inlines = [CitationInline]


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "published_on", "document_name"]
    list_filter = ["kind"]
    search_fields = ["title", "text"]


@admin.register(Discrepancy)
class DiscrepancyAdmin(admin.ModelAdmin):
    list_display = ["__str__", "film", "person", "character"]
    autocomplete_fields = ["film", "person", "character"]
    filter_horizontal = ["sources"]


@admin.register(EditorialPiece)
class EditorialPieceAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "written_on", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["films"]
