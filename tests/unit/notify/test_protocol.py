"""Pure parts of the freedesktop notifier: Notify arguments and id bookkeeping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jeepney import DBusAddress, new_method_call
from jeepney.low_level import Message

from rlsdesk.notify.base import DEFAULT_ACTIONS, Reminder
from rlsdesk.notify.protocol import (
    CATEGORY,
    NOTIFY_SIGNATURE,
    IdMap,
    action_from_server,
    closed_reason,
    notify_body,
)

REMINDER = Reminder(key="42@2026-11-21", title="Warm bath", body="10 min, not hot")


def test_notify_body_shape_and_types() -> None:
    app, replaces, icon, summary, body, actions, hints, expire = notify_body(
        REMINDER, replaces_id=7, app_icon="/x/rlsdesk.svg")
    assert (app, replaces, icon, summary, body) == (
        "rlsdesk", 7, "/x/rlsdesk.svg", "Warm bath", "10 min, not hot")
    assert actions == ["default", "Open", "done", "Done", "snooze", "Snooze 10 min",
                       "skip", "Skip"]
    assert hints["urgency"] == ("y", 1)
    assert hints["desktop-entry"] == ("s", "rlsdesk")
    assert hints["category"] == ("s", CATEGORY)
    assert expire == 0


def test_notify_body_serialises_with_uint32_replaces_id() -> None:
    addr = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                       interface="org.freedesktop.Notifications")
    msg = new_method_call(addr, "Notify", NOTIFY_SIGNATURE, notify_body(REMINDER, 2**32 - 1))
    parsed = Message.from_buffer(msg.serialise(serial=1))
    assert parsed.body[1] == 2**32 - 1
    assert parsed.body[3] == "Warm bath"


def test_replaces_id_out_of_range() -> None:
    with pytest.raises(ValueError):
        notify_body(REMINDER, replaces_id=-1)


def test_markup_is_escaped_only_when_server_uses_markup() -> None:
    r = Reminder(key="k", title="a < b", body="salt & <b>magnesium</b>")
    assert notify_body(r)[4] == "salt & <b>magnesium</b>"
    assert notify_body(r, body_markup=True)[4] == "salt &amp; &lt;b&gt;magnesium&lt;/b&gt;"
    assert notify_body(r, body_markup=True)[3] == "a < b"  # summary is never markup


def test_custom_actions_keep_order_and_default_is_added_once() -> None:
    r = Reminder(key="k", title="t", body="b", actions=(("open", "Open"), ("done", "Done")))
    assert notify_body(r)[5] == ["default", "Open", "done", "Done"]
    assert DEFAULT_ACTIONS[0] == ("done", "Done")


def test_action_and_reason_mapping() -> None:
    assert action_from_server("default") == "open"
    assert [action_from_server(a) for a in ("done", "snooze", "skip")] == [
        "done", "snooze", "skip"]
    assert [closed_reason(c) for c in (1, 2, 3, 4, 99)] == [
        "expired", "dismissed", "closed", "undefined", "undefined"]


def test_idmap_rebinding_a_key_drops_the_old_id() -> None:
    ids = IdMap()
    ids.bind("a", 1)
    ids.bind("a", 2)
    assert ids.id_for("a") == 2
    assert ids.key_for(1) is None
    assert ids.forget_id(2) == "a"
    assert ids.id_for("a") is None
    assert len(ids) == 0


def test_idmap_reused_id_belongs_to_the_new_key() -> None:
    ids = IdMap()
    ids.bind("a", 1)
    ids.bind("b", 1)
    assert ids.key_for(1) == "b"
    assert ids.id_for("a") is None


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.integers(1, 6)), max_size=30))
def test_idmap_stays_a_bijection(ops: list[tuple[str, int]]) -> None:
    ids = IdMap()
    for key, nid in ops:
        ids.bind(key, nid)
        assert ids.key_for(nid) == key and ids.id_for(key) == nid
    by_key = {k: ids.id_for(k) for k in "abcd" if ids.id_for(k) is not None}
    assert len(set(by_key.values())) == len(by_key) == len(ids)
    for k, nid in by_key.items():
        assert ids.key_for(nid) == k
