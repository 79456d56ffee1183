"""Films' text in search: the kinds of page films show, the documents of each model, and what
makes them public. Registered from FilmsConfig.ready().

Text is found only while its film or article is published, and while the film it spoils is:
the films' and articles' own published() rules, written once. What a reader may read of text
that spoils a film is their spoiler horizon's to say (films/horizon.py, request.horizon).
"""

from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from films.models import EditorialPiece, Film, Role
from search.registry import (
    Document,
    register,
    register_page,
    register_public,
    register_spoilers,
)

for key, heading, index in [
    ("film", _("Films"), None),
    ("article", _("Articles"), reverse_lazy("films:piece-list")),
    ("character", _("Characters"), reverse_lazy("films:character-list")),
    ("person", _("People"), reverse_lazy("films:person-list")),
    ("vehicle", _("Cars"), reverse_lazy("films:vehicle-list")),
    ("timeline", _("Timeline"), reverse_lazy("films:timeline")),
]:
    register_page(key, heading, index=index)

register_public("films.Film", Film.objects.published)
register_public("films.EditorialPiece", EditorialPiece.objects.published)
# In the order a reader comes to them: the nearest spoiled film is named when text is hidden.
register_spoilers("films.Film", lambda: Film.objects.published().order_by("series_position"))


@register(
    "films.Film",
    page="film",
    related=["distributor"],
    prefetch=["production_companies"],
    follows={"films.Company": ("production_companies", "distributor")},
)
def film_documents(film):
    url = film.get_absolute_url()
    body = ". ".join(text for text in (film.original_title, film.synopsis) if text)
    yield Document(
        url=url,
        title=film.title,
        body=body,
        requires=film,
        names=(film.title, film.original_title),
        card=gettext("Film, %(year)s") % {"year": film.year} if film.year else gettext("Film"),
        # The films in series order, before anything else (a character or a person weighs
        # as many films or credits as they have).
        weight=max(1000 - film.series_position, 500),
    )
    producers = [company.name for company in film.production_companies.all()]
    companies = []
    if producers:
        companies.append(gettext("Produced by %(names)s.") % {"names": ", ".join(producers)})
    if film.distributor:
        companies.append(gettext("Distributed by %(name)s.") % {"name": film.distributor.name})
    if companies:
        yield Document(
            url=url,
            title=film.title,
            section=gettext("Production companies"),
            body=" ".join(companies),
            requires=film,
        )


@register("films.FilmPassage", page="film", related=["film"], follows={"films.Film": "film"})
def film_passage_documents(passage):
    film = passage.film
    yield Document(
        url=f"{film.get_absolute_url()}#{passage.section}-heading",
        title=film.title,
        section=passage.get_section_display(),
        body=passage.text,
        requires=film,
        spoils=passage.spoils_id,
    )


@register("films.FilmingLocation", page="film", related=["film"], follows={"films.Film": "film"})
def filming_location_documents(location):
    film = location.film
    yield Document(
        url=f"{film.get_absolute_url()}#production-heading",
        title=film.title,
        section=gettext("Filming locations"),
        body=" — ".join(text for text in (str(location), location.note) if text),
        requires=film,
    )


@register("films.EditorialPiece", page="article")
def editorial_piece_documents(piece):
    yield Document(
        url=piece.get_absolute_url(),
        title=piece.title,
        body=piece.standfirst,
        requires=piece,
        spoils=piece.standfirst_spoils_id,
    )


@register(
    "films.ArticleSection",
    page="article",
    related=["piece"],
    follows={"films.EditorialPiece": "piece"},
)
def article_section_documents(section):
    piece = section.piece
    anchor = f"#section-{section.pk}" if section.heading else ""
    # The heading is part of the passage: found, and shown, only where its text may be.
    yield Document(
        url=piece.get_absolute_url() + anchor,
        title=piece.title,
        section=section.heading,
        body="\n\n".join(text for text in (section.heading, section.text) if text),
        requires=piece,
        spoils=section.spoils_id,
    )


