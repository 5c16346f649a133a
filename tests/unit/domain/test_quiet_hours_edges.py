"""Quiet hours at their edges: the start is inside, the end is not, a minute either side of
each, windows that cross midnight, start == end, and a moment read in the person's zone
(not the machine's)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.quiet_hours import QuietCover, QuietHours, quiet_cover, quiet_hours_from

ZONE = ZoneInfo("Europe/Berlin")
NIGHT = datetime(2026, 11, 20, 12, 0, tzinfo=ZONE)  # the night of 20 Nov runs to 21 Nov 12:00


def at(hour: int, minute: int = 0) -> datetime:
    """A wall-clock time on the night (after midnight: the next day), in Berlin."""
    day = NIGHT if hour >= 12 else NIGHT + timedelta(days=1)
    return day.replace(hour=hour, minute=minute)


@pytest.mark.parametrize(("clock", "inside"), [
    ((21, 59), False), ((22, 0), True), ((22, 1), True),   # the start is inside
    ((23, 59), True), ((0, 0), True), ((0, 1), True),      # across midnight
    ((6, 59), True), ((7, 0), False), ((7, 1), False),     # the end is not
    ((12, 0), False), ((18, 0), False),
])
def test_a_window_across_midnight_holds_its_start_and_not_its_end(clock, inside) -> None:
    assert QuietHours(time(22, 0), time(7, 0)).contains(at(*clock), ZONE) is inside


@pytest.mark.parametrize(("clock", "inside"), [
    ((0, 59), False), ((1, 0), True), ((1, 1), True),
    ((5, 59), True), ((6, 0), False), ((6, 1), False),
    ((23, 0), False), ((0, 0), False),
])
def test_a_window_after_midnight_holds_its_start_and_not_its_end(clock, inside) -> None:
    assert QuietHours(time(1, 0), time(6, 0)).contains(at(*clock), ZONE) is inside


@pytest.mark.parametrize(("clock", "inside"), [
    ((23, 59), False), ((0, 0), True), ((5, 59), True), ((6, 0), False),
])
def test_a_window_from_midnight(clock, inside) -> None:
    assert QuietHours(time(0, 0), time(6, 0)).contains(at(*clock), ZONE) is inside


@pytest.mark.parametrize(("clock", "inside"), [
    ((21, 59), False), ((22, 0), True), ((23, 59), True), ((0, 0), False), ((0, 1), False),
])
def test_a_window_up_to_midnight(clock, inside) -> None:
    # an end of 00:00 is before the start on the clock: the window crosses into the night
    # and ends at midnight itself
    assert QuietHours(time(22, 0), time(0, 0)).contains(at(*clock), ZONE) is inside


def test_equal_ends_are_no_quiet_hours() -> None:
    # the settings refuse start == end; what is stored that way is read as none at all
    assert quiet_hours_from(time(22, 0), time(22, 0)) is None
    assert quiet_hours_from(time(0, 0), time(0, 0)) is None


def test_a_window_built_with_equal_ends_covers_the_whole_day() -> None:
    # (only quiet_hours_from builds them for the app, and it never does so)
    quiet = QuietHours(time(22, 0), time(22, 0))
    assert all(quiet.contains(at(h, m), ZONE) for h in range(24) for m in (0, 59))


def test_either_end_unset_is_no_quiet_hours() -> None:
    assert quiet_hours_from(None, time(7, 0)) is None
    assert quiet_hours_from(time(22, 0), None) is None
    assert quiet_hours_from(None, None) is None
    assert quiet_hours_from(time(22, 0), time(7, 0)) == QuietHours(time(22, 0), time(7, 0))
    assert quiet_hours_from(time(7, 0), time(22, 0)) == QuietHours(time(7, 0), time(22, 0))


def test_a_moment_is_read_on_the_persons_clock_not_the_machines() -> None:
    quiet = QuietHours(time(22, 0), time(23, 0))
    # 21:30 UTC is 22:30 in Berlin (winter): inside there, outside on a UTC clock
    moment = datetime(2026, 11, 20, 21, 30, tzinfo=UTC)
    assert quiet.contains(moment, ZONE)
    assert not quiet.contains(moment, ZoneInfo("UTC"))
    # and 22:30 UTC is 23:30 in Berlin: outside there, though a UTC clock says 22:30
    assert not quiet.contains(moment + timedelta(hours=1), ZONE)


def test_the_cover_reads_the_bedtime_and_reminders_in_the_zone() -> None:
    quiet = QuietHours(time(22, 0), time(23, 0))
    utc_bed = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)  # 22:00 in Berlin: the start
    cover = quiet_cover(quiet, ZONE, utc_bed, [("Pill", utc_bed - timedelta(minutes=1)),
                                               ("Stretch", utc_bed),
                                               ("Tea", utc_bed + timedelta(minutes=60))])
    assert cover == QuietCover(True, (("Stretch", utc_bed),))


def test_no_quiet_hours_cover_neither_the_bedtime_nor_a_reminder() -> None:
    cover = quiet_cover(None, ZONE, at(22, 0), [("Pill", at(22, 30))])
    assert cover == QuietCover(False, ())
    assert cover.bedtime is False and cover.reminders == ()


def test_anything_is_the_bedtime_or_a_reminder() -> None:
    reminder = (("Pill", at(22, 30)),)
    assert QuietCover(True, ()).anything
    assert QuietCover(False, reminder).anything
    assert QuietCover(True, reminder).anything
    assert not QuietCover(False, ()).anything
    # a cover of nothing but a reminder: the bedtime is outside, one reminder inside
    cover = quiet_cover(QuietHours(time(22, 0), time(23, 0)), ZONE, at(21, 0),
                        [("Pill", at(22, 30)), ("Bath", at(21, 30))])
    assert cover == QuietCover(False, (("Pill", at(22, 30)),)) and cover.anything
