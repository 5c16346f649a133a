"""The Insights page: what the diary shows, in charts with text alternatives.

The charts are painted with QPainter (rlsdesk.paint, shared with the PDF report), so the
whole page, text and charts, is ready as soon as the data is read.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.services.diary import DiaryService, Insights
from rlsdesk.services.labs import LabsService
from rlsdesk.text.note_text import note_text
from rlsdesk.text.trend_text import trend_sentence
from rlsdesk.text.trigger_text import medicine_event_text, trigger_intro, trigger_lines
from rlsdesk.ui import insight_text
from rlsdesk.ui.calm import scrolling_body, set_scaled
from rlsdesk.ui.charts.calendar import CalendarChart
from rlsdesk.ui.charts.helps import HelpsChart
from rlsdesk.ui.charts.onsets import OnsetChart
from rlsdesk.ui.charts.panel import ChartPanel
from rlsdesk.ui.charts.severity import SeverityChart
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.flow import FlowLayout
from rlsdesk.ui.inline_note import InlineNote
from rlsdesk.ui.insights_labs_sleep import LabsPanel, SleepEfficiencyPanel
from rlsdesk.ui.left_out import left_out_text

#: The periods to choose from, in nights (None: the whole diary); 90 nights by default.
RANGE_DAYS: tuple[int | None, ...] = (30, 90, 365, None)


@guard_overrides
class InsightsPage(QWidget):
    report_saved = Signal(str)
    changed = Signal()  # lab results or planned blood tests changed here

    def __init__(self, service: DiaryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("insightsPage")
        self.data: Insights | None = None
        self._stale = True
        self._seen: tuple[object, ...] = ()

        self._layout = layout = QVBoxLayout(scrolling_body(self))
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)

        top = FlowLayout()  # the period and the report move under the heading when narrow
        heading = QLabel(self.tr("Insights"))
        heading.setObjectName("pageHeading")
        heading.setAccessibleName(self.tr("Insights"))
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Period shown"))
        for label in (self.tr("Last 30 nights"), self.tr("Last 90 nights"),
                      self.tr("Last year"), self.tr("Everything")):
            self.range.addItem(label)
        self.range.setCurrentIndex(1)
        self.range.currentIndexChanged.connect(lambda _i: self.reload())
        self.report_button = QPushButton(self.tr("Report for your clinician (PDF)…"))
        self.report_button.setAccessibleName(self.tr("Save a report for your clinician as PDF"))
        self.report_button.clicked.connect(self.ask_report)
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.range)
        period = QWidget()  # "Show:" stays beside its choice when the row wraps
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.addWidget(show)
        period_row.addWidget(self.range)
        top.addWidget(heading)
        top.addSpacing(24)
        top.addWidget(period)
        top.addWidget(self.report_button)
        layout.addLayout(top)
        self.status = InlineNote(self.tr("Report result"))
        self.status.setObjectName("reportNote")
        layout.addWidget(self.status)  # right under the report button, wrapping
        self.left_out_note = QLabel("")
        self.left_out_note.setObjectName("leftOutNote")
        self.left_out_note.setWordWrap(True)
        self.left_out_note.hide()
        layout.addWidget(self.left_out_note)

        self.banner = QFrame()
        self.banner.setObjectName("augmentationBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "#augmentationBanner { border: 2px solid palette(highlight); border-radius: 8px; }"
        )
        banner_layout = QVBoxLayout(self.banner)
        self.banner_title = QLabel("")
        self.banner_title.setWordWrap(True)
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
        self.period.setWordWrap(True)
        layout.addWidget(self.period)
        self._build_trend(layout)

        nights_hint = self.tr("Left and Right arrow keys (Home, End) or the pointer read "
                              "each night's value.")
        self.severity_chart = SeverityChart()
        self.onset_chart = OnsetChart()
        self.calendar_chart = CalendarChart()
        self.helps_chart = HelpsChart()
        self.severity = ChartPanel(self.tr("How bad each night was"), self.severity_chart,
                                   nights_hint)
        self.onsets = ChartPanel(self.tr("When symptoms started, and what the planner learned"),
                                 self.onset_chart, nights_hint)
        self.calendar = ChartPanel(self.tr("Calendar of nights"),
                                   self.calendar_chart, nights_hint)
        self.helps_panel = ChartPanel(self.tr("What seems to help"), self.helps_chart,
                                      self.tr("Arrow keys or the pointer read each step's "
                                              "comparison."))
        self.helps_intro = QLabel(self.service.words("helps", "intro"))
        self.helps_intro.setWordWrap(True)
        self.helps_panel.add_under_title(self.helps_intro)
        self.helps = self.helps_panel.summary
        self.helps.setAccessibleName(self.tr("What seems to help, in words"))
        self.helps.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.charts: list[ChartPanel] = [self.severity, self.onsets, self.calendar,
                                         self.helps_panel]
        for panel in self.charts:
            layout.addWidget(panel)
        self.sleep_panel = SleepEfficiencyPanel(service)
        self.labs_panel = LabsPanel(LabsService(service.evening))
        layout.addWidget(self.sleep_panel)
        layout.addWidget(self.labs_panel)
        self.labs_panel.changed.connect(self.changed)

        self._build_triggers_and_changes(layout)

        adherence_title = QLabel(self.tr("How often each step was done"))
        adherence_title.setWordWrap(True)
        set_scaled(adherence_title, 1.1, bold=True)
        self.adherence = QLabel("")
        self.adherence.setWordWrap(True)
        self.adherence.setAccessibleName(self.tr("How often each step was done"))
        self.adherence.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(adherence_title)
        layout.addWidget(self.adherence)
        layout.addStretch(1)

    def _build_trend(self, layout: QVBoxLayout) -> None:
        """"Is it getting worse?" answered in one sentence, under the period."""
        title = QLabel(self.tr("Is it getting worse?"))
        set_scaled(title, 1.1, bold=True)
        self.trend_text = QLabel("")
        self.trend_text.setObjectName("trendText")
        self.trend_text.setWordWrap(True)
        self.trend_text.setAccessibleName(self.tr("Is it getting worse?"))
        self.trend_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trend_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after: the flags reset it
        layout.addWidget(title)
        layout.addWidget(self.trend_text)

    def _build_triggers_and_changes(self, layout: QVBoxLayout) -> None:
        title = QLabel(self.tr("What else happened"))
        title.setWordWrap(True)
        set_scaled(title, 1.1, bold=True)
        intro = QLabel(trigger_intro())
        intro.setWordWrap(True)
        self.trigger_text = QLabel("")
        self.trigger_text.setObjectName("triggerEffects")
        self.trigger_text.setWordWrap(True)
        self.trigger_text.setAccessibleName(self.tr("What else happened, compared"))
        self.trigger_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        changes_title = QLabel(self.tr("Medicine changes (dashed lines on the charts)"))
        changes_title.setWordWrap(True)  # more lines, never a wider page
        set_scaled(changes_title, 1.1, bold=True)
        self.medicine_text = QLabel("")
        self.medicine_text.setObjectName("medicineChanges")
        self.medicine_text.setWordWrap(True)
        self.medicine_text.setAccessibleName(self.tr("Medicine changes"))
        self.medicine_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for widget in (title, intro, self.trigger_text, changes_title, self.medicine_text):
            layout.addWidget(widget)

    def _show_triggers_and_changes(self, data: Insights) -> None:
        self.trigger_text.setText("\n".join(trigger_lines(data.triggers)) or self.tr(
            "Not enough nights with and without a trigger yet."))
        self.medicine_text.setText(
            "\n".join(medicine_event_text(e) for e in data.medicine_events)
            or self.tr("No medicine or supplement changes in this period."))

    # --- loading --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._seen != self._fingerprint():
            self.reload()

    def _fingerprint(self) -> tuple[object, ...]:
        return (self.service.last_night(), *self.service.fingerprint(),
                *self.labs_panel.labs.fingerprint())

    def mark_stale(self) -> None:
        """The diary changed: reload when next shown (or now, if showing)."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def follow_data(self) -> None:
        """The data changed (here or in another process): the diary or the routine."""
        self.mark_stale()

    def period_bounds(self) -> tuple[date, date | None]:
        last = self.service.last_night()
        days = RANGE_DAYS[self.range.currentIndex()]
        return last, None if days is None else last - timedelta(days=days - 1)

    def reload(self) -> None:
        """Read the period's data and show it: the text and every chart."""
        self._stale = False
        self._seen = self._fingerprint()
        last, first = self.period_bounds()
        data = self.service.insights(first, last)
        self.data = data
        self.period.setText(insight_text.period_text(data))
        self.trend_text.setText(trend_sentence(self.service.trend(data)))
        self.left_out_note.setText(left_out_text(data.left_out))
        self.left_out_note.setVisible(data.left_out > 0)
        helps = insight_text.helps_lines(data)
        self.helps_chart.set_data(data, helps)  # largest difference first, as the text
        self.helps_panel.set_summary("\n".join(self.helps_chart.ordered_lines())
                                     or self.tr("No routine steps yet."))
        self.adherence.setText("\n".join(insight_text.adherence_lines(
            data, insight_text.dose_labels(self.service.steps())))
                               or self.tr("No steps."))
        banner = note_text(data.augmentation)
        if banner is None:
            self.banner.hide()
        else:
            self.banner_title.setText(banner.title)
            self.banner_text.setText(
                f"{banner.body}\n\n{banner.criteria}\n"
                + self.tr("Source: %1").replace("%1", banner.source))
            self.banner.setAccessibleName(banner.title)
            self.banner_text.setAccessibleName(banner.title)
            self.banner.show()
        self.severity_chart.set_data(data)
        self.severity.set_summary(insight_text.severity_summary(data))
        self.onset_chart.set_data(data)
        self.onsets.set_summary(insight_text.onset_summary(data))
        self.calendar_chart.set_data(data)
        self.calendar.set_summary(insight_text.calendar_summary(data))
        self.sleep_panel.set_period(data.first, data.last, data.records)  # not read again
        self.labs_panel.set_period(data.first, data.last)
        self._show_triggers_and_changes(data)

    # --- report ---------------------------------------------------------------------------
    def ask_report(self) -> None:
        last, first = self.period_bounds()
        suggested = str(Path.home() / f"rlsdesk-report-{last.isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report for your clinician"), suggested,
            self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_report(Path(path), first, last)

    def save_report(self, path: Path, first: date | None, last: date) -> None:
        from rlsdesk.export.report import build_report
        from rlsdesk.formats.targets import TargetError, export_target, write_export

        span = self.service.span()
        first = first or (span[0] if span else last)
        try:  # replace=True: the save dialog asks before naming an existing file
            target = export_target(path, self.service.evening.data_folder, replace=True)
            report = build_report(self.service, min(first, last), last)
            write_export(target, report, replace=True, shown=str(path))
        except TargetError as exc:
            self.status.problem(self.tr("The report could not be saved: %1")
                                .replace("%1", str(exc)))
            return
        self.status.confirm(self.tr("Report saved to %1.").replace("%1", str(path)))
        self.report_saved.emit(str(path))