@register(
    "films.Character",
    page="character",
    prefetch=["appearances", "credits"],
    follows={"films.Credit": "credits"},
)
def character_documents(character):
    title = str(character)
    # The name the films use, where the full name does not hold it.
    name = "" if character.name in title else character.name
    body = ". ".join(text for text in (name, character.introduction) if text)
    yield Document(
        url=character.get_absolute_url(),
        title=title,
        body=body,
        names=(title, character.name),
        card=character.introduction,  # spoiler-free by its own rule
        # The main characters are those billed first, in most films.
        weight=len(character.appearances.all())
        + sum(
            100 // credit.billing_order
            for credit in character.credits.all()
            if credit.billing_order
        ),
    )


@register(
    "films.CharacterArc",
    page="character",
    related=["character", "film"],
    follows={"films.Character": "character", "films.Film": "film"},
)
def character_arc_documents(arc):
    film = arc.film
    yield Document(
        url=f"{arc.character.get_absolute_url()}#film-{film.pk}-heading",
        title=str(arc.character),
        section=gettext("In %(film)s") % {"film": film.title},
        body="\n\n".join(text for text in (arc.text, arc.end_state) if text),
        requires=film,
        spoils=arc.spoils_id,
    )


@register(
    "films.Person",
    page="person",
    prefetch=["alternative_names", "credits"],
    follows={"films.AlternativeName": "alternative_names", "films.Credit": "credits"},
)
def person_documents(person):
    names = [name.name for name in person.alternative_names.all()]
    spellings = gettext("Also spelled %(names)s.") % {"names": ", ".join(names)} if names else ""
    body = "\n\n".join(text for text in (person.biography, spellings) if text)
    credits = person.credits.all()
    # Their jobs, not their parts nor their films: a part in a later film would tell who
    # appears in it, and the card is the same at every horizon.
    roles = sorted({Role(credit.role) for credit in credits}, key=lambda role: role.rank)
    yield Document(
        url=person.get_absolute_url(),
        title=person.name,
        body=body,
        names=(person.name, *names),
        card=" · ".join(str(role.heading(1)) for role in roles),
        weight=len(credits),
    )


@register(
    "films.Discrepancy",
    page="film",
    related=["film", "person", "character", "vehicle"],
    follows={
        "films.Film": "film",
        "films.Person": "person",
        "films.Character": "character",
        "films.Vehicle": "vehicle",
    },
)
def discrepancy_documents(discrepancy):
    # Shown on the page of each thing it concerns.
    concerns = {
        "film": discrepancy.film,
        "person": discrepancy.person,
        "character": discrepancy.character,
        "vehicle": discrepancy.vehicle,
    }
    for page, concerned in concerns.items():
        if concerned is not None:
            yield Document(
                page=page,
                url=f"{concerned.get_absolute_url()}#discrepancies-heading",
                title=str(concerned),
                section=gettext("Where sources disagree"),
                body=discrepancy.note,
                requires=concerned if page == "film" else None,
                spoils=discrepancy.spoils_id,
            )


@register("films.Vehicle", page="vehicle")
def vehicle_documents(vehicle):
    yield Document(url=vehicle.get_absolute_url(), title=vehicle.name, body=vehicle.introduction)


@register(
    "films.VehicleAppearance",
    page="vehicle",
    related=["vehicle", "film"],
    follows={"films.Vehicle": "vehicle", "films.Film": "film"},
)
def vehicle_appearance_documents(appearance):
    vehicle, film = appearance.vehicle, appearance.film
    yield Document(
        url=f"{vehicle.get_absolute_url()}#film-{film.pk}-heading",
        title=vehicle.name,
        section=gettext("In %(film)s") % {"film": film.title},
        body=appearance.text,
        requires=film,
        spoils=appearance.spoils_id,
    )


@register("films.TimelineEvent", page="timeline", related=["film"], follows={"films.Film": "film"})
def timeline_event_documents(event):
    film = event.film
    yield Document(
        url=f"{reverse('films:timeline')}#timeline-{film.slug}",
        title=gettext("Timeline"),
        # When it happens is folded with the text on the page: never a section's open label.
        section=film.title,
        body=f"{event.when}. {event.text}",
        requires=film,
        spoils=event.spoils_id,
    )
