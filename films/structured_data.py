"""schema.org descriptions of films and people, for JSON-LD.

Only our own figures are marked up: critics' reviews and aggregators' scores from other sites
are shown on the page but never described as Review or AggregateRating, as Google's
review-snippet guidelines require.
"""

from films.models import DatePrecision, Role


def _person(person, absolute_url):
    return {"@type": "Person", "name": person.name, "url": absolute_url(person.get_absolute_url())}


def _iso_date(film):
    """An ISO 8601 date no more precise than known: 2020-06-19, 2022-11 or 2025."""
    precision = DatePrecision(film.release_date_precision)
    length = {DatePrecision.DAY: 10, DatePrecision.MONTH: 7, DatePrecision.YEAR: 4}[precision]
    return film.release_date.isoformat()[:length]


def movie(film, *, absolute_url, aggregate_rating=None):
    """Describe a film fetched by FilmQuerySet.for_detail() as a schema.org Movie, with the
    AggregateRating of our own members' ratings where one is given."""
    data = {
        "@context": "https://schema.org",
        "@type": "Movie",
        "name": film.title,
        "url": absolute_url(film.get_absolute_url()),
    }
    if film.original_title:
        data["alternateName"] = film.original_title
    if film.synopsis:
        data["description"] = film.synopsis
    if film.poster:
        data["image"] = absolute_url(film.poster.url)
    if film.release_date:
        data["datePublished"] = _iso_date(film)
    if film.runtime_minutes:
        data["duration"] = f"PT{film.runtime_minutes}M"
    if film.genre:
        data["genre"] = film.get_genre_display()
    if film.country_list:
        data["countryOfOrigin"] = [{"@type": "Country", "name": c} for c in film.country_list]
    if film.language_list:
        data["inLanguage"] = film.language_list
    credits = film.credits.all()
    data["director"] = [_person(c.person, absolute_url) for c in credits if c.role == Role.DIRECTOR]
    writers = [_person(c.person, absolute_url) for c in credits if c.role == Role.WRITER]
    if writers:
        data["author"] = writers
    composers = [_person(c.person, absolute_url) for c in credits if c.role == Role.COMPOSER]
    if composers:
        data["musicBy"] = composers
    data["actor"] = [
        {
            "@type": "PerformanceRole",
            "actor": _person(credit.person, absolute_url),
            "characterName": credit.character.name if credit.character else "",
        }
        for credit in film.cast()
    ]
    data["productionCompany"] = [
        {"@type": "Organization", "name": company.name}
        for company in film.production_companies.all()
    ]
    if aggregate_rating:
        data["aggregateRating"] = aggregate_rating
    return data


def person(person, *, absolute_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": person.name,
        "url": absolute_url(person.get_absolute_url()),
    }
    alternative_names = [alt.name for alt in person.alternative_names.all()]
    if alternative_names:
        data["alternateName"] = alternative_names
    if person.biography:
        data["description"] = person.biography
    return data
