"""Add the benchmark crowd to a seeded database: members, community and critic reviews, votes,
rankings.

A development script, run by scripts/bench.py and scripts/bench_flat.py against their own
databases:
    DJANGO_SETTINGS_MODULE=bulletsite.settings python scripts/bench_data.py [--reviews N]

The big tables are written without the ORM, so a million reviews take minutes: PostgreSQL's
COPY, or SQLite's executemany in one transaction. Columns come from the models' fields (each
field's default where the crowd sets nothing), so a column added to a model is filled too.
"""

import argparse
import itertools
import math
import random
import sys
import time
from contextlib import contextmanager, nullcontext
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command, get_commands  # noqa: E402
from django.core.management.color import no_style  # noqa: E402
from django.db import connection, models, transaction  # noqa: E402
from django.db.models import Max  # noqa: E402
from django.utils import timezone  # noqa: E402

from films.models import Film, PublicationStatus  # noqa: E402
from reviews.models import (  # noqa: E402
    Critic,
    CriticReview,
    Publication,
    RankingPlace,
    ReviewVote,
    TrilogyRanking,
    UserReview,
    Verdict,
)

REVIEWS = 10_000
CRITIC_REVIEWS = 200
# Members with no review yet, who write the new reviews of the mixed load; and an editor.
NEWCOMERS = 1000
EDITOR = "bench-editor"
# The reviews by fan0…fan9 lead each film page's "most helpful" list, fan0's first: they get
# RANDOM_VOTES_MAX + 10 … RANDOM_VOTES_MAX + 1 votes (from fan100 onwards), more than any other
# review, so the page shows the same ten on every database and every vote on one of them shows.
VOTED_AUTHORS = 10
FIRST_VOTER = 100
# Every other review gets 0 to RANDOM_VOTES_MAX votes, one on average (these weights), except
# those of fan10…fan99, which the mixed load reports and which stay off the helpful lists.
RANDOM_VOTES = (0.4, 0.3, 0.2, 0.1)
RANDOM_VOTES_MAX = len(RANDOM_VOTES) - 1
QUIET_AUTHORS = 100
# About a third of the members rank the films.
RANKING_EVERY = 3
BATCH = 5000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--reviews",
        type=int,
        default=REVIEWS,
        help=f"Approved community reviews, one per member and film (default {REVIEWS:,}).",
    )
    options = parser.parse_args()
    started = time.monotonic()
    crowd = Crowd(options.reviews)
    crowd.load()
    print(
        f"Added {crowd.members:,} members with reviews, {NEWCOMERS:,} without, and an editor; "
        f"{options.reviews:,} community reviews, {crowd.votes:,} helpful votes, "
        f"{crowd.rankings:,} rankings, {CRITIC_REVIEWS} critic reviews "
        f"in {time.monotonic() - started:.1f} s."
    )


@contextmanager
def stage(name):
    started = time.monotonic()
    yield
    print(f"  {name}: {time.monotonic() - started:.1f} s", flush=True)


