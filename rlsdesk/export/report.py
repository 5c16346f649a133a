"""The clinician's report as PDF, typeset with Qt: QPdfWriter pages, QTextDocument for text
and tables (selectable text; fonts fall back for any script the desktop has), and the
Insights page's own chart painting (rlsdesk.paint), so screen and paper agree.

Designed for a two-minute read. Page 1: who and which period, the key figures, the trend
against the period before, the note on what the diary shows (when it applies), medicines
and supplements with the dates they started and stopped, the charts. Then "what seems to
help", a table by week, month or quarter (as the paper diary's summary sheet), the notes
worth reading, and the questions for the clinician.

The report is a list of section builders (:data:`SECTIONS`), each turning a
:class:`ReportContext` into blocks (HTML text or a chart); the summary table is a list of
columns (:data:`COLUMNS`). A new section or column is one function and one list entry.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from rlsdesk import __version__
from rlsdesk.domain.clock import format_clock, from_noon_minutes
from rlsdesk.domain.guidance import ClinicianQuestion, Note
from rlsdesk.domain.insights import MIN_NIGHTS_EACH_SIDE
from rlsdesk.domain.labs import LabResult, LabRow
from rlsdesk.domain.routine import Step
from rlsdesk.domain.sleep_diary import SleepPeriod
from rlsdesk.domain.summary import (
    MODERATE,
    KeyFigures,
    MedicineChange,
    PeriodRow,
    Trend,
    grain_for,
    key_figures,
    medicine_changes,
    period_rows,
    ranked_effects,
    report_notes,
)
from rlsdesk.domain.triggers import trigger_counts
from rlsdesk.export import summaries
from rlsdesk.export.qt_session import ensure_gui
from rlsdesk.export.table_headers import fit_columns
from rlsdesk.paint.colours import paper_colours
from rlsdesk.paint.onsets import OnsetPlot
from rlsdesk.paint.plot import PAD, Plot
from rlsdesk.paint.severity import SeverityPlot
from rlsdesk.services.diary import TAKEN_KINDS, DiaryService, Insights, step_label
from rlsdesk.services.labs import LabsService
from rlsdesk.system.resources import load_cited
from rlsdesk.text.i18n import fill, plural, translate
from rlsdesk.text.note_text import note_text
from rlsdesk.text.trend_text import trend_sentence
from rlsdesk.text.trigger_text import medicine_event_text, trigger_lines

log = logging.getLogger(__name__)

RESOLUTION = 96  # device units per inch: one unit is a screen pixel at 100%
FONT_PX = 12  # body text (9 pt)
MARGIN_MM = 14.0
RECENT_NOTE_NIGHTS = 14
CHART_STEPS = 6  # step strips under the severity chart on paper
NUMERIC = " class='n'"  # a right-aligned table cell
#: The summary table: as wide as an A4 page between its margins; its cells' and headers'
#: font sizes (as in _CSS) and what a cell's padding and borders take of its width.
TABLE_WIDTH = (210.0 - 2 * MARGIN_MM) / 25.4 * RESOLUTION
TABLE_PX = 10
HEADER_PX = 9
CELL_SPARE = 14.0


# --- what the sections read ---------------------------------------------------------------
@dataclass
class ReportContext:
    service: DiaryService
    data: Insights
    generated: datetime
    flagged: frozenset[date] = field(default_factory=frozenset)
    report_name: str = ""  # shown only when the person typed one in Settings

    @property
    def first(self) -> date:
        return self.data.first

    @property
    def last(self) -> date:
        return self.data.last

    @cached_property
    def figures(self) -> KeyFigures:
        return key_figures(self.data.records, self.first, self.last)

    @cached_property
    def trend(self) -> Trend:
        """The Insights page's own answer: one reading of the diary for both."""
        return self.service.trend(self.data)

    @cached_property
    def rows(self) -> list[PeriodRow]:
        return period_rows(self.data.records, self.first, self.last)

    @cached_property
    def taken(self) -> list[Step]:
        return [s for s in self.service.steps() if s.kind in TAKEN_KINDS and s.id is not None]

    @cached_property
    def changes(self) -> list[MedicineChange]:
        history = self.service.evening.store.routine.history()
        return medicine_changes(
            (s.title, step_label(s), history.get(s.id, ())) for s in self.taken if s.id is not None
        )


    @cached_property
    def sleep(self) -> SleepPeriod:
        return self.service.sleep_period(self.first, self.last)

    @cached_property
    def labs(self) -> list[LabRow]:
        return LabsService(self.service.evening).rows(self.first, self.last)

    @cached_property
    def triggers_noted(self) -> bool:
        return any(r.triggers for r in self.data.records)


