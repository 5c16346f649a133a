"""The calendar of nights: its two maps side by side for a short period (filling the
width), one above the other for a long one; the pointer reads the same night on both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry, NightImport
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.charts.calendar import CalendarChart

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
LAST = date(2026, 11, 20)


@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    evening = Evening(store, lambda: ZONE, lambda: NOW)
    evening.ensure_routine()
    service = DiaryService(evening)
    service.replace_nights([
        NightImport(LAST - timedelta(days=n), NightEntry(LAST - timedelta(days=n), n % 10),
                    (), frozenset())
        for n in range(120)
    ])
    yield service
    store.close()


def chart_for(qtbot, service: DiaryService, nights: int, width: int = 716) -> CalendarChart:
    chart = CalendarChart()
    qtbot.addWidget(chart)
    chart.resize(width, 400)
    chart.set_data(service.insights(LAST - timedelta(days=nights - 1), LAST))
    chart.show()
    chart.grab()  # lays out and paints
    return chart


def test_ninety_nights_side_by_side_fill_the_width(qtbot, service) -> None:
    chart = chart_for(qtbot, service, 90)
    severity, done = chart._maps
    assert severity.y() == done.y() and done.x() > chart.width() / 2
    right = chart._rect(chart.grid.weeks - 1, 0, done).right()
    assert right > 0.85 * chart.width(), "no empty half beside the maps"
    assert chart.height() == chart.preferred_height()
    for origin in (severity, done):
        point = chart._rect(3, 2, origin).center()
        assert chart.index_at(point) == (chart.grid.night_at(3, 2) - chart.grid.first).days


def test_a_year_stacks_the_maps(qtbot, service) -> None:
    chart = chart_for(qtbot, service, 365)
    severity, done = chart._maps
    assert severity.x() == done.x() and done.y() > severity.y()
    assert chart._rect(chart.grid.weeks - 1, 6, done).bottom() < chart.height()
    assert chart.index_at(chart._rect(52, 0, done).center()) is not None


def test_a_narrow_window_stacks_ninety_nights(qtbot, service) -> None:
    chart = chart_for(qtbot, service, 90, width=420)
    severity, done = chart._maps
    assert severity.x() == done.x()
