"""A night's first onset is worked out once, when the record is made: the same answer as the
rule (the earliest moment before 06:00 or the check-in's onset, whichever is first)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.clock import to_noon_minutes
from rlsdesk.domain.diary import NightEntry, NightRecord, is_daytime

NIGHT = date(2026, 3, 28)


def _rule(record: NightRecord) -> int | None:
    found = [m for m in record.onsets if not is_daytime(m)]
    if record.entry is not None and record.entry.onset is not None:
        found.append(to_noon_minutes(record.entry.onset))
    return min(found) if found else None


@given(st.lists(st.integers(0, 1439), max_size=6),
       st.none() | st.times().map(lambda t: time(t.hour, t.minute)), st.booleans())
def test_the_first_onset_follows_the_rule(onsets: list[int], onset: time | None,
                                          checked_in: bool) -> None:
    entry = NightEntry(NIGHT, 4, onset) if checked_in else None
    record = NightRecord(NIGHT, entry, tuple(sorted(onsets)))
    assert record.onset == _rule(record)
    moved = replace(record, onsets=(30,))  # a changed copy works it out again
    assert moved.onset == _rule(moved)
    assert record == NightRecord(NIGHT, entry, tuple(sorted(onsets)))
