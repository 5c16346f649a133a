"""Small helpers for the calm look: a large page heading, big buttons, soft colours.

No theme lives here: every colour is taken from the current palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

BUTTON_MIN_HEIGHT = 40
PAGE_MARGIN = 28
SPACING = 14


def heading(text: str, parent: QWidget | None = None, scale: float = 1.6) -> QLabel:
    """A page title in a large, medium-weight font."""
    label = QLabel(text, parent)
    label.setObjectName("pageHeading")
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def big_button(
    text: str, accessible_name: str, description: str = "", parent: QWidget | None = None
) -> QPushButton:
    """A push button at least 40 px high with a name for screen readers."""
    button = QPushButton(text, parent)
    button.setMinimumHeight(BUTTON_MIN_HEIGHT)
    button.setMinimumWidth(96)
    button.setAccessibleName(accessible_name)
    if description:
        button.setAccessibleDescription(description)
        button.setToolTip(description)
    return button


def soft(color: QColor, alpha: int) -> QColor:
    """``color`` with the given alpha (0-255), for gentle shading."""
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def muted_text(palette: QPalette) -> QColor:
    """A quieter text colour: the text colour blended halfway toward the background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() + base.red()) // 2,
        (text.green() + base.green()) // 2,
        (text.blue() + base.blue()) // 2,
    )


def rgba(color: QColor) -> str:
    """A colour for a style sheet, keeping its alpha."""
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"


def set_muted(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_text(label.palette()))
    label.setPalette(palette)
