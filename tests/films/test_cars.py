"""The cars the trilogy keeps coming back to: a page each, with what happens to the car film by
film folded to the reader's horizon, and a list of them; film and character pages link to them,
and editors run them from the admin."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from films.models import Character, Film, Vehicle, VehicleAppearance
from tests.factories import make_staff
from tests.pages import HORIZONS, PUBLIC_PAGES, Disclosures, disclosures, form_values, words

pytestmark = pytest.mark.django_db


@pytest.fixture
def renault(seeded):
    return Vehicle.objects.get(slug="charas-renault")


@pytest.mark.parametrize("films_seen", HORIZONS)
def test_a_car_page_opens_each_film_the_reader_has_seen_and_folds_the_rest(
    client, renault, films_seen
):
    found = disclosures(client, renault.get_absolute_url(), films_seen)
    # What the car is and whose it is spoil nothing: they are always open.
    for open_text in (renault.introduction, "Charas", "Lino"):
        assert open_text in found.visible_text, open_text
    appearances = renault.appearances.select_related("film", "spoils")
    # Its cameo in the last film closes its Lost Bullet 2 appearance, with the same tag.
    assert len(appearances) == 2
    for appearance in appearances:
        text = words(appearance.text)
        if appearance.film.series_position > films_seen + 1:
            # That the car is in a film two on would tell that it survives the next one.
            assert text not in found.visible_text + found.folded_under(appearance.film.title)
            continue
        found.assert_open_once_seen(text, appearance.spoils, films_seen, (appearance, films_seen))


def test_the_renault_page_tells_its_story_to_a_reader_who_has_seen_everything(client, renault):
    found = disclosures(client, renault.get_absolute_url(), 3)
    text = found.visible_text
    # Its make and age, the bullet in its dashboard, the decoy, the last run, the memorial.
    for fact in (
        "Renault 21",
        "two-litre turbo",
        "1990s",
        "the bullet stays in the dashboard",
        "hidden the red Renault in a barn",
        "bull bars and a ram",
        "drives it, burning, to the garage",
        "becomes a memorial",
    ):
        assert fact in text, fact
    # Rebuilt in blue with an electrified ram, then wrecked for good, and a wreck in the finale.
    for fact in ("paints it blue", "electrifies a ram", "destroyed in a chase with Julia"):
        assert fact in text, fact
    assert "Charas's crucifix" in text
    assert "a cameo in the third film" in text and "completely destroyed" in text
    # Where the sources disagree, and which sources say what.
    assert "throw a grenade into the boot" in text
    assert "metal hooks and shields" in text
    assert "Lost Bullet 2" in text and "Lost Bullet (2020 film)" in text


def test_a_reader_who_has_seen_nothing_learns_nothing_of_the_plot_from_a_car_page(client, renault):
    found = disclosures(client, renault.get_absolute_url(), 0)
    for secret in ("dashboard", "blue", "wrecked", "decoy", "crucifix", "grenade", "memorial"):
        assert secret not in found.visible_text.lower(), secret


@pytest.mark.parametrize("films_seen", HORIZONS)
def test_the_car_list_names_every_car_and_reveals_no_plot(client, seeded, films_seen):
    found = disclosures(client, PUBLIC_PAGES["car list"], films_seen)
    for vehicle in Vehicle.objects.all():
        assert vehicle.name in found.visible_text
        assert vehicle.introduction in found.visible_text
    for appearance in VehicleAppearance.objects.all():
        assert words(appearance.text) not in found.visible_text
    assert not found.folds
    names = [vehicle.name for vehicle in Vehicle.objects.all()]
    assert names[0] == "Charas's Renault"
    assert found.visible_text.index(names[0]) < found.visible_text.index(names[1])


def test_film_and_character_pages_link_to_their_cars(client, renault):
    lost_bullet = client.get(reverse("films:film-detail", kwargs={"slug": "lost-bullet"}))
    html = lost_bullet.content.decode()
    assert 'id="cars-heading">Cars</h2>' in html
    for slug in ("charas-renault", "armoured-clio", "ramming-cars", "burnt-car"):
        assert reverse("films:vehicle-detail", kwargs={"slug": slug}) in html
    assert reverse("films:vehicle-detail", kwargs={"slug": "julias-car"}) not in html
    finale = client.get(reverse("films:film-detail", kwargs={"slug": "last-bullet"}))
    assert reverse("films:vehicle-detail", kwargs={"slug": "julias-car"}) in finale.content.decode()

    lino = client.get(reverse("films:character-detail", kwargs={"slug": "lino"})).content.decode()
    assert renault.get_absolute_url() in lino
    car_page = client.get(renault.get_absolute_url()).content.decode()
    for slug in ("charas", "lino"):
        assert reverse("films:character-detail", kwargs={"slug": slug}) in car_page


def test_an_appearance_in_a_draft_film_is_left_out(client, renault):
    Film.objects.filter(slug="last-bullet").update(status="draft")
    julias_car = reverse("films:vehicle-detail", kwargs={"slug": "julias-car"})
    assert "getaway car" not in client.get(julias_car).content.decode()
    html = client.get(renault.get_absolute_url()).content.decode()
    assert "Last Bullet (2025)" not in Disclosures(html).visible_text


def test_an_unknown_car_is_a_404(client, seeded):
    assert client.get(
        reverse("films:vehicle-detail", kwargs={"slug": "batmobile"})
    ).status_code == (404)


def test_each_car_has_a_share_card(client, renault):
    response = client.get(reverse("share-card", kwargs={"kind": "car", "slug": renault.slug}))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert client.get("/en/cards/car/batmobile.png").status_code == 404
    for name in ("cars", "timeline"):
        assert client.get(f"/en/cards/page/{name}.png").status_code == 200


def test_an_appearance_spoils_at_least_its_own_film(renault):
    sequel = Film.objects.get(slug="lost-bullet-2")
    untagged = VehicleAppearance.objects.create(vehicle=renault, film=sequel, text="Back again.")
    assert untagged.spoils == sequel
    too_early = VehicleAppearance(
        vehicle=renault,
        film=sequel,
        text="Back again.",
        spoils=Film.objects.get(slug="lost-bullet"),
    )
    with pytest.raises(ValidationError, match="spoils that film at least"):
        too_early.full_clean()


def test_editors_add_an_appearance_inline_and_it_appears_folded(client, renault):
    client.force_login(make_staff("Editors"))
    assert client.get(reverse("admin:films_vehicle_changelist")).status_code == 200
    assert client.get(reverse("admin:films_vehicle_add")).status_code == 200
    url = reverse("admin:films_vehicle_change", args=[renault.pk])
    response = client.get(url)
    assert response.status_code == 200
    (formset,) = [
        f for f in response.context["inline_admin_formsets"] if f.opts.model is VehicleAppearance
    ]
    assert {"film", "spoils", "text_en", "text_fr", "order"} <= set(formset.formset.forms[0].fields)
    assert formset.has_add_permission and formset.has_change_permission

    values = form_values(response.content.decode())
    prefix = formset.formset.prefix
    total = int(values[f"{prefix}-TOTAL_FORMS"])
    sequel = Film.objects.get(slug="lost-bullet-2")
    values |= {
        f"{prefix}-TOTAL_FORMS": str(total + 1),
        f"{prefix}-{total}-film": str(sequel.pk),
        f"{prefix}-{total}-order": "9",
        f"{prefix}-{total}-spoils": "",
        f"{prefix}-{total}-text_en": "Zebediah polishes the bonnet.",
        f"{prefix}-{total}-text_fr": "Zebediah astique le capot.",
    }
    response = client.post(url, values)
    assert response.status_code == 302, response.content.decode()[:3000]
    added = renault.appearances.get(text="Zebediah polishes the bonnet.")
    assert added.spoils == sequel  # left untagged, it spoils its film

    client.logout()
    found = disclosures(client, renault.get_absolute_url(), 1)
    assert "Zebediah" not in found.visible_text
    assert "Zebediah" in found.folded_under("Lost Bullet 2")


def test_editors_may_change_every_new_kind_of_content(seeded):
    editor = make_staff("Editors")
    for model in ("vehicle", "vehicleappearance", "timelineevent"):
        for action in ("add", "change", "delete", "view"):
            assert editor.has_perm(f"films.{action}_{model}"), (action, model)


def test_cars_are_in_the_sitemap(client, renault):
    sitemap = client.get(reverse("sitemap")).content.decode()
    assert renault.get_absolute_url() in sitemap
    assert reverse("films:vehicle-list") in sitemap and reverse("films:timeline") in sitemap


def test_characters_named_on_a_car_are_its_owners_and_drivers(renault):
    assert set(renault.characters.values_list("slug", flat=True)) == {"charas", "lino"}
    # Julia's car names Julia alone: that Areski flees in it is the finale's plot.
    julias_car = Vehicle.objects.get(slug="julias-car")
    assert list(julias_car.characters.all()) == [Character.objects.get(slug="julia")]
