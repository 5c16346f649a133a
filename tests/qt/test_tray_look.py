"""The tray icon tells at a glance: a dot while a reminder waits for an answer, back to
normal once it is answered; paused tonight wins over both."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QIcon, QPixmap

from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.services.evening import Evening
from rlsdesk.ui.icons import app_icon, due_icon, paused_icon
from rlsdesk.ui.tray import Tray, TrayLook, tray_look


@pytest.mark.parametrize(("paused", "due", "look"), [
    (False, False, TrayLook.NORMAL), (False, True, TrayLook.DUE),
    (True, False, TrayLook.PAUSED), (True, True, TrayLook.PAUSED)])
def test_the_look_is_a_function_of_the_state(paused: bool, due: bool, look: TrayLook) -> None:
    assert tray_look(paused=paused, due=due) is look


def _key(icon: QIcon) -> bytes:
    image = icon.pixmap(32, 32).toImage()
    return bytes(image.constBits())


def test_the_tray_shows_each_look_with_its_own_icon(qtbot) -> None:
    tray = Tray(app_icon(), paused_icon(), due_icon)
    assert tray.look is TrayLook.NORMAL
    tray.set_due(True)
    assert tray.look is TrayLook.DUE
    due_pixels = _key(tray.icon.icon())
    assert due_pixels != _key(app_icon()) and due_pixels != _key(paused_icon())
    tray.set_due(False)
    assert tray.look is TrayLook.NORMAL and _key(tray.icon.icon()) == _key(app_icon())
    tray.set_due(True)
    tray.set_paused(True)
    assert tray.look is TrayLook.PAUSED


def test_a_due_reminder_marks_the_tray_until_it_is_answered(make_app, qtbot) -> None:
    app = make_app(tray=True)
    app.store.settings.set_many({"first_run_done": True, "reminder_style": "tray"})
    now = datetime.now(app.zone).replace(second=0, microsecond=0)
    Evening(app.store, lambda: app.zone, lambda: datetime.now(app.zone)).replace_routine(
        [Step(StepKind.CUSTOM, "Warm socks", Anchor.at(now.time()))])
    app.start(start_hidden=True)
    qtbot.waitUntil(lambda: app.reminders is not None, timeout=5000)
    assert app.reminders is not None and app.tray is not None
    (occurrence,) = app.reminders.occurrences()
    assert app.reminders.outstanding() == occurrence  # shown (on time, or late if slow)
    assert app.tray.look is TrayLook.DUE
    app.reminders.mark_done(occurrence.step_id)
    assert app.tray.look is TrayLook.NORMAL


def test_the_due_icon_is_drawn_from_the_app_icon() -> None:
    pixmap = due_icon().pixmap(48, 48)
    assert isinstance(pixmap, QPixmap) and not pixmap.isNull()
