"""Plain words for a step: its kind, when it happens, on which days."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from rlsdesk.domain.kinds import AnchorKind, StepKind
from rlsdesk.domain.routine import Anchor
from rlsdesk.ui.timefmt import format_clock

_CTX = "StepText"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_label(kind: StepKind) -> str:
    labels = {
        StepKind.MAGNESIUM: _tr("Magnesium"),
        StepKind.BATH: _tr("Warm bath"),
        StepKind.HEAT_PACK: _tr("Heat pack"),
        StepKind.COLD_PACK: _tr("Cold pack"),
        StepKind.CONTRAST_PACKS: _tr("Heat and cold packs"),
        StepKind.STRETCHING: _tr("Stretching"),
        StepKind.MASSAGE: _tr("Massage"),
        StepKind.SLEEP_HYGIENE: _tr("Sleep habit"),
        StepKind.MEDICATION: _tr("Medication"),
        StepKind.BEDTIME: _tr("Bedtime"),
        StepKind.CUSTOM: _tr("My own step"),
    }
    return labels[StepKind(kind)]


def anchor_kind_label(kind: AnchorKind) -> str:
    labels = {
        AnchorKind.BEFORE_ONSET: _tr("before symptoms usually start"),
        AnchorKind.BEFORE_BED: _tr("before bed"),
        AnchorKind.CLOCK: _tr("at a clock time"),
    }
    return labels[AnchorKind(kind)]


def duration_text(minutes: int) -> str:
    """``90`` -> "90 min", ``360`` -> "6 h", ``150`` -> "2 h 30 min"."""
    if minutes < 120:
        return _tr("%1 min").replace("%1", str(minutes))
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return _tr("%1 h").replace("%1", str(hours))
    return _tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))


def anchor_text(anchor: Anchor, locale: QLocale | None = None) -> str:
    if anchor.kind is AnchorKind.CLOCK:
        assert anchor.clock is not None
        return _tr("at %1").replace("%1", format_clock(anchor.clock, locale))
    if anchor.kind is AnchorKind.BEFORE_ONSET:
        if anchor.minutes == 0:
            return _tr("when symptoms usually start")
        return _tr("%1 before symptoms usually start").replace(
            "%1", duration_text(anchor.minutes)
        )
    if anchor.minutes == 0:
        return _tr("at bedtime")
    return _tr("%1 before bed").replace("%1", duration_text(anchor.minutes))


def day_name(day: int, locale: QLocale | None = None) -> str:
    """Short weekday name; ``day`` is 0 (Monday) to 6 (Sunday) as in the domain."""
    return (locale or QLocale()).dayName(day + 1, QLocale.FormatType.ShortFormat)


def days_text(days: Iterable[int], locale: QLocale | None = None) -> str:
    chosen = frozenset(days)
    if chosen == frozenset(range(7)):
        return _tr("Every day")
    if chosen == frozenset(range(5)):
        return _tr("Weekdays")
    if chosen == frozenset({5, 6}):
        return _tr("Weekends")
    return ", ".join(day_name(d, locale) for d in sorted(chosen))


def countdown_text(seconds: float) -> str:
    """"in 12 min" / "in 1 h 5 min" / "now" for a time ``seconds`` ahead."""
    if seconds <= 30:
        return _tr("now")
    minutes = int((seconds + 59) // 60)
    if minutes < 60:
        return _tr("in %1 min").replace("%1", str(minutes))
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return _tr("in %1 h").replace("%1", str(hours))
    return _tr("in %1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))


def clock_countdown(seconds: float) -> str:
    """"4:05" (minutes:seconds) for a timer's remaining time."""
    whole = max(0, int(seconds + 0.999))
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"
