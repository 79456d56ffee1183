"""The films app's models, one module per concern; importable from films.models."""

from films.models.articles import (  # noqa: F401
    ArticleSection,
    EditorialPiece,
    EditorialPieceQuerySet,
)
from films.models.cars import (  # noqa: F401
    Vehicle,
    VehicleAppearance,
    VehicleQuerySet,
)
from films.models.catalogue import (  # noqa: F401
    Company,
    Credit,
    CreditQuerySet,
    DatePrecision,
    ExternalLink,
    Film,
    FilmingLocation,
    FilmPassage,
    FilmQuerySet,
    Genre,
    GrammaticalGender,
    Role,
    film_detail_prefetches,
    poster_upload_to,
)
from films.models.people import (  # noqa: F401
    AlternativeName,
    Person,
    PersonQuerySet,
    name_sort_key,
)
from films.models.publishing import (  # noqa: F401
    PublicationStatus,
    Publishable,
    PublishableQuerySet,
    next_publication,
)
from films.models.references import (  # noqa: F401
    Citation,
    Discrepancy,
    Source,
    citations_prefetch,
    public_discrepancies_prefetch,
)
from films.models.spoilers import (  # noqa: F401
    Passage,
    PassageInFilm,
    Spoiler,
    SpoilerHorizon,
    SpoilerQuerySet,
    spoiler_groups,
)
from films.models.story import (  # noqa: F401
    Character,
    CharacterArc,
    CharacterQuerySet,
    TimelineEvent,
    TimelineEventQuerySet,
)
