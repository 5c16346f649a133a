"""Render the app's SVG icons to the PNG sizes rlsdesk loads at start-up (Qt's SVG support
costs about 1.6 MB resident for the whole session, and the tray never needs more than these
sizes). Run after changing an SVG:

    python -m tests.render_icons
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from rlsdesk.ui.icons import ICON_SIZES, png_path, svg_path


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    for name in ("app", "paused"):
        for size in ICON_SIZES:
            target = png_path(name, size)
            target.parent.mkdir(parents=True, exist_ok=True)
            if not render(svg_path(name), size).save(str(target)):
                print(f"could not write {target}", file=sys.stderr)
                return 1
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
