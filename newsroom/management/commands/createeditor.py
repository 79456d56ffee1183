from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse

from accounts.addresses import verified_owner
from accounts.validators import username_validators


class Command(BaseCommand):
    help = (
        "Make a staff account for the newsroom, in the Editors group (or Moderators with "
        "--moderator). A new account has no password: the command prints a link to set one. "
        "An existing member's account is made staff only with --promote-existing."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument(
            "--username",
            help="The new account's public name (required for a new account; never an email).",
        )
        parser.add_argument(
            "--moderator",
            action="store_true",
            help="Join the Moderators group (community reviews only) instead of Editors.",
        )
        parser.add_argument(
            "--promote-existing",
            action="store_true",
            help="Make an existing member's account staff: only if you know who holds it.",
        )
        parser.add_argument(
            "--reset-password",
            action="store_true",
            help="For an existing account: print a new link to set its password.",
        )
        parser.add_argument(
            "--site-url",
            default=settings.SITE_URL,
            help="The site's address, for the set-password link (default: %(default)s).",
        )

    @transaction.atomic
    def handle(
        self,
        *args,
        email,
        username,
        moderator,
        promote_existing,
        reset_password,
        site_url,
        **options,
    ):
        User = get_user_model()
        email = User.objects.normalize_email(email.strip())
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"Not an email address: {email!r}") from None
        group_name = "Moderators" if moderator else "Editors"
        try:
            group = Group.objects.get(name=group_name)
        except Group.DoesNotExist:
            raise CommandError(f"No {group_name} group: run `manage.py migrate` first.") from None

        user = self.account_for(email)
        if user is None:
            user = self.create_account(email, username)
            link = self.set_password_link(user, site_url)
        else:
            self.check_promotion(user, email, promote_existing)
            self.describe_existing(user)
            link = self.set_password_link(user, site_url) if reset_password else None
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        user.groups.add(group)

        summary = f"{user.username} ({email}) is staff, in {group_name}."
        self.stdout.write(self.style.SUCCESS(summary))
        if link:
            days = settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60)
            self.stdout.write(
                f"Send this link to {email} to choose a password (valid {days} days): {link}"
            )

    def account_for(self, email):
        """The account that verified `email`: an address belongs to it alone. Anyone may hold
        it unverified (no one can be kept from typing it), so such a copy names no one; it goes
        when the new account's address is verified (accounts.addresses)."""
        return verified_owner(email)

    def create_account(self, email, username):
        if not username:
            raise CommandError("A new account needs a public name: pass --username NAME.")
        for validator in username_validators:
            try:
                validator(username)
            except ValidationError as error:
                raise CommandError(f"{username!r}: {' '.join(error.messages)}") from None
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise CommandError(f"The username {username!r} is taken.")
        user = get_user_model().objects.create_user(username=username, email=email, password=None)
        # The administrator vouches for the address; the set-password link goes only to it.
        EmailAddress.objects.create(user=user, email=email.lower(), verified=True, primary=True)
        return user

    def check_promotion(self, user, email, promote_existing):
        if user.is_staff:
            return
        description = (
            f"The account {user.username!r} joined on {user.date_joined:%d %B %Y} and "
            f"verified {email}"
        )
        if not promote_existing:
            raise CommandError(
                f"{description}, and is not staff: make it staff only if you know who holds it, "
                "with --promote-existing."
            )
        self.stderr.write(
            self.style.WARNING(
                f"{description}. It keeps its password and becomes staff as you asked."
            )
        )

    def describe_existing(self, user):
        """Say what an existing account has, so that running the command twice is no mystery."""
        groups = ", ".join(user.groups.order_by("name").values_list("name", flat=True))
        password = "has a password" if user.has_usable_password() else "has no password yet"
        self.stdout.write(
            f"The account {user.username!r} exists: {'staff' if user.is_staff else 'not staff'}"
            f", in {groups or 'no group'}, and {password}. No new set-password link: pass "
            "--reset-password for one."
        )

    def set_password_link(self, user, site_url):
        path = reverse(
            "account_reset_password_from_key",
            kwargs={
                "uidb36": user_pk_to_url_str(user),
                "key": default_token_generator.make_token(user),
            },
        )
        return site_url.rstrip("/") + path
