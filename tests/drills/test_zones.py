"""Drill: one diary used from two time zones, across both DST changes of 2026 in each,
through the real ``rlsdesk-cli`` (TZ set per run), with exports and imports in between.

What must hold throughout: no entry moves to another night or changes its clock time, the
two 02:30 of the night the clocks go back stay two, importing one night never touches
another, a time a zone skips is refused (with the line and field) and changes nothing,
and the learned onset is the clock time as lived, from either zone.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
CLI = Path(sys.executable).parent / "rlsdesk-cli"
_OFFSET = re.compile(r"([+-]\d{2}:\d{2})?(=\d+)?$")

# The diary as lived: night -> the quick logs' wall times ("HH:MM[=severity]", in order).
# Built up as the drill goes; every export, from either zone, must show exactly this.
LIVED: dict[str, list[str]] = {}


class Desk:
    """The real command line on one data folder, in the zone given per call."""

    def __init__(self, data: Path, work: Path) -> None:
        self.data, self.work = data, work

    def run(self, zone: str, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "TZ": zone}
        env.pop("RLSDESK_DATA_DIR", None)
        done = subprocess.run([str(CLI), "--data-dir", str(self.data), *args], env=env,
                              capture_output=True, text=True, timeout=120)
        if ok:
            assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done

    def log(self, zone: str, at: str, severity: int | None = None) -> str:
        extra = ("--severity", str(severity)) if severity is not None else ()
        return self.run(zone, "log", "onset", "--at", at, *extra).stdout

    def export(self, zone: str, name: str, *period: str) -> str:
        path = self.work / name
        self.run(zone, "export", "csv", str(path), "--force", *period)
        return path.read_text(encoding="utf-8")

    def write(self, name: str, text: str) -> Path:
        path = self.work / name
        path.write_text(text, encoding="utf-8", newline="")
        return path

    def events(self) -> list[tuple[str, str, str, int | None]]:
        """Every symptom event as (at as lived, at_utc, night, severity)."""
        conn = sqlite3.connect(self.data / "rlsdesk.db")
        try:
            return [tuple(r) for r in conn.execute(
                "SELECT at, at_utc, night, severity FROM symptom_events "
                "ORDER BY at_utc, at, severity")]
        finally:
            conn.close()

    def dump(self) -> list[str]:
        conn = sqlite3.connect(self.data / "rlsdesk.db")
        try:
            return list(conn.iterdump())
        finally:
            conn.close()


def rows(text: str) -> dict[str, dict[str, str]]:
    return {row["night"]: row for row in csv.DictReader(io.StringIO(text, newline=""))}


def wall_logs(text: str) -> dict[str, list[str]]:
    """night -> quick logs as wall times with severity, the offsets left out."""
    return {
        night: [_OFFSET.sub(lambda m: m.group(2) or "", piece)
                for piece in row["quick_logs"].split("; ") if piece]
        for night, row in rows(text).items() if row["quick_logs"]
    }


def assert_as_lived(text: str) -> None:
    assert wall_logs(text) == LIVED


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    assert CLI.exists(), f"{CLI} is missing: install rlsdesk into this environment"
    root = tmp_path_factory.mktemp("zones")
    return Desk(root / "data", root)


def test_1_logged_in_berlin_across_its_dst_nights(desk: Desk) -> None:
    # the night New York springs forward (02:30 does not exist there; it does in Berlin)
    desk.log(BERLIN, "2026-03-07 22:15")
    desk.log(BERLIN, "2026-03-08 02:30", 4)
    # Berlin springs forward: 02:00-03:00 does not exist
    desk.log(BERLIN, "2026-03-28 23:50", 3)
    desk.log(BERLIN, "2026-03-29 03:15")
    refused = desk.run(BERLIN, "log", "onset", "--at", "2026-03-29 02:30", ok=False)
    assert refused.returncode == 2 and "does not exist in Europe/Berlin" in refused.stderr
    # Berlin falls back: 02:00-03:00 happens twice
    desk.log(BERLIN, "2026-10-24 21:40", 2)
    first = desk.log(BERLIN, "2026-10-25 02:30", 5)        # plain: the first 02:30
    second = desk.log(BERLIN, "2026-10-25 02:30+01:00", 7)  # the second one
    assert "02:30 on 2026-10-25" in first and "02:30 on 2026-10-25" in second
    desk.run(BERLIN, "log", "night", "--date", "2026-10-24", "--severity", "6",
             "--onset", "21:40")
    # a night whose afternoon is the morning before in New York
    desk.log(BERLIN, "2026-11-05 13:00", 2)
    desk.log(BERLIN, "2026-11-06 11:30")
    LIVED.update({
        "2026-03-07": ["22:15", "02:30=4"],
        "2026-03-28": ["23:50=3", "03:15"],
        "2026-10-24": ["21:40=2", "02:30=5", "02:30=7"],
        "2026-11-05": ["13:00=2", "11:30"],
    })
    text = desk.export(BERLIN, "berlin-1.csv")
    assert_as_lived(text)
    assert rows(text)["2026-10-24"]["quick_logs"] == "21:40=2; 02:30+02:00=5; 02:30+01:00=7"
    assert rows(text)["2026-10-24"]["onset"] == "21:40"


def test_2_the_same_diary_read_in_new_york(desk: Desk) -> None:
    text = desk.export(NEW_YORK, "new-york-1.csv")
    assert_as_lived(text)
    # In New York's zone those times are one moment each: plain, except 02:30 on the
    # night New York skips it, written with the offset it was lived at.
    assert rows(text)["2026-03-07"]["quick_logs"] == "22:15; 02:30+01:00=4"
    assert rows(text)["2026-10-24"]["quick_logs"] == "21:40=2; 02:30=5; 02:30=7"
    assert rows(text)["2026-10-24"]["onset"] == "21:40"


def test_3_logged_in_new_york_across_its_dst_nights(desk: Desk) -> None:
    refused = desk.run(NEW_YORK, "log", "onset", "--at", "2026-03-08 02:30", ok=False)
    assert refused.returncode == 2 and "does not exist in America/New_York" in refused.stderr
    desk.log(NEW_YORK, "2026-03-08 03:05", 5)             # night 03-07, after the jump
    desk.log(NEW_YORK, "2026-10-31 23:00")                # New York falls back on 11-01
    desk.log(NEW_YORK, "2026-11-01 01:30", 6)             # the first 01:30 (EDT)
    desk.log(NEW_YORK, "2026-11-01 01:30-05:00", 8)       # the second one (EST)
    desk.log(NEW_YORK, "2026-11-07 08:00", 3)             # 14:00 in Berlin, still night 06
    desk.run(NEW_YORK, "log", "night", "--date", "2026-11-06", "--severity", "4",
             "--onset", "23:20")
    LIVED["2026-03-07"] = ["22:15", "02:30=4", "03:05=5"]
    LIVED["2026-10-31"] = ["23:00", "01:30=6", "01:30=8"]
    LIVED["2026-11-06"] = ["08:00=3"]
    text = desk.export(NEW_YORK, "new-york-2.csv")
    assert_as_lived(text)
    assert rows(text)["2026-10-31"]["quick_logs"] == "23:00; 01:30-04:00=6; 01:30-05:00=8"
    berlin = desk.export(BERLIN, "berlin-2.csv")
    assert_as_lived(berlin)
    assert rows(berlin)["2026-10-31"]["quick_logs"] == "23:00; 01:30=6; 01:30=8"
    assert rows(berlin)["2026-11-06"]["onset"] == rows(text)["2026-11-06"]["onset"] == "23:20"


def test_4_a_file_with_a_time_new_york_skips_is_refused_there_and_changes_nothing(
    desk: Desk,
) -> None:
    """Berlin's 02:30 on 2026-03-07 written plain, read in New York where it never was."""
    path = desk.write("skipped.csv", "night,quick_logs\r\n2026-03-07,22:15; 02:30=4\r\n")
    before = desk.dump()
    refused = desk.run(NEW_YORK, "import", "csv", str(path), ok=False)
    assert refused.returncode == 2
    assert ("line 2, quick_logs: '02:30' does not exist on the night of 2026-03-07 in "
            "America/New_York") in refused.stderr
    assert desk.dump() == before


