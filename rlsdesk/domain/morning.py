"""The morning check-in, prefilled from what was logged during the evening and night.

Pure: no Qt, no I/O. A night with no check-in yet is offered with its answers taken from
the quick logs ("legs acting up now"): the first moment of the evening or night as the
onset (a moment from 06:00 the next morning is a daytime symptom, not an onset), and the
worst severity given with a quick log as the night's severity. The steps marked done come
along to be shown, never asked again. The person confirms or changes them; nothing is
saved until they do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from rlsdesk.domain.clock import from_noon_minutes
from rlsdesk.domain.diary import NightRecord, QuickLog

__all__ = ["CheckinPrefill", "checkin_prefill"]


@dataclass(frozen=True, slots=True)
class CheckinPrefill:
    night: date
    severity: int | None = None        # the worst severity given with a quick log
    onset: time | None = None          # the first moment logged that evening or night
    quick_logs: tuple[QuickLog, ...] = ()
    done: frozenset[int] = frozenset()

    @property
    def anything(self) -> bool:
        return self.severity is not None or self.onset is not None or bool(self.done)


def checkin_prefill(night: date, record: NightRecord | None,
                    quick_logs: tuple[QuickLog, ...] = ()) -> CheckinPrefill:
    """What the night's logs say, for a check-in form (``record``: the night's record,
    read without its check-in or before there is one)."""
    if record is None:
        return CheckinPrefill(night, quick_logs=quick_logs)
    onset = record.onset if record.entry is None else _quick_onset(record)
    severity = max(record.quick_severities) if record.quick_severities else None
    return CheckinPrefill(
        night, severity, None if onset is None else from_noon_minutes(onset),
        quick_logs, record.done,
    )


def _quick_onset(record: NightRecord) -> int | None:
    """The first non-daytime moment logged, ignoring the check-in's own onset."""
    without = NightRecord(record.night, None, record.onsets, record.quick_severities,
                          record.done)
    return without.onset
