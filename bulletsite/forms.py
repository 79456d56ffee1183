from allauth.account.forms import SignupForm
from django import forms
from django.conf import settings


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search",
        max_length=100,
        strip=True,
        required=False,
        error_messages={"max_length": "Search for at most %(limit_value)d characters."},
    )


class MemberSignupForm(SignupForm):
    """allauth's sign-up form, its honeypot labelled like any field and hidden by the site's CSS."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        honeypot = self.fields.get(settings.ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD)
        if honeypot is not None:
            honeypot.label = "Leave this field empty"
            honeypot.widget.attrs = {"autocomplete": "off"}
