"""A painted timeline of the evening: hours, the usual symptom band, onset, steps and now.

The band is on the clock (midnight to 01:00 as in sleep studies, or the person's own worst
logged hours), not a fixed time after the onset."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rlsdesk.domain.planner import NightPlan, PlannedStep, localize
from rlsdesk.text.i18n import fill, plural
from rlsdesk.text.timefmt import format_clock
from rlsdesk.ui.calm import muted_text, soft
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.peak_text import band_text

EVENING_START = time(17, 0)
_FINISHED = frozenset({"done", "skipped", "missed"})


@dataclass(frozen=True, slots=True)
class Span:
    start: datetime
    end: datetime


def timeline_span(plan: NightPlan) -> Span:
    """From 17:00 (or the hour of an earlier step) to bedtime + 1 h or the band's end."""
    tz = ZoneInfo(plan.timezone)
    start = localize(datetime.combine(plan.night, EVENING_START), tz)[0]
    if plan.steps:
        first = min(s.at for s in plan.steps)
        if first < start:
            start = first.replace(minute=0, second=0, microsecond=0)
    end = max(plan.bedtime + timedelta(hours=1), plan.band_end)
    return Span(start, end)


# Room kept between a label and another label's leader line (the backdrop pads 3 px).
LEADER_CLEARANCE = 6.0
LABEL_GAP = 8.0
# How far right of its dot a label may step (further, and it is left to the tooltip).
MAX_PUSH = 90.0


def layout_labels(
    wanted: Sequence[tuple[float, float]], left_edge: float, right_edge: float, lanes: int,
) -> list[tuple[float, int] | None]:
    """A left edge and a lane for each label (``(dot x, width)``, in time order), or None
    when none fits. No two labels overlap; no label sits on another's leader line (which runs
    from the label's left edge down through the lanes below it to its dot); and the labels'
    left edges follow their dots' order. So steps close together get a staircase of labels,
    one lane down and a step to the right each, and each label can be followed to its dot."""
    placed: list[tuple[float, float, int]] = []  # left, right, lane
    result: list[tuple[float, int] | None] = []
    for x, width in wanted:
        floor = left_edge
        if placed:  # keep the order of the dots, even when a label was pushed right
            floor = max(floor, max(p[0] for p in placed) + LEADER_CLEARANCE + 2)
        spot: tuple[float, int] | None = None
        for lane in range(lanes):
            left = max(floor, min(x - 1, right_edge - width))
            while spot is None and left + width <= right_edge + 0.5 \
                    and left - x <= MAX_PUSH:
                right = left + width
                if any(o[2] == lane and left < o[1] + LABEL_GAP and o[0] - LABEL_GAP < right
                       for o in placed):
                    break  # the lane is taken here: the next lane down
                if any(o[2] > lane and o[0] - LEADER_CLEARANCE <= left + 1
                       <= o[1] + LEADER_CLEARANCE for o in placed):
                    break  # this leader would run through a label below
                crossing = [o[0] + 1 for o in placed if o[2] < lane
                            and left - LEADER_CLEARANCE <= o[0] + 1 <= right + LEADER_CLEARANCE]
                if crossing:  # step right of the leader that runs through this lane
                    left = max(crossing) + LEADER_CLEARANCE + 2
                    continue
                spot = (left, lane)
            if spot is not None:
                break
        if spot is not None:
            placed.append((spot[0], spot[0] + width, spot[1]))
        result.append(spot)
    return result


def layout_labels_by_priority(
    wanted: Sequence[tuple[float, float]], order: Sequence[int], left_edge: float,
    right_edge: float, lanes: int,
) -> list[tuple[float, int] | None]:
    """As :func:`layout_labels`, but when not every label fits, the labels are taken in
    ``order`` (the most wanted first: the next step, then the ones still to come) and each
    is kept only if it fits with those already kept."""
    every = layout_labels(wanted, left_edge, right_edge, lanes)
    if all(spot is not None for spot in every):
        return every
    kept: list[int] = []
    for index in order:
        trial = sorted((*kept, index))
        spots = layout_labels([wanted[i] for i in trial], left_edge, right_edge, lanes)
        if all(spot is not None for spot in spots):
            kept = trial
    result: list[tuple[float, int] | None] = [None] * len(wanted)
    spots = layout_labels([wanted[i] for i in kept], left_edge, right_edge, lanes)
    for index, spot in zip(kept, spots, strict=True):
        result[index] = spot
    return result


