"""The one way in to stored settings: typed, validated, and heard by whoever listens. No Qt.

``get(BEDTIME)`` gives a ``time``; ``set(BEDTIME, value)`` checks the value against its
declaration (:mod:`rlsdesk.domain.settings_schema`) before anything is written, so nothing
invalid is stored; ``set_many`` writes several in one transaction. After each write every
subscriber hears, once, the set of keys whose stored value changed.

Every accessor over the same settings table shares its subscribers, so a write through any
of them (the evening service's, the reminders', the app's) is heard by all.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from rlsdesk.domain.settings_schema import Setting
from rlsdesk.store.settings_repo import SettingsRepo

__all__ = ["Listener", "Settings"]

log = logging.getLogger(__name__)
T = TypeVar("T")
Listener = Callable[[frozenset[str]], None]


class _Hub:
    """What the accessors over one settings table share."""

    def __init__(self) -> None:
        self.listeners: list[Listener] = []
        self.told_unreadable: set[tuple[str, str]] = set()  # (key, stored text), logged once


_HUBS: WeakKeyDictionary[SettingsRepo, _Hub] = WeakKeyDictionary()


class Settings:
    def __init__(self, repo: SettingsRepo) -> None:
        self._repo = repo
        self._hub = _HUBS.setdefault(repo, _Hub())

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when unset or unreadable (logged once)."""
        text = self._repo.text(setting.key)
        if text is None:
            return setting.default
        try:
            return setting.read(json.loads(text))
        except (ValueError, TypeError) as exc:  # ValidationError is a ValueError
            if (setting.key, text) not in self._hub.told_unreadable:
                self._hub.told_unreadable.add((setting.key, text))
                log.warning("setting %r cannot be read (%s); using its default",
                            setting.key, exc)
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self.set_many({setting: value})

    def set_many(self, values: Mapping[Setting[Any], Any]) -> None:
        """Check every value, then write all in one transaction (or nothing, on a bad one)."""
        stored: dict[str, object] = {}
        for setting, value in values.items():
            stored[setting.key] = setting.write(value)  # raises ValidationError
        changed = self._repo.set_many(stored)
        if changed:
            self._tell(frozenset(changed))

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """``listener(keys)`` after each write that changed something; returns the way to stop
        listening."""
        self._hub.listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._hub.listeners:
                self._hub.listeners.remove(listener)
        return unsubscribe

    def _tell(self, keys: frozenset[str]) -> None:
        for listener in list(self._hub.listeners):
            try:
                listener(keys)
            except Exception:  # the write stands; one listener failing does not stop others
                log.exception("a settings listener failed on %s", sorted(keys))