@dataclass(frozen=True)
class Text:
    html: str


@dataclass(frozen=True)
class Chart:
    plot: Plot
    title: str = ""  # kept on the same page as the chart


Block = Text | Chart
Section = Callable[[ReportContext], list[Block]]


# --- words --------------------------------------------------------------------------------
def esc(text: object) -> str:
    return html.escape(str(text))


def day(value: date) -> str:
    from rlsdesk.text.timefmt import format_date

    return format_date(value, "d MMM yyyy")


def short_day(value: date) -> str:
    from rlsdesk.text.timefmt import format_date

    return format_date(value, "d MMM")


def clock(minutes: float) -> str:
    from rlsdesk.text.timefmt import format_clock as locale_clock

    return locale_clock(from_noon_minutes(round(minutes)))


def number(value: float | None, digits: int = 1) -> str:
    """``value`` as the report's language writes it ("4.5", German "4,5")."""
    if value is None:
        return "–"
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", digits)


def nights_text(count: int) -> str:
    return fill(
        plural(count, translate("Report", "%1 night"), translate("Report", "%1 nights")), count
    )


# --- sections -----------------------------------------------------------------------------
def header(ctx: ReportContext) -> list[Block]:
    nights = (ctx.last - ctx.first).days + 1
    lines = [
        "<h1>" + esc(translate("Report", "Restless legs diary report")) + "</h1>",
        "<p>"
        + (
            esc(fill(translate("Report", "Name: %1"), ctx.report_name)) + "<br/>"
            if ctx.report_name
            else ""
        )
        + esc(
            fill(
                translate("Report", "Period: %1 to %2 (%3)"),
                day(ctx.first),
                day(ctx.last),
                nights_text(nights),
            )
        )
        + "<br/>"
        + esc(
            fill(
                translate(
                    "Report",
                    "Generated %1 by rlsdesk %2. A self-kept diary, not a clinical assessment.",
                ),
                f"{ctx.generated:%Y-%m-%d %H:%M}",
                __version__,
            )
        )
        + "</p>",
    ]
    if ctx.data.left_out:
        lines.append(
            "<p>"
            + esc(
                fill(
                    translate("Report", "%1 stored entries could not be read and are left out."),
                    ctx.data.left_out,
                )
            )
            + "</p>"
        )
    return [Text("".join(lines))]


def key_figures_section(ctx: ReportContext) -> list[Block]:
    f = ctx.figures
    onset = "–" if f.usual_onset is None else clock(f.usual_onset)
    share = "–" if f.moderate_share is None else f"{100 * f.moderate_share:.0f}%"
    cells = [
        (
            translate("Report", "Nights logged"),
            fill(translate("Report", "%1 of %2"), f.logged, f.nights),
        ),
        (translate("Report", "Nights with symptoms"), str(f.with_symptoms)),
        (translate("Report", "Average severity (0-10)"), number(f.mean_severity)),
        (
            translate("Report", "Worst night"),
            "–" if f.worst_severity is None else str(f.worst_severity),
        ),
        (fill(translate("Report", "Moderate or worse (%1+)"), MODERATE), share),
        (translate("Report", "Usual onset (median)"), onset),
        (
            translate("Report", "Sleep, average"),
            "–"
            if f.mean_sleep is None
            else fill(translate("Report", "%1 h"), number(f.mean_sleep)),
        ),
        (translate("Report", "Awakenings, average"), number(f.mean_awakenings)),
    ]
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td class='k'>{esc(k)}</td><td class='v'>{esc(v)}</td>" for k, v in cells[i : i + 2]
        )
        + "</tr>"
        for i in range(0, len(cells), 2)
    )
    return [
        Text(
            "<h2>" + esc(translate("Report", "Key figures")) + f"</h2>"
            "<table class='figures' width='100%'>"
            f"{rows}</table>"
        )
    ]


