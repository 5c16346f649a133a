"""Columns of a list or table that share the view's width instead of scrolling sideways.

Each column asks for the width of its widest cell (and header). When they all fit, the
spare width goes to one chosen column; when they do not, the widest columns give way
first (all capped at the same width) and their cells end in "…" with the full text in
the cell's tooltip, set by the page. Longer words (German) and larger text then never
push the page into a sideways scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView

from rlsdesk.ui.errors import guard_overrides

#: No column is squeezed below this many average characters.
MIN_CHARS = 5


def shares(wants: list[int], room: int, floor: int, stretch: int) -> list[int]:
    """Widths for columns that want ``wants`` in ``room`` pixels: as wanted with the rest to
    ``stretch``, or, if too little room, the widest capped alike (none below ``floor``)."""
    total = sum(wants)
    if total <= room:
        out = list(wants)
        out[stretch] += room - total
        return out
    low, high = floor, max(wants)
    while low < high:  # the largest cap at which the columns still fit
        cap = (low + high + 1) // 2
        if sum(min(w, max(cap, floor)) for w in wants) <= room:
            low = cap
        else:
            high = cap - 1
    return [min(w, max(low, floor)) for w in wants]


@guard_overrides
class ColumnFitter(QObject):
    """Keeps a tree's or table's columns within its width (see the module's note)."""

    def __init__(self, view: QTreeView | QTableView, stretch: int) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        header = self._header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        viewport = view.viewport()
        if viewport is not None:
            viewport.installEventFilter(self)

    def _header(self) -> QHeaderView:
        view = self._view
        header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
        assert header is not None
        return header

    def fit(self) -> None:
        view, header = self._view, self._header()
        viewport = view.viewport()
        if viewport is None:
            return
        count = header.count()
        shown = [c for c in range(count) if not header.isSectionHidden(c)]
        if not shown:
            return
        wants = [max(header.sectionSizeFromContents(c).width(), view.sizeHintForColumn(c))
                 for c in shown]
        floor = view.fontMetrics().averageCharWidth() * MIN_CHARS
        # The style's own minimum grows with the text size and would hold every column
        # wider than our floor (and the view): ours is the one that counts.
        header.setMinimumSectionSize(floor)
        stretch = shown.index(self._stretch) if self._stretch in shown else len(shown) - 1
        for column, width in zip(shown, shares(wants, viewport.width(), floor, stretch),
                                 strict=True):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.fit()
        return False
