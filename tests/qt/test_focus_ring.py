"""The focus is clearly seen: a ring in the theme's focus colour around the focused field,
standing out (3:1) from the page in the day and the night look."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from rlsdesk.domain.appearance import ThemeMode
from rlsdesk.ui import focus_ring
from rlsdesk.ui.theme import FOCUS_CONTRAST, contrast, focus_colour, night_palette

EVENING = datetime(2026, 11, 20, 20, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_the_day_ring_stands_out_even_from_a_pale_system_highlight() -> None:
    pale = QPalette(QColor("#e8e8e8"), QColor("#f4f4f4"))
    pale.setColor(QPalette.ColorRole.Highlight, QColor("#cde4ff"))  # a faint blue
    pale.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    ring = focus_colour(pale)
    for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(ring, pale.color(ground)) >= FOCUS_CONTRAST


@pytest.mark.parametrize("mode", [ThemeMode.DAY, ThemeMode.NIGHT])
def test_a_focused_field_has_a_clear_ring_in_both_looks(make_app, qtbot, mode) -> None:
    app = make_app(tray=False)
    app.theme._settings = lambda: (mode, time(22, 45), 60, 1.0)
    app.theme.refresh(force=True)
    app.window.show()
    app.window.show_section("settings")
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    page = app.settings_page
    page.night_lead.setFocus()
    ring = focus_ring.ring()
    qtbot.waitUntil(lambda: ring.target is page.night_lead and ring.isVisible())
    assert ring.geometry().contains(page.night_lead.geometry()), "around the field"
    colour = QColor(str(QApplication.instance().property("rlsdeskFocusColour")))
    palette = night_palette() if mode is ThemeMode.NIGHT else app.theme._system_palette
    assert contrast(colour, palette.color(QPalette.ColorRole.Window)) >= FOCUS_CONTRAST
    assert contrast(colour, palette.color(QPalette.ColorRole.Base)) >= FOCUS_CONTRAST
    image = ring.grab().toImage()
    edge = image.pixelColor(image.width() // 2, 1)  # the ring's top line, mid-way
    assert abs(edge.red() - colour.red()) + abs(edge.green() - colour.green()) < 60, \
        "the ring is drawn in the focus colour"
    page.text_size.setFocus()
    qtbot.waitUntil(lambda: ring.target is page.text_size)
    page.backup_button.setFocus()  # a button's ring comes from the style sheet
    qtbot.waitUntil(lambda: not ring.isVisible())
