"""FreedesktopNotifier against the real dunst on the virtual desktop.

The app side runs in a subprocess (this module run as a program: ``python -m
tests.e2e.test_notify_dbus``) with a Qt event loop, so the QSocketNotifier path is the
one exercised. It reads commands on stdin and prints JSON events on stdout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.vdesk import VirtualDesktop

ROOT = Path(__file__).resolve().parents[2]
KEY = "42@2026-11-21"


class App:
    """The notifier program running in the desktop."""

    def __init__(self, desk: VirtualDesktop) -> None:
        env = dict(desk.env, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.test_notify_dbus"], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def event(self, timeout: float = 30.0) -> dict[str, Any]:
        assert self.proc.stdout is not None
        import select

        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            raise TimeoutError("no event from the notifier program")
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"program exited: {self.proc.communicate()[1]}")
        return json.loads(line)

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.send("quit")
        try:
            _, err = self.proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return err


@pytest.fixture
def app(vdesk: VirtualDesktop):  # type: ignore[no-untyped-def]
    program = App(vdesk)
    yield program
    program.stop()


def test_reminder_reaches_dunst_and_done_comes_back(vdesk: VirtualDesktop, app: App) -> None:
    ready = app.event()
    assert ready["event"] == "available" and ready["available"] is True
    assert "actions" in ready["capabilities"] and ready["server"][0] == "dunst"

    app.send(f"show {KEY} Warm bath|Ten minutes & not too hot")
    shown = app.event()
    assert shown == {"event": "shown", "key": KEY, "t": shown["t"]}

    notes = vdesk.wait_for(vdesk.notifications, timeout=20, what="the Notify call")
    assert len(notes) == 1
    note = notes[0]
    print(f"\nshow() -> Notify on the bus: {(note.sent_at - shown['t']) * 1000:.1f} ms")
    assert (note.app_name, note.summary) == ("rlsdesk", "Warm bath")
    assert note.body == "Ten minutes &amp; not too hot"  # dunst uses body markup
    assert note.actions == {"default": "Open", "done": "Done", "snooze": "Snooze 10 min",
                            "skip": "Skip"}
    assert note.hints["desktop-entry"] == "rlsdesk" and note.hints["urgency"] == 1
    assert vdesk.displayed_count() == 1

    vdesk.invoke_action(note.id, "done")
    assert app.event() == {"event": "action", "key": KEY, "action": "done"}

    # dunst's own record of it, once closed: exactly one, with our texts.
    app.send(f"close {KEY}")
    assert app.event()["event"] == "close-sent"
    assert app.event() == {"event": "closed", "key": KEY, "reason": "closed"}
    history = vdesk.wait_for(vdesk.history, timeout=20, what="dunst history")
    assert [(h["id"], h["summary"], h["body"], h["appname"]) for h in history] == [
        (note.id, "Warm bath", "Ten minutes &amp; not too hot", "rlsdesk")]
    assert vdesk.displayed_count() == 0


def test_default_action_and_replace(vdesk: VirtualDesktop, app: App) -> None:
    assert app.event()["available"] is True
    app.send(f"show {KEY} Stretch|Calves, 30 s")
    app.event()
    first = vdesk.wait_for(vdesk.notifications, timeout=20, what="Notify")[0]
    vdesk.wait_for(lambda: first.id and app.send(f"id {KEY}") is None, timeout=1)
    assert app.event() == {"event": "id", "key": KEY, "id": first.id}

    app.send(f"show {KEY} Stretch (late)|Calves, 30 s")  # same key: replaced in place
    app.event()
    notes = vdesk.wait_for(lambda: [n for n in vdesk.notifications()
                                    if n.summary == "Stretch (late)"], timeout=20,
                           what="the replacing Notify")
    assert notes[0].replaces_id == first.id and notes[0].id == first.id
    assert vdesk.displayed_count() == 1

    vdesk.do_action(0)  # dunstctl action 0: dunst invokes "default"
    assert app.event() == {"event": "action", "key": KEY, "action": "open"}


def test_no_notification_server(vdesk_factory) -> None:  # type: ignore[no-untyped-def]
    desk = vdesk_factory(notifications=False, tray=False)
    program = App(desk)
    try:
        ready = program.event()
        assert ready["available"] is False
        program.send(f"show {KEY} t|b")  # must not crash
        assert program.event()["event"] == "shown"
    finally:
        err = program.stop()
    assert program.proc.returncode == 0, err
    assert "no notification server owns org.freedesktop.Notifications" in err, err


# ------------------------------------------------------------------- the program


def _program() -> int:
    import logging

    from PySide6.QtCore import QCoreApplication, QSocketNotifier

    from rlsdesk.notify.base import Reminder
    from rlsdesk.notify.freedesktop import FreedesktopNotifier

    logging.basicConfig(level=logging.INFO, stream=sys.stderr)

    def emit(**event: object) -> None:
        print(json.dumps(event), flush=True)

    qapp = QCoreApplication(sys.argv)
    notifier = FreedesktopNotifier()
    emit(event="available", available=notifier.available(),
         capabilities=notifier.capabilities, server=list(notifier.server_info))
    notifier.on_action(lambda key, action: emit(event="action", key=key, action=action))
    notifier.on_closed(lambda key, reason: emit(event="closed", key=key, reason=reason))

    def on_line() -> None:
        line = sys.stdin.readline()
        if not line or line.strip() == "quit":
            qapp.quit()
            return
        cmd, _, rest = line.rstrip("\n").partition(" ")
        if cmd == "show":
            key, _, text = rest.partition(" ")
            title, _, body = text.partition("|")
            t = time.time()
            notifier.show(Reminder(key=key, title=title, body=body))
            emit(event="shown", key=key, t=t)
        elif cmd == "close":
            notifier.close(rest)
            emit(event="close-sent", key=rest)
        elif cmd == "id":
            emit(event="id", key=rest, id=notifier.notification_id(rest))

    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(on_line)
    code = qapp.exec()
    notifier.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(_program())
