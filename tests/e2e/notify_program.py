"""A tiny program for tests/e2e/test_notify_dbus.py: shows reminders, prints events.

Commands on stdin, one per line: ``show KEY TITLE|BODY``, ``close KEY``, ``quit``.
Prints JSON lines: {"event": "available", ...}, {"event": "shown", "key", "t"},
{"event": "action", "key", "action"}, {"event": "closed", "key", "reason"}.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QCoreApplication, QSocketNotifier

from rlsdesk.notify.base import Reminder
from rlsdesk.notify.freedesktop import FreedesktopNotifier


def emit(**event: object) -> None:
    print(json.dumps(event), flush=True)


def main() -> int:
    app = QCoreApplication(sys.argv)
    notifier = FreedesktopNotifier()
    emit(event="available", available=notifier.available(),
         capabilities=notifier.capabilities, server=list(notifier.server_info))
    notifier.on_action(lambda key, action: emit(event="action", key=key, action=action))
    notifier.on_closed(lambda key, reason: emit(event="closed", key=key, reason=reason))

    def on_line() -> None:
        line = sys.stdin.readline()
        if not line or line.strip() == "quit":
            app.quit()
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
    code = app.exec()
    notifier.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