class Crowd:
    """The members and what they wrote, at a number of reviews; ids are given here, after the
    tables' highest, so rows can name each other without reading them back."""

    def __init__(self, reviews):
        self.reviews = reviews
        self.rng = random.Random(7)
        self.films = list(Film.objects.order_by("series_position"))
        self.ranked_films = list(Film.objects.published().order_by("series_position"))
        # One review per member per film: 10,000 reviews over three films need 3,334 members.
        self.members = math.ceil(reviews / len(self.films))
        if self.members < FIRST_VOTER + RANDOM_VOTES_MAX + VOTED_AUTHORS:
            sys.exit(f"--reviews {reviews} is too few for the voters of fan0…fan9's reviews.")
        self.now = timezone.now()
        self.votes = self.rankings = 0

    def load(self):
        postgres = connection.vendor == "postgresql"
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                # A bulk load of data a benchmark can rebuild: no syncs, a big page cache.
                cursor.execute("PRAGMA synchronous = OFF")
                cursor.execute("PRAGMA cache_size = -200000")
        bulk = [
            get_user_model(),
            EmailAddress,
            UserReview,
            ReviewVote,
            TrilogyRanking,
            RankingPlace,
        ]
        with transaction.atomic():
            self.first_user = self._next_id(get_user_model())
            with set_aside(bulk) if postgres else nullcontext():
                with stage("members"):
                    self._members()
                with stage("community reviews"):
                    votes = self._review_votes()
                    self._reviews(votes)
                with stage("helpful votes"):
                    self._votes(votes)
                with stage("rankings"):
                    self._rankings()
            with stage("critic reviews"):
                self._critic_reviews()
            if "rebuild_tallies" in get_commands():
                with stage("rebuild_tallies"):
                    call_command("rebuild_tallies")
            committing = time.monotonic()
        print(f"  commit: {time.monotonic() - committing:.1f} s")
        if postgres:
            with stage("VACUUM ANALYZE"), connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")

    def _next_id(self, model):
        return (model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1

    def _members(self):
        User = get_user_model()
        password = make_password(None)
        names = [f"fan{n}" for n in range(self.members)]
        names += [f"newcomer{n}" for n in range(NEWCOMERS)]
        users = Table(User, ["id", "username", "email"], password=password)
        users.insert(
            (self.first_user + n, name, f"{name}@example.com") for n, name in enumerate(names)
        )
        User.objects.create(username=EDITOR, email=f"{EDITOR}@example.com", is_staff=True)
        # Verified addresses, as members have once allauth let them sign in.
        addresses = Table(EmailAddress, ["id", "user", "email"], verified=True, primary=True)
        first = self._next_id(EmailAddress)
        addresses.insert(
            (first + n, self.first_user + n, f"{name}@example.com") for n, name in enumerate(names)
        )

    def _review_votes(self):
        """The votes of each review, in the order the reviews are written."""
        films = len(self.films)
        weights = list(itertools.accumulate(RANDOM_VOTES))
        counts = self.rng.choices(range(len(RANDOM_VOTES)), cum_weights=weights, k=self.reviews)
        for n in range(min(self.reviews, QUIET_AUTHORS * films)):
            member = n // films
            counts[n] = RANDOM_VOTES_MAX + VOTED_AUTHORS - member if member < VOTED_AUTHORS else 0
        return counts

    def _reviews(self, votes):
        films = len(self.films)
        self.first_review = self._next_id(UserReview)
        bodies = [
            "A chase film that knows what it is doing. " * n for n in range(1, 13)
        ]  # as many lengths as before: one to twelve sentences
        columns = ["id", "film", "author", "rating", "title", "body", "created_at", "updated_at"]
        fixed = {"status": UserReview.Status.APPROVED}
        helpful = "helpful_count" in {f.name for f in UserReview._meta.concrete_fields}
        if helpful:
            columns.append("helpful_count")
        table = Table(UserReview, columns, **fixed)
        film_ids = [film.pk for film in self.films]
        rng, now, second = self.rng, self.now, timedelta(seconds=1)

        def rows():
            for n in range(self.reviews):
                member = n // films
                # The newest last: the home page and the feed show the last ones written.
                written = now - (self.reviews - n) * second
                row = (
                    self.first_review + n,
                    film_ids[n % films],
                    self.first_user + member,
                    rng.randint(1, 10),
                    f"Take number {self.first_user + member}",
                    bodies[rng.randrange(12)],
                    written,
                    written,
                )
                yield (*row, votes[n]) if helpful else row

        table.insert(rows())

    def _votes(self, votes):
        """Cast each review's votes: fan100 onwards for fan0…fan9's, else the members after
        its author (never the author, never twice)."""
        films = len(self.films)
        table = Table(ReviewVote, ["id", "review", "voter", "created_at"])
        first = self._next_id(ReviewVote)
        now = self.now

        def rows():
            number = itertools.count(first)
            for n, count in enumerate(votes):
                member = n // films
                start = FIRST_VOTER if member < VOTED_AUTHORS else member + 1
                for voter in range(start, start + count):
                    yield (
                        next(number),
                        self.first_review + n,
                        self.first_user + voter % self.members,
                        now,
                    )

        self.votes = sum(votes)
        table.insert(rows())

    def _rankings(self):
        rankings = Table(TrilogyRanking, ["id", "member", "created_at", "updated_at"])
        places = Table(RankingPlace, ["id", "ranking", "film", "position"])
        first, first_place = self._next_id(TrilogyRanking), self._next_id(RankingPlace)
        rankers = range(0, self.members, RANKING_EVERY)
        self.rankings = len(rankers)
        rankings.insert(
            (first + n, self.first_user + member, self.now, self.now)
            for n, member in enumerate(rankers)
        )
        film_ids = [film.pk for film in self.ranked_films]
        number = itertools.count(first_place)
        places.insert(
            (next(number), first + n, film, position)
            for n in range(len(rankers))
            for position, film in enumerate(self.rng.sample(film_ids, len(film_ids)), start=1)
        )

    def _critic_reviews(self):
        publications = Publication.objects.bulk_create(
            Publication(name=f"Bench Weekly {n}", slug=f"bench-weekly-{n}") for n in range(20)
        )
        critics = Critic.objects.bulk_create(
            Critic(name=f"Bench Critic {n}", slug=f"bench-critic-{n}") for n in range(10)
        )
        combos = itertools.islice(
            itertools.product(self.films, publications, critics), CRITIC_REVIEWS
        )
        CriticReview.objects.bulk_create(
            CriticReview(
                film=film,
                publication=publication,
                critic=critic,
                pull_quote="a benchmark of a quote",
                verdict=self.rng.choice(list(Verdict)),
                status=PublicationStatus.PUBLISHED,
                published_at=self.now,
            )
            for film, publication, critic in combos
        )


@contextmanager
def set_aside(models):
    """On PostgreSQL, load `models`' tables without their foreign keys and plain indexes, then
    put them back: one check of each key and one sort per index, rather than a check queued for
    the commit and an index update per row. Primary keys and unique constraints stay."""
    tables = [model._meta.db_table for model in models]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(%s::regclass[])",
            [tables],
        )
        keys = cursor.fetchall()
        cursor.execute(
            "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index "
            "WHERE indrelid = ANY(%s::regclass[]) AND NOT indisunique AND NOT indisprimary",
            [tables],
        )
        indexes = cursor.fetchall()
        for table, name, _ in keys:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {quote(name)}")
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {name}")
    yield
    with stage(f"{len(indexes)} indexes and {len(keys)} foreign keys back"):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _, definition in indexes:
                cursor.execute(definition)
            for table, name, definition in keys:
                cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {quote(name)} {definition}")


