from __future__ import annotations

import copy
from datetime import time

import pytest

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.kinds import AnchorKind, SleepHygieneItem, StepKind
from rlsdesk.domain.routine import Anchor, Stretch
from rlsdesk.domain.safety import cautions_for_new_step, interaction_group, mentions


def test_every_kind_and_item_has_why_and_source(guidance: Guidance) -> None:
    assert set(guidance.kinds) == set(StepKind)
    assert set(guidance.sleep_hygiene) == set(SleepHygieneItem)
    for template in [*guidance.kinds.values(), *guidance.sleep_hygiene.values()]:
        assert template.why and template.source
        assert template.why_with_source.endswith(f"({template.source})")
    for key in ("calves", "hamstrings", "quadriceps", "hip_flexors"):
        assert guidance.stretches[key].source


def test_peak_default_is_cited(guidance: Guidance) -> None:
    assert guidance.peak.onset == time(21, 30)
    assert (guidance.peak.band_start, guidance.peak.band_end) == (time(0, 0), time(1, 0))
    assert "Trenkwalder" in guidance.peak.source and "Michaud" in guidance.peak.source


def test_safety_texts_have_sources(guidance: Guidance) -> None:
    s = guidance.safety
    assert s.magnesium_upper_limit_mg == 350
    assert "Office of Dietary Supplements" in s.magnesium_upper_limit_source
    assert s.magnesium_laxative_mg == 600
    assert (s.spacing_after_hours, s.spacing_before_hours) == (2, 4)
    assert {g.key for g in s.spacing_groups} == {
        "tetracycline",
        "fluoroquinolone",
        "bisphosphonate",
    }
    assert {c.key for c in s.cautions} == {
        "sedating_antihistamine", "serotonergic_antidepressant", "antipsychotic",
        "dopamine_blocking_antiemetic", "melatonin",
    }
    assert "Office of Dietary Supplements" in s.magnesium_kidney.source
    assert s.caffeine_cutoff_hours == 6
    assert "Drake" in s.caffeine_source


def test_template_steps_for_every_kind(guidance: Guidance) -> None:
    for kind in StepKind:
        extra = {"name": "Ropinirole"} if kind is StepKind.MEDICATION else (
            {"dose_mg": 100, "form": "citrate"} if kind is StepKind.MAGNESIUM else {})
        step = template_step(kind, guidance, **extra)
        assert step.kind is kind
        assert step.title


def test_template_defaults(guidance: Guidance) -> None:
    with pytest.raises(ValidationError) as err:  # the template presumes no dose
        template_step("magnesium", guidance)
    assert err.value.field == "dose_mg"
    mg = template_step("magnesium", guidance, dose_mg=120, form="glycinate")
    assert (mg.dose_mg, mg.form, mg.anchor) == (120, "glycinate", Anchor.before_onset(90))
    caffeine = template_step(StepKind.SLEEP_HYGIENE, guidance, item="caffeine_cutoff")
    assert caffeine.anchor == Anchor.before_bed(360)
    assert caffeine.item is SleepHygieneItem.CAFFEINE_CUTOFF
    assert caffeine.title == guidance.sleep_hygiene[SleepHygieneItem.CAFFEINE_CUTOFF].title
    stretching = template_step("stretching", guidance)
    assert [s.name for s in stretching.stretches] == [
        "calves",
        "hamstrings",
        "quadriceps",
        "hip_flexors",
    ]
    med = template_step("medication", guidance, name="Gabapentin enacarbil")
    assert med.title == "Gabapentin enacarbil"


def test_template_overrides(guidance: Guidance) -> None:
    step = template_step(
        "stretching", guidance, stretches=["calves", Stretch("ankle circles", 20)], minutes=6
    )
    assert step.stretches == (Stretch("calves", 60), Stretch("ankle circles", 20))
    assert step.minutes == 6
    clock = template_step("bath", guidance, anchor=Anchor.at(time(20, 0)))
    assert clock.anchor.kind is AnchorKind.CLOCK
    with pytest.raises(ValidationError) as err:
        template_step("magnesium", guidance, dose_mg=5000, form="citrate")
    assert err.value.field == "dose_mg"
    with pytest.raises(ValidationError) as err:
        template_step("medication", guidance)
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        template_step("juggling", guidance)
    assert err.value.field == "kind"


