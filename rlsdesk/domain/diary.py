"""The nightly diary: one check-in per night, and the per-night view the insights read.

Pure: no Qt, no I/O. The night of date D runs from D 12:00 to D+1 12:00 local time, so an
onset at 00:20 belongs to the night before the calendar date it happened on.

A check-in holds the person's own simple questions (severity 0-10, when symptoms started,
hours slept, awakenings, notes) and, optionally, an IRLS total that a clinician gave. Only
the total is stored; the IRLS item wording is licensed and is never shown.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from rlsdesk.domain.clock import (
    format_clock_offset,
    parse_clock,
    parse_clock_offset,
    to_noon_minutes,
)
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.parsing import EARLIEST_NIGHT, parse_date
from rlsdesk.domain.peak import is_daytime
from rlsdesk.domain.sleep_diary import SleepDiary
from rlsdesk.domain.text_rules import check_text

__all__ = [
    "AWAKENINGS_RANGE",
    "IRLS_RANGE",
    "MAX_NOTE",
    "SEVERITY_RANGE",
    "SLEEP_RANGE",
    "NightEntry",
    "NightRecord",
    "QuickLog",
    "format_quick_logs",
    "irls_band",
    "parse_awakenings",
    "parse_irls",
    "parse_night",
    "parse_onset",
    "parse_onset_offset",
    "parse_quick_logs",
    "parse_severity",
    "parse_sleep_hours",
]

SEVERITY_RANGE = (0, 10)
AWAKENINGS_RANGE = (0, 50)
IRLS_RANGE = (0, 40)
SLEEP_RANGE = (0.0, 24.0)
MAX_NOTE = 2000

#: IRLS total bands (Walters et al., Sleep Med 2003; 4:121-32).
_IRLS_BANDS = ((0, "none"), (10, "mild"), (20, "moderate"), (30, "severe"), (40, "very severe"))
_QUICK_RE = re.compile(r"^(\d{1,2}:\d{2}(?:[+-]\d{2}:\d{2})?)(?:\s*=\s*(\S+))?$")


@dataclass(frozen=True, slots=True)
class NightEntry:
    """The nightly check-in for the night of ``night`` (validated on construction)."""

    night: date
    severity: int
    onset: time | None = None
    sleep_hours: float | None = None
    awakenings: int | None = None
    note: str = ""
    irls_total: int | None = None
    #: the UTC offset the onset was lived at, when known (it tells the two 01:30 of a
    #: night the clocks go back apart); not part of equality: the clock time is the entry
    onset_offset: timedelta | None = field(default=None, compare=False)
    #: the sleep-diary answers (all optional; see rlsdesk.domain.sleep_diary)
    sleep: SleepDiary = field(default_factory=SleepDiary)

    def with_onset_offset(self, offset: timedelta | None) -> NightEntry:
        """The same entry with the onset's UTC offset as lived. Only the offset changes, so
        the (already checked) fields are not checked again: reading ten years of nights
        would otherwise check every night twice."""
        clone = object.__new__(NightEntry)
        for name in NightEntry.__slots__:
            object.__setattr__(clone, name, getattr(self, name))
        object.__setattr__(clone, "onset_offset", offset)
        return clone

    def __post_init__(self) -> None:
        if not isinstance(self.night, date):
            raise ValidationError("night", self.night, "is not a date",
                                  ProblemCode.WRONG_TYPE, expected="date")
        if self.night < EARLIEST_NIGHT:
            raise ValidationError(
                "night", self.night.isoformat(), f"is before {EARLIEST_NIGHT.isoformat()}",
                ProblemCode.TOO_EARLY, earliest=EARLIEST_NIGHT)
        object.__setattr__(self, "severity", parse_severity(self.severity))
        if self.onset is not None:
            object.__setattr__(self, "onset", parse_onset(self.onset))
        if self.sleep_hours is not None:
            object.__setattr__(self, "sleep_hours", parse_sleep_hours(self.sleep_hours))
        if self.awakenings is not None:
            object.__setattr__(self, "awakenings", parse_awakenings(self.awakenings))
        if self.irls_total is not None:
            object.__setattr__(self, "irls_total", parse_irls(self.irls_total))
        object.__setattr__(self, "note", parse_note(self.note))
        if not isinstance(self.sleep, SleepDiary):
            raise ValidationError("sleep", self.sleep, "is not a sleep diary",
                                  ProblemCode.WRONG_TYPE, expected="sleep diary")

    @property
    def onset_minutes(self) -> int | None:
        """The onset as minutes since 12:00 (21:30 -> 570, 00:20 -> 740)."""
        return None if self.onset is None else to_noon_minutes(self.onset)


@dataclass(frozen=True, slots=True)
class QuickLog:
    """One "legs acting up now" moment, as a clock time on its night."""

    clock: time
    severity: int | None = None
    #: the UTC offset it was lived at, when known (see :attr:`NightEntry.onset_offset`)
    offset: timedelta | None = field(default=None, compare=False)

    @property
    def minutes(self) -> int:
        return to_noon_minutes(self.clock)

    @property
    def order(self) -> tuple[int, float]:
        """Wall-clock order on the night; in a repeated hour the earlier offset's first."""
        return self.minutes, -(self.offset.total_seconds() if self.offset else 0.0)


