"""How every value field in rlsdesk behaves, set once for the whole application.

- **The wheel scrolls the page.** Qt lets the wheel step any combo box, spin box, time or
  date edit and slider under the pointer, so scrolling down a long page changes settings
  on the way. Such a field here reacts to the wheel only while it has the keyboard focus;
  otherwise the event goes on to the page around it, which scrolls. The wheel never gives
  such a field the focus either.
- **A time is typed as four digits.** Typing ``2345`` into a time field gives 23:45 wherever
  the cursor was (Qt types nothing into a section it has not selected): the digits fill the
  hours, then the minutes. One digit that cannot start a longer hour (``7``) is the hour.
- **The focus is clearly seen** (ui/focus_ring.py, installed with this).
- **One Tab stop per field.** Tab and Shift+Tab leave a date or time field (Qt would walk
  its day, month and year first); the arrow keys still move inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QScrollBar,
    QWidget,
)

from rlsdesk.ui.errors import guard_overrides

#: A time field's entry so far: "h" or "m" (where it began: the hours, or the minutes the
#: arrow keys moved to) and the digits typed; "" until a digit comes after other keys.
_TYPED = "rlsdeskTypedDigits"
_FROM_HOURS = "h"  # a field just focused or clicked: typing starts at the hours
_Section = QDateTimeEdit.Section


def is_value_field(widget: QObject) -> bool:
    """A field whose value the wheel would change: combo, spin, time/date edit, slider."""
    if isinstance(widget, QScrollBar):
        return False  # a scroll bar is there to be wheeled
    return isinstance(widget, QAbstractSpinBox | QComboBox | QAbstractSlider)


def is_time_field(widget: QObject) -> bool:
    """A time edit: hours and minutes, no date."""
    if not isinstance(widget, QDateTimeEdit):
        return False
    sections = widget.displayedSections()
    return bool(sections & _Section.HourSection) and not bool(sections & _Section.DateSections_Mask)


def typed_time(digits: str, start_minutes: bool,
               twelve_hour: bool) -> tuple[int | None, int | None, bool]:
    """Hours and minutes (None: not typed yet) from the digits typed so far, and whether the
    entry is complete. ``start_minutes``: the typing began in the minutes."""
    hour: int | None = None
    rest = digits
    if not start_minutes:
        first_max = 1 if twelve_hour else 2
        if len(rest) == 1 and int(rest) <= first_max:
            return int(rest), None, False  # 1 may become 10, 11 or 12
        if len(rest) >= 2 and int(rest[0]) <= first_max:
            two = int(rest[:2])
            fits = 1 <= two <= 12 if twelve_hour else two <= 23
            hour, rest = (two, rest[2:]) if fits else (int(rest[0]), rest[1:])
        else:
            hour, rest = int(rest[0]), rest[1:]
    if not rest:
        return hour, None, False
    if len(rest) == 1:
        tens = int(rest)
        return hour, tens, tens > 5  # 6 to 9 cannot start two digits of minutes
    return hour, min(int(rest[:2]), 59), True


@guard_overrides
class FieldManners(QObject):
    """Installed once on the QApplication (see :func:`install`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            return self._wheel(watched, event)
        if kind == QEvent.Type.KeyPress and isinstance(watched, QDateTimeEdit):
            assert isinstance(event, QKeyEvent)
            return self._key(watched, event)
        if kind == QEvent.Type.FocusIn and isinstance(watched, QDateTimeEdit):
            watched.setProperty(_TYPED, _FROM_HOURS)
        elif kind == QEvent.Type.MouseButtonPress:
            edit = watched.parent()
            if isinstance(edit, QDateTimeEdit):  # a click into the field's text
                edit.setProperty(_TYPED, _FROM_HOURS)
        elif kind == QEvent.Type.Polish and is_value_field(watched):
            assert isinstance(watched, QWidget)
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False

    @staticmethod
    def _wheel(watched: QObject, event: QEvent) -> bool:
        if not is_value_field(watched):
            return False
        assert isinstance(watched, QWidget)
        if watched.hasFocus():
            return False
        # Not for this field: the page around it scrolls (handed on here, since Qt passes
        # only the system's own wheel events on to the parents).
        area = _scroll_area_around(watched)
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)
        else:
            event.ignore()
        return True

    def _key(self, edit: QDateTimeEdit, event: QKeyEvent) -> bool:
        key = event.key()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.AltModifier
                                          | Qt.KeyboardModifier.MetaModifier))
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and plain:
            edit.setProperty(_TYPED, "")
            return _leave(edit, forward=key == Qt.Key.Key_Tab
                          and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        text = event.text()
        if not (plain and len(text) == 1 and text.isdigit() and text.isascii()
                and is_time_field(edit) and edit.isEnabled() and not edit.isReadOnly()):
            edit.setProperty(_TYPED, "")
            return False
        return self._type_digit(edit, text)

    @staticmethod
    def _type_digit(edit: QDateTimeEdit, digit: str) -> bool:
        typed = str(edit.property(_TYPED) or "")
        if not typed:  # a new entry: where the cursor is says hours or minutes
            start_minutes = edit.currentSection() == _Section.MinuteSection
            typed = "m" if start_minutes else "h"
        typed += digit
        twelve = bool(edit.displayedSections() & _Section.AmPmSection)
        hour, minute, complete = typed_time(typed[1:], typed[0] == "m", twelve)
        now = edit.time()
        new_hour = now.hour() if hour is None else hour
        if twelve and hour is not None:  # the half of the day stays as it was
            new_hour = hour % 12 + (12 if now.hour() >= 12 else 0)
        new_minute = now.minute() if minute is None else minute
        edit.setTime(QTime(new_hour, new_minute))
        if complete:
            edit.setProperty(_TYPED, "")
            edit.setSelectedSection(_Section.MinuteSection)
        else:
            edit.setProperty(_TYPED, typed)
            in_minutes = (typed[0] == "m" or minute is not None
                          or not _hour_may_grow(typed[1:], twelve))
            edit.setSelectedSection(
                _Section.MinuteSection if in_minutes else _Section.HourSection)
        return True


def _hour_may_grow(digits: str, twelve_hour: bool) -> bool:
    """True while the typed hour may still take a second digit."""
    return len(digits) == 1 and int(digits) <= (1 if twelve_hour else 2)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _leave(edit: QWidget, *, forward: bool) -> bool:
    """Move the focus to the next (or previous) field after ``edit``, as Tab does."""
    window = edit.window()
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(edit)
    while candidate is not None and candidate is not edit:
        if (candidate.window() is window and not edit.isAncestorOf(candidate)
                and candidate.focusProxy() is None and candidate.isEnabled()
                and candidate.isVisible()
                and candidate.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
            candidate.setFocus(Qt.FocusReason.TabFocusReason if forward
                               else Qt.FocusReason.BacktabFocusReason)
            return True
        candidate = step(candidate)
    return False  # nothing else takes the focus: Qt does what it does


_MANNERS: list[FieldManners] = []


def install(app: QApplication) -> FieldManners:
    """Install the one filter on ``app``, and the focus ring (again is harmless)."""
    from rlsdesk.ui import focus_ring

    if not _MANNERS:
        _MANNERS.append(FieldManners(app))
        app.installEventFilter(_MANNERS[0])
    focus_ring.install(app)
    return _MANNERS[0]
