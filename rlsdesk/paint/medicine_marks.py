"""Medicine changes on a night chart: a dashed upright line on each night a medication or
supplement step was added, changed, paused, resumed or removed, with a small diamond at the
top, so severity and onset can be read before and after it. Charts add the change's words
to the night they describe."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from rlsdesk.domain.medicine_events import MedicineEvent
from rlsdesk.paint.axes import NightAxis
from rlsdesk.paint.colours import ChartColours
from rlsdesk.text.trigger_text import medicine_event_text


def events_by_night(events: Sequence[MedicineEvent]) -> dict[date, list[MedicineEvent]]:
    found: dict[date, list[MedicineEvent]] = defaultdict(list)
    for event in events:
        found[event.night].append(event)
    return dict(found)


def draw_medicine_marks(painter: QPainter, axis: NightAxis, plot: QRectF,
                        nights: Sequence[date], colours: ChartColours) -> None:
    """A mark for each night in ``nights`` inside the axis."""
    first = axis.columns.first
    last = date.fromordinal(first.toordinal() + axis.columns.nights - 1)
    pen = QPen(colours.text, 1.4, Qt.PenStyle.DashLine)
    for night in nights:
        if not first <= night <= last:
            continue
        x = axis.night_x(night)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.text)
        top = plot.top()
        painter.drawPolygon(QPolygonF([QPointF(x, top - 5), QPointF(x + 5, top),
                                       QPointF(x, top + 5), QPointF(x - 5, top)]))


def night_events_text(events: Sequence[MedicineEvent]) -> str:
    """The changes of one night, for a chart's reading of that night."""
    return "; ".join(medicine_event_text(e) for e in events)
