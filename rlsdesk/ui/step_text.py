"""Plain words for a step: its kind, when it happens, on which days."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from rlsdesk.domain.kinds import AnchorKind, StepKind
from rlsdesk.domain.routine import Anchor
from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.timefmt import format_clock


def kind_label(kind: StepKind) -> str:
    labels = {
        StepKind.MAGNESIUM: translate("StepText", "Magnesium"),
        StepKind.BATH: translate("StepText", "Warm bath"),
        StepKind.HEAT_PACK: translate("StepText", "Heat pack"),
        StepKind.COLD_PACK: translate("StepText", "Cold pack"),
        StepKind.CONTRAST_PACKS: translate("StepText", "Heat and cold packs"),
        StepKind.STRETCHING: translate("StepText", "Stretching"),
        StepKind.MASSAGE: translate("StepText", "Massage"),
        StepKind.SLEEP_HYGIENE: translate("StepText", "Sleep habit"),
        StepKind.MEDICATION: translate("StepText", "Medication"),
        StepKind.BEDTIME: translate("StepText", "Bedtime"),
        StepKind.CUSTOM: translate("StepText", "My own step"),
    }
    return labels[StepKind(kind)]


def evidence_label(level: str, english: str = "") -> str:
    """How well a step is supported, in plain translated words; ``level`` is a key of the
    guidance's evidence levels (``english``, its words there, for a key this list lacks)."""
    labels = {
        "trials": translate("StepText", "tested in randomised trials"),
        "mixed": translate("StepText", "small studies, mixed results"),
        "advice": translate("StepText", "patient-guidance advice, not trial-tested"),
        "untested": translate("StepText", "not studied for restless legs"),
        "own": translate("StepText", "your own or your prescriber's choice; not rated"),
    }
    return labels.get(level, english)


def why_text(why: str, level: str, english_level: str, source: str) -> str:
    """A step's reason, its evidence level and its sources, as the step editor, the template
    picker and Tonight show them."""
    return fill(translate("StepText", "%1\nEvidence: %2.\nSources: %3"),
                why, evidence_label(level, english_level), source)


def anchor_kind_label(kind: AnchorKind) -> str:
    labels = {
        AnchorKind.BEFORE_ONSET: translate("StepText", "before symptoms usually start"),
        AnchorKind.BEFORE_BED: translate("StepText", "before bed"),
        AnchorKind.CLOCK: translate("StepText", "at a clock time"),
    }
    return labels[AnchorKind(kind)]


def duration_text(minutes: int) -> str:
    """``90`` -> "90 min", ``360`` -> "6 h", ``150`` -> "2 h 30 min"."""
    if minutes < 120:
        return fill(translate("StepText", "%1 min"), minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return fill(translate("StepText", "%1 h"), hours)
    return fill(translate("StepText", "%1 h %2 min"), hours, rest)


def anchor_text(anchor: Anchor, locale: QLocale | None = None) -> str:
    if anchor.kind is AnchorKind.CLOCK:
        assert anchor.clock is not None
        return fill(translate("StepText", "at %1"), format_clock(anchor.clock, locale))
    if anchor.kind is AnchorKind.BEFORE_ONSET:
        if anchor.minutes == 0:
            return translate("StepText", "when symptoms usually start")
        return fill(translate("StepText", "%1 before symptoms usually start"),
                    duration_text(anchor.minutes))
    if anchor.minutes == 0:
        return translate("StepText", "at bedtime")
    return fill(translate("StepText", "%1 before bed"), duration_text(anchor.minutes))


def day_name(day: int, locale: QLocale | None = None) -> str:
    """Short weekday name; ``day`` is 0 (Monday) to 6 (Sunday) as in the domain."""
    return (locale or QLocale()).dayName(day + 1, QLocale.FormatType.ShortFormat)


def days_text(days: Iterable[int], locale: QLocale | None = None) -> str:
    chosen = frozenset(days)
    if chosen == frozenset(range(7)):
        return translate("StepText", "Every day")
    if chosen == frozenset(range(5)):
        return translate("StepText", "Weekdays")
    if chosen == frozenset({5, 6}):
        return translate("StepText", "Weekends")
    return ", ".join(day_name(d, locale) for d in sorted(chosen))


def countdown_text(minutes: int) -> str:
    """"in 12 min" / "in 1 h 5 min" / "now" / "5 min ago" for a time ``minutes`` ahead (as
    :func:`rlsdesk.domain.tonight_view.countdown_minutes` counts them: shown minute less the
    clock's minute)."""
    if minutes == 0:
        return translate("StepText", "now")
    if minutes < 0:
        return fill(translate("StepText", "%1 min ago"), -minutes)
    if minutes < 60:
        return fill(translate("StepText", "in %1 min"), minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return fill(translate("StepText", "in %1 h"), hours)
    return fill(translate("StepText", "in %1 h %2 min"), hours, rest)


def clock_countdown(seconds: float) -> str:
    """"4:05" (minutes:seconds) for a timer's remaining time."""
    whole = max(0, int(seconds + 0.999))
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"
