"""export ics: parsed back with icalendar; weekly RRULE on the step's days, TZID, VALARM."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar


def _export(cli, tmp_path: Path) -> Calendar:
    target = tmp_path / "routine.ics"
    code, out, err = cli("export", "ics", str(target))
    assert (code, err) == (0, "") and "Wrote the routine" in out
    return Calendar.from_ical(target.read_bytes())


def test_each_enabled_step_is_a_weekly_event_with_zone_and_alarm(cli, tmp_path: Path) -> None:
    cli("routine", "add", "--kind", "bath", "--title", "Weekend bath", "--before-bed", "90",
        "--days", "sat,sun")
    calendar = _export(cli, tmp_path)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    zones = [c for c in calendar.walk("VTIMEZONE")]
    assert [str(z["TZID"]) for z in zones] == ["Europe/Berlin"]
    events = calendar.walk("VEVENT")
    assert len(events) >= 5
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    for event in events:
        start = event.decoded("DTSTART")
        assert str(start.tzinfo) == "Europe/Berlin"
        assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
        rule = event["RRULE"]
        assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"]
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert alarms[0].decoded("TRIGGER") == timedelta(0)
        assert event.decoded("DURATION") >= timedelta(minutes=5)
    weekend = next(e for e in events if str(e["SUMMARY"]) == "Weekend bath")
    assert sorted(weekend["RRULE"]["BYDAY"]) == ["SA", "SU"]


def test_refuses_to_overwrite_without_force(cli, tmp_path: Path) -> None:
    target = tmp_path / "routine.ics"
    target.write_text("keep me")
    code, _out, err = cli("export", "ics", str(target))
    assert code == 2 and err.count("\n") == 1 and "--force" in err
    assert target.read_text() == "keep me"
    assert cli("export", "ics", str(target), "--force")[0] == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    code, _out, err = cli("export", "ics", str(tmp_path / "no" / "such" / "x.ics"))
    assert code == 2 and "does not exist" in err
