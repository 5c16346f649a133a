"""Triggers: the ones noted for each night (night_triggers) and the person's list of their
own triggers and hidden ones (trigger_choices). Names are as in rlsdesk.domain.triggers."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.triggers import (
    BUILTIN_TRIGGERS,
    TriggerChoice,
    parse_own_trigger_name,
    resolve_trigger,
)
from rlsdesk.store.database import transaction
from rlsdesk.store.reading import UNREADABLE, UnreadableRows, plausible_night


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class TriggersRepo:
    def __init__(self, conn: sqlite3.Connection,
                 unreadable: UnreadableRows | None = None) -> None:
        self._conn = conn
        self.unreadable = unreadable or UnreadableRows()

    # --- the list ---------------------------------------------------------------------------
    def choices(self) -> list[TriggerChoice]:
        """Every trigger: the built-in ones in their order, then the person's own in the
        order they were added; each says whether it is hidden."""
        rows = self._conn.execute(
            "SELECT name, own, hidden FROM trigger_choices ORDER BY position, rowid").fetchall()
        hidden = {name for name, own, is_hidden in rows if not own and is_hidden}
        out = [TriggerChoice(name, False, name in hidden) for name in BUILTIN_TRIGGERS]
        out += [TriggerChoice(str(name), True, bool(is_hidden))
                for name, own, is_hidden in rows if own]
        return out

    def own_names(self) -> list[str]:
        return [c.name for c in self.choices() if c.own]

    def add_own(self, name: str) -> str:
        with transaction(self._conn):
            return self._add_own(name)

    def _add_own(self, name: str) -> str:
        clean = parse_own_trigger_name(name, self.own_names())
        self._conn.execute(
            "INSERT INTO trigger_choices(name, own, hidden, position) VALUES (?, 1, 0, "
            "(SELECT COALESCE(MAX(position) + 1, 0) FROM trigger_choices))", (clean,))
        return clean

    def rename_own(self, old: str, new: str) -> str:
        """Rename one of the person's own triggers, on every night it was noted too."""
        with transaction(self._conn):
            own = self.own_names()
            if old not in own:
                raise ValidationError("trigger", old, "is not one of your own triggers",
                                      ProblemCode.NOT_ONE_OF, choices=tuple(own))
            clean = parse_own_trigger_name(new, [n for n in own if n != old])
            self._conn.execute("UPDATE trigger_choices SET name = ? WHERE name = ?", (clean, old))
            self._conn.execute("UPDATE night_triggers SET name = ? WHERE name = ?", (clean, old))
            return clean

    def set_hidden(self, name: str, hidden: bool) -> None:
        """Hide a trigger from the chips (or show it again); nights keep it."""
        with transaction(self._conn):
            found = resolve_trigger(name, self.own_names())
            if found in BUILTIN_TRIGGERS:
                self._conn.execute(
                    "INSERT INTO trigger_choices(name, own, hidden) VALUES (?, 0, ?) "
                    "ON CONFLICT(name) DO UPDATE SET hidden = excluded.hidden",
                    (found, int(hidden)))
            else:
                self._conn.execute("UPDATE trigger_choices SET hidden = ? WHERE name = ?",
                                   (int(hidden), found))

    def resolve(self, name: str) -> str:
        return resolve_trigger(name, self.own_names())

    # --- nights -----------------------------------------------------------------------------
    def nights(self, first: date, last: date) -> dict[date, frozenset[str]]:
        rows = self._conn.execute(
            "SELECT night, name FROM night_triggers WHERE night BETWEEN ? AND ?",
            (first.isoformat(), last.isoformat())).fetchall()
        found: dict[date, set[str]] = defaultdict(set)
        for night, name in rows:
            try:
                if not isinstance(name, str) or not name:
                    raise TypeError(f"trigger {name!r} is not a name")
                found[plausible_night(date.fromisoformat(night))].add(name)
            except UNREADABLE as exc:
                self.unreadable.note("night_triggers", (night, name), exc)
        return {night: frozenset(names) for night, names in found.items()}

    def set_night(self, night: date, names: Iterable[str], now: datetime) -> frozenset[str]:
        """Make ``night``'s triggers exactly ``names`` (each a built-in or own name, any case)."""
        with transaction(self._conn):
            return self.write_night(night, names, now, add_unknown=False)

    def write_night(self, night: date, names: Iterable[str], now: datetime, *,
                    add_unknown: bool) -> frozenset[str]:
        """Inside the caller's transaction. ``add_unknown``: a name that is neither built in
        nor the person's own becomes one of their own (a diary file from another computer)."""
        own = self.own_names()
        clean: set[str] = set()
        for name in names:
            try:
                clean.add(resolve_trigger(name, own))
            except ValidationError:
                if not add_unknown:
                    raise
                added = self._add_own(name)
                own.append(added)
                clean.add(added)
        key, stamp = night.isoformat(), _stamp(now)
        self._conn.execute("DELETE FROM night_triggers WHERE night = ?", (key,))
        self._conn.executemany(
            "INSERT INTO night_triggers(night, name, updated_at) VALUES (?, ?, ?)",
            [(key, name, stamp) for name in sorted(clean)])
        return frozenset(clean)

    def fingerprint(self) -> tuple[object, ...]:
        return tuple(self._conn.execute(
            "SELECT (SELECT COUNT(*) FROM night_triggers), "
            "(SELECT MAX(updated_at) FROM night_triggers), "
            "(SELECT COUNT(*) FROM trigger_choices), "
            "(SELECT group_concat(name || hidden, '|') FROM trigger_choices), "
            "(SELECT MAX(id) FROM medicine_events)").fetchone())
