"""Moderators can do their job, through the admin's own pages, and no decision is dropped: a
status and a spoiler mark saved together, any film of the series chosen as the one spoiled,
reports closed on their own, nobody approving their own review, and nothing shown to a role
that may not act on it."""

import re

import pytest
from django.urls import reverse
from reversion.models import Version

from films.models import Film, PublicationStatus
from reviews.models import ReviewFlag, UserReview
from reviews.moderation import review_approve, review_flag
from tests.factories import make_film, make_staff, make_user, make_user_review
from tests.pages import form_values

pytestmark = pytest.mark.django_db


def change_url(review):
    return reverse("admin:reviews_userreview_change", args=[review.pk])


def test_hiding_and_marking_a_spoiler_in_one_save_keeps_both_decisions(client, film, moderator):
    """The spoiler mark used to reload the review and drop the form's status: the review
    stayed approved and public, under a success message."""
    sequel = Film.objects.get(slug="lost-bullet-2")
    review = make_user_review(film=film, title="Tells too much", body="Who dies, and how.")
    url = change_url(review)
    values = form_values(client.get(url).content.decode())
    values |= {"status": "hidden", "moderation_reason": "Personal attack", "spoils": sequel.pk}

    response = client.post(url, values, follow=True)

    assert response.status_code == 200
    review.refresh_from_db()
    assert (review.status, review.moderation_reason, review.moderated_by) == (
        UserReview.Status.HIDDEN,
        "Personal attack",
        moderator,
    )
    assert (review.contains_spoilers, review.spoils, review.spoilers_marked_by) == (
        True,
        sequel,
        moderator,
    )
    assert "Who dies, and how." not in client.get(film.get_absolute_url()).content.decode()
    # One save, one revision, holding both decisions.
    versions = Version.objects.get_for_object(review)
    assert versions.count() == 1
    saved = versions.first().field_dict
    assert (saved["status"], saved["spoils_id"]) == ("hidden", sequel.pk)


def test_a_moderator_chooses_any_published_film_as_the_one_spoiled(client, film, moderator):
    draft = make_film(title="Unannounced Sequel", status=PublicationStatus.DRAFT)
    review = make_user_review(film=Film.objects.get(slug="lost-bullet"))
    url = change_url(review)
    html = client.get(url).content.decode()
    for published in Film.objects.published():
        assert f'<option value="{published.pk}">{published.title}</option>' in html
    assert draft.title not in html
    assert "autocomplete" not in html  # the picker that answered 403

    values = form_values(html) | {"spoils": film.pk}
    client.post(url, values)
    review.refresh_from_db()
    assert (review.spoils, review.spoilers_marked_by) == (film, moderator)


def test_the_bulk_action_marks_spoilers_of_the_film_chosen(client, film, moderator):
    first = Film.objects.get(slug="lost-bullet")
    reviews = [make_user_review(film=first) for _ in range(2)]
    changelist = reverse("admin:reviews_userreview_changelist")
    html = client.get(changelist).content.decode()
    assert f'<option value="{film.pk}">{film.title}</option>' in html

    response = client.post(
        changelist,
        {"action": "mark_spoilers", "_selected_action": [r.pk for r in reviews], "spoils": film.pk},
        follow=True,
    )

    assert "2 reviews marked as containing spoilers." in response.content.decode()
    for review in reviews:
        review.refresh_from_db()
        assert (review.spoils, review.spoilers_marked_by) == (film, moderator)


def test_a_moderator_dismisses_a_report_without_approving_the_review_again(client, film, moderator):
    review = make_user_review(film=film, status="hidden", moderation_reason="Off topic")
    flag, _ = review_flag(review=review, by=make_user(), reason="spam")
    changelist = reverse("admin:reviews_reviewflag_changelist")

    response = client.post(
        changelist, {"action": "dismiss", "_selected_action": [flag.pk]}, follow=True
    )

    assert "1 report dismissed." in response.content.decode()
    flag.refresh_from_db()
    assert (flag.outcome, flag.resolved_by) == (ReviewFlag.Outcome.DISMISSED, moderator)
    assert flag.resolved_at is not None
    review.refresh_from_db()
    assert review.status == UserReview.Status.HIDDEN and review.moderated_by is None
    assert review not in UserReview.objects.awaiting_moderation()


