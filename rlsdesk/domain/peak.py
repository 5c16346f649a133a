"""The evening peak model: when symptoms usually start, learned from the person's logs.

Clock times on a night are handled as *minutes since 12:00*, so that an onset at 00:20
(740) sorts after one at 23:50 (710). The night of date D runs from D 12:00 to D+1 12:00
local time. A logged onset counts at the wall time it was lived at (its own offset), on the
night it was lived on: after travelling, or with another system zone, the learned onset is
still the clock time the diary shows, not one shifted by the difference between zones.

Before five nights of data the model uses the typical evening pattern (onset ~21:30, worst
00:00-01:00), or the person's own "usual onset" setting if given. From five distinct nights
in the last 28 days it uses the first onset of each night, combined by a weighted median
(robust to odd nights), with weights halving every ``half_life_days`` so recent nights
count more.

The band (when symptoms are usually worst) is bound to the clock, not to the onset: symptoms
peak around midnight to 01:00 whenever they start (Trenkwalder et al., Mov Disord 1999;
14:102-10), so that is the default. Once the person has logged severities with their quick
logs (``MIN_BAND_LOGS`` over ``MIN_BAND_NIGHTS`` nights in the last 28), the band is the
hour (or up to three neighbouring hours) in which their logged severity is highest. The band
never starts before the night's onset: if the onset is later, the band starts there.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import (
    format_clock,
    from_noon_minutes,
    night_as_lived,
    to_noon_minutes,
)

__all__ = [
    "BAND_SOURCE_TYPICAL",
    "DEFAULT_BAND_END",
    "DEFAULT_BAND_START",
    "DEFAULT_ONSET",
    "HALF_LIFE_DAYS",
    "MAX_DAILY_SHIFT",
    "MIN_BAND_LOGS",
    "MIN_BAND_NIGHTS",
    "MIN_NIGHTS",
    "WINDOW_DAYS",
    "PeakEstimate",
    "WorstBand",
    "estimate_peak",
    "estimate_peak_from_nights",
    "first_onsets_by_night",
    "is_daytime",
    "lived_minutes",
    "night_of",
    "onset_minutes",
    "smooth_toward",
    "stabilize_peak",
    "weighted_median",
    "worst_band",
]

DEFAULT_ONSET = time(21, 30)
DEFAULT_BAND_START = time(0, 0)
DEFAULT_BAND_END = time(1, 0)
MIN_BAND_LOGS = 10     # quick logs with a severity ...
MIN_BAND_NIGHTS = 5    # ... on this many nights, before the band is the person's own
MIN_HOUR_LOGS = 2      # an hour needs this many of them to be the worst one
BAND_CLOSE = 0.5       # neighbouring hours this close to the worst join the band
BAND_MAX_HOURS = 3
BAND_SOURCE_TYPICAL = "Trenkwalder C, et al. Mov Disord 1999; 14:102-10"
MIN_NIGHTS = 5
WINDOW_DAYS = 28
HALF_LIFE_DAYS = 10.0
MAX_DAILY_SHIFT = 30

PeakSource = Literal["default", "personal"]
BandSource = Literal["typical", "personal"]

#: A moment logged from 06:00 to 11:59 is a daytime symptom of that morning, not part of the
#: night before (whose night still runs to 12:00): it never sets or moves a night's onset.
#: The circadian low is 09:00-11:00 (Trenkwalder et al., Mov Disord 1999; 14:102-10), so a
#: symptom then is worth counting on its own.
DAYTIME_FROM = 18 * 60  # 06:00 as minutes since 12:00


def is_daytime(minutes_since_noon: int) -> bool:
    """True for 06:00-11:59 (minutes since 12:00 from 1080 to 1439)."""
    return minutes_since_noon >= DAYTIME_FROM


@dataclass(frozen=True, slots=True)
class PeakEstimate:
    """When symptoms are expected to start tonight and when they are usually worst."""

    onset: time
    band_start: time
    band_end: time
    source: PeakSource
    nights: int
    summary: str  # in English, for the command line and the report
    # What the window needs to say the same in the person's language and clock:
    from_setting: bool = False  # "default" from the usual onset they set, not the typical one
    nights_needed: int = MIN_NIGHTS
    heading_for: time | None = None  # the estimate a gradual move is heading for
    band_source: BandSource = "typical"  # the circadian studies', or the person's own logs
    band_logs: int = 0     # quick logs with a severity behind a personal band
    band_nights: int = 0   # the nights they came from


@dataclass(frozen=True, slots=True)
class WorstBand:
    """The clock hours in which the person's logged severity is highest."""

    start: time
    end: time
    logs: int
    nights: int


