"""allauth's sign-up, sign-in and add-an-address forms, as the site shows them."""

from allauth.account.adapter import get_adapter
from allauth.account.forms import AddEmailForm, LoginForm, ResetPasswordForm, SignupForm
from django import forms
from django.conf import settings
from django.utils.translation import gettext

from accounts.addresses import verified_owner
from accounts.validators import USERNAME_MAX_LENGTH, USERNAME_PATTERN, USERNAME_RULES


def label_the_address(form, name):
    """Call the address field « adresse e-mail » as the site's sentences do, where allauth's
    label would read « Courriel » in French (Django's own catalog answers its msgid)."""
    if name in form.fields:
        form.fields[name].label = gettext("Email address")


class MemberSignupForm(SignupForm):
    """allauth's sign-up form, its honeypot labelled like any field for bots, and kept from
    people by templates/includes/form_fields.html: off screen, out of the tab order and hidden
    from screen readers. (allauth's own inline style would break the CSP.)"""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_the_address(self, "email")
        self.tell_the_username_rule()
        honeypot = self.fields.get(settings.ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD)
        if honeypot is not None:
            honeypot.label = gettext("Leave this field empty")
            honeypot.widget.attrs = {"autocomplete": "off", "tabindex": "-1"}

    def tell_the_username_rule(self):
        """Say the rule before the member submits, and let the browser apply it too."""
        username = self.fields.get("username")
        if username is None:
            return
        username.help_text = USERNAME_RULES
        username.widget.attrs.update(
            pattern=USERNAME_PATTERN, maxlength=USERNAME_MAX_LENGTH, title=USERNAME_RULES
        )

    def validate_unique_email(self, value):
        """Let an address through unless an account verified it. allauth counts every account
        that holds it, so another member's unverified copy (anyone can type an address) would
        turn its owner's sign-up into an "account exists" mail; the owner signs up, and their
        verification takes the address from whoever else held it (accounts.addresses)."""
        if verified_owner(value) is not None:
            return super().validate_unique_email(value)  # the owner is mailed, nothing is made
        self.account_already_exists = False
        return get_adapter().validate_unique_email(value)


class MemberAddEmailForm(AddEmailForm):
    """allauth's form to add an address, which refuses one another account verified: allauth
    takes it, unverified, to keep from telling who has an account, and the member who typed
    it then holds another's address."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_the_address(self, "email")

    def clean_email(self):
        email = super().clean_email()
        owner = verified_owner(email)
        if owner is not None and owner.pk != self.user.pk:
            raise get_adapter().validation_error("email_taken")
        return email


class MemberLoginForm(LoginForm):
    """allauth's sign-in form, its labels in sentence case like the rest of the site."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_the_address(self, "login")
        if "remember" in self.fields:
            self.fields["remember"].label = gettext("Remember me")


class AccountDeleteForm(forms.Form):
    """The member confirms that they mean it: with their password, or, for an account without
    one, by typing their username."""

    def __init__(self, data=None, *, member):
        super().__init__(data)
        self.member = member
        if member.has_usable_password():
            self.fields["password"] = forms.CharField(
                label=gettext("Your password"),
                strip=False,
                widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            )
        else:
            self.fields["username"] = forms.CharField(
                label=gettext("Type your username, %(username)s, to confirm")
                % {"username": member.get_username()},
                widget=forms.TextInput(attrs={"autocomplete": "off"}),
            )

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.member.check_password(password):
            raise forms.ValidationError(
                gettext("That is not your password: your account is not deleted.")
            )
        return password

    def clean_username(self):
        username = self.cleaned_data["username"]
        if username != self.member.get_username():
            raise forms.ValidationError(
                gettext("That is not your username: your account is not deleted.")
            )
        return username


class MemberResetPasswordForm(ResetPasswordForm):
    """allauth's form to ask for a new password, its address labelled like the others."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_the_address(self, "email")
