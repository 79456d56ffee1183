from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Every model of the films app is content that editors write, but a member's spoiler horizon.
NOT_EDITED = {"spoilerhorizon"}


class FilmsConfig(AppConfig):
    name = "films"
    verbose_name = _("Films")

    def ready(self):
        from films import search  # noqa: F401  (registers films' documents with search)

        self.register_with_the_newsroom()
        self.register_with_the_page_cache()
        self.register_share_cards()
        self.register_with_accounts()
        self.forget_the_series_when_a_film_changes()
        connection_created.connect(add_the_french_collation)

    def register_with_the_newsroom(self):
        from newsroom import roles

        edited = [
            m._meta.model_name for m in self.get_models() if m._meta.model_name not in NOT_EDITED
        ]
        roles.grant_content(roles.EDITORS, self.label, edited)

    def register_with_the_page_cache(self):
        import pagecache
        from films.models import Publishable, SpoilerHorizon, next_publication

        # Editors' content may show on any page: each change moves everything. A member's
        # spoiler horizon is not registered: it shows on their own pages, never cached.
        for model in self.get_models():
            if model is not SpoilerHorizon:
                pagecache.register(model)
        pagecache.vary_on(spoiler_horizon)
        # Content published for later appears when due, with no save to announce it.
        publishables = [m for m in self.get_models() if issubclass(m, Publishable)]
        pagecache.expires_at(lambda: next_publication(publishables))

    def register_share_cards(self):
        import sharecards
        from films.cards import CARDS, series_heading

        sharecards.set_heading(series_heading)
        for kind, words in CARDS.items():
            sharecards.register(kind, words)

    def register_with_accounts(self):
        """A member's horizon is in the download of their data, and goes with their account."""
        from accounts import data
        from films.models import SpoilerHorizon

        def horizon_of(member):
            seen = SpoilerHorizon.objects.filter(member=member).values_list("films_seen", flat=True)
            films_seen = seen.first()
            return None if films_seen is None else {"films_seen": films_seen}

        data.register(
            "horizon",
            horizon_of,
            describe=lambda horizon: (
                gettext("How far you have watched the series.") if horizon else None
            ),
        )

    def forget_the_series_when_a_film_changes(self):
        from films.models import Film
        from films.series import films_changed

        def film_saved(sender, **kwargs):
            # Proxies of Film (reviews' ScoredFilm) send their own signals, from apps films
            # does not know.
            if issubclass(sender, Film):
                films_changed(sender, **kwargs)

        post_save.connect(film_saved, dispatch_uid="films-series", weak=False)
        # Deletions under a sender: a receiver for every model would turn off fast deletes.
        post_delete.connect(films_changed, sender=Film, dispatch_uid="films-series")


def spoiler_horizon(request):
    """Pages fold the plots beyond the reader's horizon: one copy of a page per horizon."""
    from films.horizon import Horizon

    # CachedPageMiddleware answers before HorizonMiddleware sets request.horizon.
    horizon = request.horizon if hasattr(request, "horizon") else Horizon.for_request(request)
    return horizon.cache_key


def add_the_french_collation(sender, connection, **kwargs):
    """Give SQLite the French collation names are sorted in; PostgreSQL has it (ICU)."""
    if connection.vendor == "sqlite":
        from films.french import COLLATION, sqlite_collation

        connection.connection.create_collation(COLLATION, sqlite_collation)
