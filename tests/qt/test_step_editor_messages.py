"""The step editor's messages: only once a field was touched or Save was tried, under the
field, as wide as the row, covering nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rlsdesk.domain.kinds import StepKind
from rlsdesk.services.evening import load_guidance
from rlsdesk.ui.step_editor import StepEditor


def open_editor(qtbot, kind: StepKind = StepKind.MAGNESIUM) -> StepEditor:
    editor = StepEditor(load_guidance(), kind=kind)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_nothing_is_said_before_the_person_acts(qtbot) -> None:
    editor = open_editor(qtbot)
    assert editor.step() is None, "a new magnesium step has no dose yet"
    assert editor.shown_errors() == {}, "no 'please fill this in' on a fresh form"
    assert editor.save_button.isEnabled(), "Save can be tried"


def test_leaving_a_field_says_what_it_needs(qtbot) -> None:
    editor = open_editor(qtbot)
    editor.dose.setFocus()
    qtbot.keyClick(editor.dose, Qt.Key.Key_Tab)  # through the dose without entering one
    assert "rlsdesk never suggests one" in editor.error_text("dose_mg")


def test_save_shows_the_problem_under_its_field_and_goes_there(qtbot) -> None:
    editor = open_editor(qtbot)
    editor.title_edit.setFocus()
    editor.save_button.click()
    assert not editor.result(), "not saved"
    message = editor.findChild(type(editor._errors["dose_mg"]), "error:dose_mg")
    assert message is not None and not message.isHidden()
    assert message.is_problem() and editor.dose.hasFocus()
    field_bottom = editor.dose.mapTo(editor, editor.dose.rect().bottomLeft()).y()
    message_top = message.mapTo(editor, message.rect().topLeft()).y()
    assert message_top > field_bottom, "under the field, not over it"
    assert message.width() > editor.dose.width(), "as wide as the row: it wraps less"
    assert message.height() >= message.heightForWidth(message.width()), "not cut off"
    editor.dose.setValue(150)
    assert editor.error_text("dose_mg") == ""
    assert "form named on the label" in editor.error_text("form"), "the next thing to fix"
