"""The tray icon and its menu: the way most evenings are used."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class TrayLook(StrEnum):
    """What the tray icon tells at a glance. A new look is one member here, one case in
    :func:`tray_look` and one icon given to :class:`Tray`."""

    NORMAL = "normal"
    DUE = "due"  # a reminder is showing and waits for Done, Snooze or Skip
    PAUSED = "paused"  # reminders are paused tonight


def tray_look(*, paused: bool, due: bool) -> TrayLook:
    """The icon for the state: paused wins (nothing is reminded then), then something due."""
    if paused:
        return TrayLook.PAUSED
    if due:
        return TrayLook.DUE
    return TrayLook.NORMAL


class Tray(QObject):
    open_requested = Signal()
    quick_log_requested = Signal()
    pause_toggled = Signal(bool)
    quit_requested = Signal()
    own_message_shown = Signal()  # a balloon of the app's own, not a reminder

    def __init__(self, icon: QIcon, paused_icon: QIcon,
                 due_icon: Callable[[], QIcon] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons: dict[TrayLook, QIcon] = {TrayLook.NORMAL: icon,
                                              TrayLook.PAUSED: paused_icon}
        self._make_due_icon = due_icon  # drawn when first needed, not on the way to the tray
        self._paused = False
        self._due = False
        self.look = TrayLook.NORMAL
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.open_action = self._action(self.tr("Open rlsdesk"), self.open_requested.emit)
        self.next_action = QAction(self.tr("Next: nothing planned"), self.menu)
        self.next_action.setEnabled(False)
        self.menu.addAction(self.next_action)
        self.menu.addSeparator()
        self.quick_log_action = self._action(
            self.tr("Legs acting up now"), self.quick_log_requested.emit
        )
        self.pause_action = QAction(self.tr("Pause reminders tonight"), self.menu)
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self.pause_toggled.emit)
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit rlsdesk"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.set_next_step(None)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def say(self, title: str, text: str, msecs: int) -> None:
        """A short balloon from the app itself (a click on it opens no reminder)."""
        self.own_message_shown.emit()
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.NoIcon, msecs)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_next_step(self, text: str | None) -> None:
        label = self.tr("Next: {0}").format(text) if text else self.tr("Next: nothing more tonight")
        self.next_action.setText(label)
        self.icon.setToolTip(f"rlsdesk\n{label}")

    def set_paused(self, paused: bool, tonight: bool | None = None) -> None:
        """The icon shows any pause; the menu's tick, tonight's (``paused`` if not given)."""
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(paused if tonight is None else tonight)
        self.pause_action.blockSignals(False)
        self._paused = paused
        self._show_look()

    def set_due(self, due: bool) -> None:
        """A reminder is waiting for an answer (or no longer is)."""
        self._due = due
        self._show_look()

    def _show_look(self) -> None:
        look = tray_look(paused=self._paused, due=self._due)
        if look != self.look:
            self.look = look
            self.icon.setIcon(self.icon_for(look))

    def icon_for(self, look: TrayLook) -> QIcon:
        if look not in self._icons:
            made = self._make_due_icon() if look is TrayLook.DUE and self._make_due_icon else None
            self._icons[look] = made if made is not None else self._icons[TrayLook.NORMAL]
        return self._icons[look]

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
