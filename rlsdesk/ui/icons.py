"""The app's icons, from SVG files in resources/."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from rlsdesk.resources import resource_path


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "rlsdesk.svg")))


def paused_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "rlsdesk-paused.svg")))
