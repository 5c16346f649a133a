"""Fixtures for the domain tests: the real guidance and default routine documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from rlsdesk.domain.guidance import Guidance
from rlsdesk.domain.routine import Step, routine_from_document
from tests.hypothesis_budget import MUTATION

RESOURCES = Path(__file__).parents[3] / "resources"

settings.register_profile(
    "domain",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# `make mutation` selects the smaller "mutation" profile (tests/hypothesis_budget.py).
settings.load_profile("mutation" if MUTATION else "domain")


def load_json(name: str) -> object:
    return json.loads((RESOURCES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def guidance_doc() -> dict:
    doc = load_json("guidance.json")
    assert isinstance(doc, dict)
    return doc


@pytest.fixture(scope="session")
def sources_doc() -> dict:
    doc = load_json("sources.json")
    assert isinstance(doc, dict)
    return doc


@pytest.fixture(scope="session")
def guidance(guidance_doc: dict, sources_doc: dict) -> Guidance:
    return Guidance.from_document(guidance_doc, sources_doc)


@pytest.fixture(scope="session")
def default_routine() -> list[Step]:
    return routine_from_document(load_json("default_routine.json"))
