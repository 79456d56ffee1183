"""Spot-check the loaded content against the seed documents, and check it agrees with itself."""

import re
from datetime import date

import pytest

from films.models import (
    AlternativeName,
    Character,
    Citation,
    Credit,
    Discrepancy,
    EditorialPiece,
    Film,
    FilmPassage,
    Genre,
    Person,
    Role,
    Source,
)
from reviews.models import AggregateScore, CriticReview

pytestmark = pytest.mark.django_db


def film(slug):
    return Film.objects.get(slug=slug)


def credited(film_slug, role):
    return set(
        Credit.objects.filter(film__slug=film_slug, role=role).values_list(
            "person__name", flat=True
        )
    )


def cast(film_slug):
    return {
        (credit.person.name, credit.character.name)
        for credit in Credit.objects.filter(film__slug=film_slug, role=Role.CAST).select_related(
            "person", "character"
        )
    }


def test_film_facts(seeded):
    lost_bullet, sequel, finale = film("lost-bullet"), film("lost-bullet-2"), film("last-bullet")
    assert (lost_bullet.original_title, lost_bullet.release_date) == (
        "Balle perdue",
        date(2020, 6, 19),
    )
    assert (lost_bullet.runtime_minutes, sequel.runtime_minutes, finale.runtime_minutes) == (
        92,
        100,
        112,
    )
    assert sequel.release_date_display == "November 2022"
    assert finale.release_date == date(2025, 5, 7)
    assert finale.original_title == "Balle perdue 3"
    assert [f.series_position for f in (lost_bullet, sequel, finale)] == [1, 2, 3]
    assert all(f.countries == "France" and f.languages == "French" for f in (lost_bullet, sequel))


def test_crew(seeded):
    assert credited("lost-bullet", Role.WRITER) == {
        "Guillaume Pierret",
        "Alban Lenoir",
        "Kamel Guemra",
    }
    assert credited("lost-bullet-2", Role.PRODUCER) == {"Guillaume Pierret", "Alban Lenoir"}
    assert credited("lost-bullet-2", Role.CINEMATOGRAPHER) == {"Morgan S. Dalibert"}
    assert credited("lost-bullet-2", Role.COMPOSER) == {"Romain Trouillet"}
    assert credited("last-bullet", Role.WRITER) == {"Guillaume Pierret", "Caryl Férey"}
    assert credited("last-bullet", Role.PRODUCER) == {"Rémi Leautier"}
    assert credited("last-bullet", Role.EXECUTIVE_PRODUCER) == {"Jacques-Henri Bronckart"}
    for slug in ("lost-bullet", "lost-bullet-2", "last-bullet"):
        assert credited(slug, Role.DIRECTOR) == {"Guillaume Pierret"}


def test_cast_with_characters(seeded):
    assert cast("lost-bullet") == {
        ("Alban Lenoir", "Lino"),
        ("Nicolas Duvauchelle", "Areski"),
        ("Ramzy Bedia", "Charas"),
        ("Stéfi Celma", "Julia"),
        ("Sébastien Lalanne", "Marco"),
        ("Rod Paradot", "Quentin"),
        ("Pascale Arbillot", "Moss"),
    }
    assert {
        ("Gérard Lanvin", "Resz"),
        ("Quentin D'Hainaut", "Yuri"),
        ("Anne Serra", "Stella"),
    } <= cast("lost-bullet-2")
    assert cast("last-bullet") == {
        ("Alban Lenoir", "Lino"),
        ("Nicolas Duvauchelle", "Areski"),
        ("Stéfi Celma", "Julia"),
        ("Pascale Arbillot", "Moss"),
        ("Gérard Lanvin", "Resz"),
        ("Quentin D'Hainaut", "Yuri"),
    }


def test_last_bullet_credits_no_source_gives_say_they_are_inferred(seeded):
    # Resz and Yuri have Last Bullet story lines, but only Lost Bullet 2's sources name their
    # actors: the credit says so beside it, in both languages; the sourced credits say nothing.
    credits = Credit.objects.filter(film__slug="last-bullet", role=Role.CAST)
    inferred = {c.character.slug: c for c in credits.exclude(note_en="")}
    assert set(inferred) == {"resz", "yuri"}
    for credit in inferred.values():
        assert "presumably" in credit.note_en and "Lost Bullet 2" in credit.note_en
        assert "sans doute" in credit.note_fr and "Balle perdue 2" in credit.note_fr


def test_alban_lenoir_plays_lino_in_all_three_writes_the_first_and_produces_the_second(seeded):
    roles = {
        (c.film.slug, c.role, c.character.name if c.character else None)
        for c in Person.objects.get(name="Alban Lenoir").credits.select_related("film", "character")
    }
    assert roles == {
        ("lost-bullet", "cast", "Lino"),
        ("lost-bullet-2", "cast", "Lino"),
        ("last-bullet", "cast", "Lino"),
        ("lost-bullet", "writer", None),
        ("lost-bullet-2", "producer", None),
    }


