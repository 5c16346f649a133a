"""The tray's "Tonight's triggers" submenu: the quick log's row of chips, as checkable
entries for tonight's night (ticking one notes it at once, unticking takes it off)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu

from rlsdesk.domain.errors import ValidationError
from rlsdesk.text.trigger_text import trigger_label
from rlsdesk.ui.tray import Tray

if TYPE_CHECKING:  # the tray is built at start; the diary service only when first used
    from rlsdesk.services.diary import DiaryService


class TriggerTrayMenu(QObject):
    """Inserted before "Pause reminders tonight"; the entries are read when it opens."""

    changed = Signal()  # a trigger was noted or taken off

    def __init__(self, tray: Tray, service: Callable[[], DiaryService]) -> None:
        super().__init__(tray)
        self._service = service
        self.menu = QMenu(self.tr("Tonight's triggers"), tray.menu)
        self.menu.aboutToShow.connect(self.fill)
        tray.menu.insertMenu(tray.pause_action, self.menu)

    def fill(self) -> None:
        service = self._service()
        night = service.evening.tonight()
        noted = service.night_triggers(night)
        self.menu.clear()
        for choice in service.trigger_choices():
            if choice.hidden and choice.name not in noted:
                continue
            action = self.menu.addAction(trigger_label(choice.name))
            action.setCheckable(True)
            action.setChecked(choice.name in noted)
            action.toggled.connect(lambda on, n=choice.name: self.note(n, on))

    def note(self, name: str, on: bool) -> None:
        service = self._service()
        try:
            service.set_trigger(service.evening.tonight(), name, on)
        except ValidationError:  # renamed or removed in another window meanwhile
            self.fill()
            return
        self.changed.emit()
