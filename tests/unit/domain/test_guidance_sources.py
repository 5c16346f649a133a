"""Every guidance line is checkable, no dose is presumed, and the medicines that may worsen
restless legs are recognised by their English and German names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rlsdesk.domain.bibliography import Bibliography, SourceKind
from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.safety import cautions_for_new_step, interaction_group, worsening_cautions
from rlsdesk.system.resources import load_cited

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
#: Text documents: everything in resources/ that is JSON, but the bibliography itself and
#: the look (colours).
TEXT_DOCUMENTS = sorted(
    p for p in RESOURCES.glob("*.json") if p.name != "sources.json"
)
#: Keys whose text is guidance a reader may want to check.
GUIDANCE_KEYS = {"why", "text", "body", "criteria", "intro"}


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def books() -> Bibliography:
    return Bibliography.from_document(_read(RESOURCES / "sources.json"))


def _walk(node: Any, path: str, cited: tuple, found: list) -> None:
    """(path, text, the sources in force there) for every guidance text."""
    if isinstance(node, dict):
        here = node.get("sources", cited) if "sources" in node else cited
        for key, value in node.items():
            sub = f"{path}.{key}"
            if isinstance(value, str) and (key in GUIDANCE_KEYS or key.endswith("_text")):
                found.append((sub, value, here))
            else:
                _walk(value, sub, here, found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _walk(value, f"{path}[{index}]", cited, found)


def guidance_texts() -> list[tuple[str, str, Any]]:
    found: list = []
    for document in TEXT_DOCUMENTS:
        _walk(_read(document), document.name, (), found)
    return found


def test_the_walk_finds_the_guidance() -> None:
    paths = [p for p, _, _ in guidance_texts()]
    assert len(paths) > 45
    assert "guidance.json.kinds.magnesium.why" in paths
    assert "guidance.json.safety.cautions.melatonin.text" in paths
    assert "diary_text.json.augmentation.body" in paths


@pytest.mark.parametrize(("path", "text", "sources"), guidance_texts(),
                         ids=[p for p, _, _ in guidance_texts()])
def test_every_guidance_text_points_into_the_bibliography(
    books: Bibliography, path: str, text: str, sources: Any
) -> None:
    assert sources, f"{path} has no sources"
    resolved = books.resolve(sources, path)  # raises on a key not in sources.json
    assert resolved
    assert "source notes" not in text.lower()


def test_no_free_text_citation_is_left_in_resources() -> None:
    def keys(node: Any) -> list[str]:
        if isinstance(node, dict):
            return [*node, *(k for v in node.values() for k in keys(v))]
        if isinstance(node, list):
            return [k for v in node for k in keys(v)]
        return []

    for document in TEXT_DOCUMENTS:
        raw = document.read_text(encoding="utf-8")
        assert "source notes" not in raw.lower(), document.name
        assert "Sacre-Coeur" not in raw, document.name
        assert not {k for k in keys(_read(document)) if k.endswith("source")}, document.name


def test_bibliography_entries_can_be_looked_up(books: Bibliography) -> None:
    for source in books.sources.values():
        if source.kind in (SourceKind.ARTICLE, SourceKind.GUIDELINE):
            assert source.doi.startswith("10.") and source.year and source.pages
            assert source.journal and source.authors
        elif source.kind is SourceKind.PAGE:
            assert source.url.startswith("https://") and source.organisation
    aasm = books.sources["winkelman2025_aasm"]
    assert (aasm.doi, aasm.journal, aasm.year, aasm.volume, aasm.pages) == (
        "10.5664/jcsm.11390", "J Clin Sleep Med", 2025, "21(1)", "137-152")
    assert aasm.short == "Winkelman et al., J Clin Sleep Med 2025; 21(1):137-152"
    assert "doi:10.5664/jcsm.11390" in aasm.full
    nhs = books.sources["nhs_rls"]
    assert nhs.short == 'NHS, "Restless legs syndrome"'
    assert {s.key for s in books.cited()} >= {
        "marshall2019_magnesium", "whittom2010_melatonin", "trenkwalder1999_circadian",
        "michaud2005_immobility", "garcia_borreguero2007_augmentation", "haghayegh2019_bath",
        "lettieri2009_compression", "aukerman2006_exercise", "drake2013_caffeine",
        "allen2018_iron", "mayo_rls_treatment", "nih_ods_magnesium",
    }
    assert not any(s.kind is SourceKind.OWN for s in books.cited())


def test_cited_documents_read_out_the_citation() -> None:
    text = load_cited("diary_text.json")
    assert text["augmentation"]["source"].startswith("García-Borreguero et al., Sleep Med 2007")


# ------------------------------------------------------------------ no presumed dose


def test_no_template_or_default_step_carries_a_dose_or_product(guidance: Guidance) -> None:
    for template in [*guidance.kinds.values(), *guidance.sleep_hygiene.values()]:
        assert not {"dose_mg", "form", "name"} & set(template.params)
    routine = _read(RESOURCES / "default_routine.json")
    for step in routine["steps"]:
        assert step["kind"] not in ("magnesium", "medication")
        assert not {"dose_mg", "form", "name"} & set(step)


def test_magnesium_is_rated_small_studies_mixed_results(guidance: Guidance) -> None:
    mg = guidance.kinds["magnesium"]
    assert mg.evidence_text == "small studies, mixed results"
    assert "Marshall" in mg.source
    assert "never suggests a dose" in mg.why and "kidney disease" in mg.why
    assert "Evidence: small studies, mixed results." in mg.why_with_evidence
    levels = {t.evidence for t in [*guidance.kinds.values(), *guidance.sleep_hygiene.values()]}
    assert levels <= set(guidance.evidence_levels)
    assert guidance.sleep_hygiene["weighted_blanket"].evidence == "untested"


def test_melatonin_caution_cites_the_study_not_a_mechanism(guidance: Guidance) -> None:
    melatonin = next(c for c in guidance.safety.cautions if c.key == "melatonin")
    assert "Whittom" in melatonin.source and "8 people" in melatonin.text
    assert "dopamine" not in melatonin.text.lower()


def test_iron_and_aggravating_factors_are_in_the_clinician_questions(guidance: Guidance) -> None:
    text = " ".join(q.text for q in guidance.clinician_questions)
    assert "75 ng/mL" in text and "20%" in text and "24 hours" in text and "morning" in text
    for factor in ("sleep apnoea", "alcohol", "nicotine", "caffeine", "antipsychotics",
                   "SSRIs", "mirtazapine", "metoclopramide", "prochlorperazine"):
        assert factor in text, factor
    assert "bupropion" not in text.lower()
    assert all("Winkelman" in q.source or "García" in q.source
               for q in guidance.clinician_questions)
    iron = guidance.safety.notes["iron"]
    assert "75 ng/mL" in iron.text and "Winkelman" in iron.source and "Allen" in iron.source


# ------------------------------------------------------------------ names, EN and DE

CAUTION_NAMES = {
    "sedating_antihistamine": ["diphenhydramine", "Diphenhydramin", "Benadryl", "Vivinox",
                               "doxylamine", "Doxylamin", "Hoggar Night"],
    "serotonergic_antidepressant": ["sertraline", "Sertralin", "Zoloft", "citalopram",
                                    "Citalopram 20 mg", "escitalopram", "Cipralex",
                                    "fluoxetine", "Fluoxetin", "Prozac", "venlafaxine",
                                    "Venlafaxin", "Trevilor", "duloxetine", "Duloxetin",
                                    "Cymbalta", "amitriptyline", "Amitriptylin", "mirtazapine",
                                    "Mirtazapin", "Remeron"],
    "antipsychotic": ["quetiapine", "Quetiapin", "Seroquel", "olanzapine", "Olanzapin",
                      "Zyprexa", "risperidone", "Risperidon", "haloperidol", "Haloperidol"],
    "dopamine_blocking_antiemetic": ["metoclopramide", "Metoclopramid", "Paspertin", "MCP",
                                     "MCP-ratiopharm", "prochlorperazine"],
    "melatonin": ["melatonin", "Melatonin", "Circadin"],
}


@pytest.mark.parametrize(
    ("key", "name"), [(k, n) for k, names in CAUTION_NAMES.items() for n in names]
)
@pytest.mark.parametrize("kind", ["medication", "custom"])
def test_caution_classes_are_recognised_in_english_and_german(
    guidance: Guidance, key: str, name: str, kind: str
) -> None:
    fields = {"name": f"{name} abends"} if kind == "medication" else {"title": f"Take {name}"}
    step = template_step(kind, guidance, **fields)
    assert [c.key for c in worsening_cautions(step, guidance)] == [key]
    (text,) = cautions_for_new_step(step, guidance)
    assert "Do not stop or change a prescribed medicine yourself; ask your prescriber." in text
    assert text.endswith(")")  # the readable citation


@pytest.mark.parametrize("name", ["SERTRALIN", "sertralin", "Sértraline", "MIRTAZAPINE"])
def test_names_match_whatever_the_case_or_accents(guidance: Guidance, name: str) -> None:
    step = template_step("medication", guidance, name=name)
    assert [c.key for c in worsening_cautions(step, guidance)] == [
        "serotonergic_antidepressant"]


@pytest.mark.parametrize(
    "name", ["Bupropion", "Wellbutrin", "Elontril", "Pramipexol", "Gabapentin",
             "Sertralinex", "Doxylaminated", "Ibuprofen"],
)
def test_other_medicines_and_partial_words_get_no_caution(guidance: Guidance, name: str) -> None:
    step = template_step("medication", guidance, name=name)
    assert worsening_cautions(step, guidance) == []


@pytest.mark.parametrize(
    ("name", "group"),
    [("Doxycyclin", "tetracycline"), ("Doxycyclin 100 mg", "tetracycline"),
     ("Minocyclin", "tetracycline"), ("Tetracyclin", "tetracycline"),
     ("Ciprofloxacin", "fluoroquinolone"), ("Ciprobay", "fluoroquinolone"),
     ("Levofloxacin", "fluoroquinolone"), ("Moxifloxacin", "fluoroquinolone"),
     ("Alendronsäure", "bisphosphonate"), ("Alendronsaeure", "bisphosphonate"),
     ("ALENDRONSÄURE 70 mg", "bisphosphonate"), ("Risedronat", "bisphosphonate"),
     ("Ibandronsäure", "bisphosphonate")],
)
def test_spacing_groups_know_german_names(guidance: Guidance, name: str, group: str) -> None:
    step = template_step("medication", guidance, name=name)
    found = interaction_group(step, guidance)
    assert found is not None and found.key == group
