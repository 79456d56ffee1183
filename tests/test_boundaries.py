"""Apps depend one way: reviews builds on films, and films knows nothing of reviews; the
newsroom and accounts know no domain app."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

FILMS = Path(settings.BASE_DIR) / "films"
# Infrastructure apps: domain apps register with them; they import no domain app.
INFRASTRUCTURE = ["newsroom", "accounts"]
APPS = sorted(path.parent.name for path in Path(settings.BASE_DIR).glob("*/apps.py"))
DOMAIN = [app for app in APPS if app not in {*INFRASTRUCTURE, "bulletsite"}]


def imported_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize(
    "path",
    sorted(p for p in FILMS.rglob("*.py") if "migrations" not in p.parts),
    ids=lambda p: str(p.relative_to(FILMS.parent)),
)
def test_films_imports_nothing_from_reviews(path):
    assert [m for m in imported_modules(path) if m.split(".")[0] == "reviews"] == []


def test_films_does_not_reach_reviews_models_through_meta():
    sources = [p.read_text() for p in FILMS.rglob("*.py") if "migrations" not in p.parts]
    assert not [s for s in sources if "related_model" in s or "apps.get_model" in s]


def test_film_models_hold_no_review_vocabulary():
    """Scores and consensus belong to reviews (ScoredFilm); Film holds films' business only."""
    from films.models import Film

    for name in ("with_scores", "with_consensus", "critics_consensus", "audience_distribution"):
        assert not hasattr(Film, name) and not hasattr(Film.objects, name)


def python_files(*apps):
    base = Path(settings.BASE_DIR)
    return sorted(
        path
        for app in apps
        for path in (base / app).rglob("*.py")
        if "migrations" not in path.parts
    )


@pytest.mark.parametrize(
    "path",
    python_files(*INFRASTRUCTURE),
    ids=lambda p: str(p.relative_to(settings.BASE_DIR)),
)
def test_infrastructure_apps_import_no_domain_app_nor_the_project(path):
    found = [m for m in imported_modules(path) if m.split(".")[0] in {*DOMAIN, "bulletsite"}]
    assert found == []