@dataclass(frozen=True, slots=True)
class NightRecord:
    """Everything known about one night: the check-in, onsets and the steps done."""

    night: date
    entry: NightEntry | None = None
    onsets: tuple[int, ...] = ()              # every logged moment, minutes since 12:00
    # (moments from 06:00 on are daytime symptoms of the next morning: see ``daytime``)
    quick_severities: tuple[int, ...] = ()    # severities given with quick logs
    done: frozenset[int] = field(default_factory=frozenset)  # step ids marked done
    triggers: frozenset[str] = frozenset()    # the night's triggers (domain.triggers)
    #: ``onset``, worked out once (charts and summaries ask for it many times per night)
    _onset: int | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        found = [m for m in self.onsets if not is_daytime(m)]
        if self.entry is not None and self.entry.onset_minutes is not None:
            found.append(self.entry.onset_minutes)
        object.__setattr__(self, "_onset", min(found) if found else None)

    @property
    def severity(self) -> int | None:
        """The check-in's severity, else the worst severity given with a quick log."""
        if self.entry is not None:
            return self.entry.severity
        return max(self.quick_severities) if self.quick_severities else None

    @property
    def onset(self) -> int | None:
        """The night's first onset (minutes since 12:00): the check-in's or a logged one.
        A moment logged the next morning (06:00-11:59) is a daytime symptom, not an onset."""
        return self._onset

    @property
    def daytime(self) -> tuple[int, ...]:
        """Moments logged the morning after (06:00-11:59): symptoms of the day ``night + 1``."""
        return tuple(m for m in self.onsets if is_daytime(m))


# --- field parsers: each raises ValidationError(field, value, problem) ----------------------
def _whole(value: object, name: str, lo: int, hi: int) -> int:
    problem = f"is not a whole number {lo}-{hi}"
    code, range_ = ProblemCode.NOT_WHOLE_NUMBER, {"min": lo, "max": hi, "unit": ""}
    if isinstance(value, bool):
        raise ValidationError(name, value, problem, code, **range_)
    if isinstance(value, int):
        number = value
    elif (isinstance(value, float) and value.is_integer()) or (
        isinstance(value, str) and re.fullmatch(r"-?[0-9]{1,6}", value)
    ):
        number = int(value)
    else:
        raise ValidationError(name, value, problem, code, **range_)
    if not lo <= number <= hi:
        raise ValidationError(name, value, problem, ProblemCode.OUT_OF_RANGE, **range_)
    return number


def parse_severity(value: object, name: str = "severity") -> int:
    return _whole(value, name, *SEVERITY_RANGE)


def parse_awakenings(value: object, name: str = "awakenings") -> int:
    return _whole(value, name, *AWAKENINGS_RANGE)


def parse_irls(value: object, name: str = "irls_total") -> int:
    return _whole(value, name, *IRLS_RANGE)


def parse_sleep_hours(value: object, name: str = "sleep_hours") -> float:
    problem = "is not a number of hours 0-24 (like 6.5)"
    code = ProblemCode.NOT_A_NUMBER
    range_ = {"min": SLEEP_RANGE[0], "max": SLEEP_RANGE[1], "unit": "h"}
    if isinstance(value, bool):
        raise ValidationError(name, value, problem, code, **range_)
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and re.fullmatch(r"[0-9]{1,2}([.,][0-9]{1,2})?", value):
        number = float(value.replace(",", "."))
    else:
        raise ValidationError(name, value, problem, code, **range_)
    if not math.isfinite(number) or not SLEEP_RANGE[0] <= number <= SLEEP_RANGE[1]:
        raise ValidationError(name, value, problem, code, **range_)
    return round(number, 2)


