"""The French edition: every page in French at an address of its own, the switch between the
two editions, and what each language writes its own way."""

import re
import shutil
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import override

from films.french import elide, sort_key
from films.models import Credit, DatePrecision, Film, FilmPassage, GrammaticalGender, Person
from reviews.models import Publication, UserReview
from tests.factories import make_staff, make_user, make_user_review
from tests.pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

BASE_DIR = Path(settings.BASE_DIR)
HREFLANG = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')


def french(url):
    with override("en"):  # translate_url() resolves the address in the active language
        return translate_url(url, "fr")


class InterfaceText(HTMLParser):
    """What a French reader reads on a page that the site itself writes: its text and the
    attributes that are read out or shown, leaving out scripts, styles and whatever is marked
    as written in another language (critics' quotations, members' reviews, English titles)."""

    READ_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self, html):
        super().__init__()
        self.open = []  # (tag, skipped) for each open element
        self.parts = []
        self.feed(html)
        self.text = " ".join(" ".join(self.parts).split())

    @property
    def skipping(self):
        return bool(self.open) and self.open[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang")
        skipped = (
            self.skipping
            or tag in ("script", "style", "template")
            or attrs.get("translate") == "no"
            or (lang is not None and not lang.startswith("fr"))
        )
        if not skipped:
            self.parts.extend(attrs[name] for name in self.READ_ATTRIBUTES if attrs.get(name))
        if tag not in self.VOID:
            self.open.append((tag, skipped))

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def english_interface_strings():
    """The interface's English strings that French writes otherwise, from the French catalog:
    only those with no placeholder or markup, which appear on a page as they are."""
    catalog = dict(translation.trans_real.translation("fr")._catalog.items())
    # Words that French writes the same way somewhere ("Articles", "Films") prove nothing.
    french_words = {msgstr for msgstr in catalog.values() if isinstance(msgstr, str)}
    strings = set()
    for msgid in catalog:
        if not isinstance(msgid, str) or not msgid:
            continue
        msgid = msgid.split("\x04")[-1]  # without its context
        if msgid in french_words or msgid in SAME_IN_FRENCH:
            continue
        if not re.search(r"[%<>{}]", msgid) and len(msgid) > 3:
            strings.add(msgid)
    return strings


# English interface strings that are French words too: « Comment Lino s’en sort-il ? »
SAME_IN_FRENCH = {"Comment"}


def names():
    """Names that contain English words but are names in French too: the films' English
    titles, which French prose mentions, and the publications'."""
    titles = Film.objects.values_list("title_en", flat=True)
    return sorted([*titles, *Publication.objects.values_list("name", flat=True)], key=len)[::-1]


def untranslated_strings_on(html):
    text = InterfaceText(html).text
    for name in names():
        text = text.replace(name, " ")
    return sorted(
        s for s in english_interface_strings() if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)
    )


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_no_french_page_shows_an_english_interface_string(client, seeded, name):
    response = client.get(french(PUBLIC_PAGES[name]))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr">' in html
    assert untranslated_strings_on(html) == []


def test_no_french_page_for_members_shows_an_english_interface_string(client, seeded):
    film = Film.objects.get(slug="lost-bullet-2")
    member = make_user(username="lecteur")
    make_user_review(film=film, author=member)
    anonymous_pages = [
        reverse("account_login"),
        reverse("account_signup"),
        reverse("reviews:member-detail", args=[member.username]),
        "/en/no-such-page/",
    ]
    for url in anonymous_pages:
        html = client.get(french(url) if "no-such" not in url else "/fr/no-such-page/")
        assert untranslated_strings_on(html.content.decode()) == [], url
    client.force_login(member)
    review_form = reverse("reviews:review-create", kwargs={"slug": "lost-bullet"})
    for url in [film.get_absolute_url(), review_form, reverse("account_email")]:
        html = client.get(french(url)).content.decode()
        assert untranslated_strings_on(html) == [], url


