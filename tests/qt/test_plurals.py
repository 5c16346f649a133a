"""Counts read right for one and for more: "1 night", "2 nights" (and in German "1 Nacht",
"2 Nächte"). The singular and the plural are two translated texts, chosen in code by
rlsdesk.text.i18n.plural (the diary files' messages are tested in test_diary_files.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.text.i18n import plural
from rlsdesk.ui.charts.calendar import CalendarChart
from rlsdesk.ui.charts.helps import HelpsChart
from rlsdesk.ui.timeline import TimelineWidget

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
LAST = date(2026, 11, 20)


def test_plural_chooses_the_singular_for_one_only() -> None:
    assert [plural(n, "one", "other") for n in (0, 1, 2, 21)] == ["other", "one", "other",
                                                                   "other"]


@pytest.fixture
def evening(data_paths: DataPaths) -> Iterator[Evening]:
    store = open_store(data_paths)
    yield Evening(store, lambda: ZONE, lambda: NOW)
    store.close()


def routine(evening: Evening, count: int) -> None:
    evening.replace_routine([Step(StepKind.CUSTOM, f"Step {i}", Anchor.at(time(21, i)))
                             for i in range(count)])


def timeline_text(evening: Evening) -> str:
    widget = TimelineWidget()
    widget.set_plan(evening.plan(), {}, None, NOW)
    return widget.accessibleDescription()


def calendar_text(evening: Evening) -> str:
    service = DiaryService(evening)
    service.save(NightEntry(LAST, 4))
    chart = CalendarChart()
    chart.set_data(service.insights(LAST, LAST))
    assert chart.grid is not None
    return chart.describe((LAST - chart.grid.first).days)


def test_the_helps_charts_night_counts(qapp) -> None:
    chart = HelpsChart()
    assert [chart._count_text(n) for n in (1, 2, 12)] == ["1 night", "2 nights", "12 nights"]


def test_the_timelines_step_count(qapp, evening: Evening) -> None:
    routine(evening, 1)
    assert timeline_text(evening).startswith("1 step tonight; symptoms usually start around ")
    routine(evening, 2)
    assert timeline_text(evening).startswith("2 steps tonight; ")


def test_the_calendars_planned_steps(qapp, evening: Evening) -> None:
    routine(evening, 1)
    assert calendar_text(evening).endswith("; 0 of 1 planned step done")
    routine(evening, 3)
    assert calendar_text(evening).endswith("; 0 of 3 planned steps done")


def test_counts_in_german(german, evening: Evening) -> None:
    chart = HelpsChart()
    assert [chart._count_text(n) for n in (1, 2)] == ["1 Nacht", "2 Nächte"]
    routine(evening, 1)
    assert timeline_text(evening).startswith("1 Schritt heute Abend; ")
    assert calendar_text(evening).endswith("; 0 von 1 geplanten Schritt erledigt")
    routine(evening, 2)
    assert timeline_text(evening).startswith("2 Schritte heute Abend; ")
    assert calendar_text(evening).endswith("; 0 von 2 geplanten Schritten erledigt")