def label_order(count: int, next_index: int | None) -> list[int]:
    """The next step, the steps after it in time, then the earlier ones, latest first."""
    if next_index is None:
        return list(range(count - 1, -1, -1))
    return [*range(next_index, count), *range(next_index - 1, -1, -1)]


FULL_HEIGHT = 220


def _lanes_offset(text_h: int, *, compact: bool) -> int:
    """Where the step labels' lanes start below the plot's top: under the top labels, and
    in the compact timeline also under the "now" word, which stands under the top labels
    when they leave it no room (see paintEvent), so that the one lane never covers it."""
    under_top_labels = text_h + 8
    return 2 * text_h + 7 if compact else under_top_labels


@guard_overrides
class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Tonight's timeline"))
        self.compact = False  # one lane of step labels, for large text on a small screen
        self.setMinimumHeight(FULL_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._plan: NightPlan | None = None
        self._states: Mapping[int | None, str | None] = {}
        self._next: int | None = None  # index into plan.steps
        self._now: datetime | None = None
        self.span: Span | None = None
        self._markers: list[tuple[float, PlannedStep]] = []
        # the last paint's step labels: (step index, label rectangle, dot x)
        self.label_boxes: list[tuple[int, QRectF, float]] = []
        self.now_box: QRectF | None = None  # the last paint's "now" word

    def sizeHint(self) -> QSize:
        return QSize(700, self.height_for(compact=self.compact))

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.9))
        return small

    def height_for(self, *, compact: bool) -> int:
        """The height it takes: the full one (lanes for a staircase of labels) or, compact,
        the top labels, one lane of step labels, the axis and the hours."""
        if not compact:
            return FULL_HEIGHT
        text_h = QFontMetrics(self._small_font()).height()
        # the plot's margins (8 above, 32 below), the lanes' top, one lane, the knee
        return min(FULL_HEIGHT, 8 + _lanes_offset(text_h, compact=True) + text_h + 4 + 16 + 32)

    def set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        self._follow_size()

    def _follow_size(self) -> None:
        self.setMinimumHeight(self.height_for(compact=self.compact))
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.compact:
            self._follow_size()

    def set_plan(
        self,
        plan: NightPlan,
        states: Mapping[int | None, str | None],
        next_index: int | None,
        now: datetime,
    ) -> None:
        self._plan = plan
        self._states = dict(states)
        self._next = next_index
        self._now = now
        self.span = timeline_span(plan)
        onset = format_clock(plan.onset)
        bed = format_clock(plan.bedtime)
        steps = len(plan.steps)
        self.setAccessibleDescription(fill(plural(
            steps, self.tr("%1 step tonight; symptoms usually start around %2; bedtime %3"),
            self.tr("%1 steps tonight; symptoms usually start around %2; bedtime %3"),
        ), steps, onset, bed) + "; " + band_text(plan.peak))
        self.update()

    def set_now(self, now: datetime, next_index: int | None) -> None:
        self._now = now
        self._next = next_index
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            near = [m for m in self._markers if abs(m[0] - event.pos().x()) <= 8]
            if near:
                text = "\n".join(f"{format_clock(s.at)}  {s.title}" for _x, s in near)
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # --- geometry ------------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        return QRectF(18, 8, max(10, self.width() - 36), max(10, self.height() - 40))

    def x_for(self, moment: datetime) -> float:
        assert self.span is not None
        plot = self._plot()
        total = (self.span.end - self.span.start).total_seconds() or 1.0
        fraction = (moment - self.span.start).total_seconds() / total
        return plot.left() + plot.width() * max(0.0, min(1.0, fraction))

    # --- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        if self._plan is None or self.span is None:
            return
        plan = self._plan
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        muted = muted_text(palette)
        plot = self._plot()
        small = self._small_font()
        painter.setFont(small)
        metrics = QFontMetrics(small)

        # the band when symptoms are usually worst, and the usual onset
        band = QRectF(
            self.x_for(plan.band_start), plot.top(),
            self.x_for(plan.band_end) - self.x_for(plan.band_start), plot.height(),
        )
        painter.fillRect(band, soft(accent, 40))
        now_x = (self.x_for(self._now) if self._now is not None
                 and self.span.start <= self._now <= self.span.end else None)
        painter.setPen(muted)
        band_label = (self.tr("your worst hours") if plan.peak.band_source == "personal"
                      else self.tr("usually worst"))
        band_label_rect = QRectF(band.left() + 4, plot.top() + 2,
                                 metrics.horizontalAdvance(band_label) + 2, metrics.height())
        if now_x is not None and band_label_rect.left() - 34 <= now_x \
                <= band_label_rect.right() + 2:  # make room for the now line and its word
            after = band_label_rect.translated(now_x + 20 - band_label_rect.left(), 0)
            before = band_label_rect.translated(now_x - 20 - band_label_rect.right(), 0)
            if after.right() <= self.width() - 2:
                band_label_rect = after
            elif before.left() >= band.left():
                band_label_rect = before
        if band_label_rect.right() > self.width() - 2:  # a band near the end: its words in
            band_label_rect.moveRight(self.width() - 2)
        painter.drawText(band_label_rect, Qt.AlignmentFlag.AlignLeft, band_label)
        onset_x = self.x_for(plan.onset)
        painter.fillRect(
            QRectF(onset_x, plot.top(), band.left() - onset_x, plot.height()), soft(accent, 18)
        )
        pen = QPen(soft(accent, 200), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(onset_x, plot.top()), QPointF(onset_x, plot.bottom()))
        onset_label = self.tr("usually starts %1").replace("%1", format_clock(plan.onset))
        label_width = metrics.horizontalAdvance(onset_label) + 8
        right_of = QRectF(onset_x + 4, plot.top() + 2, label_width, metrics.height())
        left_of = right_of.translated(-label_width - 8, 0)
        # beside the line, on the side where neither the band nor the now line is in the way
        onset_label_rect = left_of if (
            right_of.right() > band.left()
            or (now_x is not None and right_of.left() - 2 <= now_x <= right_of.right() + 2
                and not left_of.left() - 2 <= now_x <= left_of.right() + 2)
        ) else right_of
        painter.setPen(muted)
        painter.drawText(onset_label_rect, Qt.AlignmentFlag.AlignLeft, onset_label)

        # hour ticks
        axis_y = plot.bottom()
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(plot.left(), axis_y), QPointF(plot.right(), axis_y))
        hour = self.span.start.replace(minute=0, second=0, microsecond=0)
        if hour < self.span.start:
            hour += timedelta(hours=1)
        tz = self.span.start.tzinfo
        while hour <= self.span.end:
            x = self.x_for(hour)
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 5))
            label = format_clock(hour.astimezone(tz))
            width = metrics.horizontalAdvance(label)
            painter.setPen(text)
            # centred under its tick, but the first and last hour stay inside the widget
            left = min(max(x - width / 2 - 2, 0.0), self.width() - width - 4.0)
            painter.drawText(QRectF(left, axis_y + 7, width + 4, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, label)
            hour = (hour.astimezone(ZoneInfo("UTC")) + timedelta(hours=1)).astimezone(tz)

        # steps: a marker on the axis, a bar for their length, a label in a lane with a
        # leader line down to its dot (a label that fits no lane is left out; the list
        # below names every step, and the tooltip names the steps at a dot)
        lane_h = metrics.height() + 4
        lanes_top = plot.top() + _lanes_offset(metrics.height(), compact=self.compact)
        lanes_bottom = axis_y - 16 - lane_h
        lanes = 1 if self.compact else max(1, int((lanes_bottom - lanes_top) // lane_h) + 1)
        bold = QFont(small)
        bold.setWeight(QFont.Weight.DemiBold)
        self._markers = []
        wanted = [
            (self.x_for(step.at), QFontMetrics(bold if index == self._next else small)
             .horizontalAdvance(step.title) + 2)
            for index, step in enumerate(plan.steps)
        ]
        placed = layout_labels_by_priority(wanted, label_order(len(wanted), self._next),
                                           plot.left(), plot.right(), lanes)
        knee_y = axis_y - 14
        labels: list[tuple[QRectF, QFont, QColor, str]] = []
        self.label_boxes = []
        for index, step in enumerate(plan.steps):
            x = self.x_for(step.at)
            finished = self._states.get(step.step_id) in _FINISHED
            is_next = index == self._next
            colour = muted if finished else (accent if is_next else text)
            self._markers.append((x, step))
            if step.minutes > 0:
                end_x = self.x_for(step.at + timedelta(minutes=step.minutes))
                painter.fillRect(
                    QRectF(x, axis_y - 9, max(3.0, end_x - x), 6), soft(colour, 110)
                )
            painter.setPen(QPen(colour, 2))
            painter.setBrush(QColor(colour) if not finished else Qt.BrushStyle.NoBrush)
            radius = 6.0 if is_next else 4.5
            painter.drawEllipse(QPointF(x, axis_y - 6), radius, radius)
            place = placed[index]
            if place is None:
                continue
            left, lane = place
            y = lanes_top + lane * lane_h
            rect = QRectF(left, y, wanted[index][1], metrics.height() + 2)
            lead_x = left + 1
            painter.setPen(QPen(soft(colour, 140), 1, Qt.PenStyle.DotLine))
            painter.drawPolyline([QPointF(lead_x, rect.bottom()), QPointF(lead_x, knee_y),
                                  QPointF(x, axis_y - 12)])
            labels.append((rect, bold if is_next else small, colour, step.title))
            self.label_boxes.append((index, rect, x))

        # now: its line under the step labels, its word clear of the other top labels
        self.now_box = None
        if now_x is not None:
            painter.setPen(QPen(soft(text, 170), 2))
            painter.drawLine(QPointF(now_x, plot.top()), QPointF(now_x, axis_y + 4))
            now_label = self.tr("now")
            width = metrics.horizontalAdvance(now_label) + 4
            top = plot.top() - 8 + metrics.height()
            spots = [QRectF(now_x - width / 2, top, width, metrics.height()),
                     QRectF(now_x + 4, top, width, metrics.height()),
                     QRectF(now_x - width - 4, top, width, metrics.height())]
            top_labels = (band_label_rect, onset_label_rect)
            step_labels = tuple(rect.adjusted(-3, 0, 3, 0) for rect, *_rest in labels)
            free = ([r for r in spots
                     if not any(r.intersects(t) for t in (*top_labels, *step_labels))]
                    or [r for r in spots if not any(r.intersects(t) for t in top_labels)])
            if free:
                spot = free[0]
            else:  # a narrow band: below its label, beside the line
                below = plot.top() + 3 + metrics.height()
                spot = (QRectF(now_x + 4, below, width, metrics.height())
                        if now_x + 4 + width <= self.width()
                        else QRectF(now_x - width - 4, below, width, metrics.height()))
            painter.setPen(text)
            painter.drawText(spot, Qt.AlignmentFlag.AlignCenter, now_label)
            self.now_box = spot

        # the step labels last, each on a backdrop so no line runs through its words
        backdrop = soft(palette.color(QPalette.ColorRole.Window), 225)
        for rect, font, colour, title in labels:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backdrop)
            painter.drawRoundedRect(rect.adjusted(-3, 0, 3, 0), 3, 3)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, title)
        painter.end()
