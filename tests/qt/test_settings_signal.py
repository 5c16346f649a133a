"""One change signal: a setting written anywhere in the running app (a page, the tray, a
service) reaches the window and the reminders through the app's one "data changed" signal,
once per write; rlsdesk's own bookkeeping does not set it off."""

from __future__ import annotations

from datetime import date, time

from rlsdesk.domain.settings_schema import (
    BEDTIME,
    FIRST_RUN_DONE,
    PEAK_APPLIED,
    ROUTINE_SEEDED,
    AppliedPeak,
)
from rlsdesk.services.preferences import Preferences
from rlsdesk.services.settings import Settings
from rlsdesk.ui.first_run import FirstRunAnswers


def announcements(app) -> list[bool]:  # type: ignore[no-untyped-def]
    heard: list[bool] = []
    app.data.changed.connect(lambda: heard.append(True))
    return heard


def test_a_look_saved_on_the_settings_page_is_announced_once(make_app) -> None:
    app = make_app()
    page = app.settings_page
    heard = announcements(app)
    page.theme.setCurrentIndex(page.theme.findData("night"))
    assert heard == [True], "four look settings, one write, one announcement"
    assert app.theme.night
    assert page.theme.currentData() == "night", "the page re-read what was stored"


def test_a_pause_written_by_any_part_reaches_the_tray(make_app) -> None:
    app = make_app(tray=True)
    heard = announcements(app)
    tonight = date.fromisoformat(app.tonight_key())
    Preferences(Settings(app.store.settings)).set_paused_night(tonight)  # not via the app
    assert heard == [True]
    assert app.paused_tonight() and app.tray.pause_action.isChecked()
    app.tray.pause_action.trigger()  # the person lifts it from the tray menu
    assert heard == [True, True]
    assert not app.paused_tonight() and not app.tray.pause_action.isChecked()


def test_bookkeeping_is_not_announced_but_a_preference_is(make_app) -> None:
    app = make_app()
    heard = announcements(app)
    settings = Settings(app.store.settings)
    settings.set_many({ROUTINE_SEEDED: True, FIRST_RUN_DONE: True,
                       PEAK_APPLIED: AppliedPeak(date(2026, 3, 14), time(21, 0))})
    app.evening.plan()  # records tonight's onset as applied
    assert heard == []
    settings.set(BEDTIME, time(23, 5))
    assert heard == [True]
    settings.set(BEDTIME, time(23, 5))
    assert heard == [True], "writing the value already stored changes nothing"


def test_first_run_answers_are_announced_and_a_skip_is_not(make_app) -> None:
    app = make_app()
    heard = announcements(app)
    app.apply_first_run(None)
    assert heard == []
    app.apply_first_run(FirstRunAnswers(time(23, 0), time(21, 45)))
    assert heard == [True]
    assert app.evening.bedtime() == time(23, 0)


def test_a_shut_down_app_no_longer_hears_settings(make_app) -> None:
    app = make_app()
    heard = announcements(app)
    app.shutdown()
    Settings(app.store.settings).set(BEDTIME, time(21, 0))
    assert heard == []
