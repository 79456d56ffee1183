"""Spoiler marks inside a member's review: a passage marked as revealing a film is folded, and
named, for readers who have not seen that film, on every page that shows the review; the rest
of the review reads as written. Marks keep pointing to their film whatever it is later called,
members are told plainly what is wrong with a mark, and moderators add or change marks, never
words."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from films.horizon import COOKIE_NAME, Horizon
from films.models import Film
from reviews.marks import parse_typed, passages, review_html, review_plain
from reviews.models import UserReview
from reviews.moderation import review_approve, review_mark_spoilers
from tests.factories import make_staff, make_user, make_user_review
from tests.pages import HORIZONS, form_values, write_url

pytestmark = pytest.mark.django_db

OPEN = "The chases are real and every stunt lands."
SECRET_2 = "Charas survives the crash"
SECRET_3 = "the bullet finds its mark"


@pytest.fixture
def films(seeded):
    return {film.series_position: film for film in Film.objects.order_by("series_position")}


@pytest.fixture
def review(films):
    """A review of the first film with a passage spoiling the second and one the third."""
    body = (
        f"{OPEN}\n\n[spoiler=2]{SECRET_2}, and so does Lino.[/spoiler] Then "
        f"[spoiler={films[3].title}]{SECRET_3}.[/spoiler]"
    )
    stored = parse_typed(body, films=list(films.values()), reviewed=films[1])
    return make_user_review(
        film=films[1], author=make_user(username="marker"), title="Marked", body=stored
    )


def page(client, url, seen):
    client.cookies[COOKIE_NAME] = str(seen)
    return client.get(url).content.decode()


def folded(html, text):
    """Whether `text` shows only inside a closed disclosure."""
    return text in html and bool(
        re.search(
            r'<details class="spoiler spoiler--passage">(?:(?!</details>).)*' + re.escape(text),
            html,
            re.S,
        )
    )


@pytest.mark.parametrize("seen", HORIZONS)
@pytest.mark.parametrize(
    "where",
    [
        "film",
        "review list",
        "member",
        "home",
    ],
)
def test_each_marked_passage_folds_for_readers_who_have_not_seen_its_film(
    client, films, review, seen, where
):
    url = {
        "film": films[1].get_absolute_url(),
        "review list": reverse("reviews:review-list"),
        "member": reverse("reviews:member-detail", args=["marker"]),
        "home": reverse("home"),
    }[where]
    html = page(client, url, seen)
    assert OPEN in html  # the unmarked words always show
    for position, secret in ((2, SECRET_2), (3, SECRET_3)):
        if seen >= position:
            assert secret in html and not folded(html, secret)
        else:
            assert folded(html, secret)
            assert f"Spoiler for <cite>{films[position].title}</cite>" in html


def test_the_review_page_of_the_film_reviewed_folds_each_passage_in_french(client, films, review):
    with translation.override("fr"):
        url = films[1].get_absolute_url()
    html = page(client, url, 1)
    assert OPEN in html
    assert folded(html, SECRET_2) and "Spoiler sur <cite>Balle perdue 2</cite>" in html


def test_the_feed_replaces_marked_passages_by_a_line_naming_the_film(client, films, review):
    feed = client.get(reverse("reviews:feed")).content.decode()
    assert OPEN in feed
    assert SECRET_2 not in feed and SECRET_3 not in feed
    assert f"[Spoiler for {films[2].title}]" in feed


def test_search_never_shows_a_marked_passage(client, review):
    for seen in HORIZONS:
        client.cookies[COOKIE_NAME] = str(seen)
        html = client.get(reverse("search:search"), {"q": "Charas survives"}).content.decode()
        assert SECRET_2 not in html


def test_an_excerpt_shows_what_the_horizon_allows(films, review):
    from films.horizon import Horizon

    assert SECRET_2 not in review_plain(review.body, horizon=Horizon(1))
    assert SECRET_2 in review_plain(review.body, horizon=Horizon(2))
    assert SECRET_3 not in review_plain(review.body, horizon=Horizon(2))


def test_a_review_without_marks_reads_no_films(monkeypatch):
    """A page of reviews asks for the films only for a review whose text marks a passage."""

    def no_films():
        raise AssertionError("an unmarked review asked for the films")

    monkeypatch.setattr("reviews.marks.published_films", no_films)
    horizon = Horizon()
    assert str(review_html(OPEN, horizon=horizon)) == f"<p>{OPEN}</p>"
    assert review_plain(OPEN, horizon=horizon) == OPEN


def test_marks_keep_their_film_when_films_are_renamed_and_reordered(client, films, review):
    sequel, last = films[2], films[3]
    # The second and third films swap places, and the sequel is renamed.
    Film.objects.filter(pk=sequel.pk).update(series_position=99)
    Film.objects.filter(pk=last.pk).update(series_position=2)
    sequel.series_position, sequel.title = 3, "Renamed Sequel"
    sequel.save()  # and the cached series is forgotten
    review.refresh_from_db()
    assert [p.film_id for p in passages(review.body) if p.film_id] == [sequel.pk, last.pk]
    html = page(client, reverse("reviews:review-list"), 2)
    assert "Spoiler for <cite>Renamed Sequel</cite>" in html and folded(html, SECRET_2)
    assert SECRET_3 in html and not folded(html, SECRET_3)


def test_a_member_writes_marks_and_reads_them_back_as_typed(client, films):
    member = make_user()
    client.force_login(member)
    body = f"{OPEN} [spoiler=2]{SECRET_2}.[/spoiler] [spoiler]The ending too.[/spoiler]"
    client.post(write_url(films[1]), {"rating": "8", "title": "Marks", "body": body, "spoils": ""})
    review = UserReview.objects.get(author=member)
    assert f"[[spoils:{films[2].pk}]]" in review.body
    assert f"[[spoils:{films[1].pk}]]The ending too." in review.body  # [spoiler]: this film
    edit = client.get(reverse("reviews:review-edit", args=[review.pk])).content.decode()
    assert f"[spoiler={films[2].title}]{SECRET_2}.[/spoiler]" in edit
    assert "[[spoils" not in edit
    # The author sees their own passages open, and named.
    own = page(client, films[1].get_absolute_url(), 0)
    assert '<details class="spoiler spoiler--passage" open>' in own and SECRET_2 in own


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (f"{OPEN} [spoiler=2]{SECRET_2} and on", "is not closed"),
        (f"{OPEN} {SECRET_2}[/spoiler] and on", "closes no mark"),
        (f"{OPEN} [spoiler=2]{SECRET_2} [spoiler=3]x[/spoiler][/spoiler]", "inside each other"),
        (f"{OPEN} [spoiler=9]{SECRET_2}[/spoiler]", "names no film of the series"),
        (f"{OPEN} [spoiler=Unknown Film]{SECRET_2}[/spoiler]", "names no film of the series"),
        (f"{OPEN} [[spoils:1]]{SECRET_2}[[/spoils]]", "reserved"),
    ],
)
def test_a_wrong_mark_is_explained_and_the_text_kept_as_typed(client, films, body, message):
    client.force_login(make_user())
    data = {"rating": "8", "title": "Marks", "body": body, "spoils": ""}
    response = client.post(write_url(films[1]), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert SECRET_2 in html  # what was typed is still in the box
    assert not UserReview.objects.exists()


def test_marked_text_is_escaped_everywhere(client, films):
    stored = parse_typed(
        f"{OPEN} [spoiler=2]<script>alert(1)</script> {SECRET_2}[/spoiler]",
        films=list(films.values()),
        reviewed=films[1],
    )
    make_user_review(film=films[1], body=stored)
    html = page(client, films[1].get_absolute_url(), 0)
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


def test_the_admin_shows_marks_and_a_moderator_adds_one_without_changing_words(films, review):
    moderator = make_staff("Moderators")
    client = Client()
    client.force_login(moderator)
    url = reverse("admin:reviews_userreview_change", args=[review.pk])
    values = form_values(client.get(url).content.decode())
    assert f"[spoiler={films[2].title}]" in values["marked_body"]

    values["marked_body"] = values["marked_body"].replace(OPEN, f"[spoiler=1]{OPEN}[/spoiler]")
    response = client.post(url, values, follow=True)
    assert response.status_code == 200
    review.refresh_from_db()
    assert review.body.startswith(f"[[spoils:{films[1].pk}]]{OPEN}[[/spoils]]")
    assert f"[[spoils:{films[2].pk}]]" in review.body

    changelist = client.get(reverse("admin:reviews_userreview_changelist")).content.decode()
    assert f"Passages: {films[1].title}, {films[2].title}, {films[3].title}" in changelist


def test_a_moderator_cannot_change_the_words_through_the_marks(films, review):
    client = Client()
    client.force_login(make_staff("Moderators"))
    url = reverse("admin:reviews_userreview_change", args=[review.pk])
    values = form_values(client.get(url).content.decode())
    before = review.body
    values["marked_body"] = values["marked_body"].replace("real", "fake")
    html = client.post(url, values).content.decode()
    assert "Only the spoiler marks can change here" in html
    review.refresh_from_db()
    assert review.body == before


def test_a_moderators_decisions_keep_the_marks(films, review):
    moderator = make_staff("Moderators")
    before = review.body
    review_mark_spoilers(review=review, by=moderator, film=films[1])
    review.status = UserReview.Status.PENDING
    review.save()
    review_approve(review=review, by=moderator)
    review.refresh_from_db()
    assert review.body == before

    # Saving the change form untouched (a status changed) keeps them too.
    client = Client()
    client.force_login(moderator)
    url = reverse("admin:reviews_userreview_change", args=[review.pk])
    values = form_values(client.get(url).content.decode()) | {
        "status": "hidden",
        "moderation_reason": "Off topic",
    }
    client.post(url, values)
    review.refresh_from_db()
    assert review.body == before and review.status == UserReview.Status.HIDDEN


def test_an_edit_waiting_keeps_the_published_marks_and_brings_its_own(client, films, review):
    client.force_login(review.author)
    body = f"{OPEN} Still [spoiler=3]{SECRET_3}.[/spoiler]"
    client.post(
        reverse("reviews:review-edit", args=[review.pk]),
        {"rating": "8", "title": "Marked", "body": body, "spoils": ""},
    )
    review.refresh_from_db()
    assert review.has_pending_edit
    assert f"[[spoils:{films[2].pk}]]" in review.body
    assert review.pending_body == f"{OPEN} Still [[spoils:{films[3].pk}]]{SECRET_3}.[[/spoils]]"
    edit = client.get(reverse("reviews:review-edit", args=[review.pk])).content.decode()
    assert f"[spoiler={films[3].title}]{SECRET_3}.[/spoiler]" in edit
