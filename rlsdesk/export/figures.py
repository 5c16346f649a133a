"""The diary charts of the PDF report, drawn with matplotlib onto a given Figure (no pyplot,
no Qt). The Insights page paints its own (rlsdesk.ui.charts) and never imports this.

Import this module lazily: it imports matplotlib.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import matplotlib.dates as mdates
from matplotlib.figure import FigureBase
from matplotlib.ticker import FuncFormatter, MultipleLocator

from rlsdesk.domain import chart_data
from rlsdesk.domain.insights import rolling_mean, severity_series
from rlsdesk.export.summaries import clock
from rlsdesk.services.diary import Insights


def _days(nights: list[date]) -> Any:
    """Dates as matplotlib's day numbers (what its date converter makes of them anyway)."""
    return mdates.date2num(nights)


@dataclass(frozen=True)
class Colours:
    background: str
    text: str
    muted: str
    grid: str
    accent: str      # the average line, the planner
    points: str      # each night's value
    band: str        # the predicted worst band
    low: str         # heat map: none / mild
    high: str        # heat map: worst
    done: str        # adherence marks

    @classmethod
    def light(cls) -> Colours:
        return cls("#ffffff", "#1f1f1f", "#5c5c5c", "#d9d9d9", "#9a4a00", "#4a6fa5",
                   "#f3d9b1", "#f7f2e8", "#8c2d04", "#2e7d4f")


def _style(ax, c: Colours) -> None:
    ax.set_facecolor(c.background)
    for spine in ax.spines.values():
        spine.set_color(c.muted)
    ax.tick_params(colors=c.text, labelsize=9)
    ax.yaxis.label.set_color(c.text)
    ax.xaxis.label.set_color(c.text)
    ax.title.set_color(c.text)
    ax.grid(True, color=c.grid, linewidth=0.6, alpha=0.8)
    ax.set_axisbelow(True)


def _date_axis(ax, first: date, last: date) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlim(datetime.combine(first, time()) - timedelta(hours=12),
                datetime.combine(last, time()) + timedelta(hours=12))


def _legend(ax, c: Colours) -> None:
    legend = ax.legend(loc="upper left", fontsize=8, frameon=True, ncols=3)
    legend.get_frame().set_facecolor(c.background)
    legend.get_frame().set_edgecolor(c.grid)
    for text in legend.get_texts():
        text.set_color(c.text)


def draw_severity(fig: FigureBase, data: Insights, c: Colours) -> None:
    """Severity each night with a 7-night average; below, which steps were done."""
    fig.clear()
    fig.set_facecolor(c.background)
    steps = data.steps[:12]
    ratios = [3, max(1, 0.35 * len(steps))] if steps else [1]
    grid = fig.add_gridspec(len(ratios), 1, height_ratios=ratios, hspace=0.08)
    ax = fig.add_subplot(grid[0])
    _style(ax, c)
    series = severity_series(data.records)
    window = average_window(data)
    if series:
        ax.scatter(_days([n for n, _ in series]), [v for _, v in series], s=10, color=c.points,
                   alpha=0.55, label="each night", linewidths=0)
        means = rolling_mean([(n, float(v)) for n, v in series], window)
        ax.plot(_days([n for n, _ in means]), [v for _, v in means], color=c.accent, linewidth=2,
                label=f"{window}-night average")
        _legend(ax, c)
    else:
        ax.text(0.5, 0.5, "No nights rated in this period", transform=ax.transAxes,
                ha="center", va="center", color=c.muted)
    ax.set_ylim(-0.5, 10.5)
    ax.yaxis.set_major_locator(MultipleLocator(2))
    ax.set_ylabel("Severity (0-10)")
    ax.set_title(f"How bad each night was ({window}-night average)", loc="left",
                 fontsize=11, color=c.text)
    _date_axis(ax, data.first, data.last)
    if steps:
        ax.tick_params(labelbottom=False)
        strip = fig.add_subplot(grid[1], sharex=ax)
        _style(strip, c)
        strip.grid(False)
        for row, step in enumerate(steps):
            nights = [r.night for r in data.records if step.id in r.done]
            if nights:
                strip.scatter(_days(nights), [row] * len(nights), marker="|", s=40,
                              color=c.done, linewidths=1.2)
        strip.set_yticks(range(len(steps)))
        strip.set_yticklabels([_short(s.title) for s in steps], fontsize=8)
        strip.set_ylim(len(steps) - 0.5, -0.5)
        strip.set_xlabel("Steps marked done (each mark is a night)", fontsize=9)
        _date_axis(strip, data.first, data.last)


def draw_onsets(fig: FigureBase, data: Insights, c: Colours) -> None:
    """Each night's first onset against what the planner expected and tonight's band."""
    fig.clear()
    fig.set_facecolor(c.background)
    ax = fig.add_subplot(1, 1, 1)
    _style(ax, c)
    onsets = sorted((r.night, r.onset) for r in data.records if r.onset is not None)
    peak = data.peak
    expected_now = _noon(peak.onset.hour, peak.onset.minute)
    band = (_noon(peak.band_start.hour, peak.band_start.minute),
            _noon(peak.band_end.hour, peak.band_end.minute))
    ax.axhspan(*band, color=c.band, alpha=0.6, linewidth=0,
               label=(f"worst {clock(band[0])}-{clock(band[1])} (logged severities)"
                      if peak.band_source == "personal" else
                      f"usually worst {clock(band[0])}-{clock(band[1])} (sleep studies)"))
    if data.expected_onsets:
        ax.plot(_days([n for n, _ in data.expected_onsets]), [m for _, m in data.expected_onsets],
                color=c.accent, linewidth=1.8, drawstyle="steps-mid",
                label="what the planner expected")
    if onsets:
        ax.scatter(_days([n for n, _ in onsets]), [m for _, m in onsets], s=12, color=c.points,
                   alpha=0.7, linewidths=0, label="first symptoms each night")
    values = [m for _, m in onsets] + [expected_now, *band]
    values += [m for _, m in data.expected_onsets]
    low = math.floor((min(values) - 30) / 60) * 60
    high = math.ceil((max(values) + 30) / 60) * 60
    ax.set_ylim(high, low)  # earlier in the evening at the top, as on a timetable
    ax.yaxis.set_major_locator(MultipleLocator(60 if high - low <= 8 * 60 else 120))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: clock(v)))
    ax.set_ylabel("Clock time")
    ax.set_title("When symptoms started, and what the planner learned", loc="left",
                 fontsize=11, color=c.text)
    _date_axis(ax, data.first, data.last)
    _legend(ax, c)


def average_window(data: Insights) -> int:
    """7 nights for a season or less; 30 for longer periods, so the trend stays readable."""
    return chart_data.average_window(data.first, data.last)


def _noon(hour: int, minute: int) -> int:
    return (hour * 60 + minute - 720) % 1440


def _short(title: str, width: int = 26) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"
