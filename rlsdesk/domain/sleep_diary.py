"""The sleep-diary questions of a night, after the Consensus Sleep Diary (Carney et al.,
Sleep 2012; 35:287-302), and what follows from them: time in bed, total sleep time and
sleep efficiency.

Pure: no Qt, no I/O. Every answer is optional. Clock times are wall-clock ``HH:MM`` on
the night (the night of D runs D 12:00 to D+1 12:00), optionally with the UTC offset they
were lived at (``01:30+01:00``, for the hour the clocks repeat). Durations are real time:
the clock times become moments in the person's zone, so a night the clocks go back or
forward counts the hour it really had.

- time in bed = out of bed - into bed
- total sleep time = (final waking - trying to sleep) - minutes to fall asleep - minutes
  awake during the night
- sleep efficiency = total sleep time / time in bed, in per cent
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import (
    format_clock_offset,
    moment_on_night,
    parse_clock_offset,
    parse_int,
)
from rlsdesk.domain.errors import ProblemCode, ValidationError

__all__ = [
    "AWAKE_RANGE",
    "LATENCY_RANGE",
    "QUALITY_RANGE",
    "QUALITY_WORDS",
    "SLEEP_TIME_FIELDS",
    "NightSleep",
    "SleepDiary",
    "SleepPeriod",
    "SleepTime",
    "check_sleep_order",
    "format_quality",
    "parse_quality",
    "parse_sleep_time",
    "sleep_period",
    "summarise_night",
]

LATENCY_RANGE = (0, 720)   # minutes to fall asleep
AWAKE_RANGE = (0, 1440)    # minutes awake during the night
QUALITY_RANGE = (1, 5)
#: The Consensus Sleep Diary's quality answers, 1 to 5 (as written in the diary file).
QUALITY_WORDS = ("very poor", "poor", "fair", "good", "very good")
#: The clock-time questions in the order a night goes through them.
SLEEP_TIME_FIELDS = ("into_bed", "try_sleep", "final_wake", "out_of_bed")


@dataclass(frozen=True, slots=True)
class SleepTime:
    """A wall-clock time on the night, with the UTC offset it was lived at when given."""

    clock: time
    offset: timedelta | None = None

    def moment(self, night: date, zone: ZoneInfo, field: str) -> datetime:
        """The moment it stands for (a plain time the clocks skip that night is refused)."""
        return moment_on_night(self.clock, night, zone, self.offset, field)

    def __str__(self) -> str:
        return format_clock_offset(self.clock, self.offset)


def parse_sleep_time(value: object, field: str) -> SleepTime:
    """``"23:10"`` or ``"01:30+01:00"`` (exactly ``HH:MM``, optionally an offset)."""
    if isinstance(value, SleepTime):
        return value
    if isinstance(value, time):
        return SleepTime(value.replace(second=0, microsecond=0, tzinfo=None))
    if not isinstance(value, str):
        raise ValidationError(field, value, "is not a time like 23:10 (00:00-23:59)",
                              ProblemCode.NOT_A_TIME)
    try:
        clock, offset = parse_clock_offset(value, field)
    except ValidationError as exc:
        if exc.code is ProblemCode.BAD_OFFSET:
            raise
        raise ValidationError(field, value, "is not a time like 23:10 (00:00-23:59)",
                              ProblemCode.NOT_A_TIME) from None
    return SleepTime(clock, offset)


def parse_quality(value: object, field: str = "sleep_quality") -> int:
    """1-5, or the words ``very poor`` ... ``very good`` (any case, ``_`` for a space)."""
    if isinstance(value, str) and not value.strip().lstrip("-").isdigit():
        word = " ".join(value.strip().lower().replace("_", " ").split())
        if word in QUALITY_WORDS:
            return QUALITY_WORDS.index(word) + 1
        raise ValidationError(field, value, "is not one of " + ", ".join(QUALITY_WORDS)
                              + " (or 1-5)", ProblemCode.NOT_ONE_OF, choices=QUALITY_WORDS)
    return parse_int(value, field, *QUALITY_RANGE)


def format_quality(quality: int) -> str:
    return QUALITY_WORDS[quality - 1]


@dataclass(frozen=True, slots=True)
class SleepDiary:
    """A night's sleep-diary answers (each optional; checked on construction, each on
    its own: the order of the times needs the zone, see :func:`check_sleep_order`)."""

    into_bed: SleepTime | None = None
    try_sleep: SleepTime | None = None
    minutes_to_sleep: int | None = None
    minutes_awake: int | None = None
    final_wake: SleepTime | None = None
    out_of_bed: SleepTime | None = None
    quality: int | None = None

    def __post_init__(self) -> None:
        for name in SLEEP_TIME_FIELDS:
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, parse_sleep_time(value, name))
        if self.minutes_to_sleep is not None:
            object.__setattr__(self, "minutes_to_sleep", parse_int(
                self.minutes_to_sleep, "minutes_to_sleep", *LATENCY_RANGE, "min"))
        if self.minutes_awake is not None:
            object.__setattr__(self, "minutes_awake", parse_int(
                self.minutes_awake, "minutes_awake", *AWAKE_RANGE, "min"))
        if self.quality is not None:
            object.__setattr__(self, "quality", parse_quality(self.quality))

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


@dataclass(frozen=True, slots=True)
class NightSleep:
    """What a night's answers give; None where an answer it needs is missing."""

    night: date
    time_in_bed: int | None = None      # minutes
    total_sleep: int | None = None      # minutes
    efficiency: float | None = None     # per cent, 0-100
    quality: int | None = None          # 1-5


