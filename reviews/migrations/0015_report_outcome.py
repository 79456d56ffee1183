"""Reports get their own outcome (open, resolved with an action, dismissed), closed by whom;
a report of an unmarked spoiler names the film it spoils. Moderators and editors may now
change reports, that is close them, without deciding on the review again."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUPS = ["Editors", "Moderators"]


def resolved_reports_were_acted_on(apps, schema_editor):
    """Until now a report was closed only by a moderator's decision on its review."""
    ReviewFlag = apps.get_model("reviews", "ReviewFlag")
    ReviewFlag.objects.filter(resolved_at__isnull=False).update(outcome="resolved")


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations run; the groups need this one now.
    reviews = apps.get_app_config("reviews")
    models_module = getattr(reviews, "models_module", None)
    reviews.models_module = True
    create_permissions(reviews, apps=apps, verbosity=0)
    reviews.models_module = models_module
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.add(*change_permission(apps))


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(*change_permission(apps))


def change_permission(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="reviews", codename="change_reviewflag"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("films", "0012_series_of_any_length"),
        ("reviews", "0014_review_base"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="reviewflag",
            name="outcome",
            field=models.CharField(
                choices=[
                    ("open", "Open"),
                    ("resolved", "Resolved with an action"),
                    ("dismissed", "Dismissed"),
                ],
                default="open",
                help_text="Open until a moderator acts on the review (resolved) or decides that the report needs no action (dismissed).",
                max_length=10,
            ),
        ),
        migrations.AddField(
            model_name="reviewflag",
            name="resolved_by",
            field=models.ForeignKey(
                blank=True,
                help_text="The moderator who closed the report.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="reviewflag",
            name="spoils",
            field=models.ForeignKey(
                blank=True,
                help_text="For an unmarked spoiler: the film whose plot the reporter says it reveals.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="films.film",
            ),
        ),
        migrations.AlterField(
            model_name="reviewflag",
            name="resolved_at",
            field=models.DateTimeField(
                blank=True, help_text="When a moderator closed the report.", null=True
            ),
        ),
        migrations.RunPython(resolved_reports_were_acted_on, migrations.RunPython.noop),
        migrations.RunPython(grant, revoke),
    ]
