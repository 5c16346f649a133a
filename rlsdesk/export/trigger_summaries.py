"""Triggers and medicine changes in English, for the command line and the clinician's
report (the window words the same facts with tr(), in rlsdesk.text.trigger_text).

For the report: ``DiaryService.insights(first, last)`` carries ``triggers`` (each
trigger's comparison) and ``medicine_events`` (the changes on the nights shown);
``domain.triggers.trigger_counts(records, week_first, week_last)`` gives a weekly row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rlsdesk.domain.insights import MIN_NIGHTS_EACH_SIDE, TriggerEffect
from rlsdesk.domain.medicine_events import MedicineEvent

TRIGGER_NAMES = {
    "caffeine-late": "caffeine after the cut-off", "alcohol": "alcohol",
    "nicotine": "nicotine", "long-sit": "a long sit (film, drive, flight)",
    "short-night": "a short night before", "exercise": "exercise",
    "medicine-change": "a new or changed medicine",
}
TRIGGER_NOTE = (f"Nights with each trigger against nights without, from the first night one "
                f"was noted; shown with at least {MIN_NIGHTS_EACH_SIDE} nights of each. An "
                "association in the person's own diary, not proof of a cause.")


def trigger_name(name: str) -> str:
    return TRIGGER_NAMES.get(name, name)


def trigger_line(effect: TriggerEffect) -> str | None:
    """"On nights with alcohol: 1.8 points worse (12 nights with, 40 without)", or None
    below the minimum nights."""
    diff = effect.difference
    if diff is None:
        return None
    counts = f"{effect.nights_with} nights with, {effect.nights_without} without"
    name = trigger_name(effect.name)
    if not effect.notable:
        return f"On nights with {name}: no clear difference ({counts})"
    word = "worse" if diff > 0 else "milder"
    return f"On nights with {name}: {abs(diff):.1f} points {word} ({counts})"


def trigger_lines(effects: Iterable[TriggerEffect]) -> list[str]:
    """Every trigger with enough nights; clear differences first, the largest first."""
    shown = sorted((e for e in effects if e.difference is not None),
                   key=lambda e: (not e.notable, -abs(e.difference or 0.0)))
    return [line for e in shown if (line := trigger_line(e)) is not None]


def counts_text(counts: Mapping[str, int]) -> str:
    """A weekly row's cell: "alcohol 3, long-sit 1"."""
    return ", ".join(f"{name} {n}" for name, n in counts.items())


def medicine_event_line(event: MedicineEvent) -> str:
    """"2026-03-12: Evening tablet added (Pramipexole 0.125 mg)"."""
    what = {
        "added": f"{event.title} added ({event.detail})",
        "dose_changed": f"{event.title} changed from {event.before} to {event.detail}",
        "paused": f"{event.title} paused ({event.detail})",
        "resumed": f"{event.title} taken again ({event.detail})",
        "removed": f"{event.title} removed ({event.detail})",
    }[event.change]
    return f"{event.night.isoformat()}: {what}"