def parse_onset(value: object, name: str = "onset") -> time:
    try:
        return parse_clock(value, name)
    except ValidationError:
        raise ValidationError(name, value, "is not a time like 21:30 (00:00-23:59)",
                              ProblemCode.NOT_A_TIME) from None


def parse_note(value: object, name: str = "note") -> str:
    """A note: line breaks (CR LF and CR read as LF) but no other control character and no
    direction override; surrounding spaces and blank lines are dropped."""
    if not isinstance(value, str):
        raise ValidationError(name, value, "is not text", ProblemCode.NOT_TEXT)
    text = check_text(value.replace("\r\n", "\n").replace("\r", "\n"), name, multiline=True)
    text = text.strip()
    if len(text) > MAX_NOTE:
        raise ValidationError(name, f"{text[:20]}...", f"is longer than {MAX_NOTE} characters",
                              ProblemCode.TOO_LONG, max=MAX_NOTE)
    return text


def parse_night(value: object, name: str = "night") -> date:
    """A night's date, ``YYYY-MM-DD`` exactly, not before 1900-01-01 (whether it is in
    the future is for the caller, who knows tonight)."""
    night = value if isinstance(value, date) else parse_date(value, name)
    if night < EARLIEST_NIGHT:
        raise ValidationError(name, value, f"is before {EARLIEST_NIGHT.isoformat()}",
                              ProblemCode.TOO_EARLY, earliest=EARLIEST_NIGHT)
    return night


def parse_onset_offset(value: str, name: str = "onset") -> tuple[time, timedelta | None]:
    """``"01:30"`` or, in an hour the clocks repeat, ``"01:30+02:00"`` (with the offset)."""
    try:
        return parse_clock_offset(value, name)
    except ValidationError as exc:
        if exc.code is ProblemCode.BAD_OFFSET:
            raise
        raise ValidationError(name, value, "is not a time like 21:30 (00:00-23:59)",
                              ProblemCode.NOT_A_TIME) from None


def parse_quick_logs(value: str, name: str = "quick_logs") -> tuple[QuickLog, ...]:
    """``"21:40=6; 23:05"`` -> quick logs (a clock time, optionally ``=severity``; in an
    hour the clocks repeat the time may carry its offset, ``01:30+01:00=4``)."""
    logs = []
    for piece in (p.strip() for p in value.split(";")):
        if not piece:
            continue
        match = _QUICK_RE.match(piece)
        if match is None:
            raise ValidationError(name, piece, "is not a time like 21:40 or 21:40=6",
                                  ProblemCode.NOT_A_QUICK_LOG)
        clock, offset = parse_onset_offset(match.group(1), name)
        severity = parse_severity(match.group(2), name) if match.group(2) else None
        logs.append(QuickLog(clock, severity, offset))
    return tuple(sorted(logs, key=lambda q: q.order))


def format_quick_logs(logs: Sequence[QuickLog],
                      with_offset: Callable[[QuickLog], bool] = lambda q: False) -> str:
    """``21:40=6; 23:05``; a log for which ``with_offset`` says so is written with the
    offset it was lived at (``01:30+01:00``)."""
    return "; ".join(
        format_clock_offset(q.clock, q.offset if with_offset(q) else None)
        + (f"={q.severity}" if q.severity is not None else "")
        for q in sorted(logs, key=lambda q: q.order)
    )


def irls_band(total: int) -> str:
    """The IRLS band name for a total (0 none, 1-10 mild, ... 31-40 very severe)."""
    total = parse_irls(total)
    for upper, name in _IRLS_BANDS:
        if total <= upper:
            return name
    raise AssertionError("unreachable")  # pragma: no cover


@dataclass(frozen=True, slots=True)
class NightImport:
    """One night as a whole, as read from a diary file: it replaces what the store holds."""

    night: date
    entry: NightEntry | None
    quick_logs: tuple[QuickLog, ...] = ()
    done: frozenset[int] = frozenset()
    triggers: frozenset[str] = frozenset()
