"""The check-in's row of trigger chips: one checkable chip per trigger the person has not
hidden (built in, then their own), and a "Your triggers" menu to add, rename, hide or show
again their own and hide built-in ones. Reached with Tab; Space ticks a chip."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.triggers import MAX_TRIGGER_NAME
from rlsdesk.services.diary import DiaryService
from rlsdesk.text.i18n import fill
from rlsdesk.text.problem_text import problem_text
from rlsdesk.text.trigger_text import trigger_label
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.flow import FlowLayout
from rlsdesk.ui.inline_note import InlineNote


@guard_overrides
class TriggerChips(QWidget):
    toggled = Signal()        # a chip was ticked or unticked
    list_changed = Signal()   # a trigger was added, renamed, hidden or shown

    def __init__(self, service: DiaryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("triggerChips")
        self.chips: dict[str, QPushButton] = {}
        self._selected: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._row = FlowLayout(spacing=6)  # as many chips a line as fit, then the next
        outer.addLayout(self._row)
        self.manage_button = QPushButton(self.tr("Your triggers…"))
        self.manage_button.setAccessibleName(self.tr("Add, rename, hide or show triggers"))
        self.manage_menu = QMenu(self)
        self.manage_menu.aboutToShow.connect(self._fill_menu)
        self.manage_button.setMenu(self.manage_menu)
        self.status = InlineNote(self.tr("Your triggers result"))
        self.status.setObjectName("triggerStatus")
        outer.addWidget(self.status)  # under the chips and their menu
        self.reload()

    # --- state ----------------------------------------------------------------------------
    def selected(self) -> frozenset[str]:
        return frozenset(self._selected)

    def set_selected(self, names: Iterable[str]) -> None:
        """Tick exactly ``names`` (a hidden trigger the night has gets its chip back)."""
        self._selected = set(names)
        wanted = [c.name for c in self.service.trigger_choices()
                  if not c.hidden or c.name in self._selected]
        if wanted != list(self.chips):  # a hidden one the night has comes (or goes)
            self.reload()
        for name, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(name in self._selected)
            chip.blockSignals(False)

    def reload(self) -> None:
        """Build the chips again from the stored list, keeping what is ticked."""
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.manage_button:
                widget.setParent(None)  # out of the focus chain now, not at deletion
                widget.deleteLater()
        self.chips = {}
        shown = [c for c in self.service.trigger_choices()
                 if not c.hidden or c.name in self._selected]
        known = {c.name for c in self.service.trigger_choices()}
        self._selected &= known
        for choice in shown:
            chip = QPushButton(trigger_label(choice.name))
            chip.setObjectName("triggerChip")
            chip.setCheckable(True)
            chip.setChecked(choice.name in self._selected)
            chip.setAccessibleName(fill(self.tr("Trigger: %1"), trigger_label(choice.name)))
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.toggled.connect(lambda on, n=choice.name: self._chip_toggled(n, on))
            self._row.addWidget(chip)
            self.chips[choice.name] = chip
        self._row.addWidget(self.manage_button)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Tab goes through the chips, then "Your triggers", from where the row stands in
        the form (new chips would otherwise come last in the window)."""
        before: QWidget | None = self.manage_button.previousInFocusChain()
        while (before is not None and before is not self.manage_button
               and before.parentWidget() is not None
               and not before.focusPolicy() & Qt.FocusPolicy.TabFocus):
            before = before.previousInFocusChain()  # Qt orders only focusable widgets
        widgets = [w for w in (before, *self.chips.values(), self.manage_button)
                   if w is not None]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def _chip_toggled(self, name: str, on: bool) -> None:
        (self._selected.add if on else self._selected.discard)(name)
        self.toggled.emit()

    # --- the person's own list -------------------------------------------------------------
    def _fill_menu(self) -> None:
        menu = self.manage_menu
        menu.clear()
        menu.addAction(self.tr("Add a trigger…"), self.ask_add)
        choices = self.service.trigger_choices()
        own = [c for c in choices if c.own]
        if own:
            rename = menu.addMenu(self.tr("Rename"))
            for choice in own:
                rename.addAction(choice.name, partial(self.ask_rename, choice.name))
        visible = [c for c in choices if not c.hidden]
        if visible:
            hide = menu.addMenu(self.tr("Hide"))
            for choice in visible:
                hide.addAction(trigger_label(choice.name),
                               partial(self.set_hidden, choice.name, True))
        hidden = [c for c in choices if c.hidden]
        if hidden:
            show = menu.addMenu(self.tr("Show again"))
            for choice in hidden:
                show.addAction(trigger_label(choice.name),
                               partial(self.set_hidden, choice.name, False))

    def ask_add(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add a trigger"),
            fill(self.tr("Name (up to %1 characters):"), MAX_TRIGGER_NAME))
        if ok:
            self.add(name)

    def ask_rename(self, old: str) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename a trigger"),
                                        fill(self.tr("New name for %1:"), old), text=old)
        if ok and name != old:
            self.rename(old, name)

    def add(self, name: str) -> bool:
        return self._change(lambda: self.service.add_trigger(name))

    def rename(self, old: str, new: str) -> bool:
        def do() -> None:
            clean = self.service.rename_trigger(old, new)
            if old in self._selected:
                self._selected = (self._selected - {old}) | {clean}
        return self._change(do)

    def set_hidden(self, name: str, hidden: bool) -> bool:
        return self._change(lambda: self.service.hide_trigger(name, hidden))

    def _change(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ValidationError as exc:
            self.status.problem(fill(self.tr("Not changed: %1"), problem_text(exc)))
            return False
        self.status.clear_note()
        self.reload()
        self.list_changed.emit()
        return True
