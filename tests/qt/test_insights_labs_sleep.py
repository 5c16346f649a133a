"""The Insights page's sleep-diary and lab parts: sleep efficiency per night with the
period's means, and the lab table and ferritin chart with the guideline's thresholds
given as information with their source."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.sleep_diary import SleepDiary, SleepTime
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.services.labs import LabsService
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.pages.insights_page import InsightsPage

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)


@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    yield DiaryService(Evening(store, lambda: ZONE, lambda: NOW))
    store.close()


def _page(qtbot, service: DiaryService) -> InsightsPage:
    page = InsightsPage(service)
    qtbot.addWidget(page)
    page.resize(900, 1200)
    page.show()
    return page


def test_sleep_efficiency_night_by_night_and_over_the_period(qtbot, service) -> None:
    for back, awake in ((1, 60), (2, 0)):
        service.save(NightEntry(date(2026, 11, 21) - timedelta(days=back), 3, sleep=SleepDiary(
            into_bed=SleepTime(time(23, 0)), try_sleep=SleepTime(time(23, 0)),
            minutes_to_sleep=0, minutes_awake=awake, final_wake=SleepTime(time(7, 0)),
            out_of_bed=SleepTime(time(7, 0)))))
    page = _page(qtbot, service)
    panel = page.sleep_panel
    assert panel.values.count() == 2
    assert panel.summary.text() == ("Average total sleep 7 h 30 min over 2 nights. "
                                    "Average sleep efficiency 94 % over 2 nights.")
    panel.values.setFocus()
    qtbot.keyClick(panel.values, Qt.Key.Key_End)
    assert "sleep efficiency 88 %, total sleep 7 h 00 min" in panel.status.text()
    assert panel.source_note.text().endswith("Source: Carney et al., Sleep 2012; 35(2):287-302")


def test_lab_table_and_ferritin_chart_with_the_guideline_as_information(qtbot, service) -> None:
    labs = LabsService(service.evening)
    labs.log("ferritin", 48, drawn="2026-03-02")
    labs.log("tsat", 18, drawn="2026-03-02")
    labs.log("ferritin", 92, "ug/L", drawn="2026-09-14")
    labs.log("hb", 13.1, drawn="2026-09-14")
    page = _page(qtbot, service)
    panel = page.labs_panel
    assert panel.table.rowCount() == 2
    newest = [panel.table.item(0, c).text() for c in range(4)]
    assert newest[1:] == ["92 ug/L (between the guideline's 75 and 100)", "", "13.1 g/dL"]
    oldest = [panel.table.item(1, c).text() for c in range(4)]
    assert oldest[1:3] == ["48 ng/mL (at or below the guideline's 75)",
                           "18 % (below the guideline's 20 %)"]
    assert panel.chart.count() == 2
    assert panel.context.text().startswith("For information, not advice: the 2024 AASM")
    assert panel.context.text().endswith("Source: Winkelman et al., J Clin Sleep Med 2025; "
                                         "21(1):137-152")
    summary = panel.ferritin.summary.text()
    assert summary.startswith("2 ferritin results; the latest, ")
    assert summary.endswith("was 92 ng/mL (between the guideline's 75 and 100).")
    for word in ("dose", "take iron", "you should"):
        assert word not in panel.context.text().lower()


def test_empty_parts_say_what_to_do(qtbot, service) -> None:
    page = _page(qtbot, service)
    assert "Sleep diary" in page.sleep_panel.summary.text()
    assert page.labs_panel.table.rowCount() == 0
    assert page.labs_panel.ferritin.summary.text() == "No ferritin results yet."
