"""Reverting a version restores that object and its own inlines, and nothing else: no other
object's edits are undone, and nothing anyone created is deleted."""

import pytest
import reversion
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.core import serializers
from django.urls import reverse
from reversion.models import Version

from bulletsite.admin import NewsroomFilmAdmin
from films.models import Character, Company, Discrepancy, Film, FilmPassage
from reviews.models import Critic, CriticReview, Publication
from tests.factories import make_staff
from tests.pages import form_values

pytestmark = pytest.mark.django_db


def snapshot():
    """Every row of the site's content, serialised: (model label, pk) -> JSON."""
    return {
        (model._meta.label, obj.pk): serializers.serialize("json", [obj])
        for app in ("films", "reviews")
        for model in apps.get_app_config(app).get_models()
        if not model._meta.proxy
        for obj in model._default_manager.all()
    }


def changed_rows(before, after):
    return {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}


def another_editor_reviews(slug="last-bullet"):
    with reversion.create_revision():
        reversion.set_user(
            User.objects.filter(username="first-editor").first()
            or make_staff("Editors", username="first-editor")
        )
        return CriticReview.objects.create(
            film=Film.objects.get(slug=slug),
            publication=Publication.objects.get(slug="paste"),
            critic=Critic.objects.get(slug="kenneth-lowe"),
            pull_quote="A fitting end to the trilogy.",
            verdict="positive",
            status="published",
        )


def edit_in_admin(client, admin_name, obj, change):
    url = reverse(f"admin:{admin_name}_change", args=[obj.pk])
    values = form_values(client.get(url).content.decode())
    change(values)
    response = client.post(url, values)
    assert response.status_code == 302, response.content.decode()[:3000]


def revert_to_first_version(client, admin_name, obj):
    first = Version.objects.get_for_object(obj).order_by("pk").first()
    url = reverse(f"admin:{admin_name}_revision", args=[obj.pk, first.pk])
    response = client.post(url, form_values(client.get(url).content.decode()))
    assert response.status_code == 302, response.content.decode()[:3000]


def appearances(*slugs):
    return {
        slug: sorted(Character.objects.get(slug=slug).appearances.values_list("slug", flat=True))
        for slug in slugs
    }


def test_reverting_a_plot_edit_touches_nothing_else(client, seeded, editor):
    """The reported scenario: reverting a word in Lost Bullet 2's plot removed a critic review
    of Last Bullet and emptied characters' appearances."""
    sequel = Film.objects.get(slug="lost-bullet-2")
    review = another_editor_reviews()
    review_of_the_sequel = another_editor_reviews("lost-bullet-2")
    cast = appearances("alvaro", "jacques", "kad")
    assert all(cast.values())
    plot = FilmPassage.objects.filter(film=sequel, section="plot").order_by("order").first()
    original = plot.text

    def change_a_word(values):
        values["text_en"] = original.replace("Lino", "Lino Ferrari", 1)

    # Passages are edited on their own pages, linked from the film's form.
    edit_in_admin(client, "films_filmpassage", plot, change_a_word)
    assert FilmPassage.objects.get(pk=plot.pk).text != original
    before_revert = snapshot()

    revert_to_first_version(client, "films_filmpassage", plot)

    assert FilmPassage.objects.get(pk=plot.pk).text == original
    assert CriticReview.objects.filter(pk=review.pk).exists()
    assert CriticReview.objects.filter(pk=review_of_the_sequel.pk, film=sequel).exists()
    assert appearances("alvaro", "jacques", "kad") == cast
    changed = changed_rows(before_revert, snapshot())
    assert changed <= {("films.Film", sequel.pk), ("films.FilmPassage", plot.pk)}, changed


def test_the_history_shows_each_change_word_by_word_and_who_made_it(client, seeded, editor):
    sequel = Film.objects.get(slug="lost-bullet-2")
    plot = FilmPassage.objects.filter(film=sequel, section="plot").order_by("order").first()

    def change_a_word(values):
        values["text_en"] = plot.text.replace("Lino", "Lino Ferrari", 1)

    edit_in_admin(client, "films_filmpassage", plot, change_a_word)
    edit_in_admin(client, "films_film", sequel, lambda v: v.update(runtime_minutes="101"))
    passage_history = client.get(reverse("admin:films_filmpassage_history", args=[plot.pk]))
    assert "<ins>Ferrari</ins>" in passage_history.content.decode()
    html = client.get(reverse("admin:films_film_history", args=[sequel.pk])).content.decode()

    assert "second-editor" in html
    assert "Running time" in html or "Runtime minutes" in html
    assert "<del>100</del> <ins>101</ins>" in html
    assert "Loaded from the seed content." in html
    assert "First version." in html


