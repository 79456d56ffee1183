"""Members' rankings of the trilogy; the newsroom (Editors and Moderators) may view them, and
nobody changes them in the admin."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations run; the groups need this one now.
    reviews = apps.get_app_config("reviews")
    models_module = getattr(reviews, "models_module", None)
    reviews.models_module = True
    create_permissions(reviews, apps=apps, verbosity=0)
    reviews.models_module = models_module
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.add(*view_permission(apps))


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(*view_permission(apps))


def view_permission(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="reviews", codename="view_trilogyranking"
    )


class Migration(migrations.Migration):

    dependencies = [
        ('films', '0007_spoiler_horizon'),
        ('reviews', '0008_critic_review_spoils'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='TrilogyRanking',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('first', models.ForeignKey(help_text="The member's favourite.", on_delete=django.db.models.deletion.PROTECT, related_name='+', to='films.film')),
                ('member', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='trilogy_ranking', to=settings.AUTH_USER_MODEL)),
                ('second', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='films.film')),
                ('third', models.ForeignKey(help_text='The one they like least.', on_delete=django.db.models.deletion.PROTECT, related_name='+', to='films.film')),
            ],
            options={
                'ordering': ['-updated_at'],
                'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('first', models.F('second')), _negated=True), models.Q(('first', models.F('third')), _negated=True), models.Q(('second', models.F('third')), _negated=True)), name='trilogy_ranking_three_different_films', violation_error_message='Choose each film once.')],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
