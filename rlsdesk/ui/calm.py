"""Small helpers for the calm look: a large page heading, big buttons, soft colours.

No theme lives here: every colour is taken from the current palette.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from rlsdesk.paint.colours import MUTED_TOWARD_BACKGROUND
from rlsdesk.paint.colours import soft as soft  # the pages shade with it
from rlsdesk.ui.errors import guard_overrides

BUTTON_MIN_HEIGHT = 40
PAGE_MARGIN = 28
SPACING = 14
#: MUTED_TOWARD_BACKGROUND (rlsdesk.paint.colours): how far muted text is blended from the
#: text colour toward the background: far enough to read as quieter, near enough to keep
#: WCAG AA contrast (4.5:1) in the night look and in an ordinary light one.


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


def _scaled(base: QFont, scale: float, bold: bool) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    """A font ``scale`` times the app's; the widget follows later changes of the app font
    (the text-size setting) when it is given this font through :func:`set_scaled`."""
    return _scaled(QApplication.font(), scale, bold)


def set_scaled(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    widget.setFont(scaled_font(widget, scale, bold=bold))
    widget.setProperty("calmScale", scale)
    widget.setProperty("calmBold", bold)
    widget.installEventFilter(_follower())


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


def muted_text(palette: QPalette) -> QColor:
    """A quieter text colour: the text colour blended toward the background (by
    :data:`MUTED_TOWARD_BACKGROUND`)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Window)
    t = MUTED_TOWARD_BACKGROUND
    return QColor(
        round(text.red() + (base.red() - text.red()) * t),
        round(text.green() + (base.green() - text.green()) * t),
        round(text.blue() + (base.blue() - text.blue()) * t),
    )


def rgba(color: QColor) -> str:
    """A colour for a style sheet, keeping its alpha."""
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"


def set_muted(label: QLabel) -> None:
    """Quieter text that stays quiet when the app's palette changes (day/night look)."""
    label.setProperty("calmMuted", True)
    _apply_muted(label)
    label.installEventFilter(_follower())


def unset_muted(label: QLabel) -> None:
    label.setProperty("calmMuted", False)
    label.setPalette(QPalette())


def _apply_muted(widget: QWidget) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_text(QApplication.palette()))
    widget.setPalette(palette)


@guard_overrides
class _Follower(QObject):
    """Re-applies muted colours and scaled fonts when the app's palette or font changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(watched, QWidget):
            return False
        if (
            kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
            and watched.property("calmMuted")
            and not watched.property("calmBusy")
        ):
            watched.setProperty("calmBusy", True)
            try:
                _apply_muted(watched)
            finally:
                watched.setProperty("calmBusy", False)
        elif kind == QEvent.Type.ApplicationFontChange and watched.property("calmScale"):
            watched.setFont(
                _scaled(
                    QApplication.font(),
                    float(watched.property("calmScale")),
                    bool(watched.property("calmBold")),
                )
            )
        return False


_FOLLOWER: list[_Follower] = []


def _follower() -> _Follower:
    if not _FOLLOWER:
        _FOLLOWER.append(_Follower(QApplication.instance()))
    return _FOLLOWER[0]


def scrolling_body(page: QWidget) -> QWidget:
    """Give ``page`` a frameless scroll area filling it; returns the widget to lay out in."""
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout

    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    return body
