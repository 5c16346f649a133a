"""Two parts of the Insights page: the sleep diary (sleep efficiency night by night, total
sleep time and efficiency over the period) and the lab log (a table of ferritin,
transferrin saturation and haemoglobin by date, ferritin over time), each with what its
source says beside it. The guideline's iron thresholds are shown as information, never
as advice."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.domain.diary import NightRecord
from rlsdesk.domain.labs import FERRITIN_THRESHOLD, Band, LabResult, LabRow, guideline_band
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.labs import LabsService
from rlsdesk.system.resources import load_cited
from rlsdesk.text.i18n import fill, plural
from rlsdesk.text.timefmt import format_date, format_number
from rlsdesk.ui.calm import set_muted, set_scaled
from rlsdesk.ui.charts.dated_values import DatedValueChart
from rlsdesk.ui.charts.panel import ChartPanel
from rlsdesk.ui.columns import ColumnFitter
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.labs_form import LabEntryForm
from rlsdesk.ui.sleep_diary_form import duration_text


def _source_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_muted(label)
    return label


@guard_overrides
class SleepEfficiencyPanel(ChartPanel):
    """Sleep efficiency per night from the sleep-diary answers, and the period's means."""

    def __init__(self, service: DiaryService, parent: QWidget | None = None) -> None:
        self.service = service
        chart = DatedValueChart(self.tr("Sleep efficiency each night"))
        super().__init__(self.tr("Sleep diary: sleep efficiency"), chart,
                         self.tr("Left and Right arrow keys (Home, End) or the pointer read "
                                 "each night's value."), parent)
        self.setObjectName("sleepEfficiencyPanel")
        self.values = chart
        cited = load_cited("labs_sleep_text.json")["sleep_diary"]
        self.source_note = _source_label(fill(
            self.tr("Total sleep time is the time from trying to sleep to the final waking, "
                    "less the minutes to fall asleep and awake; sleep efficiency is total "
                    "sleep as a share of the time in bed. Source: %1"), cited["source"]))
        self.add_under_title(self.source_note)

    def set_period(self, first: date, last: date,
                   records: Sequence[NightRecord] | None = None) -> None:
        """``records``: the period's nights if already read (the Insights page's data)."""
        period = self.service.sleep_period(first, last, records)
        nights = {n.night: n for n in period.nights}
        points = [(n.night, n.efficiency) for n in period.nights if n.efficiency is not None]

        def read(night: date, value: float) -> str:
            total = nights[night].total_sleep
            return fill(self.tr("%1: sleep efficiency %2 %, total sleep %3"),
                        format_date(night, "ddd d MMM yyyy"), f"{value:.0f}",
                        "" if total is None else duration_text(total))

        self.values.set_points(
            [(n, float(v)) for n, v in points if v is not None], 0.0, 100.0, read,
            self.tr("No nights with the sleep-diary times in this period"))
        if period.nights_with_efficiency or period.nights_with_total:
            parts = []
            if period.mean_total_sleep is not None:
                parts.append(fill(self.tr("Average total sleep %1 over %2 nights."),
                                  duration_text(round(period.mean_total_sleep)),
                                  period.nights_with_total))
            if period.mean_efficiency is not None:
                parts.append(fill(self.tr("Average sleep efficiency %1 % over %2 nights."),
                                  f"{period.mean_efficiency:.0f}",
                                  period.nights_with_efficiency))
            self.set_summary(" ".join(parts))
        else:
            self.set_summary(self.tr("Open “Sleep diary” in the check-in to answer the "
                                     "sleep questions; the figures appear here."))


