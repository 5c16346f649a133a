"""The real APScheduler adapter: a job fires once on the Qt loop, and importing APScheduler
leaves asyncio unloaded (and still importable) in a fresh interpreter."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from rlsdesk.reminders.scheduler import ReminderScheduler
from tests.fresh_python import json_report

_FRESH_PROCESS = textwrap.dedent("""
    import json, sys
    from datetime import UTC, datetime, timedelta
    from PySide6.QtCore import QCoreApplication, QTimer
    from rlsdesk.reminders import scheduler as adapter
    from rlsdesk.reminders.scheduler import ReminderScheduler

    if "--stand-in-too-thin" in sys.argv:  # as if a newer APScheduler wanted more of asyncio
        import contextlib, types
        @contextlib.contextmanager
        def too_thin():
            sys.modules["asyncio"] = types.ModuleType("asyncio")
            try:
                yield
            finally:
                del sys.modules["asyncio"]
        adapter._asyncio_stand_in = too_thin

    app = QCoreApplication([])
    fired = []
    scheduler = ReminderScheduler(lambda job: (fired.append(job), app.quit()))
    scheduler.start()
    scheduler.arm({"soon": datetime.now(UTC) + timedelta(milliseconds=50)})
    QTimer.singleShot(5000, app.quit)
    app.exec()
    scheduler.shutdown()
    loaded = {name: name in sys.modules for name in ("apscheduler", "asyncio", "ssl")}
    import asyncio  # noqa: F401  (the guard must not leave asyncio blocked)
    print(json.dumps({"fired": fired, "loaded": loaded}))
""")


def test_a_job_fires_once_on_the_qt_loop(qtbot) -> None:
    fired: list[str] = []
    scheduler = ReminderScheduler(fired.append)
    scheduler.start()
    try:
        scheduler.arm({"soon": datetime.now(UTC) + timedelta(milliseconds=30)})
        qtbot.waitUntil(lambda: fired == ["soon"], timeout=3000)
        qtbot.wait(100)
        QCoreApplication.processEvents()
        assert fired == ["soon"]
    finally:
        scheduler.shutdown()


def test_apscheduler_does_not_load_asyncio_or_openssl() -> None:
    report = json_report(_FRESH_PROCESS)
    assert report["fired"] == ["soon"]
    assert report["loaded"] == {"apscheduler": True, "asyncio": False, "ssl": False}


def test_if_the_stand_in_is_not_enough_apscheduler_is_imported_in_full() -> None:
    report = json_report(_FRESH_PROCESS, "--stand-in-too-thin")
    assert report["fired"] == ["soon"]
    assert report["loaded"] == {"apscheduler": True, "asyncio": True, "ssl": True}
