"""The morning check-in reminder setting: `rlsdesk settings --checkin-reminder` and its
validation (bad input: one clear line, exit 2, nothing changed)."""

from __future__ import annotations

from datetime import time

import pytest

from rlsdesk.domain.errors import ValidationError
from rlsdesk.services.preferences import Preferences
from rlsdesk.store.settings_repo import SettingsRepo
from rlsdesk.store.store import open_store
from tests.unit.conftest import dump


def reminder_line(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("morning check-in"))


def test_off_by_default_then_on_off_and_on_again_at_the_same_time(cli) -> None:
    code, out, _ = cli("settings")
    assert code == 0 and reminder_line(out) == "morning check-in reminder: off"
    assert reminder_line(cli("settings", "--checkin-reminder", "on")[1]).endswith("08:00")
    assert reminder_line(cli("settings", "--checkin-reminder", "07:15")[1]).endswith("07:15")
    assert reminder_line(cli("settings", "--checkin-reminder", "OFF")[1]).endswith("off")
    assert reminder_line(cli("settings", "--checkin-reminder", "on")[1]).endswith("07:15")


def test_other_settings_leave_it_alone(cli) -> None:
    cli("settings", "--checkin-reminder", "09:30")
    _code, out, _ = cli("settings", "--bedtime", "23:00")
    assert "bedtime: 23:00" in out and reminder_line(out).endswith("09:30")


@pytest.mark.parametrize("value", ["13:00", "03:59", "12:00", "9am", "", "24:00", "sometimes"])
def test_bad_values_are_one_clear_line_and_change_nothing(cli, value: str) -> None:
    cli("settings", "--checkin-reminder", "08:45")
    before = dump(cli.data)
    code, out, err = cli("settings", "--bedtime", "21:00", "--checkin-reminder", value)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "--checkin-reminder" in err and "04:00-11:59" in err
    assert dump(cli.data) == before, "neither the bedtime nor the reminder changed"


def test_preferences_validate_and_keep_the_time_while_off(data_paths) -> None:
    store = open_store(data_paths)
    try:
        prefs = Preferences(SettingsRepo(store.conn))
        assert prefs.checkin_reminder() is None
        assert prefs.checkin_reminder_time() == time(8, 0)
        prefs.set_checkin_reminder(True, time(6, 45))
        assert prefs.checkin_reminder() == time(6, 45)
        prefs.set_checkin_reminder(False)
        assert prefs.checkin_reminder() is None and prefs.checkin_reminder_time() == time(6, 45)
        for bad in (time(12, 0), time(3, 0), "noon"):
            with pytest.raises(ValidationError, match="checkin_reminder"):
                prefs.set_checkin_reminder(True, bad)
        assert prefs.checkin_reminder() is None
        store.settings.set("checkin_reminder_at", "25:00")  # a hand-edited database
        assert prefs.checkin_reminder_time() == time(8, 0)
    finally:
        store.close()