def hours_minutes(minutes: float) -> str:
    whole = round(minutes)
    return fill(translate("Report", "%1 h %2 min"), whole // 60, f"{whole % 60:02d}")


def sleep_diary_section(ctx: ReportContext) -> list[Block]:
    """The sleep diary's key figures, when any night of the period has its answers."""
    found = ctx.sleep
    if not found.nights:
        return []
    qualities = sum(1 for n in found.nights if n.quality is not None)
    cells = [
        (
            translate("Report", "Total sleep time, average"),
            None if found.mean_total_sleep is None else hours_minutes(found.mean_total_sleep),
            found.nights_with_total,
        ),
        (
            translate("Report", "Sleep efficiency, average"),
            None if found.mean_efficiency is None else f"{found.mean_efficiency:.0f}%",
            found.nights_with_efficiency,
        ),
        (
            translate("Report", "Sleep quality, average (1 very poor to 5 very good)"),
            number(found.mean_quality),
            qualities,
        ),
    ]
    rows = "".join(
        f"<tr><td class='k'>{esc(k)}</td><td class='v'>{esc(v or '–')}</td>"
        f"<td class='k'>{esc(nights_text(n))}</td></tr>"
        for k, v, n in cells
    )
    note = translate(
        "Report",
        "From the sleep-diary questions (after the Consensus Sleep Diary) on the nights "
        "they were answered.",
    )
    return [
        Text(
            "<h2>" + esc(translate("Report", "Sleep diary")) + "</h2>"
            f"<table class='figures'>{rows}</table><p class='small'>{esc(note)}</p>"
        )
    ]


def trend_section(ctx: ReportContext) -> list[Block]:
    return [
        Text(
            "<h2>" + esc(translate("Report", "Is it getting worse?")) + f"</h2>"
            f"<p>{esc(trend_sentence(ctx.trend))}</p>"
        )
    ]


def augmentation_section(ctx: ReportContext) -> list[Block]:
    banner = note_text(ctx.data.augmentation)  # in the report's language
    if banner is None:
        return []
    return [
        Text(
            f"<div class='note'><h2>{esc(banner.title)}</h2><p>{esc(banner.body)}</p>"
            f"<p class='small'>{esc(banner.criteria)} "
            + esc(fill(translate("Report", "Source: %1"), banner.source))
            + "</p></div>"
        )
    ]


def medicine_changes_html(ctx: ReportContext) -> str:
    """The recorded changes in the period, oldest first ("12 Mar 2026: Evening tablet
    changed from pramipexole 0.125 mg to pramipexole 0.25 mg")."""
    events = ctx.data.medicine_events
    if not events:
        return (
            "<p>"
            + esc(translate("Report", "No medicine or supplement changes recorded in this period."))
            + "</p>"
        )
    items = "".join(f"<li>{esc(medicine_event_text(e))}</li>" for e in events)
    return (
        "<p><b>" + esc(translate("Report", "Changes in this period")) + f"</b></p><ul>{items}</ul>"
    )


def medicines_section(ctx: ReportContext) -> list[Block]:
    title = "<h2>" + esc(translate("Report", "Medicines and supplements in the routine")) + "</h2>"
    if not ctx.taken:
        return [
            Text(
                title
                + "<p>"
                + esc(translate("Report", "None listed."))
                + "</p>"
                + (medicine_changes_html(ctx) if ctx.data.medicine_events else "")
            )
        ]
    facts = {a.title: a for a in summaries.adherence_facts(ctx.data)}
    kinds = {
        "started": translate("Report", "started"),
        "stopped": translate("Report", "stopped"),
        "restarted": translate("Report", "started again"),
    }
    rows = []
    for step in ctx.taken:
        when = "; ".join(
            f"{kinds[c.kind]} {day(c.night)}" for c in ctx.changes if c.title == step.title
        ) or translate("Report", "start not recorded")
        if not step.enabled:
            when += "; " + translate("Report", "switched off now")
        item = facts.get(step.title)
        if item is None or item.state == "not_planned":
            taken = translate("Report", "not planned in this period")
        elif item.state == "not_yet":
            taken = translate("Report", "added after this period")
        else:
            taken = fill(translate("Report", "%1 of %2 nights"), item.done, item.planned)
        rows.append(
            f"<tr><td>{esc(step.title)}</td><td>{esc(step_label(step))}</td>"
            f"<td>{esc(when)}</td><td>{esc(taken)}</td></tr>"
        )
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (
            translate("Report", "Step"),
            translate("Report", "What"),
            translate("Report", "Started / stopped"),
            translate("Report", "Marked taken"),
        )
    )
    note = translate(
        "Report",
        "Nights count only while a step was in the routine and switched on. The dose "
        "shown is today's; changes of dose are listed with their dates.",
    )
    return [
        Text(
            f"{title}<table class='grid' width='100%'><tr>{head}</tr>{''.join(rows)}"
            f"</table>{medicine_changes_html(ctx)}<p class='small'>{esc(note)}</p>"
        )
    ]


