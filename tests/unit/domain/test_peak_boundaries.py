"""The peak model at its edges, found by mutation testing: 06:00 and 12:00 on the night's
clock, onsets in a zone other than this machine's or UTC, the weighted median's tie, the
28-day window and the five-night threshold to the day, the band moved with the onset."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.peak import (
    MIN_BAND_LOGS,
    MIN_BAND_NIGHTS,
    MIN_NIGHTS,
    WINDOW_DAYS,
    estimate_peak,
    estimate_peak_from_nights,
    first_onsets_by_night,
    is_daytime,
    lived_minutes,
    night_of,
    onset_minutes,
    smooth_toward,
    stabilize_peak,
    weighted_median,
    worst_band,
)

TODAY = date(2025, 6, 20)
AUCKLAND = ZoneInfo("Pacific/Auckland")  # UTC+12 in June: its evening is UTC's morning
HONOLULU = ZoneInfo("Pacific/Honolulu")  # UTC-10: its small hours are UTC's afternoon


def test_daytime_starts_at_six_in_the_morning() -> None:
    assert not is_daytime(1079)  # 05:59 is still the night
    assert is_daytime(1080)  # 06:00
    assert is_daytime(1439)  # 11:59


def test_noon_belongs_to_the_night_that_starts_then() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert night_of(datetime(2025, 6, 18, 12, 0, tzinfo=berlin), berlin) == date(2025, 6, 18)
    assert night_of(datetime(2025, 6, 18, 11, 59, tzinfo=berlin), berlin) == date(2025, 6, 17)


@pytest.mark.parametrize("zone", [AUCKLAND, HONOLULU])
def test_an_onset_counts_on_the_night_it_was_lived_not_the_night_in_utc(zone: ZoneInfo) -> None:
    """23:30 in Auckland is 11:30 UTC (the night before in UTC); 01:00 in Honolulu is 11:00
    UTC the same day (the night after). The diary shows the person's own clock."""
    evening = datetime(2025, 6, 18, 23, 30, tzinfo=zone)
    small_hours = datetime(2025, 6, 19, 1, 0, tzinfo=zone)
    for moment in (evening, small_hours):
        assert night_of(moment, zone) == date(2025, 6, 18)
        assert first_onsets_by_night([moment]) == {date(2025, 6, 18): lived_minutes(moment)}
        assert first_onsets_by_night([moment.astimezone(UTC)]) != {
            date(2025, 6, 18): lived_minutes(moment)}
    assert lived_minutes(evening) == onset_minutes(evening, zone) == 690


def test_nights_lived_in_another_zone_teach_their_own_clock() -> None:
    """Five evenings at 22:00 in Auckland (10:00 UTC, the morning of the UTC day) learn
    22:00, whatever this machine's zone."""
    onsets = [datetime.combine(TODAY - timedelta(days=d), time(22, 0), AUCKLAND)
              for d in range(5)]
    peak = estimate_peak(onsets, TODAY)
    assert (peak.source, peak.nights, peak.onset) == ("personal", 5, time(22, 0))


def test_a_naive_or_offsetless_moment_is_refused() -> None:
    class NoOffset(tzinfo):
        def utcoffset(self, dt: datetime | None) -> None:
            return None

    for bad in (datetime(2025, 6, 18, 22, 0), datetime(2025, 6, 18, 22, 0, tzinfo=NoOffset())):
        with pytest.raises(ValueError, match="is not timezone-aware"):
            first_onsets_by_night([bad])
        with pytest.raises(ValueError, match="is not timezone-aware"):
            night_of(bad, AUCKLAND)


def test_the_weighted_median_is_the_smaller_value_on_an_exact_half() -> None:
    assert weighted_median([2, 1], [1, 1]) == 1
    assert weighted_median([30, 10, 20], [1, 2, 1]) == 10  # 10 alone has half
    assert weighted_median([10, 20, 30], [1, 1, 2]) == 20
    # 0.3 + 0.1 + 0.2 sums to a hair over 0.6: 0.3 is still half, within rounding
    assert weighted_median([10, 20, 30], [0.3, 0.1, 0.2]) == 10


@pytest.mark.parametrize(("values", "weights"), [([], []), ([1, 2], [1]), ([1], [1, 2])])
def test_the_weighted_median_refuses_unequal_or_empty_lists(values, weights) -> None:
    with pytest.raises(ValueError, match="equally many values and weights"):
        weighted_median(values, weights)


def _nights(count: int, first_back: int = 0, clock: int = 600) -> dict[date, int]:
    return {TODAY - timedelta(days=first_back + i): clock for i in range(count)}


