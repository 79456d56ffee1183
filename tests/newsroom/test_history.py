"""Every editorial change can be reverted, deleted content recovered, and nothing cascades."""

import pytest
from django.urls import reverse
from reversion.models import Version

from films.models import Company, Credit, Discrepancy, EditorialPiece, Film, FilmPassage, Person
from reviews.models import CriticReview, Publication
from tests.factories import make_user_review
from tests.pages import form_values

pytestmark = pytest.mark.django_db


def test_an_edit_is_reverted_from_the_history(client, seeded, editor):
    company = Company.objects.get(slug="netflix")
    change_url = reverse("admin:films_company_change", args=[company.pk])
    client.post(change_url, {"name": "Netflix Studios", "slug": "netflix"})
    assert Company.objects.get(pk=company.pk).name == "Netflix Studios"

    history = client.get(reverse("admin:films_company_history", args=[company.pk]))
    assert "Loaded from the seed content." in history.content.decode()
    first = Version.objects.get_for_object(company).last()
    revision_url = reverse("admin:films_company_revision", args=[company.pk, first.pk])
    old_form = client.get(revision_url).content.decode()
    assert 'value="Netflix"' in old_form

    client.post(revision_url, form_values(old_form))

    assert Company.objects.get(pk=company.pk).name == "Netflix"


def test_deleted_content_is_recovered_from_the_admin(client, seeded, editor):
    piece = EditorialPiece.objects.get(slug="lost-bullet-ending-explained")
    sections = list(piece.sections.values_list("heading", "text", "spoils"))
    films = set(piece.films.all())
    delete_url = reverse("admin:films_editorialpiece_delete", args=[piece.pk])
    client.post(delete_url, {"post": "yes"})
    assert not EditorialPiece.objects.filter(slug=piece.slug).exists()

    recover_list = client.get(reverse("admin:films_editorialpiece_recoverlist")).content
    assert piece.title in recover_list.decode()
    version = Version.objects.get_deleted(EditorialPiece).get()
    recover_url = reverse("admin:films_editorialpiece_recover", args=[version.pk])
    form = client.get(recover_url).content.decode()
    client.post(recover_url, form_values(form))

    restored = EditorialPiece.objects.get(slug=piece.slug)
    assert restored.standfirst == piece.standfirst
    assert list(restored.sections.values_list("heading", "text", "spoils")) == sections
    assert set(restored.films.all()) == films
    assert piece.title in client.get(restored.get_absolute_url()).content.decode()


def test_a_deleted_film_comes_back_whole_with_its_credits_and_critic_reviews(seeded, editor):
    film = Film.objects.get(slug="lost-bullet")
    film_id = film.pk
    # Articles that spoil the film hold it back: deleted, it would leave their spoilers untagged.
    EditorialPiece.objects.filter(films=film).delete()
    # So do the sequels' recaps of it, and notes on characters that say what happens in it.
    FilmPassage.objects.filter(spoils=film).exclude(film=film).delete()
    Discrepancy.objects.filter(spoils=film, film=None).delete()
    counts = (film.credits.count(), film.critic_reviews.count(), film.citations.count())
    film.delete()
    assert not Credit.objects.filter(film_id=film_id).exists()

    Version.objects.get_deleted(Film).get(object_id=str(film_id)).revision.revert(delete=False)

    film = Film.objects.get(slug="lost-bullet")
    assert (film.credits.count(), film.critic_reviews.count(), film.citations.count()) == counts


@pytest.mark.parametrize(
    ("admin_name", "lookup", "blocker"),
    [
        ("films_person", lambda: Person.objects.get(slug="alban-lenoir"), "Credit"),
        ("reviews_publication", lambda: Publication.objects.get(slug="paste"), "Critic review"),
    ],
)
def test_deleting_what_other_content_depends_on_is_refused(
    client, seeded, editor, admin_name, lookup, blocker
):
    obj = lookup()
    response = client.post(reverse(f"admin:{admin_name}_delete", args=[obj.pk]), {"post": "yes"})
    html = response.content.decode()
    assert "would require deleting the following protected related objects" in html
    assert blocker in html
    assert type(obj).objects.filter(pk=obj.pk).exists()


def test_a_film_with_community_reviews_cannot_be_deleted(client, seeded, editor):
    film = Film.objects.get(slug="last-bullet")
    make_user_review(film=film)
    response = client.post(reverse("admin:films_film_delete", args=[film.pk]), {"post": "yes"})
    assert "protected related objects" in response.content.decode()
    assert Film.objects.filter(pk=film.pk).exists()
    assert CriticReview.objects.count() == 9
