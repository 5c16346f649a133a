"""The guidance document read strictly: every text, number, source list and object it reads
names its own path when it is missing (in English and in German), each number at the edges
of its range, and every refusal as the sentence the command line prints. Also the texts a
person reads (reason, evidence and sources) word for word, and template steps. Written for
the survivors of `make mutation`."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from rlsdesk.domain.bibliography import Bibliography
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.kinds import SleepHygieneItem, StepKind
from rlsdesk.domain.routine import Stretch

Path = tuple[str | int, ...]


def leaves(node: object, path: Path = ()) -> Iterator[Path]:
    """Every value in the document that is not an object (lists of words count as one)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, (*path, key))
    elif isinstance(node, list) and node and isinstance(node[0], dict):
        for index, value in enumerate(node):
            yield from leaves(value, (*path, index))
    else:
        yield path


def objects(node: object, path: Path = ()) -> Iterator[Path]:
    if isinstance(node, dict):
        if path:
            yield path
        for key, value in node.items():
            yield from objects(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from objects(value, (*path, index))


def dotted(path: Path) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else f"{'.' if out else ''}{key}"
    return out


def without(doc: dict[str, Any], path: Path, value: object = None) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    node: Any = changed
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return changed


def refusal(make: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        make()
    return info.value


def assert_refused(make: Callable[[], object], text: str, code: ProblemCode,
                   **params: object) -> None:
    err = refusal(make)
    assert str(err) == text
    assert err.code is code
    assert err.params == params


def expected_field(path: Path) -> str:
    if path[0] in ("evidence_word", "evidence_word_de"):
        return f"guidance.{path[0]}"
    return dotted(path)


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_value_read_names_its_own_path_when_missing(
        guidance_doc: dict[str, Any], sources_doc: dict[str, Any], language: str) -> None:
    books = Bibliography.from_document(sources_doc)
    checked = 0
    for path in leaves(guidance_doc):
        german = any(isinstance(key, str) and key.endswith("_de") for key in path)
        if german != (language == "de") or "params" in path or path == ("about",):
            continue
        err = refusal(lambda path=path: Guidance.from_document(without(guidance_doc, path),
                                                               books, language))
        assert err.field == expected_field(path), path
        checked += 1
    assert checked > (150 if language == "en" else 80)


def test_every_object_read_names_its_own_path_when_missing(
        guidance_doc: dict[str, Any], sources_doc: dict[str, Any]) -> None:
    books = Bibliography.from_document(sources_doc)
    for path in objects(guidance_doc):
        err = refusal(lambda path=path: Guidance.from_document(without(guidance_doc, path),
                                                               books))
        assert err.field == dotted(path), path
        if path[-1] not in ("anchor", "params") and "sources" not in path:
            assert str(err) == f"{dotted(path)}: None is missing or not an object"
            assert err.code is ProblemCode.WRONG_TYPE
            assert err.params == {"expected": "object"}


@pytest.mark.parametrize(("path", "value", "text", "code", "params"), [
    (("format",), "other", "format: 'other' is not 'rlsdesk-guidance'",
     ProblemCode.UNSUPPORTED_FORMAT, {"expected": "rlsdesk-guidance"}),
    (("version",), 2, "version: 2 is not a supported version (1)",
     ProblemCode.UNSUPPORTED_FORMAT, {"expected": 1}),
    (("kinds", "bath", "title"), "  ", "kinds.bath.title: '  ' is missing or empty text",
     ProblemCode.EMPTY, {}),
    (("kinds", "bath", "evidence"), "proven",
     "kinds.bath.evidence: 'proven' is not one of trials, mixed, advice, untested, own",
     ProblemCode.NOT_ONE_OF, {"choices": ("trials", "mixed", "advice", "untested", "own")}),
    (("kinds", "bath", "params"), ["x"], "kinds.bath.params: ['x'] is not an object",
     ProblemCode.WRONG_TYPE, {"expected": "object"}),
    (("kinds", "bath", "params"), {"name": "Ropinirole", "form": "oxide", "cycles": 1},
     "kinds.bath.params: 'form' is a dose or product: the person enters it, never a template",
     ProblemCode.DOSE_IN_TEMPLATE, {}),
    (("kinds", "bath", "anchor"), {"type": "clock"},
     "kinds.bath.anchor.time: None is missing for a clock anchor", ProblemCode.MISSING, {}),
    (("kinds", "stretching", "params", "stretches"), ["calves", "lunges"],
     "kinds.stretching.params.stretches: 'lunges' is not a stretch in 'stretches'",
     ProblemCode.UNKNOWN_STRETCH, {}),
    (("clinician_questions", "questions"), [],
     "clinician_questions.questions: [] is not a non-empty list", ProblemCode.WRONG_TYPE,
     {"expected": "list"}),
    (("clinician_questions", "questions"), {"a": 1},
     "clinician_questions.questions: {'a': 1} is not a non-empty list", ProblemCode.WRONG_TYPE,
     {"expected": "list"}),
    (("safety", "cautions", "melatonin", "names"), ["melatonin", " "],
     "safety.cautions.melatonin.names: ['melatonin', ' '] is not a non-empty list of names",
     ProblemCode.WRONG_TYPE, {"expected": "list of names"}),
    (("safety", "spacing", "groups", "tetracycline", "names"), [],
     "safety.spacing.groups.tetracycline.names: [] is not a non-empty list of names",
     ProblemCode.WRONG_TYPE, {"expected": "list of names"}),
    (("safety", "spacing", "groups", "tetracycline", "names"), ["doxy", 3],
     "safety.spacing.groups.tetracycline.names: ['doxy', 3] is not a non-empty list of names",
     ProblemCode.WRONG_TYPE, {"expected": "list of names"}),
    (("peak_default", "sources"), ["nowhere"],
     "peak_default.sources: 'nowhere' is not a key in the bibliography (sources.json)",
     ProblemCode.UNKNOWN_SOURCE, {}),
])
def test_refusals_read_well(guidance_doc: dict[str, Any], sources_doc: dict[str, Any],
                            path: Path, value: object, text: str, code: ProblemCode,
                            params: dict[str, object]) -> None:
    assert_refused(lambda: Guidance.from_document(without(guidance_doc, path, value),
                                                  sources_doc), text, code, **params)


def test_an_unknown_language_is_refused(guidance_doc: dict[str, Any],
                                        sources_doc: dict[str, Any]) -> None:
    assert_refused(lambda: Guidance.from_document(guidance_doc, sources_doc, "fr"),
                   "language: 'fr' is not one of en, de", ProblemCode.NOT_ONE_OF,
                   choices=("en", "de"))


@pytest.mark.parametrize(("path", "lo", "hi", "unit"), [
    (("stretches", "calves", "seconds"), 10, 300, "s"),
    (("kinds", "bath", "minutes"), 0, 240, "min"),
    (("safety", "magnesium", "upper_limit_mg"), 1, 10000, "mg"),
    (("safety", "magnesium", "laxative_mg"), 1, 10000, "mg"),
    (("safety", "spacing", "magnesium_after_hours"), 0, 12, "h"),
    (("safety", "spacing", "magnesium_before_hours"), 0, 12, "h"),
    (("safety", "caffeine", "cutoff_hours"), 0, 24, "h"),
])
def test_each_number_at_its_edges(guidance_doc: dict[str, Any], sources_doc: dict[str, Any],
                                  path: Path, lo: int, hi: int, unit: str) -> None:
    books = Bibliography.from_document(sources_doc)
    for value in (lo, hi):
        Guidance.from_document(without(guidance_doc, path, value), books)
    for value in (lo - 1, hi + 1):
        assert_refused(lambda value=value: Guidance.from_document(
            without(guidance_doc, path, value), books),
            f"{dotted(path)}: {value} is outside {lo}-{hi} {unit}", ProblemCode.OUT_OF_RANGE,
            min=lo, max=hi, unit=unit)


def test_the_numbers_read_land_in_their_fields(guidance_doc: dict[str, Any],
                                               sources_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(guidance_doc)
    doc["safety"]["magnesium"].update(upper_limit_mg=351, laxative_mg=401)
    doc["safety"]["spacing"].update(magnesium_after_hours=3, magnesium_before_hours=5)
    doc["safety"]["caffeine"]["cutoff_hours"] = 7
    doc["stretches"]["calves"]["seconds"] = 45
    g = Guidance.from_document(doc, sources_doc)
    s = g.safety
    assert (s.magnesium_upper_limit_mg, s.magnesium_laxative_mg) == (351, 401)
    assert (s.spacing_after_hours, s.spacing_before_hours, s.caffeine_cutoff_hours) == (3, 5, 7)
    assert g.stretches["calves"].seconds == 45
    assert template_step("stretching", g, stretches=["calves"]).stretches \
        == (Stretch("calves", 45),)


def test_texts_are_read_trimmed_and_each_from_its_own_key(guidance_doc: dict[str, Any],
                                                          sources_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(guidance_doc)
    doc["kinds"]["bath"]["title"] = "  Bath  "
    doc["safety"]["spacing"]["groups"]["tetracycline"]["names"] = [" Doxy ", "Mino"]
    doc["clinician_questions"]["questions"][0]["key"] = " iron "
    g = Guidance.from_document(doc, sources_doc)
    assert g.kinds[StepKind.BATH].title == "Bath"
    tetra = next(x for x in g.safety.spacing_groups if x.key == "tetracycline")
    assert tetra.names == ("Doxy", "Mino")
    assert g.clinician_questions[0].key == "iron"
    raw = guidance_doc["safety"]
    s = g.safety
    assert s.spacing_moved_text == raw["spacing"]["moved_text"].strip()
    assert s.spacing_unresolved_text == raw["spacing"]["unresolved_text"].strip()
    assert s.spacing_caution_text == raw["spacing"]["caution_text"].strip()
    assert s.caffeine_late_text == raw["caffeine"]["late_text"].strip()
    assert s.magnesium_upper_limit_text == raw["magnesium"]["upper_limit"]["text"].strip()
    assert s.magnesium_laxative_text == raw["magnesium"]["laxative"]["text"].strip()
    assert s.magnesium_children.text == raw["magnesium"]["children"]["text"].strip()
    assert s.magnesium_kidney.text == raw["magnesium"]["kidney"]["text"].strip()
    assert set(s.notes) == set(raw["notes"])
    assert g.clinician_intro.text == guidance_doc["clinician_questions"]["intro"]["text"].strip()
    peak = guidance_doc["peak_default"]
    assert (g.peak.onset.isoformat("minutes"), g.peak.band_start.isoformat("minutes"),
            g.peak.band_end.isoformat("minutes")) == (peak["onset"], peak["band_start"],
                                                      peak["band_end"])


def test_safety_notes_may_be_left_out(guidance_doc: dict[str, Any],
                                      sources_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(guidance_doc)
    del doc["safety"]["notes"]
    assert Guidance.from_document(doc, sources_doc).safety.notes == {}


def test_sources_are_cited_in_line_where_a_person_reads_them(guidance: Guidance) -> None:
    s = guidance.safety
    books = guidance.bibliography
    assert s.magnesium_upper_limit_source and s.magnesium_laxative_source
    assert s.spacing_source == "; ".join(
        books.sources[k].short for k in guidance_doc_sources(guidance, "spacing"))
    assert all(c.source for c in s.cautions)


def guidance_doc_sources(guidance: Guidance, part: str) -> list[str]:
    import json

    from tests.unit.domain.conftest import RESOURCES
    doc = json.loads((RESOURCES / "guidance.json").read_text(encoding="utf-8"))
    return list(doc["safety"][part]["sources"])


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_reason_with_its_evidence_and_sources_word_for_word(
        guidance_doc: dict[str, Any], sources_doc: dict[str, Any], language: str) -> None:
    g = Guidance.from_document(guidance_doc, sources_doc, language)
    suffix = "" if language == "en" else "_de"
    raw = guidance_doc["kinds"]["bath"]
    template = g.kinds[StepKind.BATH]
    level = guidance_doc["evidence_levels"][f"advice{suffix}"]
    word = guidance_doc[f"evidence_word{suffix}"]
    cited = "; ".join(g.bibliography.sources[k].short for k in raw["sources"])
    assert template.title == raw[f"title{suffix}"]
    assert (template.evidence, template.evidence_text, template.evidence_word) \
        == ("advice", level, word)
    assert template.source == cited
    assert template.why_with_source == f"{raw[f'why{suffix}']} ({cited})"
    assert template.why_with_evidence == f"{raw[f'why{suffix}']} {word}: {level}. ({cited})"
    assert set(g.evidence_levels) == {"trials", "mixed", "advice", "untested", "own"}
    assert g.evidence_levels["own"] == guidance_doc["evidence_levels"][f"own{suffix}"]
    stretch = g.stretches["calves"]
    assert (stretch.key, stretch.title) == ("calves", guidance_doc["stretches"]["calves"][
        f"title{suffix}"])
    step = template_step("bath", g)
    assert g.why_for(step) == template.why_with_evidence


def test_template_for_a_sleep_hygiene_item_or_the_kind(guidance: Guidance) -> None:
    assert guidance.template_for("sleep_hygiene", "dim_lights") \
        is guidance.sleep_hygiene[SleepHygieneItem.DIM_LIGHTS]
    assert guidance.template_for(StepKind.SLEEP_HYGIENE) is guidance.kinds[StepKind.SLEEP_HYGIENE]
    assert guidance.template_for("bath", "dim_lights") is guidance.kinds[StepKind.BATH]
    assert_refused(lambda: guidance.template_for("sleep_hygiene", "yoga"),
                   "item: 'yoga' is not one of screens_off, dim_lights, cool_bedroom, "
                   "caffeine_cutoff, alcohol_cutoff, weighted_blanket", ProblemCode.NOT_ONE_OF,
                   choices=tuple(SleepHygieneItem))


def test_template_steps_take_the_template_and_the_overrides(guidance: Guidance) -> None:
    bath = guidance.kinds[StepKind.BATH]
    step = template_step("bath", guidance)
    assert (step.title, step.anchor, step.minutes) == (bath.title, bath.anchor, bath.minutes)
    dim = template_step("sleep_hygiene", guidance, item="dim_lights")
    assert dim.item is SleepHygieneItem.DIM_LIGHTS
    assert dim.title == guidance.sleep_hygiene[SleepHygieneItem.DIM_LIGHTS].title
    plain = template_step("sleep_hygiene", guidance)
    assert plain.item == guidance.kinds[StepKind.SLEEP_HYGIENE].params["item"]
    named = template_step("medication", guidance, name="Pramipexole", title="Evening tablet")
    assert named.title == "Evening tablet"
    assert template_step("medication", guidance, name="Pramipexole").title == "Pramipexole"
    packs = template_step("contrast_packs", guidance)
    assert (packs.cycles, packs.minutes_each) == (2, 5)


def test_template_step_refusals_read_well(guidance: Guidance) -> None:
    assert_refused(lambda: template_step("juggling", guidance),
                   "kind: 'juggling' is not a known step kind (magnesium, bath, heat_pack, "
                   "cold_pack, contrast_packs, stretching, massage, sleep_hygiene, medication, "
                   "bedtime, custom)", ProblemCode.NOT_ONE_OF, choices=tuple(StepKind))
    assert_refused(lambda: template_step("stretching", guidance, stretches=["lunges"]),
                   "stretches: 'lunges' is not a known stretch", ProblemCode.UNKNOWN_STRETCH)
    assert_refused(lambda: template_step("stretching", guidance, stretches=[30]),
                   "stretches: 30 is not a stretch name or Stretch", ProblemCode.WRONG_TYPE,
                   expected="stretch")
    assert_refused(lambda: template_step("stretching", guidance, stretches=None),
                   "stretches: () is required for a stretching step", ProblemCode.REQUIRED,
                   kind=StepKind.STRETCHING)
