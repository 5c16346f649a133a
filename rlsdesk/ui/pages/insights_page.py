"""The Insights page: what the diary shows, in charts with text alternatives.

matplotlib is imported only when the page is first shown (never at start-up); the text
(summaries, "what seems to help", the augmentation banner) appears first and the charts
are drawn right after, one per turn of the event loop.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.diary_service import DiaryService, Insights
from rlsdesk.export import summaries
from rlsdesk.ui.calm import scrolling_body

RANGES: tuple[tuple[str, int | None], ...] = (
    ("Last 30 nights", 30), ("Last 90 nights", 90), ("Last year", 365), ("Everything", None),
)


class InsightsPage(QWidget):
    charts_drawn = Signal()
    report_saved = Signal(str)

    def __init__(self, service: DiaryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("insightsPage")
        self.data: Insights | None = None
        self.charts: list = []  # ChartPanel, made on first show
        self._pending: list | None = []
        self._stale = True
        self._seen: tuple[object, ...] = ()

        self._layout = layout = QVBoxLayout(scrolling_body(self))
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)

        top = QHBoxLayout()
        heading = QLabel("Insights")
        heading.setObjectName("pageHeading")
        heading.setAccessibleName("Insights")
        self.range = QComboBox()
        self.range.setAccessibleName("Period shown")
        for label, _days in RANGES:
            self.range.addItem(label)
        self.range.setCurrentIndex(1)
        self.range.currentIndexChanged.connect(lambda _i: self.reload())
        self.report_button = QPushButton("Report for your clinician (PDF)…")
        self.report_button.setAccessibleName("Save a report for your clinician as PDF")
        self.report_button.clicked.connect(self.ask_report)
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel("Show:"))
        top.addWidget(self.range)
        top.addWidget(self.report_button)
        layout.addLayout(top)

        self.banner = QFrame()
        self.banner.setObjectName("augmentationBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "#augmentationBanner { border: 2px solid palette(highlight); border-radius: 8px; }"
        )
        banner_layout = QVBoxLayout(self.banner)
        self.banner_title = QLabel("")
        font = self.banner_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.banner_title.setFont(font)
        self.banner_text = QLabel("")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        banner_layout.addWidget(self.banner_title)
        banner_layout.addWidget(self.banner_text)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.period = QLabel("")
        self.period.setObjectName("insightsPeriod")
        layout.addWidget(self.period)

        self.charts_box = QVBoxLayout()
        layout.addLayout(self.charts_box)

        helps = QGroupBox("What seems to help")
        helps_layout = QVBoxLayout(helps)
        self.helps_intro = QLabel(self.service.text["helps"]["intro"])
        self.helps_intro.setWordWrap(True)
        self.helps = QLabel("")
        self.helps.setWordWrap(True)
        self.helps.setAccessibleName("What seems to help")
        self.helps.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.helps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        helps_layout.addWidget(self.helps_intro)
        helps_layout.addWidget(self.helps)
        layout.addWidget(helps)

        adherence = QGroupBox("How often each step was done")
        adherence_layout = QVBoxLayout(adherence)
        self.adherence = QLabel("")
        self.adherence.setWordWrap(True)
        self.adherence.setAccessibleName("How often each step was done")
        self.adherence.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        adherence_layout.addWidget(self.adherence)
        layout.addWidget(adherence)
        layout.addStretch(1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    # --- loading --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._seen != self._fingerprint():
            self.reload()

    def _fingerprint(self) -> tuple[object, ...]:
        return (self.service.last_night(), *self.service.repo.fingerprint())

    def mark_stale(self) -> None:
        """The diary changed: reload when next shown (or now, if showing)."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def period_bounds(self) -> tuple[date, date | None]:
        last = self.service.last_night()
        days = RANGES[self.range.currentIndex()][1]
        return last, None if days is None else last - timedelta(days=days - 1)

    def reload(self) -> None:
        """Text at once; charts on the following turns of the event loop."""
        self._stale = False
        self._seen = self._fingerprint()
        last, first = self.period_bounds()
        data = self.service.insights(first, last)
        self.data = data
        self.period.setText(summaries.period_text(data))
        self.helps.setText("\n".join(summaries.helps_lines(data, self.service.text))
                           or "No routine steps yet.")
        self.adherence.setText("\n".join(summaries.adherence_lines(data)) or "No steps.")
        banner = summaries.augmentation_banner(data, self.service.text)
        if banner is None:
            self.banner.hide()
        else:
            self.banner_title.setText(banner.title)
            self.banner_text.setText(
                f"{banner.body}\n\n{banner.criteria}\nSource: {banner.source}")
            self.banner.setAccessibleName(banner.title)
            self.banner_text.setAccessibleName(banner.title)
            self.banner.show()
        self._pending = None  # the charts are made (matplotlib imported) on the next turn
        QTimer.singleShot(0, self._draw_next)

    def _ensure_charts(self) -> None:
        if self.charts:
            return
        from rlsdesk.export import figures
        from rlsdesk.ui.charts.canvas import ChartPanel

        specs = (
            ("Severity over time", figures.draw_severity, 420, summaries.severity_summary),
            ("Onset times and the planner", figures.draw_onsets, 320, summaries.onset_summary),
            ("Calendar of nights", figures.draw_calendar, 340, summaries.calendar_summary),
        )
        for name, draw, height, summary in specs:
            panel = ChartPanel(name, draw, height)
            panel.summarise = summary  # type: ignore[attr-defined]
            self.charts.append(panel)
            self.charts_box.addWidget(panel)

    def _draw_next(self) -> None:
        if self.data is None:
            return
        if self._pending is None:
            self._ensure_charts()
            self._pending = list(self.charts)
        if not self._pending:
            return
        panel = self._pending.pop(0)
        panel.show_data(self.data, panel.summarise(self.data))
        if self._pending:
            QTimer.singleShot(0, self._draw_next)
        else:
            self.charts_drawn.emit()

    def draw_all_now(self) -> None:
        """Draw every pending chart at once (tests, benchmarks)."""
        self._draw_next()
        while self._pending:
            self._draw_next()

    # --- report ---------------------------------------------------------------------------
    def ask_report(self) -> None:
        last, first = self.period_bounds()
        suggested = str(Path.home() / f"rlsdesk-report-{last.isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, "Save report for your clinician", suggested, "PDF files (*.pdf)"
        )
        if path:
            self.save_report(Path(path), first, last)

    def save_report(self, path: Path, first: date | None, last: date) -> None:
        from rlsdesk.export.report import build_report
        from rlsdesk.paths import atomic_write_bytes

        span = self.service.span()
        first = first or (span[0] if span else last)
        try:
            atomic_write_bytes(path, build_report(self.service, min(first, last), last))
        except OSError as exc:
            self.status.setText(f"The report could not be saved: {exc.strerror or exc}")
            return
        self.status.setText(f"Report saved to {path}.")
        self.report_saved.emit(str(path))