def test_5_importing_one_night_never_touches_another(desk: Desk) -> None:
    # In New York, night 11-04 as computed from its zone would have begun at 12:00 New
    # York, 18:00 Berlin: Berlin's 13:00 of night 11-05 is 07:00 on the 5th there.
    path = desk.write("one-night.csv", "night,severity,quick_logs\r\n2026-11-04,3,22:00=3\r\n")
    desk.run(NEW_YORK, "import", "csv", str(path))
    LIVED["2026-11-04"] = ["22:00=3"]
    assert_as_lived(desk.export(NEW_YORK, "new-york-3.csv"))
    # In Berlin, night 11-07 computed from its zone began at 06:00 New York on the 7th,
    # swallowing New York's 08:00 of night 11-06.
    path = desk.write("one-night-2.csv", "night,severity\r\n2026-11-07,2\r\n")
    desk.run(BERLIN, "import", "csv", str(path))
    text = desk.export(BERLIN, "berlin-3.csv")
    assert_as_lived(text)
    assert rows(text)["2026-11-06"]["severity"] == "4"
    assert rows(text)["2026-11-07"]["severity"] == "2"


def test_6_round_trips_in_each_zone_and_across(desk: Desk) -> None:
    for zone, name in ((BERLIN, "b"), (NEW_YORK, "n")):
        first = desk.export(zone, f"{name}-round-1.csv")
        before = desk.events()
        desk.run(zone, "import", "csv", str(desk.work / f"{name}-round-1.csv"))
        assert desk.export(zone, f"{name}-round-2.csv") == first  # byte-identical
        assert desk.events() == before  # not one moment moved, nor its offset or night
    # Berlin's export of what New York can read (from the 20th of March) imported in New
    # York, then New York's export imported in Berlin: still as lived
    text = desk.export(BERLIN, "berlin-spring.csv", "--from", "2026-03-20")
    desk.run(NEW_YORK, "import", "csv", str(desk.work / "berlin-spring.csv"))
    assert_as_lived(desk.export(NEW_YORK, "new-york-4.csv"))
    desk.run(BERLIN, "import", "csv", str(desk.work / "new-york-4.csv"))
    assert desk.export(BERLIN, "berlin-spring-2.csv", "--from", "2026-03-20") == text


def test_7_the_learned_onset_is_the_clock_time_as_lived_from_either_zone(desk: Desk) -> None:
    """Six recent nights at 21:10 Berlin (the most recent, so they outweigh any other):
    tonight's usual onset is 21:10 read in Berlin and in New York (converting through New
    York's zone made it 15:10)."""
    today = datetime.now(UTC).date()
    for back in range(2, 8):
        night = today - timedelta(days=back)
        desk.log(BERLIN, f"{night.isoformat()} 21:10")
        LIVED[night.isoformat()] = ["21:10"]
    for zone in (BERLIN, NEW_YORK):
        plan = json.loads(desk.run(zone, "tonight", "--json").stdout)
        assert plan["timezone"] == zone
        assert plan["peak"]["source"] == "personal"
        assert plan["peak"]["nights"] >= 6  # the drill's November nights may count too
        assert plan["peak"]["onset"][11:16] == "21:10"
        assert "usually starts around 21:10" in plan["peak"]["summary"]
    assert_as_lived(desk.export(NEW_YORK, "new-york-5.csv"))
    assert_as_lived(desk.export(BERLIN, "berlin-5.csv"))