def lab_value(result: LabResult | None) -> str:
    if result is None:
        return "–"
    return f"{result.value:g} {result.unit}"


def labs_section(ctx: ReportContext) -> list[Block]:
    """The lab results drawn in the period with the guideline's thresholds as cited
    context; nothing when there are none."""
    if not ctx.labs:
        return []
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (
            translate("Report", "Drawn"),
            translate("Report", "Ferritin"),
            translate("Report", "Transferrin saturation"),
            translate("Report", "Haemoglobin"),
        )
    )
    rows = "".join(
        f"<tr><td>{esc(day(row.drawn))}</td><td class='n'>{esc(lab_value(row.ferritin))}</td>"
        f"<td class='n'>{esc(lab_value(row.tsat))}</td>"
        f"<td class='n'>{esc(lab_value(row.hb))}</td></tr>"
        for row in reversed(ctx.labs)
    )
    cited = load_cited("labs_sleep_text.json")["iron_thresholds"]
    context = fill(
        translate(
            "Report",
            "For information, not advice: the 2024 AASM guideline considers iron treatment "
            "when ferritin is at or below 75 ng/mL (75 µg/L, the same) or transferrin "
            "saturation is below 20 %, and only intravenous iron when ferritin is above 75 "
            "and up to 100 ng/mL. Source: %1",
        ),
        cited["source"],
    )
    return [
        Text(
            "<h2>" + esc(translate("Report", "Lab results")) + "</h2>"
            f"<table class='grid' width='100%'><tr>{head}</tr>{rows}</table>"
            f"<p class='small'>{esc(context)}</p>"
        )
    ]


def charts_section(ctx: ReportContext) -> list[Block]:
    severity = SeverityPlot(max_steps=CHART_STEPS)
    severity.set_data(ctx.data)
    onsets = OnsetPlot()
    onsets.set_data(ctx.data)
    return [
        Chart(severity, translate("Report", "Severity over time")),
        Chart(onsets, translate("Report", "When symptoms started")),
    ]


