"""The site's rules for members' addresses and where sign-up and confirmation lead, as
allauth's adapter."""

from urllib.parse import urlencode

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import get_next_redirect_url
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.encoding import punycode
from django.utils.translation import gettext

from accounts.redirects import is_same_site_path
from accounts.validators import member_text_validator


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email):
        """Refuse an address that passes validation yet cannot be written into a mail header."""
        email = super().clean_email(email)
        # A quoted local part ("a\x0bb"@example.com) passes Django's validator, controls and all.
        member_text_validator(email)
        _local, _at, domain = email.rpartition("@")
        try:
            punycode(domain)
        except UnicodeError:
            raise ValidationError(
                gettext(
                    "No mail can be sent to this address: its domain holds a character that "
                    "mail servers do not accept. Check it for stray characters."
                )
            ) from None
        return email

    def is_safe_url(self, url):
        """Follow only a path on this site: allauth's own check takes a bare word, which its
        views' `redirect()` then reads as a URL name (a 500, or `account_logout` followed), and
        raises on an address it cannot parse (`http://[::1`)."""
        return is_same_site_path(url)

    def get_email_confirmation_url(self, request, emailconfirmation):
        """Carry the page the member was heading for (a safe `next`) into the link mailed to
        them, so that confirming the address, in whatever browser, leads back to it."""
        url = super().get_email_confirmation_url(request, emailconfirmation)
        next_url = get_next_redirect_url(request) if request is not None else None
        return f"{url}?{urlencode({'next': next_url})}" if next_url else url

    def send_mail(self, template_prefix, email, context):
        """Name the site in every mail (templates/account/email/) by its name, not its host."""
        super().send_mail(template_prefix, email, {"site_name": settings.SITE_NAME, **context})
