import logging

from allauth.account.views import SignupView
from allauth.core import ratelimit
from django.db import transaction
from django.utils.translation import gettext

logger = logging.getLogger(__name__)


class MemberSignupView(SignupView):
    """allauth's sign-up, made whole or not at all: if the verification mail cannot be sent, the
    account is not kept and the form says so, with everything typed still in it.

    Its limit counts sign-ups that went through (the "account_create" rate limit), each of which
    sends a mail; attempts that failed validation count for nothing, so a few typos on a shared
    connection lock no one out. allauth's own "signup" limit, which counts every attempt, is off
    (settings.ACCOUNT_RATE_LIMITS)."""

    def form_valid(self, form):
        if not ratelimit.consume(self.request, action="account_create", dry_run=True):
            return ratelimit.respond_429(self.request)
        try:
            with transaction.atomic():
                response = super().form_valid(form)
        except (OSError, ValueError):  # SMTP errors are OSErrors; an unencodable address is not
            logger.exception("Sign-up mail could not be sent; the account was not created.")
            form.add_error(
                "email",
                gettext(
                    "We could not send the confirmation mail to this address, so no account was "
                    "made. Check the address, or try again in a few minutes."
                ),
            )
            return self.form_invalid(form)
        ratelimit.consume(self.request, action="account_create")
        return response
