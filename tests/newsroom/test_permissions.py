"""Who can open and change which admin page: each role gets exactly what it is allowed."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from films.models import Character, Company, Credit, EditorialPiece, Film, Role
from reviews.models import CriticReview, UserReview
from tests.factories import make_staff, make_user, make_user_review

pytestmark = pytest.mark.django_db

CONTENT = [
    "films.film",
    "films.person",
    "films.character",
    "films.vehicle",
    "films.timelineevent",
    "films.company",
    "films.source",
    "films.discrepancy",
    "films.editorialpiece",
    "reviews.publication",
    "reviews.critic",
    "reviews.criticreview",
    "reviews.aggregatescore",
]
MODERATION = ["reviews.userreview", "reviews.reviewflag"]
# Members' rankings of the trilogy: the newsroom sees them, nobody changes them.
RANKINGS = ["reviews.trilogyranking"]
ACCOUNTS = ["auth.user", "auth.group"]
ROLES = ["anonymous", "member", "moderator", "editor", "superuser"]
CAN_OPEN = {
    "anonymous": set(),
    "member": set(),
    "moderator": set(MODERATION + RANKINGS),
    "editor": set(CONTENT + MODERATION + RANKINGS),
    "superuser": set(CONTENT + MODERATION + RANKINGS + ACCOUNTS),
}


@pytest.fixture
def as_role(client, db):
    def login(role):
        if role == "member":
            client.force_login(make_user())
        elif role == "moderator":
            client.force_login(make_staff("Moderators"))
        elif role == "editor":
            client.force_login(make_staff("Editors"))
        elif role == "superuser":
            client.force_login(User.objects.create_superuser("root", "root@example.com", "pw"))
        return client

    return login


def assert_refused(response, role):
    """Visitors and members are sent to sign in to the admin; staff are told no."""
    if role in ("anonymous", "member"):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("model", CONTENT + MODERATION + RANKINGS + ACCOUNTS)
def test_each_role_opens_exactly_the_admin_lists_it_is_allowed(as_role, role, model, db):
    client = as_role(role)
    app_label, model_name = model.split(".")
    response = client.get(reverse(f"admin:{app_label}_{model_name}_changelist"))
    if model in CAN_OPEN[role]:
        assert response.status_code == 200
    else:
        assert_refused(response, role)


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_and_superusers_change_content(as_role, role, seeded):
    client = as_role(role)
    company = Company.objects.get(slug="netflix")
    url = reverse("admin:films_company_change", args=[company.pk])
    response = client.post(url, {"name": "Netflix, Inc.", "slug": "netflix"})
    company.refresh_from_db()
    if role in ("editor", "superuser"):
        assert response.status_code == 302
        assert company.name == "Netflix, Inc."
    else:
        assert_refused(response, role)
        assert company.name == "Netflix"


@pytest.mark.parametrize("role", ROLES)
def test_moderators_editors_and_superusers_moderate(as_role, role, seeded):
    client = as_role(role)
    review = make_user_review(status=UserReview.Status.PENDING)
    response = client.post(
        reverse("admin:reviews_userreview_changelist"),
        {"action": "approve", "_selected_action": [review.pk], "reason": "", "confirm": "yes"},
    )
    review.refresh_from_db()
    allowed = role in ("moderator", "editor", "superuser")
    assert (review.status == UserReview.Status.APPROVED) is allowed
    if not allowed:
        assert_refused(response, role)


@pytest.mark.parametrize("role", ["moderator", "editor"])
def test_no_newsroom_role_manages_users_groups_or_permissions(as_role, role, db):
    client = as_role(role)
    for url in (
        reverse("admin:auth_user_add"),
        reverse("admin:auth_group_add"),
        reverse("admin:auth_user_change", args=[User.objects.first().pk]),
    ):
        assert client.get(url).status_code == 403
    group = Group.objects.get(name="Editors")
    assert not group.permissions.filter(content_type__app_label="auth").exists()
    assert set(
        Group.objects.get(name="Moderators").permissions.values_list("codename", flat=True)
    ) == {
        "view_userreview",
        "change_userreview",
        "view_reviewflag",
        "change_reviewflag",  # closing a report
        "view_trilogyranking",
    }


def test_moderators_cannot_rewrite_a_members_words(as_role, seeded):
    client = as_role("moderator")
    review = make_user_review(status=UserReview.Status.PENDING, body="What the member wrote.")
    url = reverse("admin:reviews_userreview_change", args=[review.pk])
    html = client.get(url).content.decode()
    assert 'name="body"' not in html
    assert 'name="status"' in html


def test_editors_see_films_critic_reviews_and_scores_inline(as_role, seeded):
    client = as_role("editor")

    def inlines(slug):
        """Return the film's change page and, by inline, the objects its forms hold."""
        film = Film.objects.get(slug=slug)
        response = client.get(reverse("admin:films_film_change", args=[film.pk]))
        assert response.status_code == 200
        shown = {
            inline.opts.verbose_name_plural: [
                form.instance for form in inline.formset.initial_forms
            ]
            for inline in response.context["inline_admin_formsets"]
        }
        return film, response.content.decode(), shown

    film, html, shown = inlines("lost-bullet")
    # Credits are edited on their own pages, linked from the film's form with their count.
    credits = Credit.objects.filter(film=film).count()
    assert f'?film__id__exact={film.pk}">{credits} credits</a>' in html
    credit_list = client.get(reverse("admin:films_credit_changelist"), {"film__id__exact": film.pk})
    assert list(credit_list.context["cl"].result_list.filter(role=Role.CAST)) == list(
        Credit.objects.filter(film=film, role=Role.CAST).order_by("billing_order")
    )
    assert set(shown["critic reviews"]) == set(CriticReview.objects.filter(film=film))
    assert len(shown["critic reviews"]) == 6
    assert "probably one of the best Gallic action movies" in html

    film, html, shown = inlines("lost-bullet-2")
    (score,) = shown["aggregate scores"]
    assert (score.film, score.aggregator) == (film, "rotten_tomatoes")


def test_the_admin_index_counts_the_moderation_queue(as_role, seeded):
    make_user_review(status=UserReview.Status.PENDING)
    make_user_review(status=UserReview.Status.PENDING)
    make_user_review(status=UserReview.Status.APPROVED)
    response = as_role("moderator").get(reverse("admin:index"))
    html = response.content.decode()
    assert "2 community reviews awaiting moderation." in html
    assert "bulletsite newsroom" in html


@pytest.mark.parametrize(
    ("admin_name", "lookup", "inline", "expected"),
    [
        (
            "films_character",
            lambda: Character.objects.get(slug="julia"),
            "arc in a film",
            {"film"},
        ),
        (
            "films_editorialpiece",
            lambda: EditorialPiece.objects.get(slug="last-bullet-explained"),
            "section",
            {"heading_en", "heading_fr"},
        ),
    ],
)
def test_editors_see_and_retag_passages_inline(
    as_role, seeded, admin_name, lookup, inline, expected
):
    obj = lookup()
    response = as_role("editor").get(reverse(f"admin:{admin_name}_change", args=[obj.pk]))
    (formset,) = [
        f for f in response.context["inline_admin_formsets"] if f.opts.verbose_name == inline
    ]
    forms = formset.formset.initial_forms
    assert forms, f"no {inline} forms for {obj}"
    assert {"spoils", "text_en", "text_fr", *expected} <= set(forms[0].fields)
    assert formset.has_change_permission and formset.has_add_permission
