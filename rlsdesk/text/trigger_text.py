"""Triggers and medicine changes in the person's language: the chips' names, the Insights
lines ("on nights with alcohol: 1.8 points worse (12 nights with, 40 without)") and the
medicine changes a chart marks."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from rlsdesk.domain.insights import MIN_NIGHTS_EACH_SIDE, TriggerEffect
from rlsdesk.domain.medicine_events import MedicineEvent
from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.timefmt import format_date


def trigger_label(name: str) -> str:
    """A built-in trigger's name in the person's language; an own trigger's as typed."""
    labels = {
        "caffeine-late": translate("TriggerText", "Caffeine after the cut-off"),
        "alcohol": translate("TriggerText", "Alcohol"),
        "nicotine": translate("TriggerText", "Nicotine"),
        "long-sit": translate("TriggerText", "Long sit (film, drive, flight)"),
        "short-night": translate("TriggerText", "Short night before"),
        "exercise": translate("TriggerText", "Exercise"),
        "medicine-change": translate("TriggerText", "New or changed medicine"),
    }
    return labels.get(name, name)


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def trigger_line(effect: TriggerEffect) -> str | None:
    """One trigger's comparison, or None below the minimum nights (never shown then)."""
    diff = effect.difference
    if diff is None:
        return None
    counts = fill(translate("TriggerText", "%1 nights with, %2 without"),
                  effect.nights_with, effect.nights_without)
    name = trigger_label(effect.name)
    if not effect.notable:
        return fill(translate("TriggerText", "On nights with %1: no clear difference (%2)"),
                    name, counts)
    if diff > 0:
        return fill(translate("TriggerText", "On nights with %1: %2 points worse (%3)"),
                    name, _number(diff), counts)
    return fill(translate("TriggerText", "On nights with %1: %2 points milder (%3)"),
                name, _number(-diff), counts)


def trigger_lines(effects: list[TriggerEffect]) -> list[str]:
    """The lines for every trigger with enough nights, the largest difference first."""
    shown = sorted((e for e in effects if e.difference is not None),
                   key=lambda e: (not e.notable, -abs(e.difference or 0.0)))
    return [line for e in shown if (line := trigger_line(e)) is not None]


def trigger_intro() -> str:
    return fill(translate(
        "TriggerText", "Nights with each trigger against nights without, from the first "
        "night you noted one. Shown once there are %1 nights of each. An association in "
        "your own diary, not proof of a cause."), MIN_NIGHTS_EACH_SIDE)


def medicine_event_text(event: MedicineEvent) -> str:
    """"12 Mar 2026: Evening tablet added (Pramipexole 0.125 mg)"."""
    day = format_date(event.night, "d MMM yyyy")
    what = {
        "added": translate("TriggerText", "%1 added (%2)"),
        "dose_changed": translate("TriggerText", "%1 changed from %3 to %2"),
        "paused": translate("TriggerText", "%1 paused (%2)"),
        "resumed": translate("TriggerText", "%1 taken again (%2)"),
        "removed": translate("TriggerText", "%1 removed (%2)"),
    }[event.change]
    return fill(translate("TriggerText", "%1: %2"), day,
                fill(what, event.title, event.detail, event.before))
