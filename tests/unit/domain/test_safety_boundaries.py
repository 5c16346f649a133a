"""Every safety limit at, just under and just over its value, and the words a person reads.

Found by mutation testing (`make mutation`): these are the places where a changed `>` or a
lost value went unnoticed. The figures come from resources/guidance.json (350 mg a day
upper limit, 600 mg laxative level, magnesium 2 h after or 4 h before an antibiotic or a
bisphosphonate; NIH Office of Dietary Supplements, magnesium fact sheet).
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.safety import (
    cautions_for_new_step,
    interaction_group,
    magnesium_total_warnings,
    spacing_ok,
)

BERLIN = ZoneInfo("Europe/Berlin")
MEDICINE = datetime(2025, 6, 18, 20, 0, tzinfo=BERLIN)


def test_the_guidance_figures_these_tests_are_written_for(guidance: Guidance) -> None:
    s = guidance.safety
    assert (s.magnesium_upper_limit_mg, s.magnesium_laxative_mg) == (350, 600)
    assert (s.spacing_after_hours, s.spacing_before_hours) == (2, 4)


@pytest.mark.parametrize(("total", "codes"), [
    (0, []),
    (349, []),
    (350, []),  # at the upper limit is not above it
    (351, ["magnesium_upper_limit"]),
    (599, ["magnesium_upper_limit"]),
    (600, ["magnesium_upper_limit", "magnesium_laxative"]),  # "at the laxative level"
    (601, ["magnesium_upper_limit", "magnesium_laxative"]),
])
def test_magnesium_total_at_under_and_over_each_limit(
    guidance: Guidance, total: int, codes: list[str]
) -> None:
    assert [w.code for w in magnesium_total_warnings(total, guidance)] == codes


def test_each_magnesium_warning_carries_its_total_limit_words_and_source(
    guidance: Guidance,
) -> None:
    upper, laxative = magnesium_total_warnings(650, guidance)
    s = guidance.safety
    assert (upper.total_mg, upper.limit_mg) == (650, 350)
    assert (laxative.total_mg, laxative.limit_mg) == (650, 600)
    assert upper.text == s.magnesium_upper_limit_text.format(total_mg=650, limit_mg=350)
    assert "650 mg" in upper.text and "350 mg" in upper.text
    assert laxative.text.startswith("Tonight's magnesium adds up to 650 mg.")
    assert "diarrhoea" in laxative.text
    assert upper.source == s.magnesium_upper_limit_source
    assert laxative.source == s.magnesium_laxative_source
    assert "Office of Dietary Supplements" in laxative.source
    assert str(laxative) == f"{laxative.text} ({laxative.source})"


def test_a_laxative_text_that_names_the_limit_gets_the_limit(
    guidance_doc: dict, sources_doc: dict
) -> None:
    """The wording is data: a translation or a revised text may say the limit too."""
    doc = copy.deepcopy(guidance_doc)
    doc["safety"]["magnesium"]["laxative"]["text"] = "{total_mg} mg tonight, at {limit_mg} mg."
    edited = Guidance.from_document(doc, sources_doc)
    (_, laxative) = magnesium_total_warnings(600, edited)
    assert laxative.text == "600 mg tonight, at 600 mg."


@pytest.mark.parametrize(("magnesium", "ok"), [
    (MEDICINE + timedelta(hours=2), True),  # exactly 2 h after
    (MEDICINE + timedelta(hours=2) - timedelta(minutes=1), False),
    (MEDICINE + timedelta(hours=2, minutes=1), True),
    (MEDICINE - timedelta(hours=4), True),  # exactly 4 h before
    (MEDICINE - timedelta(hours=4) + timedelta(minutes=1), False),
    (MEDICINE - timedelta(hours=4, minutes=1), True),
    (MEDICINE - timedelta(hours=3), False),  # 3 h apart is enough after, not before
    (MEDICINE + timedelta(hours=3), True),
    (MEDICINE, False),
])
def test_spacing_at_under_and_over_each_bound(
    guidance: Guidance, magnesium: datetime, ok: bool
) -> None:
    assert spacing_ok(magnesium, MEDICINE, guidance) is ok
    # the same instants written in another zone: the rule compares instants
    assert spacing_ok(magnesium.astimezone(UTC), MEDICINE, guidance) is ok


def test_the_antibiotic_caution_a_person_reads(guidance: Guidance) -> None:
    s = guidance.safety
    doxy = template_step("medication", guidance, name="Doxycycline", title="Antibiotic")
    (caution,) = cautions_for_new_step(doxy, guidance)
    assert caution == (
        "Doxycycline is one of the tetracycline antibiotics: keep magnesium at least 2 h "
        f"after it or 4 h before it. ({s.spacing_source})"
    )
    assert "Office of Dietary Supplements" in caution


def test_a_medicine_is_recognised_by_its_title_and_named_by_its_name(
    guidance: Guidance,
) -> None:
    step = template_step("medication", guidance, name="My tablets", title="Cipro 500")
    assert interaction_group(step, guidance) is not None
    (caution,) = cautions_for_new_step(step, guidance)
    assert caution.startswith("My tablets is one of the fluoroquinolone antibiotics:")


@pytest.mark.parametrize(("dose", "warned"), [(350, []), (351, ["350 mg"]),
                                              (600, ["350 mg", "diarrhoea"])])
def test_the_step_editor_warns_a_single_dose_over_a_limit(
    guidance: Guidance, dose: int, warned: list[str]
) -> None:
    step = template_step("magnesium", guidance, dose_mg=dose, form="citrate")
    kidney, *totals = cautions_for_new_step(step, guidance)
    assert "kidney disease" in kidney
    assert len(totals) == len(warned)
    for text, words in zip(totals, warned, strict=True):
        assert words in text and f"{dose} mg" in text
        assert text.endswith(f"({guidance.safety.magnesium_upper_limit_source})")
