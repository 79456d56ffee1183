"""Random query strings and form data never cause a server error: always a page or a 400.
Every field of every public form also gets control characters and noncharacters, which XML
cannot carry: refused at the door, they must never reach a page or the feed. Any Host header
gets a page, a redirect or the 400 page, never a 500."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from films.models import Film
from reviews.models import ReviewFlag, UserReview
from reviews.moderation import review_approve
from tests.factories import make_staff, make_user, make_user_review
from tests.pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# What no page or feed can carry: C0 and C1 controls (the ones text may hold among them),
# DEL and noncharacters. Lone surrogates cannot travel in UTF-8, so no request brings one.
unshowable = st.one_of(
    st.characters(categories=["Cc"]),
    st.sampled_from(["\x0b", "\x01", "\x1f", "\x7f", "\x85", "\ufffe", "\uffff", "\ufdd0"]),
)
# Ordinary words with such characters in them, short and review-sized.
with_controls = st.one_of(
    st.text(alphabet=st.one_of(unshowable, st.sampled_from("ab é\t\n")), min_size=1, max_size=30),
    st.builds(
        "".join,
        st.tuples(
            st.text(min_size=3, max_size=200), unshowable, st.text(min_size=20, max_size=200)
        ),
    ),
)
# Text that exercises encodings, SQL LIKE wildcards, markup, absurd lengths and control characters.
values = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="%_\\'\"<>&;-*/0123456789", max_size=12),
    st.sampled_from(["", "0", "-1", "9" * 30, "1e9", "lost-bullet", "positive", "\x00", "é"]),
    st.text(min_size=90, max_size=300),
    with_controls,
)
LIST_PAGES = {
    "films:film-list": ["year", "person", "consensus", "ordering"],
    "reviews:review-list": ["kind", "film", "publication", "critic", "verdict", "page"],
    "search:search": ["q"],
}


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """Hypothesis posts many forms within one test: a rate limit would answer 429."""
    settings.ACCOUNT_RATE_LIMITS = False


@pytest.mark.parametrize("page", LIST_PAGES)
@FUZZ
@given(data=st.data())
def test_list_filter_and_search_pages_answer_a_page_or_a_400(client, seeded, page, data):
    names = LIST_PAGES[page] + ["unexpected"]
    params = data.draw(st.dictionaries(st.sampled_from(names), values, max_size=4))
    response = client.get(reverse(page), params)
    assert response.status_code in (200, 400)


@FUZZ
@given(order=values)
def test_film_page_review_ordering_answers_a_page_or_a_400(client, seeded, order):
    url = reverse("films:film-detail", kwargs={"slug": "lost-bullet"})
    assert client.get(url, {"order": order}).status_code in (200, 400)


# A review's fields, with valid ratings often enough that some reviews are accepted.
review_forms = st.fixed_dictionaries(
    {
        "rating": st.one_of(st.sampled_from(["1", "8", "10"]), values),
        "title": values,
        "body": st.one_of(values, st.text(min_size=20, max_size=6000)),
        "spoils": st.sampled_from(["", "1", "2", "3", "999", "x"]),
        "homepage": st.sampled_from(["", "", "http://spam.example"]),
    }
)


def assert_what_was_accepted_can_be_shown(client, review):
    """Approve an accepted review and read it where everyone does: a film page, both feeds."""
    review_approve(review=review, by=make_staff("Moderators"))
    for url in (review.film.get_absolute_url(), "/en/reviews/feed/", "/fr/reviews/feed/"):
        assert client.get(url).status_code == 200, url


@FUZZ
@given(form=review_forms)
def test_the_review_form_takes_any_input_without_a_server_error(client, seeded, form):
    member = make_user()
    client.force_login(member)
    film = Film.objects.get(slug="last-bullet")
    response = client.post(reverse("reviews:review-create", kwargs={"slug": film.slug}), form)
    assert response.status_code in (200, 302)
    if review := UserReview.objects.filter(author=member).first():
        assert_what_was_accepted_can_be_shown(client, review)


@FUZZ
@given(form=review_forms)
def test_an_edit_of_a_review_takes_any_input_without_a_server_error(client, seeded, form):
    member = make_user()
    review = make_user_review(film=Film.objects.get(slug="last-bullet"), author=member)
    client.force_login(member)
    response = client.post(reverse("reviews:review-edit", kwargs={"pk": review.pk}), form)
    assert response.status_code in (200, 302)
    review.refresh_from_db()
    if review.has_pending_edit:
        assert_what_was_accepted_can_be_shown(client, review)


@FUZZ
@given(
    form=st.fixed_dictionaries(
        {
            "reason": st.one_of(st.sampled_from(ReviewFlag.Reason.values), values),
            "note": values,
            "spoils": st.one_of(st.sampled_from(["", "1", "3"]), values),
        }
    )
)
def test_the_report_form_takes_any_input_without_a_server_error(client, seeded, form):
    review = make_user_review(film=Film.objects.get(slug="last-bullet"))
    client.force_login(make_user())
    response = client.post(reverse("reviews:review-flag", kwargs={"pk": review.pk}), form)
    assert response.status_code in (200, 302)


@FUZZ
@given(
    form=st.fixed_dictionaries(
        {"email": values, "username": values, "password1": values, "password2": values},
        optional={"homepage": values},
    )
)
def test_the_sign_up_form_takes_any_input_without_a_server_error(client, db, form):
    assert client.post(reverse("account_signup"), form).status_code in (200, 302)


@FUZZ
@given(email=values)
def test_the_password_reset_form_takes_any_input_without_a_server_error(client, db, email):
    response = client.post(reverse("account_reset_password"), {"email": email})
    assert response.status_code in (200, 302)


# `next` stays a same-site path here: what other values do is the business of tests/test_errors.py.
@FUZZ
@given(films_seen=values, back=st.sampled_from(["", "/en/", "/fr/films/"]))
def test_the_horizon_form_takes_any_input_without_a_server_error(client, seeded, films_seen, back):
    response = client.post(reverse("films:horizon-set"), {"films_seen": films_seen, "next": back})
    assert response.status_code in (200, 302, 400)


@FUZZ
@given(email=values)
def test_the_add_an_address_form_takes_any_input_without_a_server_error(client, db, email):
    member = make_user()
    member.emailaddress_set.create(email=member.email, verified=True, primary=True)
    client.force_login(member)
    response = client.post(reverse("account_email"), {"email": email, "action_add": ""})
    assert response.status_code in (200, 302)


@FUZZ
@given(form=st.fixed_dictionaries({"login": values, "password": values}))
def test_the_login_form_takes_any_input_without_a_server_error(client, db, form):
    assert client.post(reverse("account_login"), form).status_code in (200, 302)


@FUZZ
@given(
    form=st.fixed_dictionaries(
        {"place_1": values, "place_2": values, "place_3": values},
        optional={"unexpected": values},
    )
)
def test_the_ranking_form_takes_any_input_without_a_server_error(client, seeded, form):
    client.force_login(make_user())
    assert client.post(reverse("trilogy-rank"), form).status_code in (200, 302)


# Host headers a client may send: the site's own with odd ports and cases, others, and junk.
hosts = st.one_of(
    st.sampled_from(["testserver", "TESTSERVER", "testserver:8000", "evil.example", "[::1]"]),
    st.sampled_from(["", " ", "a b", "testserver:", "testserver:x", "..", "x" * 300]),
    st.text(alphabet="abcxyz.-:[]0123456789 @/\\%", max_size=40),
    with_controls,
)


@FUZZ
@given(page=st.sampled_from(sorted(PUBLIC_PAGES)), host=hosts)
def test_any_host_header_gets_a_page_a_redirect_or_a_400(client, seeded, settings, page, host):
    settings.DEBUG = False
    response = client.get(PUBLIC_PAGES[page], HTTP_HOST=host)
    assert response.status_code in (200, 301, 302, 400), (host, response.status_code)
