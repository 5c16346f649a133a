"""`rlsdesk settings --snooze-minutes` and what `rlsdesk tonight --json` says of a held or
snoozed reminder (the ledger written as the running app writes it)."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir
from tests.unit.conftest import dump

BERLIN = ZoneInfo("Europe/Berlin")


def snooze_line(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("snooze:"))


def test_snooze_length_is_10_by_default_and_set_from_the_command_line(cli) -> None:
    assert snooze_line(cli("settings")[1]) == "snooze: 10 min"
    code, out, _ = cli("settings", "--snooze-minutes", "15")
    assert code == 0 and snooze_line(out) == "snooze: 15 min"
    assert snooze_line(cli("settings", "--bedtime", "23:00")[1]) == "snooze: 15 min"


@pytest.mark.parametrize("value", ["7", "4", "31", "0", "ten", "", "15.0", "-5"])
def test_bad_snooze_lengths_are_one_line_and_change_nothing(cli, value: str) -> None:
    cli("settings", "--snooze-minutes", "20")
    before = dump(cli.data)
    code, out, err = cli("settings", "--bedtime", "21:00", "--snooze-minutes", value)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("rlsdesk: error: --snooze-minutes")
    assert dump(cli.data) == before


def test_tonight_json_shows_held_and_snoozed_until(cli) -> None:
    cli("settings")  # creates the data folder
    store = open_store(prepare_data_dir(cli.data))
    try:
        evening = Evening(store, lambda: BERLIN, lambda: datetime.now(BERLIN))
        evening.replace_routine([Step(StepKind.CUSTOM, "Stretch", Anchor.at(time(21, 10))),
                                 Step(StepKind.CUSTOM, "Bath", Anchor.at(time(21, 20)))])
        plan = evening.plan()
        ids = {s.title: s.step_id for s in plan.steps}
        stretch, bath = (s.at for s in plan.steps)
        night = plan.night
        until = stretch + timedelta(minutes=15)
        assert evening.ledger.snooze(night, ids["Stretch"], stretch, stretch, until)
        assert evening.ledger.hold(night, ids["Bath"], bath, bath, "away")
        assert not evening.ledger.hold(night, ids["Bath"], bath, bath, "away")  # once
    finally:
        store.close()
    code, out, _ = cli("tonight", "--json")
    steps = {s["title"]: s for s in json.loads(out)["steps"]}
    assert code == 0
    assert steps["Stretch"]["state"] == "snoozed"
    assert datetime.fromisoformat(steps["Stretch"]["snoozed_until"]) == until
    assert steps["Bath"]["state"] == "held" and "snoozed_until" not in steps["Bath"]