def _moments(diary: SleepDiary, night: date, zone: ZoneInfo) -> dict[str, datetime]:
    # in UTC: Python compares and subtracts two times of one zone by their wall clocks,
    # which would lose or gain the hour the clocks change
    return {name: value.moment(night, zone, name).astimezone(UTC)
            for name in SLEEP_TIME_FIELDS
            if (value := getattr(diary, name)) is not None}


def check_sleep_order(diary: SleepDiary, night: date, zone: ZoneInfo) -> None:
    """Raises ValidationError naming the first answer that does not fit the others: the
    times must come in the night's order (into bed, trying to sleep, final waking, out of
    bed; equal is fine), and the minutes to fall asleep and awake must fit between trying
    to sleep and the final waking. A plain time the clocks skip that night is refused."""
    moments = _moments(diary, night, zone)
    given = [name for name in SLEEP_TIME_FIELDS if name in moments]
    for earlier, later in itertools.pairwise(given):
        if moments[later] < moments[earlier]:
            raise ValidationError(
                later, str(getattr(diary, later)),
                f"is before {earlier} ({getattr(diary, earlier)})",
                ProblemCode.OUT_OF_ORDER, before=earlier)
    if "try_sleep" in moments and "final_wake" in moments:
        span = _minutes(moments["final_wake"] - moments["try_sleep"])
        used = (diary.minutes_to_sleep or 0) + (diary.minutes_awake or 0)
        if used > span:
            name = "minutes_awake" if diary.minutes_awake else "minutes_to_sleep"
            raise ValidationError(
                name, getattr(diary, name),
                f"with the other minutes awake is longer than the {span} min from "
                "try_sleep to final_wake", ProblemCode.LONGER_THAN_NIGHT, max=span)


def summarise_night(night: date, diary: SleepDiary, zone: ZoneInfo,
                    awakenings: int | None = None) -> NightSleep:
    """Time in bed, total sleep time and efficiency as far as the answers allow. Total
    sleep needs trying to sleep, final waking and the minutes to fall asleep, and the
    minutes awake unless ``awakenings`` is 0; efficiency needs time in bed too. Answers
    that contradict each other (see :func:`check_sleep_order`) give nothing."""
    try:
        check_sleep_order(diary, night, zone)
        moments = _moments(diary, night, zone)
    except ValidationError:
        return NightSleep(night, quality=diary.quality)
    in_bed = None
    if "into_bed" in moments and "out_of_bed" in moments:
        in_bed = _minutes(moments["out_of_bed"] - moments["into_bed"])
    awake = diary.minutes_awake if diary.minutes_awake is not None else (
        0 if awakenings == 0 else None)
    total = None
    if ("try_sleep" in moments and "final_wake" in moments
            and diary.minutes_to_sleep is not None and awake is not None):
        total = (_minutes(moments["final_wake"] - moments["try_sleep"])
                 - diary.minutes_to_sleep - awake)
    efficiency = None
    if total is not None and in_bed:
        efficiency = round(100.0 * total / in_bed, 1)
    return NightSleep(night, in_bed, total, efficiency, diary.quality)


@dataclass(frozen=True, slots=True)
class SleepPeriod:
    """The sleep diary over a period: means over the nights that give each figure."""

    nights: tuple[NightSleep, ...]
    mean_total_sleep: float | None     # minutes
    mean_efficiency: float | None      # per cent
    mean_quality: float | None         # 1-5
    nights_with_total: int
    nights_with_efficiency: int


def sleep_period(nights: Iterable[NightSleep]) -> SleepPeriod:
    ordered = tuple(sorted(nights, key=lambda n: n.night))
    totals = [n.total_sleep for n in ordered if n.total_sleep is not None]
    effs = [n.efficiency for n in ordered if n.efficiency is not None]
    quality = [n.quality for n in ordered if n.quality is not None]
    return SleepPeriod(
        ordered,
        sum(totals) / len(totals) if totals else None,
        round(sum(effs) / len(effs), 1) if effs else None,
        sum(quality) / len(quality) if quality else None,
        len(totals), len(effs),
    )


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)
