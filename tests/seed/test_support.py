"""Every passage of the seed's prose has a fact-check record, and the record holds together."""

import importlib

import pytest

from seed.content import SOURCES

AREAS = ["films", "critics", "people_and_characters", "trilogy", "articles"]
SOURCE_KEYS = {source["key"] for source in SOURCES}


@pytest.fixture(params=AREAS)
def area(request):
    try:
        return importlib.import_module(f"seed.support.{request.param}")
    except ModuleNotFoundError:
        pytest.fail(f"seed/support/{request.param}.py is missing")


def test_every_passage_has_a_record_and_every_record_a_passage(area):
    passages = area.passages()
    assert passages
    assert not set(passages) - set(area.CLAIMS), "passages with no record"
    assert not set(area.CLAIMS) - set(passages), "records of passages that no longer exist"


def test_every_claim_cites_a_source_or_says_it_is_inferred(area):
    passages = area.passages()
    problems = []
    for passage_id, claims in area.CLAIMS.items():
        if not claims:
            problems.append(f"{passage_id}: no claim recorded")
        for claim in claims:
            unknown = {key for key, _where in claim.support} - SOURCE_KEYS
            if unknown:
                problems.append(f"{passage_id}: {claim.says}: unknown sources {unknown}")
            if not claim.support and not claim.inference:
                problems.append(f"{passage_id}: {claim.says}: neither source nor inference")
            if claim.inference and claim.inference not in passages.get(passage_id, ""):
                problems.append(
                    f"{passage_id}: {claim.says}: the passage does not say “{claim.inference}”"
                )
    assert not problems, "\n".join(problems)
