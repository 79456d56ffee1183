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
from reviews.models.ratings import (  # noqa: F401
    FEW_REVIEWS,
    rating_display,
    rating_out_of_five,
    rests_on_few,
    stars_number,
    stars_out_of_five,
)
from reviews.models.scores import (  # noqa: F401
    ScoredFilm,
    ScoredFilmQuerySet,
    audience_distributions,
)
from reviews.models.tallies import (  # noqa: F401
    MemberTally,
    PlaceTally,
    RatingTally,
    fresh_tallies,
    rebuild_tallies,
    stored_tallies,
)
