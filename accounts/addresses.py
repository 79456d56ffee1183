"""Who an email address belongs to: the account that verified it first. Until then anyone may
hold it unverified (no one can be kept from typing an address), and no one's unverified copy
keeps its owner from signing up, adding it or being found by it."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction


def verified_owner(email):
    """The account that verified `email`, or None: the only account the address names."""
    verified = EmailAddress.objects.filter(email__iexact=email, verified=True)
    address = verified.select_related("user").first()
    return address.user if address else None


def address_claim(*, address):
    """Give the verified `address` to its account alone: other accounts' unverified copies of
    it go, and so does their user's email field where it names it (allauth mirrors an account's
    primary address there), replaced by another address of theirs, verified first, if any."""
    if not address.verified:
        return
    with transaction.atomic():
        copies = EmailAddress.objects.filter(email__iexact=address.email, verified=False)
        copies.exclude(user_id=address.user_id).delete()
        mirrors = get_user_model().objects.filter(email__iexact=address.email)
        for user in mirrors.exclude(pk=address.user_id):
            remaining = EmailAddress.objects.filter(user=user).order_by("-verified", "-primary")
            user.email = remaining.values_list("email", flat=True).first() or ""
            user.save(update_fields=["email"])


def claim_when_verified(sender, instance, **kwargs):
    """post_save receiver of EmailAddress: whatever verifies an address (the link mailed,
    createeditor, the admin's action) gives it to the account that verified it."""
    address_claim(address=instance)
