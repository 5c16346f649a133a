"""The PNG icons rlsdesk loads are faithful renditions of their SVGs, in every size, and
loading them keeps Qt's SVG support out of the process."""

from __future__ import annotations

import textwrap

import pytest
from PySide6.QtGui import QImage

from rlsdesk.ui.icons import ICON_SIZES, app_icon, paused_icon, png_path, svg_path
from tests.fresh_python import run_script
from tests.render_icons import render


@pytest.mark.parametrize("name", ["app", "paused"])
@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, name: str, size: int) -> None:
    png = QImage(str(png_path(name, size))).convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied)
    fresh = render(svg_path(name), size)
    assert (png.width(), png.height()) == (size, size)
    # Another Qt release may anti-alias an edge a shade differently; a changed SVG moves
    # whole shapes.
    worst = max(
        abs(a - b)
        for y in range(size) for x in range(size)
        for a, b in zip(png.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb(),
                        strict=True)
    )
    assert worst <= 48, f"{png_path(name, size)} is stale: run python -m tests.render_icons"


def test_the_icons_offer_every_size(qapp) -> None:
    for icon in (app_icon(), paused_icon()):
        assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)


def test_showing_the_icons_does_not_load_qt_svg() -> None:
    script = textwrap.dedent("""
        from PySide6.QtWidgets import QApplication
        from rlsdesk.ui.icons import app_icon, paused_icon
        app = QApplication([])
        for icon in (app_icon(), paused_icon()):
            assert not icon.pixmap(22).isNull()
        maps = open("/proc/self/maps").read()
        print("svg" if "libQt6Svg" in maps else "no svg")
    """)
    assert run_script(script).split() == ["no", "svg"]
