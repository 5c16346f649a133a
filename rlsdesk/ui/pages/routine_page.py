"""The Routine page: the evening's steps in order, to add, edit, reorder, switch and delete.

Every change goes through :class:`Evening`; ``routine_changed`` follows each saved change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.domain.kinds import SleepHygieneItem, StepKind
from rlsdesk.domain.planner import PlannedStep
from rlsdesk.domain.routine import Step
from rlsdesk.services.evening import Evening
from rlsdesk.text.dose_text import with_dose
from rlsdesk.text.i18n import fill
from rlsdesk.text.plan_text import note_text
from rlsdesk.text.timefmt import format_clock
from rlsdesk.ui.calm import PAGE_MARGIN, SPACING, big_button, heading, muted_text, set_muted
from rlsdesk.ui.columns import ColumnFitter
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.flow import FlowLayout
from rlsdesk.ui.step_editor import StepEditor
from rlsdesk.ui.step_text import anchor_text, days_text, kind_label
from rlsdesk.ui.template_picker import TemplatePicker

log = logging.getLogger(__name__)

ROW_HEIGHT = 44
ID_ROLE = Qt.ItemDataRole.UserRole
#: Tonight's time: the one the reminder comes at, from the plan the reminders use.
TONIGHT_COLUMN = 4
WHEN_COLUMN = 2


@dataclass(frozen=True, slots=True)
class _Deleted:
    step: Step
    position: int


@guard_overrides
class RoutinePage(QWidget):
    routine_changed = Signal()

    def __init__(self, evening: Evening, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evening = evening
        self.setObjectName("routinePage")
        # How dialogs are run; tests replace these to fill them in without a modal loop.
        self.run_editor: Callable[[StepEditor], int] = StepEditor.exec
        self.run_picker: Callable[[TemplatePicker], int] = TemplatePicker.exec
        self._deleted: list[_Deleted] = []
        self._loading = False

        intro = QLabel(
            self.tr("Your evening steps, in order. Untick a step to leave it out for now."), self
        )
        intro.setWordWrap(True)
        set_muted(intro)

        self.list = QTreeWidget(self)
        self.list.setObjectName("routineList")
        self.list.setAccessibleName(self.tr("Routine steps"))
        self.list.setAccessibleDescription(
            self.tr("Space turns a step on or off; Enter edits it; Ctrl+Up and Ctrl+Down move it")
        )
        self.list.setColumnCount(5)
        self.list.setHeaderLabels(
            [self.tr("Step"), self.tr("Kind"), self.tr("When"), self.tr("Days"),
             self.tr("Tonight")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAllColumnsShowFocus(True)
        # columns share the list's width; a cell too long ends in "…", whole in its tooltip
        self._columns = ColumnFitter(self.list, stretch=WHEN_COLUMN)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.edit_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = big_button(
            self.tr("Add step…"), self.tr("Add a step"),
            self.tr("Choose a kind of step to add (Ctrl+N)"), self,
        )
        self.edit_button = big_button(
            self.tr("Edit…"), self.tr("Edit the selected step"), self.tr("Enter"), self
        )
        self.up_button = big_button(
            self.tr("Move up"), self.tr("Move the selected step up"), self.tr("Ctrl+Up"), self
        )
        self.down_button = big_button(
            self.tr("Move down"), self.tr("Move the selected step down"),
            self.tr("Ctrl+Down"), self,
        )
        self.toggle_button = big_button(
            self.tr("Turn off"), self.tr("Turn the selected step on or off"),
            self.tr("Space in the list"), self,
        )
        self.delete_button = big_button(
            self.tr("Delete"), self.tr("Delete the selected step"),
            self.tr("Delete key; Ctrl+Z brings it back"), self,
        )
        self.add_button.clicked.connect(self.add_step)
        self.edit_button.clicked.connect(self.edit_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setAccessibleName(self.tr("Deleted step"))
        self.undo_button = big_button(
            self.tr("Undo"), self.tr("Undo the delete"), self.tr("Ctrl+Z"), self.undo_bar
        )
        self.undo_button.clicked.connect(self.undo_delete)
        self.dismiss_button = big_button(
            self.tr("Dismiss"), self.tr("Hide this message"), "", self.undo_bar
        )
        self.dismiss_button.clicked.connect(self._dismiss_undo)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(12, 6, 6, 6)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.dismiss_button)
        self.undo_bar.hide()

        buttons = FlowLayout(spacing=10)  # wraps onto a second line when it must
        for index, button in enumerate((
            self.add_button, self.edit_button, self.up_button, self.down_button,
            self.toggle_button, self.delete_button,
        )):
            if index in (2, 4):
                buttons.addSpacing(SPACING)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(self.tr("Routine"), self))
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_bar)

        self._shortcut("Ctrl+Up", lambda: self.move_selected(-1))
        self._shortcut("Ctrl+Down", lambda: self.move_selected(1))
        self._shortcut(QKeySequence.StandardKey.Undo, self.undo_delete)
        self._shortcut(QKeySequence.StandardKey.New, self.add_step)
        self._shortcut(QKeySequence.StandardKey.Delete, self.delete_selected, self.list)
        self._shortcut("Return", self.edit_selected, self.list)
        self._shortcut("Enter", self.edit_selected, self.list)

        QWidget.setTabOrder(self.list, self.add_button)
        previous: QWidget = self.add_button
        for widget in (
            self.edit_button, self.up_button, self.down_button, self.toggle_button,
            self.delete_button, self.undo_button, self.dismiss_button,
        ):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.reload()

    # --- reading -----------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        self._loading = True
        try:
            self.list.clear()
            for step in self.evening.steps():
                shown = with_dose(step.title, step)
                when = anchor_text(step.anchor)
                if step.through_dnd:  # quietly: the step editor says what it means
                    when = fill(self.tr("%1 · also in Do Not Disturb"), when)
                item = QTreeWidgetItem(
                    [shown, kind_label(step.kind), when, days_text(step.days), ""]
                )
                item.setData(0, ID_ROLE, step.id)
                for column in range(TONIGHT_COLUMN):  # whole, should the column be narrow
                    item.setToolTip(column, item.text(column))
                if step.through_dnd:
                    item.setToolTip(2, self.tr(
                        "Reminded even in Do Not Disturb (sent as urgent)"))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0, Qt.CheckState.Checked if step.enabled else Qt.CheckState.Unchecked
                )
                state = self.tr("on") if step.enabled else self.tr("off")
                item.setData(
                    0, Qt.ItemDataRole.AccessibleTextRole, f"{shown} ({state})"
                )
                width = self.list.fontMetrics().horizontalAdvance(shown) + 48
                item.setSizeHint(0, QSize(width, ROW_HEIGHT))
                self.list.addTopLevelItem(item)
        finally:
            self._loading = False
        self.update_tonight()
        self._colour_rows()
        if keep is not None:
            self.select_step(keep)
        rows = self._rows()
        if self.list.currentItem() is None and rows:
            self.list.setCurrentItem(rows[0])
        self._update_buttons()

    def update_tonight(self) -> None:
        """Each step's time tonight, from the same plan the reminders use, marked when it
        differs from the step's own time, with the planner's notes as its tooltip."""
        try:
            planned = {s.step_id: s for s in self.evening.plan().steps}
        except Exception:  # never lose the list over the plan; the log has the details
            log.exception("tonight's plan could not be made for the Routine page")
            planned = {}
        loading, self._loading = self._loading, True
        try:
            for item in self._rows():
                text, notes = self._tonight_text(planned.get(item.data(0, ID_ROLE)))
                item.setText(TONIGHT_COLUMN, text)
                item.setToolTip(TONIGHT_COLUMN, "\n".join(notes))
                item.setData(TONIGHT_COLUMN, Qt.ItemDataRole.AccessibleTextRole,
                             " ".join([text, *notes]))
        finally:
            self._loading = loading
        self._columns.fit()

    def _tonight_text(self, planned: PlannedStep | None) -> tuple[str, list[str]]:
        if planned is None:
            return self.tr("not tonight"), []
        at = format_clock(planned.at)
        if planned.moved and planned.usual is not None:
            at = fill(self.tr("%1 (usually %2)"), at, format_clock(planned.usual))
        notes = [note_text(n) for n in planned.issues]
        return (f"{at} ⚠" if notes else at), notes

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update_tonight()  # time has passed: tonight's plan may have, too

    def follow_data(self) -> None:
        """The data changed (here or in another process): show the routine as stored."""
        self.reload()

    def step_ids(self) -> list[int]:
        return [item.data(0, ID_ROLE) for item in self._rows()]

    def row_texts(self, row: int) -> list[str]:
        item = self._rows()[row]
        return [item.text(c) for c in range(self.list.columnCount())]

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def select_step(self, step_id: int) -> None:
        for item in self._rows():
            if item.data(0, ID_ROLE) == step_id:
                self.list.setCurrentItem(item)
                return

    # --- changing ----------------------------------------------------------------------------
    def add_step(self) -> None:
        picker = TemplatePicker(self.evening.guidance, self)
        try:
            if self.run_picker(picker) != QDialog.DialogCode.Accepted:
                return
            choice = picker.choice()
        finally:
            picker.deleteLater()
        if choice is not None:
            self.add_from_template(*choice)

    def add_from_template(self, kind: StepKind, item: SleepHygieneItem | None = None) -> None:
        editor = StepEditor(self.evening.guidance, kind=kind, item=item, parent=self)
        step = self._run_editor(editor)
        if step is None:
            return
        new_id = self.evening.add_step(step)
        self._changed(new_id)

    def edit_selected(self) -> None:
        step_id = self.selected_id()
        step = self.evening.step(step_id) if step_id is not None else None
        if step is None:
            return
        edited = self._run_editor(StepEditor(self.evening.guidance, step=step, parent=self))
        if edited is None or edited == step:
            return
        self.evening.update_step(edited)
        self._changed(step_id)

    def move_selected(self, delta: int) -> None:
        step_id = self.selected_id()
        ids = self.step_ids()
        if step_id is None:
            return
        index = ids.index(step_id)
        target = index + delta
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        self.evening.reorder(ids)
        self._changed(step_id)
        self.list.setFocus()

    def toggle_selected(self) -> None:
        step_id = self.selected_id()
        if step_id is not None:
            self.set_enabled(step_id, not self._step_enabled(step_id))

    def set_enabled(self, step_id: int, enabled: bool) -> None:
        step = self.evening.step(step_id)
        if step is None or step.enabled == enabled:
            return
        self.evening.update_step(replace(step, enabled=enabled))
        self._changed(step_id)

    def delete_selected(self) -> None:
        step_id = self.selected_id()
        if step_id is None:
            return
        position = self.step_ids().index(step_id)
        removed = self.evening.remove_step(step_id)
        self._deleted.append(_Deleted(removed, position))
        self.undo_label.setText(self.tr("Deleted “%1”.").replace("%1", removed.title))
        self.undo_bar.show()
        ids = self.step_ids()
        ids.remove(step_id)
        after = ids[min(position, len(ids) - 1)] if ids else None
        self._changed(after)
        self.list.setFocus()

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        last = self._deleted.pop()
        new_id = self.evening.add_step(replace(last.step, id=None), last.position)
        if self._deleted:
            title = self._deleted[-1].step.title
            self.undo_label.setText(self.tr("Deleted “%1”.").replace("%1", title))
        else:
            self.undo_bar.hide()
        self._changed(new_id)
        self.list.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_rows()  # the muted colour of steps that are off follows the look

    def _colour_rows(self) -> None:
        muted = muted_text(QApplication.palette())
        loading, self._loading = self._loading, True  # colour changes emit itemChanged too
        try:
            for item in self._rows():
                off = item.checkState(0) != Qt.CheckState.Checked
                for column in range(self.list.columnCount()):
                    item.setData(column, Qt.ItemDataRole.ForegroundRole, muted if off else None)
        finally:
            self._loading = loading

    # --- helpers -----------------------------------------------------------------------------
    def _rows(self) -> list[QTreeWidgetItem]:
        """The list's rows, top to bottom (Qt types a row as possibly absent; none is)."""
        count = self.list.topLevelItemCount()
        return [item for i in range(count) if (item := self.list.topLevelItem(i)) is not None]

    def _run_editor(self, editor: StepEditor) -> Step | None:
        try:
            if self.run_editor(editor) != QDialog.DialogCode.Accepted:
                return None
            return editor.step()
        finally:
            editor.deleteLater()

    def _changed(self, select: int | None) -> None:
        self.reload(select)
        self.routine_changed.emit()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0:
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        step = self.evening.step(item.data(0, ID_ROLE))
        if step is None or step.enabled == checked:
            return
        self.evening.update_step(replace(step, enabled=checked))
        self._update_buttons()
        self.routine_changed.emit()
        # The item is still inside its own signal: rebuild the list once it has returned.
        QTimer.singleShot(0, self.reload)

    def _step_enabled(self, step_id: int) -> bool:
        for item in self._rows():
            if item.data(0, ID_ROLE) == step_id:
                return item.checkState(0) == Qt.CheckState.Checked
        return False

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        has = item is not None
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        for button in (self.edit_button, self.toggle_button, self.delete_button):
            button.setEnabled(has)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(has and row < self.list.topLevelItemCount() - 1)
        on = item is not None and item.checkState(0) == Qt.CheckState.Checked
        self.toggle_button.setText(self.tr("Turn off") if on else self.tr("Turn on"))

    def _dismiss_undo(self) -> None:
        self.undo_bar.hide()
        self.list.setFocus()

    def _shortcut(
        self,
        keys: str | QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], None],
        widget: QWidget | None = None,
    ) -> None:
        shortcut = QShortcut(QKeySequence(keys), widget or self)
        shortcut.setContext(
            Qt.ShortcutContext.WidgetShortcut if widget is not None
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        shortcut.activated.connect(slot)
