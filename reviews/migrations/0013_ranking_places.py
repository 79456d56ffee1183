"""A ranking holds one place per film instead of three fields, so members rank however many
films the series has. Every ranking's first, second and third become places 1, 2 and 3, and
back again on reversal: no ranking is lost either way."""

import django.db.models.deletion
from django.db import migrations, models

PLACES = {1: "first", 2: "second", 3: "third"}


def places_from_fields(apps, schema_editor):
    TrilogyRanking = apps.get_model("reviews", "TrilogyRanking")
    RankingPlace = apps.get_model("reviews", "RankingPlace")
    RankingPlace.objects.bulk_create(
        RankingPlace(ranking=ranking, film_id=getattr(ranking, f"{field}_id"), position=position)
        for ranking in TrilogyRanking.objects.all()
        for position, field in PLACES.items()
    )


def fields_from_places(apps, schema_editor):
    TrilogyRanking = apps.get_model("reviews", "TrilogyRanking")
    for ranking in TrilogyRanking.objects.prefetch_related("places"):
        films = {place.position: place.film_id for place in ranking.places.all()}
        if set(films) != set(PLACES):
            # A ranking of more or fewer films than three has no place in the old fields.
            ranking.delete()
            continue
        for position, field in PLACES.items():
            setattr(ranking, f"{field}_id", films[position])
        ranking.save(update_fields=[f"{field}_id" for field in PLACES.values()])


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0012_aggregate_score_label_translations"),
    ]

    operations = [
        migrations.CreateModel(
            name="RankingPlace",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(help_text="1 for the member's favourite."),
                ),
                (
                    "film",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="films.film",
                    ),
                ),
                (
                    "ranking",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="places",
                        to="reviews.trilogyranking",
                    ),
                ),
            ],
            options={
                "ordering": ["ranking", "position"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("ranking", "film"),
                        name="ranking_place_each_film_once",
                        violation_error_message="Choose each film once.",
                    ),
                    models.UniqueConstraint(
                        fields=("ranking", "position"), name="ranking_place_one_film_per_position"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("position__gte", 1)),
                        name="ranking_place_position_from_one",
                    ),
                ],
            },
        ),
        migrations.RemoveConstraint(
            model_name="trilogyranking", name="trilogy_ranking_three_different_films"
        ),
        # Nullable for a moment, so that a reversal can add them back before filling them.
        migrations.AlterField(
            model_name="trilogyranking",
            name="first",
            field=models.ForeignKey(
                help_text="The member's favourite.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="films.film",
            ),
        ),
        migrations.AlterField(
            model_name="trilogyranking",
            name="second",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="films.film",
            ),
        ),
        migrations.AlterField(
            model_name="trilogyranking",
            name="third",
            field=models.ForeignKey(
                help_text="The one they like least.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="films.film",
            ),
        ),
        migrations.RunPython(places_from_fields, fields_from_places),
        migrations.RemoveField(model_name="trilogyranking", name="first"),
        migrations.RemoveField(model_name="trilogyranking", name="second"),
        migrations.RemoveField(model_name="trilogyranking", name="third"),
    ]
