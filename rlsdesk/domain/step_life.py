"""When a routine step existed and was switched on: its active spans of nights. Pure.

The store records each step's lifetime as events with the local date they happened on:
``added`` and ``enabled`` open a span, ``disabled`` and ``removed`` close it. The rule is
"from that evening on": a step added (or switched on) on date D counts from the night of D;
a step removed (or switched off) on date D no longer counts on the night of D. So a step
added this morning counts from tonight, and one added and removed on the same day never
counted. A night on which the step was marked done counts as active whatever the events
say (it plainly existed then), and a step marked done before its first recorded event
existed from its first done night (a diary imported from before the step was recorded).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Literal

__all__ = ["OPENS", "Span", "StepEvent", "active_nights", "active_spans", "in_spans"]

StepEvent = Literal["added", "enabled", "disabled", "removed"]
OPENS: frozenset[str] = frozenset({"added", "enabled"})
#: (first night active, first night no longer active or None while it still is)
Span = tuple[date, date | None]


def active_spans(events: Iterable[tuple[str, date]], first_done: date | None = None
                 ) -> tuple[Span, ...]:
    """The spans in which a step was active, from its events in any order (same-day events
    keep the order given). Repeated opens or closes change nothing; empty spans drop out.

    ``first_done``: the first night the step was marked done. When that is before its first
    event (nights imported from a diary file, or kept from before the history was recorded),
    the step evidently existed from then, and its first span starts there."""
    ordered = sorted(events, key=lambda item: item[1])
    if first_done is not None and (not ordered or first_done < ordered[0][1]):
        ordered.insert(0, ("added", first_done))
    spans: list[Span] = []
    start: date | None = None
    for event, day in ordered:
        if event in OPENS:
            if start is None:
                start = day
        elif start is not None:
            if day > start:
                spans.append((start, day))
            start = None
    if start is not None:
        spans.append((start, None))
    return tuple(spans)


def in_spans(spans: Sequence[Span], night: date) -> bool:
    return any(first <= night and (end is None or night < end) for first, end in spans)


def active_nights(spans: Sequence[Span], first: date, last: date) -> list[tuple[date, date]]:
    """The spans clipped to the nights ``first..last`` (inclusive pairs), oldest first."""
    out = []
    for start, end in sorted(spans, key=lambda s: s[0]):
        lo = max(start, first)
        hi = last if end is None else min(last, end - timedelta(days=1))
        if lo <= hi:
            out.append((lo, hi))
    return out
