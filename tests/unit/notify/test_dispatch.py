"""Signal and reply dispatch of FreedesktopNotifier, fed messages without a bus."""

from __future__ import annotations

from jeepney import DBusAddress, new_method_return, new_signal
from jeepney.low_level import Header, HeaderFields, Message, MessageType

from rlsdesk.notify.freedesktop import FreedesktopNotifier

SERVER = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                     interface="org.freedesktop.Notifications")


def _signal(member: str, sig: str, body: tuple[object, ...]) -> Message:
    return new_signal(SERVER, member, sig, body)


def _reply_to(serial: int, nid: int) -> Message:
    call = Message(Header(1, MessageType.method_call, 0, 1, 0, serial, {
        HeaderFields.sender: ":1.9"}), ())
    return new_method_return(call, "u", (nid,))


def _notifier() -> tuple[FreedesktopNotifier, list[tuple[str, str, str]]]:
    n = FreedesktopNotifier()
    events: list[tuple[str, str, str]] = []
    n.on_action(lambda key, action: events.append(("action", key, action)))
    n.on_closed(lambda key, reason: events.append(("closed", key, reason)))
    return n, events


def test_signals_map_ids_back_to_keys() -> None:
    n, events = _notifier()
    n._ids.bind("42@2026-11-21", 5)
    n._handle(_signal("ActionInvoked", "us", (5, "done")))
    n._handle(_signal("ActionInvoked", "us", (5, "default")))
    n._handle(_signal("ActionInvoked", "us", (6, "done")))  # someone else's notification
    n._handle(_signal("NotificationClosed", "uu", (5, 2)))
    n._handle(_signal("ActionInvoked", "us", (5, "skip")))  # after close: unknown id
    assert events == [("action", "42@2026-11-21", "done"),
                      ("action", "42@2026-11-21", "open"),
                      ("closed", "42@2026-11-21", "dismissed")]
    assert n.notification_id("42@2026-11-21") is None


def test_notify_reply_binds_id_and_deferred_show_replaces() -> None:
    n, _ = _notifier()
    sent: list[tuple[str, tuple[object, ...]]] = []

    def fake_send(msg: Message, on_reply) -> bool:  # type: ignore[no-untyped-def]
        serial = len(sent) + 100
        sent.append((msg.header.fields[HeaderFields.member], msg.body))
        if on_reply is not None:
            n._pending[serial] = on_reply
        return True

    n._send = fake_send  # type: ignore[method-assign]
    from rlsdesk.notify.base import Reminder

    n.show(Reminder("k", "first", "b"))
    n.show(Reminder("k", "second", "b"))  # before the id came back: deferred
    assert [s[0] for s in sent] == ["Notify"]
    n._handle(_reply_to(100, 17))
    assert n.notification_id("k") == 17
    assert [(s[0], s[1][1], s[1][3]) for s in sent] == [
        ("Notify", 0, "first"), ("Notify", 17, "second")]
    n.close("k")  # the replacing Notify is still unanswered: close waits for it
    assert sent[-1][0] == "Notify"
    n._handle(_reply_to(101, 17))
    assert sent[-1] == ("CloseNotification", (17,))


def test_callback_errors_do_not_escape() -> None:
    n = FreedesktopNotifier()

    def boom(key: str, action: str) -> None:
        raise RuntimeError("app bug")

    seen: list[str] = []
    n.on_action(boom)
    n.on_action(lambda key, action: seen.append(action))
    n._ids.bind("k", 1)
    n._handle(_signal("ActionInvoked", "us", (1, "snooze")))
    assert seen == ["snooze"]


def test_unreachable_bus_reports_unavailable(monkeypatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    n = FreedesktopNotifier(timeout=0.5)
    assert n.available() is False
    from rlsdesk.notify.base import Reminder

    n.show(Reminder("k", "t", "b"))  # logs, never raises
    n.close("k")
