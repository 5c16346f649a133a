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

from rlsdesk.domain.diary import QuickLog
from rlsdesk.domain.peak import is_daytime

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


def checkin_prefill(night: date, quick_logs: tuple[QuickLog, ...] = (),
                    done: frozenset[int] = frozenset()) -> CheckinPrefill:
    """What the night's quick logs say, for a check-in form: the first moment of the
    evening or night and the worst rating given then (moments from 06:00 the next morning
    are daytime symptoms and count for neither)."""
    night_logs = sorted((q for q in quick_logs if not is_daytime(q.minutes)),
                        key=lambda q: q.order)
    rated = [q.severity for q in night_logs if q.severity is not None]
    return CheckinPrefill(
        night, max(rated) if rated else None,
        night_logs[0].clock if night_logs else None, tuple(quick_logs), done,
    )
