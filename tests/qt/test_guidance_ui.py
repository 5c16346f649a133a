"""Where the person meets the guidance: About (never a dose, iron, questions for the
clinician, full citations), the template picker and the step editor (evidence level beside
the reason), in English and in German."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from rlsdesk.domain.kinds import StepKind
from rlsdesk.services.evening import load_guidance
from rlsdesk.ui.guidance_text import TRANSLATABLE
from rlsdesk.ui.pages.about_page import AboutPage
from rlsdesk.ui.step_editor import StepEditor
from rlsdesk.ui.step_text import evidence_label
from rlsdesk.ui.template_picker import TemplatePicker, template_choices

GUIDANCE = load_guidance()


def about_text(page: AboutPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_every_shown_guidance_text_can_be_translated() -> None:
    shown = [GUIDANCE.safety.notes["iron"].text, GUIDANCE.clinician_intro.text,
             *(q.text for q in GUIDANCE.clinician_questions)]
    missing = [t for t in shown if t not in TRANSLATABLE]
    assert not missing, "copy these into rlsdesk/ui/guidance_text.py, then make translations"


def test_evidence_words_match_the_data() -> None:
    for key, english in GUIDANCE.evidence_levels.items():
        assert evidence_label(key, english) == english  # no catalog loaded: English


def test_about_says_no_dose_and_shows_iron_questions_and_full_sources(qtbot, tmp_path: Path):
    page = AboutPage(tmp_path, guidance=GUIDANCE)
    qtbot.addWidget(page)
    text = about_text(page)
    assert "never suggests a dose, a product or a change to a medicine" in text
    assert "75 ng/mL" in page.iron.text() and "Winkelman et al." in page.iron.text()
    assert "Questions for your clinician" in text
    questions = "\n".join(label.text() for label in page.questions)
    for words in ("24 hours", "morning", "transferrin saturation", "sleep apnoea",
                  "alcohol, nicotine or caffeine", "mirtazapine", "metoclopramide",
                  "ask your prescriber", "Source: Winkelman et al., J Clin Sleep Med 2025"):
        assert words in questions, words
    sources = [page.sources.item(i).text() for i in range(page.sources.count())]
    assert any("doi:10.5664/jcsm.11390" in s for s in sources)
    assert any(s.startswith("NHS (National Health Service, UK). Restless legs syndrome. https://")
               for s in sources)
    assert any("Whittom S" in s and "Sleep Med. 2010;11(4):351-355" in s for s in sources)
    assert not any("source notes" in s or s.lower().startswith("your ") for s in sources)


def test_about_in_german(german, qtbot, tmp_path: Path) -> None:
    page = AboutPage(tmp_path, guidance=GUIDANCE)
    qtbot.addWidget(page)
    text = about_text(page)
    assert "schlägt nie eine Dosis, ein Produkt oder eine Änderung" in text
    assert "Fragen für Ihre Ärztin oder Ihren Arzt" in text
    assert "Ferritin" in page.iron.text() and "Quelle: Winkelman et al." in page.iron.text()
    assert all("Quelle:" in label.text() for label in page.questions)
    assert "Mirtazapin" in "\n".join(label.text() for label in page.questions)


def test_picker_shows_each_template_with_its_evidence_level(qtbot) -> None:
    picker = TemplatePicker(GUIDANCE)
    qtbot.addWidget(picker)
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert len(texts) == len(template_choices(GUIDANCE))
    assert all("\nEvidence: " in t and "\nSources: " in t for t in texts)
    magnesium = next(t for t in texts if t.startswith("Magnesium"))
    assert "Evidence: small studies, mixed results." in magnesium
    assert "Marshall et al., Sleep Med Rev 2019" in magnesium
    assert "mg" not in magnesium.replace("Magnesium", "")  # no amount anywhere
    bath = next(t for t in texts if "Warm bath" in t)
    assert "Evidence: patient-guidance advice, not trial-tested." in bath


@pytest.mark.parametrize("kind", [StepKind.MAGNESIUM, StepKind.BATH])
def test_picker_and_editor_in_german(german, qtbot, kind: StepKind) -> None:
    editor = StepEditor(GUIDANCE, kind=kind)
    qtbot.addWidget(editor)
    why = editor.findChild(QLabel, "stepWhy").text()
    expected = {StepKind.MAGNESIUM: "Belege: kleine Studien, uneinheitliche Ergebnisse.",
                StepKind.BATH: "Belege: Rat aus Patienteninformationen, nicht in Studien geprüft."}
    assert expected[kind] in why and "Quellen: " in why
    if kind is StepKind.MAGNESIUM:
        assert editor.dose.text() == "nicht eingetragen"
        editor.save_button.click()
        assert "schlägt nie eine vor" in editor.error_text("dose_mg")
