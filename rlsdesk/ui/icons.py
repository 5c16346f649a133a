"""The app's icons: PNG renditions of the SVGs in resources/icons/ (see tests/render_icons.py),
so that Qt's SVG support stays unloaded while rlsdesk waits in the tray."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from rlsdesk import APP_ID
from rlsdesk.system.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def svg_path(name: str) -> Path:
    return resource_path("icons", "rlsdesk.svg" if name == "app" else f"rlsdesk-{name}.svg")


def png_path(name: str, size: int) -> Path:
    # The app icon's sizes are also the ones installed into the desktop's hicolor theme.
    if name == "app":
        return resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
    return resource_path("icons", name, f"{size}x{size}.png")


def _icon(name: str) -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(png_path(name, size)))
    return icon


def app_icon() -> QIcon:
    return _icon("app")


def paused_icon() -> QIcon:
    return _icon("paused")
