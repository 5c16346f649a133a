"""Pure parts of the freedesktop notification protocol: arguments and id bookkeeping.

Spec: https://specifications.freedesktop.org/notification-spec/ (Notify is
``susssasa{sv}i``; ActionInvoked ``us``; NotificationClosed ``uu``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from rlsdesk.notify.base import (
    ACTION_OPEN,
    CLOSED_BY_APP,
    CLOSED_DISMISSED,
    CLOSED_EXPIRED,
    CLOSED_UNDEFINED,
    Reminder,
)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"

APP_NAME = "rlsdesk"
DESKTOP_ENTRY = "rlsdesk"
CATEGORY = "x-rlsdesk.reminder"
DEFAULT_ACTION_KEY = "default"
URGENCY_NORMAL = 1
URGENCY_CRITICAL = 2  # through Do Not Disturb where the server allows (GNOME; dunst 1.9 queues it)
NEVER_EXPIRE = 0  # a bedtime reminder stays until the person acts on it
UINT32_MAX = 2**32 - 1

_CLOSE_REASONS = {1: CLOSED_EXPIRED, 2: CLOSED_DISMISSED, 3: CLOSED_BY_APP}


def notify_body(reminder: Reminder, replaces_id: int = 0, app_icon: str = "",
                expire_timeout: int = NEVER_EXPIRE, body_markup: bool = False,
                open_label: str = "Open") -> tuple[Any, ...]:
    """The eight arguments of ``Notify``, in jeepney's types for ``susssasa{sv}i``.

    ``body_markup``: the server treats the body as markup (capability "body-markup"),
    so ``&``, ``<`` and ``>`` in the text are escaped. ``open_label``: the default action's
    label (a click on the body), in the person's language.
    """
    if not 0 <= replaces_id <= UINT32_MAX:
        raise ValueError(f"replaces_id out of uint32 range: {replaces_id}")
    actions: list[str] = [DEFAULT_ACTION_KEY, open_label]
    for key, label in reminder.actions:
        if key in (DEFAULT_ACTION_KEY, ACTION_OPEN):
            continue
        actions += [key, label]
    hints: dict[str, tuple[str, Any]] = {
        "urgency": ("y", URGENCY_CRITICAL if reminder.urgent else URGENCY_NORMAL),
        "desktop-entry": ("s", DESKTOP_ENTRY),
        "category": ("s", CATEGORY),
        "x-rlsdesk-key": ("s", reminder.key),
        "x-rlsdesk-late": ("b", reminder.late),
    }
    body = html.escape(reminder.body, quote=False) if body_markup else reminder.body
    return (APP_NAME, replaces_id, app_icon, reminder.title, body, actions, hints,
            expire_timeout)


def action_from_server(action_key: str) -> str:
    """Map an ``ActionInvoked`` action key to the app's action name."""
    return ACTION_OPEN if action_key == DEFAULT_ACTION_KEY else action_key


def closed_reason(code: int) -> str:
    return _CLOSE_REASONS.get(code, CLOSED_UNDEFINED)


@dataclass
class IdMap:
    """Which server notification id shows which reminder key (one id per key)."""

    _by_key: dict[str, int] = field(default_factory=dict)
    _by_id: dict[int, str] = field(default_factory=dict)

    def bind(self, key: str, notification_id: int) -> None:
        old = self._by_key.pop(key, None)
        if old is not None:
            self._by_id.pop(old, None)
        stale = self._by_id.pop(notification_id, None)
        if stale is not None:
            self._by_key.pop(stale, None)
        self._by_key[key] = notification_id
        self._by_id[notification_id] = key

    def id_for(self, key: str) -> int | None:
        return self._by_key.get(key)

    def key_for(self, notification_id: int) -> str | None:
        return self._by_id.get(notification_id)

    def forget_id(self, notification_id: int) -> str | None:
        key = self._by_id.pop(notification_id, None)
        if key is not None:
            self._by_key.pop(key, None)
        return key

    def __len__(self) -> int:
        return len(self._by_id)