def test_a_report_is_closed_on_the_reviews_page(client, film, moderator):
    review = make_user_review(film=film)
    flag, _ = review_flag(review=review, by=make_user(), reason="abuse")
    url = change_url(review)
    values = form_values(client.get(url).content.decode())
    assert values["flags-0-outcome"] == "open"

    client.post(url, values | {"flags-0-outcome": "dismissed"})

    flag.refresh_from_db()
    assert (flag.outcome, flag.resolved_by) == (ReviewFlag.Outcome.DISMISSED, moderator)
    review.refresh_from_db()
    assert review.status == UserReview.Status.APPROVED and review.moderated_by is None


def test_a_decision_on_the_review_resolves_its_reports(client, film, moderator):
    review = make_user_review(film=film)
    flag, _ = review_flag(review=review, by=make_user(), reason="abuse")
    url = change_url(review)
    client.post(url, form_values(client.get(url).content.decode()) | {"status": "hidden"})
    flag.refresh_from_db()
    assert (flag.outcome, flag.resolved_by) == (ReviewFlag.Outcome.RESOLVED, moderator)


def test_the_report_list_filters_by_reason_and_outcome(client, film, moderator):
    spam, _ = review_flag(
        review=make_user_review(film=film, title="Buy cheap"), by=make_user(), reason="spam"
    )
    review_flag(
        review=make_user_review(film=film, title="Tells the ending"),
        by=make_user(),
        reason="spoiler",
        spoils=film,
    )
    changelist = reverse("admin:reviews_reviewflag_changelist")
    html = client.get(changelist + "?reason__exact=spoiler").content.decode()
    assert "Tells the ending" in html and "Buy cheap" not in html
    assert "Last Bullet" in html  # the film the reporter says it spoils

    client.post(changelist, {"action": "dismiss", "_selected_action": [spam.pk]})
    html = client.get(changelist + "?outcome__exact=open").content.decode()
    assert "Tells the ending" in html and "Buy cheap" not in html
    html = client.get(changelist + "?outcome__exact=dismissed").content.decode()
    assert "Buy cheap" in html and "Tells the ending" not in html


def test_a_report_of_an_unmarked_spoiler_says_which_film_it_spoils(client, film, member):
    review = make_user_review(film=Film.objects.get(slug="lost-bullet"))
    url = reverse("reviews:review-flag", args=[review.pk])
    html = client.get(url).content.decode()
    assert "Which film does it spoil?" in html

    response = client.post(url, {"reason": "spoiler", "note": "Names who dies."})
    html = response.content.decode()
    assert "Choose the film whose plot the review reveals." in html
    assert re.search(r'<input type="radio" name="reason" value="spoiler"[^>]* checked', html)
    assert "Names who dies." in html  # what the reporter wrote is kept
    assert not ReviewFlag.objects.filter(review=review).exists()

    response = client.post(url, {"reason": "spoiler", "spoils": film.pk})
    assert response.status_code == 302
    assert ReviewFlag.objects.get(review=review).spoils == film


def test_a_redisplayed_report_form_keeps_the_film_chosen(client, film, member):
    review = make_user_review(film=Film.objects.get(slug="lost-bullet"))
    url = reverse("reviews:review-flag", args=[review.pk])
    response = client.post(url, {"reason": "other", "note": "", "spoils": film.pk})
    html = response.content.decode()
    assert "Say in a few words what is wrong with the review." in html
    assert f'<option value="{film.pk}" selected>' in html


