from datetime import date, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from films.models import Credit, DatePrecision, Film, PublicationStatus, Role
from tests.factories import make_character, make_credit, make_film, make_person

pytestmark = pytest.mark.django_db


def test_the_same_cast_credit_twice_is_refused_by_the_database():
    credit = make_credit()
    with pytest.raises(IntegrityError), transaction.atomic():
        Credit.objects.create(
            film=credit.film, person=credit.person, role=Role.CAST, character=credit.character
        )


def test_the_same_crew_credit_twice_is_refused_by_the_database():
    credit = make_credit(role=Role.DIRECTOR)
    with pytest.raises(IntegrityError), transaction.atomic():
        Credit.objects.create(film=credit.film, person=credit.person, role=Role.DIRECTOR)


def test_one_person_may_play_two_characters_and_hold_two_jobs_on_a_film():
    credit = make_credit()
    make_credit(film=credit.film, person=credit.person, character=make_character())
    make_credit(film=credit.film, person=credit.person, role=Role.WRITER)
    make_credit(film=credit.film, person=credit.person, role=Role.PRODUCER)
    assert credit.film.credits.count() == 4


def test_a_crew_credit_cannot_name_a_character():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_credit(role=Role.DIRECTOR, character=make_character())


def test_film_slugs_and_series_positions_are_unique():
    film = make_film()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_film(slug=film.slug)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_film(series_position=film.series_position)


def test_a_runtime_of_zero_minutes_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_film(runtime_minutes=0)


@pytest.mark.parametrize(
    ("minutes", "shown"), [(92, "1 h 32 min"), (112, "1 h 52 min"), (120, "2 h"), (45, "45 min")]
)
def test_runtime_is_shown_in_hours_and_minutes(minutes, shown):
    assert Film(runtime_minutes=minutes).runtime_display == shown


@pytest.mark.parametrize(
    ("precision", "shown"),
    [
        (DatePrecision.DAY, "19 June 2020"),
        (DatePrecision.MONTH, "June 2020"),
        (DatePrecision.YEAR, "2020"),
    ],
)
def test_release_date_is_shown_no_more_precisely_than_known(precision, shown):
    film = Film(release_date=date(2020, 6, 19), release_date_precision=precision)
    assert film.release_date_display == shown


def test_only_published_and_due_films_are_public(empty_database):
    live = make_film()
    make_film(status=PublicationStatus.DRAFT)
    make_film(published_at=timezone.now() + timedelta(days=1))
    assert list(Film.objects.published()) == [live]


def test_crew_is_grouped_by_role_in_credit_order():
    film = make_film()
    writer = make_person(name="Writer")
    director = make_person(name="Director")
    make_credit(film=film, person=writer, role=Role.WRITER)
    make_credit(film=film, person=director, role=Role.DIRECTOR)
    make_credit(film=film, person=director, role=Role.WRITER, billing_order=1)
    groups = [
        (role, [credit.person.name for credit in credits])
        for role, credits in film.credits_by_role()
    ]
    assert groups == [(Role.DIRECTOR, ["Director"]), (Role.WRITER, ["Director", "Writer"])]
