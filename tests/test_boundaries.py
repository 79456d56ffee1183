"""Apps depend one way, downhill, and nothing imports the project package.

Every import of every module of the project's apps is read from its syntax tree (relative and
function-level imports included), so an import cannot hide from the test the way it can from a
grep. The rules, from ../shared/STYLE.md:
- no app imports `bulletsite/`, which composes the apps and is imported by none;
- the apps' import graph has no cycle: reviews builds on films, never the other way;
- infrastructure apps (the page cache, the newsroom, search, accounts, share cards) know no
  domain app: domain apps register with them from their own apps.py.
"""

import ast
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
PROJECT = "bulletsite"
INFRASTRUCTURE = {"pagecache", "newsroom", "search", "accounts", "sharecards"}
DOMAIN = {"films", "reviews", "seed"}


def project_apps():
    """The top-level packages of the installed apps that live in this repository."""
    found = set()
    for config in apps.get_app_configs():
        path = Path(config.path)
        if path.is_relative_to(BASE_DIR) and ".venv" not in path.parts:
            found.add(path.relative_to(BASE_DIR).parts[0])
    return found


def modules_of(package):
    root = BASE_DIR / package
    for path in sorted(root.rglob("*.py")):
        yield ".".join(path.relative_to(BASE_DIR).with_suffix("").parts), path


def imported_modules(module, path):
    """Every module `module` imports, anywhere in its body, as absolute dotted names."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                prefix = ".".join([*base, node.module] if node.module else base)
            else:
                prefix = node.module
            yield prefix
            # `from films import models` imports films.models.
            yield from (f"{prefix}.{alias.name}" for alias in node.names)


def app_imports():
    """{(importing app, imported app): [importing modules]} over every project module."""
    ours = project_apps() | {PROJECT}
    edges = {}
    for package in sorted(ours):
        for module, path in modules_of(package):
            for imported in imported_modules(module, path):
                target = imported.split(".")[0]
                if target in ours and target != package:
                    edges.setdefault((package, target), set()).add(module)
    return edges


EDGES = app_imports()


def test_the_apps_are_found():
    """A guard for the test itself: if the walk found nothing, every rule below would pass."""
    assert {"films", "reviews", "bulletsite"} <= project_apps() | {PROJECT}
    assert ("reviews", "films") in EDGES


def test_no_app_imports_the_project_package():
    offenders = {app: sorted(mods) for (app, target), mods in EDGES.items() if target == PROJECT}
    assert offenders == {}


def test_the_import_graph_of_the_apps_has_no_cycle():
    graph = {}
    for app, target in EDGES:
        graph.setdefault(app, set()).add(target)

    def cycle_from(app, path):
        if app in path:
            return [*path[path.index(app) :], app]
        for target in sorted(graph.get(app, ())):
            if found := cycle_from(target, [*path, app]):
                return found
        return None

    cycles = [cycle for app in sorted(graph) if (cycle := cycle_from(app, []))]
    assert cycles == []


@pytest.mark.parametrize("app", sorted(INFRASTRUCTURE))
def test_infrastructure_apps_know_no_domain_app(app):
    offenders = {target: sorted(mods) for (source, target), mods in EDGES.items() if source == app}
    assert set(offenders) & DOMAIN == set(), offenders


def test_films_knows_nothing_of_reviews():
    assert ("films", "reviews") not in EDGES


def test_films_does_not_reach_reviews_models_through_meta():
    sources = [p.read_text() for _m, p in modules_of("films") if "migrations" not in p.parts]
    assert not [s for s in sources if "related_model" in s or "apps.get_model" in s]


def test_relative_and_function_level_imports_count(tmp_path):
    path = tmp_path / "admin.py"
    path.write_text(
        "from .models import Film\nfrom . import views\n"
        "def f():\n    from ..bulletsite import caching\n"
    )
    found = set(imported_modules("films.admin", path))
    assert {"films.models", "films.views", "bulletsite.caching"} <= found


def test_film_models_hold_no_review_vocabulary():
    """Scores and consensus belong to reviews (ScoredFilm); Film holds films' business only."""
    from films.models import Film

    for name in ("with_scores", "with_consensus", "critics_consensus", "audience_distribution"):
        assert not hasattr(Film, name) and not hasattr(Film.objects, name)
