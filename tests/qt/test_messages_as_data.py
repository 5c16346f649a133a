"""The domain says what is wrong, or what the plan and the diary show, as codes with values;
the window words them in the person's language. Nothing that used to leak through in
English (validation problems, plan notes, the Insights summaries) does in German."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

import rlsdesk
from rlsdesk.domain.diary import NightEntry, NightImport, parse_night, parse_quick_logs
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.guidance import template_step
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.parsing import parse_date, parse_moment, parse_time
from rlsdesk.domain.peak import estimate_peak
from rlsdesk.domain.planner import NoteCode, plan_night
from rlsdesk.domain.routine import Anchor, Step, Stretch, routine_from_document
from rlsdesk.domain.text_rules import check_text
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening, load_guidance
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.text.plan_text import note_text, plan_warning_texts
from rlsdesk.text.problem_text import problem_text
from rlsdesk.ui.pages.insights_page import InsightsPage
from rlsdesk.ui.step_editor import StepEditor

BERLIN = ZoneInfo("Europe/Berlin")
GUIDANCE = load_guidance()


def english(translator: QTranslator, words: Callable[[], Any]) -> Any:
    """``words()`` as an English desktop sees it (the German catalog out for a moment)."""
    app = QCoreApplication.instance()
    assert app is not None
    app.removeTranslator(translator)
    try:
        return words()
    finally:
        app.installTranslator(translator)


# --- every refusal has a code ---------------------------------------------------------------
def _raises_without_code(path: Path) -> Iterator[int]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                and getattr(node.exc.func, "id", None) == "ValidationError"):
            call = node.exc
            code = call.args[3] if len(call.args) > 3 else None
            named = isinstance(code, ast.Attribute) and code.attr != "UNSPECIFIED"
            if not named and not (isinstance(code, ast.Name) and code.id == "code"):
                yield call.lineno


def test_every_raise_in_the_domain_and_the_diary_file_names_a_code() -> None:
    package = Path(rlsdesk.__file__).parent
    paths = [*sorted((package / "domain").glob("*.py")), package / "formats" / "diary_csv.py"]
    missing = [f"{p.name}:{line}" for p in paths for line in _raises_without_code(p)]
    assert missing == []


def _bad_inputs() -> list[Callable[[], object]]:
    """Refusals the domain makes, one or more for each kind of problem a person can meet."""
    mg: dict[str, Any] = {"kind": StepKind.MAGNESIUM, "title": "Mg",
                          "anchor": Anchor.before_bed(30), "dose_mg": 200, "form": "citrate"}
    return [
        lambda: Step(**{**mg, "dose_mg": 99999}),
        lambda: Step(**{**mg, "dose_mg": "lots"}),
        lambda: Step(**{**mg, "dose_mg": None}),
        lambda: Step(**{**mg, "title": "  "}),
        lambda: Step(**{**mg, "title": "x" * 500}),
        lambda: Step(**{**mg, "title": "bell\x07"}),
        lambda: Step(**{**mg, "title": "two\nlines"}),
        lambda: Step(**{**mg, "title": "sneaky\u202e"}),
        lambda: Step(**{**mg, "days": frozenset()}),
        lambda: Step(**{**mg, "days": frozenset({9})}),
        lambda: Step(**{**mg, "form": "powder"}),
        lambda: Step(**{**mg, "cycles": 3}),
        lambda: Step(kind=StepKind.MEDICATION, title="Pill", anchor=Anchor.before_onset(30),
                     name="Pill"),
        lambda: Step(kind=StepKind.STRETCHING, title="S", anchor=Anchor.before_bed(30),
                     stretches=()),
        lambda: Stretch("calves", 99999),
        lambda: Step(kind=StepKind.STRETCHING, title="S", anchor=Anchor.before_bed(30),
                     stretches=("not-a-stretch",)),
        lambda: NightEntry(date(2026, 1, 1), 11),
        lambda: NightEntry(date(2026, 1, 1), 4, sleep_hours=30),
        lambda: NightEntry(date(2026, 1, 1), 4, note="n" * 5000),
        lambda: parse_night("1850-01-01"),
        lambda: parse_date("2026-02-30"),
        lambda: parse_date("21.11.2026"),
        lambda: parse_time("9:30"),
        lambda: parse_time("25:00"),
        lambda: parse_moment("2026-11-21", "at", BERLIN),
        lambda: parse_moment("2026-03-29 02:30", "at", BERLIN),
        lambda: parse_quick_logs("soon"),
        lambda: parse_quick_logs("01:30+99:00"),
        lambda: check_text(3, "note", multiline=True),
        lambda: routine_from_document({"format": "other"}),
        lambda: routine_from_document([]),
    ]


def test_every_refusal_is_worded_in_german_from_its_code(german: QTranslator) -> None:
    seen: set[ProblemCode] = set()
    refusals = 0
    for attempt in _bad_inputs():
        try:
            attempt()
        except ValidationError as err:
            refusals += 1
            assert err.code is not ProblemCode.UNSPECIFIED, str(err)
            seen.add(err.code)
            german_words = problem_text(err)
            english_words = english(german, lambda err=err: problem_text(err))
            assert german_words != english_words, (str(err), german_words)
            assert err.problem not in german_words  # never the domain's English
    assert refusals == len(_bad_inputs())  # each one is refused
    assert len(seen) >= 20


@pytest.mark.parametrize("code", [c for c in ProblemCode if c is not ProblemCode.UNSPECIFIED])
def test_each_code_has_german_words(german: QTranslator, code: ProblemCode) -> None:
    params = {"min": 1, "max": 9, "unit": "mg", "kind": "magnesium", "choices": ("a", "b"),
              "char": "U+0007", "zone": "Europe/Berlin", "night": date(2026, 3, 28),
              "earliest": date(1900, 1, 1), "latest": date(2028, 11, 23),
              "expected": "object"}
    err = ValidationError("field", "value", "is English", code, **params)
    words = problem_text(err)
    assert words and words != english(german, lambda: problem_text(err))
    assert "is English" not in words


# --- the step editor ------------------------------------------------------------------------
def test_the_step_editor_words_problems_in_german(qtbot, german: QTranslator) -> None:
    editor = StepEditor(GUIDANCE, kind=StepKind.MAGNESIUM)
    qtbot.addWidget(editor)
    editor.title_edit.clear()
    assert editor.error_text("title") == "Bitte füllen Sie dieses Feld aus."
    editor.title_edit.setText("Magnesium")
    editor.dose.setValue(150)
    editor.title_edit.setText("x" * 200)
    assert "höchstens" in editor.error_text("title") and "Zeichen" in editor.error_text("title")


# --- Tonight's notes ------------------------------------------------------------------------
def test_dst_safety_caution_and_caffeine_notes_are_german(german: QTranslator) -> None:
    night = date(2025, 3, 29)  # Berlin: 02:00-03:00 does not exist
    steps = [
        Step(kind=StepKind.CUSTOM, title="Odd hour", anchor=Anchor.at(time(2, 30)), id=1),
        template_step("medication", GUIDANCE, name="Doxycycline", anchor=Anchor.at(time(19, 0)),
                      id=2),
        template_step("magnesium", GUIDANCE, dose_mg=400, form="citrate",
                      anchor=Anchor.at(time(20, 0)), id=3),
        template_step("medication", GUIDANCE, name="Unisom", anchor=Anchor.at(time(21, 0)),
                      id=4),
        template_step("sleep_hygiene", GUIDANCE, item="caffeine_cutoff",
                      anchor=Anchor.before_bed(120), id=5),
    ]
    plan = plan_night(steps, estimate_peak([], GUIDANCE), time(23, 0), night, BERLIN,
                      guidance=GUIDANCE)
    notes = {n.code: n for s in plan.steps for n in s.notes}
    assert {NoteCode.CLOCK_SKIPPED, NoteCode.SPACING_MOVED, NoteCode.CAUTION,
            NoteCode.CAFFEINE_LATE} <= set(notes)
    assert note_text(notes[NoteCode.CLOCK_SKIPPED]) == (
        "02:30 gibt es heute Nacht nicht (die Uhren werden vorgestellt); verschoben auf 03:00.")
    moved = note_text(notes[NoteCode.SPACING_MOVED])
    assert moved.startswith("Um ") and "Min. nach hinten verschoben" in moved
    assert "Koffein" in note_text(notes[NoteCode.CAFFEINE_LATE])
    warnings = plan_warning_texts(plan)
    assert [w.code for w in plan.warnings] == [NoteCode.MAGNESIUM_UPPER_LIMIT]
    assert warnings[0].startswith("Das Magnesium heute Abend ergibt zusammen 400 mg")


# --- the Insights page ----------------------------------------------------------------------
@pytest.fixture
def diary(data_paths: DataPaths) -> Iterator[DiaryService]:
    now = datetime(2026, 11, 21, 9, 0, tzinfo=BERLIN)
    store = open_store(data_paths)
    evening = Evening(store, lambda: BERLIN, lambda: now)
    evening.ensure_routine()
    service = DiaryService(evening)
    steps = [s.id for s in service.steps()]
    last = date(2026, 11, 20)
    items = []
    for i in range(40):
        night = last - timedelta(days=39 - i)
        items.append(NightImport(night, NightEntry(night, 3 + i % 5, time(22, 15)), (),
                                 frozenset(steps[: 1 + i % 3])))
    service.replace_nights(items)
    yield service
    store.close()


def test_the_insights_summaries_are_german(qtbot, qapp: QApplication, german: QTranslator,
                                           diary: DiaryService) -> None:
    page = InsightsPage(diary)
    qtbot.addWidget(page)
    page.reload()
    assert page.period.text().endswith("40 Nächte von 90 eingetragen")
    summaries = [panel.summary.text() for panel in page.charts]
    joined = "\n".join(summaries) + "\n" + page.adherence.text()
    for english_start in ("Severity:", "Onset:", "Calendar:", "nights rated", "planned nights",
                          "points milder", "points worse", "no difference", "not enough"):
        assert english_start not in joined, joined
    assert "Stärke:" in joined and "Beginn:" in joined and "Kalender:" in joined
    assert "geplanten Nächten" in page.adherence.text()


def test_a_move_with_no_step_to_name_names_none(german: QTranslator) -> None:
    """A step moved with nothing in its way (a night the clocks cut short) says how far it
    moved, without an empty "to make room before “”"."""
    from rlsdesk.domain.planner import PlanNote

    earlier = PlanNote(NoteCode.MOVED_EARLIER, {"minutes": 1, "other": ""})
    later = PlanNote(NoteCode.MOVED_LATER, {"minutes": 3, "other": ""})
    assert note_text(earlier) == "Heute Abend 1 Min. früher als sonst."
    assert note_text(later) == "Heute Abend 3 Min. später als sonst."
    named = PlanNote(NoteCode.MOVED_EARLIER, {"minutes": 4, "other": "Warmes Bad"})
    assert note_text(named).endswith("um Platz vor „Warmes Bad“ zu lassen.")
