"""The Routine page over a real store: add, validate, edit, reorder, switch, delete, undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from rlsdesk.domain.guidance import template_step
from rlsdesk.domain.kinds import SleepHygieneItem, StepKind
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.ui.pages.routine_page import RoutinePage
from rlsdesk.ui.step_editor import StepEditor
from rlsdesk.ui.template_picker import TemplatePicker

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 10, 19, 0, tzinfo=BERLIN)


@pytest.fixture
def make_evening(data_paths):
    stores = []

    def build() -> Evening:
        store = open_store(data_paths)
        stores.append(store)
        return Evening(store, lambda: BERLIN, lambda: NOW)

    yield build
    for store in stores:
        store.close()


@pytest.fixture
def evening(make_evening) -> Evening:
    ev = make_evening()
    ev.ensure_routine()
    return ev


@pytest.fixture
def page(qtbot, evening) -> RoutinePage:
    widget = RoutinePage(evening)
    qtbot.addWidget(widget)
    widget.resize(980, 620)
    return widget


def editing(fill: Callable[[StepEditor], None], seen: list[StepEditor] | None = None):
    """A run_editor stand-in: fill the fields, then press Save (which saves only a valid
    step, and otherwise shows what to fix)."""

    def run(editor: StepEditor) -> int:
        fill(editor)
        if seen is not None:
            seen.append(editor)
        editor.save_button.click()
        return editor.result() if editor.step() is not None else QDialog.DialogCode.Rejected

    return run


def show_active(page: RoutinePage, qtbot) -> None:
    """Shortcuts need the page's window to be the active one."""
    from PySide6.QtWidgets import QApplication

    page.show()
    qtbot.waitExposed(page)
    page.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.list.setFocus()


def own_magnesium(evening: Evening, page: RoutinePage) -> int:
    """A magnesium step as a person enters it from their label (no routine starts with one)."""
    step_id = evening.add_step(template_step(StepKind.MAGNESIUM, evening.guidance,
                                             dose_mg=200, form="citrate"))
    page.reload()
    return step_id


def test_a_new_magnesium_step_starts_without_a_dose_or_form(page, evening) -> None:
    seen: list[StepEditor] = []
    page.run_editor = editing(lambda e: None, seen)
    before = len(evening.steps())
    page.add_from_template(StepKind.MAGNESIUM)
    editor = seen[0]
    assert editor.dose.value() == 0 and editor.dose.text() == "not entered"
    assert editor.form_combo.currentIndex() == -1
    assert "rlsdesk never suggests one" in editor.error_text("dose_mg"), "said once Save is tried"
    assert editor.step() is None
    assert len(evening.steps()) == before  # nothing saved without the person's own dose

    def fill(e: StepEditor) -> None:
        assert e.error_text("dose_mg") == "", "no message before anything was typed or tried"
        e.dose.setValue(150)
        assert e.error_text("form") == "", "the form is not touched yet"
        e.save_button.click()
        assert "form named on the label" in e.error_text("form")
        e.form_combo.setCurrentIndex(e.form_combo.findData("glycinate"))

    page.run_editor = editing(fill, seen)
    page.add_from_template(StepKind.MAGNESIUM)
    added = evening.steps()[-1]
    assert (added.kind, added.dose_mg, str(added.form)) == (StepKind.MAGNESIUM, 150, "glycinate")
    why = seen[-1].findChild(QLabel, "stepWhy").text()
    assert "Evidence: small studies, mixed results." in why and "Marshall" in why
    assert "kidney disease" in seen[-1].caution_text()


def titles(evening: Evening) -> list[str]:
    return [s.title for s in evening.steps()]


def test_lists_the_steps_in_order_with_kind_when_and_days(page, evening) -> None:
    assert page.step_ids() == [s.id for s in evening.steps()]
    caffeine = page.row_texts(0)
    assert caffeine == ["Last caffeine of the day", "Sleep habit", "6 h before bed", "Every day",
                        "16:30"]
    assert page.row_texts(1)[2] == "75 min before bed"
    stretches = titles(evening).index("Leg stretches")
    assert page.row_texts(stretches)[2] == "20 min before symptoms usually start"
    assert page.list.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
    contrast = titles(evening).index("Alternate warm and cool packs")
    assert page.list.topLevelItem(contrast).checkState(0) == Qt.CheckState.Unchecked


