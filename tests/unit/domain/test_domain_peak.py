from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.clock import to_noon_minutes
from rlsdesk.domain.peak import (
    PeakEstimate,
    estimate_peak,
    estimate_peak_from_nights,
    first_onsets_by_night,
    night_of,
    onset_minutes,
    smooth_toward,
    stabilize_peak,
    weighted_median,
)

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2025, 6, 20)


def onset(night: date, clock: time, tz: ZoneInfo = TZ) -> datetime:
    day = night if clock >= time(12) else night + timedelta(days=1)
    return datetime.combine(day, clock, tzinfo=tz)


def nights_back(clocks: list[time], today: date = TODAY) -> list[datetime]:
    """One onset per night, the last clock on ``today``'s night."""
    n = len(clocks)
    return [onset(today - timedelta(days=n - 1 - i), c) for i, c in enumerate(clocks)]


def test_night_of_and_minutes_across_midnight() -> None:
    late = datetime(2025, 6, 21, 0, 20, tzinfo=TZ)
    early = datetime(2025, 6, 20, 23, 50, tzinfo=TZ)
    assert night_of(late, TZ) == night_of(early, TZ) == date(2025, 6, 20)
    assert onset_minutes(late, TZ) > onset_minutes(early, TZ)
    assert night_of(datetime(2025, 6, 21, 11, 59, tzinfo=TZ), TZ) == date(2025, 6, 20)
    assert night_of(datetime(2025, 6, 21, 12, 0, tzinfo=TZ), TZ) == date(2025, 6, 21)
    # converts from other zones first
    utc = datetime(2025, 6, 20, 22, 20, tzinfo=UTC)  # 00:20 in Berlin (summer)
    assert night_of(utc, TZ) == date(2025, 6, 20)
    assert onset_minutes(utc, TZ) == 740


def test_no_data_gives_default() -> None:
    peak = estimate_peak([], TODAY)
    assert peak == PeakEstimate(
        time(21, 30),
        time(0, 0),
        time(1, 0),
        "default",
        0,
        "no personal data yet: typical evening pattern (onset ~21:30); worst usually "
        "00:00-01:00 (typical: Trenkwalder C, et al. Mov Disord 1999; 14:102-10)",
    )


def test_fewer_than_five_nights_gives_default() -> None:
    peak = estimate_peak(nights_back([time(19, 0)] * 4), TODAY)
    assert peak.source == "default"
    assert peak.onset == time(21, 30)
    assert peak.nights == 4


def test_several_onsets_on_one_night_count_once() -> None:
    many = [onset(TODAY - timedelta(days=d), time(20, m)) for d in range(3) for m in (0, 10, 20)]
    peak = estimate_peak(many, TODAY)
    assert peak.source == "default" and peak.nights == 3


def test_usual_onset_setting_used_before_enough_data() -> None:
    peak = estimate_peak(nights_back([time(19, 0)] * 2), TODAY, usual_onset=time(20, 45))
    assert peak.source == "default"
    assert peak.onset == time(20, 45)
    assert (peak.band_start, peak.band_end) == (time(0, 0), time(1, 0)), "clock-bound"
    assert peak.summary.startswith("from your setting")


def test_personal_estimate_from_five_nights() -> None:
    peak = estimate_peak(nights_back([time(21, 40)] * 12), TODAY)
    assert peak.source == "personal"
    assert peak.nights == 12
    assert peak.onset == time(21, 40)
    assert (peak.band_start, peak.band_end) == (time(0, 0), time(1, 0))
    assert peak.summary.startswith("from 12 nights: usually starts around 21:40; worst usually")


def test_first_onset_of_each_night_is_used() -> None:
    logs = []
    for d in range(6):
        night = TODAY - timedelta(days=d)
        logs += [onset(night, time(23, 0)), onset(night, time(21, 0)), onset(night, time(1, 0))]
    assert set(first_onsets_by_night(logs).values()) == {540}
    assert estimate_peak(logs, TODAY).onset == time(21, 0)


def test_outliers_do_not_drag_the_estimate() -> None:
    clocks = [time(21, 30)] * 8 + [time(14, 0), time(4, 0)]
    peak = estimate_peak(nights_back(clocks[::2] + clocks[1::2]), TODAY)
    assert peak.onset == time(21, 30)


def test_midnight_crossing_is_ordered_correctly() -> None:
    # onsets either side of midnight: the estimate lies between, not at noon
    clocks = [time(23, 50), time(0, 20), time(23, 50), time(0, 20), time(0, 10)]
    peak = estimate_peak(nights_back(clocks), TODAY)
    assert peak.onset in (time(23, 50), time(0, 10), time(0, 20))
    assert peak.onset == time(0, 10)


