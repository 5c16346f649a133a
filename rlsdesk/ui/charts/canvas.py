"""A matplotlib figure as a keyboard-reachable widget with an accessible name and a text
alternative, coloured from the widget's palette (light or dark)."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from rlsdesk.diary_service import Insights
from rlsdesk.export.figures import Colours

Draw = Callable[[Figure, Insights, Colours], None]


def palette_colours(palette: QPalette) -> Colours:
    role = QPalette.ColorRole
    background = palette.color(role.Base)
    dark = background.lightness() < 128
    highlight = palette.color(role.Highlight).name()
    return Colours(
        background=background.name(),
        text=palette.color(role.Text).name(),
        muted=palette.color(role.PlaceholderText).name(),
        grid=palette.color(role.AlternateBase).name() if dark else "#dddddd",
        accent=highlight,
        points="#8fb3e0" if dark else "#4a6fa5",
        band="#5a4020" if dark else "#f3d9b1",
        low=palette.color(role.AlternateBase).name() if dark else "#f7f2e8",
        high="#ffb35c" if dark else "#8c2d04",
        done="#6cc08f" if dark else "#2e7d4f",
    )


class ChartPanel(QFrame):
    """One chart: the canvas (focusable, named, described) and its summary beneath."""

    def __init__(self, name: str, draw: Draw, height: int = 300,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self._draw = draw
        self.figure = Figure(figsize=(8, height / 100), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("chart")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setAccessibleName(name)
        self.canvas.setMinimumHeight(height)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setObjectName("chartSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.canvas)
        layout.addWidget(self.summary)

    def show_data(self, data: Insights, summary: str) -> None:
        self._draw(self.figure, data, palette_colours(self.palette()))
        self.canvas.draw_idle()
        self.summary.setText(summary)
        self.canvas.setAccessibleDescription(summary)
        self.canvas.setToolTip(summary)
