"""The notifier interface the app talks to; no scheduling logic lives here."""

from __future__ import annotations

import abc
import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("rlsdesk.notify")

ACTION_DONE = "done"
ACTION_SNOOZE = "snooze"
ACTION_SKIP = "skip"
ACTION_OPEN = "open"  # the default action: the body was clicked

#: The English labels; ReminderService passes them translated for each reminder.
DEFAULT_ACTIONS: tuple[tuple[str, str], ...] = (
    (ACTION_DONE, "Done"),
    (ACTION_SNOOZE, "Snooze 10 min"),
    (ACTION_SKIP, "Skip"),
)

# Why a notification went away (freedesktop reasons 1-4).
CLOSED_EXPIRED = "expired"
CLOSED_DISMISSED = "dismissed"
CLOSED_BY_APP = "closed"
CLOSED_UNDEFINED = "undefined"

ActionCallback = Callable[[str, str], None]
"""``callback(key, action)`` with action one of the ``ACTION_*`` names."""
ClosedCallback = Callable[[str, str], None]
"""``callback(key, reason)`` with reason one of the ``CLOSED_*`` values."""


@dataclass(frozen=True)
class Reminder:
    """One reminder to show. ``key`` is unique per step occurrence, e.g. "42@2026-11-21"."""

    key: str
    title: str
    body: str
    late: bool = False
    actions: tuple[tuple[str, str], ...] = DEFAULT_ACTIONS  # (action, label), in order
    urgent: bool = False  # comes through Do Not Disturb (critical urgency where allowed)


class Notifier(abc.ABC):
    """Shows reminders and reports what the person did with them."""

    name = "notifier"

    def __init__(self) -> None:
        self._action_callbacks: list[ActionCallback] = []
        self._closed_callbacks: list[ClosedCallback] = []

    @abc.abstractmethod
    def available(self) -> bool:
        """True if reminders shown now will reach the person."""

    @abc.abstractmethod
    def show(self, reminder: Reminder) -> None:
        """Show ``reminder``; showing the same key again updates it in place."""

    @abc.abstractmethod
    def close(self, key: str) -> None:
        """Withdraw the reminder with ``key`` if it is still shown."""

    def shutdown(self) -> None:  # noqa: B027 - optional hook
        """Release resources (connections); the notifier is not used afterwards."""

    def on_action(self, callback: ActionCallback) -> None:
        self._action_callbacks.append(callback)

    def on_closed(self, callback: ClosedCallback) -> None:
        self._closed_callbacks.append(callback)

    def _emit_action(self, key: str, action: str) -> None:
        for callback in list(self._action_callbacks):
            try:
                callback(key, action)
            except Exception:
                log.exception("action callback failed for %s/%s", key, action)

    def _emit_closed(self, key: str, reason: str) -> None:
        for callback in list(self._closed_callbacks):
            try:
                callback(key, reason)
            except Exception:
                log.exception("closed callback failed for %s (%s)", key, reason)
