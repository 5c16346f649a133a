"""The snooze length and the pause where the person meets them: the tray menu (its
Snooze entry says the default length, the other lengths beside it; one-click pauses and
Resume), the Tonight page ("Snoozed until 21:25", a Snooze button with the lengths) and
the Settings choice."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QIcon

from rlsdesk.ui.pages.tonight_page import TonightPage
from rlsdesk.ui.tray import Tray
from rlsdesk.ui.tray_menu import ReminderTrayMenu
from tests.unit.reminders.test_service import World

BERLIN = ZoneInfo("Europe/Berlin")


def visible_lengths(menu: ReminderTrayMenu) -> list[int]:
    return [m for m, action in menu.snooze_choices.items() if action.isVisible()]


def test_tray_snooze_says_the_default_and_offers_the_others(qapp, data_paths) -> None:
    world = World(data_paths, datetime(2026, 11, 20, 21, 0, tzinfo=BERLIN))
    try:
        service, _notifier = world.start(("Stretch", "21:10"))
        service.prefs.set_snooze_minutes(20)
        tray = Tray(QIcon(), QIcon())
        menu = ReminderTrayMenu(tray, service)
        world.set("2026-11-20T21:10")
        service.reconcile()
        assert menu.snooze_action.isVisible() and menu.snooze_action.text() == "Snooze 20 min"
        assert visible_lengths(menu) == [5, 10, 15, 30]
        menu.snooze_choices[5].trigger()
        sid = world.step_id(service, "Stretch")
        assert service.entries()[sid].snoozed_until == world.now + timedelta(minutes=5)
        assert not menu.snooze_action.isVisible()  # nothing showing to answer now
    finally:
        for s in world.services:
            s.stop()
        for st in world.stores:
            st.close()


def test_tray_pauses_for_an_hour_shows_it_and_resumes(qapp, data_paths) -> None:
    world = World(data_paths, datetime(2026, 11, 20, 21, 0, tzinfo=BERLIN))
    try:
        service, _notifier = world.start(("Stretch", "21:10"))
        tray = Tray(QIcon("a"), QIcon("b"))
        menu = ReminderTrayMenu(tray, service)
        assert menu.pause_hour_action.isVisible() and not menu.resume_action.isVisible()
        menu.pause_hour_action.trigger()
        assert service.is_paused()
        assert menu.resume_action.isVisible()
        assert menu.resume_action.text() == "Resume reminders (paused until 22:00)"
        assert not menu.pause_hour_action.isVisible()
        menu.resume_action.trigger()
        assert not service.is_paused() and menu.pause_on_action.isVisible()
        menu.pause_on_action.trigger()
        assert service.is_paused() and menu.resume_action.text() == "Resume reminders"
    finally:
        for s in world.services:
            s.stop()
        for st in world.stores:
            st.close()


def test_tonight_shows_snoozed_until_and_offers_every_length(qtbot, data_paths) -> None:
    world = World(data_paths, datetime(2026, 11, 20, 21, 10, tzinfo=BERLIN))
    try:
        service, _notifier = world.start(("Stretch", "21:10"))
        sid = world.step_id(service, "Stretch")
        page = TonightPage(
            service.evening, state_for=lambda i: service.state_for(i) if i else None,
            snoozed_until_for=lambda i: service.entries()[i].snoozed_until if i else None)
        qtbot.addWidget(page)
        row = page.row_for(sid)
        assert row is not None and row.snooze_button.isVisibleTo(page)  # reminded: snoozable
        asked: list[tuple[int, int]] = []
        page.snooze_requested.connect(lambda i, m: asked.append((i, m)))
        lengths = row.snooze_button.menu().actions()
        assert [a.text() for a in lengths] == ["5 min", "10 min", "15 min", "20 min", "30 min"]
        lengths[2].trigger()
        assert asked == [(sid, 15)]
        service.snooze(sid, 15)
        page.update_states()
        assert page.row_for(sid).state_label.text() == "Snoozed until 21:25"
        service.mark_done(sid)
        page.update_states()
        assert not page.row_for(sid).snooze_button.isVisibleTo(page)
    finally:
        for s in world.services:
            s.stop()
        for st in world.stores:
            st.close()
