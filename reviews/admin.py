from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from films.admin import PublishableAdminMixin
from films.models import Film
from newsroom.addresses import HidesMembersAddresses
from newsroom.history import AuthorsWordsHistoryAdmin, HistoryAdmin, word_diff
from newsroom.languages import LanguageHelpTextsMixin
from reviews.marks import marked_film_ids, marked_films, parse_typed, typed_text, words_of
from reviews.models import (
    AggregateScore,
    Critic,
    CriticReview,
    Publication,
    RankingPlace,
    ReviewFlag,
    TrilogyRanking,
    UserReview,
    rating_out_of_five,
)
from reviews.moderation import (
    OwnReview,
    flag_close,
    review_approve,
    review_hide,
    review_mark_passages,
    review_mark_spoilers,
    review_moderate,
    review_reject,
)


class CriticReviewInline(LanguageHelpTextsMixin, TranslationStackedInline):
    """On the film's form: compact, English and French side by side."""

    model = CriticReview
    fk_name = "film"
    extra = 0
    autocomplete_fields = ["critic", "publication", "source", "spoils"]
    fields = [
        ("publication", "critic", "verdict"),
        ("pull_quote", "pull_quote_translation"),
        ("summary_en", "summary_fr"),
        ("spoils", "source"),
        ("original_score", "score_scale"),
        ("url", "reviewed_on"),
        ("status", "published_at"),
    ]
    # Opened with a click: four reviews open would make most of the film's form.
    classes = ["collapse"]

    class Media:
        css = {"all": ["css/admin-languages.css"]}


class AggregateScoreInline(admin.TabularInline):
    model = AggregateScore
    extra = 0
    fields = [
        "aggregator",
        "label",
        "value",
        "scale",
        "review_count",
        "as_of",
        "note_en",
        "note_fr",
        "status",
        "published_at",
    ]


