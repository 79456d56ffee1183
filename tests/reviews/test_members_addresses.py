"""Members' email addresses are seen by staff who manage accounts, and no one else: a moderator
cannot find a member by searching the admin for an address, nor read one on any page."""

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from newsroom.addresses import reaches_an_address
from reviews.models import ReviewFlag, TrilogyRanking, UserReview
from reviews.moderation import review_flag
from tests.factories import make_staff, make_user, make_user_review

pytestmark = pytest.mark.django_db

ADDRESS = "lino.secret@example.org"


@pytest.fixture
def lino(film):
    """A member with a review awaiting moderation, a report of another's review, a ranking."""
    member = make_user(username="lino", email=ADDRESS)
    member.emailaddress_set.create(email=ADDRESS, verified=True, primary=True)
    make_user_review(film=film, author=member, status="pending", title="Lino's take")
    review_flag(review=make_user_review(film=film), by=member, reason="spam")
    TrilogyRanking.objects.create(member=member)
    return member


def searched(client, model, term):
    url = reverse(f"admin:reviews_{model._meta.model_name}_changelist")
    response = client.get(url, {"q": term})
    assert response.status_code == 200, url
    return response


@pytest.mark.parametrize("model", [UserReview, TrilogyRanking])
def test_a_moderator_searching_for_a_members_address_finds_nothing(client, moderator, lino, model):
    """(The reports' list has no search: no address to test there.)"""
    for term in (ADDRESS, "lino.secret", "example.org"):
        assert searched(client, model, term).context["cl"].result_count == 0, (model, term)
    assert searched(client, model, "lino").context["cl"].result_count == 1, "names still work"


@pytest.mark.parametrize("model", [UserReview, TrilogyRanking])
def test_staff_who_manage_accounts_still_find_members_by_address(client, lino, model):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    assert searched(client, model, ADDRESS).context["cl"].result_count == 1


def test_no_admin_page_a_moderator_opens_shows_a_members_address(client, moderator, lino):
    review = UserReview.objects.get(author=lino)
    flag = ReviewFlag.objects.get(flagged_by=lino)
    ranking = TrilogyRanking.objects.get(member=lino)
    pages = [
        reverse("admin:index"),
        reverse("admin:reviews_userreview_changelist"),
        reverse("admin:reviews_userreview_changelist") + "?queue=waiting",
        reverse("admin:reviews_userreview_change", args=[review.pk]),
        reverse("admin:reviews_userreview_history", args=[review.pk]),
        reverse("admin:reviews_reviewflag_changelist"),
        reverse("admin:reviews_reviewflag_change", args=[flag.pk]),
        reverse("admin:reviews_trilogyranking_changelist"),
        reverse("admin:reviews_trilogyranking_change", args=[ranking.pk]),
        f"/en/members/{lino.username}/",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert ADDRESS not in response.content.decode(), url
    # Nor the accounts themselves, nor their addresses, nor a lookup through the address.
    for url in [
        reverse("admin:auth_user_changelist") + f"?q={ADDRESS}",
        reverse("admin:auth_user_change", args=[lino.pk]),
        reverse("admin:account_emailaddress_changelist") + f"?q={ADDRESS}",
        reverse("admin:autocomplete") + f"?app_label=reviews&model_name=userreview"
        f"&field_name=author&term={ADDRESS}",
    ]:
        assert client.get(url).status_code == 403, url
    lookup = reverse("admin:reviews_userreview_changelist") + f"?author__email={ADDRESS}"
    assert client.get(lookup).status_code == 400


@pytest.mark.parametrize("role", ["Moderators", "Editors"])
def test_no_admin_searches_addresses_for_staff_who_do_not_manage_accounts(db, role):
    """Every admin of the site, present and future: whatever a role may open, its search reads
    no email address."""
    request = RequestFactory().get("/")
    request.user = make_staff(role)
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_view_or_change_permission(request):
            continue
        for field in model_admin.get_search_fields(request):
            assert not reaches_an_address(model, field), (role, model, field)


def test_an_address_is_told_apart_from_other_search_fields(db):
    assert reaches_an_address(UserReview, "author__email")
    assert reaches_an_address(UserReview, "=author__email")
    assert reaches_an_address(TrilogyRanking, "^member__email__iexact")
    assert not reaches_an_address(UserReview, "author__username")
    assert not reaches_an_address(UserReview, "title")
