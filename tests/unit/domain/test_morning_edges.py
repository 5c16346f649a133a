"""The morning check-in's prefill at its edges: 05:59 is still the night and 06:00 the next
morning, 12:00 begins the evening, a rating of 0 is a rating, and what the form offers when
only steps were marked done."""

from __future__ import annotations

from datetime import date, time, timedelta

from rlsdesk.domain.diary import QuickLog
from rlsdesk.domain.morning import CheckinPrefill, checkin_prefill

NIGHT = date(2026, 11, 20)


def test_0559_is_the_night_and_0600_the_next_morning() -> None:
    found = checkin_prefill(NIGHT, (QuickLog(time(6, 0), 9), QuickLog(time(5, 59), 3)))
    assert (found.onset, found.severity) == (time(5, 59), 3)
    only_morning = checkin_prefill(NIGHT, (QuickLog(time(6, 0), 9), QuickLog(time(11, 59), 8)))
    assert (only_morning.onset, only_morning.severity) == (None, None)
    assert not only_morning.anything
    # the morning's logs are still handed on to be shown
    assert only_morning.quick_logs == (QuickLog(time(6, 0), 9), QuickLog(time(11, 59), 8))


def test_noon_is_the_first_moment_of_the_night() -> None:
    logs = (QuickLog(time(23, 0), 2), QuickLog(time(12, 0), 1), QuickLog(time(12, 1), 4))
    found = checkin_prefill(NIGHT, logs)
    assert (found.onset, found.severity) == (time(12, 0), 4)


def test_the_first_of_several_is_the_onset_in_the_nights_order() -> None:
    logs = (QuickLog(time(1, 0)), QuickLog(time(22, 15)), QuickLog(time(0, 0)),
            QuickLog(time(21, 45)))
    assert checkin_prefill(NIGHT, logs).onset == time(21, 45)


def test_the_repeated_hour_takes_the_first_lived_moment() -> None:
    # the night the clocks go back: 02:30 is lived twice, at +02:00 and then at +01:00
    first = QuickLog(time(2, 30), 2, timedelta(hours=2))
    second = QuickLog(time(2, 30), 6, timedelta(hours=1))
    found = checkin_prefill(date(2026, 10, 24), (second, first))
    assert (found.onset, found.severity) == (time(2, 30), 6)


def test_a_rating_of_zero_counts_and_unrated_logs_do_not_lower_it() -> None:
    found = checkin_prefill(NIGHT, (QuickLog(time(22, 0), 0), QuickLog(time(23, 0))))
    assert (found.onset, found.severity) == (time(22, 0), 0)
    assert found.anything
    unrated = checkin_prefill(NIGHT, (QuickLog(time(22, 0)),))
    assert (unrated.onset, unrated.severity) == (time(22, 0), None)
    assert unrated.anything


def test_the_worst_rating_is_kept_wherever_it_lies() -> None:
    logs = (QuickLog(time(21, 0), 3), QuickLog(time(23, 0), 7), QuickLog(time(2, 0), 5))
    assert checkin_prefill(NIGHT, logs).severity == 7


def test_steps_done_alone_are_something_to_confirm() -> None:
    found = checkin_prefill(NIGHT, (), frozenset({4}))
    assert found == CheckinPrefill(NIGHT, None, None, (), frozenset({4}))
    assert found.anything
    assert not checkin_prefill(NIGHT).anything
    assert checkin_prefill(NIGHT).night == NIGHT
    assert CheckinPrefill(NIGHT, severity=2).anything
    assert CheckinPrefill(NIGHT, onset=time(22, 0)).anything