def test_add_from_the_template_picker_lists_why_and_source(page, evening) -> None:
    def pick(picker: TemplatePicker) -> int:
        texts = [picker.list.item(i).text() for i in range(picker.list.count())]
        assert any("Haghayegh" in t for t in texts)  # bath: why with its source
        assert any("Drake" in t for t in texts)  # a sleep habit, one by one
        picker.choose(StepKind.MASSAGE)
        return QDialog.DialogCode.Accepted

    page.run_picker = pick
    page.run_editor = editing(lambda e: None)
    changes: list[None] = []
    page.routine_changed.connect(lambda: changes.append(None))
    before = len(evening.steps())
    page.add_step()
    steps = evening.steps()
    assert len(steps) == before + 1
    assert steps[-1].kind is StepKind.MASSAGE
    assert steps[-1].title == "Leg massage"
    assert page.selected_id() == steps[-1].id
    assert changes == [None]


def test_add_a_sleep_habit_item(page, evening) -> None:
    page.run_editor = editing(lambda e: None)
    page.add_from_template(StepKind.SLEEP_HYGIENE, SleepHygieneItem.ALCOHOL_CUTOFF)
    added = evening.steps()[-1]
    assert added.item is SleepHygieneItem.ALCOHOL_CUTOFF
    assert added.title == "Last alcoholic drink"


@pytest.mark.parametrize(
    ("fill", "field", "words"),
    [
        (lambda e: e.dose.setValue(0), "dose_mg", "from the label or from your clinician"),
        (lambda e: e.dose.setValue(99999), "dose_mg", "from 1 to 1000 mg"),
        (lambda e: e.title_edit.clear(), "title", "fill this in"),
    ],
)
def test_invalid_edits_show_a_message_and_save_nothing(
    page, evening, make_evening, fill, field, words
) -> None:
    magnesium_id = own_magnesium(evening, page)
    before = evening.steps()
    page.select_step(magnesium_id)
    seen: list[StepEditor] = []
    changes: list[None] = []
    page.routine_changed.connect(lambda: changes.append(None))
    page.run_editor = editing(fill, seen)
    page.edit_selected()
    editor = seen[0]
    assert words in editor.error_text(field)
    assert list(editor.shown_errors()) == [field]
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.step() is None
    assert make_evening().steps() == before
    assert changes == []


def test_a_valid_edit_persists(page, evening, make_evening) -> None:
    magnesium = evening.step(own_magnesium(evening, page))
    assert magnesium is not None
    page.select_step(magnesium.id)

    def fill(editor: StepEditor) -> None:
        editor.title_edit.setText("Magnesium glycinate")
        editor.dose.setValue(150)
        editor.form_combo.setCurrentIndex(editor.form_combo.findData("glycinate"))
        editor.day_checks[6].setChecked(False)

    page.run_editor = editing(fill)
    page.edit_selected()
    saved = make_evening().step(magnesium.id)
    assert saved is not None
    assert (saved.title, saved.dose_mg) == ("Magnesium glycinate", 150)
    assert str(saved.form) == "glycinate"
    assert saved.days == frozenset(range(6))
    assert page.row_texts(page.step_ids().index(magnesium.id))[3] == "Mon, Tue, Wed, Thu, Fri, Sat"


def test_a_clock_anchor_is_saved(page, evening, make_evening) -> None:
    bath = next(s for s in evening.steps() if s.kind is StepKind.BATH)
    page.select_step(bath.id)

    def fill(editor: StepEditor) -> None:
        from PySide6.QtCore import QTime

        editor.anchor_combo.setCurrentIndex(editor.anchor_combo.findData("clock"))
        editor.anchor_time.setTime(QTime(19, 0))

    page.run_editor = editing(fill)
    page.edit_selected()
    saved = make_evening().step(bath.id)
    assert saved is not None and saved.anchor.clock is not None
    assert saved.anchor.clock.hour == 19
    assert page.row_texts(page.step_ids().index(bath.id))[2] in ("at 19:00", "at 7:00 PM")


def test_move_with_buttons_and_ctrl_arrows(page, evening, make_evening, qtbot) -> None:
    ids = [s.id for s in evening.steps()]
    page.select_step(ids[1])
    page.up_button.click()
    assert [s.id for s in make_evening().steps()][:2] == [ids[1], ids[0]]
    assert page.selected_id() == ids[1]
    show_active(page, qtbot)
    qtbot.keyClick(page.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in make_evening().steps()][:3] == [ids[0], ids[2], ids[1]]
    assert not page.up_button.isEnabled() or page.selected_id() == ids[1]


def test_disable_with_the_checkbox_and_the_button(page, evening, make_evening) -> None:
    first = evening.steps()[0]
    page.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    assert make_evening().step(first.id).enabled is False
    page.select_step(first.id)
    assert page.toggle_button.text() == "Turn on"
    page.toggle_button.click()
    assert make_evening().step(first.id).enabled is True


