"""Load the seed content into the database without ever undoing an editor's work.

Each item of seed/content.py, seed/articles.py and seed/trilogy.py is created once. A
SeedRecord remembers it, so running the load again neither duplicates it, nor changes what
editors have since edited, nor brings back what they deleted. Lookups of existing people, films
and the like go by slug, so content an editor entered before the first load is reused rather
than duplicated.
"""

import json
from collections import Counter

import reversion
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from reversion.models import Version

from films.models import (
    AlternativeName,
    ArticleSection,
    Character,
    CharacterArc,
    Citation,
    Company,
    Credit,
    Discrepancy,
    EditorialPiece,
    Film,
    FilmingLocation,
    FilmPassage,
    Person,
    PublicationStatus,
    Source,
    TimelineEvent,
    Vehicle,
    VehicleAppearance,
)
from reviews.models import AggregateScore, Critic, CriticReview, Publication
from seed import articles, content, trilogy
from seed.french import french
from seed.models import SeedRecord
from seed.posters import film_poster_generate

# The comment of each revision the seed records.
SEED_COMMENT = "Loaded from the seed content."


def seed_load():
    """Load every seed item not loaded before, in one transaction; return counts by kind."""
    with transaction.atomic():
        loader = _SeedLoader()
        loader.complete_first_versions()
        loader.load()
        loader.save_first_versions()
    return loader.created


