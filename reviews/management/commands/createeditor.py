import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Make a staff account for the newsroom, in the Editors group (or Moderators with "
        "--moderator). A new account gets a random password, printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument(
            "--moderator",
            action="store_true",
            help="Join the Moderators group (community reviews only) instead of Editors.",
        )

    @transaction.atomic
    def handle(self, *args, email, moderator, **options):
        email = get_user_model().objects.normalize_email(email.strip())
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"Not an email address: {email!r}") from None
        group_name = "Moderators" if moderator else "Editors"
        try:
            group = Group.objects.get(name=group_name)
        except Group.DoesNotExist:
            raise CommandError(f"No {group_name} group: run `manage.py migrate` first.") from None

        User = get_user_model()
        user = User.objects.filter(email__iexact=email).first()
        password = None
        if user is None:
            password = secrets.token_urlsafe(18)
            user = User.objects.create_user(username=email, email=email, password=password)
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        user.groups.add(group)
        # Created by an administrator: the address counts as verified for signing in.
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )

        self.stdout.write(self.style.SUCCESS(f"{email} is staff, in {group_name}."))
        if password:
            self.stdout.write(f"Password (shown once, change it after logging in): {password}")
