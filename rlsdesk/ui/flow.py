"""A row of widgets that wraps onto further lines when the page is too narrow for it.

Button rows use it so that longer words (German) and larger text never clip a button or
push the page into a sideways scroll: the buttons keep their full width and move down.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QWidget,
    QWidgetItem,
)

from rlsdesk.ui.errors import guard_overrides


@guard_overrides
class FlowLayout(QLayout):
    """Items left to right at their size hint, starting a new line when the next one would
    not fit. Its height follows its width, so the layout above gives it the lines it needs.
    ``addSpacing`` puts a gap before the next item (dropped at the start of a line)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gaps: dict[int, int] = {}  # item index -> extra space before it
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def addSpacing(self, size: int) -> None:
        self._gaps[len(self._items)] = self._gaps.get(len(self._items), 0) + size

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._gaps = {i - (i > index): gap for i, gap in self._gaps.items() if i != index}
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All items on one line."""
        width, height = 0, 0
        for index, item in enumerate(self._shown()):
            hint = item.sizeHint()
            width += hint.width() + (self._gap(index) if width else 0)
            height = max(height, hint.height())
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        """As wide as the widest item: every item fits on a line of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        return size + self._margin_size()

    # --- arranging --------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not _hidden(item)]

    def _gap(self, index_in_all: int) -> int:
        return self._spacing + self._gaps.get(index_in_all, 0)

    def _margin_size(self) -> QSize:
        m: QMargins = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lays the items out in ``rect`` (or only measures, without ``move``), each line's
        items centred on the line's height; returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, int, QSize]]] = [[]]  # (item, x, size)
        x = area.x()
        for index, item in enumerate(self._items):
            if _hidden(item):
                continue
            hint = item.sizeHint()
            gap = self._gap(index) if lines[-1] else 0
            if lines[-1] and x + gap + hint.width() > area.right() + 1:
                lines.append([])
                x, gap = area.x(), 0
            lines[-1].append((item, x + gap, QSize(min(hint.width(), area.width()),
                                                   hint.height())))
            x += gap + hint.width()
        y = area.y()
        for number, line in enumerate(lines):
            height = max((size.height() for _item, _x, size in line), default=0)
            if move:
                for item, left, size in line:
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top), size))
            y += height + (self._spacing if number < len(lines) - 1 and height else 0)
        return y - rect.y() + m.bottom()


def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.isHidden()


def shrinkable_combo(combo: QComboBox, chars: int = 12) -> QComboBox:
    """A combo box that may be narrower than its longest choice (it ends in "…"; the open
    list shows every choice whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


def whole_choices(combo: QComboBox) -> QComboBox:
    """A combo box at least as wide as its longest choice, so no choice is ever cut; put it
    where the layout can give it a line of its own (a wrapping form row, a flow row)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


@guard_overrides
class _ClickLabel(QLabel):
    """A word-wrapped label that ticks its check box when clicked, as the box's own text
    would."""

    def __init__(self, check: QCheckBox) -> None:
        super().__init__(check.text())
        self._check = check
        self.setWordWrap(True)
        self.setBuddy(check)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._check.isEnabled():
            self._check.click()
        super().mouseReleaseEvent(event)


def wrapping_check(check: QCheckBox) -> QWidget:
    """``check`` with its text as a label beside it that wraps onto more lines when the page
    is narrow (a QCheckBox's own text never wraps). The box keeps its accessible name."""
    if not check.accessibleName():
        check.setAccessibleName(check.text())
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    label = _ClickLabel(check)
    check.setText("")
    check.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    check.setProperty("wrappedLabel", True)
    return row
