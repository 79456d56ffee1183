"""Rename accounts whose username is an email address: usernames are shown on public pages."""

from django.db import migrations


def rename_email_usernames(apps, schema_editor):
    User = apps.get_model("auth", "User")
    for user in User.objects.filter(username__contains="@"):
        candidate, n = f"member{user.pk}", 1
        while User.objects.filter(username__iexact=candidate).exists():
            candidate, n = f"member{user.pk}-{n}", n + 1
        user.username = candidate
        user.save(update_fields=["username"])


class Migration(migrations.Migration):
    dependencies = [("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(rename_email_usernames, migrations.RunPython.noop)]
