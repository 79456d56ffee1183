"""Load the seed content into the database without ever undoing an editor's work.

Each item of seed/content.py is created once. A SeedRecord remembers it, so running the load
again neither duplicates it, nor changes what editors have since edited, nor brings back what
they deleted. Lookups of existing people, films and the like go by slug, so content an editor
entered before the first load is reused rather than duplicated.
"""

from collections import Counter
from pathlib import Path

import reversion
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from films.models import (
    AlternativeName,
    Character,
    Citation,
    Company,
    Credit,
    Discrepancy,
    EditorialPiece,
    Film,
    FilmingLocation,
    Person,
    PublicationStatus,
    Source,
)
from reviews.models import AggregateScore, Critic, CriticReview, Publication
from seed import content
from seed.models import SeedRecord
from seed.posters import film_poster_generate


class SeedError(Exception):
    """The seed documents cannot be read; nothing was loaded."""


def seed_documents_read(*, seed_dir):
    """Return each source's full text by key, or raise SeedError before anything is written."""
    seed_dir = Path(seed_dir)
    if not seed_dir.is_dir():
        raise SeedError(f"Seed folder not found: {seed_dir}")
    texts = {}
    for source in content.SOURCES:
        path = seed_dir / source["document_name"]
        try:
            texts[source["key"]] = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SeedError(f"Seed document missing: {path}") from None
        except (OSError, UnicodeDecodeError) as error:
            raise SeedError(f"Cannot read seed document {path}: {error}") from None
    return texts


def seed_load(*, seed_dir):
    """Load every seed item not loaded before, in one transaction; return counts by kind."""
    texts = seed_documents_read(seed_dir=seed_dir)
    # One revision for the whole load: the first version in each object's admin history,
    # which an editor can always revert to.
    with transaction.atomic(), reversion.create_revision():
        reversion.set_comment("Loaded from the seed documents.")
        loader = _SeedLoader(texts)
        loader.load()
    return loader.created