def helps_section(ctx: ReportContext) -> list[Block]:
    ranked = ranked_effects(ctx.data.effects)
    title = "<h2>" + esc(translate("Report", "What seems to help")) + "</h2>"
    caveat = translate(
        "Report",
        "Mean severity on nights a step was done against nights it was planned but "
        "not done, largest difference first. An association in this diary, not "
        "proof: other things differ between those nights too.",
    )
    if not ranked:
        return [
            Text(
                title
                + "<p>"
                + esc(translate("Report", "Not enough nights yet to compare any step."))
                + "</p>"
                + triggers_html(ctx)
            )
        ]
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (
            translate("Report", "Step"),
            translate("Report", "Done"),
            translate("Report", "Not done"),
            translate("Report", "Difference"),
        )
    )
    rows = []
    for e in ranked:
        diff = e.difference or 0.0
        word = (
            translate("Report", "about the same")
            if abs(diff) < 0.05
            else translate("Report", "milder")
            if diff < 0
            else translate("Report", "worse")
        )
        rows.append(
            f"<tr><td>{esc(e.step.title)}</td>"
            f"<td>{number(e.mean_done)} ({esc(nights_text(e.nights_done))})</td>"
            f"<td>{number(e.mean_not_done)} ({esc(nights_text(e.nights_not_done))})</td>"
            f"<td>{'' if abs(diff) < 0.05 else number(abs(diff)) + ' '}{esc(word)}</td></tr>"
        )
    return [
        Text(
            f"{title}<table class='grid' width='100%'><tr>{head}</tr>{''.join(rows)}"
            f"</table><p class='small'>{esc(caveat)}</p>{triggers_html(ctx)}"
        )
    ]


def triggers_html(ctx: ReportContext) -> str:
    """Nights with each trigger against nights without, only with enough nights of each;
    nothing when no trigger was noted in the period."""
    if not ctx.triggers_noted:
        return ""
    lines = trigger_lines(ctx.data.triggers)
    title = "<p><b>" + esc(translate("Report", "Triggers")) + "</b></p>"
    note = fill(
        translate(
            "Report",
            "Nights with each trigger against nights without, from the first night one was "
            "noted; shown with at least %1 nights of each. An association in the person's "
            "own diary, not proof of a cause.",
        ),
        MIN_NIGHTS_EACH_SIDE,
    )
    if not lines:
        body = "<p>" + esc(
            fill(
                translate(
                    "Report", "Not yet %1 nights with and %1 without any trigger to compare."
                ),
                MIN_NIGHTS_EACH_SIDE,
            )
        ) + "</p>"
    else:
        body = "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"
    return f"{title}{body}<p class='small'>{esc(note)}</p>"


# --- the summary table: one column each ----------------------------------------------------
@dataclass(frozen=True)
class Column:
    header: str
    cell: Callable[[PeriodRow], str]
    numeric: bool = True  # right-aligned
    width: str = ""  # a share of the table ("16%"); empty: what is left, shared


def _onset_cell(row: PeriodRow) -> str:
    return "–" if row.figures.usual_onset is None else clock(row.figures.usual_onset)


def base_columns() -> list[Column]:
    return [
        Column(translate("Report", "Logged"), lambda r: f"{r.figures.logged}/{r.figures.nights}"),
        Column(translate("Report", "With symptoms"), lambda r: str(r.figures.with_symptoms)),
        Column(translate("Report", "Severity avg"), lambda r: number(r.figures.mean_severity)),
        Column(
            translate("Report", "Worst"),
            lambda r: "–" if r.figures.worst_severity is None else str(r.figures.worst_severity),
        ),
        Column(translate("Report", "Usual onset"), _onset_cell),
        Column(translate("Report", "Sleep h"), lambda r: number(r.figures.mean_sleep)),
        Column(translate("Report", "Awakenings"), lambda r: number(r.figures.mean_awakenings)),
    ]


def _short_title(title: str, most: int = 18) -> str:
    """A step title for a column header: whole words, "…" when cut."""
    if len(title) <= most:
        return title
    cut = title[:most].rsplit(" ", 1)[0] if " " in title[:most] else title[:most]
    return cut.rstrip(" ,;:-") + "…"


def taken_columns(ctx: ReportContext) -> list[Column]:
    """A column per medicine or supplement: nights marked taken in that row."""

    def cell(step_id: int) -> Callable[[PeriodRow], str]:
        def count(row: PeriodRow) -> str:
            return str(sum(1 for rec in row.records if step_id in rec.done))

        return count

    return [
        Column(fill(translate("Report", "%1 taken"), _short_title(s.title)), cell(s.id))
        for s in ctx.taken[:3]
        if s.id is not None
    ]


