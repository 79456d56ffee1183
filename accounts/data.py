"""What a member wrote, gathered for them to download, and their account deleted with it.

The accounts app knows no domain model: each app that keeps something of a member's registers
a section of the download from its own apps.py (`accounts.data.register("reviews", collect)`),
and deletes it, with its history, through the deletion's signals."""

from django.db import transaction
from django.utils import timezone

_sections = {}


def register(name, collect, *, describe):
    """Add `collect(member)`, anything JSON can hold, to the download as its `name` section;
    `describe(collected)` says what of it deleting the account deletes ("Your 3 reviews."), or
    None when there is nothing."""
    _sections[name] = (collect, describe)


def account_section(member):
    from allauth.account.models import EmailAddress

    addresses = EmailAddress.objects.filter(user=member).order_by("-primary", "email")
    return {
        "username": member.get_username(),
        "email": member.email,
        "email_addresses": [
            {"email": a.email, "primary": a.primary, "verified": a.verified} for a in addresses
        ],
        "date_joined": member.date_joined.isoformat(),
        "last_login": member.last_login.isoformat() if member.last_login else None,
    }


def member_data(member):
    """Everything the site keeps that `member` wrote or chose, for them to download."""
    return {
        "exported_at": timezone.now().isoformat(),
        "account": account_section(member),
        **{name: collect(member) for name, (collect, _describe) in _sections.items()},
    }


def what_deleting_deletes(member):
    """Sentences saying what of `member`'s the deletion takes with it, app by app."""
    described = (describe(collect(member)) for collect, describe in _sections.values())
    return [sentence for sentence in described if sentence]


def account_delete(*, member):
    """Delete `member`'s account and everything it holds, in one transaction: every app's rows
    go by cascade, and with them (their pre_delete receivers) their stored versions."""
    with transaction.atomic():
        member.delete()
