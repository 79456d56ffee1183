import logging

from allauth.account.views import SignupView
from django.db import transaction
from django.utils.translation import gettext

logger = logging.getLogger(__name__)


class MemberSignupView(SignupView):
    """allauth's sign-up, made whole or not at all: if the verification mail cannot be sent, the
    account is not kept and the form says so, with everything typed still in it."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
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