@guard_overrides
class LabsPanel(QFrame):
    """The lab log: a short table by date and ferritin over time, with the guideline's
    thresholds as context; a form to add a result or plan a blood test, and deleting a
    mistaken result (asked first)."""

    changed = Signal()  # a result added or deleted, a test planned or cancelled
    #: Rows the table shows before it scrolls.
    VISIBLE_ROWS = 6

    def __init__(self, labs: LabsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labsPanel")
        self.labs = labs
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 10)
        title = QLabel(self.tr("Lab results"))
        title.setWordWrap(True)
        set_scaled(title, 1.1, bold=True)
        column.addWidget(title)
        cited = load_cited("labs_sleep_text.json")
        self.context = _source_label(fill(
            self.tr("For information, not advice: the 2024 AASM guideline considers iron "
                    "treatment when ferritin is at or below 75 ng/mL (75 µg/L, the same) or "
                    "transferrin saturation is below 20 %, and only intravenous iron when "
                    "ferritin is above 75 and up to 100 ng/mL. It asks for the blood to be "
                    "drawn in the morning, with no iron tablets or iron-rich foods in the 24 "
                    "hours before. Whether and how to treat is for your clinician. "
                    "Source: %1"), cited["iron_thresholds"]["source"]))
        column.addWidget(self.context)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Drawn"), self.tr("Ferritin"), self.tr("Transferrin saturation"),
            self.tr("Haemoglobin")])
        for col in range(self.table.columnCount()):
            header_item = self.table.horizontalHeaderItem(col)
            if header_item is not None:  # the whole name when the column is narrow
                header_item.setToolTip(header_item.text())
        self.table.setAccessibleName(self.tr("Lab results by date drawn"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # The columns share the page's width; a cut cell ends in "…", whole in its tooltip.
        self._columns = ColumnFitter(self.table, stretch=3)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        column.addWidget(self.table)
        self.empty = QLabel(self.tr("No lab results yet."))
        self.empty.setObjectName("labsEmpty")
        set_muted(self.empty)
        column.addWidget(self.empty)
        self.delete_button = QPushButton(self.tr("Delete selected…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected lab result"))
        self.delete_button.setToolTip(self.tr(
            "Select a result to delete it, or a date to delete every result of that date"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.ask_delete)
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)
        column.addLayout(delete_row)
        self.form = LabEntryForm(labs)
        self.form.changed.connect(self._after_change)
        column.addWidget(self.form)
        self.shown_rows: list[LabRow] = []
        self.chart = DatedValueChart(self.tr("Ferritin over time"))
        self.ferritin = ChartPanel(self.tr("Ferritin over time"), self.chart,
                                   self.tr("Left and Right arrow keys or the pointer read "
                                           "each result."))
        column.addWidget(self.ferritin)

    def band_text(self, result: LabResult) -> str:
        band = guideline_band(result)
        return {
            Band.FERRITIN_AT_OR_BELOW_75: self.tr("at or below the guideline's 75"),
            Band.FERRITIN_75_TO_100: self.tr("between the guideline's 75 and 100"),
            Band.FERRITIN_ABOVE_100: self.tr("above 100"),
            Band.TSAT_BELOW_20: self.tr("below the guideline's 20 %"),
            Band.TSAT_20_OR_MORE: self.tr("20 % or more"),
            Band.NO_THRESHOLD: "",
        }[band]

    def cell_text(self, result: LabResult | None) -> str:
        if result is None:
            return ""
        value = f"{result.value:.2f}".rstrip("0").rstrip(".")
        band = self.band_text(result)
        return f"{value} {result.unit}" + (f" ({band})" if band else "")

    def set_period(self, first: date, last: date) -> None:
        rows = self.labs.rows()  # every result: tests are months apart
        self.shown_rows = list(reversed(rows))
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(self.shown_rows):
            cells = [format_date(row.drawn, "d MMM yyyy"), self.cell_text(row.ferritin),
                     self.cell_text(row.tsat), self.cell_text(row.hb)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, col, item)
        self._fit_table()
        self._columns.fit()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.delete_button.setVisible(bool(rows))
        self.ferritin.setVisible(bool(rows))
        self.form.refresh()
        ferritin = [r.ferritin for r in rows if r.ferritin is not None]
        high = max([FERRITIN_THRESHOLD * 2, *(r.value for r in ferritin)])

        def read(drawn: date, value: float) -> str:
            return fill(self.tr("%1: ferritin %2 ng/mL"), format_date(drawn, "d MMM yyyy"),
                        format_number(value))

        self.chart.set_points([(r.drawn, r.value) for r in ferritin], 0.0, high, read,
                              self.tr("No ferritin results yet."),
                              (FERRITIN_THRESHOLD, self.tr("75 ng/mL (guideline)")))
        if ferritin:
            latest = ferritin[-1]
            self.ferritin.set_summary(fill(
                self.tr("%1 ferritin results; the latest, %2, was %3 ng/mL (%4)."),
                len(ferritin), format_date(latest.drawn, "d MMM yyyy"),
                format_number(latest.value), self.band_text(latest)))
        else:
            self.ferritin.set_summary(self.tr("No ferritin results yet."))

    # --- changing -------------------------------------------------------------------------
    def _fit_table(self) -> None:
        """As tall as its rows (up to ``VISIBLE_ROWS``, then it scrolls)."""
        shown = min(self.table.rowCount(), self.VISIBLE_ROWS)
        height = (self.table.horizontalHeader().sizeHint().height()
                  + sum(self.table.rowHeight(r) for r in range(shown))
                  + 2 * self.table.frameWidth())
        self.table.setFixedHeight(height)

    def selected(self) -> tuple[LabRow, LabResult | None] | None:
        """The selected row, and the result of the selected cell (None: the date cell)."""
        items = self.table.selectedItems()
        if not items or not 0 <= items[0].row() < len(self.shown_rows):
            return None
        row = self.shown_rows[items[0].row()]
        result = (None, row.ferritin, row.tsat, row.hb)[items[0].column()]
        if items[0].column() and result is None:
            return None  # an empty cell: nothing to delete
        return row, result

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)

    def ask_delete(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        row, result = chosen
        day = format_date(row.drawn, "d MMM yyyy")
        if result is None:
            count = sum(r is not None for r in (row.ferritin, row.tsat, row.hb))
            question = fill(plural(
                count, self.tr("Delete the lab result drawn on %1 (%2 result)?"),
                self.tr("Delete every lab result drawn on %1 (%2 results)?")), day, count)
        else:
            question = fill(self.tr("Delete the result %1, drawn on %2?"),
                            self.cell_text(result), day)
        answer = QMessageBox.question(self, self.tr("Delete lab result"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if result is None:
            self.labs.delete_drawn(row.drawn)
        elif result.id is not None:
            self.labs.delete(result.id)
        self._after_change()

    def _after_change(self) -> None:
        self.set_period(date.min, date.max)
        self.changed.emit()
