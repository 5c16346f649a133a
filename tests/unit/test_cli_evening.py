"""tonight, routine, settings and log onset from the command line (in-process for speed)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.unit.conftest import dump


def test_tonight_json_has_the_documented_shape(cli) -> None:
    code, out, _ = cli("tonight", "--date", "2026-11-21", "--json")
    assert code == 0
    plan = json.loads(out)
    assert plan["date"] == "2026-11-21"
    assert plan["timezone"] == "Europe/Berlin"
    assert datetime.fromisoformat(plan["bedtime"]).utcoffset() is not None
    assert set(plan["peak"]) >= {"onset", "band_start", "band_end", "source", "nights"}
    assert plan["peak"]["source"] == "default"
    assert plan["steps"], "the default routine plans some steps"
    times = [datetime.fromisoformat(s["at"]) for s in plan["steps"]]
    assert times == sorted(times)
    for step in plan["steps"]:
        assert set(step) >= {"id", "kind", "title", "at", "minutes", "why", "notes"}
        assert "(" in step["why"], "every why names its source"


def test_settings_change_tonight(cli) -> None:
    assert cli("settings", "--bedtime", "23:30", "--usual-onset", "22:15")[0] == 0
    _code, out, _ = cli("settings")
    assert "bedtime: 23:30" in out and "usual onset: 22:15" in out
    plan = json.loads(cli("tonight", "--date", "2026-11-21", "--json")[1])
    assert plan["bedtime"].startswith("2026-11-21T23:30")
    assert plan["peak"]["onset"].startswith("2026-11-21T22:15")


def test_routine_add_list_remove_round_trip(cli) -> None:
    code, out, _ = cli("routine", "add", "--kind", "magnesium", "--title", "Magnesium citrate",
                       "--before-onset", "60", "--dose-mg", "200", "--form", "citrate")
    assert code == 0 and "Added step" in out
    steps = json.loads(cli("routine", "list", "--json")[1])
    added = [s for s in steps if s["title"] == "Magnesium citrate"]
    assert len(added) == 1 and added[0]["dose_mg"] == 200
    assert cli("routine", "remove", str(added[0]["id"]))[0] == 0
    assert "Magnesium citrate" not in cli("routine", "list")[1]


def test_a_step_marked_for_do_not_disturb_is_listed_exported_and_imported(
        cli, tmp_path: Path) -> None:
    code, _, _ = cli("routine", "add", "--kind", "medication", "--title", "Night pill",
                     "--name", "Gabapentin", "--at", "22:00", "--through-dnd")
    assert code == 0
    assert "Night pill [medication]  (also in Do Not Disturb)" in cli("routine", "list")[1]
    target = tmp_path / "routine.json"
    assert cli("routine", "export", str(target))[0] == 0
    [marked] = [s for s in json.loads(target.read_text())["steps"] if s.get("through_dnd")]
    assert marked["title"] == "Night pill" and marked["through_dnd"] is True
    assert cli("routine", "import", str(target))[0] == 0
    steps = json.loads(cli("routine", "list", "--json")[1])
    assert [s["title"] for s in steps if s.get("through_dnd")] == ["Night pill"]


def test_medication_cautions_are_shown(cli) -> None:
    _, out, _ = cli("routine", "add", "--kind", "medication", "--title", "Night pill",
                    "--name", "Benadryl", "--at", "22:00")
    assert "Caution:" in out and "(" in out


def test_log_onset_moves_the_peak_after_five_nights(cli) -> None:
    for day in range(10, 17):
        assert cli("log", "onset", "--at", f"2026-11-{day} 20:40", "--severity", "6")[0] == 0
    plan = json.loads(cli("tonight", "--date", "2026-11-17", "--json")[1])
    assert plan["peak"]["source"] == "personal"
    assert plan["peak"]["nights"] == 7
    assert plan["peak"]["onset"].startswith("2026-11-17T20:40")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("routine", "add", "--kind", "bath", "--title", "x", "--at", "25:99"), "--at"),
        (("routine", "add", "--kind", "bath", "--title", "x", "--before-bed", "-5"),
         "--before-bed"),
        (("routine", "add", "--kind", "magnesium", "--title", "x", "--at", "20:00",
          "--dose-mg", "0"), "--dose-mg"),
        (("routine", "add", "--kind", "magnesium", "--title", "x", "--at", "20:00",
          "--dose-mg", "99999"), "--dose-mg"),
        (("routine", "add", "--kind", "teleport", "--title", "x", "--at", "20:00"), "--kind"),
        (("routine", "add", "--kind", "bath", "--title", "", "--at", "20:00"), "--title"),
        (("routine", "remove", "9999"), "no step"),
        (("routine", "remove", "abc"), "whole number"),
        (("settings", "--bedtime", "9pm"), "--bedtime"),
        (("log", "onset", "--severity", "11"), "--severity"),
        (("log", "onset", "--at", "yesterday"), "--at"),
        (("log", "onset", "--at", "2999-01-01 21:00"), "future"),
        (("tonight", "--date", "2026-02-30"), "--date"),
    ],
)
def test_bad_input_changes_nothing(cli, args: tuple[str, ...], message: str) -> None:
    assert cli("routine", "list")[0] == 0  # creates the store and the default routine
    before = dump(cli.data)
    listing = cli("routine", "list", "--json")[1]
    code, _out, err = cli(*args)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert cli("routine", "list", "--json")[1] == listing
    assert dump(cli.data) == before


def test_export_import_round_trip_and_bad_files(cli, tmp_path: Path) -> None:
    target = tmp_path / "routine.json"
    assert cli("routine", "export", str(target))[0] == 0
    assert cli("routine", "export", str(target))[0] == 2  # no overwrite without --force
    original = cli("routine", "list", "--json")[1]
    document = json.loads(target.read_text())
    assert document["format"] == "rlsdesk-routine" and document["version"] == 1

    bad = dict(document)
    bad["steps"] = [*document["steps"][:2], {**document["steps"][1], "dose_mg": 99999}]
    bad_file = tmp_path / "bad.json"
    bad_file.write_text(json.dumps(bad))
    code, _, err = cli("routine", "import", str(bad_file))
    assert code == 2 and "steps[2]" in err and "99999" in err
    not_json = tmp_path / "broken.json"
    not_json.write_text("{ nope")
    code, _, err = cli("routine", "import", str(not_json))
    assert code == 2 and "line 1" in err
    assert cli("routine", "import", str(tmp_path / "missing.json"))[0] == 2
    assert cli("routine", "list", "--json")[1] == original

    document["steps"] = document["steps"][:3]
    target.write_text(json.dumps(document))
    assert cli("routine", "import", str(target))[0] == 0
    assert len(json.loads(cli("routine", "list", "--json")[1])) == 3



def test_tonight_text_shows_times_as_the_window_does() -> None:
    """A step planned at 21:29:40 reads 21:30 on the command line, as on Tonight and in
    the reminder (one rounding rule: the nearest minute), and 21:29:29 reads 21:29."""
    from dataclasses import replace
    from datetime import date, time, timedelta
    from zoneinfo import ZoneInfo

    from rlsdesk.commands.tonight import render_text
    from rlsdesk.domain.guidance import Guidance, template_step
    from rlsdesk.domain.peak import estimate_peak
    from rlsdesk.domain.planner import plan_night
    from rlsdesk.domain.routine import Anchor
    from rlsdesk.system.resources import load_json

    guidance = Guidance.from_document(load_json("guidance.json"), load_json("sources.json"))
    zone, night = ZoneInfo("Europe/Berlin"), date(2026, 11, 21)
    step = template_step("stretching", guidance, anchor=Anchor.at(time(21, 29)))
    plan = plan_night([step], estimate_peak([], night), time(22, 30), night, zone,
                      guidance=guidance)
    planned = plan.steps[0]
    late = replace(plan, steps=(replace(planned, at=planned.at + timedelta(seconds=40)),),
                   bedtime=plan.bedtime + timedelta(seconds=29))
    text = render_text(late)
    assert f"21:30  {planned.title}" in text and "Bedtime 22:30" in text
    early = replace(plan, steps=(replace(planned, at=planned.at + timedelta(seconds=29)),))
    assert f"21:29  {planned.title}" in render_text(early)
