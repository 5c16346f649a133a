"""Reminders as tray balloons: the fallback when no notification server is usable."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon

from rlsdesk.notify.base import ACTION_OPEN, Notifier, Reminder, log

MESSAGE_MS = 15_000


class TrayNotifier(Notifier):
    """Shows ``QSystemTrayIcon.showMessage``; a click on the message means "open".

    Balloons have no buttons, so Done / Snooze / Skip happen in the main window.
    """

    name = "tray"

    def __init__(self, tray_icon: QSystemTrayIcon | None) -> None:
        super().__init__()
        self._tray = tray_icon
        self._last_key: str | None = None
        if tray_icon is not None:
            tray_icon.messageClicked.connect(self._on_clicked)

    def available(self) -> bool:
        return (self._tray is not None and QSystemTrayIcon.isSystemTrayAvailable()
                and self._tray.isVisible())

    def show(self, reminder: Reminder) -> None:
        if self._tray is None:
            log.warning("no tray icon; reminder %s not shown", reminder.key)
            return
        icon = (QSystemTrayIcon.MessageIcon.Warning if reminder.late
                else QSystemTrayIcon.MessageIcon.Information)
        self._last_key = reminder.key
        self._tray.showMessage(reminder.title, reminder.body, icon, MESSAGE_MS)

    def close(self, key: str) -> None:
        # Qt cannot withdraw a balloon; just stop routing clicks to this key.
        if key == self._last_key:
            self._last_key = None

    def forget_last(self) -> None:
        """Another balloon replaced the reminder's: a click no longer means that reminder."""
        self._last_key = None

    def _on_clicked(self) -> None:
        if self._last_key is not None:
            self._emit_action(self._last_key, ACTION_OPEN)
