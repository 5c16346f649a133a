"""The thin adapter to APScheduler's QtScheduler: one 'date' job per wake-up time.

Imported only after the window is shown (``import apscheduler.schedulers.qt`` costs about
0.37 s). Jobs run on the Qt thread (DebugExecutor runs them where the scheduler's timer
fires), and each only asks the service to look again, so a job may fire late, early or
twice without harm: the ledger decides.

PySide6's static ``QTimer.singleShot`` returns None, so QtScheduler 3.11 can never stop the
timer it started; every ``wakeup()`` (and every ``add_job`` on a running scheduler) would
leave one more timer chain running. ``_OneTimerQtScheduler`` keeps a single QTimer instead.

APScheduler 3 imports asyncio for one function, ``iscoroutinefunction`` (from Python 3.14 on
it takes inspect's). asyncio and the OpenSSL it loads would stay resident for the whole session
in the tray, about 7 MB, a quarter of what rlsdesk adds to a bare Qt tray program; so while
APScheduler imports, ``asyncio`` is a stand-in that holds inspect's function. If that ever
fails (a newer APScheduler wanting more of asyncio), APScheduler is imported the plain way.
"""

from __future__ import annotations

import inspect
import logging
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, QTimer

log = logging.getLogger(__name__)
_MAX_MS = 2_147_483_647


@contextmanager
def _asyncio_stand_in() -> Iterator[None]:
    """``asyncio`` as a module holding only inspect's ``iscoroutinefunction``, for the length
    of APScheduler's import (unless the real one is already loaded). Our jobs are plain
    functions, for which both versions answer False."""
    if "asyncio" in sys.modules:
        yield
        return
    stand_in = ModuleType("asyncio")
    stand_in.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]  # stub: a module takes any attribute
    sys.modules["asyncio"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("asyncio") is stand_in:
            del sys.modules["asyncio"]


def _import_apscheduler() -> tuple[type[Any], type[Any]]:
    """(QtScheduler, DebugExecutor), without loading asyncio if APScheduler allows."""
    loaded_before = set(sys.modules)
    try:
        with _asyncio_stand_in():
            from apscheduler.executors.debug import DebugExecutor
            from apscheduler.schedulers.qt import QtScheduler
    except (ImportError, AttributeError):
        log.warning("APScheduler wanted more of asyncio; importing it in full", exc_info=True)
        for name in set(sys.modules) - loaded_before:  # none may keep the stand-in
            del sys.modules[name]
        from apscheduler.executors.debug import DebugExecutor
        from apscheduler.schedulers.qt import QtScheduler
    return QtScheduler, DebugExecutor


def _one_timer_scheduler_class() -> type[Any]:
    QtScheduler, DebugExecutor = _import_apscheduler()

    class _OneTimerQtScheduler(QtScheduler):  # type: ignore[misc,valid-type]  # APScheduler 3 is untyped
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

        @classmethod
        def on_the_qt_thread(cls) -> _OneTimerQtScheduler:
            # DebugExecutor runs each job where the timer fires: the Qt thread
            return cls(
                executors={"default": DebugExecutor()},
                job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
                timezone=UTC,
            )

    return _OneTimerQtScheduler


class ReminderScheduler:
    """Keeps one APScheduler job per wake-up time; ``callback(job_id)`` when one fires."""

    def __init__(self, callback: Callable[[str], None]) -> None:
        self._callback = callback
        self._scheduler: Any = None
        self._armed: dict[str, datetime] = {}

    def start(self) -> None:
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        scheduler = _one_timer_scheduler_class().on_the_qt_thread()
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
