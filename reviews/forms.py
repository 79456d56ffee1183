import unicodedata

from django import forms
from django.contrib.humanize.templatetags.humanize import apnumber
from django.db.models import Q
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import get_language, gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from accounts.validators import member_text_validator
from films.models import Film
from reviews.marks import TYPED_TOKEN, for_editing, marked_film_ids, parse_typed
from reviews.models import (
    ReviewFlag,
    ScoredFilm,
    TrilogyRanking,
    UserReview,
    rating_out_of_five,
)

RATING_CHOICES = [
    (rating, lazy(rating_out_of_five, str)(rating))
    for rating in range(UserReview.MIN_RATING, UserReview.MAX_RATING + 1)
]


# Scripts that stack marks on one letter need two or three; "Zalgo" text stacks hundreds, which
# no layout can contain.
MAX_MARKS_PER_LETTER = 4


def text_normalized(text):
    """Return text in composed form (é as one character), refusing letters buried in marks."""
    text = unicodedata.normalize("NFC", text)
    run = 0
    for character in text:
        run = run + 1 if unicodedata.category(character) in {"Mn", "Me"} else 0
        if run > MAX_MARKS_PER_LETTER:
            raise forms.ValidationError(
                gettext(
                    "A letter can carry at most %(limit)s accents or marks; remove the ones "
                    "stacked on top of each other."
                )
                % {"limit": MAX_MARKS_PER_LETTER}
            )
    return text


def marks_help(help_text, film):
    """The body's help text, then how to mark a passage that spoils a film, with the film
    reviewed as the example."""
    marks = gettext(
        "To fold a passage for readers who have not seen a film, put it between "
        "[spoiler=%(position)s] and [/spoiler], naming the film by its place in the series or "
        "its title: [spoiler=%(title)s]…[/spoiler]. [spoiler] alone names this film. Readers "
        "who have seen it read the passage as written."
    ) % {"position": film.series_position, "title": film.title}
    return format_html("{} {}", help_text, marks)


