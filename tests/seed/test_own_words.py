"""The site's prose is its own: no loaded text repeats a source document for 8 words or more,
names and quotations aside.

The documents are not part of the repository. The test reads them from BULLETSITE_SEED_DIR, or
from ../shared/seeds beside the project, and is skipped, saying so, where neither exists.
"""

import os
from pathlib import Path

import pytest
from django.apps import apps
from django.db import models

from tests.seed.own_words import RUN_LENGTH, documents_runs, seed_names, shared_runs

PROJECT = Path(__file__).resolve().parents[2]
DOCUMENTS = Path(os.environ.get("BULLETSITE_SEED_DIR", PROJECT.parent / "shared" / "seeds"))
# A critic's own words, quoted and attributed on every page that shows them.
QUOTATIONS = {("reviews", "criticreview", "pull_quote")}

NAMES = seed_names()

pytestmark = pytest.mark.django_db


def prose_fields():
    for app in ("films", "reviews"):
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                if isinstance(field, (models.TextField, models.CharField)) and not isinstance(
                    field, (models.SlugField, models.URLField, models.EmailField)
                ):
                    if (app, model._meta.model_name, field.name) not in QUOTATIONS:
                        yield model, field.name


@pytest.fixture(scope="module")
def documents():
    if not DOCUMENTS.is_dir():
        pytest.skip(f"the source documents are not here ({DOCUMENTS}): nothing to compare with")
    return documents_runs(
        (path.read_text(encoding="utf-8") for path in DOCUMENTS.glob("*.txt")), names=NAMES
    )


def test_no_loaded_prose_repeats_a_source_document(seeded, documents):
    copied = []
    for model, field in prose_fields():
        for pk, text in model.objects.values_list("pk", field):
            copied += [
                f"{model._meta.label}.{field} #{pk}: “{run}”"
                for run in shared_runs(text or "", documents, names=NAMES)
            ]
    assert not copied, f"Runs of {RUN_LENGTH} words found in the sources:\n" + "\n".join(copied)


def test_the_check_finds_a_copied_sentence_and_spares_a_quotation(documents):
    document = next(DOCUMENTS.glob("*.txt")).read_text(encoding="utf-8")
    copied = " ".join(document.split()[40:60])
    assert shared_runs(f"Our words, then {copied.upper()}", documents, names=NAMES)
    eight = "Lino breaks free of the interrogation room and fights"
    assert shared_runs(f"Then {eight} on.", documents, names=NAMES)
    cast = "starring Alban Lenoir, Nicolas Duvauchelle and Ramzy Bedia, as ever"
    assert not shared_runs(cast, documents, names=NAMES)
    assert not shared_runs(f"As one source put it, “{copied}”.", documents)
    assert not shared_runs(f"Comme l’écrit une source, «\u00a0{copied}\u00a0».", documents)