def test_companies_distributor_and_locations(seeded):
    lost_bullet = film("lost-bullet")
    assert {c.name for c in lost_bullet.production_companies.all()} == {
        "Inoxy Films",
        "Nolita TV",
        "Versus Production",
    }
    assert lost_bullet.distributor.name == film("last-bullet").distributor.name == "Netflix"
    assert [str(loc) for loc in lost_bullet.filming_locations.all()] == ["Sète, Languedoc, France"]
    assert {loc.place for loc in film("lost-bullet-2").filming_locations.all()} >= {
        "Agde",
        "Montpellier",
    }


def prose(slug, section):
    return " ".join(
        FilmPassage.objects.filter(film__slug=slug, section=section).values_list("text", flat=True)
    )


def test_release_production_and_plot_facts(seeded):
    assert "37 million" in prose("lost-bullet", "release")
    assert "19 June 2020" in prose("lost-bullet", "release")
    assert "most-watched non-English-language film" in prose("lost-bullet-2", "release")
    assert "March 2021" in prose("lost-bullet-2", "production")
    assert "The Bourne Supremacy" in prose("lost-bullet", "production")
    assert "a single long day" in prose("lost-bullet", "production")
    assert "7 May 2025" in prose("last-bullet", "release")
    assert "Yuri kills him" in prose("last-bullet", "plot")
    assert "goes to prison in Spain" in prose("lost-bullet-2", "plot")
    assert "86%" in prose("lost-bullet-2", "reception")


def test_critics_quotes_and_the_aggregate_score(seeded):
    quotes = {
        (r.critic.name, r.publication.name, r.verdict): r.pull_quote
        for r in CriticReview.objects.select_related("critic", "publication").filter(
            critic__isnull=False
        )
    }
    assert quotes[("Jordan Mintzer", "The Hollywood Reporter", "positive")].startswith(
        "probably one of the best Gallic action movies"
    )
    assert ("Elisabeth Vincentelli", "The New York Times", "positive") in quotes
    assert ("Kenneth Lowe", "Paste", "positive") in quotes
    assert quotes[("Jonathon Wilson", "Ready Steady Cut", "negative")] == (
        "a bland, thin, formulaic genre vehicle"
    )
    score = AggregateScore.objects.get(film__slug="lost-bullet-2")
    assert (score.get_aggregator_display(), score.value_display, score.review_count) == (
        "Rotten Tomatoes",
        "86%",
        6,
    )
    # Shown as the source gives it, with the caution readers see beside it.
    assert "83%" in score.note_en and "83\u00a0%" in score.note_fr


def test_every_critics_opinion_is_attributed_and_its_quote_translated(seeded):
    reviews = CriticReview.objects.select_related("film", "critic", "publication", "source")
    unnamed = {
        (r.film.slug, r.source.key): r for r in reviews.filter(critic=None, publication=None)
    }
    retrospective = unnamed["lost-bullet", "last-bullet-retrospective"]
    assert "beautifully clean" in retrospective.pull_quote
    assert retrospective.byline.startswith("author not named, in ")
    assert ("lost-bullet", "lost-bullet-ending-explained") in unnamed
    assert unnamed["last-bullet", "last-bullet-retrospective"].verdict == ""
    assert unnamed["lost-bullet-2", "lost-bullet-2-article"].pull_quote == "impressive stuntwork"
    variety = reviews.get(publication__slug="variety")
    assert (variety.film.slug, variety.pull_quote, variety.verdict) == ("lost-bullet-2", "", "")
    # Every quotation has our French beside it.
    assert not reviews.exclude(pull_quote="").filter(pull_quote_translation="").exists()


def test_characters_span_films(seeded):
    lino = Character.objects.get(slug="lino")
    assert lino.appearances.count() == 3
    assert Character.objects.get(slug="resz").full_name == "Alexander Resz"
    assert set(Character.objects.get(slug="alvaro").appearances.values_list("slug", flat=True)) == {
        "lost-bullet-2"
    }


def test_disagreements_between_sources_are_recorded(seeded):
    bedia = Person.objects.get(slug="ramzy-bedia")
    assert bedia.name == "Ramzy Bedia"
    alternative = AlternativeName.objects.get(person=bedia)
    assert (alternative.name, alternative.source.document_name) == (
        "Ramazy Bedia",
        "001_93517b787d28fa82.txt",
    )
    assert "Ramazy" in bedia.discrepancies.get().note
    assert Person.objects.get(slug="caryl-ferey").alternative_names.filter(name="Caryl Ferey")
    assert Discrepancy.objects.filter(film__slug="lost-bullet", character__slug="marco").exists()


