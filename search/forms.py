from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SearchField(forms.CharField):
    def prepare_value(self, value):
        # A NUL is refused (400) and the query shown again for editing, but HTML cannot carry
        # one: it is shown as the replacement character, as browsers would read it.
        return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


class SearchForm(forms.Form):
    q = SearchField(
        label=pgettext_lazy("search form", "Search"),
        max_length=100,
        strip=True,
        required=False,
        error_messages={"max_length": _("Search for at most %(limit_value)d characters.")},
    )
