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


def due_icon() -> QIcon:
    """The app icon with a filled dot in its corner: a reminder is waiting for an answer.
    Drawn from the app icon's own sizes (no extra files to load while in the tray)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(str(png_path("app", size)))
        if pixmap.isNull():
            continue
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = size * 0.42
        rect = QRectF(size - dot - size * 0.02, size * 0.02, dot, dot)
        painter.setPen(QPen(QColor("#ffffff"), max(1.0, size / 16)))
        painter.setBrush(QColor(DUE_DOT_COLOUR))
        painter.drawEllipse(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


#: The due dot's colour: a warm orange that reads on light and dark panels alike.
DUE_DOT_COLOUR = "#e8590c"
