"""The worst band's choice at its edges, found by mutation testing (session 6): which hours
may be the worst (two logs at least, any hour when none has two), the tie between equal
hours, a neighbour exactly half a point below, the band's three-hour cap, and which of two
neighbouring hours joins first. Also the setting path's bookkeeping and the weighted
median's rounding tolerance."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.peak import (
    WorstBand,
    estimate_peak_from_nights,
    weighted_median,
    worst_band,
)

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 3, 10)  # no clock change in the six nights before it


def _at(night: date, clock: time) -> datetime:
    day = night if clock >= time(12) else night + timedelta(days=1)
    return datetime.combine(day, clock, tzinfo=TZ)


def _logs(plan: dict[time, list[int]]) -> list[tuple[datetime, int]]:
    """Severity ``plan[clock][n]`` logged at ``clock + 5 min`` on the night ``n`` days back."""
    return [(_at(TODAY - timedelta(days=n), clock.replace(minute=5)), severity)
            for clock, severities in plan.items() for n, severity in enumerate(severities)]


def _band(plan: dict[time, list[int]]) -> tuple[time, time]:
    band = worst_band(_logs(plan), TODAY)
    assert band is not None
    return band.start, band.end


SIX_NINES = [9] * 6
EIGHT_AND_A_HALF = [9, 8] * 3       # mean 8.5: exactly half a point below 9
EIGHT_TWO_THIRDS = [9, 9, 8] * 2    # mean 8.67: closer to 9 than 8.5 is


def test_an_hour_with_two_logs_can_be_the_worst_one_with_one_cannot() -> None:
    plan = {time(21): [3] * 10,        # ten logs on ten nights: mild
            time(22): [9, 9],          # two logs: enough to be the worst hour
            time(23): [10]}            # one log: worse, but not enough on its own
    assert _band(plan) == (time(22), time(23))


def test_when_no_hour_has_two_logs_any_hour_can_be_the_worst() -> None:
    clocks = [time(h) for h in (13, 15, 17, 19, 21, 23, 1, 3, 5, 14)]
    logs = [(_at(TODAY - timedelta(days=n), clock), 2 + (n == 6) * 5)
            for n, clock in enumerate(clocks)]  # one log an hour; the 01:00 one is the worst
    band = worst_band(logs, TODAY)
    assert band is not None and (band.start, band.end) == (time(1), time(2))
    assert (band.logs, band.nights) == (10, 10)


def test_of_two_equally_bad_hours_apart_the_earlier_one_on_the_night_is_the_band() -> None:
    plan = {time(21): SIX_NINES, time(1): SIX_NINES, time(23): [2] * 6}
    assert _band(plan) == (time(21), time(22))


def test_the_band_is_three_hours_at_most() -> None:
    plan = {clock: SIX_NINES for clock in (time(21), time(22), time(23), time(0), time(1))}
    assert _band(plan) == (time(21), time(0))


def test_an_hour_half_a_point_below_joins_the_band_downward() -> None:
    """23:00 is the worst (9), 22:00 exactly half a point below (8.5) joins; 00:00 has no
    logs, so the band grows earlier only."""
    assert _band({time(22): EIGHT_AND_A_HALF, time(23): SIX_NINES}) == (time(22), time(0))
    # a bit more than half a point below stays out
    assert _band({time(22): [9, 8, 8] * 2, time(23): SIX_NINES}) == (time(23), time(0))


def test_of_two_close_neighbours_the_worse_joins_first() -> None:
    # 00:00 (8.67) is worse than 22:00 (8.5): it joins first; then 22:00, the only close
    # neighbour left, joins too: three hours
    plan = {time(22): EIGHT_AND_A_HALF, time(23): SIX_NINES, time(0): EIGHT_TWO_THIRDS}
    assert _band(plan) == (time(22), time(1))
    # with a third close hour on each side, the order decides which one is left out
    wide = {time(21): EIGHT_AND_A_HALF, time(22): EIGHT_AND_A_HALF, time(23): SIX_NINES,
            time(0): EIGHT_TWO_THIRDS, time(1): EIGHT_TWO_THIRDS}
    assert _band(wide) == (time(23), time(2))  # 00:00 and 01:00 are worse than 22:00
    earlier_worse = {time(21): EIGHT_TWO_THIRDS, time(22): EIGHT_TWO_THIRDS,
                     time(23): SIX_NINES, time(0): EIGHT_AND_A_HALF,
                     time(1): EIGHT_AND_A_HALF}
    assert _band(earlier_worse) == (time(21), time(0))


def test_of_two_equally_close_neighbours_the_earlier_joins_first() -> None:
    plan = {time(21): EIGHT_AND_A_HALF, time(22): EIGHT_AND_A_HALF, time(23): SIX_NINES,
            time(0): EIGHT_AND_A_HALF, time(1): EIGHT_AND_A_HALF}
    assert _band(plan) == (time(21), time(0))


def test_one_close_neighbour_later_on_the_night_joins_upward() -> None:
    assert _band({time(23): SIX_NINES, time(0): EIGHT_AND_A_HALF}) == (time(23), time(1))


# ------------------------------------------------------------------ the estimate's bookkeeping


def _nights(count: int) -> dict[date, int]:
    return {TODAY - timedelta(days=i): 600 for i in range(count)}


WORST = WorstBand(time(23), time(1), logs=14, nights=7)


def test_the_setting_path_keeps_the_count_the_band_and_the_minute() -> None:
    setting = time(21, 15, 42, 500, tzinfo=UTC)
    peak = estimate_peak_from_nights(_nights(3), TODAY, setting, worst=WORST)
    assert peak.onset == time(21, 15) and peak.onset.tzinfo is None
    assert (peak.source, peak.from_setting, peak.nights) == ("default", True, 3)
    assert (peak.band_start, peak.band_end, peak.band_source) == (time(23), time(1), "personal")
    assert (peak.band_logs, peak.band_nights) == (14, 7)
    assert peak.summary == ("from your setting: usually starts around 21:15 (3 of 5 nights "
                            "logged); worst 23:00-01:00 by your logged severities "
                            "(14 logs on 7 nights)")


def test_the_default_path_says_how_many_nights_it_needs() -> None:
    peak = estimate_peak_from_nights(_nights(1), TODAY, min_nights=3)
    assert (peak.source, peak.from_setting, peak.nights_needed) == ("default", False, 3)
    assert (peak.band_logs, peak.band_nights) == (0, 0)
    learned = estimate_peak_from_nights(_nights(5), TODAY, worst=WORST)
    assert (learned.band_logs, learned.band_nights) == (14, 7)


# ------------------------------------------------------------------ weighted median


def test_a_running_weight_within_rounding_of_half_reaches_it() -> None:
    """Weights that are sums of halvings (0.5 ** (days / 10)) miss exact halves by a hair:
    a running weight 1e-12 under half the total still counts as half."""
    hair = 2e-12
    assert weighted_median([10, 20], [1.0, 1.0 + hair]) == 10
    assert weighted_median([10, 20], [1.0, 1.0 + 4 * hair]) == 20  # well under half


def test_the_weighted_median_names_its_misuse_in_full() -> None:
    with pytest.raises(ValueError) as caught:
        weighted_median([1.0], [])
    assert str(caught.value) == (
        "weighted_median needs equally many values and weights (at least one)")


# ------------------------------------------------------------------ the band after a late onset


def test_a_band_that_does_not_end_after_it_starts_lasts_an_hour_from_a_later_onset() -> None:
    nights = {TODAY - timedelta(days=i): 750 for i in range(5)}  # 00:30 every night
    for empty in ((time(0), time(0)), (time(0), time(23, 30))):
        peak = estimate_peak_from_nights(nights, TODAY, default_band=empty)
        assert (peak.onset, peak.band_start, peak.band_end) == (time(0, 30), time(0, 30),
                                                                 time(1, 30))


def test_a_band_moved_by_a_late_onset_ends_with_the_night_at_11_59() -> None:
    late = estimate_peak_from_nights({}, TODAY, usual_onset=time(11, 30))
    assert (late.band_start, late.band_end) == (time(11, 30), time(11, 59))
    just_fits = estimate_peak_from_nights({}, TODAY, usual_onset=time(10, 59))
    assert (just_fits.band_start, just_fits.band_end) == (time(10, 59), time(11, 59))


def test_weighted_median_refuses_negative_and_missing_weights() -> None:
    """Weights are how much a night counts: a negative or NaN one is a programming error,
    refused (it used to fall through to the largest value)."""
    import math

    import pytest

    from rlsdesk.domain.peak import weighted_median

    for weights in ([-3.0, 1.0], [math.nan, 1.0]):
        with pytest.raises(ValueError, match="zero or more"):
            weighted_median([1.0, 2.0], weights)
    assert weighted_median([1.0, 2.0], [0.0, 0.0]) == 1.0  # no weight at all: the smallest
    assert weighted_median([1.0, 2.0, 3.0], [1.0, 1.0, 5.0]) == 3.0
