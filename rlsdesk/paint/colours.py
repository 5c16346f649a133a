"""The charts' colours, taken from the widget's palette (the warm night look or the day
look), with a few fixed hues chosen for each: calm, and low in blue at night."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

#: How far muted text is blended toward the background.
MUTED_TOWARD_BACKGROUND = 0.38


def soft(color: QColor, alpha: int) -> QColor:
    """``color`` with the given alpha (0-255), for gentle shading."""
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` blended toward ``b`` by ``t`` (0..1)."""
    t = min(1.0, max(0.0, t))
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
        round(a.alpha() + (b.alpha() - a.alpha()) * t),
    )


@dataclass(frozen=True)
class ChartColours:
    background: QColor   # the chart's card
    border: QColor       # the card's edge
    text: QColor
    muted: QColor        # axis labels, notes
    grid: QColor
    accent: QColor       # averages, what the planner expected
    points: QColor       # each night's value
    band: QColor         # the predicted worst band
    low: QColor          # heat maps: none / mild
    high: QColor         # heat maps: worst
    done: QColor         # steps done
    not_done: QColor     # steps planned but not done
    focus: QColor        # the keyboard focus ring and the cursor
    dark: bool

    def heat(self, fraction: float) -> QColor:
        """Severity heat: ``low`` at 0, ``high`` at 1."""
        return mix(self.low, self.high, fraction)

    def done_heat(self, fraction: float) -> QColor:
        return mix(self.low, self.done, fraction)


def chart_colours(palette: QPalette) -> ChartColours:
    role = QPalette.ColorRole
    background = palette.color(role.Base)
    window = palette.color(role.Window)
    text = palette.color(role.WindowText)
    dark = background.lightness() < 128
    accent = palette.color(role.Highlight)
    muted = mix(text, window, MUTED_TOWARD_BACKGROUND)
    points = mix(text, background, 0.3)  # neutral, so the average (accent) stands out
    if dark:
        high, done = QColor("#ff9f4a"), QColor("#9cc98a")
        band = mix(background, accent, 0.28)
    else:
        high, done = QColor("#b3430e"), QColor("#2e7d4f")
        band = mix(background, QColor("#f0b25a"), 0.35)
    return ChartColours(
        background=background,
        border=mix(background, text, 0.16),
        text=text,
        muted=muted,
        grid=mix(background, text, 0.10),
        accent=accent,
        points=points,
        band=band,
        low=mix(background, text, 0.09),
        high=high,
        done=done,
        not_done=soft(muted, 200),
        focus=accent,
        dark=dark,
    )


def paper_colours() -> ChartColours:
    """The day look on white, for printing: what a light palette gives on screen."""
    palette = QPalette()
    role = QPalette.ColorRole
    for which, colour in ((role.Base, "#ffffff"), (role.Window, "#ffffff"),
                          (role.WindowText, "#1f1f1f"), (role.Highlight, "#9a4a00")):
        palette.setColor(which, QColor(colour))
    return chart_colours(palette)
