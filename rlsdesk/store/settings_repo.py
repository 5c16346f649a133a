"""Key/value settings stored as JSON."""

from __future__ import annotations

import builtins
import json
import logging
import sqlite3
from typing import Any

from rlsdesk.store.database import transaction

log = logging.getLogger(__name__)


class SettingsRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else _load(key, row["value"], default)

    def text(self, key: str) -> str | None:
        """The stored JSON text as it is (None when there is no row)."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set(self, key: str, value: Any) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[str, Any]) -> builtins.set[str]:
        """Write all in one transaction; the keys whose stored text changed."""
        changed: builtins.set[str] = builtins.set()
        with transaction(self._conn):
            for key, value in values.items():
                text = json.dumps(value)
                if self.text(key) != text:
                    changed.add(key)
                self._conn.execute(
                    "INSERT INTO settings(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, text),
                )
        return changed

    def delete(self, key: str) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    def all(self) -> dict[str, Any]:
        rows = self._conn.execute("SELECT key, value FROM settings ORDER BY key")
        return {row["key"]: _load(row["key"], row["value"], None) for row in rows}


def _load(key: str, text: object, default: Any) -> Any:
    """A stored value, or ``default`` if it is not JSON (the row is left as it is)."""
    try:
        return json.loads(text)  # type: ignore[arg-type]  # any stored type: TypeError
    except (ValueError, TypeError) as exc:
        log.warning("setting %r cannot be read (%s); using its default", key, exc)
        return default
