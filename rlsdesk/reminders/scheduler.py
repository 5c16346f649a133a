"""The thin adapter to APScheduler's QtScheduler: one 'date' job per wake-up time.

Imported only after the window is shown (``import apscheduler.schedulers.qt`` costs about
0.37 s). Jobs run on the Qt thread (DebugExecutor runs them where the scheduler's timer
fires), and each only asks the service to look again, so a job may fire late, early or
twice without harm: the ledger decides.

PySide6's static ``QTimer.singleShot`` returns None, so QtScheduler 3.11 can never stop the
timer it started; every ``wakeup()`` (and every ``add_job`` on a running scheduler) would
leave one more timer chain running. ``_OneTimerQtScheduler`` keeps a single QTimer instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer

log = logging.getLogger(__name__)
_MAX_MS = 2_147_483_647


def _one_timer_scheduler_class() -> type[Any]:
    from apscheduler.schedulers.qt import QtScheduler

    class _OneTimerQtScheduler(QtScheduler):  # type: ignore[misc]
        _qtimer: QTimer | None = None

        def _start_timer(self, wait_seconds: float | None) -> None:
            if self._qtimer is None:
                self._qtimer = QTimer()
                self._qtimer.setSingleShot(True)
                self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
                self._qtimer.timeout.connect(self._process_jobs)
            self._qtimer.stop()
            if wait_seconds is not None:
                self._qtimer.start(max(0, min(int(wait_seconds * 1000) + 1, _MAX_MS)))

        def _stop_timer(self) -> None:
            if self._qtimer is not None:
                self._qtimer.stop()

    return _OneTimerQtScheduler


class ReminderScheduler:
    """Keeps one APScheduler job per wake-up time; ``callback(job_id)`` when one fires."""

    def __init__(self, callback: Callable[[str], None]) -> None:
        self._callback = callback
        self._scheduler: Any = None
        self._armed: dict[str, datetime] = {}

    def start(self) -> None:
        from apscheduler.executors.debug import DebugExecutor

        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        scheduler = _one_timer_scheduler_class()(
            executors={"default": DebugExecutor()},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            timezone=UTC,
        )
        scheduler.start()
        self._scheduler = scheduler

    def arm(self, wakeups: Mapping[str, datetime]) -> None:
        """Make the jobs exactly ``wakeups`` (job id -> aware time)."""
        if self._scheduler is None:
            return
        for job_id in list(self._armed):
            if job_id not in wakeups:
                self._remove(job_id)
        for job_id, when in wakeups.items():
            if self._armed.get(job_id) == when and self._scheduler.get_job(job_id):
                continue
            self._scheduler.add_job(
                self._callback, "date", run_date=when.astimezone(UTC), id=job_id,
                args=[job_id], replace_existing=True,
            )
            self._armed[job_id] = when

    def jobs(self) -> dict[str, datetime]:
        return dict(self._armed)

    def wakeup(self) -> None:
        """Re-arm the timer from the wall clock (after a resume or a clock change)."""
        if self._scheduler is not None:
            self._scheduler.wakeup()

    def shutdown(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        self._armed.clear()

    def _remove(self, job_id: str) -> None:
        self._armed.pop(job_id, None)
        if self._scheduler.get_job(job_id) is not None:
            self._scheduler.remove_job(job_id)