def test_the_catalog_is_complete(tmp_path):
    """makemessages, run on a copy of the project, finds no string that the French catalog
    leaves untranslated or marks fuzzy."""
    if not shutil.which("msgattrib"):
        pytest.fail("gettext is missing: `make messages` installs it")
    apps = sorted(path.parent.name for path in BASE_DIR.glob("*/apps.py"))
    for name in (*apps, "templates", "locale"):
        shutil.copytree(BASE_DIR / name, tmp_path / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(BASE_DIR / "manage.py", tmp_path)
    environment = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "bulletsite.settings"}
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--no-obsolete", "-v0"],
        cwd=tmp_path,
        env=environment,
        check=True,
    )
    catalog = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    for flag in ("--untranslated", "--only-fuzzy"):
        left = subprocess.run(
            ["msgattrib", flag, "--no-obsolete", str(catalog)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        entries = re.findall(r'^msgid "(.+)"$', left, re.MULTILINE)
        assert entries == [], f"makemessages finds strings the catalog leaves {flag}:\n{left}"


def test_each_language_has_its_own_address(client, seeded):
    film = Film.objects.get(slug="lost-bullet-2")
    english = client.get("/en/films/lost-bullet-2/").content.decode()
    french_page = client.get("/fr/films/lost-bullet-2/").content.decode()
    assert "<h1>Lost Bullet 2</h1>" in english
    assert '<i lang="fr">Balle perdue 2</i>' in english
    assert "<h1>Balle perdue 2</h1>" in french_page
    assert '<i lang="en">Lost Bullet 2</i>' in french_page
    with override("fr"):
        assert film.get_absolute_url() == "/fr/films/lost-bullet-2/"


def test_a_new_visitor_gets_the_language_their_browser_asks_for(client, seeded):
    response = client.get("/films/lost-bullet/", headers={"accept-language": "fr-FR,fr;q=0.9"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/films/lost-bullet/"
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    "url",
    [
        "/en/films/lost-bullet-2/",
        "/en/characters/lino/",
        "/en/reviews/?film=lost-bullet&verdict=positive",
        "/en/",
    ],
)
def test_the_language_switch_keeps_the_page_and_is_remembered(client, seeded, url):
    page = client.get(url).content.decode()
    switch = re.search(r'<a href="([^"]+)" hreflang="fr" lang="fr"', page)
    assert switch, "the header links to the French edition"
    response = client.get(switch.group(1).replace("&amp;", "&"))
    assert response.status_code == 302
    assert response["Location"] == "/fr" + url[3:]
    assert client.get(response["Location"]).content.decode().startswith("<!doctype html>")
    # Chosen once, kept: an address without a language now leads to French, whatever the
    # browser asks for.
    again = client.get("/films/lost-bullet/", headers={"accept-language": "en"})
    assert again["Location"] == "/fr/films/lost-bullet/"


def test_the_language_switch_sends_nowhere_else(client, seeded):
    response = client.get(reverse("choose-language", args=["fr"]) + "?next=https://evil.example/")
    assert response["Location"] == "/fr/"
    assert client.get(reverse("choose-language", args=["de"]) + "?next=/en/").status_code == 404


@pytest.mark.parametrize("name", ["home", "film", "character", "review list", "search"])
def test_hreflang_alternates_are_reciprocal_and_valid(client, seeded, name):
    url = PUBLIC_PAGES[name]
    alternates = dict(HREFLANG.findall(client.get(url).content.decode()))
    assert set(alternates) == {"en", "fr", "x-default"}
    assert alternates["x-default"] == alternates["en"]
    for language in ("en", "fr"):
        address = alternates[language].replace("&amp;", "&")
        assert address.startswith(f"http://testserver/{language}/")
        response = client.get(address.removeprefix("http://testserver"))
        assert response.status_code == 200
        assert dict(HREFLANG.findall(response.content.decode())) == alternates


def test_the_sitemap_lists_both_editions_of_each_page(client, seeded):
    xml = client.get(reverse("sitemap")).content.decode()
    for slug in ("lost-bullet", "lost-bullet-2", "last-bullet"):
        for language in ("en", "fr"):
            page = f"http://testserver/{language}/films/{slug}/"
            assert f"<loc>{page}</loc>" in xml
            assert f'hreflang="{language}" href="{page}"' in xml
    assert 'hreflang="x-default"' in xml


def test_dates_and_runtimes_in_each_languages_form(seeded):
    film = Film.objects.get(slug="lost-bullet")
    film.runtime_minutes = 92
    with override("en"):
        assert DatePrecision.DAY.format(date(2020, 6, 19)) == "19 June 2020"
        assert film.runtime_display == "1 h 32 min"
    with override("fr"):
        assert DatePrecision.DAY.format(date(2020, 6, 19)) == "19 juin 2020"
        assert DatePrecision.DAY.format(date(2020, 5, 1)) == "1er mai 2020"
        assert DatePrecision.MONTH.format(date(2022, 11, 10)) == "novembre 2022"
        assert film.runtime_display == "1 h 32"


def test_a_french_film_page_writes_dates_and_runtime_in_french(client, seeded):
    film = Film.objects.get(slug="lost-bullet")
    with override("fr"):
        expected_runtime = film.runtime_display
    html = client.get("/fr/films/lost-bullet/").content.decode()
    assert "19 juin 2020" in html
    assert expected_runtime in html
    assert re.match(r"\d h \d\d$", expected_runtime)


def test_the_page_cache_keeps_one_copy_per_language(client, seeded):
    english = client.get("/en/films/lost-bullet/").content.decode()
    french_page = client.get("/fr/films/lost-bullet/").content.decode()
    assert '<html lang="en">' in english
    assert '<html lang="fr">' in french_page
    assert client.get("/en/films/lost-bullet/").content.decode() == english
    assert client.get("/fr/films/lost-bullet/").content.decode() == french_page


def test_prose_without_french_shows_the_english_with_a_note(client, seeded):
    passage = FilmPassage.objects.filter(film__slug="lost-bullet", section="production").first()
    passage.text_fr = ""
    passage.save()
    html = client.get("/fr/films/lost-bullet/").content.decode()
    assert escape(passage.text_en) in html
    assert "Pas encore traduit" in html
    assert "Pas encore traduit" not in client.get("/fr/films/lost-bullet-2/").content.decode()

    editor = Client()
    editor.force_login(make_staff("Editors"))
    listing = editor.get(reverse("admin:missing-translations")).content.decode()
    assert "Lost Bullet" in listing
    assert escape(passage.text_en[:40]) in listing


def test_reviews_keep_their_language_on_both_editions(client, seeded):
    film = Film.objects.get(slug="lost-bullet-2")
    make_user_review(
        film=film, language="fr", body="Une suite plus sombre, et Lino y gagne en épaisseur."
    )
    english = client.get("/en/films/lost-bullet-2/").content.decode()
    french_page = client.get("/fr/films/lost-bullet-2/").content.decode()
    for html in (english, french_page):
        assert re.search(r'lang="fr"[^>]*><p>Une suite plus sombre', html)
    assert "In French" in english
    assert "En français" not in french_page


def test_members_say_which_language_they_wrote_in(client, seeded):
    film = Film.objects.get(slug="lost-bullet")
    member = make_user(username="bilingue")
    client.force_login(member)
    form_url = reverse("reviews:review-create", kwargs={"slug": film.slug})
    form = client.get(french(form_url)).content.decode()
    assert re.search(r'<input type="radio" name="language" value="fr"[^>]* checked', form)
    review = {
        "rating": "8",
        "title": "Written in French, sent from the English edition",
        "body": "Une course-poursuite sans fin, et des cascades à l'ancienne.",
        "spoils": "",
        "language": "fr",
    }
    client.post(form_url, review)
    saved = UserReview.objects.get(author=member)
    assert saved.language == "fr"
    del review["language"]
    client.post(reverse("reviews:review-edit", kwargs={"pk": saved.pk}), review)
    saved.refresh_from_db()
    assert saved.language == "fr"  # left out, it stays as it was
    client.post(
        reverse("reviews:review-edit", kwargs={"pk": saved.pk}), {**review, "language": "de"}
    )
    saved.refresh_from_db()
    assert saved.language == "fr"


# What French writes its own way around the site's data: elision before a name, agreement with
# a woman or a female character and with « consensus », the data's own French, the sort order.


def test_french_elides_de_before_a_name_with_a_vowel_sound():
    with override("fr"):
        assert (
            elide("dans le rôle de <a href=/x>Areski</a>") == "dans le rôle d’<a href=/x>Areski</a>"
        )
        assert elide('<span>dans le rôle de</span> <a href="/x">Areski</a>') == (
            '<span>dans le rôle d’</span><a href="/x">Areski</a>'
        )
        assert elide("le rôle de Lino, que Hélène connaît") == "le rôle de Lino, qu’Hélène connaît"
        assert elide("la voiture de Yann, puis de Yves") == "la voiture de Yann, puis d’Yves"
        assert elide("de une à dix, de 10 à 1") == "de une à dix, de 10 à 1"  # no name: as written
    with override("en"):
        assert elide("de Areski") == "de Areski"


def test_a_cast_list_and_a_person_page_elide_before_areski(client, seeded):
    film_page = client.get("/fr/films/lost-bullet/").content.decode()
    assert re.search(
        r"dans le rôle d’</span><a href=\"/fr/characters/areski/\">Areski</a>", film_page
    )
    assert not re.search(r"rôle de\s*(</span>)?\s*<a [^>]*>A", film_page)
    person_page = client.get("/fr/people/nicolas-duvauchelle/").content.decode()
    assert 'Acteur, dans le rôle d’<a href="/fr/characters/areski/">Areski</a>' in person_page
    credit = Credit.objects.get(film__slug="lost-bullet", character__slug="areski")
    with override("fr"):
        assert "dans le rôle d’Areski" in str(credit)


def test_women_and_female_characters_are_written_in_the_feminine(client, seeded):
    assert set(
        Person.objects.filter(grammatical_gender=GrammaticalGender.FEMININE).values_list(
            "slug", flat=True
        )
    ) == {"stefi-celma", "pascale-arbillot", "anne-serra"}
    stefi = client.get("/fr/people/stefi-celma/").content.decode()
    assert 'Actrice, dans le rôle de <a href="/fr/characters/julia/">Julia</a>' in stefi
    assert "Acteur," not in stefi
    assert "Actor, as" in client.get("/en/people/stefi-celma/").content.decode()
    julia = client.get("/fr/characters/julia/").content.decode()
    assert "Interprétée par" in julia and "Interprété par" not in julia
    areski = client.get("/fr/characters/areski/").content.decode()
    assert "Interprété par" in areski and "Interprétée par" not in areski


def test_the_critics_consensus_agrees_with_consensus(client, seeded):
    french_page = client.get("/fr/films/lost-bullet/").content.decode()
    assert re.search(r"consensus\s:\spositif\.", french_page)
    assert "consensus: positive." in client.get("/en/films/lost-bullet/").content.decode()


def test_the_aggregators_label_and_the_filming_places_are_in_french(client, seeded):
    trilogy = client.get("/fr/trilogy/").content.decode()
    assert "taux d’approbation" in trilogy
    assert "approval rating" not in trilogy
    film = client.get("/fr/films/lost-bullet-2/").content.decode()
    assert "Un peu partout dans la région, Occitanie, France" in film
    assert "Across the" not in film
    assert "Across the Occitanie region" in client.get("/en/films/lost-bullet-2/").content.decode()


def test_names_sort_as_french_readers_sort_them(client, seeded):
    assert sorted(["Guillaume", "Gérard", "Éric", "zoé", "Alban"], key=sort_key) == [
        "Alban",
        "Éric",
        "Gérard",
        "Guillaume",
        "zoé",
    ]
    names = list(Person.objects.values_list("name", flat=True))
    assert names.index("Gérard Lanvin") < names.index("Guillaume Pierret")
    assert names == sorted(names, key=sort_key)
    html = client.get("/fr/films/").content.decode()
    choices = re.findall(r'<option value="[a-z-]+">([^<]+)</option>', html)
    assert choices.index("Gérard Lanvin") < choices.index("Guillaume Pierret")


@pytest.mark.parametrize("url", ["account_signup", "account_login", "account_reset_password"])
def test_the_address_field_is_called_adresse_e_mail(client, url):
    html = client.get(french(reverse(url))).content.decode()
    assert re.search(r"<label for=\"id_(email|login)\">Adresse e-mail</label>", html)
    assert "Courriel" not in html
