"""The person's own words win: `rlsdesk settings --onset-source` and `tonight --json`'s onset,
and a medication never follows the learned onset (from the command line, in-process)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.conftest import dump


def _diary_says_20_40(cli) -> None:
    for day in range(10, 17):
        assert cli("log", "onset", "--at", f"2026-11-{day} 20:40", "--severity", "6")[0] == 0


def _tonight(cli) -> dict:
    return json.loads(cli("tonight", "--date", "2026-11-17", "--json")[1])


def test_the_typed_onset_wins_until_the_diary_is_chosen(cli) -> None:
    assert cli("settings", "--usual-onset", "22:30")[0] == 0
    _diary_says_20_40(cli)
    plan = _tonight(cli)
    assert plan["peak"]["onset"].startswith("2026-11-17T22:30"), "your words, not the diary's"
    assert plan["onset"] == {"used": "typed", "typed": "22:30", "diary": "20:40",
                             "follow_diary": False}
    out = cli("settings")[1]
    assert "onset used: yours, 22:30 (your diary suggests 20:40" in out

    assert cli("settings", "--onset-source", "diary")[0] == 0
    plan = _tonight(cli)
    assert plan["peak"]["onset"].startswith("2026-11-17T20:40"), "at once, not gradually"
    assert plan["onset"]["used"] == "diary" and plan["onset"]["follow_diary"] is True
    assert "onset used: your diary's, 20:40 (you said 22:30" in cli("settings")[1]

    # typing a new onset is the person's word again
    assert cli("settings", "--usual-onset", "22:00")[0] == 0
    assert _tonight(cli)["onset"]["used"] == "typed"
    # saving the same onset again (with the bedtime, as the Settings page does) keeps the choice
    assert cli("settings", "--onset-source", "diary")[0] == 0
    assert cli("settings", "--bedtime", "23:00", "--usual-onset", "22:00")[0] == 0
    assert _tonight(cli)["onset"]["used"] == "diary"


def test_without_a_typed_onset_the_diary_plans(cli) -> None:
    _diary_says_20_40(cli)
    assert _tonight(cli)["onset"] == {"used": "diary", "typed": None, "diary": "20:40",
                                      "follow_diary": False}


def test_bad_onset_source_and_a_medication_before_onset_change_nothing(cli) -> None:
    assert cli("routine", "list")[0] == 0
    before = dump(cli.data)
    code, _out, err = cli("settings", "--onset-source", "guess")
    assert code == 2 and "--onset-source" in err and len(err.strip().splitlines()) == 1
    code, _out, err = cli("routine", "add", "--kind", "medication", "--title", "Pill",
                          "--name", "pramipexole", "--before-onset", "60")
    assert code == 2 and "--before-onset" in err and "medicine keeps its own time" in err
    assert dump(cli.data) == before


def test_routine_import_refuses_a_medication_on_the_onset(cli, tmp_path: Path) -> None:
    assert cli("routine", "list")[0] == 0
    before = dump(cli.data)
    doc = {"format": "rlsdesk-routine", "version": 1, "steps": [
        {"kind": "medication", "title": "Pill", "name": "Pill",
         "anchor": {"type": "before_onset", "minutes": 30}}]}
    source = tmp_path / "routine.json"
    source.write_text(json.dumps(doc))
    code, _out, err = cli("routine", "import", str(source))
    assert code == 2 and "steps[0].anchor.type" in err and "medication" in err
    assert dump(cli.data) == before
