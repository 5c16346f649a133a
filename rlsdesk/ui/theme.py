"""The app's look: the system's own by day, a warm dark night look before bed, and the
person's chosen text size. Colours are data in resources/theme/night.json."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from functools import cache

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from rlsdesk.domain.appearance import ThemeMode, uses_night_look
from rlsdesk.system.resources import load_json, resource_path

_CHECK_EVERY_MS = 60_000  # one cheap look at the clock a minute while idle

_ROLE_KEYS = {
    QPalette.ColorRole.Window: "window",
    QPalette.ColorRole.WindowText: "window_text",
    QPalette.ColorRole.Base: "base",
    QPalette.ColorRole.AlternateBase: "alternate_base",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.Button: "button",
    QPalette.ColorRole.ButtonText: "button_text",
    QPalette.ColorRole.Highlight: "highlight",
    QPalette.ColorRole.HighlightedText: "highlighted_text",
    QPalette.ColorRole.Link: "link",
    QPalette.ColorRole.ToolTipBase: "tooltip_base",
    QPalette.ColorRole.ToolTipText: "tooltip_text",
    QPalette.ColorRole.PlaceholderText: "placeholder_text",
    QPalette.ColorRole.Accent: "accent",
    QPalette.ColorRole.BrightText: "window_text",
}

_STYLE = """
QPushButton, QToolButton {{
    min-height: {button}px; padding: 4px 16px; border-radius: 8px;
    border: 1px solid palette(mid); background: palette(button); color: palette(button-text);
}}
QPushButton:hover, QToolButton:hover {{ border-color: palette(highlight); }}
QPushButton:default {{ border: 2px solid palette(highlight); }}
QPushButton:disabled, QToolButton:disabled {{ color: palette(placeholder-text); }}
QPushButton:focus, QToolButton:focus, QListWidget:focus, QListView:focus, QTreeView:focus,
QTableView:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 3px solid {focus}; border-radius: 6px;
}}
QToolButton#stepWhyToggle {{
    border: 1px solid transparent; background: transparent; padding: 4px 8px 4px 2px;
}}
QToolButton#stepWhyToggle:hover {{ border-color: palette(highlight); }}
QToolButton#stepWhyToggle:focus {{ border: 3px solid {focus}; border-radius: 6px; }}
QCheckBox:focus, QRadioButton:focus {{ color: {focus}; }}
QCheckBox::indicator {{
    width: 18px; height: 18px; border: 2px solid palette(window-text); border-radius: 4px;
    background: palette(base);
}}
QCheckBox::indicator:checked {{
    background: palette(highlight); border-color: palette(highlight);
    image: url({check});
}}
QCheckBox::indicator:disabled {{ border-color: palette(placeholder-text); }}
QComboBox, QSpinBox, QTimeEdit, QDateEdit, QDoubleSpinBox, QLineEdit {{ min-height: {field}px; }}
QBalloonTip {{ background-color: palette(tooltip-base); }}
QBalloonTip QLabel {{ color: palette(tooltip-text); }}
QBalloonTip QPushButton {{ min-height: 0; padding: 0; border: none; background: transparent; }}
QListWidget#sectionList {{ border: none; background: palette(alternate-base); }}
QLabel#sectionKeysHint {{ background: palette(alternate-base); }}
QListWidget#sectionList::item {{ padding: 8px 14px; border-radius: 8px; }}
QListWidget#sectionList::item:selected {{
    background: palette(highlight); color: palette(highlighted-text);
}}
QLabel#pageHeading {{ font-size: {heading}pt; font-weight: 600; }}
"""


@cache
def night_colours() -> dict[str, str]:
    return dict(load_json("theme/night.json")["colours"])


def night_palette() -> QPalette:
    colours = night_colours()
    palette = QPalette(QColor(colours["button"]), QColor(colours["window"]))
    for role, key in _ROLE_KEYS.items():
        palette.setColor(role, QColor(colours[key]))
    disabled = QColor(colours["disabled_text"])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


#: The QApplication property holding the focus ring's colour (ui/focus_ring.py draws it).
FOCUS_PROPERTY = "rlsdeskFocusColour"
#: A focus ring must stand out from what is around it (WCAG 2.2, 1.4.11 and 2.4.13: 3:1).
FOCUS_CONTRAST = 3.0


def focus_colour(palette: QPalette) -> QColor:
    """The day look's focus ring: the system's highlight, moved toward the text colour
    until it stands out from both the window and the fields by :data:`FOCUS_CONTRAST`."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    toward = palette.color(QPalette.ColorRole.WindowText)
    grounds = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))
    colour = QColor(highlight)
    for step in range(11):
        t = step / 10
        colour = QColor(
            round(highlight.red() + (toward.red() - highlight.red()) * t),
            round(highlight.green() + (toward.green() - highlight.green()) * t),
            round(highlight.blue() + (toward.blue() - highlight.blue()) * t),
        )
        if all(contrast(colour, ground) >= FOCUS_CONTRAST for ground in grounds):
            break
    return colour


class ThemeController(QObject):
    """Applies the look; in auto mode re-checks the clock once a minute."""

    changed = Signal(bool)  # True when the night look is on

    def __init__(
        self,
        app: QApplication,
        clock: Callable[[], datetime],
        settings: Callable[[], tuple[ThemeMode, time, int, float]],
    ) -> None:
        super().__init__()
        self._app = app
        self._clock = clock
        self._settings = settings   # (mode, bedtime, lead minutes, text scale)
        self._system_palette = app.palette()  # a copy; QPalette(p) would load all Qt enums
        self._system_font = QFont(app.font())
        self._night: bool | None = None
        self._scale: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(_CHECK_EVERY_MS)
        self._timer.timeout.connect(self.refresh)
        self._watching = False

    @property
    def night(self) -> bool:
        return bool(self._night)

    def start(self) -> None:
        self.refresh(force=True)
        self.start_watching()

    def stop_watching(self) -> None:
        self._timer.stop()

    def start_watching(self) -> None:
        """In auto mode the look may change at the set time before bed; by day it follows
        the system's light or dark setting."""
        self._timer.start()
        if not self._watching:  # connecting loads the whole Qt namespace: not before a window
            self._watching = True
            hints = QGuiApplication.styleHints()
            hints.colorSchemeChanged.connect(lambda _scheme: self.refresh(force=True))

    def refresh(self, force: bool = False) -> None:
        mode, bedtime, lead, scale = self._settings()
        night = uses_night_look(mode, self._clock().time(), bedtime, lead)
        if not force and night == self._night and scale == self._scale:
            return
        self._night, self._scale = night, scale
        self._app.setPalette(night_palette() if night else self._system_palette)
        font = QFont(self._system_font)
        base = self._system_font.pointSizeF() if self._system_font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(base * scale)
        self._app.setFont(font)
        self._app.setStyleSheet(self._style_sheet(base * scale, night))
        self._app.setProperty(FOCUS_PROPERTY, self._focus(night))
        self.changed.emit(night)

    def _focus(self, night: bool) -> str:
        return night_colours()["focus"] if night else focus_colour(self._system_palette).name()

    def _style_sheet(self, point_size: float, night: bool) -> str:
        focus = self._focus(night)
        button = max(40, round(point_size * 3.4))
        check = resource_path("icons", "check.svg").as_posix()
        return _STYLE.format(
            button=button, focus=focus, check=check, field=max(30, round(point_size * 2.6)),
            heading=round(point_size * 1.6, 1),
        )