class _SeedLoader:
    def __init__(self):
        self.done = set(SeedRecord.objects.values_list("key", flat=True))
        self.created = Counter()
        self.now = timezone.now()
        self.loaded = {}  # what gets a first version: each object the load created or added to

    def once(self, key):
        """Return True the first time a seed item is met, and remember it."""
        if key in self.done:
            return False
        SeedRecord.objects.create(key=key)
        self.done.add(key)
        return True

    def remember(self, obj):
        self.loaded[type(obj), obj.pk] = obj
        return obj

    def remember_versioned(self, obj):
        """Remember `obj` for a version if it has a history of its own, else the objects it is
        an inline of (a passage's film): French loaded on a later run gets a version too."""
        if reversion.is_registered(type(obj)):
            self.remember(obj)
            return
        for field in obj._meta.concrete_fields:
            if field.many_to_one and reversion.is_registered(field.related_model):
                if parent := getattr(obj, field.name):
                    self.remember(parent)

    def save_first_versions(self):
        """Give each object the load created or added to a revision of its own, taken once it is
        complete (with its credits, passages, arcs, poster and French), so that an editor can
        revert any one of them to what the seed gave it without touching anything else. Each
        object is read again from the database: the instances the loaders kept predate the
        French, which `fill_in_french` saves through other instances."""
        by_model = {}
        for model, pk in self.loaded:
            by_model.setdefault(model, []).append(pk)
        for model, pks in by_model.items():
            for obj in model._default_manager.filter(pk__in=pks).order_by("pk"):
                with reversion.create_revision():
                    reversion.set_comment(SEED_COMMENT)
                    reversion.add_to_revision(obj)

    def complete_first_versions(self):
        """Put the French in the seed's versions recorded before they were taken from the
        database (a revert to them blanked the French): each translated field the version
        holds blank, beside English the seed has French for, gets the French `fill_in_french`
        gave the object in that same load. Only the seed's own versions are touched; no
        object, and nothing an editor saved, is."""
        if not self.once("first-versions-hold-the-french"):
            return
        translated = set(translator.get_registered_models(abstract=False))
        versions = Version.objects.filter(revision__comment=SEED_COMMENT, format="json")
        for version in versions.select_related("content_type").iterator():
            model = version.content_type.model_class()
            if model not in translated:
                continue
            data = json.loads(version.serialized_data)
            values = data[0]["fields"]
            changed = False
            for field in translator.get_options_for_model(model).fields:
                english = values.get(build_localized_fieldname(field, "en"))
                fr = build_localized_fieldname(field, "fr")
                if fr not in values or values[fr] or not english:
                    continue
                title = values.get("original_title") if model is Film and field == "title" else ""
                if text := french(english) or title:
                    values[fr] = text
                    changed = True
            if changed:
                version.serialized_data = json.dumps(data)
                version.save(update_fields=["serialized_data"])
                self.created["versions given their French"] += 1

    def load(self):
        self.load_sources()
        self.load_companies()
        self.load_people()
        self.load_characters()
        self.load_films()
        self.load_character_arcs()
        self.load_end_states()
        self.load_recaps()
        self.load_vehicles()
        self.load_timeline()
        self.load_critic_reviews()
        self.load_aggregate_scores()
        self.load_discrepancies()
        self.link_discrepancies_to_vehicles()
        self.load_editorial_pieces()
        self.load_posters()
        self.fill_in_french()

    def fill_in_french(self):
        """Give each translated field its French from the seed's French edition, where the
        French is still blank: an editor's French is never overwritten, and French written
        after a first load arrives with the next one. Films' French titles are the original
        ones."""
        for model in translator.get_registered_models():
            if model._meta.app_label not in ("films", "reviews"):
                continue
            fields = translator.get_options_for_model(model).fields
            for obj in model.objects.all():
                changed = []
                for field in fields:
                    english = getattr(obj, build_localized_fieldname(field, "en"))
                    if getattr(obj, build_localized_fieldname(field, "fr")) or not english:
                        continue
                    if text := french(english) or self.french_title(obj, field):
                        setattr(obj, build_localized_fieldname(field, "fr"), text)
                        changed.append(build_localized_fieldname(field, "fr"))
                if changed:
                    obj.save(update_fields=changed)
                    self.created["French texts"] += len(changed)
                    self.remember_versioned(obj)

    @staticmethod
    def french_title(obj, field):
        return obj.original_title if isinstance(obj, Film) and field == "title" else ""

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
            self.remember(obj)
        return obj

    def films(self):
        return {film.slug: film for film in Film.objects.all()}

    def taggable(self, spoils, films):
        """Whether prose can be loaded with its spoiler tag: not if an editor deleted the film
        it spoils, as it would then show untagged to everyone."""
        return spoils is None or spoils in films

    def published(self):
        return {"status": PublicationStatus.PUBLISHED, "published_at": self.now}

    # Loaders, in dependency order.

    def load_sources(self):
        for item in content.SOURCES:
            if self.once(f"source:{item['key']}"):
                source, _ = Source.objects.get_or_create(
                    key=item["key"],
                    defaults={
                        "title": item["title"],
                        "kind": item["kind"],
                        "publisher": item.get("publisher", ""),
                        "published_on": item["published_on"],
                        "document_name": item["document_name"],
                    },
                )
                self.remember(source)
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
        self.load_grammatical_genders(Person, content.PEOPLE)

    def load_grammatical_genders(self, model, items):
        """Give people and characters French agrees with in the feminine their gender, once,
        also on a database whose people and characters a load before it created."""
        for item in items:
            gender = item.get("grammatical_gender")
            if gender and self.once(f"grammatical-gender:{model._meta.model_name}:{item['slug']}"):
                model.objects.filter(slug=item["slug"]).update(grammatical_gender=gender)

    def load_characters(self):
        for item in content.CHARACTERS:
            if not self.once(f"character:{item['slug']}"):
                continue
            character = self.get_or_create(
                Character,
                item["slug"],
                name=item["name"],
                full_name=item.get("full_name", ""),
                introduction=item["introduction"],
            )
            self.cite(character, item["sources"])
        self.load_grammatical_genders(Character, content.CHARACTERS)

    def load_character_arcs(self):
        """After the films: arcs, and deaths, name the film they happen in."""
        films = self.films()
        for item in content.CHARACTERS:
            character = Character.objects.filter(slug=item["slug"]).first()
            if character is None:
                continue
            died_in = films.get(item.get("died_in"))
            if died_in and self.once(f"character-died-in:{item['slug']}"):
                character.died_in = died_in
                character.save(update_fields=["died_in"])
                self.remember(character)
            for film_slug, text in item["arcs"].items():
                film = films.get(film_slug)
                if film and self.once(f"arc:{item['slug']}:{film_slug}"):
                    CharacterArc.objects.create(
                        character=character, film=film, text=text, spoils=film
                    )
                    self.remember(character)
                    self.created["character arcs"] += 1

    def load_end_states(self):
        """After the arcs: where each film leaves each character, given to an arc that has
        none in English, so that a state an editor wrote is kept. An arc created without one
        has NULL, not "", in its translation columns: both count as none."""
        for character_slug, states in trilogy.END_STATES.items():
            for film_slug, text in states.items():
                if not self.once(f"arc-end-state:{character_slug}:{film_slug}"):
                    continue
                arc = (
                    CharacterArc.objects.filter(
                        Q(end_state_en="") | Q(end_state_en=None),
                        character__slug=character_slug,
                        film__slug=film_slug,
                    )
                    .select_related("character")
                    .first()
                )
                if arc is not None:
                    arc.end_state_en = text
                    arc.save(update_fields=["end_state_en"])
                    self.remember(arc.character)
                    self.created["end states"] += 1

    def load_recaps(self):
        """After the films, apart from their other passages, so that films loaded before
        recaps existed get theirs too."""
        films = self.films()
        for film_slug, recap in trilogy.RECAPS.items():
            film = films.get(film_slug)
            if film is None:
                continue
            for order, (spoils, text) in enumerate(recap["passages"]):
                if self.once(f"recap:{film_slug}:{order}") and self.taggable(spoils, films):
                    FilmPassage.objects.create(
                        film=film,
                        section=FilmPassage.Section.RECAP,
                        order=order,
                        text=text,
                        spoils=films.get(spoils),
                    )
                    self.remember(film)
                    self.created["recaps"] += 1
            if self.once(f"recap-citations:{film_slug}"):
                self.cite(film, recap["sources"], field="recap")

    def load_vehicles(self):
        films = self.films()
        for item in trilogy.VEHICLES:
            if self.once(f"vehicle:{item['slug']}"):
                vehicle = self.get_or_create(
                    Vehicle,
                    item["slug"],
                    name=item["name"],
                    introduction=item["introduction"],
                    order=item["order"],
                )
                vehicle.characters.add(*Character.objects.filter(slug__in=item["characters"]))
                self.cite(vehicle, item["sources"])
            vehicle = Vehicle.objects.filter(slug=item["slug"]).first()
            if vehicle is None:
                continue  # an editor deleted it: its appearances stay out too
            for order, (film_slug, spoils, text) in enumerate(item["appearances"]):
                film = films.get(film_slug)
                key = f"vehicle-appearance:{item['slug']}:{film_slug}:{order}"
                if film and self.once(key) and self.taggable(spoils, films):
                    VehicleAppearance.objects.create(
                        vehicle=vehicle, film=film, order=order, text=text, spoils=films[spoils]
                    )
                    self.remember(vehicle)
                    self.created["vehicle appearances"] += 1

    def load_timeline(self):
        films = self.films()
        for group in trilogy.TIMELINE:
            film = films.get(group["film"])
            if film is None:
                continue
            for order, (spoils, when, text) in enumerate(group["events"]):
                key = f"timeline:{group['film']}:{slugify(when)}"
                if self.once(key) and self.taggable(spoils, films):
                    event = TimelineEvent.objects.create(
                        film=film, when=when, text=text, order=order, spoils=films[spoils]
                    )
                    self.cite(event, group["sources"])
                    self.remember(event)
                    self.created["timeline events"] += 1

    def load_films(self):
        self.films_without_passages = []
        for item in content.FILMS:
            if self.once(f"film:{item['slug']}"):
                self.load_film(item)
            film = Film.objects.filter(slug=item["slug"]).first()
            if film is None:
                continue  # an editor deleted it: its credits stay out too
            for person_slug, role, character_slug, billing, sources, *note in item["credits"]:
                key = f"credit:{item['slug']}:{person_slug}:{role}:{character_slug or ''}"
                if self.once(key):
                    self.load_credit(
                        film, person_slug, role, character_slug, billing, sources, "".join(note)
                    )
        # Once every film exists, so that a passage can name a later film as the one it spoils.
        films = self.films()
        for film, sections in self.films_without_passages:
            for section, passages in sections.items():
                for order, (spoils, text) in enumerate(passages):
                    if self.taggable(spoils, films):
                        FilmPassage.objects.create(
                            film=film,
                            section=section,
                            order=order,
                            text=text,
                            spoils=films.get(spoils),
                        )

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
        self.films_without_passages.append((film, item["passages"]))
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

    def load_credit(self, film, person_slug, role, character_slug, billing, sources, note=""):
        """A credit is (person, role, character, billing, sources), with an optional note
        shown beside it: say there when a credit is inferred rather than given by a source."""
        person = Person.objects.filter(slug=person_slug).first()
        character = Character.objects.filter(slug=character_slug).first()
        if person is None or (character_slug and character is None):
            return
        credit, created = Credit.objects.get_or_create(
            film=film,
            person=person,
            role=role,
            character=character,
            defaults={"billing_order": billing, "note": note},
        )
        if created:
            self.created["credits"] += 1
            self.cite(credit, sources)
            self.remember(film)
            self.remember(person)
        if character:
            character.appearances.add(film)
            self.remember(character)

    def load_critic_reviews(self):
        for slug, (name, website) in content.PUBLICATIONS.items():
            if self.once(f"publication:{slug}"):
                self.get_or_create(Publication, slug, name=name, website=website)
        for slug, name in content.CRITICS.items():
            if self.once(f"critic:{slug}"):
                self.get_or_create(Critic, slug, name=name)
        for item in content.CRITIC_REVIEWS:
            # A review whose source names no critic or publication is told apart by its source.
            by = item["publication"] or f"in-{item['source']}"
            key = f"critic-review:{item['film']}:{by}:{item['critic']}"
            if not self.once(key):
                continue
            film = Film.objects.filter(slug=item["film"]).first()
            publication = Publication.objects.filter(slug=item["publication"]).first()
            source = self.source(item["source"])
            if film is None or (publication is None and source is None):
                continue
            critic = Critic.objects.filter(slug=item["critic"]).first()
            signed = publication is not None or critic is not None
            review, created = CriticReview.objects.get_or_create(
                film=film,
                publication=publication,
                critic=critic,
                **({} if signed else {"source": source}),
                defaults={
                    "source": source,
                    "pull_quote": item["pull_quote"],
                    # The French of an English quotation, ours: keyed by the quotation.
                    "pull_quote_translation": french(item["pull_quote"]),
                    "summary": item["summary"],
                    "verdict": item["verdict"],
                    **self.published(),
                },
            )
            if created:
                self.remember(review)
                self.created["critic reviews"] += 1

    def load_aggregate_scores(self):
        for item in content.AGGREGATE_SCORES:
            if not self.once(f"aggregate-score:{item['film']}:{item['aggregator']}"):
                continue
            film = Film.objects.filter(slug=item["film"]).first()
            if film is None:
                continue
            score = AggregateScore.objects.create(
                film=film,
                aggregator=item["aggregator"],
                label=item["label"],
                value=item["value"],
                scale=item["scale"],
                review_count=item["review_count"],
                note=item.get("note", ""),
                source=self.source(item["source"]),
                **self.published(),
            )
            self.remember(score)
            self.created["aggregate scores"] += 1

    def load_discrepancies(self):
        for item in [*content.DISCREPANCIES, *trilogy.DISCREPANCIES]:
            if not self.once(f"discrepancy:{item['key']}"):
                continue
            films = self.films()
            if not self.taggable(item["spoils"], films):
                continue
            targets = {
                "film": Film.objects.filter(slug=item.get("film")).first(),
                "person": Person.objects.filter(slug=item.get("person")).first(),
                "character": Character.objects.filter(slug=item.get("character")).first(),
                "vehicle": Vehicle.objects.filter(slug=item.get("vehicle")).first(),
            }
            if not any(targets.values()):
                continue
            discrepancy = Discrepancy.objects.create(
                note=item["note"],
                spoils=films.get(item["spoils"]),
                **targets,
            )
            discrepancy.sources.add(*Source.objects.filter(key__in=item["sources"]))
            self.remember(discrepancy)
            self.created["discrepancies"] += 1

    def link_discrepancies_to_vehicles(self):
        """Show on a car's page the notes on a film that concern the car as well."""
        notes = {item["key"]: item["note"] for item in content.DISCREPANCIES}
        for key, vehicle_slug in trilogy.DISCREPANCIES_ABOUT_VEHICLES.items():
            vehicle = Vehicle.objects.filter(slug=vehicle_slug).first()
            if vehicle is None or not self.once(f"discrepancy-vehicle:{key}"):
                continue
            for discrepancy in Discrepancy.objects.filter(note=notes[key], vehicle=None):
                discrepancy.vehicle = vehicle
                discrepancy.save(update_fields=["vehicle"])
                self.remember(discrepancy)

    def load_editorial_pieces(self):
        films = self.films()
        for item in articles.EDITORIAL_PIECES:
            if not self.once(f"piece:{item['slug']}"):
                continue
            if not self.taggable(item["standfirst_spoils"], films):
                continue
            piece = self.get_or_create(
                EditorialPiece,
                item["slug"],
                title=item["title"],
                kind=item["kind"],
                standfirst=item["standfirst"],
                standfirst_spoils=films.get(item["standfirst_spoils"]),
                written_on=item["written_on"],
                **self.published(),
            )
            piece.films.add(*(films[slug] for slug in item["films"] if slug in films))
            for order, section in enumerate(item["sections"]):
                if not self.taggable(section["spoils"], films):
                    continue
                ArticleSection.objects.create(
                    piece=piece,
                    heading=section["heading"],
                    text=section["text"],
                    spoils=films.get(section["spoils"]),
                    order=order,
                )
            self.cite(piece, item["references"])

    def load_posters(self):
        for item in content.FILMS:
            film = Film.objects.filter(slug=item["slug"]).first()
            if film and self.once(f"poster:{item['slug']}") and film_poster_generate(film=film):
                self.remember(film)
                self.created["posters"] += 1
