"""The Insights page: painted charts (named, focusable, summarised, read night by night with
the keyboard or the pointer), "what seems to help" only with enough nights, the note on what
the diary shows (against the nights before a dopaminergic medicine, else the first nights),
the PDF button, no matplotlib."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication

from rlsdesk.domain.diary import NightEntry, NightImport
from rlsdesk.domain.routine import Anchor, Step, step_to_dict
from rlsdesk.export.report import ReportContext, Text, augmentation_section
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.charts.base import ChartWidget
from rlsdesk.ui.pages.insights_page import InsightsPage
from rlsdesk.ui.theme import night_palette

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
    for panel in page.charts:
        panel.chart.grab()  # paint now
    return page


def test_empty_diary_opens_with_text_and_charts(qtbot, service) -> None:
    page = make_page(qtbot, service)
    assert "0 nights logged" in page.period.text()
    assert len(page.charts) == 4
    assert page.banner.isHidden()
    for panel in page.charts:
        assert panel.chart.accessibleName()
        assert panel.summary.text() == panel.chart.accessibleDescription() != ""
        assert not panel.chart.picture().isNull()
    assert "no nights rated" in page.charts[0].summary.text()
    assert page.helps_chart.count() == 0
    assert "Not enough nights yet" in page.helps_chart._note()


def test_charts_are_named_focusable_and_summarised(qtbot, service) -> None:
    fill(service, 60, time(21, 30))
    page = make_page(qtbot, service)
    names = [p.chart.accessibleName() for p in page.charts]
    assert names == ["Severity over time", "Onset times and the planner", "Calendar of nights",
                     "What seems to help"]
    for panel in page.charts:
        assert panel.chart.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert panel.chart.font().pointSizeF() >= page.font().pointSizeF()
    first, second = page.charts[0].chart, page.charts[1].chart
    first.setFocus()
    assert first.nextInFocusChain() is second or second in _chain(first, 5)
    assert "nights rated, average" in page.charts[0].summary.text()
    assert "usually around" in page.charts[1].summary.text()


def test_arrow_keys_read_each_night(qtbot, service) -> None:
    fill(service, 60, time(21, 30))
    page = make_page(qtbot, service)
    chart, panel = page.severity_chart, page.severity
    summary = panel.summary.text()
    chart.setFocus()
    assert chart.cursor_index is None and chart.accessibleDescription() == summary
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.cursor_index == chart.count() - 1 == 89  # 90 nights shown, 60 logged
    last = chart.cursor_text()
    assert last.startswith("Fri 20 Nov 2026: severity 7 of 10; 7-night average")
    assert "done:" in last
    assert chart.accessibleDescription() == f"{last}\n{summary}"
    assert chart.toolTip() == last == panel.status.text()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert page.severity.status.text().startswith("Thu 19 Nov 2026: severity 6 of 10")
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.cursor_index == 0 and "nothing logged" in chart.cursor_text()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.cursor_index == 0
    qtbot.keyClick(chart, Qt.Key.Key_PageDown)
    assert chart.cursor_index == 7
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert chart.cursor_index is None and panel.status.text() == panel.hint
    assert chart.accessibleDescription() == summary


def test_onsets_and_calendar_read_clock_times_and_steps(qtbot, service) -> None:
    fill(service, 60, time(21, 30))
    page = make_page(qtbot, service)
    page.onset_chart.setFocus()
    qtbot.keyClick(page.onset_chart, Qt.Key.Key_End)
    text = page.onsets.status.text()
    assert text.startswith("Fri 20 Nov 2026: symptoms started ")
    assert "21:30" in text or "9:30" in text
    assert "the planner expected" in text
    qtbot.keyClick(page.calendar_chart, Qt.Key.Key_End)
    assert page.calendar.status.text().startswith("Fri 20 Nov 2026: severity 7 of 10; ")
    assert "planned steps done" in page.calendar.status.text()


def test_pointer_shows_the_same_as_the_keys(qtbot, service) -> None:
    fill(service, 60, time(21, 30))
    page = make_page(qtbot, service)
    chart = page.severity_chart
    plot = chart.plot._plot
    hover(chart, QPointF(plot.right() - 1, plot.center().y()))
    assert chart.cursor_index == chart.count() - 1
    assert page.severity.status.text().startswith("Fri 20 Nov 2026")
    assert chart.toolTip() == page.severity.status.text()
    hover(chart, QPointF(plot.left() + 1, plot.center().y()))
    assert chart.cursor_index == 0
    hover(chart, QPointF(2, 2))  # outside the nights: the cursor stays
    assert chart.cursor_index == 0
    QApplication.sendEvent(chart, QEvent(QEvent.Type.Leave))
    assert chart.cursor_index is None


def hover(widget, point: QPointF) -> None:
    QApplication.sendEvent(widget, QMouseEvent(
        QEvent.Type.MouseMove, point, widget.mapToGlobal(point), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def test_what_seems_to_help_chart_needs_enough_nights(qtbot, service) -> None:
    fill(service, 4, time(21, 30))
    page = make_page(qtbot, service)
    assert page.helps_chart.count() == 0
    fill(service, 60, time(21, 30))
    page.reload()
    chart = page.helps_chart
    enough = [e for e in page.data.effects if e.difference is not None]
    assert 0 < chart.count() == len(enough) < len(page.data.effects)
    assert "Not shown, not enough nights yet" in chart._note()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    first = chart.cursor_text()
    assert first.startswith(enough[0].step.title) and "nights vs" in first
    assert first in page.helps.text()  # the same words as the text beneath


def test_one_night_and_a_decade_paint(qtbot, service) -> None:
    service.save(NightEntry(LAST, 4))
    page = make_page(qtbot, service)
    chart = page.severity_chart
    assert chart.count() == 90 and chart.axis is not None
    page.range.setCurrentIndex(0)
    fill(service, 3650, time(21, 30))
    page.range.setCurrentIndex(3)  # everything
    for panel in page.charts:
        assert not panel.chart.grab().isNull()
    assert chart.count() == 3650
    assert chart.axis.columns.count <= chart.width() // 3  # nights share pixel columns
    assert page.calendar_chart.grid.weeks == 53


def test_painting_is_cached_and_follows_the_theme(qtbot, service) -> None:
    fill(service, 30, time(21, 30))
    page = make_page(qtbot, service)
    chart: ChartWidget = page.severity_chart
    picture = chart.picture()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)  # the cursor is drawn over the cached picture
    chart.grab()
    assert chart.picture() is picture
    app = QApplication.instance()
    before = QPalette(app.palette())
    app.setPalette(night_palette())  # the night look comes on
    app.processEvents()
    try:
        night = chart.picture()
        assert night is not picture
        middle = night.toImage().pixelColor(chart.width() // 2, 6)
        assert middle == night_palette().color(QPalette.ColorRole.Base)
    finally:
        app.setPalette(before)


def _chain(widget, n: int) -> list:
    found = []
    for _ in range(n):
        widget = widget.nextInFocusChain()
        found.append(widget)
    return found


def test_what_seems_to_help_text_is_honest_and_needs_enough_nights(qtbot, service) -> None:
    fill(service, 4, time(21, 30))
    page = make_page(qtbot, service)
    assert "association, not proof" in page.helps_intro.text()
    assert "not enough nights yet: " in page.helps.text()
    assert "not done so far, 5 of each needed" in page.helps.text()
    fill(service, 60, time(21, 30))
    page.reload()
    assert "over" in page.helps.text() and "nights vs" in page.helps.text()


def _add_medicine(service: DiaryService, name: str, days_ago: int = 14) -> None:
    """A medication step added ``days_ago`` days before now (the store records its date)."""
    step = Step(kind="medication", title=name.split()[0], anchor=Anchor.before_bed(120),
                name=name)
    service.evening.store.routine.add(step_to_dict(step), at=NOW - timedelta(days=days_ago))


def test_note_against_the_nights_before_a_dopaminergic_medicine(qtbot, service) -> None:
    fill(service, 60, time(19, 30))  # 2 h 30 earlier over the last 14 nights
    _add_medicine(service, "Ropinirole 0.25 mg")
    page = make_page(qtbot, service)
    assert page.banner.isVisible()
    text = page.banner_text.text()
    assert "2 h 30 min earlier than before you started Ropinirole 0.25 mg on 7 Nov 2026" \
        in text
    assert "Only a clinician can tell what this means: it may be linked to" in text
    assert "raise it with them soon" in text and "Do not change a medicine" in text
    assert "García-Borreguero" in text and "2007; 8:520-30" in text
    for never in ("you have", "augmentation is present", "increase", "reduce"):
        assert never not in text.lower()
    assert page.banner_title.text() == "Something to raise with your clinician soon"


def test_the_reports_note_is_in_the_reports_language(qtbot, german, service) -> None:
    fill(service, 60, time(19, 30))
    _add_medicine(service, "Ropinirol 0,25 mg")
    ctx = ReportContext(service, service.insights(LAST - timedelta(days=59), LAST), NOW, None)
    [block] = augmentation_section(ctx)
    assert isinstance(block, Text)
    assert "Etwas, das Sie bald mit Ihrer Ärztin oder Ihrem Arzt besprechen sollten" \
        in block.html
    assert "Ropinirol 0,25 mg" in block.html and "García-Borreguero" in block.html
    for english in ("Something to raise", "Your diary shows", "What rlsdesk counts"):
        assert english not in block.html


def test_without_a_dopaminergic_medicine_the_note_compares_with_the_first_nights(
        qtbot, service) -> None:
    fill(service, 60, time(19, 30))
    _add_medicine(service, "Gabapentin 300 mg")
    page = make_page(qtbot, service)
    text = page.banner_text.text()
    assert "earlier than in your first nights logged" in text
    assert "augmentation" not in text and "Only a clinician can tell what this means" in text


def test_no_note_for_a_shift_under_two_hours(qtbot, service) -> None:
    fill(service, 60, time(20, 30))  # 1 h 30 earlier only
    _add_medicine(service, "Mirapex")
    page = make_page(qtbot, service)
    assert page.banner.isHidden()


def test_the_page_reloads_when_the_diary_changes(qtbot, service) -> None:
    page = make_page(qtbot, service)
    page.hide()
    service.save(NightEntry(LAST, 4))
    page.show()
    assert "1 night logged" in page.period.text()


def test_report_button_saves_a_pdf(qtbot, service, tmp_path: Path) -> None:
    fill(service, 30, time(21, 30))
    page = make_page(qtbot, service)
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(page.report_saved):
        page.save_report(target, None, LAST)
    assert target.read_bytes().startswith(b"%PDF")
    assert page.status.text() == f"Report saved to {target}."
    assert page.status.isVisible() and not page.status.is_problem()


def test_report_result_is_told_right_under_the_report_button(qtbot, service,
                                                             tmp_path: Path) -> None:
    fill(service, 30, time(21, 30))
    page = make_page(qtbot, service)
    layout = page._layout
    top = layout.itemAt(0).layout()
    assert top is not None and top.indexOf(page.report_button) >= 0
    assert layout.itemAt(1).widget() is page.status, "the next line after the button's row"
    with qtbot.assertNotEmitted(page.report_saved):
        page.save_report(tmp_path / "no such folder" / "report.pdf", None, LAST)
    assert page.status.is_problem()
    assert page.status.text().startswith("The report could not be saved: ")
    page.save_report(tmp_path / "report.pdf", None, LAST)
    assert not page.status.is_problem() and page.status.fades()


_OPEN_PAGE = """
import sys
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo
from PySide6.QtWidgets import QApplication
from rlsdesk.services.diary import DiaryService
from rlsdesk.domain.diary import NightEntry
from rlsdesk.services.evening import Evening
from rlsdesk.system.paths import prepare_data_dir
from rlsdesk.store.store import open_store
from rlsdesk.ui.pages.insights_page import InsightsPage
app = QApplication([])
zone = ZoneInfo("Europe/Berlin")
now = datetime(2026, 11, 21, 9, 0, tzinfo=zone)
store = open_store(prepare_data_dir(__import__("pathlib").Path(sys.argv[1])))
evening = Evening(store, lambda: zone, lambda: now)
evening.ensure_routine()
service = DiaryService(evening)
for day in range(40):
    service.save(NightEntry(now.date() - timedelta(days=day + 1), 3 + day % 5, time(21, 30)))
page = InsightsPage(service)
page.show()
for panel in page.charts:
    panel.chart.grab()
print('matplotlib' in sys.modules)
"""


def test_matplotlib_is_not_imported_when_the_insights_page_opens(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", _OPEN_PAGE, str(tmp_path / "data")],
                         capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "TZ": "Europe/Berlin"}).stdout
    assert out.strip().splitlines()[-1] == "False"


def test_matplotlib_is_not_imported_at_start_up() -> None:
    code = ("import sys; import rlsdesk.app, rlsdesk.ui.pages.insights_page; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen"}).stdout
    assert out.strip() == "False"
