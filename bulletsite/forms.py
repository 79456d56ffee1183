from allauth.account.forms import LoginForm, SignupForm
from django import forms
from django.conf import settings
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _


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


class MemberSignupForm(SignupForm):
    """allauth's sign-up form, its honeypot labelled like any field for bots, and kept from
    people by templates/includes/form_fields.html: off screen, out of the tab order and hidden
    from screen readers. (allauth's own inline style would break the CSP.)"""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        honeypot = self.fields.get(settings.ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD)
        if honeypot is not None:
            honeypot.label = gettext("Leave this field empty")
            honeypot.widget.attrs = {"autocomplete": "off", "tabindex": "-1"}


class MemberLoginForm(LoginForm):
    """allauth's sign-in form, its labels in sentence case like the rest of the site."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "remember" in self.fields:
            self.fields["remember"].label = gettext("Remember me")
