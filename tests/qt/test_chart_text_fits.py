"""The Insights page's painted words fit their charts: in German at 150 % text size, in the
window at its minimum size, every legend entry, heading, colour scale and footnote the
severity, onset, calendar and helps charts paint lies inside the chart's card and over no other.
tests/qt/test_layout_fits.py cannot see painted text; this reads the charts' own layout
(the boxes they paint the words in, measured with the font they paint with)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from rlsdesk.app import RlsDeskApp
from rlsdesk.domain.diary import NightEntry, NightImport
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.paint.text_flow import Box
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.system.zone import local_zone
from rlsdesk.text.i18n import install_translator
from rlsdesk.ui.charts.base import ChartWidget

#: Set to a folder to keep a picture of each chart checked (for looking, not for the test).
PICTURES = os.environ.get("RLSDESK_CHART_PICTURES")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translator = install_translator(qapp, "de")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def _seed(data_paths: DataPaths, nights: int) -> None:
    """The default routine with a magnesium step, ``nights`` nights of diary with every
    step done on most nights, 150 % text."""
    store = open_store(data_paths)
    zone = local_zone()
    evening = Evening(store, lambda: zone, lambda: datetime.now(zone))
    evening.ensure_routine()
    evening.add_step(Step(StepKind.MAGNESIUM, "Magnesium zum Abendessen",
                          Anchor.at(time(19, 0)), dose_mg=200, form="citrate"))
    steps = frozenset(s.id for s in evening.steps() if s.id is not None)
    last = date.today() - timedelta(days=1)
    DiaryService(evening).replace_nights([
        NightImport(last - timedelta(days=n),
                    NightEntry(last - timedelta(days=n), n % 10,
                               onset=time(21, 10 + n % 40)),
                    (), steps if n % 3 else frozenset())
        for n in range(nights)])
    evening.prefs.set_text_scale(1.5)
    store.settings.set_many({"first_run_done": True, "told_still_in_tray": True})
    store.close()


def _problems(name: str, chart: ChartWidget) -> list[str]:
    card = chart.card()
    boxes = chart.text_boxes()
    found = [] if boxes else [f"{name}: no painted text laid out"]
    for box in boxes:
        if (box.x < card.left() or box.right > card.right() or box.y < card.top()
                or box.bottom > card.bottom()):
            found.append(f"{name}: {box} outside the card {card.getRect()}")
    found += [f"{name}: {a} over {b}" for a, b in combinations(boxes, 2) if a.overlaps(b)]
    return found


@pytest.mark.parametrize("nights", [30, 400])
def test_painted_legends_and_headings_fit_in_german_at_150_percent_at_minimum_size(
        make_app, data_paths, qtbot, monkeypatch, german, nights: int) -> None:
    _seed(data_paths, nights)
    monkeypatch.setattr(RlsDeskApp, "now", lambda app: datetime.combine(
        date.today(), time(20, 30), tzinfo=app.zone))
    app = make_app()
    window = app.window
    qtbot.addWidget(window)
    window.resize(window.minimumSize())
    window.show()
    qtbot.waitExposed(window)
    window.show_section("insights")
    page = window._stack.currentWidget()
    page.range.setCurrentIndex(page.range.count() - 1)  # everything: the longest labels
    for _ in range(3):
        QApplication.processEvents()
    charts = {"severity": page.severity_chart, "onsets": page.onset_chart,
              "calendar": page.calendar_chart, "helps": page.helps_chart}
    problems: list[str] = []
    for name, chart in charts.items():
        assert chart.isVisible() and chart.width() < 700, f"{name} at {chart.width()} px"
        picture = chart.grab()  # arranges and paints it as on screen
        if PICTURES:
            picture.save(str(Path(PICTURES) / f"{name}-{nights}-de-150.png"))
        problems += _problems(name, chart)
        assert chart.height() == chart.preferred_height()
    assert not problems, "\n".join(problems)


def test_a_box_outside_or_over_another_is_a_problem(qtbot) -> None:
    chart = ChartWidget("test")
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    inside, beside = Box(20, 20, 50, 10), Box(80, 20, 50, 10)
    chart.text_boxes = lambda: [inside, beside]  # type: ignore[method-assign]
    assert _problems("c", chart) == []
    chart.text_boxes = lambda: [inside, Box(60, 25, 50, 10)]  # type: ignore[method-assign]
    assert "over" in _problems("c", chart)[0]
    chart.text_boxes = lambda: [Box(380, 20, 50, 10)]  # type: ignore[method-assign]
    assert "outside" in _problems("c", chart)[0]