def test_five_nights_learn_and_four_do_not() -> None:
    assert MIN_NIGHTS == 5
    four = estimate_peak_from_nights(_nights(4), TODAY)
    assert (four.source, four.nights, four.onset) == ("default", 4, time(21, 30))
    assert "(4 of 5 nights logged)" in four.summary
    five = estimate_peak_from_nights(_nights(5), TODAY)
    assert (five.source, five.nights, five.onset) == ("personal", 5, time(22, 0))
    assert five.summary.startswith("from 5 nights: usually starts around 22:00")


def test_the_window_holds_the_last_28_nights_to_the_day() -> None:
    assert WINDOW_DAYS == 28
    inside = _nights(4) | {TODAY - timedelta(days=27): 600}
    assert estimate_peak_from_nights(inside, TODAY).source == "personal"
    outside = _nights(4) | {TODAY - timedelta(days=28): 600}
    assert estimate_peak_from_nights(outside, TODAY).nights == 4
    tomorrow = _nights(4) | {TODAY + timedelta(days=1): 600}
    assert estimate_peak_from_nights(tomorrow, TODAY).nights == 4


def test_one_night_or_several_from_the_setting_read_as_english() -> None:
    one = estimate_peak_from_nights(_nights(1), TODAY, usual_onset=time(21, 0))
    assert "(1 of 5 night logged)" in one.summary
    two = estimate_peak_from_nights(_nights(2), TODAY, usual_onset=time(21, 0))
    assert "(2 of 5 nights logged)" in two.summary
    assert two.summary.startswith("from your setting: usually starts around 21:00")
    none = estimate_peak_from_nights({}, TODAY)
    assert none.summary.startswith(
        "no personal data yet: typical evening pattern (onset ~21:30); worst usually")
    assert "logged" not in none.summary


def test_smoothing_moves_thirty_minutes_a_night_by_default() -> None:
    assert smooth_toward(0, 100) == 30
    assert smooth_toward(100, 0) == 70
    assert smooth_toward(0, 30) == 30 and smooth_toward(None, 500) == 500


def test_a_gradual_move_past_the_band_start_takes_the_band_along() -> None:
    """Learned 21:30, last applied 01:30: tonight 01:00, after the typical band start
    (00:00), so the band starts at the onset and keeps its hour."""
    peak = estimate_peak_from_nights(_nights(6, clock=570), TODAY)
    moving = stabilize_peak(peak, time(1, 30))
    assert moving.onset == time(1, 0)
    assert (moving.band_start, moving.band_end) == (time(1, 0), time(2, 0))
    assert moving.summary.endswith("; moving there gradually, tonight 01:00")


BERLIN = ZoneInfo("Europe/Berlin")


def _severities(nights: list[int], per_night: int = 2) -> list[tuple[datetime, int]]:
    """``per_night`` logs from 02:00, 20 min apart (severity 8), on each night ``n`` days back."""
    out = []
    for back in nights:
        morning = TODAY - timedelta(days=back) + timedelta(days=1)
        for i in range(per_night):
            out.append((datetime.combine(morning, time(2, 20 * i), BERLIN), 8))
    return out


def test_a_personal_band_from_ten_logs_on_five_nights() -> None:
    assert (MIN_BAND_LOGS, MIN_BAND_NIGHTS) == (10, 5)
    band = worst_band(_severities([0, 1, 2, 3, 4]), TODAY)
    assert band is not None and (band.start, band.end) == (time(2, 0), time(3, 0))
    assert (band.logs, band.nights) == (10, 5)
    assert worst_band(_severities([0, 1, 2, 3]) + _severities([4], 1), TODAY) is None  # 9
    assert worst_band(_severities([0, 1, 2, 3], 3), TODAY) is None  # 12 logs, 4 nights


def test_the_band_counts_logs_of_the_last_28_nights_only() -> None:
    assert worst_band(_severities([0, 1, 2, 3, 27]), TODAY) is not None
    assert worst_band(_severities([0, 1, 2, 3, 28]), TODAY) is None
    assert worst_band(_severities([0, 1, 2, 3, -1]), TODAY) is None  # tomorrow's night
    assert worst_band(_severities([0, 1, 2, 3, 10]), TODAY, window_days=10) is None


def test_estimate_peak_passes_its_settings_on() -> None:
    onsets = [datetime.combine(TODAY - timedelta(days=d), time(22, 0), BERLIN)
              for d in (0, 1, 2, 20)]
    custom = estimate_peak(onsets, TODAY, default_onset=time(20, 0),
                           default_band=(time(23, 0), time(23, 30)))
    assert (custom.onset, custom.band_start, custom.band_end) == (
        time(20, 0), time(23, 0), time(23, 30))
    assert estimate_peak(onsets, TODAY, min_nights=4).source == "personal"
    assert estimate_peak(onsets, TODAY, min_nights=4, window_days=20).nights == 3
    logs = _severities([0, 1, 2, 3, 15])
    assert estimate_peak([], TODAY, severities=logs).band_source == "personal"
    assert estimate_peak([], TODAY, severities=logs, window_days=15).band_source == "typical"