def trigger_short(name: str) -> str:
    """A built-in trigger's short name for a table cell; the person's own as typed."""
    names = {
        "caffeine-late": translate("Report", "late caffeine"),
        "alcohol": translate("Report", "alcohol"),
        "nicotine": translate("Report", "nicotine"),
        "long-sit": translate("Report", "long sit"),
        "short-night": translate("Report", "short night"),
        "exercise": translate("Report", "exercise"),
        "medicine-change": translate("Report", "medicine change"),
    }
    return names.get(name, name)


def trigger_columns(ctx: ReportContext) -> list[Column]:
    """Nights with each trigger in the row ("alcohol 2, long sit 1"), when any was noted."""
    if not ctx.triggers_noted:
        return []

    def cell(row: PeriodRow) -> str:
        counts = trigger_counts(row.records, row.first, row.last)
        return ", ".join(f"{trigger_short(n)} {k}" for n, k in counts.items()) or "–"

    return [Column(translate("Report", "Triggers (nights)"), cell, numeric=False, width="17%")]


#: Columns of the summary table after the row's dates (functions of the context).
COLUMNS: list[Callable[[ReportContext], list[Column]]] = [
    lambda _ctx: base_columns(),
    taken_columns,
    trigger_columns,
]


def _table_font(px: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFontMetricsF:
    font = QFont()
    font.setPixelSize(px)
    font.setWeight(weight)
    return QFontMetricsF(font)


def summary_table_section(ctx: ReportContext) -> list[Block]:
    grain = grain_for(ctx.first, ctx.last)
    title = {
        "week": translate("Report", "Week by week"),
        "month": translate("Report", "Month by month"),
        "quarter": translate("Report", "Quarter by quarter"),
    }[grain]
    columns = [c for make in COLUMNS for c in make(ctx)]
    spans = [
        day(row.first) if row.first == row.last else f"{short_day(row.first)} – {day(row.last)}"
        for row in reversed(ctx.rows)  # newest first, as a clinician reads it
    ]
    cells, heads = _table_font(TABLE_PX), _table_font(HEADER_PX, QFont.Weight.DemiBold)
    nights = translate("Report", "Nights")
    widest_span = max([cells.horizontalAdvance(s) for s in spans]
                      + [heads.horizontalAdvance(w) for w in nights.split()])
    fitted = fit_columns(
        [nights, *(c.header for c in columns)],
        [widest_span + CELL_SPARE,
         *(TABLE_WIDTH * float(c.width.rstrip("%")) / 100 if c.width else None
           for c in columns)],
        [spans, *([c.cell(row) for row in ctx.rows] for c in columns)],
        heads.horizontalAdvance, cells.horizontalAdvance, TABLE_WIDTH, CELL_SPARE)
    head = "".join(f"<th width='{width:.1f}%'>{esc(text)}</th>"
                   for width, text in zip(fitted.widths, fitted.headers, strict=True))
    note = translate(
        "Report",
        "Logged: nights with a rating or an onset, of the nights in the row. Taken: "
        "nights marked taken.",
    )
    if ctx.triggers_noted:
        note += " " + translate("Report", "Triggers: nights with each trigger in the row.")
    if fitted.key:
        note = "; ".join(fitted.key) + ". " + note
    rows = []
    for span, row in zip(spans, reversed(ctx.rows), strict=True):
        rows.append(
            f"<tr><td>{esc(span).replace(' ', '&nbsp;')}</td>"
            + "".join(
                f"<td{NUMERIC if c.numeric else ''}>{esc(c.cell(row))}</td>" for c in columns
            )
            + "</tr>"
        )
    return [
        Text(
            f"<h2>{esc(title)}</h2><table class='grid' width='100%'><thead><tr>{head}"
            f"</tr></thead>{''.join(rows)}</table><p class='small'>{esc(note)}</p>"
        )
    ]


def notes_section(ctx: ReportContext) -> list[Block]:
    notes = report_notes(ctx.data.records, ctx.last, RECENT_NOTE_NIGHTS, ctx.flagged)
    title = "<h2>" + esc(translate("Report", "Notes")) + "</h2>"
    intro = fill(
        translate("Report", "Notes marked for the clinician, and those of the last %1 nights."),
        RECENT_NOTE_NIGHTS,
    )
    if not notes:
        return [
            Text(
                title
                + "<p>"
                + esc(translate("Report", "No notes to show for this period."))
                + "</p>"
            )
        ]

    def when(night: date) -> str:
        marked = " ★" if night in ctx.flagged else ""
        return esc(day(night)).replace(" ", "&nbsp;") + marked

    rows = "".join(
        f"<tr><td class='d' width='16%'>{when(night)}</td>"
        f"<td>{esc(note).replace(chr(10), '<br/>')}</td></tr>"
        for night, note in notes
    )
    return [Text(f"{title}<p class='small'>{esc(intro)}</p><table width='100%'>{rows}</table>")]


def questions_section(ctx: ReportContext) -> list[Block]:
    guidance = ctx.service.evening.guidance
    items: tuple[Note | ClinicianQuestion, ...] = (
        guidance.clinician_intro,
        *guidance.clinician_questions,
    )
    body = "".join(
        f"<p>{esc(item.text)} <span class='small'>({esc(item.source)})</span></p>" for item in items
    )
    return [Text("<h2>" + esc(translate("Report", "Questions for the clinician")) + f"</h2>{body}")]


#: The report, in order. A new section: a function ReportContext -> blocks, added here.
SECTIONS: list[Section] = [
    header,
    key_figures_section,
    sleep_diary_section,
    trend_section,
    augmentation_section,
    medicines_section,
    charts_section,
    labs_section,
    helps_section,
    summary_table_section,
    notes_section,
    questions_section,
]

_CSS = """
h1 { font-size: 20px; margin: 0 0 4px 0; }
h2 { font-size: 14px; margin: 10px 0 3px 0; }
p { margin: 2px 0 2px 0; }
.small { font-size: 10px; color: #444444; }
td, th { padding: 1px 4px 1px 4px; }
th { background-color: #eeeeee; text-align: left; font-weight: 600; }
table.grid th { font-size: 9px; }
table.grid { border-collapse: collapse; border: 1px solid #bbbbbb; font-size: 10px; }
table.grid td, table.grid th { border: 1px solid #cccccc; }
td.k { color: #444444; }
td.v { font-weight: 600; }
td.n { text-align: right; }
td.d { white-space: nowrap; }
div.note { background-color: #fbefd9; }
"""


# --- typesetting ---------------------------------------------------------------------------
def report_font() -> QFont:
    """The body text's font."""
    font = QFont()
    font.setPixelSize(FONT_PX)
    for tag in ("liga", "clig"):  # "fi" as two letters, so a search for "figures" finds it
        font.setFeature(QFont.Tag(tag), 0)
    return font


def report_document(text: str, device: QPdfWriter, font: QFont, width: float) -> QTextDocument:
    """A block of the report's HTML laid out as on its pages."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_CSS)
    doc.setDocumentMargin(0)
    doc.setHtml(text)
    doc.setTextWidth(width)
    return doc


# --- typesetting: pages --------------------------------------------------------------------
class _Pages:
    """Blocks placed top-down on pages of ``width`` x ``height`` device units."""

    def __init__(self, writer: QPdfWriter, font: QFont, width: float, height: float) -> None:
        self.writer, self.font, self.width, self.height = writer, font, width, height
        self.pages: list[list[tuple[float, Callable[[QPainter], None]]]] = [[]]
        self.y = 0.0

    def _new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def _document(self, text: str) -> QTextDocument:
        return report_document(text, self.writer, self.font, self.width)

    def add(self, block: Block) -> None:
        if isinstance(block, Chart):
            self._add_chart(block.plot, block.title)
        else:
            self._add_text(self._document(block.html))

    def _add_text(self, doc: QTextDocument) -> None:
        height = doc.size().height()
        if height > self.height - self.y and self.y > 0:
            self._new_page()
        if height <= self.height - self.y:
            self._place(height, self._whole(doc))
            return
        doc.setPageSize(QSizeF(self.width, self.height))  # longer than a page: Qt splits
        for index in range(doc.pageCount()):  # it between lines and rows
            if index:
                self._new_page()
            self._place(self.height, self._page_of(doc, index * self.height))

    def _page_of(self, doc: QTextDocument, top: float) -> Callable[[QPainter], None]:
        def draw(p: QPainter) -> None:
            p.translate(0, -top)
            doc.drawContents(p, QRectF(0, top, self.width, self.height))

        return draw

    @staticmethod
    def _whole(doc: QTextDocument) -> Callable[[QPainter], None]:
        def draw(p: QPainter) -> None:
            doc.drawContents(p)

        return draw

    def _add_chart(self, plot: Plot, title: str) -> None:
        metrics = QFontMetricsF(self.font)
        plot.place(QRectF(PAD, PAD, self.width - 2 * PAD, 200), metrics)
        height = float(plot.preferred_height())
        heading = self._document(f"<h2>{esc(title)}</h2>") if title else None
        above = heading.size().height() if heading is not None else 0.0
        if above + height > self.height - self.y:
            self._new_page()
        if heading is not None:
            self._place(above, self._whole(heading))
        font = self.font

        def draw(p: QPainter) -> None:
            colours = paper_colours()
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setFont(font)
            p.setPen(QPen(colours.border, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(0.5, 0.5, self.width - 1, height - 1), 6, 6)
            plot.arrange()
            plot.draw(p, colours)

        self._place(height + 6, draw)

    def _place(self, height: float, draw: Callable[[QPainter], None]) -> None:
        self.pages[-1].append((self.y, draw))
        self.y += height


def build_report(
    service: DiaryService, first: date, last: date, language: str | None = None
) -> bytes:
    """The report for the nights ``first..last`` as PDF bytes, in the language setting's
    language (or ``language``)."""
    started = time.perf_counter()
    ensure_gui(language or service.evening.prefs.language())
    data = service.insights(first, last)
    ctx = ReportContext(
        service,
        data,
        service.evening.now(),
        service.flagged_nights(first, last),
        service.evening.prefs.report_name(),
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(
        fill(
            translate("Report", "Restless legs diary report %1 to %2"),
            first.isoformat(),
            last.isoformat(),
        )
    )
    writer.setCreator(f"rlsdesk {__version__}")
    font = report_font()
    small = QFont(font)
    small.setPixelSize(FONT_PX - 3)
    width, full = float(writer.width()), float(writer.height())
    footer = QFontMetricsF(small).height() * 2
    pages = _Pages(writer, font, width, full - footer)
    for section in SECTIONS:
        for block in section(ctx):
            pages.add(block)
    painter = QPainter(writer)
    total = len(pages.pages)
    line = fill(
        translate(
            "Report",
            "Self-kept diary recorded with rlsdesk, not a clinical assessment. Generated %1.",
        ),
        f"{ctx.generated:%Y-%m-%d %H:%M}",
    )
    for number_, placed in enumerate(pages.pages, 1):
        if number_ > 1:
            writer.newPage()
        for top, draw in placed:
            painter.save()
            painter.translate(0, top)
            draw(painter)
            painter.restore()
        painter.setFont(small)
        painter.setPen(QPen(Qt.GlobalColor.darkGray))
        foot = QRectF(0, full - footer * 0.6, width, footer * 0.6)
        painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, line)
        painter.drawText(
            foot,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            fill(translate("Report", "page %1 of %2"), number_, total),
        )
    painter.end()
    buffer.close()
    log.info(
        "report %s to %s: %d pages in %.2f s", first, last, total, time.perf_counter() - started
    )
    return bytes(buffer.data().data())


__all__ = ["COLUMNS", "SECTIONS", "Column", "ReportContext", "build_report", "format_clock"]
