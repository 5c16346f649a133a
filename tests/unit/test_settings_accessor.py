"""The one settings accessor, on a real SQLite file: typed reads, nothing invalid written,
unreadable values fall back to the default (logged once), listeners hear each write once."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date, time

import pytest

from rlsdesk.domain.appearance import ThemeMode
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.quiet_hours import QuietHours
from rlsdesk.domain.settings_schema import (
    BEDTIME,
    DEFAULT_BEDTIME,
    LANGUAGE,
    NIGHT_LEAD_MINUTES,
    PAUSED_NIGHT,
    QUIET_END,
    QUIET_START,
    TEXT_SCALE,
    THEME_MODE,
    USUAL_ONSET,
)
from rlsdesk.services.preferences import Preferences
from rlsdesk.services.settings import Settings
from rlsdesk.store.store import Store, open_store
from rlsdesk.system.paths import DataPaths


@pytest.fixture
def store(data_paths: DataPaths) -> Store:
    opened = open_store(data_paths)
    yield opened
    opened.close()


def rows(store: Store) -> dict[str, str]:
    return {r["key"]: r["value"] for r in store.conn.execute("SELECT key, value FROM settings")}


def test_reads_are_typed_and_unset_is_the_default(store: Store) -> None:
    settings = Settings(store.settings)
    assert settings.get(BEDTIME) == DEFAULT_BEDTIME
    assert settings.get(USUAL_ONSET) is None
    settings.set_many({BEDTIME: time(23, 15), USUAL_ONSET: time(21, 0)})
    assert settings.get(BEDTIME) == time(23, 15) and settings.get(USUAL_ONSET) == time(21, 0)
    assert rows(store)["bedtime"] == '"23:15"'  # the format earlier versions wrote and read
    settings.set(USUAL_ONSET, None)
    assert settings.get(USUAL_ONSET) is None


def test_an_invalid_value_changes_nothing(store: Store) -> None:
    settings = Settings(store.settings)
    settings.set_many({BEDTIME: time(22, 0), NIGHT_LEAD_MINUTES: 90})
    before = rows(store)
    heard: list[frozenset[str]] = []
    settings.subscribe(heard.append)
    for bad in ({NIGHT_LEAD_MINUTES: 400}, {BEDTIME: time(21, 0), NIGHT_LEAD_MINUTES: -5},
                {BEDTIME: "21:00"}, {TEXT_SCALE: 3.0, LANGUAGE: "de"}, {BEDTIME: None}):
        with pytest.raises(ValidationError):
            settings.set_many(bad)
    assert rows(store) == before, "not even the valid values of a refused write were stored"
    assert heard == []


def test_an_unreadable_stored_value_falls_back_to_the_default_logged_once(
        store: Store, caplog: pytest.LogCaptureFixture) -> None:
    with store.conn:
        store.conn.executemany("INSERT INTO settings(key, value) VALUES (?, ?)",
                               [("bedtime", "{not json"), ("theme_mode", '"purple"'),
                                ("night_lead_minutes", "9999")])
    settings = Settings(store.settings)
    with caplog.at_level(logging.WARNING, logger="rlsdesk.services.settings"):
        for _ in range(3):
            assert settings.get(BEDTIME) == DEFAULT_BEDTIME
            assert settings.get(THEME_MODE) is ThemeMode.AUTO
            assert Settings(store.settings).get(NIGHT_LEAD_MINUTES) == 120
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 3, warned
    assert any("'bedtime'" in w for w in warned) and any("'theme_mode'" in w for w in warned)
    assert rows(store)["bedtime"] == "{not json", "the unreadable row is left as it was"


def test_listeners_hear_the_changed_keys_once_per_write(store: Store) -> None:
    first, other = Settings(store.settings), Settings(store.settings)
    heard: list[frozenset[str]] = []
    stop = first.subscribe(heard.append)
    other.set_many({QUIET_START: time(23, 0), QUIET_END: time(7, 0), BEDTIME: DEFAULT_BEDTIME})
    assert heard == [frozenset({"quiet_start", "quiet_end", "bedtime"})]
    other.set_many({QUIET_START: time(23, 0), QUIET_END: time(6, 0)})
    assert heard[-1] == frozenset({"quiet_end"}), "only what changed"
    other.set(QUIET_END, time(6, 0))
    assert len(heard) == 2, "a write that changes nothing is not announced"
    stop()
    other.set(PAUSED_NIGHT, date(2026, 3, 14))
    assert len(heard) == 2


def test_a_failing_listener_does_not_undo_the_write_or_silence_others(store: Store) -> None:
    settings = Settings(store.settings)
    heard: list[frozenset[str]] = []

    def broken(keys: frozenset[str]) -> None:
        raise RuntimeError("listener bug")

    settings.subscribe(broken)
    settings.subscribe(heard.append)
    settings.set(BEDTIME, time(21, 45))
    assert heard == [frozenset({"bedtime"})]
    assert settings.get(BEDTIME) == time(21, 45)


def test_a_write_is_one_transaction(store: Store) -> None:
    settings = Settings(store.settings)
    store.conn.execute("CREATE TRIGGER no_quiet_end BEFORE INSERT ON settings "
                       "WHEN NEW.key = 'quiet_end' BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(sqlite3.IntegrityError):
        settings.set_many({QUIET_START: time(23, 0), QUIET_END: time(7, 0)})
    assert settings.get(QUIET_START) is None, "the first value was rolled back with the second"


def test_preferences_is_a_typed_view_and_quiet_hours_are_one_type(store: Store) -> None:
    prefs = Preferences(store.settings)  # a repository is wrapped, as the tests and CLI do
    assert prefs.quiet_hours() is None
    prefs.set_reminders(QuietHours(time(23, 0), time(7, 0)), "tray")
    assert prefs.quiet_hours() == QuietHours(time(23, 0), time(7, 0))
    assert prefs.reminder_style() == "tray"
    with pytest.raises(ValidationError, match="start and end must differ"):
        prefs.set_quiet_hours(QuietHours(time(1, 0), time(1, 0)))
    assert prefs.quiet_hours() == QuietHours(time(23, 0), time(7, 0))
    with pytest.raises(ValidationError, match=r"^theme_mode: "):
        prefs.set_look("purple", 60, 1.0, "de")
    assert prefs.language() == "system", "nothing of a refused look was stored"
    prefs.set_look("night", 60, 1.3, "de")
    assert (prefs.theme_mode(), prefs.night_lead_minutes(), prefs.text_scale(),
            prefs.language()) == (ThemeMode.NIGHT, 60, 1.3, "de")
