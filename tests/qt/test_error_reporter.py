"""Nothing a person does may kill the process: an exception in a slot, a paint, a timer or a
page's showEvent is logged with its traceback, met with one calm message, and the app runs on.

The pytest-qt tests turn pytest-qt's own exception capture off, so the app's reporter is
what sees the errors, as in the real process; the last tests run real processes."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.errors import ErrorReporter, guard_overrides

ROOT = Path(__file__).resolve().parents[2]


@guard_overrides
class _BadPaint(QWidget):
    paints = 0

    def paintEvent(self, _event: object) -> None:
        _BadPaint.paints += 1
        raise ZeroDivisionError("a chart divided by an empty week")


def _boom_in_slot() -> None:
    raise KeyError("a slot lost its key")


def _boom_in_timer() -> None:
    raise ValueError("a timer read a bad value")


@pytest.fixture
def reporter(qapp: QApplication, tmp_path: Path):
    window = QWidget()
    made = ErrorReporter(tmp_path / "rlsdesk.log", lambda: window)
    made.install()
    yield made
    made.uninstall()
    box = made.message_box()
    if box is not None:
        box.close()
    window.deleteLater()


def _message_boxes() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "errorMessage" and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_slot_paint_and_timer_errors_are_logged_and_told_once(qtbot, reporter, caplog) -> None:
    caplog.set_level(logging.ERROR, logger="rlsdesk.system.errors")
    button = QPushButton("go")
    button.clicked.connect(_boom_in_slot)
    painter = _BadPaint()
    qtbot.addWidget(button)
    qtbot.addWidget(painter)
    button.show()
    button.click()                      # a slot
    painter.show()                      # a paint
    QTimer.singleShot(0, _boom_in_timer)  # a timer callback
    qtbot.waitUntil(lambda: reporter.errors >= 3)
    painted = _BadPaint.paints
    painter.update()                    # the same paint error again
    qtbot.waitUntil(lambda: _BadPaint.paints > painted)
    assert reporter.errors == 4
    qtbot.waitUntil(lambda: reporter.messages == 1)
    for _ in range(5):                  # more turns of the loop: still one message
        QApplication.processEvents()
    assert reporter.messages == 1 and len(_message_boxes()) == 1
    assert str(reporter.log_file) in _message_boxes()[0].informativeText()
    tracebacks = [r for r in caplog.records if r.exc_info]
    kinds = {r.exc_info[0] for r in tracebacks}
    assert kinds == {KeyError, ZeroDivisionError, ValueError}, "each logged with traceback"
    assert len(tracebacks) == 3, "a repeat is one line, not another traceback"
    assert button.isVisible() and painter.isVisible()  # the widgets (and the app) live on

    reporter.message_box().close()      # told once; a repeat later says nothing new
    button.click()
    for _ in range(5):
        QApplication.processEvents()
    assert reporter.messages == 1


@pytest.mark.qt_no_exception_capture
def test_a_page_failing_while_it_is_shown_from_python_code(qtbot, make_app, reporter,
                                                           monkeypatch) -> None:
    """The path that died with SIGSEGV: show_page -> setCurrentIndex -> showEvent raising
    while Python is inside the Qt call. The error ends in the reporter, nowhere else."""
    from rlsdesk.services.diary import DiaryService

    def broken(self, *_args):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(DiaryService, "insights", broken)
    app = make_app(tray=False)
    app.window.show()
    app.show_page("insights")           # raises nothing here
    app.show_page("diary")              # and the window goes on working
    qtbot.waitUntil(lambda: reporter.messages == 1)
    assert app.window.current_section() == "diary"
    assert reporter.errors >= 1


@pytest.mark.qt_no_exception_capture
def test_a_diary_slot_failing(qtbot, make_app, reporter, monkeypatch) -> None:
    from rlsdesk.services.diary import DiaryService

    def broken(self, *_args):
        raise sqlite3.OperationalError("disk I/O error")

    app = make_app(tray=False)
    app.window.show()
    app.show_page("diary")
    page = app.diary_page
    monkeypatch.setattr(DiaryService, "save", broken)
    page.severity.setValue(5)
    page.save_button.click()
    qtbot.waitUntil(lambda: reporter.messages == 1)
    monkeypatch.undo()
    page.save_button.click()            # the page still works once the cause is gone
    assert app.diary.entry(app.diary.last_night()).severity == 5


def test_threads_report_too(reporter) -> None:
    import threading

    worker = threading.Thread(target=_boom_in_timer)
    worker.start()
    worker.join()
    assert reporter.errors == 1


# --- real processes -------------------------------------------------------------------------
def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def _first_run_done(data: DataPaths) -> None:
    from rlsdesk.store.store import open_store

    store = open_store(data)
    store.settings.set("first_run_done", True)
    store.close()


def test_the_real_app_survives_a_failing_page_and_tells_once(data_paths: DataPaths) -> None:
    """The real rlsdesk GUI process with an error injected into the Insights page: it
    logs the traceback, shows the message, and carries on until it is asked to quit."""
    _first_run_done(data_paths)
    script = textwrap.dedent(f"""
        import os
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from rlsdesk.services.diary import DiaryService
        def broken(self, *args):
            raise OverflowError("date value out of range")
        DiaryService.insights = broken
        qapp = QApplication([sys.argv[0], "-style", "Fusion"])
        def look():
            boxes = [w for w in qapp.topLevelWidgets()
                     if w.objectName() == "errorMessage" and w.isVisible()]
            if boxes:  # the event loop runs on after the error: the process lives
                print("MESSAGE", len(boxes), flush=True)
                os._exit(0)
        watch = QTimer()
        watch.timeout.connect(look)
        watch.start(50)
        from rlsdesk.cli import main
        sys.exit(main(["--data-dir", {str(data_paths.root)!r}, "--page", "insights"]))
    """)
    done = subprocess.run([sys.executable, "-c", script], env=_env(), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "MESSAGE 1" in done.stdout
    log = data_paths.log_file.read_text()
    assert "Traceback" in log and "OverflowError: date value out of range" in log


def test_the_real_app_with_a_poisoned_row_stays_alive(data_paths: DataPaths) -> None:
    """`rlsdesk --page insights` with an onset in the year 1 used to die with SIGSEGV on
    every start. Now the row is left out and the app runs until it is told to stop."""
    _first_run_done(data_paths)
    raw = sqlite3.connect(data_paths.database)
    raw.execute("INSERT INTO symptom_events(at, at_utc, severity, source) VALUES "
                "('0001-01-01T00:30:00+00:00', '1-01-01T00:30:00.000000Z', NULL, 'cli')")
    raw.commit()
    raw.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "rlsdesk", "--data-dir", str(data_paths.root), "--page",
         "insights"], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        while "reminders started" not in _read(data_paths.log_file):
            assert proc.poll() is None, proc.communicate()[1].decode()
            assert time.monotonic() < deadline, "the app never settled"
            time.sleep(0.2)
        assert proc.poll() is None
        assert "unreadable row of symptom_events" in _read(data_paths.log_file)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def _read(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def test_every_override_in_rlsdesk_widgets_is_guarded() -> None:
    """A new widget's paintEvent that forgot @guard_overrides fails here, not in a person's
    window (an error it raises while Python is inside a Qt call would crash the process)."""
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtCore import QObject

    import rlsdesk.ui
    from rlsdesk.ui.errors import _is_override

    unguarded = []
    for info in pkgutil.walk_packages(rlsdesk.ui.__path__, "rlsdesk.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != info.name or not issubclass(cls, QObject):
                continue
            unguarded += [f"{info.name}.{cls.__name__}.{name}" for name, f in vars(cls).items()
                          if callable(f) and _is_override(name) and not hasattr(f, "_guarded")]
    assert unguarded == []


@pytest.mark.qt_no_exception_capture
def test_a_storage_problem_in_a_slot_is_told_in_its_own_words(qtbot, qapp, tmp_path) -> None:
    """A write from the window while another program holds the diary locked: the message
    names the cause and what to do (as the command line does), not 'something went wrong'."""
    import sqlite3

    database = tmp_path / "rlsdesk.db"
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    window = QWidget()
    made = ErrorReporter(tmp_path / "rlsdesk.log", lambda: window, database=database)
    made.install()
    told: list[str] = []
    made.message_shown.connect(told.append)

    def write() -> None:
        writer = sqlite3.connect(database, timeout=0)
        try:
            writer.execute("INSERT INTO t VALUES (1)")
        finally:
            writer.close()

    try:
        button = QPushButton("save")
        qtbot.addWidget(button)
        button.clicked.connect(write)
        button.click()
        qtbot.waitUntil(lambda: bool(told))
        assert "went wrong" not in told[0].lower()
        assert "other program" in told[0].lower()
    finally:
        made.uninstall()
        box = made.message_box()
        if box is not None:
            box.close()
        holder.execute("ROLLBACK")
        holder.close()
        window.deleteLater()