def quote(name):
    return connection.ops.quote_name(name)


class Table:
    """Rows of a model's table, written in bulk: `columns` (field names) vary by row, given in
    that order; every other concrete field takes `fixed`'s value, else its default (now for
    auto_now fields)."""

    def __init__(self, model, columns, **fixed):
        self.model = model
        fields = model._meta.concrete_fields
        by_name = {field.name: field for field in fields}
        self.positions = [fields.index(by_name[name]) for name in columns]
        now = timezone.now()
        template = []
        for field in fields:
            if field.name in fixed:
                value = fixed[field.name]
            elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                value = now
            else:
                value = field.get_default()
            template.append(field.get_db_prep_save(value, connection))
        self.template = template
        self.columns = [field.column for field in fields]
        # Varying datetimes as the database takes them (SQLite: text).
        self.adapt = [
            connection.ops.adapt_datetimefield_value
            if isinstance(by_name[name], models.DateTimeField)
            else None
            for name in columns
        ]

    def rows(self, values):
        template, positions = self.template, self.positions
        adapting = [(i, adapt) for i, adapt in enumerate(self.adapt) if adapt]
        for row in values:
            full = template.copy()
            for position, value in zip(positions, row, strict=True):
                full[position] = value
            for i, adapt in adapting:
                full[positions[i]] = adapt(row[i])
            yield full

    def insert(self, values):
        table = self.model._meta.db_table
        quote = connection.ops.quote_name
        columns = ", ".join(quote(column) for column in self.columns)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                with cursor.cursor.copy(f"COPY {quote(table)} ({columns}) FROM STDIN") as copy:
                    for row in self.rows(values):
                        copy.write_row(row)
                # The rows carry their ids: the next ORM insert must not reuse one.
                for sql in connection.ops.sequence_reset_sql(no_style(), [self.model]):
                    cursor.execute(sql)
            return
        marks = ", ".join(["%s"] * len(self.columns))
        sql = f"INSERT INTO {quote(table)} ({columns}) VALUES ({marks})"
        rows = self.rows(values)
        with connection.cursor() as cursor:
            while batch := list(itertools.islice(rows, BATCH)):
                cursor.executemany(sql, batch)


if __name__ == "__main__":
    main()
