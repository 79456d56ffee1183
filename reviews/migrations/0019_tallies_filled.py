"""Count what an existing database already holds into the new tallies (reviews.models.tallies),
as `manage.py rebuild_tallies` does."""

from django.db import migrations
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce


def fill(apps, schema_editor):
    UserReview = apps.get_model("reviews", "UserReview")
    ReviewVote = apps.get_model("reviews", "ReviewVote")
    RankingPlace = apps.get_model("reviews", "RankingPlace")
    TrilogyRanking = apps.get_model("reviews", "TrilogyRanking")
    RatingTally = apps.get_model("reviews", "RatingTally")
    PlaceTally = apps.get_model("reviews", "PlaceTally")
    MemberTally = apps.get_model("reviews", "MemberTally")

    counted = UserReview.objects.filter(status="approved", author__is_active=True)
    RatingTally.objects.bulk_create(
        RatingTally(film_id=film, rating=rating, count=count)
        for film, rating, count in counted.order_by()
        .values_list("film", "rating")
        .annotate(count=Count("pk"))
    )
    rankings = TrilogyRanking.objects.filter(member__is_active=True)
    PlaceTally.objects.bulk_create(
        PlaceTally(film_id=film, position=position, count=count)
        for film, position, count in RankingPlace.objects.filter(ranking__in=rankings)
        .order_by()
        .values_list("film", "position")
        .annotate(count=Count("pk"))
    )
    MemberTally.objects.create(name="rankings", count=rankings.count())
    votes = (
        ReviewVote.objects.filter(review=OuterRef("pk"))
        .order_by()
        .values("review")
        .annotate(count=Count("pk"))
        .values("count")
    )
    UserReview.objects.update(helpful_count=Coalesce(Subquery(votes), 0))


class Migration(migrations.Migration):
    dependencies = [("reviews", "0018_tallies")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
