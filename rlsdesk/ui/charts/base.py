"""What every chart shares: a card painted once into a cached pixmap, a cursor moved with
the keyboard (Left/Right, Up/Down, Page Up/Down, Home/End, Esc) or the mouse, a focus ring,
an accessible name, and an accessible description that is the chart's text summary plus
the value under the cursor.

A chart subclass says how many cursor positions it has and what each one reads
(:meth:`count`, :meth:`describe`), lays itself out for its size (:meth:`arrange`), paints
what does not move (:meth:`draw`) and the cursor (:meth:`draw_cursor`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rlsdesk.paint.colours import ChartColours, chart_colours
from rlsdesk.paint.plot import PAD, Plot
from rlsdesk.paint.text_flow import Box
from rlsdesk.ui.errors import guard_overrides

RADIUS = 8.0


@guard_overrides
class ChartWidget(QWidget):
    """A keyboard-reachable chart with a text alternative (see the module docstring)."""

    cursor_changed = Signal(str)  # what the cursor points at, "" when it is gone

    #: Page Up / Page Down move the cursor this far.
    page_step = 7

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)
        self.summary = ""
        self.cursor_index: int | None = None
        self._cache: QPixmap | None = None
        self._hovering = False

    # --- for subclasses ---------------------------------------------------------------
    def count(self) -> int:
        """How many positions the cursor can take."""
        return 0

    def describe(self, index: int) -> str:
        """What position ``index`` shows, in words."""
        return ""

    def index_at(self, point: QPointF) -> int | None:
        """The cursor position under the mouse, if any."""
        return None

    def arrange(self) -> None:
        """Work out the geometry for the current size and font (called before drawing)."""

    def draw(self, painter: QPainter, colours: ChartColours) -> None:
        """Paint everything but the cursor (cached until data, size, font or palette change)."""

    def draw_cursor(self, painter: QPainter, colours: ChartColours, index: int) -> None:
        """Paint the cursor at ``index`` over the cached picture."""

    def preferred_height(self) -> int:
        """The height for the current width, font and data."""
        return 240

    def text_boxes(self) -> list[Box]:
        """Where painted legends and headings go (after :meth:`arrange`), in the widget's
        coordinates: each inside the card, none over another."""
        return []

    # --- state ------------------------------------------------------------------------
    def set_summary(self, summary: str) -> None:
        self.summary = summary
        self._describe_cursor()

    def refresh(self) -> None:
        """The data changed: lay out and paint again; the cursor is kept if still valid."""
        if self.cursor_index is not None and self.cursor_index >= self.count():
            self.cursor_index = None
        self.setFixedHeight(self.preferred_height())
        self._invalidate()
        self._describe_cursor()

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def set_cursor(self, index: int | None) -> None:
        count = self.count()
        if index is not None:
            index = None if count == 0 else min(max(index, 0), count - 1)
        if index == self.cursor_index:
            return
        self.cursor_index = index
        self._describe_cursor()
        self.update()

    def cursor_text(self) -> str:
        return "" if self.cursor_index is None else self.describe(self.cursor_index)

    def _describe_cursor(self) -> None:
        text = self.cursor_text()
        self.setAccessibleDescription(f"{text}\n{self.summary}" if text else self.summary)
        self.setToolTip(text or self.summary)
        self.cursor_changed.emit(text)

    # --- fonts and colours ------------------------------------------------------------
    def label_font(self) -> QFont:
        """The app's font, for every label (not smaller: it must stay readable)."""
        return QFont(self.font())

    def label_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.label_font())

    def colours(self) -> ChartColours:
        return chart_colours(self.palette())

    # --- painting ---------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(720, self.preferred_height())

    def card(self) -> QRectF:
        return QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)

    def inner(self) -> QRectF:
        return self.card().adjusted(PAD, PAD, -PAD, -PAD)

    def picture(self) -> QPixmap:
        """The cached picture of everything but the cursor, made if missing."""
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        if self._cache is None or self._cache.size() != size:
            self.arrange()
            pixmap = QPixmap(size)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self.label_font())
            colours = self.colours()
            painter.setPen(QPen(colours.border, 1))
            painter.setBrush(colours.background)
            painter.drawRoundedRect(self.card(), RADIUS, RADIUS)
            self.draw(painter, colours)
            painter.end()
            self._cache = pixmap
        return self._cache

    def paintEvent(self, _event: QPaintEvent) -> None:
        picture = self.picture()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.colours()
        if self.cursor_index is not None:
            painter.setFont(self.label_font())
            self.draw_cursor(painter, colours, self.cursor_index)
        if self.hasFocus():
            painter.setPen(QPen(colours.focus, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.card(), RADIUS, RADIUS)
        painter.end()

    # --- events -----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            height = self.preferred_height()  # may depend on the width (wrapped text)
            if height != self.height():
                self.setFixedHeight(height)
        self._invalidate()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange,
                    QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange,
                    QEvent.Type.StyleChange, QEvent.Type.LocaleChange):
            if kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
                self.setFixedHeight(self.preferred_height())
            self._invalidate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self.count()
        key = Qt.Key(event.key())
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1,
                 Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -self.page_step,
                 Qt.Key.Key_PageDown: self.page_step}
        if count and key in moves:
            at = self.cursor_index
            self.set_cursor(count - 1 if at is None else at + moves[key])
        elif count and key == Qt.Key.Key_Home:
            self.set_cursor(0)
        elif count and key == Qt.Key.Key_End:
            self.set_cursor(count - 1)
        elif key == Qt.Key.Key_Escape and self.cursor_index is not None:
            self.set_cursor(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index is None:
            QToolTip.hideText()
            return
        self._hovering = True
        self.set_cursor(index)
        QToolTip.showText(event.globalPosition().toPoint(), self.cursor_text(), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovering and not self.hasFocus():
            self.set_cursor(None)
        self._hovering = False
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class PlotChart(ChartWidget):
    """A chart whose drawing is a :class:`rlsdesk.paint.plot.Plot` (shared with the
    report): the widget places it in its card and hands it the painter."""

    def __init__(self, name: str, plot: Plot, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.plot = plot

    def _place(self) -> None:
        self.plot.place(self.inner(), self.label_metrics())

    def count(self) -> int:
        return self.plot.count()

    def describe(self, index: int) -> str:
        return self.plot.describe(index)

    def index_at(self, point: QPointF) -> int | None:
        return self.plot.index_at(point)

    def arrange(self) -> None:
        self._place()
        self.plot.arrange()

    def draw(self, painter: QPainter, colours: ChartColours) -> None:
        self.plot.draw(painter, colours)

    def draw_cursor(self, painter: QPainter, colours: ChartColours, index: int) -> None:
        self.plot.draw_cursor(painter, colours, index)

    def preferred_height(self) -> int:
        self._place()
        return self.plot.preferred_height()

    def text_boxes(self) -> list[Box]:
        return self.plot.text_boxes()
