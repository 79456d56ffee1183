"""Moderators mark reviews as spoiling a film; reports carry a reason from a fixed list.

The reports made so far came from a button labelled "Report abuse", so their free-text reason
becomes the note and their reason "abuse". Reviews whose authors marked spoilers spoil the film
they review."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def spoils_the_film_reviewed(apps, schema_editor):
    UserReview = apps.get_model("reviews", "UserReview")
    UserReview.objects.filter(contains_spoilers=True).update(spoils=models.F("film"))


class Migration(migrations.Migration):
    dependencies = [
        ("films", "0006_editors_edit_passages"),
        ("reviews", "0006_scored_film"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameField(model_name="reviewflag", old_name="reason", new_name="note"),
        migrations.AlterField(
            model_name="reviewflag",
            name="note",
            field=models.CharField(
                blank=True,
                help_text="The reporter's own words; needed for 'Something else'.",
                max_length=300,
            ),
        ),
        migrations.AddField(
            model_name="reviewflag",
            name="reason",
            field=models.CharField(
                choices=[
                    ("spam", "Spam or advertising"),
                    ("abuse", "Abusive or hateful"),
                    ("spoiler", "Unmarked spoiler"),
                    ("off_topic", "Not about the film"),
                    ("other", "Something else"),
                ],
                default="abuse",
                max_length=10,
            ),
            preserve_default=False,
        ),
        migrations.AddConstraint(
            model_name="reviewflag",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("reason", "other"), _negated=True),
                    models.Q(("note", ""), _negated=True),
                    _connector="OR",
                ),
                name="review_flag_other_has_a_note",
            ),
        ),
        migrations.AddField(
            model_name="userreview",
            name="spoilers_marked_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                help_text="The moderator who marked the review as containing spoilers.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="userreview",
            name="spoils",
            field=models.ForeignKey(
                blank=True,
                help_text="The latest film whose plot the review reveals. Setting it marks the "
                "review as containing spoilers, whatever the author said, and tells the author "
                "so.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="films.film",
            ),
        ),
        migrations.RunPython(spoils_the_film_reviewed, migrations.RunPython.noop),
    ]
