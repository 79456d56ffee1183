from allauth.account.forms import LoginForm, SignupForm
from django.conf import settings
from django.utils.translation import gettext


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
