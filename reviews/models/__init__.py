"""The reviews app's models, one module per concern; importable from reviews.models."""

from reviews.models.choices import (  # noqa: F401
    ReviewKind,
    ReviewOrder,
    Verdict,
)
from reviews.models.community import (  # noqa: F401
    ReviewFlag,
    ReviewVote,
    UserReview,
    UserReviewQuerySet,
    rating_out_of_five,
)
from reviews.models.critics import (  # noqa: F401
    AggregateScore,
    Byline,
    Critic,
    CriticReview,
    FilmContentQuerySet,
    Publication,
)
from reviews.models.listing import (  # noqa: F401
    reviews_combined,
    reviews_hydrate,
)
from reviews.models.rankings import (  # noqa: F401
    RankingPlace,
    Standing,
    TrilogyRanking,
    TrilogyRankingQuerySet,
    TrilogyStandings,
)
from reviews.models.scores import (  # noqa: F401
    AUDIENCE_RATINGS_FOR_MARKUP,
    FEW_REVIEWS,
    ScoredFilm,
    ScoredFilmQuerySet,
    audience_distributions,
)
