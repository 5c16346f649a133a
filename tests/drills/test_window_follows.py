"""Drill: the window open while the command line writes. Every page shows the change within
the data watch's poll, Tonight shows the very plan the reminders follow, and nothing the
command line wrote is overwritten by the open form.

The app runs in this process on a real SQLite file (pytest-qt, offscreen); the writes come
from the real ``rlsdesk-cli`` in another process. The last test runs the real ``rlsdesk``
GUI process on the virtual desktop.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import QFont, QPalette

from rlsdesk.app import RlsDeskApp
from rlsdesk.desktop.autostart import XdgAutostart
from rlsdesk.domain.diary import NightEntry
from rlsdesk.reminders.service import ReminderService
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from tests.fakes import RecordingNotifier, RecordingScheduler

FOLLOW_MS = 15_000  # a deadline for the wait, not a measurement: the poll is every second


def cli(data: DataPaths, *args: str) -> str:
    """The real command line, in its own process (as a person would run it)."""
    script = shutil.which("rlsdesk-cli", path=str(Path(sys.executable).parent))
    argv = [script] if script else [sys.executable, "-m", "rlsdesk"]
    done = subprocess.run([*argv, "--data-dir", str(data.root), *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM":
                                                        "offscreen"})
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def app(qapp, data_paths: DataPaths) -> Iterator[RlsDeskApp]:
    seed = open_store(data_paths)
    seed.settings.set("first_run_done", True)
    seed.close()
    # the app styles the whole QApplication: leave it as the next test expects it
    palette, font, style_sheet = QPalette(qapp.palette()), QFont(qapp.font()), qapp.styleSheet()
    made = RlsDeskApp(qapp, data_paths, open_store(data_paths), tray_available=False,
                      autostart=XdgAutostart(data_paths.root.parent / "config"))
    made.reminders = ReminderService(made.evening, RecordingNotifier(),
                                     scheduler_factory=RecordingScheduler, sleep_bus=None)
    made.reminders.start()
    made.window.show()
    for key in ("routine", "diary", "insights", "settings", "tonight"):  # every page built
        made.show_page(key)
    made.data.start()
    yield made
    made.shutdown()
    made.store.close()
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(style_sheet)


def same_plan_as_reminders(app: RlsDeskApp) -> bool:
    plan = app.tonight_page.plan
    assert plan is not None and app.reminders is not None
    shown = [(s.step_id, s.at) for s in plan.steps if s.step_id is not None]
    reminding = [(o.step_id, o.due) for o in app.reminders.occurrences()]
    return shown == reminding


def test_a_check_in_from_the_command_line(qtbot, app: RlsDeskApp, data_paths) -> None:
    last = app.diary.last_night()
    diary, insights = app.diary_page, app.insights_page
    app.show_page("insights")
    before = insights.data.nights_logged
    cli(data_paths, "log", "night", "--date", last.isoformat(), "--severity", "6",
        "--onset", "22:40", "--note", "from the command line")
    qtbot.waitUntil(lambda: diary.severity.value() == 6, timeout=FOLLOW_MS)
    assert diary.note.toPlainText() == "from the command line"
    assert diary.onset.time() == QTime(22, 40) and diary.onset_known.isChecked()
    assert diary.table.rowCount() == 1
    qtbot.waitUntil(lambda: insights.data.nights_logged == before + 1, timeout=FOLLOW_MS)
    assert same_plan_as_reminders(app)


def test_the_open_form_never_overwrites_the_command_line(qtbot, app: RlsDeskApp,
                                                         data_paths, monkeypatch) -> None:
    last = app.diary.last_night()
    page = app.diary_page
    app.show_page("diary")
    page.load_night(last)
    page.severity.setValue(2)            # the person is editing...
    page.note.setPlainText("typed in the window")
    cli(data_paths, "log", "night", "--date", last.isoformat(), "--severity", "8")
    qtbot.waitUntil(lambda: "changed elsewhere" in page.status.text(), timeout=FOLLOW_MS)
    assert "severity 8" in page.status.text()
    assert page.severity.value() == 2, "the edits stay in the form"
    asked: list[NightEntry | None] = []

    def keep_theirs(stored: NightEntry | None) -> bool:
        asked.append(stored)
        return False

    monkeypatch.setattr(page, "ask_replace", keep_theirs)
    page.save_button.click()             # ...and presses Save: asked, and says no
    assert asked and asked[0] is not None and asked[0].severity == 8
    assert app.diary.entry(last).severity == 8
    assert page.severity.value() == 8 and page.note.toPlainText() == ""

    page.severity.setValue(3)            # a new edit on top of what is now known: no question
    monkeypatch.setattr(page, "ask_replace", lambda stored: pytest.fail("asked needlessly"))
    page.save_button.click()
    assert app.diary.entry(last).severity == 3


def test_an_import_a_routine_change_a_bedtime_and_a_restore(qtbot, app: RlsDeskApp,
                                                            data_paths, tmp_path) -> None:
    routine, settings, tonight = app.routine_page, app.settings_page, app.tonight_page
    insights = app.insights_page
    app.show_page("insights")
    last = app.diary.last_night()

    # a backup of the data as it is now, for the restore at the end
    cli(data_paths, "backup", "now")
    steps_before = routine.step_ids()

    # an import
    diary_file = tmp_path / "diary.csv"
    diary_file.write_text(f"night,severity,onset\n{last.isoformat()},7,23:10\n")
    cli(data_paths, "import", "csv", str(diary_file))
    qtbot.waitUntil(lambda: app.diary_page.severity.value() == 7, timeout=FOLLOW_MS)
    qtbot.waitUntil(lambda: insights.data.nights_logged == 1, timeout=FOLLOW_MS)

    # a routine change: a step removed
    gone = steps_before[0]
    cli(data_paths, "routine", "remove", str(gone))
    qtbot.waitUntil(lambda: gone not in routine.step_ids(), timeout=FOLLOW_MS)
    assert tonight.row_for(gone) is None
    assert same_plan_as_reminders(app)

    # a settings change: the bedtime
    cli(data_paths, "settings", "--bedtime", "23:45")
    qtbot.waitUntil(lambda: settings.bedtime.time() == QTime(23, 45), timeout=FOLLOW_MS)
    qtbot.waitUntil(lambda: tonight.plan.bedtime.time() == time(23, 45), timeout=FOLLOW_MS)
    assert same_plan_as_reminders(app)

    # a restore: back to the backup (the step again, the old bedtime, no check-in)
    cli(data_paths, "backup", "restore", "--latest")
    qtbot.waitUntil(lambda: routine.step_ids() == steps_before, timeout=FOLLOW_MS)
    qtbot.waitUntil(lambda: settings.bedtime.time() != QTime(23, 45), timeout=FOLLOW_MS)
    assert tonight.row_for(gone) is not None
    assert tonight.plan.bedtime.time() == app.evening.bedtime()
    assert app.diary.entry(last) is None and not app.diary_page.severity.is_set()
    qtbot.waitUntil(lambda: insights.data.nights_logged == 0, timeout=FOLLOW_MS)
    assert same_plan_as_reminders(app)


def test_in_app_changes_use_the_same_signal(qtbot, app: RlsDeskApp) -> None:
    with qtbot.waitSignal(app.data.changed):
        app.routine_page.set_enabled(app.routine_page.step_ids()[0], False)
    assert app.tonight_page.row_for(app.routine_page.step_ids()[0]) is None
    assert same_plan_as_reminders(app)


def test_the_idle_poll_is_one_integer(app: RlsDeskApp, data_paths) -> None:
    """What the poll costs when nothing changed: one PRAGMA on the open connection. Counted,
    not timed: the statements SQLite runs for a thousand looks."""
    statements: list[str] = []
    app.store.conn.set_trace_callback(statements.append)
    try:
        changed = [app.data.check() for _ in range(1000)]
    finally:
        app.store.conn.set_trace_callback(None)
    assert not any(changed)
    assert set(statements) == {"PRAGMA data_version"} and len(statements) == 1000


# --- the real process on the virtual desktop -------------------------------------------------
@pytest.mark.e2e
def test_the_real_window_follows_and_keeps_what_the_command_line_wrote(
        vdesk_factory, data_paths: DataPaths) -> None:
    from tests.e2e.app_process import main_windows, rlsdesk_argv, start_app

    desk = vdesk_factory()
    seed = open_store(data_paths)
    seed.settings.set("first_run_done", True)
    seed.close()
    app = start_app(desk, data_paths.root)  # on Tonight
    desk.wait_for(lambda: main_windows(desk, app), timeout=30, what="main window")
    desk.wait_for(lambda: "reminders started" in _log(data_paths), timeout=30,
                  what="the app settled")
    second = desk.run(rlsdesk_argv(data_paths.root, "--page", "diary"), timeout=30,
                      check=False)  # the Diary's check-in form open too
    assert second.returncode == 0, second.stderr
    cli(data_paths, "log", "night", "--severity", "9", "--note", "written with the window open")
    cli(data_paths, "settings", "--bedtime", "23:50")
    desk.wait_for(lambda: "tonight's plan shown: bedtime 23:50" in _log(data_paths),
                  timeout=30, what="Tonight showing the new bedtime")
    assert _log(data_paths).count("the window follows") >= 1
    assert app.poll() is None
    check = open_store(data_paths)
    try:
        rows = check.conn.execute("SELECT severity, note FROM diary_nights").fetchall()
    finally:
        check.close()
    assert [tuple(r) for r in rows] == [(9, "written with the window open")]
    assert "Traceback" not in _log(data_paths)


def _log(data: DataPaths) -> str:
    return data.log_file.read_text() if data.log_file.exists() else ""


@pytest.fixture
def vdesk_factory():
    from tests.vdesk import VirtualDesktop

    started: list[VirtualDesktop] = []

    def make(**options):
        desk = VirtualDesktop(**options)
        started.append(desk)
        desk.start()
        return desk

    yield make
    for desk in reversed(started):
        desk.stop()