def test_nobody_approves_their_own_review(client, film, moderator):
    own = make_user_review(film=film, author=moderator, status="pending", title="Mine")
    url = change_url(own)
    values = form_values(client.get(url).content.decode()) | {"status": "approved"}
    html = client.post(url, values).content.decode()
    assert "You cannot approve your own review: another moderator must." in html
    own.refresh_from_db()
    assert own.status == UserReview.Status.PENDING

    other = make_user_review(film=Film.objects.get(slug="lost-bullet"), status="pending")
    response = client.post(
        reverse("admin:reviews_userreview_changelist"),
        {"action": "approve", "_selected_action": [own.pk, other.pk], "confirm": "yes"},
        follow=True,
    )
    html = response.content.decode()
    assert "“Mine” is your own review: another moderator must approve it." in html
    assert "1 review approved." in html
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.status == UserReview.Status.PENDING
    assert other.status == UserReview.Status.APPROVED

    # Another moderator may.
    review_approve(review=own, by=make_staff("Moderators"))
    own.refresh_from_db()
    assert own.status == UserReview.Status.APPROVED


def test_moderators_open_no_draft_preview_and_see_no_draft_titles(client, seeded, moderator):
    draft = make_film(
        title="Secret Fourth Film",
        status=PublicationStatus.DRAFT,
        synopsis_en="Nobody knows yet.",
        synopsis_fr="",
    )
    preview = reverse("films:film-preview", kwargs={"slug": draft.slug})
    gaps = reverse("admin:missing-translations")
    assert client.get(preview).status_code == 403
    assert client.get(gaps).status_code == 403
    assert gaps not in client.get(reverse("admin:index")).content.decode()

    client.force_login(make_staff("Editors"))
    assert client.get(preview).status_code == 200
    assert "Secret Fourth Film" in client.get(gaps).content.decode()
    assert gaps in client.get(reverse("admin:index")).content.decode()


def test_the_gaps_list_only_what_the_user_may_change(rf, seeded):
    """A user who may change films and nothing else sees only what the film form edits."""
    from django.contrib import admin
    from django.contrib.auth.models import Permission

    from newsroom.sites import missing_translations

    user = make_staff("Moderators")
    user.user_permissions.add(Permission.objects.get(codename="change_film"))
    request = rf.get("/")
    request.user = type(user).objects.get(pk=user.pk)
    make_film(title="Only In English", synopsis_en="Words.", synopsis_fr="")
    listed = dict(missing_translations(admin.site, request))
    assert any(str(obj) == "Only In English" for obj, _f, _u in listed["films"])
    # Passages, credits and the like are edited on the film's form: listed; anything else not.
    film_pages = reverse("admin:films_film_changelist")
    assert all(url.startswith(film_pages) for rows in listed.values() for _o, _f, url in rows)


def test_reports_closed_before_outcomes_existed_read_as_resolved(film):
    """The migration that added outcomes: a report with a resolution time was acted on."""
    import importlib

    from django.apps import apps
    from django.utils import timezone

    migration = importlib.import_module("reviews.migrations.0015_report_outcome")
    closed, _ = review_flag(review=make_user_review(film=film), by=make_user(), reason="spam")
    still_open, _ = review_flag(review=make_user_review(film=film), by=make_user(), reason="spam")
    ReviewFlag.objects.filter(pk=closed.pk).update(resolved_at=timezone.now())

    migration.resolved_reports_were_acted_on(apps, None)

    closed.refresh_from_db()
    still_open.refresh_from_db()
    assert closed.outcome == ReviewFlag.Outcome.RESOLVED
    assert still_open.outcome == ReviewFlag.Outcome.OPEN


def test_a_report_is_resolved_on_its_own_page(client, film, moderator):
    flag, _ = review_flag(
        review=make_user_review(film=film), by=make_user(), reason="spoiler", spoils=film
    )
    url = reverse("admin:reviews_reviewflag_change", args=[flag.pk])
    values = form_values(client.get(url).content.decode())
    assert set(values) - {"_save"} == {"outcome"}  # the report itself is the member's

    client.post(url, values | {"outcome": "resolved"})

    flag.refresh_from_db()
    assert (flag.outcome, flag.resolved_by) == (ReviewFlag.Outcome.RESOLVED, moderator)
