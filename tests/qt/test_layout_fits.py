"""Every page lays out whole, in English and German, at the smallest and largest text size,
in the window as it opens and at its minimum size: no sideways scrolling, no table whose
columns run past its edge (their scroll bar is off), no button or label whose words are
cut off.

The widgets are found by walking each page's tree, so a widget added later is checked too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTreeView,
    QWidget,
)

from rlsdesk.app import RlsDeskApp
from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.services.labs import LabsService
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.system.zone import local_zone
from rlsdesk.text.i18n import install_translator

PAGES = ("tonight", "routine", "diary", "insights", "settings", "about")
DEFAULT_SIZE = QSize(980, 660)


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication) -> Iterator[str]:
    previous = QLocale()
    translator = install_translator(qapp, request.param)
    assert (translator is not None) == (request.param != "en")
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def _seed(data_paths: DataPaths, scale: float) -> None:
    """The default routine with a magnesium step, two weeks of diary, lab results and a
    planned blood test, the text size."""
    store = open_store(data_paths)
    zone = local_zone()
    evening = Evening(store, lambda: zone, lambda: datetime.now(zone))
    evening.ensure_routine()
    evening.add_step(Step(StepKind.MAGNESIUM, "Magnesium with dinner", Anchor.at(time(19, 0)),
                          dose_mg=200, form="citrate"))
    diary = DiaryService(evening)
    today = date.today()
    for back in range(1, 15):
        diary.save(NightEntry(today - timedelta(days=back), severity=back % 8,
                              onset=time(21, 30 + back % 20), sleep_hours=6.5))
    labs = LabsService(evening)  # the lab table and a planned test, the longest cells
    labs.log("ferritin", 48, drawn=today - timedelta(days=40))
    labs.log("tsat", 18, drawn=today - timedelta(days=40))
    labs.log("hb", 13.5, drawn=today - timedelta(days=40))
    labs.plan_test(today + timedelta(days=5))
    evening.prefs.set_text_scale(scale)
    store.settings.set_many({"first_run_done": True, "told_still_in_tray": True})
    store.close()


def _visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.isVisible()


def _line_widths(label: QLabel) -> int:
    metrics = label.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))


def _cut_choices(combo: QComboBox, name: str) -> list[str]:
    """Choices of a combo box that would be cut when chosen (its text field is narrower)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    metrics = combo.fontMetrics()
    return [f"{name} choice {combo.itemText(i)!r}: {field.width()} px of room, needs "
            f"{metrics.horizontalAdvance(combo.itemText(i))}"
            for i in range(combo.count())
            if metrics.horizontalAdvance(combo.itemText(i)) > field.width()]


def _problems(page: QWidget) -> list[str]:
    found: list[str] = []
    for widget in page.findChildren(QWidget):
        if not _visible(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar is not None and bar.isVisible():
                found.append(f"{name}: sideways scroll bar (range {bar.maximum()})")
        if isinstance(widget, QTableView | QTreeView):
            header = (widget.header() if isinstance(widget, QTreeView)
                      else widget.horizontalHeader())
            viewport = widget.viewport()
            if (header is not None and viewport is not None and header.isVisible()
                    and header.length() > viewport.width() + 1):
                found.append(f"{name}: columns {header.length()} px wide in a view of "
                             f"{viewport.width()}")
        if isinstance(widget, QComboBox):
            found += _cut_choices(widget, name)
        if (isinstance(widget, QAbstractButton) and widget.text()
                and widget.sizeHint().width() > widget.width()):
                found.append(f"{name} {widget.text()!r}: {widget.width()} px wide, needs "
                             f"{widget.sizeHint().width()}")
        if (isinstance(widget, QLabel) and widget.text() and not widget.wordWrap()
                and widget.textFormat() != Qt.TextFormat.RichText
                and not (widget.textFormat() == Qt.TextFormat.AutoText
                         and "<" in widget.text())):
            room = widget.contentsRect().width() - 2 * max(widget.margin(), 0)
            need = _line_widths(widget)
            if need > room:
                found.append(f"{name} {widget.text()!r}: {room} px of room, needs {need}")
    return found


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", ["default", "minimum"])
def test_every_page_fits_without_clipping_or_sideways_scroll(
        make_app, data_paths, qtbot, monkeypatch, language: str, scale: float, size: str) -> None:
    _seed(data_paths, scale)
    evening_under_way(monkeypatch)
    app = make_app()
    window = app.window
    qtbot.addWidget(window)
    window.resize(DEFAULT_SIZE if size == "default" else window.minimumSize())
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for key in PAGES:
        window.show_section(key)
        for _ in range(3):  # built, laid out, and laid out again for its scroll bars
            QApplication.processEvents()
        page = window._stack.currentWidget()
        problems += [f"{key}: {p}" for p in _problems(page)]
    problems += [f"window: {p}" for p in _problems(window._nav)]
    assert not problems, "\n".join(problems)


def evening_under_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Half past eight tonight, so Tonight shows its steps with their reasons."""
    monkeypatch.setattr(RlsDeskApp, "now", lambda app: datetime.combine(
        date.today(), time(20, 30), tzinfo=app.zone))
