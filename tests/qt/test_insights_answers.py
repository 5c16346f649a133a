"""The Insights page answers "Is it getting worse?" in one sentence with the numbers it rests
on (or says the nights are too few), and "What seems to help" draws each step's difference
from a zero line, largest first, in the direction of its sign."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from rlsdesk.domain.diary import NightEntry, NightImport
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
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


def diary(service: DiaryService, severities: list[int], onsets: list[time]) -> None:
    """One night per severity, the last on LAST."""
    count = len(severities)
    service.replace_nights([
        NightImport(night, NightEntry(night, severity, onset), (), frozenset())
        for i, (severity, onset) in enumerate(zip(severities, onsets, strict=True))
        for night in [LAST - timedelta(days=count - 1 - i)]
    ])


def page_for(qtbot, service: DiaryService) -> InsightsPage:
    page = InsightsPage(service)
    qtbot.addWidget(page)
    page.resize(1000, 1400)
    page.show()
    return page


def test_a_diary_getting_worse_says_so_with_its_numbers(qtbot, service) -> None:
    before, now = [2, 3] * 15, [6, 7] * 15  # 60 nights: the last 30 against the 30 before
    diary(service, before + now, [time(22, 0)] * 30 + [time(20, 40)] * 30)
    page = page_for(qtbot, service)
    text = page.trend_text.text()
    margin = 1.96 * (2 * statistics.variance(before) / 30) ** 0.5
    assert text.startswith("Last 30 nights (22 Oct 2026 to 20 Nov 2026) against the 30 before: "
                           "severity 2.5 to 6.5 (worse; the difference is larger than its "
                           f"uncertainty of ±{margin:.1f})")
    assert "symptoms began around 22:00, then 20:40 (80 minutes earlier" in text
    assert page.trend_text.accessibleName() == "Is it getting worse?"
    assert page.trend_text.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_diary_that_stays_the_same_says_about_the_same(qtbot, service) -> None:
    diary(service, [4, 5] * 30, [time(22, 0)] * 60)
    text = page_for(qtbot, service).trend_text.text()
    assert "severity 4.5 to 4.5 (about the same; even with its uncertainty of ±0.3" in text
    assert "symptoms began around 22:00, then 22:00." in text
    assert "worse" not in text


def test_few_nights_say_too_few_to_tell(qtbot, service) -> None:
    diary(service, [5, 6, 4, 7], [time(22, 0)] * 4)
    text = page_for(qtbot, service).trend_text.text()
    assert "Too few rated nights to tell: 4 rated nights in the last 30 and 0 in the 30 " \
           "before (at least 7 on each side are needed)." in text
    assert "severity" not in text


def test_the_sentence_in_german(qtbot, service, german) -> None:
    diary(service, [2, 3] * 15 + [6, 7] * 15, [time(22, 0)] * 60)
    text = page_for(qtbot, service).trend_text.text()
    assert "Stärke 2,5 auf 6,5 (schlimmer" in text, text


# --- what seems to help --------------------------------------------------------------------
def helping_diary(service: DiaryService) -> list[int]:
    """90 nights: the first step done every other night (3 points milder then), the second
    every third night (1 point worse then), the third every fifth (no effect)."""
    steps = [s.id for s in service.steps() if s.id is not None][:3]
    items = []
    for i in range(90):
        night = LAST - timedelta(days=89 - i)
        done = {steps[0]} if i % 2 == 0 else set()
        done |= {steps[1]} if i % 3 == 0 else set()
        done |= {steps[2]} if i % 5 == 0 else set()
        severity = 6 - 3 * (steps[0] in done) + (steps[1] in done)
        items.append(NightImport(night, NightEntry(night, severity, time(22, 0)), (),
                                 frozenset(done)))
    service.replace_nights(items)
    return steps


def test_helps_is_ordered_by_the_size_of_the_difference_and_drawn_by_its_sign(
        qtbot, service) -> None:
    steps = helping_diary(service)
    page = page_for(qtbot, service)
    chart = page.helps_chart
    chart.grab()  # lays out and paints
    sizes = [abs(e.difference or 0.0) for e in chart.effects]
    assert chart.count() >= 2 and sizes == sorted(sizes, reverse=True)
    assert chart.effects[0].step.id == steps[0] and chart.effects[1].step.id == steps[1]
    zero = chart._x(0.0)
    for index, effect in enumerate(chart.effects):
        diff = effect.difference or 0.0
        left, right = chart.bar_span(index)
        assert chart.describe(index).startswith(effect.step.title)
        if diff <= -0.05:
            assert chart.direction(index) == -1 and right == zero and left < zero
        elif diff >= 0.05:
            assert chart.direction(index) == 1 and left == zero and right > zero
        else:
            assert chart.direction(index) == 0
    assert chart.direction(0) == -1 and chart.direction(1) == 1
    first = chart.effects[0]
    label = chart._bar_label(first)
    assert label.startswith(f"−{abs(first.difference or 0):.1f} points")
    assert f"{first.nights_done} nights done, {first.nights_not_done} not done" in label
    # the text under the chart reads in the same order, and the caveat stays above it
    assert page.helps.text().splitlines()[: chart.count()] == chart.lines
    assert "association, not proof" in page.helps_intro.text()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.cursor_text() == chart.lines[0] and "milder on nights done" in chart.lines[0]
    assert not chart.grab().isNull()


def test_helps_paints_in_the_night_theme_and_large_text(qtbot, service) -> None:
    helping_diary(service)
    page = page_for(qtbot, service)
    chart = page.helps_chart
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    chart.setFont(font)
    chart.resize(420, chart.height())
    chart.refresh()
    assert chart.height() == chart.preferred_height()
    assert not chart.grab().isNull()


def test_the_report_gives_the_pages_answer(qtbot, service) -> None:
    """The report's "Is it getting worse?" is the sentence the page shows for the same
    nights, including the nights before the period that the comparison reads."""
    from html import escape

    from rlsdesk.export.report import ReportContext, Text, trend_section

    diary(service, [2, 3] * 20 + [6, 7] * 20, [time(22, 0)] * 40 + [time(20, 40)] * 40)
    page = page_for(qtbot, service)
    assert page.data is not None and "against the 30 before" in page.trend_text.text()
    blocks = trend_section(ReportContext(service, page.data, NOW))
    html = "".join(b.html for b in blocks if isinstance(b, Text))
    assert f"<p>{escape(page.trend_text.text(), quote=False)}</p>" in html
