"""What every plot shares: where it is (its inner rectangle) and the font metrics its labels
are laid out with. A widget or a report page places it, then asks it to arrange and draw."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter

from rlsdesk.paint.colours import ChartColours
from rlsdesk.paint.text_flow import Box

#: Space between a chart's card and what it draws.
PAD = 12.0


class Plot:
    """A chart without a widget (see :mod:`rlsdesk.paint`)."""

    def __init__(self) -> None:
        self._inner = QRectF(0, 0, 680, 240)
        self._metrics: QFontMetricsF | None = None

    def place(self, inner: QRectF, metrics: QFontMetricsF) -> None:
        """Where to draw (inside the card's padding) and with which label metrics."""
        self._inner = QRectF(inner)
        self._metrics = metrics

    def inner(self) -> QRectF:
        return self._inner

    def label_metrics(self) -> QFontMetricsF:
        assert self._metrics is not None, "place() the plot first"
        return self._metrics

    # --- for subclasses ---------------------------------------------------------------
    def count(self) -> int:
        return 0

    def describe(self, index: int) -> str:
        return ""

    def index_at(self, point: QPointF) -> int | None:
        return None

    def preferred_height(self) -> int:
        """The height of the whole card for the placed width and metrics."""
        return 240

    def arrange(self) -> None:
        """Work out the geometry for the placed rectangle (called before drawing)."""

    def draw(self, painter: QPainter, colours: ChartColours) -> None:
        """Paint everything but the cursor."""

    def text_boxes(self) -> list[Box]:
        """Where the legend and headings are painted (after :meth:`arrange`): each inside
        the placed rectangle, none over another."""
        return []

    def draw_cursor(self, painter: QPainter, colours: ChartColours, index: int) -> None:
        """Paint the cursor at ``index``."""
