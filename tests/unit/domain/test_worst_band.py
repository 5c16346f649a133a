"""The worst band is bound to the clock: midnight to 01:00 by default whatever the onset
(Trenkwalder et al. 1999), else the hours the person's logged severity is highest. Morning
logs (06:00-11:59) are daytime symptoms: they neither set an onset nor the band."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.clock import from_noon_minutes, to_noon_minutes
from rlsdesk.domain.peak import (
    estimate_peak,
    estimate_peak_from_nights,
    first_onsets_by_night,
    stabilize_peak,
    worst_band,
)

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 20)


def at(night: date, clock: time) -> datetime:
    day = night if clock >= time(12) else night + timedelta(days=1)
    return datetime.combine(day, clock, tzinfo=TZ)


def every_night(clock: time, nights: int = 8) -> dict[date, int]:
    return {TODAY - timedelta(days=i): to_noon_minutes(clock) for i in range(nights)}


@given(st.integers(0, 11 * 60 + 59), st.integers(0, 12), st.booleans())
def test_default_band_is_midnight_to_one_whatever_the_onset(onset: int, count: int,
                                                           setting: bool) -> None:
    """Onsets 12:00-23:59, learned, set or default: the band stays at 00:00-01:00."""
    clock = from_noon_minutes(onset)
    peak = estimate_peak_from_nights(every_night(clock, count), TODAY,
                                     clock if setting else None)
    assert (peak.band_start, peak.band_end) == (time(0, 0), time(1, 0))
    assert peak.band_source == "typical"
    assert "Trenkwalder" in peak.summary
    stable = stabilize_peak(peak, from_noon_minutes(max(0, onset - 200)))
    assert (stable.band_start, stable.band_end) == (time(0, 0), time(1, 0))


def test_an_evening_onset_at_18_still_has_its_worst_band_at_midnight() -> None:
    peak = estimate_peak_from_nights(every_night(time(18, 0)), TODAY)
    assert peak.onset == time(18, 0) and peak.source == "personal"
    assert (peak.band_start, peak.band_end) == (time(0, 0), time(1, 0))


def test_an_onset_after_midnight_starts_the_band_at_the_onset() -> None:
    peak = estimate_peak_from_nights(every_night(time(0, 40)), TODAY)
    assert (peak.band_start, peak.band_end) == (time(0, 40), time(1, 40))


def _logs(plan: dict[time, int], nights: int = 6) -> list[tuple[datetime, int]]:
    return [(at(TODAY - timedelta(days=n), clock), severity)
            for n in range(nights) for clock, severity in plan.items()]


def test_band_from_logs_is_the_hour_of_highest_logged_severity() -> None:
    logs = _logs({time(21, 10): 3, time(22, 40): 8, time(23, 50): 5, time(2, 5): 4})
    band = worst_band(logs, TODAY)
    assert band is not None
    assert (band.start, band.end) == (time(22, 0), time(23, 0))
    assert (band.logs, band.nights) == (24, 6)
    peak = estimate_peak([m for m, _ in logs], TODAY, severities=logs)
    assert peak.band_source == "personal"
    assert (peak.band_start, peak.band_end) == (time(22, 0), time(23, 0))
    assert "by your logged severities (24 logs on 6 nights)" in peak.summary


def test_neighbouring_hours_as_bad_join_the_band() -> None:
    logs = _logs({time(23, 20): 7, time(0, 30): 7, time(20, 0): 2})
    band = worst_band(logs, TODAY)
    assert band is not None and (band.start, band.end) == (time(23, 0), time(1, 0))


def test_too_few_logs_or_nights_keep_the_typical_band() -> None:
    assert worst_band(_logs({time(22, 0): 9}, nights=9), TODAY) is None  # 9 logs
    assert worst_band(_logs({time(22, 0): 9, time(23, 0): 2, time(21, 0): 1}, nights=4),
                      TODAY) is None  # 12 logs, 4 nights
    peak = estimate_peak([], TODAY, severities=_logs({time(22, 0): 9}, nights=9))
    assert (peak.band_start, peak.band_end, peak.band_source) == (time(0), time(1), "typical")


def test_morning_logs_do_not_make_the_band_or_the_onset() -> None:
    logs = _logs({time(21, 0): 4, time(23, 0): 5, time(9, 30): 10})
    band = worst_band(logs, TODAY)
    assert band is not None and band.start == time(23, 0)
    only_mornings = [at(TODAY - timedelta(days=n), time(10, 0)) for n in range(8)]
    assert first_onsets_by_night(only_mornings) == {}
    mixed = only_mornings + [at(TODAY - timedelta(days=n), time(21, 30)) for n in range(8)]
    assert set(first_onsets_by_night(mixed).values()) == {to_noon_minutes(time(21, 30))}
    peak = estimate_peak(only_mornings, TODAY)
    assert peak.source == "default" and peak.nights == 0
