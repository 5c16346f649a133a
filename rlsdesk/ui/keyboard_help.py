"""rlsdesk's keyboard shortcuts in one list, for the About page (and the sections' hint)."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from rlsdesk.text.i18n import fill, translate
from rlsdesk.ui.calm import set_scaled

#: How many sections the Alt+number keys open (the main window's first nine at most).
SECTION_KEYS = 6


def key_name(keys: str | QKeySequence.StandardKey) -> str:
    """A key as this desktop writes it ("Alt+1", "Ctrl+Z")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def section_key(index: int) -> str:
    """The key that opens the section at ``index`` (0-based): "Alt+1"."""
    return key_name(f"Alt+{index + 1}")


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), in the order a person meets them."""
    return [
        (fill(translate("KeyboardHelp", "%1 to %2"), section_key(0), section_key(SECTION_KEYS - 1)),
         translate("KeyboardHelp", "Open Tonight, Routine, Diary, Insights, Settings, About")),
        (key_name("Tab") + ", " + key_name("Shift+Tab"),
         translate("KeyboardHelp", "Next or previous field; each field is one stop")),
        (translate("KeyboardHelp", "Digits"),
         translate("KeyboardHelp", "In a time field: type 2345 for 23:45")),
        (key_name("Left") + " " + key_name("Right"),
         translate("KeyboardHelp",
                   "Choose how bad the night was; move between hours and minutes")),
        (key_name("Ctrl+N"), translate("KeyboardHelp", "Routine: add a step")),
        (key_name("Return"), translate("KeyboardHelp", "Routine: edit the chosen step")),
        (key_name("Ctrl+Up") + ", " + key_name("Ctrl+Down"),
         translate("KeyboardHelp", "Routine: move the chosen step")),
        (key_name(QKeySequence.StandardKey.Delete),
         translate("KeyboardHelp", "Routine: delete the chosen step")),
        (key_name(QKeySequence.StandardKey.Undo),
         translate("KeyboardHelp", "Routine: undo the delete")),
        (key_name(QKeySequence.StandardKey.Close),
         translate("KeyboardHelp", "Close the window (rlsdesk stays in the tray)")),
    ]


def keyboard_help(parent: QWidget | None = None) -> tuple[QLabel, QLabel]:
    """A heading and the list, as two labels."""
    heading = QLabel(translate("KeyboardHelp", "Keyboard"), parent)
    heading.setObjectName("sectionHeading")
    set_scaled(heading, 1.2, bold=True)
    rows = "".join(
        f"<tr><td style='padding-right:16px'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
        for keys, what in shortcut_rows())
    markup = "<table>" + rows + "</table>"  # every word in it was translated above
    table = QLabel(markup, parent)
    table.setObjectName("keyboardHelp")
    table.setWordWrap(True)
    table.setAccessibleName(translate("KeyboardHelp", "Keyboard shortcuts"))
    return heading, table
