import logging

from allauth.account.views import SignupView
from allauth.core import ratelimit
from allauth.core.ratelimit import consume_or_429
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext

from accounts.data import account_delete, member_data, what_deleting_deletes
from accounts.forms import AccountDeleteForm

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


@login_required
def account_export(request):
    """Everything the member wrote, as a JSON file to keep."""
    member = request.user
    filename = f"bulletsite-{member.get_username()}-{timezone.localdate():%Y-%m-%d}.json"
    response = JsonResponse(
        member_data(member), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def account_delete_view(request):
    """Delete the member's account and everything they wrote, once they confirm it."""
    member = request.user
    if request.method == "POST" and (limited := consume_or_429(request, action="account_delete")):
        return limited
    form = AccountDeleteForm(request.POST if request.method == "POST" else None, member=member)
    if form.is_valid():
        logout(request)
        account_delete(member=member)
        messages.success(
            request, gettext("Your account is deleted, and everything you wrote with it.")
        )
        return redirect("home")
    context = {"form": form, "consequences": what_deleting_deletes(member)}
    return render(request, "account/account_delete.html", context)
