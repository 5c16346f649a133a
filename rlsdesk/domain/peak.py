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

The band (when symptoms are usually worst) keeps the default's offset from onset: it starts
150 min after onset and ends 210 min after (21:30 -> 00:00-01:00). Only onsets are logged,
so the band is not derived from data.
"""

from __future__ import annotations

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
    "BAND_END_OFFSET",
    "BAND_START_OFFSET",
    "DEFAULT_BAND_END",
    "DEFAULT_BAND_START",
    "DEFAULT_ONSET",
    "HALF_LIFE_DAYS",
    "MAX_DAILY_SHIFT",
    "MIN_NIGHTS",
    "WINDOW_DAYS",
    "PeakEstimate",
    "estimate_peak",
    "estimate_peak_from_nights",
    "first_onsets_by_night",
    "lived_minutes",
    "night_of",
    "onset_minutes",
    "smooth_toward",
    "stabilize_peak",
    "weighted_median",
]

DEFAULT_ONSET = time(21, 30)
DEFAULT_BAND_START = time(0, 0)
DEFAULT_BAND_END = time(1, 0)
BAND_START_OFFSET = 150  # minutes after onset
BAND_END_OFFSET = 210
MIN_NIGHTS = 5
WINDOW_DAYS = 28
HALF_LIFE_DAYS = 10.0
MAX_DAILY_SHIFT = 30

PeakSource = Literal["default", "personal"]


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
    was lived on, in its own offset), as minutes since 12:00."""
    first: dict[date, int] = {}
    for dt in onsets:
        _require_aware(dt)
        night, minutes = night_as_lived(dt), lived_minutes(dt)
        first[night] = min(minutes, first.get(night, minutes))
    return first


def weighted_median(values: Sequence[float], weights: Sequence[float]) -> float:
    """The smallest value at which the cumulative weight reaches half the total."""
    if not values or len(values) != len(weights):
        raise ValueError("weighted_median needs equally many values and weights (at least one)")
    pairs = sorted(zip(values, weights, strict=True))
    total = sum(w for _, w in pairs)
    running = 0.0
    for value, weight in pairs:
        running += weight
        if running >= total / 2 - 1e-12:
            return value
    return pairs[-1][0]


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
) -> PeakEstimate:
    """Tonight's (night ``today``) expected onset and worst band from logged onsets.

    Nights count when ``today - window_days < night <= today``. Onsets must be aware, each
    at the offset it was lived at (see :func:`first_onsets_by_night`).
    """
    return estimate_peak_from_nights(
        first_onsets_by_night(onsets), today, usual_onset,
        default_onset=default_onset, default_band=default_band, min_nights=min_nights,
        window_days=window_days, half_life_days=half_life_days,
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
) -> PeakEstimate:
    """:func:`estimate_peak` from each night's first onset (minutes since 12:00) already
    known, e.g. from the diary's records: no instants to convert."""
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
        return _with_offsets(
            onset,
            "personal",
            count,
            f"from {count} nights: usually starts around {format_clock(onset)}",
        )
    if usual_onset is not None:
        onset = usual_onset.replace(second=0, microsecond=0, tzinfo=None)
        return replace(_with_offsets(
            onset,
            "default",
            count,
            f"from your setting: usually starts around {format_clock(onset)}"
            f" ({_logged(count, min_nights)})",
        ), from_setting=True, nights_needed=min_nights)
    band_start, band_end = default_band
    return PeakEstimate(
        onset=default_onset,
        band_start=band_start,
        band_end=band_end,
        source="default",
        nights=count,
        summary=(
            "no personal data yet: typical evening pattern "
            f"(onset ~{format_clock(default_onset)}, worst "
            f"{format_clock(band_start)}-{format_clock(band_end)})"
            + (f" ({_logged(count, min_nights)})" if count else "")
        ),
        nights_needed=min_nights,
    )


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
    """``peak`` with its onset (and band, by the same amount) moved at most ``max_step``
    minutes per day from ``previous_onset``, the onset the app last applied ``days`` ago.

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
    return replace(
        peak,
        onset=onset,
        band_start=from_noon_minutes(to_noon_minutes(peak.band_start) + shift),
        band_end=from_noon_minutes(to_noon_minutes(peak.band_end) + shift),
        summary=f"{peak.summary}; moving there gradually, tonight {format_clock(onset)}",
        heading_for=peak.heading_for or peak.onset,
    )


def _with_offsets(onset: time, source: PeakSource, nights: int, summary: str) -> PeakEstimate:
    minutes = to_noon_minutes(onset)
    return PeakEstimate(
        onset=onset,
        band_start=from_noon_minutes(minutes + BAND_START_OFFSET),
        band_end=from_noon_minutes(minutes + BAND_END_OFFSET),
        source=source,
        nights=nights,
        summary=summary,
    )


def _logged(count: int, needed: int) -> str:
    night_word = "night" if count == 1 else "nights"
    return f"{count} of {needed} {night_word} logged"


def _require_aware(dt: datetime) -> None:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"{dt!r} is not timezone-aware")