class StarRatingInput(forms.RadioSelect):
    """Native radios, one per half star, that the site's CSS draws as five stars; its
    widget_type, "starrating", tells templates/includes/form_fields.html to lay them out so.
    Each choice also carries its figure in stars ("1½"), which phones show on a button of its
    own: ten half stars are too narrow to tap there."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        whole, half = divmod(int(value), 2) if str(value).isdigit() else (0, 0)
        option["in_stars"] = f"{whole or ''}{'½' if half else ''}" or "0"
        return option


class UserReviewForm(forms.ModelForm):
    """A member's review of a film: new, or an edit of their own."""

    BODY_MIN, BODY_MAX = 20, 5000

    rating = forms.TypedChoiceField(
        label=_("Your rating"),
        choices=RATING_CHOICES,
        coerce=int,
        error_messages={
            "required": _("Choose a rating: from half a star to five stars."),
            "invalid_choice": _("Choose one of the ratings shown, from half a star to five stars."),
        },
        widget=StarRatingInput,
    )
    # Left empty by people; bots that fill every field are turned away.
    homepage = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    spoils = forms.ModelChoiceField(
        queryset=Film.objects.none(),  # set per form: "published" means published by now
        required=False,
        empty_label=_("No, it gives nothing away"),
        label=_("Does it give away a plot?"),
        help_text=_(
            "If it does, choose the latest film whose plot it reveals: readers who have "
            "not seen that film will have to open your review to read it."
        ),
        error_messages={"invalid_choice": _("Choose one of the films listed, or none.")},
    )

    class Meta:
        model = UserReview
        fields = ["rating", "title", "body", "spoils", "language"]
        labels = {"title": _("Headline"), "body": _("Your review"), "language": _("Written in")}
        help_texts = {
            "body": _("Plain text, 20 to 5,000 characters. Leave a blank line between paragraphs."),
            "language": _(
                "Your review shows on both editions of the site, marked with its language."
            ),
        }
        widgets = {
            "body": forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
            "language": forms.RadioSelect,
        }

    def __init__(self, data=None, *, film, user, instance=None):
        if instance is not None and instance.has_pending_edit:
            initial = {f: getattr(instance, f"pending_{f}") for f in UserReview.EDITABLE_FIELDS}
        else:
            # Written on this edition of the site: in its language, as a rule.
            initial = {"language": get_language()} if instance is None else None
        marked = instance.pending_body if instance and instance.has_pending_edit else None
        stored = marked if marked is not None else (instance.body if instance else "")
        # The films a mark may name: the published ones, and any the review's marks already
        # name (withdrawn since), so that saving it again keeps them.
        self.mark_films = list(
            Film.objects.filter(
                Q(pk__in=Film.objects.published()) | Q(pk__in=marked_film_ids(stored))
            ).order_by("series_position")
        )
        if instance is not None:
            films = {f.pk: f for f in self.mark_films}
            initial = (initial or {}) | {"body": for_editing(stored, films)}
        super().__init__(data, instance=instance, initial=initial)
        self.film = film
        self.fields["body"].help_text = marks_help(self.fields["body"].help_text, film)
        self.user = user
        self.fields["title"].widget.attrs["dir"] = "auto"
        for name in ("title", "body"):
            self.fields[name].validators.append(member_text_validator)
        self.fields["language"].required = False
        self.fields["language"].choices = [("en", _("English")), ("fr", _("French"))]
        self.fields["spoils"].queryset = Film.objects.published().order_by("series_position")

    def clean_homepage(self):
        if self.cleaned_data["homepage"]:
            raise forms.ValidationError(gettext("This review could not be accepted."))
        return ""

    def clean_language(self):
        """The language chosen; by default the review's own, or else this edition's."""
        if chosen := self.cleaned_data["language"]:
            return chosen
        return get_language() if self.instance.pk is None else self.instance.language

    def clean_title(self):
        title = text_normalized(self.cleaned_data["title"].strip())
        if not title:
            raise forms.ValidationError(gettext("Give your review a headline."))
        return title

    def clean_body(self):
        body = text_normalized(self.cleaned_data["body"].strip().replace("\r\n", "\n"))
        if len(body) < self.BODY_MIN:
            raise forms.ValidationError(
                gettext("Write at least %(limit)s characters (you wrote %(count)s).")
                % {"limit": self.BODY_MIN, "count": len(body)}
            )
        if len(body) > self.BODY_MAX:
            raise forms.ValidationError(
                gettext("Keep it to %(limit)s characters (you wrote %(count)s).")
                % {
                    "limit": number_format(self.BODY_MAX, force_grouping=True),
                    "count": number_format(len(body), force_grouping=True),
                }
            )
        # Marks count for nothing towards the length asked for.
        if len(words := TYPED_TOKEN.sub("", body).strip()) < self.BODY_MIN:
            raise forms.ValidationError(
                gettext("Write at least %(limit)s characters (you wrote %(count)s).")
                % {"limit": self.BODY_MIN, "count": len(words)}
            )
        return parse_typed(body, films=self.mark_films, reviewed=self.film)

    def _post_clean(self):
        # The instance changes through save() below, never by the form's own construction:
        # an approved review must keep its text while an edit waits.
        pass

    def save(self):
        spoils = self.cleaned_data["spoils"]
        changes = {field: self.cleaned_data[field] for field in ("rating", "title", "body")}
        changes["contains_spoilers"] = spoils is not None
        language = self.cleaned_data["language"]
        if self.instance.pk is None:
            return UserReview.objects.create(
                film=self.film, author=self.user, spoils=spoils, language=language, **changes
            )
        self.instance.language = language
        # Folding more is safe at once; a moderator's mark is never moved to an earlier film.
        marked = self.instance.spoils if self.instance.spoilers_marked_by_id else None
        if spoils and not (marked and spoils.series_position < marked.series_position):
            self.instance.spoils = spoils
        self.instance.revise(**changes)
        return self.instance


