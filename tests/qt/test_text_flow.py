"""The painted legends' and headings' layout (rlsdesk.paint.text_flow): with the real
charts' words in English and German, measured with the app's font at 100 % and 150 % text
size, at the narrowest a chart can be, every box lies inside the width and none overlaps
another; and for any words and widths (hypothesis), the same holds and no word is lost."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations, pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from rlsdesk.paint.plot import PAD
from rlsdesk.paint.text_flow import (
    Box,
    flow_legend,
    heading_lines,
    heading_with_tail,
    wrap_words,
)
from rlsdesk.text.i18n import install_translator, translate
from rlsdesk.ui.charts.base import ChartWidget


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication) -> Iterator[str]:
    previous = QLocale()
    translator = install_translator(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture(params=[1.0, 1.5])
def metrics(request, qapp: QApplication) -> QFontMetricsF:
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * request.param)  # as the text size setting does
    return QFontMetricsF(font)


def _narrowest_inner(qtbot) -> float:
    chart = ChartWidget("narrowest")
    qtbot.addWidget(chart)
    return chart.minimumWidth() - 3 - 2 * PAD


def _legends() -> list[list[str]]:
    severity = [translate("SeverityChart", "middle half of the nights' ratings (0 to 10)"),
                translate("SeverityChart", "each night's rating (0 to 10)"),
                translate("SeverityChart", "%1-night average").replace("%1", "30")]
    onsets = [translate("OnsetChart", "usually worst %1 to %2 (sleep studies)")
              .replace("%1", "00:00").replace("%2", "01:00"),
              translate("OnsetChart", "worst %1 to %2 (your logged severities)")
              .replace("%1", "23:30").replace("%2", "00:30"),
              translate("OnsetChart", "what the planner expected"),
              translate("OnsetChart",
                        "first symptoms: middle half of the nights, and the median"),
              translate("OnsetChart", "first symptoms each night")]
    return [severity, onsets]


def _headings() -> list[str]:
    return [translate("SeverityChart", "Steps marked done (a mark for each night)"),
            translate("CalendarChart", "Severity (0 to 10)"),
            translate("CalendarChart", "Share of planned steps done"),
            translate("CalendarChart", "%1 to %2; an empty square: nothing logged")
            .replace("%1", "Mi. 30. Sept. 2026").replace("%2", "Do. 26. Nov. 2026")]


def _fits(boxes: list[Box], left: float, width: float) -> list[str]:
    problems = [f"{b} past {left}..{left + width}" for b in boxes
                if b.x < left or b.right > left + width]
    return problems + [f"{a} over {b}" for a, b in combinations(boxes, 2) if a.overlaps(b)]


def test_the_charts_legends_fit_the_narrowest_chart(qtbot, language, metrics) -> None:
    inner = _narrowest_inner(qtbot)
    # the severity plot leaves up to a quarter of its width to the step names
    width = inner * 0.76 - 12
    if language == "de":
        assert _legends()[0][0] != "middle half of the nights' ratings (0 to 10)"
    for labels in _legends():
        layout = flow_legend(labels, metrics.horizontalAdvance, metrics.height(), width,
                             x=30.0, y=5.0)
        assert not _fits(layout.boxes(), 30.0, width), labels
        assert layout.height >= metrics.height()
        assert all(b.bottom <= 5.0 + layout.height + 1e-6 for b in layout.boxes())
        for entry, label in zip(layout.entries, labels, strict=True):
            assert " ".join(line.text for line in entry.lines).split() == label.split()


def test_the_charts_headings_wrap_inside_the_narrowest_chart(qtbot, language,
                                                             metrics) -> None:
    width = _narrowest_inner(qtbot) - metrics.horizontalAdvance("Mo.") - 12
    for text in _headings():
        lines = heading_lines(text, metrics.horizontalAdvance, metrics.height(), width)
        assert not _fits([line.box for line in lines], 0.0, width), text
        assert [w for line in lines for w in line.text.split()] == text.split()
        tail = heading_with_tail(text, metrics.horizontalAdvance, metrics.height(), width,
                                 tail_width=150.0)
        assert not _fits([*(line.box for line in tail.lines), tail.tail], 0.0, width), text


def test_a_long_german_legend_takes_more_lines_than_a_wide_chart_gives_it(
        metrics, language) -> None:
    labels = _legends()[1]
    wide = flow_legend(labels, metrics.horizontalAdvance, metrics.height(), 10_000)
    narrow = flow_legend(labels, metrics.horizontalAdvance, metrics.height(), 200)
    assert wide.height == metrics.height()  # one row when it fits
    assert narrow.height > 2 * metrics.height()


def _measure(text: str) -> float:
    return 7.0 * len(text)


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß(:)-", min_size=1, max_size=20)
labels = st.lists(st.lists(words, min_size=1, max_size=8).map(" ".join), max_size=6)


@given(labels=labels, width=st.floats(min_value=40.0, max_value=900.0),
       x=st.floats(min_value=0.0, max_value=100.0))
def test_any_legend_stays_inside_its_width_without_overlaps(labels, width, x) -> None:
    layout = flow_legend(labels, _measure, 16.0, width, x=x, y=3.0)
    assert not _fits(layout.boxes(), x, width)
    assert len(layout.entries) == len(labels)
    for entry, label in zip(layout.entries, labels, strict=True):
        assert "".join(line.text for line in entry.lines).replace(" ", "") == \
            label.replace(" ", "")
        assert all(line.box.height == 16.0 for line in entry.lines)
    assert all(b.bottom <= 3.0 + layout.height + 1e-6 for b in layout.boxes())


@given(text=st.lists(words, min_size=1, max_size=12).map(" ".join),
       width=st.floats(min_value=7.0, max_value=600.0))
def test_wrapping_breaks_between_words_when_each_word_fits(text, width) -> None:
    lines = wrap_words(text, _measure, width)
    assert all(_measure(line) <= width for line in lines)
    if all(_measure(word) <= width for word in text.split()):
        assert [w for line in lines for w in line.split()] == text.split()
        # greedy: the next line's first word would not have fitted on this one
        for line, after in pairwise(lines):
            assert _measure(f"{line} {after.split()[0]}") > width