def test_recent_nights_weigh_more() -> None:
    # 14 older nights at 22:00, then 10 recent nights at 20:00
    clocks = [time(22, 0)] * 14 + [time(20, 0)] * 10
    peak = estimate_peak(nights_back(clocks), TODAY)
    assert peak.onset == time(20, 0)
    # unweighted, the older majority would win
    flat = estimate_peak(nights_back(clocks), TODAY, half_life_days=1e9)
    assert flat.onset == time(22, 0)


def test_only_the_last_28_days_count() -> None:
    old = [onset(TODAY - timedelta(days=28 + d), time(18, 0)) for d in range(10)]
    assert estimate_peak(old, TODAY).source == "default"
    recent = [onset(TODAY - timedelta(days=d), time(22, 0)) for d in range(5)]
    peak = estimate_peak(old + recent, TODAY)
    assert (peak.source, peak.nights, peak.onset) == ("personal", 5, time(22, 0))
    future = [onset(TODAY + timedelta(days=d), time(18, 0)) for d in range(1, 6)]
    assert estimate_peak(future, TODAY).source == "default"


def test_weighted_median() -> None:
    assert weighted_median([1, 2, 3], [1, 1, 1]) == 2
    assert weighted_median([1, 100], [3, 1]) == 1
    assert weighted_median([5], [0.1]) == 5


@given(
    st.lists(st.integers(0, 1439), min_size=5, max_size=28, unique=False),
    st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Sydney", "Pacific/Chatham"]),
)
def test_personal_estimate_is_within_the_data(minutes: list[int], zone: str) -> None:
    tz = ZoneInfo(zone)
    noon = datetime.combine(TODAY, time(12), tzinfo=tz)
    logs = []
    for i, m in enumerate(minutes):
        night_noon = noon - timedelta(days=i)
        naive = night_noon.replace(tzinfo=None) + timedelta(minutes=m)
        logs.append(naive.replace(tzinfo=tz))
    peak = estimate_peak(logs, TODAY)
    by_night = first_onsets_by_night(logs)
    assert peak.nights == len(by_night)
    if len(by_night) >= 5:
        assert peak.source == "personal"
        assert min(by_night.values()) <= to_noon_minutes(peak.onset) <= max(by_night.values())
    assert estimate_peak(logs, TODAY) == peak  # deterministic
    assert estimate_peak_from_nights(by_night, TODAY) == peak  # the same from the nights


@given(st.none() | st.integers(0, 1439), st.integers(0, 1439), st.integers(1, 120))
def test_smooth_toward_moves_at_most_max_step(prev: int | None, new: int, step: int) -> None:
    out = smooth_toward(prev, new, step)
    if prev is None:
        assert out == new
    else:
        assert abs(out - prev) <= step
        assert abs(out - new) == max(0, abs(new - prev) - step)


def test_stabilize_peak_moves_the_onset_and_leaves_the_band_on_the_clock() -> None:
    peak = estimate_peak(nights_back([time(20, 0)] * 6), TODAY)
    stable = stabilize_peak(peak, time(21, 30))
    assert stable.onset == time(21, 0)
    assert (stable.band_start, stable.band_end) == (time(0, 0), time(1, 0))
    assert stable.source == "personal"
    assert "21:00" in stable.summary
    assert stabilize_peak(peak, None) == peak
    assert stabilize_peak(peak, time(20, 10)) == peak
    assert stabilize_peak(peak, time(21, 30), days=2).onset == time(20, 30)
    # across midnight: 23:50 -> 00:40 moves only to 00:20
    late = estimate_peak(nights_back([time(0, 40)] * 6), TODAY)
    assert stabilize_peak(late, time(23, 50)).onset == time(0, 20)


def test_the_estimate_says_what_the_window_needs_to_word_it() -> None:
    by_night = {TODAY - timedelta(days=i): to_noon_minutes(time(22, 30)) for i in range(6)}
    learned = estimate_peak_from_nights(by_night, TODAY)
    assert (learned.from_setting, learned.heading_for) == (False, None)
    from_setting = estimate_peak_from_nights({}, TODAY, usual_onset=time(21, 0), min_nights=4)
    assert (from_setting.from_setting, from_setting.nights_needed) == (True, 4)
    moving = stabilize_peak(learned, previous_onset=time(21, 30))
    assert (moving.onset, moving.heading_for) == (time(22, 0), time(22, 30))
    assert stabilize_peak(moving, previous_onset=time(21, 45)).heading_for == time(22, 30)
