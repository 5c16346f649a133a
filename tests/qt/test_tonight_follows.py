"""Every change that alters tonight's plan shows on Tonight at once: a setting changed on the
Settings page, the first-run answers, a routine edit, another process's write seen by the data
watch, and a reminder action. The whole app (real SQLite file, offscreen) at a fixed evening
moment; Tonight is compared with a plan made afresh after each change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTime

from rlsdesk.app import RlsDeskApp
from rlsdesk.domain.routine import Anchor
from rlsdesk.reminders.service import ReminderService
from rlsdesk.store.store import open_store
from rlsdesk.text.timefmt import format_clock
from rlsdesk.ui.first_run import FirstRunAnswers
from tests.fakes import RecordingNotifier, RecordingScheduler

BERLIN = ZoneInfo("Europe/Berlin")
EVENING = datetime(2026, 11, 21, 18, 0, tzinfo=BERLIN)


@pytest.fixture
def app(make_app, monkeypatch, data_paths) -> RlsDeskApp:
    seed = open_store(data_paths)
    seed.settings.set("first_run_done", True)
    seed.close()
    monkeypatch.setattr(RlsDeskApp, "now", lambda self: EVENING.astimezone(self.zone))
    made: RlsDeskApp = make_app(tray=False)
    made.zone = BERLIN
    made.reminders = ReminderService(made.evening, RecordingNotifier(), clock=lambda: EVENING,
                                     scheduler_factory=RecordingScheduler, sleep_bus=None)
    made.reminders.start()
    made.reminders.changed.connect(lambda: made.refresh_tonight(states_only=True))
    made.window.show()
    made.show_page("tonight")
    made.data.start()
    return made


def shown(app: RlsDeskApp) -> list[tuple[str, str, str | None]]:
    """What Tonight shows: each row's time, title and state."""
    return [(r.time_label.text(), r.step.title, r.state) for r in app.tonight_page.rows]


def fresh(app: RlsDeskApp) -> list[tuple[str, str]]:
    """Tonight's plan made afresh from what is stored now."""
    return [(format_clock(s.at), s.title) for s in app.evening.plan().steps]


def set_time_edit(app: RlsDeskApp, field: str, value: QTime) -> None:
    app.show_page("settings")
    page = app.settings_page
    getattr(page, field).setTime(value)
    page._save_times()  # what the edit's rest timer calls once typing stops
    app.show_page("tonight")


def later_bedtime(app: RlsDeskApp) -> None:
    set_time_edit(app, "bedtime", QTime(23, 40))


def earlier_bedtime(app: RlsDeskApp) -> None:
    set_time_edit(app, "bedtime", QTime(21, 50))


def new_onset(app: RlsDeskApp) -> None:
    app.show_page("settings")
    app.settings_page.onset_known.setChecked(True)
    set_time_edit(app, "onset", QTime(20, 15))


def first_run(app: RlsDeskApp) -> None:
    app.apply_first_run(FirstRunAnswers(bedtime=time(23, 15), usual_onset=time(22, 5)))


def routine_edit(app: RlsDeskApp) -> None:
    step = next(s for s in app.evening.steps() if s.kind == "stretching")
    app.evening.update_step(replace(step, anchor=Anchor.at(time(19, 35))))
    app.on_routine_changed()  # what the Routine page's signal calls


def step_switched_off(app: RlsDeskApp) -> None:
    app.show_page("routine")
    app.routine_page.set_enabled(app.routine_page.step_ids()[0], False)
    app.show_page("tonight")


def another_process_writes(app: RlsDeskApp) -> None:
    other = open_store(app.paths)  # as the command line would
    try:
        other.settings.set("bedtime", "00:10")
    finally:
        other.close()
    assert app.data.check()  # the data watch's look (on the file's change, or its poll)


@dataclass(frozen=True)
class Change:
    name: str
    do: Callable[[RlsDeskApp], None]
    seen: Callable[[list[tuple[str, str]]], bool]  # the change itself, in the rows


CHANGES = [
    Change("bedtime later (Settings)", later_bedtime,
           lambda rows: ("23:40", "Bedtime") in rows),
    Change("bedtime earlier (Settings)", earlier_bedtime,
           lambda rows: ("21:50", "Bedtime") in rows),
    Change("usual onset (Settings)", new_onset, lambda rows: True),
    Change("first-run answers", first_run, lambda rows: ("23:15", "Bedtime") in rows),
    Change("routine edit", routine_edit,
           lambda rows: any(t == "19:35" for t, _title in rows)),
    Change("step switched off", step_switched_off, lambda rows: True),
    Change("another process's write", another_process_writes,
           lambda rows: ("00:10", "Bedtime") in rows),
]


@pytest.mark.parametrize("change", CHANGES, ids=[c.name for c in CHANGES])
def test_a_change_to_tonights_plan_shows_at_once(app: RlsDeskApp, change: Change) -> None:
    before = shown(app)
    assert [(t, title) for t, title, _s in before] == fresh(app)
    change.do(app)
    after = shown(app)
    assert [(t, title) for t, title, _s in after] == fresh(app), "Tonight shows the new plan"
    assert after != before, "the change altered tonight's plan"
    assert change.seen([(t, title) for t, title, _s in after])
    assert app.tonight_page.timeline.span is not None
    assert app.tonight_page.timeline._plan is app.tonight_page.plan


@pytest.mark.parametrize("action", ["mark_done", "skip"])
def test_a_reminder_action_shows_at_once(app: RlsDeskApp, action: str) -> None:
    page = app.tonight_page
    assert page.next is not None
    step_id = page.rows[page.next].step.step_id
    assert step_id is not None
    getattr(app.reminders, action)(step_id)  # from the notification or the tray
    row = page.row_for(step_id)
    assert row is not None and row.state == ("done" if action == "mark_done" else "skipped")
    assert page.rows[page.next].step.step_id != step_id, "the next step moved on"
