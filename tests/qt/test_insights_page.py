"""The Insights page: text first, charts after (named, focusable, summarised), the
augmentation banner only with a dopaminergic medicine and a 2 h shift, the PDF button."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from rlsdesk.diary_service import DiaryService
from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.evening import Evening
from rlsdesk.paths import DataPaths
from rlsdesk.store.diary_repo import NightImport
from rlsdesk.store.store import open_store
from rlsdesk.ui.pages.insights_page import InsightsPage

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
LAST = date(2026, 11, 20)


@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    evening = Evening(store, lambda: ZONE, lambda: NOW)
    evening.ensure_routine()
    yield DiaryService(evening)
    store.close()


def fill(service: DiaryService, nights: int, recent_onset: time,
         usual_onset: time = time(22, 0)) -> None:
    steps = [s.id for s in service.steps()]
    items = []
    for i in range(nights):
        night = LAST - timedelta(days=nights - 1 - i)
        onset = recent_onset if (LAST - night).days < 14 else usual_onset
        done = frozenset(steps[: 1 + i % 3])
        items.append(NightImport(night, NightEntry(night, 3 + i % 5, onset), (), done))
    service.replace_nights(items)


def make_page(qtbot, service: DiaryService) -> InsightsPage:
    page = InsightsPage(service)
    qtbot.addWidget(page)
    page.resize(1000, 1400)
    page.show()
    page.draw_all_now()
    return page


def test_empty_diary_opens_with_text_and_charts(qtbot, service) -> None:
    page = make_page(qtbot, service)
    assert "0 nights logged" in page.period.text()
    assert len(page.charts) == 3
    assert page.banner.isHidden()
    for panel in page.charts:
        assert panel.canvas.accessibleName()
        assert panel.summary.text() == panel.canvas.accessibleDescription() != ""
    assert "no nights rated" in page.charts[0].summary.text()


def test_charts_are_named_focusable_and_summarised(qtbot, service) -> None:
    fill(service, 60, time(21, 30))
    page = make_page(qtbot, service)
    names = [p.canvas.accessibleName() for p in page.charts]
    assert names == ["Severity over time", "Onset times and the planner", "Calendar of nights"]
    for panel in page.charts:
        assert panel.canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    first, second = page.charts[0].canvas, page.charts[1].canvas
    first.setFocus()
    assert first.nextInFocusChain() is second or second in _chain(first, 5)
    assert "nights rated, average" in page.charts[0].summary.text()
    assert "usually around" in page.charts[1].summary.text()


def _chain(widget, n: int) -> list:
    found = []
    for _ in range(n):
        widget = widget.nextInFocusChain()
        found.append(widget)
    return found


def test_what_seems_to_help_is_honest_and_needs_enough_nights(qtbot, service) -> None:
    fill(service, 4, time(21, 30))
    page = make_page(qtbot, service)
    assert "association, not proof" in page.helps_intro.text()
    assert "not enough nights yet (needs 5 done and 5 not done)" in page.helps.text()
    fill(service, 60, time(21, 30))
    page.reload()
    assert "over" in page.helps.text() and "nights vs" in page.helps.text()


def _add_medicine(service: DiaryService, name: str) -> None:
    service.evening.add_step(Step(kind="medication", title=name.split()[0],
                                  anchor=Anchor.before_onset(120), name=name))


def test_augmentation_banner_with_a_dopaminergic_medicine(qtbot, service) -> None:
    fill(service, 60, time(19, 30))  # 2 h 30 earlier than the first nights
    _add_medicine(service, "Ropinirole 0.25 mg")
    page = make_page(qtbot, service)
    assert page.banner.isVisible()
    text = page.banner_text.text()
    assert "2 h 30 min earlier" in text and "Ropinirole".lower() in text.lower()
    assert "clinician" in text and "Do not change your dose" in text
    assert "García-Borreguero" in text and "2007; 8:520-30" in text
    assert "increase" not in text.lower() and "reduce" not in text.lower()


def test_no_banner_without_the_medicine_or_the_shift(qtbot, service) -> None:
    fill(service, 60, time(19, 30))
    _add_medicine(service, "Gabapentin 300 mg")
    page = make_page(qtbot, service)
    assert page.banner.isHidden()
    fill(service, 60, time(20, 30))  # 1 h 30 earlier only
    _add_medicine(service, "Mirapex")
    page.reload()
    assert page.banner.isHidden()


def test_the_page_reloads_when_the_diary_changes(qtbot, service) -> None:
    page = make_page(qtbot, service)
    page.hide()
    service.save(NightEntry(LAST, 4))
    page.show()
    assert "1 nights logged" in page.period.text()


def test_report_button_saves_a_pdf(qtbot, service, tmp_path: Path) -> None:
    fill(service, 30, time(21, 30))
    page = make_page(qtbot, service)
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(page.report_saved):
        page.save_report(target, None, LAST)
    assert target.read_bytes().startswith(b"%PDF")


def test_matplotlib_is_not_imported_at_start_up() -> None:
    code = ("import sys; import rlsdesk.app, rlsdesk.ui.pages.insights_page; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen"}).stdout
    assert out.strip() == "False"
