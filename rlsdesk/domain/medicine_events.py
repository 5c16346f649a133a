"""Medicine changes: dated events when a medication or supplement step is added, its dose
changed, paused (switched off), resumed or removed. Pure.

A step's dose is what the routine knows of it: for magnesium the form and milligrams, for a
medicine the name as entered (which holds the dose the person wrote, "Pramipexole 0.125 mg").
The events let a chart or report show severity and onset before and after a change; they
never judge a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

__all__ = [
    "CHANGES",
    "MedicineChange",
    "MedicineEvent",
    "events_between",
    "medicine_changes",
    "taken_detail",
]

MedicineChange = Literal["added", "dose_changed", "paused", "resumed", "removed"]
CHANGES: tuple[MedicineChange, ...] = ("added", "dose_changed", "paused", "resumed", "removed")
_TAKEN_KINDS = ("magnesium", "medication")


@dataclass(frozen=True, slots=True)
class MedicineEvent:
    """One change, on the local date (the night) it was made."""

    night: date
    step_id: int
    change: MedicineChange
    title: str          # the step's title then
    detail: str         # what is taken after the change ("magnesium citrate 200 mg")
    before: str = ""    # for dose_changed: what was taken before


def taken_detail(record: Mapping[str, Any] | None) -> str | None:
    """What a step (its JSON form) has the person take, or None for a step that is not a
    medication or supplement."""
    if record is None or record.get("kind") not in _TAKEN_KINDS:
        return None
    if record.get("kind") == "magnesium":
        form = record.get("form")
        form_text = "" if form in (None, "", "other") else f" {form}"
        return f"magnesium{form_text} {record.get('dose_mg')} mg"
    return str(record.get("name") or record.get("title") or "")


def _on(record: Mapping[str, Any]) -> bool:
    return record.get("enabled", True) is not False


def medicine_changes(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
                     ) -> list[tuple[MedicineChange, str, str, str]]:
    """The changes from step ``before`` to step ``after`` (None: not in the routine), as
    (change, title, detail, detail before). Only medication and supplement steps have any;
    a step added switched off is added then paused, a dose changed and switched off in one
    edit gives both."""
    was, now = taken_detail(before), taken_detail(after)
    if was is None and now is None:
        return []
    found: list[tuple[MedicineChange, str, str, str]] = []
    if before is None or was is None:
        assert after is not None and now is not None
        title = str(after.get("title", ""))
        found.append(("added", title, now, ""))
        if not _on(after):
            found.append(("paused", title, now, ""))
        return found
    if after is None or now is None:
        return [("removed", str(before.get("title", "")), was, "")]
    title = str(after.get("title", ""))
    if was != now:
        found.append(("dose_changed", title, now, was))
    if _on(before) and not _on(after):
        found.append(("paused", title, now, ""))
    elif not _on(before) and _on(after):
        found.append(("resumed", title, now, ""))
    return found


def events_between(events: Iterable[MedicineEvent], first: date, last: date
                   ) -> list[MedicineEvent]:
    """The events on nights ``first..last``, oldest first (same night: as recorded)."""
    return sorted((e for e in events if first <= e.night <= last), key=lambda e: e.night)
