"""Pick the best way to show reminders on this machine."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QSystemTrayIcon

from rlsdesk.notify.base import Notifier, log
from rlsdesk.notify.tray import TrayNotifier


def choose_notifier(tray_icon: QSystemTrayIcon | None, *, app_icon: str = "",
                    timeout: float = 2.0) -> Notifier:
    """Freedesktop notifications on Linux when a server answers, else tray balloons."""
    if sys.platform.startswith("linux"):
        try:
            from rlsdesk.notify.freedesktop import FreedesktopNotifier
        except ImportError as exc:  # jeepney missing
            log.warning("freedesktop notifier not importable: %s", exc)
        else:
            notifier = FreedesktopNotifier(app_icon=app_icon, timeout=timeout)
            if notifier.available():
                log.info("reminders via freedesktop notifications (%s)",
                         " ".join(notifier.server_info[:2]) or "unknown server")
                return notifier
            notifier.shutdown()
    log.info("reminders via tray messages")
    return TrayNotifier(tray_icon)
