"""Members write, edit and delete their own reviews; nobody else can touch or see them early."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from films.models import Film
from reviews.models import ReviewFlag, UserReview
from reviews.moderation import review_approve, review_reject
from tests.factories import make_staff, make_user, make_user_review
from tests.pages import write_url

pytestmark = pytest.mark.django_db

GOOD = {
    "rating": "8",
    "title": "Cars, fists and a bullet",
    "body": "Lean and mean: the chases are real and Lenoir does his own stunts.",
    "spoils": "",
}


@pytest.fixture
def film(seeded):
    return Film.objects.get(slug="lost-bullet-2")


def film_page(client, film):
    return client.get(film.get_absolute_url()).content.decode()


def test_a_visitor_is_sent_to_sign_in_and_back_to_the_form(client, film):
    response = client.get(write_url(film))
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={write_url(film)}"
    html = film_page(client, film)
    assert "Write a review of Lost Bullet 2" in html
    assert "next=/en/films/lost-bullet-2/review/" in html


def test_a_new_review_waits_for_moderation_and_only_its_author_sees_it(client, film, member):
    response = client.post(write_url(film), GOOD, follow=True)
    review = UserReview.objects.get(film=film, author=member)
    assert review.status == UserReview.Status.PENDING
    html = response.content.decode()
    assert "will appear once a moderator approves it" in html
    assert "Awaiting moderation" in html and GOOD["title"] in html

    other = Client()
    other.force_login(make_user())
    assert GOOD["title"] not in film_page(other, film)
    assert GOOD["title"] not in film_page(Client(), film)


def test_an_invalid_review_comes_back_as_typed_with_a_message_by_the_field(client, film, member):
    response = client.post(write_url(film), GOOD | {"rating": "7", "body": "Too short"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Write at least 20 characters (you wrote 9)." in html
    assert re.search(r'<input type="radio" name="rating" value="7"[^>]* checked>', html)
    assert "Too short</textarea>" in html
    assert f'value="{GOOD["title"]}"' in html
    assert not UserReview.objects.exists()


@pytest.mark.parametrize(
    ("rating", "message"),
    [
        ("0", "Choose one of the ratings shown"),
        ("11", "Choose one of the ratings shown"),
        ("7.5", "Choose one of the ratings shown"),
        ("", "Choose a rating: from half a star to five stars."),
    ],
)
def test_ratings_outside_one_to_ten_are_refused(client, film, member, rating, message):
    assert message in client.post(write_url(film), GOOD | {"rating": rating}).content.decode()
    assert not UserReview.objects.exists()


def test_a_body_over_5000_characters_is_refused(client, film, member):
    html = client.post(write_url(film), GOOD | {"body": "a" * 5001}).content.decode()
    assert "Keep it to 5,000 characters (you wrote 5,001)." in html


def test_the_review_honeypot_turns_bots_away(client, film, member):
    client.post(write_url(film), GOOD | {"homepage": "http://spam.example"})
    assert not UserReview.objects.exists()


def test_a_second_review_of_the_same_film_opens_the_first_for_editing(client, film, member):
    review = make_user_review(film=film, author=member)
    response = client.get(write_url(film))
    assert response["Location"] == reverse("reviews:review-edit", kwargs={"pk": review.pk})
    client.post(write_url(film), GOOD)
    assert UserReview.objects.filter(film=film, author=member).count() == 1


def test_editing_an_approved_review_keeps_the_approved_text_until_the_edit_is_approved(
    client, film, member
):
    review = make_user_review(film=film, author=member, title="First take", rating=6)
    edit_url = reverse("reviews:review-edit", kwargs={"pk": review.pk})
    client.post(edit_url, GOOD)

    review.refresh_from_db()
    assert (review.status, review.title, review.pending_title) == (
        UserReview.Status.APPROVED,
        "First take",
        GOOD["title"],
    )
    assert review in UserReview.objects.awaiting_moderation()
    public = film_page(Client(), film)
    assert "First take" in public and GOOD["title"] not in public
    assert (
        'Audience score: <strong><span class="rating" role="img" aria-label="3 out of 5 stars">'
        in public
    )
    assert "Your edit is awaiting moderation" in film_page(client, film)

    review_approve(review=review, by=make_staff("Moderators"))
    public = film_page(Client(), film)
    assert GOOD["title"] in public and "First take" not in public
    assert (
        'Audience score: <strong><span class="rating" role="img" aria-label="4 out of 5 stars">'
        in public
    )


def test_a_rejected_edit_leaves_the_approved_review_and_tells_the_author_why(client, film, member):
    review = make_user_review(film=film, author=member, title="First take")
    client.post(reverse("reviews:review-edit", kwargs={"pk": review.pk}), GOOD)
    review_reject(review=review, by=make_staff("Moderators"), reason="Keep it civil")
    review.refresh_from_db()
    assert (review.status, review.title, review.has_pending_edit) == (
        "approved",
        "First take",
        False,
    )
    assert "Your last edit was not approved: Keep it civil" in film_page(client, film)


def test_the_author_sees_why_a_review_was_rejected(client, film, member):
    review = make_user_review(film=film, author=member, status=UserReview.Status.PENDING)
    review_reject(review=review, by=make_staff("Moderators"), reason="Off topic")
    assert "Not approved: Off topic" in film_page(client, film)
    profile = client.get(reverse("reviews:member-detail", kwargs={"username": "lino"}))
    assert "Off topic" in profile.content.decode()


def test_editing_a_rejected_review_sends_it_back_to_moderation(client, film, member):
    review = make_user_review(film=film, author=member, status=UserReview.Status.REJECTED)
    client.post(reverse("reviews:review-edit", kwargs={"pk": review.pk}), GOOD)
    review.refresh_from_db()
    assert (review.status, review.title) == (UserReview.Status.PENDING, GOOD["title"])


def test_the_author_deletes_their_review(client, film, member):
    review = make_user_review(film=film, author=member)
    url = reverse("reviews:review-delete", kwargs={"pk": review.pk})
    assert "Delete your review of Lost Bullet 2?" in client.get(url).content.decode()
    client.post(url)
    assert not UserReview.objects.filter(pk=review.pk).exists()


@pytest.mark.parametrize("action", ["review-edit", "review-delete"])
def test_nobody_else_can_edit_or_delete_a_review(client, film, member, action):
    theirs = make_user_review(film=film, status=UserReview.Status.PENDING, title="Not yours")
    url = reverse(f"reviews:{action}", kwargs={"pk": theirs.pk})
    assert client.get(url).status_code == 404
    assert client.post(url, GOOD).status_code == 404
    theirs.refresh_from_db()
    assert theirs.title == "Not yours"


def test_nobody_else_sees_the_pending_text_of_a_review(client, film, member):
    theirs = make_user_review(film=film, title="Published words")
    review_text = GOOD | {"title": "Secret pending words"}
    theirs.revise(
        **{k: review_text[k] for k in ("title", "body")}, rating=5, contains_spoilers=False
    )
    for page in (
        film.get_absolute_url(),
        reverse("reviews:review-list"),
        reverse("reviews:member-detail", kwargs={"username": theirs.author.username}),
        reverse("reviews:feed"),
    ):
        assert "Secret pending words" not in client.get(page).content.decode()
    assert client.get(reverse("reviews:review-edit", kwargs={"pk": theirs.pk})).status_code == 404


def test_spoiler_reviews_are_collapsed(client, film):
    review = make_user_review(
        film=film, contains_spoilers=True, body="Marco dies at the border crossing."
    )
    card = review_card(film_page(client, film), review)
    summary = f"<summary>Spoils <cite>{film.title}</cite>"
    assert summary in card
    assert "Marco dies at the border crossing." in card.split(summary)[1]


def test_members_flag_a_review_once_and_it_returns_to_the_queue(client, film, member):
    review = make_user_review(film=film)
    url = reverse("reviews:review-flag", kwargs={"pk": review.pk})
    form = client.get(url).content.decode()
    assert "What is wrong with this review?" in form and "Unmarked spoiler" in form
    first = client.post(url, {"reason": "spam"}, follow=True).content.decode()
    second = client.post(url, {"reason": "abuse"}, follow=True).content.decode()
    assert "a moderator will look at this review" in review_card(first, review)
    assert "You had already reported this review" in review_card(second, review)
    assert "You reported it" in review_card(second, review)
    assert ReviewFlag.objects.get(review=review).reason == "spam"
    assert review in UserReview.objects.awaiting_moderation()


def review_card(html, review):
    """The card of one review on a page."""
    start = html.index(f'id="review-{review.pk}"')
    return html[start : html.index("</article>", start) + len("</article>") + 400]


def test_a_report_needs_a_reason_and_something_else_needs_words(client, film, member):
    review = make_user_review(film=film)
    url = reverse("reviews:review-flag", kwargs={"pk": review.pk})
    html = client.post(url, {}).content.decode()
    assert "Choose what is wrong with the review." in html
    html = client.post(url, {"reason": "other", "note": "  "}).content.decode()
    assert "Say in a few words what is wrong with the review." in html
    assert re.search(r'<input[^>]*value="other"[^>]*checked', html), "the choice is kept"
    assert not review.flags.exists()
    client.post(url, {"reason": "other", "note": "Copied from another site."})
    assert review.flags.get().note == "Copied from another site."


def test_report_is_a_link_to_a_page_of_its_own_apart_from_helpful(client, film, member):
    review = make_user_review(film=film)
    card = review_card(film_page(client, film), review)
    report = reverse("reviews:review-flag", kwargs={"pk": review.pk})
    assert f'<a class="user-review__report" href="{report}"' in card
    assert f'action="{report}"' not in card  # no one-click report button


def test_a_member_cannot_flag_or_praise_their_own_review(client, film, member):
    review = make_user_review(film=film, author=member)
    client.post(reverse("reviews:review-flag", kwargs={"pk": review.pk}), {"reason": "spam"})
    client.post(reverse("reviews:review-vote", kwargs={"pk": review.pk}))
    assert not review.flags.exists() and not review.votes.exists()


def test_visitors_must_sign_in_to_flag_or_vote(client, film):
    review = make_user_review(film=film)
    for name in ("review-flag", "review-vote"):
        response = client.post(reverse(f"reviews:{name}", kwargs={"pk": review.pk}))
        assert response.status_code == 302 and "/en/accounts/login/" in response["Location"]


def test_helpful_votes_count_once_and_order_the_reviews(client, film, member):
    older = make_user_review(film=film, title="Older but helpful")
    make_user_review(film=film, title="Newer")
    for _ in range(2):
        client.post(reverse("reviews:review-vote", kwargs={"pk": older.pk}))
    assert older.votes.count() == 1

    helpful_first = film_page(client, film)
    assert helpful_first.index("Older but helpful") < helpful_first.index(">Newer<")
    newest = client.get(film.get_absolute_url() + "?order=newest").content.decode()
    assert newest.index(">Newer<") < newest.index("Older but helpful")
    assert "1 found this helpful" in helpful_first
    assert client.get(film.get_absolute_url() + "?order=random").status_code == 400


def test_flags_are_rate_limited_with_a_429(client, film, member, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"review_flag": "2/h/user"}
    reviews = [make_user_review(film=film) for _ in range(3)]
    statuses = [
        client.post(
            reverse("reviews:review-flag", kwargs={"pk": r.pk}), {"reason": "spam"}
        ).status_code
        for r in reviews
    ]
    assert statuses == [302, 302, 429]


def test_review_submissions_are_rate_limited_per_member(client, seeded, member, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"review_submit": "1/h/user"}
    first, second = Film.objects.all()[:2]
    assert client.post(write_url(first), GOOD).status_code == 302
    response = client.post(write_url(second), GOOD)
    assert response.status_code == 429
    assert "Slow down a little" in response.content.decode()


def test_forms_refuse_posts_without_a_csrf_token(film):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(make_user())
    assert strict.post(write_url(film), GOOD).status_code == 403


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script> and <b>bold</b> claims",
        "A" * 300 + " one very long word indeed",
        "Génial 🔥🔥🔥 car chases 🚗💥 all the way through",
        "فيلم رائع جدا مع مطاردات سيارات حقيقية",
    ],
)
def test_whatever_is_typed_is_shown_as_inert_text(client, film, text):
    make_user_review(film=film, title=text[:100], body=text)
    html = film_page(client, film)
    assert "<script>alert" not in html and "<b>bold</b>" not in html
    if "<" in text:
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    else:
        assert text in html
    assert 'class="user-review__body" dir="auto"' in html


@pytest.mark.parametrize("field", ["title", "body"])
def test_a_letter_stacked_with_combining_marks_is_refused(client, seeded, field):
    import unicodedata

    from tests.factories import make_user

    client.force_login(make_user())
    stacked = "Z" + "\u0301\u0336" * 10
    data = {"rating": 7, "title": "Fine", "body": "A lean chase film with real stunts."}
    data[field] = f"{data[field]} {stacked}"
    response = client.post(reverse("reviews:review-create", kwargs={"slug": "last-bullet"}), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "at most 4 accents or marks" in html
    assert unicodedata.normalize("NFC", stacked) in unicodedata.normalize("NFC", html)


def test_accented_letters_and_vietnamese_are_accepted(client, seeded):
    from tests.factories import make_user

    client.force_login(make_user())
    # Decomposed, as some keyboards send it: e + acute, and Vietnamese ệ with two marks.
    body = "Une poursuite re\u0301ussie, vie\u0323\u0302t hay: a lean chase film."
    data = {"rating": 7, "title": "Réussi", "body": body}
    response = client.post(reverse("reviews:review-create", kwargs={"slug": "last-bullet"}), data)
    assert response.status_code == 302


def test_the_member_page_shows_the_author_their_reviews_status_and_others_only_approved(
    client, film, member
):
    pending = make_user_review(film=film, author=member, title="Still pending", status="pending")
    make_user_review(film=Film.objects.get(slug="lost-bullet"), author=member, title="Out already")
    url = reverse("reviews:member-detail", kwargs={"username": member.username})
    html = client.get(url).content.decode()
    assert "Still pending" in html and "Out already" in html
    assert reverse("reviews:review-edit", args=[pending.pk]) in html
    assert 'class="status status--pending"' in html
    client.logout()
    html = client.get(url).content.decode()
    assert "Still pending" not in html and "Out already" in html
    assert "/edit/" not in html