def test_guidance_document_errors_name_the_path(guidance_doc: dict, sources_doc: dict) -> None:
    doc = copy.deepcopy(guidance_doc)
    doc["kinds"]["bath"]["anchor"]["minutes"] = -3
    with pytest.raises(ValidationError) as err:
        Guidance.from_document(doc, sources_doc)
    assert err.value.field == "kinds.bath.anchor.minutes"
    doc = copy.deepcopy(guidance_doc)
    del doc["kinds"]["massage"]["sources"]
    with pytest.raises(ValidationError) as err:
        Guidance.from_document(doc, sources_doc)
    assert err.value.field == "kinds.massage.sources"
    doc = copy.deepcopy(guidance_doc)
    doc["safety"]["cautions"]["melatonin"]["sources"] = ["rlsdesk source notes"]
    with pytest.raises(ValidationError) as err:
        Guidance.from_document(doc, sources_doc)
    assert err.value.field == "safety.cautions.melatonin.sources"
    doc = copy.deepcopy(guidance_doc)
    doc["kinds"]["magnesium"]["params"] = {"dose_mg": 200}
    with pytest.raises(ValidationError) as err:
        Guidance.from_document(doc, sources_doc)
    assert err.value.field == "kinds.magnesium.params"
    doc = copy.deepcopy(guidance_doc)
    doc["kinds"]["bath"]["evidence"] = "proven"
    with pytest.raises(ValidationError) as err:
        Guidance.from_document(doc, sources_doc)
    assert err.value.field == "kinds.bath.evidence"


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("Doxycycline 100 mg", "tetracycline"),
        ("VIBRAMYCIN", "tetracycline"),
        ("minocin", "tetracycline"),
        ("Cipro", "fluoroquinolone"),
        ("levofloxacin", "fluoroquinolone"),
        ("Fosamax weekly", "bisphosphonate"),
        ("alendronic acid", "bisphosphonate"),
        ("Boniva", "bisphosphonate"),
        ("Pramipexole", None),
        ("Ciprodex-like", None),
        ("Tetracyclinex", None),
    ],
)
def test_interaction_groups_match_whole_words(
    guidance: Guidance, name: str, group: str | None
) -> None:
    step = template_step("medication", guidance, name=name)
    found = interaction_group(step, guidance)
    assert (found.key if found else None) == group


def test_mentions_is_case_insensitive_whole_word() -> None:
    assert mentions(["melatonin"], "Melatonin 3mg")
    assert not mentions(["melatonin"], "melatoninish")
    assert not mentions([], "anything")


def test_cautions_for_new_step(guidance: Guidance) -> None:
    benadryl = template_step("medication", guidance, name="Benadryl")
    assert any("antihistamines" in c.lower() for c in cautions_for_new_step(benadryl, guidance))
    melatonin = template_step("custom", guidance, title="Take melatonin")
    notes = cautions_for_new_step(melatonin, guidance)
    assert len(notes) == 1 and "Whittom" in notes[0]
    doxy = template_step("medication", guidance, name="doxycycline")
    assert any("Office of Dietary Supplements" in c for c in cautions_for_new_step(doxy, guidance))
    big = template_step("magnesium", guidance, dose_mg=650, form="oxide")
    assert len(cautions_for_new_step(big, guidance)) == 3  # kidney, upper limit, stomach
    small = template_step("magnesium", guidance, dose_mg=100, form="citrate")
    only = cautions_for_new_step(small, guidance)
    assert len(only) == 1 and "kidney disease" in only[0] and "clinician" in only[0]
    assert (
        cautions_for_new_step(template_step("bath", guidance, title="Melatonin bath"), guidance)
        == []
    )
