"""The safety part of the guidance as read from resources/guidance.json: each group's and
caution's key, and the citation of every magnesium and spacing text, exactly as the
document and the bibliography give them (a person reads these beside the warning)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from rlsdesk.domain.bibliography import Bibliography, citations
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.kinds import StepKind


def test_safety_keys_and_citations_follow_the_document(
        guidance_doc: dict[str, Any], sources_doc: dict[str, Any]) -> None:
    books = Bibliography.from_document(sources_doc)
    safety = Guidance.from_document(guidance_doc, books).safety
    doc = guidance_doc["safety"]

    def cited(keys: list[str], path: str) -> str:
        text = citations(books.resolve(keys, path))
        assert text
        return text

    mg = doc["magnesium"]
    assert safety.magnesium_upper_limit_source == cited(mg["upper_limit"]["sources"], "u")
    assert safety.magnesium_laxative_source == cited(mg["laxative"]["sources"], "l")
    assert safety.spacing_source == cited(doc["spacing"]["sources"], "s")
    assert [g.key for g in safety.spacing_groups] == list(doc["spacing"]["groups"])
    assert [c.key for c in safety.cautions] == list(doc["cautions"])
    assert len(safety.cautions) >= 1
    for caution in safety.cautions:
        raw = doc["cautions"][caution.key]
        assert caution.label == raw["label"]
        assert caution.source == cited(raw["sources"], caution.key)


def test_a_document_that_is_no_object_is_refused_as_the_guidance(
        sources_doc: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        Guidance.from_document(["format"], sources_doc)
    err = caught.value
    assert err.field == "guidance"
    assert err.value == ["format"]
    assert err.code is ProblemCode.WRONG_TYPE
    assert str(err) == "guidance: ['format'] is missing or not an object"


def test_an_object_that_is_a_word_is_shown_with_that_word(
        guidance_doc: dict[str, Any], sources_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(guidance_doc)
    doc["safety"]["cautions"] = "melatonin"
    with pytest.raises(ValidationError) as caught:
        Guidance.from_document(doc, sources_doc)
    assert caught.value.value == "melatonin"
    assert str(caught.value) == "safety.cautions: 'melatonin' is missing or not an object"


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_sleep_hygiene_reason_names_the_evidence_in_its_language(
        guidance_doc: dict[str, Any], sources_doc: dict[str, Any], language: str) -> None:
    g = Guidance.from_document(guidance_doc, sources_doc, language)
    word = guidance_doc["evidence_word" + ("" if language == "en" else "_de")]
    for template in g.sleep_hygiene.values():
        assert template.evidence_word == word
        assert f" {word}: {template.evidence_text}. (" in template.why_with_evidence


def test_stretching_without_default_stretches_loads(
        guidance_doc: dict[str, Any], sources_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(guidance_doc)
    doc["kinds"]["stretching"]["params"].pop("stretches", None)
    g = Guidance.from_document(doc, sources_doc)
    assert "stretches" not in g.kinds[StepKind.STRETCHING].params
    assert g.stretches  # the stretches themselves are still read


def test_the_reason_for_a_sleep_hygiene_step_is_its_items_own(
        guidance_doc: dict[str, Any], sources_doc: dict[str, Any]) -> None:
    g = Guidance.from_document(guidance_doc, sources_doc)
    for item, template in g.sleep_hygiene.items():
        step = template_step(StepKind.SLEEP_HYGIENE, g, item=item)
        assert g.why_for(step) == template.why_with_evidence
        assert g.why_for(step) != g.kinds[StepKind.SLEEP_HYGIENE].why_with_evidence
