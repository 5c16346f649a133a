"""How the running app gets its reminders: called once, after the window's first page has
painted (or at once when starting hidden in the tray)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rlsdesk.notify.base import Notifier
from rlsdesk.notify.select import choose_notifier
from rlsdesk.notify.tray import TrayNotifier
from rlsdesk.reminders.service import ReminderService
from rlsdesk.system.zone import local_zone

if TYPE_CHECKING:
    from rlsdesk.app import RlsDeskApp


def start_reminders(app: RlsDeskApp) -> ReminderService:
    """Pick the notifier, build the service, hook it to the tray and window, start it."""
    tray_icon = app.tray.icon if app.tray is not None else None
    if tray_icon is not None and app.prefs.reminder_style() == "tray":
        notifier: Notifier = TrayNotifier(tray_icon)
    else:
        notifier = choose_notifier(tray_icon)

    def apply_zone(zone: object) -> None:
        app.zone = zone  # type: ignore[assignment]

    service = ReminderService(app.evening, notifier, zone_probe=local_zone,
                              apply_zone=apply_zone, parent=app.qapp)
    service.open_requested.connect(app.open_step)
    service.checkin_requested.connect(app.open_checkin)
    service.changed.connect(lambda: app.refresh_tonight(states_only=True))
    if app.tray is not None:
        from rlsdesk.ui.tray_menu import ReminderTrayMenu

        tray = app.tray
        service.changed.connect(lambda: tray.set_paused(app.paused_tonight()))
        if isinstance(notifier, TrayNotifier):
            tray.own_message_shown.connect(notifier.forget_last)

        app.reminder_menu = ReminderTrayMenu(app.tray, service)
    service.start()
    return service
