"""The report's summary table with its most columns (the base ones, three medicines, the
triggers) breaks its headers only between words, in English and German: the section's HTML
is laid out as on the page (same document, font, style and width) and each word of each
header cell is found on one line. A header word too wide for its column is abbreviated and
explained under the table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QLocale
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.export.report import (
    COLUMNS,
    RESOLUTION,
    TABLE_WIDTH,
    ReportContext,
    Text,
    report_document,
    report_font,
    summary_table_section,
)
from rlsdesk.export.table_headers import abbreviate, fit_columns, fit_header
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir
from rlsdesk.text.i18n import install_translator, translate

ZONE = ZoneInfo("Europe/Berlin")
FIRST, LAST = date(2026, 9, 1), date(2026, 10, 28)


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication) -> Iterator[str]:
    previous = QLocale()
    translator = install_translator(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def context(tmp_path: Path, language: str) -> Iterator[ReportContext]:
    now = [datetime(2026, 8, 30, 18, 0, tzinfo=ZONE)]
    store = open_store(prepare_data_dir(tmp_path / "data"))
    evening = Evening(store, lambda: ZONE, lambda: now[0], language=language)
    service = DiaryService(evening)
    for title, name in (("Abendtablette", "Pramipexol 0,125 mg"),
                        ("Eisentablette am Morgen", "Eisen"),
                        ("Evening tablet", "Ropinirol")):
        evening.add_step(Step(StepKind.MEDICATION, title, Anchor.at(time(21, 0)), name=name))
    for n in range((LAST - FIRST).days + 1):
        night = FIRST + timedelta(days=n)
        service.save(NightEntry(night, 3 + n % 5, time(21, 30), sleep_hours=6.5,
                                awakenings=2), ["alcohol"] if n % 2 else ["long-sit"])
    now[0] = datetime(2026, 10, 29, 9, 0, tzinfo=ZONE)
    yield ReportContext(service, service.insights(FIRST, LAST), now[0], FIRST)
    store.close()


def _table_document(context: ReportContext) -> QTextDocument:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    [block] = summary_table_section(context)
    assert isinstance(block, Text)
    doc = report_document(block.html, writer, report_font(), TABLE_WIDTH)
    doc.documentLayout().documentSize()  # laid out
    return doc


def _split_words(doc: QTextDocument) -> tuple[list[str], list[str]]:
    """(every header, the header words laid out over two lines)."""
    [table] = [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    headers, split = [], []
    for column in range(table.columns()):
        block = table.cellAt(0, column).firstCursorPosition().block()
        layout, text = block.layout(), block.text()
        headers.append(text)
        start = 0
        for word in text.split():
            start = text.index(word, start)
            first = layout.lineForTextPosition(start).lineNumber()
            last = layout.lineForTextPosition(start + len(word) - 1).lineNumber()
            if first != last:
                split.append(f"{word!r} in {text!r}")
            start += len(word)
    return headers, split


def test_no_header_word_is_split_in_the_widest_table(context, language) -> None:
    doc = _table_document(context)
    headers, split = _split_words(doc)
    assert len(headers) == 12  # nights, seven figures, three medicines, the triggers
    assert not split, split
    # every header shown shorter than the column's own is explained under the table
    full = [translate("Report", "Nights"), *(c.header for make in COLUMNS for c in make(context))]
    text = doc.toPlainText()
    shortened = [(shown, own) for shown, own in zip(headers, full, strict=True) if shown != own]
    if language == "de":
        assert shortened, "the German headers need abbreviating at this width"
    for shown, own in shortened:
        assert f"{shown}: {own}" in text
    # the figures in the report's language: "6,5" in German
    decimals = re.findall(r"\b\d+([.,])\d\b", text)
    assert decimals and set(decimals) == ({","} if language == "de" else {"."})


def test_a_word_too_wide_is_abbreviated_and_keyed(qapp) -> None:
    measure = lambda text: 6.0 * len(text)  # noqa: E731
    assert abbreviate("Eingetragen", measure, 48.0) == "Eingetr."
    assert fit_header("Mit Beschwerden", measure, 48.0) == "Mit Beschwe."
    assert fit_header("Worst", measure, 48.0) == "Worst"
    fitted = fit_columns(["Nights", "Worst", "Eingetragen"], [100.0, None, None],
                         [["1 Oct"], ["7"], ["7/7"]], measure, measure, 200.0, 10.0)
    assert fitted.headers == ["Nights", "Worst", "Eingetr."]
    assert fitted.key == ["Eingetr.: Eingetragen"]
    assert abs(sum(fitted.widths) - 100.0) < 1e-6
    # with room enough nothing is shortened and the room is shared out
    roomy = fit_columns(["Nights", "Worst", "Eingetragen"], [100.0, None, None],
                        [["1 Oct"], ["7"], ["7/7"]], measure, measure, 400.0, 10.0)
    assert roomy.key == [] and abs(sum(roomy.widths) - 100.0) < 1e-6