class ReviewCountAdmin(HistoryAdmin):
    """Publications and critics: listed by name, with how many reviews each has."""

    # Explicit: the annotated (GROUP BY) queryset would drop Meta.ordering.
    ordering = ["name"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(review_count=Count("reviews"))

    @admin.display(description=_("Reviews"), ordering="review_count")
    def review_count(self, obj):
        return obj.review_count


@admin.register(Publication)
class PublicationAdmin(ReviewCountAdmin):
    list_display = ["name", "website", "review_count"]


@admin.register(Critic)
class CriticAdmin(ReviewCountAdmin):
    list_display = ["name", "review_count"]


@admin.register(CriticReview)
class CriticReviewAdmin(PublishableAdminMixin, HistoryAdmin, TranslationAdmin):
    list_display = ["film", "critic", "publication", "verdict", "status", "published_at"]
    list_filter = ["verdict", "status", "film", "publication"]
    search_fields = ["pull_quote", "critic__name", "publication__name", "film__title"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["film", "critic", "publication", "source", "spoils"]
    list_select_related = ["film", "critic", "publication"]


@admin.register(AggregateScore)
class AggregateScoreAdmin(PublishableAdminMixin, HistoryAdmin):
    list_display = ["film", "aggregator", "value", "review_count", "as_of", "status"]
    list_filter = ["aggregator", "status"]
    date_hierarchy = "as_of"
    autocomplete_fields = ["film", "source"]
    list_select_related = ["film"]


class PublishedFilmChoiceField(forms.ModelChoiceField):
    """A choice of the published films, in the series' order: the films a review may spoil.
    A plain select, not an autocomplete: moderators may not browse the films' admin (drafts
    included), and the series is short."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Film.objects.published().order_by("series_position"), **kwargs)


class ModerationActionForm(ActionForm):
    reason = forms.CharField(
        required=False,
        label=_("Reason shown to the author"),
        widget=forms.TextInput(attrs={"size": 40}),
    )
    spoils = PublishedFilmChoiceField(
        required=False,
        label=_("Spoils"),
        empty_label=_("the film reviewed"),
        help_text=_("For marking spoilers: the latest film whose plot the reviews reveal."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "Published" means published by now, not when the class was made.
        self.fields["spoils"].queryset = PublishedFilmChoiceField().queryset


class UserReviewAdminForm(forms.ModelForm):
    """The moderator's form: nobody approves their own review."""

    moderator = None  # set per request by UserReviewAdmin.get_form

    marked_body = forms.CharField(
        label=_("Review, with its spoiler marks"),
        widget=forms.Textarea(attrs={"rows": 10, "cols": 80, "dir": "auto"}),
        help_text=_(
            "Mark a passage that reveals a film's plot as members do: [spoiler=2]…[/spoiler], "
            "with the film's place in the series or its title; [spoiler] alone names the film "
            "reviewed. Readers who have not seen that film find the passage folded. Only the "
            "marks can change here, never the member's words. Where an edit is waiting, these "
            "are the marks of the edit."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["marked_body"] = typed_text(self._marked_text())
            self.mark_films = list(
                Film.objects.filter(
                    Q(pk__in=Film.objects.published())
                    | Q(pk__in=marked_film_ids(self._marked_text()))
                ).order_by("series_position")
            )

    def _marked_text(self):
        review = self.instance
        return review.pending_body if review.has_pending_edit else review.body

    def clean_marked_body(self):
        typed = self.cleaned_data["marked_body"].replace("\r\n", "\n").strip()
        text = parse_typed(typed, films=self.mark_films, reviewed=self.instance.film)
        if words_of(text) != words_of(self._marked_text()):
            raise ValidationError(
                gettext(
                    "Only the spoiler marks can change here: put the member's words back as "
                    "they wrote them."
                ),
                code="words_changed",
            )
        return text

    def clean_status(self):
        status = self.cleaned_data["status"]
        approving = status == UserReview.Status.APPROVED and "status" in self.changed_data
        if approving and self.moderator and self.instance.author_id == self.moderator.pk:
            raise ValidationError(
                gettext("You cannot approve your own review: another moderator must."),
                code="own_review",
            )
        return status


class AwaitingModerationFilter(admin.SimpleListFilter):
    title = _("queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [("waiting", gettext("Awaiting moderation")), ("flagged", gettext("Flagged"))]

    def queryset(self, request, queryset):
        if self.value() == "waiting":
            return queryset.awaiting_moderation()
        if self.value() == "flagged":
            return queryset.flagged()
        return queryset


class ReviewFlagInline(admin.TabularInline):
    """The review's reports: a moderator closes one (dismissed, or resolved with an action)
    without deciding on the review again."""

    model = ReviewFlag
    verbose_name_plural = _("reports")
    fields = [
        "reason",
        "spoiled_film",
        "note",
        "flagged_by",
        "created_at",
        "outcome",
        "resolved_at",
    ]
    readonly_fields = [f for f in fields if f != "outcome"]
    extra = 0
    can_delete = False

    @admin.display(description=_("Spoils"))
    def spoiled_film(self, flag):
        """The film the reporter says the review spoils, by its title: not a link to its
        admin, which moderators may not open."""
        return flag.spoils.title if flag.spoils else None

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(UserReview)
class UserReviewAdmin(HidesMembersAddresses, AuthorsWordsHistoryAdmin):
    # What a moderator decides on, in columns that fit a 1280 px screen beside the filters.
    list_display = [
        "to_publish",
        "film",
        "author",
        "stars",
        "status",
        "spoiler",
        "language",
        "open_flags",
        "sent",
    ]
    list_display_links = ["to_publish"]
    list_filter = [
        AwaitingModerationFilter,
        "status",
        "film",
        "contains_spoilers",
        "spoils",
        "language",
    ]
    search_fields = ["title", "body", "author__username", "author__email"]
    # No date_hierarchy: its links group every review by day, a scan of the whole table on each
    # load, which at a million reviews takes seconds. The list is newest first.
    list_select_related = ["film", "author", "spoils"]
    action_form = ModerationActionForm
    form = UserReviewAdminForm
    actions = ["approve", "reject", "hide", "mark_spoilers"]
    inlines = [ReviewFlagInline]
    # Moderators decide, and mark spoilers; nobody rewrites a member's words.
    fields = [
        "film",
        "author",
        "stars",
        "title",
        "marked_body",
        "pending_edit",
        "contains_spoilers",
        "spoils",
        "spoilers_marked_by",
        "open_flags",
        "status",
        "moderation_reason",
        "moderated_by",
        "moderated_at",
        "created_at",
        "updated_at",
    ]
    readonly_fields = [
        f for f in fields if f not in ("status", "moderation_reason", "spoils", "marked_body")
    ]
    # What its history shows: the newsroom's decisions, never the member's earlier words.
    decision_fields = ["status", "moderation_reason", "contains_spoilers", "spoils"]

    class Media:
        css = {"all": ["css/admin-history.css", "css/admin-moderation.css", "css/stars.css"]}

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).with_open_flag_count()

    @admin.display(description=_("Open reports"), ordering="open_flag_count")
    def open_flags(self, review):
        """The unresolved reports, counted by reason."""
        return format_html_join(
            ", ", "{} × {}", ((count, label) for label, count in review.open_flag_reasons)
        )

    @admin.display(description=_("What approval publishes"), ordering="title")
    def to_publish(self, review):
        """The review's title (the link to it), then what approval puts on the site: the
        waiting edit, if there is one."""
        text = review.text_to_publish
        if review.has_pending_edit:
            return format_html(
                "{}<br>{}<strong>{}</strong> {}",
                review.title,
                gettext("Edit: "),
                text["title"],
                Truncator(typed_text(text["body"])).words(12),
            )
        return format_html(
            "<strong>{}</strong> {}", text["title"], Truncator(typed_text(text["body"])).words(12)
        )

    @admin.display(description=_("Rating"), ordering="rating")
    def stars(self, review):
        """The rating as the site shows it: stars out of five."""
        return review.rating_display

    @admin.display(description=_("Sent"), ordering="created_at")
    def sent(self, review):
        return formats.date_format(timezone.localtime(review.created_at), "SHORT_DATE_FORMAT")

    @admin.display(description=_("Spoils"), ordering="spoils__series_position")
    def spoiler(self, review):
        """The film whose plot the review reveals, whether a moderator marked it, and the films
        its marked passages reveal."""
        passages = marked_films(review.text_to_publish["body"])
        if passages:
            passages = format_html(
                "{}{}",
                gettext("Passages: "),
                ", ".join(film.title for film in passages),
            )
        if not review.contains_spoilers or review.spoils is None:
            return passages or None  # None: shown as the admin's empty value
        whole = review.spoils.title
        if review.spoilers_marked_by_id:
            whole = format_html("{} ({})", review.spoils.title, gettext("marked"))
        return format_html("{}<br>{}", whole, passages) if passages else whole

    @admin.display(description=_("Waiting edit"))
    def pending_edit(self, review):
        """The approved review beside the edit waiting for approval, differences marked."""
        if not review.has_pending_edit:
            return gettext("None.")
        rows = (
            (
                label,
                display(getattr(review, field)),
                display(getattr(review, f"pending_{field}")),
                word_diff(
                    display(getattr(review, field)), display(getattr(review, f"pending_{field}"))
                ),
            )
            for field, label, display in (
                ("rating", gettext("Rating"), rating_out_of_five),
                ("title", gettext("Title"), str),
                ("body", gettext("Review"), typed_text),
                (
                    "contains_spoilers",
                    gettext("Contains spoilers"),
                    lambda marked: gettext("Yes") if marked else gettext("No"),
                ),
            )
        )
        return format_html(
            '<table class="history pending-edit"><thead><tr><th scope="col">{}</th>'
            '<th scope="col">{}</th><th scope="col">{}</th>'
            '<th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>',
            gettext("Field"),
            gettext("Approved, on the site"),
            gettext("Waiting edit"),
            gettext("Differences"),
            format_html_join(
                "",
                '<tr><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>',
                rows,
            ),
        )

    def save_model(self, request, obj, form, change):
        """Apply the moderator's decisions of this save together: a status and a spoiler mark
        are one revision, and neither undoes the other. New spoiler marks are saved first, as
        a revision of their own."""
        if "marked_body" in form.changed_data:
            marked = form.cleaned_data["marked_body"]
            if marked != form._marked_text():
                review_mark_passages(review=obj, by=request.user, text=marked)
        status = obj.status if {"status", "moderation_reason"} & set(form.changed_data) else None
        spoils = obj.spoils if "spoils" in form.changed_data and obj.spoils else None
        if status is None and spoils is None:
            super().save_model(request, obj, form, change)
            return
        review_moderate(
            review=obj, by=request.user, status=status, reason=obj.moderation_reason, spoils=spoils
        )
        if spoils:
            messages.info(
                request,
                gettext(
                    "Marked as spoiling %(title)s: readers must open it, and its author is told."
                )
                % {"title": spoils.title},
            )

    def save_formset(self, request, form, formset, change):
        """A report closed (or opened again) on the review's page is closed by its own write
        function, which records who closed it and when."""
        if formset.model is not ReviewFlag:
            super().save_formset(request, form, formset, change)
            return
        # What the admin's change message and log read from a saved formset.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for flag_form in formset.forms:
            if flag_form.instance.pk and "outcome" in flag_form.changed_data:
                flag = flag_close(
                    flag=flag_form.instance,
                    by=request.user,
                    outcome=flag_form.cleaned_data["outcome"],
                )
                formset.changed_objects.append((flag, ["outcome"]))

    def changelist_view(self, request, extra_context=None):
        # The queue needs the screen's width for its columns: the filters stay, the list of
        # the site's other models (a link away, in the breadcrumbs) goes.
        context = {"is_nav_sidebar_enabled": False, **(extra_context or {})}
        return super().changelist_view(request, context)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.moderator = request.user
        form.base_fields["moderation_reason"].required = False
        if "spoils" in form.base_fields:
            # What marking a member's review does, besides what any spoiler tag means.
            form.base_fields["spoils"].help_text = _(
                "The latest film whose plot the review reveals. Setting it marks the review as "
                "containing spoilers, whatever the author said, and tells the author so."
            )
        return form

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # A plain select of the published films, without links to add or edit a film.
        if db_field.name == "spoils":
            return PublishedFilmChoiceField(
                required=False, label=db_field.verbose_name.capitalize()
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def _decide_each(self, request, queryset, decide, done):
        count = 0
        for review in queryset.select_related("film"):
            try:
                decide(review)
            except OwnReview:
                self.message_user(
                    request,
                    gettext("“%(title)s” is your own review: another moderator must approve it.")
                    % {"title": review.title},
                    level=messages.ERROR,
                )
                continue
            count += 1
        if count:
            self.message_user(request, done(count) % {"count": count})

    @admin.action(description=_("Approve the selected reviews"), permissions=["change"])
    def approve(self, request, queryset):
        """First show what approval will publish, review by review; approve on confirmation."""
        if request.POST.get("confirm") != "yes":
            return TemplateResponse(
                request,
                "admin/reviews/userreview/approve_confirmation.html",
                {
                    **self.admin_site.each_context(request),
                    "title": gettext("Publish these reviews?"),
                    "opts": self.model._meta,
                    "reviews": queryset.select_related("film", "author"),
                    "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                },
            )
        self._decide_each(
            request,
            queryset,
            lambda r: review_approve(review=r, by=request.user),
            lambda n: ngettext("%(count)s review approved.", "%(count)s reviews approved.", n),
        )

    @admin.action(
        description=_("Mark the selected reviews as spoiling a film (choose it under Spoils)"),
        permissions=["change"],
    )
    def mark_spoilers(self, request, queryset):
        """Mark spoilers of the film chosen beside the action, else of the film each reviews."""
        try:
            film = PublishedFilmChoiceField(required=False).clean(request.POST.get("spoils"))
        except ValidationError:
            self.message_user(
                request,
                gettext("Nothing was marked: choose a published film."),
                level=messages.ERROR,
            )
            return
        self._decide_each(
            request,
            queryset,
            lambda r: review_mark_spoilers(review=r, by=request.user, film=film),
            lambda n: ngettext(
                "%(count)s review marked as containing spoilers.",
                "%(count)s reviews marked as containing spoilers.",
                n,
            ),
        )

    @admin.action(
        description=_("Reject the selected reviews (give a reason)"), permissions=["change"]
    )
    def reject(self, request, queryset):
        reason = request.POST.get("reason", "").strip()
        if not reason:
            self.message_user(
                request,
                gettext(
                    "Nothing was rejected: write the reason the authors will read, then try again."
                ),
                level=messages.ERROR,
            )
            return
        self._decide_each(
            request,
            queryset,
            lambda r: review_reject(review=r, by=request.user, reason=reason),
            lambda n: ngettext("%(count)s review rejected.", "%(count)s reviews rejected.", n),
        )

    @admin.action(description=_("Hide the selected reviews from the site"), permissions=["change"])
    def hide(self, request, queryset):
        reason = request.POST.get("reason", "")
        self._decide_each(
            request,
            queryset,
            lambda r: review_hide(review=r, by=request.user, reason=reason),
            lambda n: ngettext("%(count)s review hidden.", "%(count)s reviews hidden.", n),
        )

    def view_on_site(self, review):
        return review.film.get_absolute_url()


@admin.register(ReviewFlag)
class ReviewFlagAdmin(admin.ModelAdmin):
    """Members' reports: a moderator acts on the review (which resolves its open reports), or
    closes a report here without deciding on the review again."""

    list_display = [
        "review_link",
        "flagged_by",
        "reason",
        "spoils",
        "outcome",
        "created_at",
        "resolved_at",
    ]
    list_filter = ["outcome", "reason"]
    date_hierarchy = "created_at"
    list_select_related = ["review__author", "review__film", "flagged_by", "spoils"]
    actions = ["dismiss", "resolve"]
    fields = [
        "review_link",
        "reason",
        "spoiled_film",
        "note",
        "flagged_by",
        "created_at",
        "outcome",
        "resolved_at",
        "resolved_by",
    ]
    readonly_fields = [f for f in fields if f != "outcome"]
    spoiled_film = ReviewFlagInline.spoiled_film

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("Review"))
    def review_link(self, flag):
        url = reverse("admin:reviews_userreview_change", args=[flag.review_id])
        return format_html('<a href="{}">{}</a>', url, flag.review)

    def save_model(self, request, obj, form, change):
        if "outcome" in form.changed_data:
            flag_close(flag=obj, by=request.user, outcome=obj.outcome)

    def _close(self, request, queryset, outcome, done):
        count = 0
        for flag in queryset.filter(outcome=ReviewFlag.Outcome.OPEN):
            flag_close(flag=flag, by=request.user, outcome=outcome)
            count += 1
        self.message_user(request, done(count) % {"count": count})

    @admin.action(
        description=_("Dismiss the selected reports (the review needs no action)"),
        permissions=["change"],
    )
    def dismiss(self, request, queryset):
        self._close(
            request,
            queryset,
            ReviewFlag.Outcome.DISMISSED,
            lambda n: ngettext("%(count)s report dismissed.", "%(count)s reports dismissed.", n),
        )

    @admin.action(
        description=_("Mark the selected reports resolved (acted on already)"),
        permissions=["change"],
    )
    def resolve(self, request, queryset):
        self._close(
            request,
            queryset,
            ReviewFlag.Outcome.RESOLVED,
            lambda n: ngettext("%(count)s report resolved.", "%(count)s reports resolved.", n),
        )


class FavouriteFilter(admin.SimpleListFilter):
    title = _("favourite")
    parameter_name = "favourite"

    def lookups(self, request, model_admin):
        return [(film.pk, film.title) for film in Film.objects.all()]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(places__position=1, places__film=self.value())
        return queryset


class RankingPlaceInline(admin.TabularInline):
    model = RankingPlace
    fields = ["position", "film"]
    extra = 0
    can_delete = False

    def has_view_permission(self, request, obj=None):
        # The places are part of the ranking: whoever may see it sees them.
        return request.user.has_perm("reviews.view_trilogyranking")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(TrilogyRanking)
class TrilogyRankingAdmin(HidesMembersAddresses, admin.ModelAdmin):
    """Members' rankings, for the newsroom to see: members make and change them on the site,
    and nobody edits them here."""

    list_display = ["member", "order", "updated_at"]
    list_filter = [FavouriteFilter]
    search_fields = ["member__username", "member__email"]
    list_select_related = ["member"]
    inlines = [RankingPlaceInline]

    def get_queryset(self, request):
        places = RankingPlace.objects.select_related("film")
        return super().get_queryset(request).prefetch_related(Prefetch("places", places))

    @admin.display(description=_("Order, best first"))
    def order(self, ranking):
        return ", ".join(str(place) for place in ranking.ordered_places())

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
