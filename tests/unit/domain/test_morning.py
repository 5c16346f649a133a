"""The morning check-in's prefill: the night's first moment and its worst rating, from
the quick logs of the evening and night only (the next morning's are daytime symptoms)."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.clock import from_noon_minutes
from rlsdesk.domain.diary import QuickLog
from rlsdesk.domain.morning import checkin_prefill
from rlsdesk.domain.peak import is_daytime

NIGHT = date(2026, 11, 20)
LOGS = st.lists(st.builds(QuickLog, st.integers(0, 1439).map(from_noon_minutes),
                          st.one_of(st.none(), st.integers(0, 10))), max_size=8)


@given(LOGS, st.frozensets(st.integers(1, 20)))
def test_prefill_is_the_first_night_moment_and_the_worst_night_rating(
    logs: list[QuickLog], done: frozenset[int],
) -> None:
    found = checkin_prefill(NIGHT, tuple(logs), done)
    night_logs = [q for q in logs if not is_daytime(q.minutes)]
    assert found.onset == (min(night_logs, key=lambda q: q.minutes).clock
                           if night_logs else None)
    rated = [q.severity for q in night_logs if q.severity is not None]
    assert found.severity == (max(rated) if rated else None)
    assert found.done == done and found.quick_logs == tuple(logs)


def test_an_evening_after_midnight_comes_after_the_evening_before() -> None:
    logs = (QuickLog(time(0, 30), 2), QuickLog(time(23, 10), 5), QuickLog(time(7, 0), 9))
    found = checkin_prefill(NIGHT, logs)
    assert (found.onset, found.severity) == (time(23, 10), 5)
    assert checkin_prefill(NIGHT).anything is False
