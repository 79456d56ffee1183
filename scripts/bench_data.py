"""Add the benchmark crowd to a seeded database: members, community and critic reviews, votes.

A development script, run by scripts/bench.py against its own database:
    DJANGO_SETTINGS_MODULE=bulletsite.settings python scripts/bench_data.py
"""

import itertools
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from films.models import Film, PublicationStatus  # noqa: E402
from reviews.models import (  # noqa: E402
    Critic,
    CriticReview,
    Publication,
    ReviewVote,
    UserReview,
    Verdict,
)

# One review per member per film: 10,000 reviews over three films need at least 3,334 members
# (the 2,000 members could write at most 6,000).
MEMBERS = 3334
COMMUNITY_REVIEWS = 10_000
CRITIC_REVIEWS = 200
# Members with no review yet, who write the new reviews of the mixed load; and an editor.
NEWCOMERS = 1000
EDITOR = "bench-editor"
# The reviews by fan0…fan9 lead each film page's "most helpful" list with 10…1 votes (from
# fan100 onwards), so the page shows the same ten on every database and every vote on one of
# them shows.
VOTED_AUTHORS = 10


def main():
    rng = random.Random(7)
    films = list(Film.objects.order_by("series_position"))
    password = make_password(None)
    with transaction.atomic():
        User = get_user_model()
        usernames = [f"fan{n}" for n in range(MEMBERS)]
        usernames += [f"newcomer{n}" for n in range(NEWCOMERS)]
        User.objects.bulk_create(
            User(username=name, email=f"{name}@example.com", password=password)
            for name in usernames
        )
        User.objects.create(username=EDITOR, email=f"{EDITOR}@example.com", is_staff=True)
        # Verified addresses, as members have once allauth let them sign in.
        EmailAddress.objects.bulk_create(
            EmailAddress(user=user, email=user.email, verified=True, primary=True)
            for user in User.objects.filter(username__in=usernames)
        )
        members = list(User.objects.filter(username__startswith="fan").order_by("pk"))
        pairs = itertools.islice(itertools.product(members, films), COMMUNITY_REVIEWS)
        now = timezone.now()
        UserReview.objects.bulk_create(
            UserReview(
                film=film,
                author=member,
                rating=rng.randint(1, 10),
                title=f"Take number {member.pk}",
                body="A chase film that knows what it is doing. " * rng.randint(1, 12),
                status=UserReview.Status.APPROVED,
                created_at=now,
            )
            for member, film in pairs
        )
        by_name = {member.username: member for member in members}
        ReviewVote.objects.bulk_create(
            ReviewVote(review=review, voter=by_name[f"fan{100 + n}"])
            for review in UserReview.objects.filter(
                author__username__in=[f"fan{n}" for n in range(VOTED_AUTHORS)]
            ).select_related("author")
            for n in range(VOTED_AUTHORS - int(review.author.username.removeprefix("fan")))
        )
        publications = Publication.objects.bulk_create(
            Publication(name=f"Bench Weekly {n}", slug=f"bench-weekly-{n}") for n in range(20)
        )
        critics = Critic.objects.bulk_create(
            Critic(name=f"Bench Critic {n}", slug=f"bench-critic-{n}") for n in range(10)
        )
        combos = itertools.islice(itertools.product(films, publications, critics), CRITIC_REVIEWS)
        CriticReview.objects.bulk_create(
            CriticReview(
                film=film,
                publication=publication,
                critic=critic,
                pull_quote="a benchmark of a quote",
                verdict=rng.choice(list(Verdict)),
                status=PublicationStatus.PUBLISHED,
                published_at=now,
            )
            for film, publication, critic in combos
        )
    print(
        f"Added {MEMBERS + NEWCOMERS} members and an editor, {COMMUNITY_REVIEWS} community "
        f"reviews, {CRITIC_REVIEWS} critic reviews."
    )


if __name__ == "__main__":
    main()
