"""Start-up: the window comes first, Tonight on the next turn, and the deferred work (the
reminder service, the theme's watchers) always follows, whatever dialog comes first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from rlsdesk.ui import data_dialogs


def _run_a_dialog_loop(*_args: object) -> bool:
    """Stands in for a modal question: runs its own event loop for a moment."""
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    return False


def test_the_window_shows_before_tonight_is_built_and_then_reminders_start(
    make_app, qtbot
) -> None:
    app = make_app()
    app.store.settings.set("first_run_done", True)
    app.start(start_hidden=False)
    qtbot.addWidget(app.window)
    assert "tonight" not in app.window.built_sections()  # the window shows first
    qtbot.waitUntil(lambda: "tonight" in app.window.built_sections(), timeout=3000)
    qtbot.waitUntil(lambda: app.reminders is not None, timeout=5000)
    assert app.window.current_section() == "tonight"


def test_a_dialog_at_start_does_not_strand_the_reminders(make_app, qtbot, monkeypatch) -> None:
    app = make_app()
    app.store.settings.set("first_run_done", True)
    app.store.moved_aside = Path("/nowhere/rlsdesk.db.unreadable")  # as after a bad file
    monkeypatch.setattr(data_dialogs, "ask_restore_after_unreadable", _run_a_dialog_loop)
    app.start(start_hidden=False)
    qtbot.addWidget(app.window)
    qtbot.waitUntil(lambda: app.reminders is not None, timeout=5000)


def test_done_pressed_before_the_reminders_start_reaches_the_ledger(make_app, qtbot) -> None:
    app = make_app()
    app.store.settings.set("first_run_done", True)
    step_id = next(s.id for s in app.evening.steps() if s.id is not None)
    app.mark(step_id, "done")  # before start(): the ledger's service does not exist yet
    assert app.step_state(step_id) == "done"
    app.start(start_hidden=True)
    qtbot.waitUntil(lambda: app.reminders is not None, timeout=3000)
    assert app.reminders.state_for(step_id) == "done"


def test_one_failing_part_of_the_deferred_work_does_not_stop_the_rest(
    make_app, qtbot, monkeypatch
) -> None:
    app = make_app()
    app.store.settings.set("first_run_done", True)
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("no session bus today")

    monkeypatch.setattr(app, "start_reminders", broken)
    app.when_settled(lambda: ran.append("listen"))
    app.start(start_hidden=True)
    qtbot.waitUntil(lambda: ran == ["listen"], timeout=3000)


def test_a_raise_for_an_unknown_page_only_brings_the_window_forward(make_app, qtbot) -> None:
    app = make_app()
    app.store.settings.set("first_run_done", True)
    app.start(start_hidden=True)
    qtbot.addWidget(app.window)
    app.show_page("diary")
    assert app.window.current_section() == "diary"
    app.show_page("no-such-page")  # as a hand-made message on the instance socket could say
    assert app.window.isVisible()
    assert app.window.current_section() == "diary"
