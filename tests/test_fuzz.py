"""Random query strings and form data never cause a server error: always a page or a 400."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from films.models import Film
from tests.factories import make_user

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text that exercises encodings, SQL LIKE wildcards, markup and absurd lengths.
values = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="%_\\'\"<>&;-*/0123456789", max_size=12),
    st.sampled_from(["", "0", "-1", "9" * 30, "1e9", "lost-bullet", "positive", "\x00", "é"]),
    st.text(min_size=90, max_size=300),
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


@FUZZ
@given(
    form=st.fixed_dictionaries(
        {
            "rating": values,
            "title": values,
            "body": st.one_of(values, st.text(min_size=20, max_size=6000)),
            "spoils": st.sampled_from(["", "1", "2", "3", "999", "x"]),
            "homepage": st.sampled_from(["", "", "http://spam.example"]),
        }
    )
)
def test_the_review_form_takes_any_input_without_a_server_error(client, seeded, form):
    client.force_login(make_user())
    film = Film.objects.get(slug="last-bullet")
    response = client.post(reverse("reviews:review-create", kwargs={"slug": film.slug}), form)
    assert response.status_code in (200, 302)


@FUZZ
@given(
    form=st.fixed_dictionaries(
        {"email": values, "username": values, "password1": values, "password2": values}
    )
)
def test_the_sign_up_form_takes_any_input_without_a_server_error(client, db, form):
    assert client.post(reverse("account_signup"), form).status_code in (200, 302)


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
