"""The moderation queue, as a moderator opens it on a 1280 px screen: every column in view."""

import re

import pytest
from playwright.sync_api import expect

from films.models import Film
from reviews.models import ReviewFlag
from reviews.moderation import review_flag
from tests.factories import make_staff, make_user, make_user_review

pytestmark = pytest.mark.browser


def test_the_queue_fits_a_1280_px_screen_and_shows_spoilers_and_language(
    page, seeded_live_server, screenshot
):
    moderator = make_staff("Moderators", username="moderator", email="moderator@example.com")
    moderator.set_password("a long moderator password")
    moderator.save()
    films = list(Film.objects.published().order_by("series_position"))
    long_body = (
        "A relentless chase film whose practical stunts, cramped garages and long takes make "
        "every collision land, although the villain's plan and its ending drag on a little."
    )
    for n, film in enumerate(films):
        make_user_review(
            film=film,
            author=make_user(username=f"a-member-with-a-long-name-{n}"),
            title=f"A long and thoughtful title for review number {n} of the series",
            body=long_body,
            status="pending",
            language="fr" if n % 2 else "en",
            contains_spoilers=bool(n),
            spoils=films[-1] if n else None,
        )
    flagged = make_user_review(film=films[0], title="Reported one", body=long_body)
    review_flag(review=flagged, by=make_user(), reason="spoiler", spoils=films[-1])
    review_flag(review=flagged, by=make_user(), reason="spam")

    page.goto(seeded_live_server + "/admin/")
    page.fill("input[name=login]", "moderator@example.com")
    page.fill("input[name=password]", "a long moderator password")
    page.get_by_role("button", name="Sign In").click()
    page.goto(seeded_live_server + "/admin/reviews/userreview/?queue=waiting")

    header = page.locator("#result_list thead")
    expect(header).to_contain_text("Spoils")
    expect(header).to_contain_text("Language")
    expect(page.locator("#result_list tbody")).to_contain_text("Français")
    expect(page.locator("#result_list tbody")).to_contain_text(films[-1].title)
    screenshot("admin-moderation-queue")
    overflow = page.evaluate(
        """() => {
            const results = document.querySelector(".results");
            const root = document.documentElement;
            return {
                page: root.scrollWidth - root.clientWidth,
                table: results.scrollWidth - results.clientWidth,
            };
        }"""
    )
    assert overflow == {"page": 0, "table": 0}

    # The reported review's page: its reports, each closed on its own, and the film it spoils
    # chosen among the series.
    page.get_by_role("link", name="Reported one").click()
    expect(page.locator("select[name=spoils] option")).to_have_count(len(films) + 1)
    expect(page.locator("select[name='flags-0-outcome']")).to_have_value("open")
    screenshot("admin-reported-review")


def test_a_member_reporting_a_spoiler_is_asked_which_film_it_spoils(
    page, seeded_live_server, screenshot
):
    member = make_user(username="reader", email="reader@example.com")
    member.set_password("a long reader password")
    member.save()
    member.emailaddress_set.create(email=member.email, verified=True, primary=True)
    films = list(Film.objects.published().order_by("series_position"))
    review = make_user_review(film=films[0], title="Tells who dies")

    page.goto(seeded_live_server + "/accounts/login/")
    page.fill("input[name=login]", "reader@example.com")
    page.fill("input[name=password]", "a long reader password")
    page.get_by_role("button", name="Sign In").click()
    page.goto(f"{seeded_live_server}/reviews/{review.pk}/flag/")

    which = page.get_by_label("Which film does it spoil?")
    expect(which).to_be_hidden()
    page.get_by_label("Unmarked spoiler").check()
    expect(which).to_be_visible()
    page.get_by_role("button", name="Send the report").click()
    expect(page.locator(".report-spoils")).to_contain_text(
        "Choose the film whose plot the review reveals."
    )
    which.select_option(label=films[-1].title)
    screenshot("report-an-unmarked-spoiler")
    page.get_by_role("button", name="Send the report").click()
    expect(page).to_have_url(re.compile(f"{re.escape(films[0].get_absolute_url())}#review-"))
    assert ReviewFlag.objects.get(review=review).spoils == films[-1]