class _SeedLoader:
    def __init__(self, texts):
        self.texts = texts
        self.done = set(SeedRecord.objects.values_list("key", flat=True))
        self.created = Counter()
        self.now = timezone.now()

    def once(self, key):
        """Return True the first time a seed item is met, and remember it."""
        if key in self.done:
            return False
        SeedRecord.objects.create(key=key)
        self.done.add(key)
        return True

    def load(self):
        self.load_sources()
        self.load_companies()
        self.load_people()
        self.load_characters()
        self.load_films()
        self.load_critic_reviews()
        self.load_aggregate_scores()
        self.load_discrepancies()
        self.load_editorial_pieces()
        self.load_posters()

    # Lookups: what the seed refers to by slug, whether the seed or an editor created it.

    def source(self, key):
        return Source.objects.filter(key=key).first() if key else None

    def cite(self, obj, source_keys, field=""):
        content_type = ContentType.objects.get_for_model(obj)
        for key in source_keys:
            if source := self.source(key):
                Citation.objects.get_or_create(
                    source=source, content_type=content_type, object_id=obj.pk, field=field
                )

    def get_or_create(self, model, slug, **defaults):
        obj, created = model.objects.get_or_create(slug=slug, defaults=defaults)
        if created:
            self.created[model._meta.verbose_name_plural] += 1
        return obj

    def published(self):
        return {"status": PublicationStatus.PUBLISHED, "published_at": self.now}

    # Loaders, in dependency order.

    def load_sources(self):
        for item in content.SOURCES:
            if self.once(f"source:{item['key']}"):
                Source.objects.get_or_create(
                    key=item["key"],
                    defaults={
                        "title": item["title"],
                        "kind": item["kind"],
                        "published_on": item["published_on"],
                        "document_name": item["document_name"],
                        "text": self.texts[item["key"]],
                    },
                )
                self.created["sources"] += 1

    def load_companies(self):
        for slug, name in content.COMPANIES.items():
            if self.once(f"company:{slug}"):
                self.get_or_create(Company, slug, name=name)

    def load_people(self):
        for item in content.PEOPLE:
            if not self.once(f"person:{item['slug']}"):
                continue
            person = self.get_or_create(
                Person, item["slug"], name=item["name"], biography=item["biography"]
            )
            self.cite(person, item["sources"])
            for name, source_key in item.get("alternative_names", []):
                AlternativeName.objects.get_or_create(
                    person=person, name=name, defaults={"source": self.source(source_key)}
                )

    def load_characters(self):
        for item in content.CHARACTERS:
            if not self.once(f"character:{item['slug']}"):
                continue
            character = self.get_or_create(
                Character,
                item["slug"],
                name=item["name"],
                full_name=item.get("full_name", ""),
                description=item["description"],
            )
            self.cite(character, item["sources"])

    def load_films(self):
        for item in content.FILMS:
            if self.once(f"film:{item['slug']}"):
                self.load_film(item)
            film = Film.objects.filter(slug=item["slug"]).first()
            if film is None:
                continue  # an editor deleted it: its credits stay out too
            for person_slug, role, character_slug, billing, sources in item["credits"]:
                key = f"credit:{item['slug']}:{person_slug}:{role}:{character_slug or ''}"
                if self.once(key):
                    self.load_credit(film, person_slug, role, character_slug, billing, sources)

    def load_film(self, item):
        fields = {
            name: item[name]
            for name in (
                "title",
                "original_title",
                "series_position",
                "genre",
                "release_date",
                "release_date_precision",
                "runtime_minutes",
                "countries",
                "languages",
                "synopsis",
                "plot",
                "production_notes",
                "release_notes",
                "reception_notes",
            )
        }
        film = self.get_or_create(
            Film,
            item["slug"],
            distributor=Company.objects.filter(slug=item["distributor"]).first(),
            **fields,
            **self.published(),
        )
        film.production_companies.add(
            *Company.objects.filter(slug__in=item["production_companies"])
        )
        film.characters.add(*Character.objects.filter(slug__in=item["appearances"]))
        for source_key, cited_fields in item["citations"].items():
            for field in cited_fields:
                self.cite(film, [source_key], field=field)
        for order, location in enumerate(item["filming_locations"]):
            filming_location, _ = FilmingLocation.objects.get_or_create(
                film=film,
                place=location["place"],
                defaults={
                    "region": location["region"],
                    "country": location["country"],
                    "note": location["note"],
                    "order": order,
                },
            )
            self.cite(filming_location, location["sources"])

    def load_credit(self, film, person_slug, role, character_slug, billing, sources):
        person = Person.objects.filter(slug=person_slug).first()
        character = Character.objects.filter(slug=character_slug).first()
        if person is None or (character_slug and character is None):
            return
        credit, created = Credit.objects.get_or_create(
            film=film,
            person=person,
            role=role,
            character=character,
            defaults={"billing_order": billing},
        )
        if created:
            self.created["credits"] += 1
            self.cite(credit, sources)
        if character:
            character.appearances.add(film)

    def load_critic_reviews(self):
        for slug, (name, website) in content.PUBLICATIONS.items():
            if self.once(f"publication:{slug}"):
                self.get_or_create(Publication, slug, name=name, website=website)
        for slug, name in content.CRITICS.items():
            if self.once(f"critic:{slug}"):
                self.get_or_create(Critic, slug, name=name)
        for item in content.CRITIC_REVIEWS:
            key = f"critic-review:{item['film']}:{item['publication']}:{item['critic']}"
            if not self.once(key):
                continue
            film = Film.objects.filter(slug=item["film"]).first()
            publication = Publication.objects.filter(slug=item["publication"]).first()
            if film is None or publication is None:
                continue
            _, created = CriticReview.objects.get_or_create(
                film=film,
                publication=publication,
                critic=Critic.objects.filter(slug=item["critic"]).first(),
                defaults={
                    "pull_quote": item["pull_quote"],
                    "summary": item["summary"],
                    "verdict": item["verdict"],
                    "source": self.source(item["source"]),
                    **self.published(),
                },
            )
            self.created["critic reviews"] += created

    def load_aggregate_scores(self):
        for item in content.AGGREGATE_SCORES:
            if not self.once(f"aggregate-score:{item['film']}:{item['aggregator']}"):
                continue
            film = Film.objects.filter(slug=item["film"]).first()
            if film is None:
                continue
            AggregateScore.objects.create(
                film=film,
                aggregator=item["aggregator"],
                label=item["label"],
                value=item["value"],
                scale=item["scale"],
                review_count=item["review_count"],
                source=self.source(item["source"]),
                **self.published(),
            )
            self.created["aggregate scores"] += 1

    def load_discrepancies(self):
        for item in content.DISCREPANCIES:
            if not self.once(f"discrepancy:{item['key']}"):
                continue
            targets = {
                "film": Film.objects.filter(slug=item.get("film")).first(),
                "person": Person.objects.filter(slug=item.get("person")).first(),
                "character": Character.objects.filter(slug=item.get("character")).first(),
            }
            if not any(targets.values()):
                continue
            discrepancy = Discrepancy.objects.create(note=item["note"], **targets)
            discrepancy.sources.add(*Source.objects.filter(key__in=item["sources"]))
            self.created["discrepancies"] += 1

    def load_editorial_pieces(self):
        for item in content.EDITORIAL_PIECES:
            if not self.once(f"piece:{item['slug']}"):
                continue
            piece = self.get_or_create(
                EditorialPiece,
                item["slug"],
                title=item["title"],
                kind=item["kind"],
                standfirst=item["standfirst"],
                body=item["body"],
                contains_spoilers=item["contains_spoilers"],
                source=self.source(item["source"]),
                written_on=item["written_on"],
                **self.published(),
            )
            piece.films.add(*Film.objects.filter(slug__in=item["films"]))

    def load_posters(self):
        for item in content.FILMS:
            film = Film.objects.filter(slug=item["slug"]).first()
            if film and self.once(f"poster:{item['slug']}") and film_poster_generate(film=film):
                self.created["posters"] += 1