def test_every_fact_names_its_source(seeded):
    assert Source.objects.count() == 5
    assert set(Source.objects.values_list("document_name", flat=True)) == {
        "000_240b8bc11a7f827a.txt",
        "001_93517b787d28fa82.txt",
        "002_fc3863ef47f68300.txt",
        "003_81e71e5b0cfd9dd7.txt",
        "004_0602b0fc5c019239.txt",
    }
    assert not Credit.objects.filter(citations__isnull=True).exists()
    assert not CriticReview.objects.filter(source__isnull=True).exists()
    assert not EditorialPiece.objects.filter(citations__isnull=True).exists()
    runtime = Citation.objects.get(
        object_id=film("lost-bullet").pk, field="runtime_minutes", content_type__model="film"
    )
    assert runtime.source.title == "Lost Bullet (2020 film)"


def test_the_three_articles_are_the_sites_own(seeded):
    pieces = {piece.kind: piece for piece in EditorialPiece.objects.prefetch_related("films")}
    assert set(pieces) == {"explainer", "retrospective", "ending_explained"}
    assert [f.slug for f in pieces["ending_explained"].films.all()] == ["lost-bullet"]
    assert [f.slug for f in pieces["explainer"].films.all()] == ["last-bullet"]
    assert pieces["retrospective"].films.count() == 3
    for piece in pieces.values():
        assert piece.byline == "bulletsite staff"
        assert piece.sections.count() >= 3
    # The retrospective covers the whole trilogy, each film's part folded under that film.
    spoiled = set(pieces["retrospective"].sections.values_list("spoils__slug", flat=True))
    assert {"lost-bullet", "lost-bullet-2", "last-bullet"} <= spoiled


def test_a_character_who_dies_is_not_credited_later_unless_the_credit_says_how(seeded):
    later = []
    for character in Character.objects.exclude(died_in=None).select_related("died_in"):
        position = character.died_in.series_position
        later += [
            str(credit)
            for credit in character.credits.filter(film__series_position__gt=position, note="")
        ]
        later += [
            f"{character} appears in {film}"
            for film in character.appearances.filter(series_position__gt=position)
            if not character.credits.filter(film=film).exclude(note="").exists()
        ]
    assert later == []
    assert set(Character.objects.exclude(died_in=None).values_list("slug", flat=True)) >= {
        "charas",
        "marco",
    }


def test_a_credit_after_the_characters_death_must_say_how(seeded):
    from django.core.exceptions import ValidationError

    credit = Credit(
        film=film("last-bullet"),
        person=Person.objects.get(slug="sebastien-lalanne"),
        role=Role.CAST,
        character=Character.objects.get(slug="marco"),
    )
    with pytest.raises(ValidationError, match="dies in Lost Bullet 2"):
        credit.clean()
    credit.note = "archive footage"
    credit.clean()


def test_one_genre_vocabulary(seeded):
    genres = set(Film.objects.values_list("genre", flat=True))
    assert genres == {Genre.ACTION_THRILLER}


FILM_MENTION = re.compile(r"\b(Lost Bullet 2|Lost Bullet|Last Bullet)\b(?! 2)")


def test_biographies_claim_no_film_the_person_is_not_credited_in(seeded):
    for person in Person.objects.prefetch_related("credits__film"):
        films = {credit.film.title for credit in person.credits.all()}
        mentioned = set(FILM_MENTION.findall(person.biography))
        assert mentioned <= films, person
        if "all three films" in person.biography:
            assert len(films) == 3, person
        if "first two films" in person.biography:
            assert films == {"Lost Bullet", "Lost Bullet 2"}, person


FILM_COUNT = re.compile(r"\b(all three|both|first two|the two|every) films?\b|\btrilogy\b", re.I)


def test_biographies_of_actors_do_not_count_the_films_a_part_is_in(seeded):
    # A biography shows at every horizon: "Areski in all three films" tells who survives. The
    # person's credits are listed beside it, by the reader's horizon.
    for person in Person.objects.filter(credits__character__isnull=False).distinct():
        for biography in (person.biography_en, person.biography_fr):
            assert not FILM_COUNT.search(biography), person
            assert not re.search(r"\b(les trois|deux premiers) films\b", biography), person


US_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}, \d{4}"
)


def test_dates_follow_one_style_in_every_passage(seeded):
    texts = [
        *FilmPassage.objects.values_list("text", flat=True),
        *EditorialPiece.objects.values_list("standfirst", flat=True),
        *EditorialPiece.objects.values_list("sections__text", flat=True),
        *Discrepancy.objects.values_list("note", flat=True),
        *Person.objects.values_list("biography", flat=True),
    ]
    assert [US_DATE.search(t).group() for t in texts if t and US_DATE.search(t)] == []