def worst_band(
    severities: Sequence[tuple[datetime, int]], today: date, *,
    window_days: int = WINDOW_DAYS, min_logs: int = MIN_BAND_LOGS,
    min_nights: int = MIN_BAND_NIGHTS,
) -> WorstBand | None:
    """The worst hours from quick-log severities of nights ``today - window_days < night
    <= today``; None with fewer than ``min_logs`` logs or ``min_nights`` nights. Daytime
    logs (06:00-11:59) are left out. Hours are clock hours of the night (12:00-05:59); the
    worst has the highest mean severity among hours with ``MIN_HOUR_LOGS`` logs (any hour
    if none has), ties going to the hour with more logs, then the earlier one."""
    by_hour: dict[int, list[int]] = defaultdict(list)
    nights: set[date] = set()
    for moment, severity in severities:
        minutes = lived_minutes(moment)
        night = night_as_lived(moment)
        if is_daytime(minutes) or not 0 <= (today - night).days < window_days:
            continue
        by_hour[minutes // 60].append(severity)
        nights.add(night)
    logs = sum(len(v) for v in by_hour.values())
    if logs < min_logs or len(nights) < min_nights:
        return None
    means = {hour: statistics.fmean(values) for hour, values in by_hour.items()}
    eligible = [h for h in means if len(by_hour[h]) >= MIN_HOUR_LOGS] or list(means)
    best = max(eligible, key=lambda h: (means[h], len(by_hour[h]), -h))
    lo = hi = best

    def close(hour: int) -> bool:
        return hour in eligible and means[hour] >= means[best] - BAND_CLOSE

    while hi - lo + 1 < BAND_MAX_HOURS and (close(lo - 1) or close(hi + 1)):
        if close(lo - 1) and (not close(hi + 1) or means[lo - 1] >= means[hi + 1]):
            lo -= 1
        else:
            hi += 1
    return WorstBand(from_noon_minutes(lo * 60), from_noon_minutes((hi + 1) * 60), logs,
                     len(nights))


def night_of(dt: datetime, tz: ZoneInfo) -> date:
    """The evening an instant belongs to: the night of D runs D 12:00 to D+1 12:00."""
    _require_aware(dt)
    local = dt.astimezone(tz)
    return local.date() if local.hour >= 12 else local.date() - timedelta(days=1)


def onset_minutes(dt: datetime, tz: ZoneInfo) -> int:
    """Minutes since 12:00 on the night's local clock (21:30 -> 570, 00:20 -> 740)."""
    _require_aware(dt)
    return to_noon_minutes(dt.astimezone(tz).time())


def lived_minutes(dt: datetime) -> int:
    """Minutes since 12:00 on the wall clock the moment was lived at (its own offset)."""
    _require_aware(dt)
    return to_noon_minutes(dt.time())


def first_onsets_by_night(onsets: Sequence[datetime]) -> dict[date, int]:
    """The first onset of each night as lived (the earliest wall time on the night each
    was lived on, in its own offset), as minutes since 12:00; daytime moments left out."""
    first: dict[date, int] = {}
    for dt in onsets:
        _require_aware(dt)
        minutes = lived_minutes(dt)
        if is_daytime(minutes):
            continue
        night = night_as_lived(dt)
        first[night] = min(minutes, first.get(night, minutes))
    return first


def weighted_median(values: Sequence[float], weights: Sequence[float]) -> float:
    """The smallest value at which the cumulative weight reaches half the total."""
    if not values or len(values) != len(weights):
        raise ValueError("weighted_median needs equally many values and weights (at least one)")
    pairs = sorted(zip(values, weights, strict=True))
    total = sum(w for _, w in pairs)
    if not all(w >= 0 for _, w in pairs):  # also refuses NaN
        raise ValueError("weighted_median needs weights of zero or more")
    running = 0.0
    for value, weight in pairs[:-1]:
        running += weight
        if running >= total / 2 - 1e-12:
            return value
    return pairs[-1][0]  # the cumulative weight reaches the whole total there


def estimate_peak(
    onsets: Sequence[datetime],
    today: date,
    usual_onset: time | None = None,
    *,
    default_onset: time = DEFAULT_ONSET,
    default_band: tuple[time, time] = (DEFAULT_BAND_START, DEFAULT_BAND_END),
    min_nights: int = MIN_NIGHTS,
    window_days: int = WINDOW_DAYS,
    half_life_days: float = HALF_LIFE_DAYS,
    severities: Sequence[tuple[datetime, int]] = (),
) -> PeakEstimate:
    """Tonight's (night ``today``) expected onset and worst band from logged onsets and
    quick-log ``severities`` (instant, 0-10).

    Nights count when ``today - window_days < night <= today``. Onsets must be aware, each
    at the offset it was lived at (see :func:`first_onsets_by_night`).
    """
    return estimate_peak_from_nights(
        first_onsets_by_night(onsets), today, usual_onset,
        default_onset=default_onset, default_band=default_band, min_nights=min_nights,
        window_days=window_days, half_life_days=half_life_days,
        worst=worst_band(severities, today, window_days=window_days),
    )


def estimate_peak_from_nights(
    first_onsets: Mapping[date, int],
    today: date,
    usual_onset: time | None = None,
    *,
    default_onset: time = DEFAULT_ONSET,
    default_band: tuple[time, time] = (DEFAULT_BAND_START, DEFAULT_BAND_END),
    min_nights: int = MIN_NIGHTS,
    window_days: int = WINDOW_DAYS,
    half_life_days: float = HALF_LIFE_DAYS,
    worst: WorstBand | None = None,
) -> PeakEstimate:
    """:func:`estimate_peak` from each night's first onset (minutes since 12:00) already
    known, e.g. from the diary's records: no instants to convert. ``worst``: the person's
    own worst hours, if known (else ``default_band``)."""
    by_night = {
        night: minutes
        for night, minutes in first_onsets.items()
        if 0 <= (today - night).days < window_days
    }
    count = len(by_night)
    if count >= min_nights:
        nights = sorted(by_night)
        weights = [0.5 ** ((today - n).days / half_life_days) for n in nights]
        estimate = round(weighted_median([by_night[n] for n in nights], weights))
        onset = from_noon_minutes(estimate)
        return _with_band(
            onset,
            "personal",
            count,
            f"from {count} nights: usually starts around {format_clock(onset)}",
            default_band, worst,
        )
    if usual_onset is not None:
        onset = usual_onset.replace(second=0, microsecond=0, tzinfo=None)
        return replace(_with_band(
            onset,
            "default",
            count,
            f"from your setting: usually starts around {format_clock(onset)}"
            f" ({_logged(count, min_nights)})",
            default_band, worst,
        ), from_setting=True, nights_needed=min_nights)
    return replace(_with_band(
        default_onset,
        "default",
        count,
        f"no personal data yet: typical evening pattern (onset ~{format_clock(default_onset)})"
        + (f" ({_logged(count, min_nights)})" if count else ""),
        default_band, worst,
    ), nights_needed=min_nights)


def smooth_toward(previous_onset_minutes: int | None, new_estimate: int, max_step: int = 30) -> int:
    """Move from yesterday's applied onset toward the new estimate by at most ``max_step``.

    Both are minutes since 12:00. With no previous value the estimate applies at once.
    """
    if previous_onset_minutes is None:
        return new_estimate
    delta = new_estimate - previous_onset_minutes
    delta = max(-max_step, min(max_step, delta))
    return previous_onset_minutes + delta


def stabilize_peak(
    peak: PeakEstimate,
    previous_onset: time | None,
    max_step: int = MAX_DAILY_SHIFT,
    days: int = 1,
) -> PeakEstimate:
    """``peak`` with its onset moved at most ``max_step`` minutes per day from
    ``previous_onset``, the onset the app last applied ``days`` ago. The band stays on the
    clock (it only moves if the onset now comes after its start).

    Store the returned ``onset`` and pass it back the next night.
    """
    if previous_onset is None:
        return peak
    target = to_noon_minutes(peak.onset)
    applied = smooth_toward(to_noon_minutes(previous_onset), target, max_step * max(1, days))
    shift = applied - target
    if shift == 0:
        return peak
    onset = from_noon_minutes(applied)
    band_start, band_end = _not_before(onset, peak.band_start, peak.band_end)
    return replace(
        peak,
        onset=onset,
        band_start=band_start,
        band_end=band_end,
        summary=f"{peak.summary}; moving there gradually, tonight {format_clock(onset)}",
        heading_for=peak.heading_for or peak.onset,
    )


def _with_band(onset: time, source: PeakSource, nights: int, summary: str,
               default_band: tuple[time, time], worst: WorstBand | None) -> PeakEstimate:
    if worst is None:
        start, end = default_band
        said = (f"worst usually {format_clock(start)}-{format_clock(end)} "
                f"(typical: {BAND_SOURCE_TYPICAL})")
    else:
        start, end = worst.start, worst.end
        said = (f"worst {format_clock(start)}-{format_clock(end)} by your logged severities "
                f"({worst.logs} logs on {worst.nights} nights)")
    band_start, band_end = _not_before(onset, start, end)
    return PeakEstimate(
        onset=onset,
        band_start=band_start,
        band_end=band_end,
        source=source,
        nights=nights,
        summary=f"{summary}; {said}",
        band_source="typical" if worst is None else "personal",
        band_logs=worst.logs if worst else 0,
        band_nights=worst.nights if worst else 0,
    )


def _not_before(onset: time, start: time, end: time) -> tuple[time, time]:
    """The band moved to start at the onset when the onset comes later on the night."""
    begin, finish, at = to_noon_minutes(start), to_noon_minutes(end), to_noon_minutes(onset)
    if finish <= begin:
        finish = begin + 60
    if at <= begin:
        return start, end
    return onset, from_noon_minutes(min(at + finish - begin, 1439))


def _logged(count: int, needed: int) -> str:
    night_word = "night" if count == 1 else "nights"
    return f"{count} of {needed} {night_word} logged"


def _require_aware(dt: datetime) -> None:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"{dt!r} is not timezone-aware")