@pytest.mark.parametrize(
    ("admin_name", "lookup", "field", "new_value"),
    [
        ("films_character", lambda: Character.objects.get(slug="julia"), "introduction", "Edited."),
        (
            "reviews_criticreview",
            lambda: CriticReview.objects.get(critic__slug="jonathon-wilson"),
            "summary",
            "Edited.",
        ),
    ],
)
def test_reverting_a_character_or_a_critic_review_touches_nothing_else(
    client, seeded, editor, admin_name, lookup, field, new_value
):
    obj = lookup()
    original = getattr(obj, field)
    review = another_editor_reviews()
    edit_in_admin(client, admin_name, obj, lambda values: values.update({f"{field}_en": new_value}))
    assert getattr(type(obj).objects.get(pk=obj.pk), field) == new_value
    before_revert = snapshot()

    revert_to_first_version(client, admin_name, obj)

    assert getattr(type(obj).objects.get(pk=obj.pk), field) == original
    assert CriticReview.objects.filter(pk=review.pk).exists()
    changed = changed_rows(before_revert, snapshot())
    assert changed == {(type(obj)._meta.label, obj.pk)}, changed


def test_recovering_a_deleted_note_brings_it_back_and_touches_nothing_else(client, seeded, editor):
    note = Discrepancy.objects.filter(person__slug="ramzy-bedia").get()
    sources = set(note.sources.all())
    client.post(reverse("admin:films_discrepancy_delete", args=[note.pk]), {"post": "yes"})
    assert not Discrepancy.objects.filter(pk=note.pk).exists()
    review = another_editor_reviews()
    before_recover = snapshot()

    version = Version.objects.get_deleted(Discrepancy).get(object_id=str(note.pk))
    url = reverse("admin:films_discrepancy_recover", args=[version.pk])
    response = client.post(url, form_values(client.get(url).content.decode()))
    assert response.status_code == 302

    recovered = Discrepancy.objects.get(pk=note.pk)
    assert (recovered.note, set(recovered.sources.all())) == (note.note, sources)
    assert CriticReview.objects.filter(pk=review.pk).exists()
    assert changed_rows(before_recover, snapshot()) == {("films.Discrepancy", note.pk)}


def test_each_seeded_object_has_a_first_version_of_its_own(seeded):
    """The seed saves one revision per object, holding only it and its inlines."""
    film_admin = admin.site._registry[Film]
    assert isinstance(film_admin, NewsroomFilmAdmin)
    for film in Film.objects.all():
        first = Version.objects.get_for_object(film).order_by("pk").first()
        assert first.revision.get_comment() == "Loaded from the seed content."
        in_revision = list(first.revision.version_set.all())
        assert {v.pk for v in film_admin.own_versions(first)} == {v.pk for v in in_revision}
        assert sum(v.content_type.model == "film" for v in in_revision) == 1


def test_reverting_one_object_of_a_revision_leaves_the_others_in_it_alone(client, seeded, editor):
    """A revision can hold several objects (a bulk action, an old seed load): reverting one
    object to it does not revert the others."""
    netflix, inoxy = Company.objects.get(slug="netflix"), Company.objects.get(slug="inoxy-films")
    with reversion.create_revision():
        Company.objects.filter(pk__in=[netflix.pk, inoxy.pk]).update(name="Renamed in bulk")
        for company in Company.objects.filter(pk__in=[netflix.pk, inoxy.pk]):
            reversion.add_to_revision(company)
    bulk = Version.objects.get_for_object(netflix).order_by("pk").last()
    for company in (netflix, inoxy):
        edit_in_admin(client, "films_company", company, lambda v: v.update(name="Later name"))
    before_revert = snapshot()

    url = reverse("admin:films_company_revision", args=[netflix.pk, bulk.pk])
    client.post(url, form_values(client.get(url).content.decode()))

    assert Company.objects.get(pk=netflix.pk).name == "Renamed in bulk"
    assert Company.objects.get(pk=inoxy.pk).name == "Later name"
    assert changed_rows(before_revert, snapshot()) == {("films.Company", netflix.pk)}


def test_looking_at_an_old_version_fires_no_signal_and_saving_it_does(client, seeded, editor):
    """A look at an old version is rolled back: the page cache and search index must not hear
    of it. Saving the revert is an edit like any other."""
    from django.db.models.signals import post_save

    company = Company.objects.get(slug="netflix")
    edit_in_admin(client, "films_company", company, lambda v: v.update(name="Later name"))
    first = Version.objects.get_for_object(company).order_by("pk").first()
    url = reverse("admin:films_company_revision", args=[company.pk, first.pk])
    saved = []

    def receiver(sender, instance, **kwargs):
        saved.append(instance)

    post_save.connect(receiver, sender=Company)
    try:
        response = client.get(url)
        assert response.status_code == 200
        assert 'value="Netflix"' in response.content.decode()
        assert saved == []
        assert Company.objects.get(pk=company.pk).name == "Later name"

        client.post(url, form_values(response.content.decode()))
        assert [obj.pk for obj in saved] == [company.pk, company.pk]
    finally:
        post_save.disconnect(receiver, sender=Company)
    assert Company.objects.get(pk=company.pk).name == "Netflix"
    latest = Version.objects.get_for_object(company).order_by("pk").last()
    assert latest.revision.get_comment().startswith("Reverted to previous version")


def test_the_revert_overrides_no_private_part_of_django_reversion():
    """HistoryAdmin keeps to VersionAdmin's public methods (issue 24)."""
    from newsroom.history import HistoryAdmin

    private = [
        name for name in vars(HistoryAdmin) if name.startswith("_") and not name.endswith("__")
    ]
    assert private == []
