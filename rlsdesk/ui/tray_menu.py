"""The reminder entries of the tray menu: answer the current reminder, and "Long sit..."."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from rlsdesk.domain.reminder_policy import SNOOZE_CHOICES
from rlsdesk.reminders.service import ReminderService
from rlsdesk.text.i18n import fill
from rlsdesk.text.timefmt import format_clock
from rlsdesk.ui.tray import Tray

LONG_SIT_CHOICES: tuple[tuple[int, int], ...] = (
    (2, 30), (2, 45), (4, 30), (4, 45), (8, 30), (8, 45),
)


class ReminderTrayMenu(QObject):
    """Adds its actions to the tray's menu (before "Pause reminders tonight")."""

    def __init__(self, tray: Tray, service: ReminderService) -> None:
        super().__init__(tray)
        self.tray = tray
        self.service = service
        menu = tray.menu
        before = tray.pause_action
        self.done_action = QAction(self.tr("Done"), menu)
        self.snooze_action = QAction(menu)
        self.skip_action = QAction(self.tr("Skip"), menu)
        self.done_action.triggered.connect(lambda: self._answer("done"))
        self.snooze_action.triggered.connect(lambda: self._answer("snooze"))
        self.skip_action.triggered.connect(lambda: self._answer("skip"))
        # The other snooze lengths (the default one is the Snooze entry itself).
        self.snooze_menu = QMenu(self.tr("Snooze for..."), menu)
        self.snooze_choices: dict[int, QAction] = {}
        for minutes in SNOOZE_CHOICES:
            choice = self.snooze_menu.addAction(fill(self.tr("%1 min"), minutes))
            choice.triggered.connect(lambda _=False, m=minutes: self._answer("snooze", m))
            self.snooze_choices[minutes] = choice
        for action in (self.done_action, self.snooze_action):
            menu.insertAction(before, action)
        menu.insertMenu(before, self.snooze_menu)
        menu.insertAction(before, self.skip_action)
        self.sit_menu = QMenu(self.tr("Long sit..."), menu)
        self.sit_actions: list[QAction] = []
        for hours, every in LONG_SIT_CHOICES:
            action = self.sit_menu.addAction(
                fill(self.tr("%1 h, a reminder to move every %2 min"), hours, every))
            action.triggered.connect(lambda _=False, h=hours, e=every:
                                     service.start_long_sit(h, e))
            self.sit_actions.append(action)
        self.sit_menu.addSeparator()
        self.stop_sit_action = self.sit_menu.addAction(self.tr("Stop long sit"))
        self.stop_sit_action.triggered.connect(service.stop_long_sit)
        menu.insertMenu(before, self.sit_menu)
        # One-click pauses (the tray's own entry pauses tonight, to the night's end).
        self.pause_hour_action = QAction(self.tr("Pause for an hour"), menu)
        self.pause_hour_action.triggered.connect(lambda: service.pause_for(60))
        self.pause_on_action = QAction(self.tr("Pause until I resume"), menu)
        self.pause_on_action.triggered.connect(lambda: service.pause_for(None))
        self.resume_action = QAction(self.tr("Resume reminders"), menu)
        self.resume_action.triggered.connect(service.resume)
        after = menu.actions()[menu.actions().index(before) + 1:]
        for action in (self.pause_hour_action, self.pause_on_action, self.resume_action):
            if after:  # just after "Pause reminders tonight"
                menu.insertAction(after[0], action)
            else:
                menu.addAction(action)
        service.changed.connect(self.refresh)
        service.next_step_changed.connect(tray.set_next_step)
        tray.set_next_step(service.next_step_text())
        self.refresh()

    def refresh(self) -> None:
        current = self.service.outstanding()
        default = self.service.snooze_minutes()
        self.snooze_action.setText(fill(self.tr("Snooze %1 min"), default))
        for minutes, choice in self.snooze_choices.items():
            choice.setVisible(minutes != default)
        for action in (self.done_action, self.snooze_action, self.skip_action,
                       self.snooze_menu.menuAction()):
            action.setVisible(current is not None)
        if current is not None:
            self.done_action.setText(fill(self.tr("Done: %1"), current.title))
        paused = self.service.is_paused()
        self.resume_action.setVisible(paused)
        self.pause_hour_action.setVisible(not paused)
        self.pause_on_action.setVisible(not paused)
        pause = self.service.pause()
        if paused and pause is not None and pause.until is not None:
            until = format_clock(pause.until.astimezone(self.service.zone).time())
            self.resume_action.setText(fill(self.tr("Resume reminders (paused until %1)"), until))
        else:
            self.resume_action.setText(self.tr("Resume reminders"))
        sit = self.service.long_sit()
        self.stop_sit_action.setEnabled(sit is not None)
        if sit is None:
            self.sit_menu.setTitle(self.tr("Long sit..."))
        else:
            until = format_clock(sit.until.astimezone(self.service.zone).time())
            self.sit_menu.setTitle(fill(self.tr("Long sit (until %1)..."), until))

    def _answer(self, what: str, minutes: int | None = None) -> None:
        current = self.service.outstanding()
        if current is None:
            return
        if what == "done":
            self.service.mark_done(current.step_id)
        elif what == "snooze":
            self.service.snooze(current.step_id, minutes)
        else:
            self.service.skip(current.step_id)
