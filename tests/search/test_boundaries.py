"""Search knows no domain model: apps register their documents with it, never the reverse."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
SEARCH = BASE_DIR / "search"
# The project's own packages: its apps, bulletsite, the tests.
PROJECT = {p.parent.name for p in BASE_DIR.glob("*/__init__.py")}


def imported_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


@pytest.mark.parametrize(
    "path", sorted(SEARCH.rglob("*.py")), ids=lambda p: str(p.relative_to(BASE_DIR))
)
def test_search_imports_no_other_app_of_the_project(path):
    imported = {module.split(".")[0] for module in imported_modules(path)}
    assert imported & PROJECT <= {"search"}


def test_the_project_holds_the_apps_search_must_not_import():
    assert {"films", "reviews", "bulletsite"} <= PROJECT


def test_search_names_no_domain_model_in_strings_it_looks_up():
    sources = [p.read_text() for p in SEARCH.rglob("*.py") if "migrations" not in p.parts]
    assert not [s for s in sources if "films." in s or "reviews." in s]