class ReviewFlagForm(forms.Form):
    """Why a member reports a review: one reason, and their own words when it is none of them."""

    reason = forms.ChoiceField(
        choices=ReviewFlag.Reason.choices,
        widget=forms.RadioSelect,
        label=_("What is wrong with this review?"),
        error_messages={"required": _("Choose what is wrong with the review.")},
    )
    note = forms.CharField(
        required=False,
        max_length=300,
        label=_("Anything the moderators should know"),
        help_text=_("Needed if you chose “Something else”. Up to 300 characters."),
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[member_text_validator],
    )
    spoils = forms.ModelChoiceField(
        queryset=Film.objects.none(),  # set per form: "published" means published by now
        required=False,
        label=_("Which film does it spoil?"),
        help_text=_("Needed for an unmarked spoiler: the latest film whose plot it reveals."),
        empty_label=_("Choose a film"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["spoils"].queryset = Film.objects.published().order_by("series_position")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == ReviewFlag.Reason.OTHER and not cleaned.get("note", "").strip():
            self.add_error("note", gettext("Say in a few words what is wrong with the review."))
        if cleaned.get("reason") == ReviewFlag.Reason.SPOILER and not cleaned.get("spoils"):
            self.add_error("spoils", gettext("Choose the film whose plot the review reveals."))
        return cleaned


# What the places of a ranking are called, best first: a label each, and the word in a sentence
# ("Choose the film you rank third."). Places beyond these go by their number.
PLACE_LABELS = [
    pgettext_lazy("trilogy ranking", "Best"),
    pgettext_lazy("trilogy ranking", "Second"),
    pgettext_lazy("trilogy ranking", "Third"),
    pgettext_lazy("trilogy ranking", "Fourth"),
    pgettext_lazy("trilogy ranking", "Fifth"),
    pgettext_lazy("trilogy ranking", "Sixth"),
    pgettext_lazy("trilogy ranking", "Seventh"),
    pgettext_lazy("trilogy ranking", "Eighth"),
    pgettext_lazy("trilogy ranking", "Ninth"),
    pgettext_lazy("trilogy ranking", "Tenth"),
]
PLACE_WORDS = [
    pgettext_lazy("ranking place, in a sentence", "first"),
    pgettext_lazy("ranking place, in a sentence", "second"),
    pgettext_lazy("ranking place, in a sentence", "third"),
    pgettext_lazy("ranking place, in a sentence", "fourth"),
    pgettext_lazy("ranking place, in a sentence", "fifth"),
    pgettext_lazy("ranking place, in a sentence", "sixth"),
    pgettext_lazy("ranking place, in a sentence", "seventh"),
    pgettext_lazy("ranking place, in a sentence", "eighth"),
    pgettext_lazy("ranking place, in a sentence", "ninth"),
    pgettext_lazy("ranking place, in a sentence", "tenth"),
]


def _place_word(position):
    if position <= len(PLACE_WORDS):
        return str(PLACE_WORDS[position - 1])
    return gettext("number %(position)s") % {"position": position}


class TrilogyRankingForm(forms.Form):
    """A member's ranking of the published films, best first: new, or a change of their own.
    One field a place (place_1, place_2…), as many as there are films."""

    def __init__(self, data=None, *, user):
        self.instance = TrilogyRanking.objects.filter(member=user).first() or TrilogyRanking(
            member=user
        )
        initial = {}
        if self.instance.pk:
            initial = {
                f"place_{place.position}": place.film_id for place in self.instance.places.all()
            }
        super().__init__(data, initial=initial)
        self.films = ScoredFilm.objects.series()
        count = len(self.films)
        for position in range(1, count + 1):
            label = PLACE_LABELS[position - 1] if position <= len(PLACE_LABELS) else ""
            field = forms.ModelChoiceField(
                queryset=self.films,
                label=f"{position}. {label}" if label else f"{position}.",
                empty_label=gettext("Choose a film"),
            )
            field.error_messages["required"] = gettext("Choose the film you rank %(place)s.") % {
                "place": _place_word(position)
            }
            field.error_messages["invalid_choice"] = ngettext(
                "Choose the film listed; that one is not it.",
                "Choose one of the %(count)s films listed; that one is not among them.",
                count,
            ) % {"count": apnumber(count)}
            self.fields[f"place_{position}"] = field

    def clean(self):
        """Refuse a film chosen twice, under the later of the two places."""
        cleaned = super().clean()
        placed = {}
        for position in range(1, len(self.fields) + 1):
            name = f"place_{position}"
            film = cleaned.get(name)
            if film is None:
                continue
            if film.pk in placed:
                message = gettext("You put %(film)s %(place)s already: choose each film once.")
                self.add_error(
                    name, message % {"film": film, "place": _place_word(placed[film.pk])}
                )
            else:
                placed[film.pk] = position
        return cleaned

    def save(self):
        films = [self.cleaned_data[f"place_{n}"] for n in range(1, len(self.fields) + 1)]
        self.instance = TrilogyRanking.objects.rank(member=self.instance.member, films=films)
        return self.instance