def test_delete_then_undo_restores_the_step_in_its_place(page, evening, make_evening, qtbot):
    before = evening.steps()
    victim = before[3]
    page.select_step(victim.id)
    page.delete_button.click()
    assert victim.title not in titles(make_evening())
    assert not page.undo_bar.isHidden()
    assert victim.title in page.undo_label.text()
    show_active(page, qtbot)
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after = make_evening().steps()
    assert [s.title for s in after] == [s.title for s in before]
    restored = after[3]
    assert {**vars_of(restored), "id": None} == {**vars_of(victim), "id": None}
    assert page.undo_bar.isHidden()


def vars_of(step) -> dict:
    return {name: getattr(step, name) for name in step.__slots__}


def test_melatonin_caution_is_shown_with_its_source(page, evening) -> None:
    seen: list[StepEditor] = []
    page.run_editor = editing(lambda e: e.name_edit.setText("Melatonin"), seen)
    page.add_from_template(StepKind.MEDICATION)
    editor = seen[0]
    assert "Melatonin may make restless legs worse" in editor.caution_text()
    assert "Whittom" in editor.caution_text()
    assert "ask your prescriber" in editor.caution_text()
    assert evening.steps()[-1].name == "Melatonin"
    assert evening.steps()[-1].title == "Melatonin"


def test_custom_step_naming_an_antihistamine_gets_a_caution(page) -> None:
    seen: list[StepEditor] = []
    page.run_editor = editing(lambda e: e.title_edit.setText("Benadryl"), seen)
    page.add_from_template(StepKind.CUSTOM)
    assert "antihistamines" in seen[0].caution_text()


def test_controls_have_accessible_names(page) -> None:
    from PySide6.QtWidgets import QAbstractButton

    for button in page.findChildren(QAbstractButton):
        assert button.accessibleName(), button.text()
    assert page.list.accessibleName()
    for button in (page.add_button, page.edit_button, page.delete_button):
        assert button.minimumHeight() >= 40


def test_tonight_column_is_the_time_the_reminder_comes_at(page, evening) -> None:
    """The Routine page shows tonight's planned time from the plan the reminders use, marked
    when it differs from the step's own, with the planner's note; a medicine never moves."""
    from datetime import time

    from rlsdesk.domain.guidance import template_step
    from rlsdesk.domain.routine import Anchor

    evening.set_times(bedtime=time(22, 30), usual_onset=time(21, 30))
    evening.add_step(template_step("magnesium", evening.guidance, title="Magnesium with dinner",
                                   anchor=Anchor.at(time(20, 0)), dose_mg=200, form="citrate"))
    med = template_step("medication", evening.guidance, name="Doxycycline",
                        anchor=Anchor.at(time(20, 0)))
    page.evening.add_step(med)
    page.reload()
    plan = {s.title: s for s in evening.plan().steps}
    magnesium = page.step_ids().index(next(s.id for s in evening.steps()
                                           if s.title == "Magnesium with dinner"))
    doxy = page.step_ids().index(next(s.id for s in evening.steps() if s.title == "Doxycycline"))
    assert page.row_texts(doxy)[4] == "20:00", "the medicine keeps its time"
    mg = plan["Magnesium with dinner"]
    # 2 h after the antibiotic, then 5 min on from the bedroom step already at 22:00
    assert mg.moved and mg.at.strftime("%H:%M") == "22:05"
    assert page.row_texts(magnesium)[4] == "22:05 (usually 20:00) ⚠"  # the move has a note
    contrast = titles(evening).index("Alternate warm and cool packs")
    assert page.row_texts(contrast)[4] == "not tonight"


def test_remind_even_in_do_not_disturb_is_saved_and_shown_quietly(
        page, evening, make_evening) -> None:
    bath = next(s for s in evening.steps() if s.kind is StepKind.BATH)
    page.select_step(bath.id)
    row = page.step_ids().index(bath.id)
    plain_when = page.row_texts(row)[2]
    seen: list[StepEditor] = []

    def tick(editor: StepEditor) -> None:
        assert not editor.through_dnd_check.isChecked()
        editor.through_dnd_check.setChecked(True)

    page.run_editor = editing(tick, seen)
    page.edit_selected()
    saved = make_evening().step(bath.id)
    assert saved is not None and saved.through_dnd
    assert seen[0].through_dnd_check.accessibleDescription().startswith("Sent as urgent")
    assert page.row_texts(row)[2] == f"{plain_when} · also in Do Not Disturb"
    assert "Do Not Disturb" in page._rows()[row].toolTip(2)

    def untick(editor: StepEditor) -> None:
        assert editor.through_dnd_check.isChecked()  # the editor shows the saved mark
        editor.through_dnd_check.setChecked(False)

    page.run_editor = editing(untick)
    page.edit_selected()
    saved = make_evening().step(bath.id)
    assert saved is not None and not saved.through_dnd
    assert page.row_texts(row)[2] == plain_when
