"""Drill: every command option and the diary CSV importer, fed valid, near-miss and arbitrary
input by hypothesis.

The outcome of each command must be one of two:
- exit 0, and what was stored is exactly what was given (read back from the database);
- exit 2, exactly one line on stderr, and every table dumped before and after is the same.

Each value is judged by a reference written here from the documented formats, independent of
rlsdesk's own parsers. Input the reference calls bad must never get in (exit 0); input built
valid must never be refused. Arbitrary text the reference would accept may be refused (a
stricter rlsdesk is fine), never stored differently. The real ``rlsdesk-cli`` runs as a
process for a few examples; ``rlsdesk.cli.main`` runs in-process for volume. A fixed seed
(derandomize) keeps the drill repeatable and its time modest.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import socket
import sqlite3
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rlsdesk.cli import main
from rlsdesk.domain.peak import night_of

ZONE_NAME = "Europe/Berlin"
ZONE = ZoneInfo(ZONE_NAME)
CLI = Path(sys.executable).with_name("rlsdesk-cli")
FIRST_NIGHT = date(1900, 1, 1)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
BIDI = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
SURE_KINDS = ("custom", "bath")
KINDS = ("magnesium", "bath", "heat_pack", "cold_pack", "contrast_packs", "stretching",
         "massage", "sleep_hygiene", "medication", "bedtime", "custom")
DRILL = settings(derandomize=True, database=None, deadline=None,
                 suppress_health_check=list(HealthCheck))


# --- the reference: the documented formats, written out again -----------------------------
def ref_date(text: str) -> date | None:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        return None
    try:
        return date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        return None


def ref_night(text: str, latest: date) -> date | None:
    day = ref_date(text)
    return day if day is not None and FIRST_NIGHT <= day <= latest else None


def ref_time(text: str) -> time | None:
    if not re.fullmatch(r"[0-9]{2}:[0-9]{2}", text):
        return None
    hour, minute = int(text[:2]), int(text[3:])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def ref_moment(text: str) -> datetime | None:
    if not re.fullmatch(r"\S+ \S+", text):
        return None
    day, clock = ref_date(text.split(" ")[0]), ref_time(text.split(" ")[1])
    if day is None or clock is None:
        return None
    moment = datetime.combine(day, clock, tzinfo=ZONE)
    back = moment.astimezone(UTC).astimezone(ZONE)
    return moment if back.replace(tzinfo=None) == moment.replace(tzinfo=None) else None


def ref_int(text: str, lo: int, hi: int) -> int | None:
    if not re.fullmatch(r"-?[0-9]+", text):
        return None
    number = int(text)
    return number if lo <= number <= hi else None


def ref_hours(text: str) -> float | None:
    if not re.fullmatch(r"[0-9]{1,2}([.,][0-9]{1,2})?", text):
        return None
    hours = float(text.replace(",", "."))
    return hours if hours <= 24 else None


def _refused_char(char: str, multiline: bool) -> bool:
    if char == "\n":
        return not multiline
    return (unicodedata.category(char) in ("Cc", "Cs") or char in BIDI
            or char in "\u2028\u2029")


def ref_note(text: str) -> str | None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(_refused_char(c, True) for c in text):
        return None
    text = text.strip()
    return text if len(text) <= 2000 else None


def ref_title(text: str, limit: int = 80) -> str | None:
    if any(_refused_char(c, False) for c in text):
        return None
    text = text.strip()
    return text if 0 < len(text) <= limit else None


def ref_days(text: str) -> frozenset[int] | None:
    parts = text.lower().replace(" ", "").split(",")
    if not all(p in DAYS for p in parts):
        return None
    return frozenset(DAYS.index(p) for p in parts)


def ref_checkin(text: str) -> str | None:
    if text.lower() in ("on", "off"):
        return text.lower()
    clock = ref_time(text)
    return text if clock is not None and time(4) <= clock <= time(11, 59) else None


def ref_snooze(text: str) -> int | None:
    minutes = ref_int(text, 5, 30)
    return minutes if minutes in (5, 10, 15, 20, 30) else None


# --- the world: one data folder, the files around it, the tallies -------------------------
@dataclass
class Case:
    argv: list[str]
    bad: bool                    # the reference finds something wrong
    sure: bool                   # every value was built valid: it must be accepted
    check: Callable[[str], None] | None = None
    read_only: bool = False      # the data must not change even when it succeeds


@dataclass
class World:
    root: Path
    started: datetime = field(default_factory=lambda: datetime.now(ZONE).replace(
        tzinfo=None, second=0, microsecond=0))
    tried: int = 0
    bad_tried: int = 0
    got_in: int = 0
    accepted: int = 0
    plausible_refused: int = 0
    counter: int = 0
    specials: dict[str, Path] = field(default_factory=dict)
    by_command: dict[str, list[int]] = field(default_factory=dict)  # [accepted, refused]

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def files(self) -> Path:
        return self.root / "files"

    def fresh(self, suffix: str) -> Path:
        self.counter += 1
        return self.files / f"out-{self.counter}.{suffix}"

    def query(self, sql: str, *args: object) -> list[tuple]:
        conn = sqlite3.connect(self.data / "rlsdesk.db")
        try:
            return conn.execute(sql, args).fetchall()
        finally:
            conn.close()

    def dump(self) -> list[str]:
        conn = sqlite3.connect(self.data / "rlsdesk.db")
        try:
            return list(conn.iterdump())
        finally:
            conn.close()

    def now(self) -> datetime:
        return datetime.now(ZONE)

    def tonight(self) -> date:
        return night_of(self.now(), ZONE)

    def last_night(self) -> date:
        return night_of(self.now() - timedelta(hours=12), ZONE)

    def step_ids(self) -> list[int]:
        return [row[0] for row in self.query("SELECT id FROM steps ORDER BY id")]

    def backup_days(self) -> set[str]:
        found = re.findall(r"(\d{4}-\d{2}-\d{2})", " ".join(
            p.name for p in (self.data / "backups").iterdir()))
        return set(found)


def make_world(root: Path, run: Callable[[World, list[str]], tuple[int, str, str]]) -> World:
    world = World(root)
    world.files.mkdir()
    (world.files / "existing.csv").write_text("keep")
    (world.files / "folder").mkdir()
    os.mkfifo(world.files / "pipe")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(world.files / "sock"))
    sock.close()  # the socket file stays
    (world.files / "not-json.json").write_text("{nope")
    for argv in (["log", "night", "--date", "2026-01-05", "--severity", "3"],
                 ["routine", "add", "--kind", "custom", "--title", "Calf stretch", "--at",
                  "21:00"],
                 ["log", "onset", "--severity", "2"], ["backup", "now"]):
        code, _out, err = run(world, argv)
        assert code == 0, err
    (world.files / "to-db").symlink_to(world.data / "rlsdesk.db")
    (world.files / "to-data").symlink_to(world.data)
    world.specials = {
        "db": world.data / "rlsdesk.db", "wal": world.data / "rlsdesk.db-wal",
        "in-data": world.data / "export.csv", "log": world.data / "rlsdesk.log",
        "backups": world.data / "backups" / "x.csv", "devnull": Path("/dev/null"),
        "pipe": world.files / "pipe", "sock": world.files / "sock",
        "folder": world.files / "folder", "no-folder": world.files / "none" / "x.csv",
        "link-db": world.files / "to-db", "link-data": world.files / "to-data" / "y.csv",
    }
    return world


def run_in_process(world: World, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--data-dir", str(world.data), *argv])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    return code, out.getvalue(), err.getvalue()


def run_process(world: World, argv: list[str]) -> tuple[int, str, str]:
    env = {**os.environ, "TZ": ZONE_NAME, "LC_ALL": "C.UTF-8"}
    done = subprocess.run([str(CLI), "--data-dir", str(world.data), *argv], env=env,
                          capture_output=True, timeout=120, cwd=world.files)
    return (done.returncode, done.stdout.decode("utf-8", "replace"),
            done.stderr.decode("utf-8", "replace"))


def _without_bookkeeping(dump: list[str]) -> list[str]:
    return [line for line in dump
            if not line.startswith('INSERT INTO "settings" VALUES(\'peak_applied\'')]


def judge(world: World, case: Case, run: Callable[[World, list[str]], tuple[int, str, str]]
          ) -> None:
    before = world.dump()
    code, out, err = run(world, case.argv)
    after = world.dump()
    world.tried += 1
    world.bad_tried += case.bad
    key = " ".join(a for a in case.argv[:2] if not a.startswith("-"))
    world.by_command.setdefault(key, [0, 0])[code != 0] += 1
    shown = f"{case.argv!r}: exit {code}, stderr {err!r}"
    if code == 0:
        if case.bad:
            world.got_in += 1
            raise AssertionError(f"bad input got in: {shown}")
        world.accepted += 1
        assert "Traceback" not in out + err, shown
        if case.read_only:  # planning tonight keeps the estimate it applied: bookkeeping
            assert _without_bookkeeping(after) == _without_bookkeeping(before), (
                f"a read-only command changed the data: {shown}")
        if case.check is not None:
            case.check(out)
        return
    assert code == 2, f"neither 0 nor 2: {shown}"
    assert err.endswith("\n") and err.count("\n") == 1, f"not one line: {shown}"
    assert "something went wrong" not in err, shown
    assert after == before, f"refused but the data changed: {shown}"
    assert case.bad or not case.sure, f"valid input refused: {shown}"
    if not case.bad:
        world.plausible_refused += 1


# --- values: (text, built valid?) -----------------------------------------------------------
V = tuple[str, bool]
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
ANY_TEXT = st.one_of(
    st.text(CHARS, max_size=14),
    st.text(st.sampled_from("0123456789-: ,.=;'\"+@\t\n\r\u202eWT"), max_size=14),
    st.just("bytes\udcff"),  # a byte that is not UTF-8, as a command line carries it
)


def arbitrary() -> st.SearchStrategy[V]:
    return ANY_TEXT.map(lambda t: (t, False))


def valid(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[V]:
    return strategy.map(lambda t: (t, True))


@dataclass(frozen=True)
class Values:
    """Values for one option: those built valid, and all of them (valid, near-miss,
    arbitrary)."""

    valid: st.SearchStrategy[V]
    any: st.SearchStrategy[V]


def mixed(valid_values: st.SearchStrategy[V], *others: st.SearchStrategy[V]) -> Values:
    return Values(valid_values, st.one_of(valid_values, *others))


def pick_value(draw: st.DrawFn, values: Values, clean: bool) -> V:
    """A value; in a clean command (about half) only one built valid, so that whole valid
    commands are tried as often as broken ones."""
    return draw(values.valid if clean else values.any)


def near(texts: list[str]) -> st.SearchStrategy[V]:
    return st.sampled_from(texts).map(lambda t: (t, False))


def date_misses(day: date) -> list[str]:
    iso, (year, week, weekday) = day.isoformat(), day.isocalendar()
    return [day.strftime("%Y%m%d"), f"{year}-W{week:02d}-{weekday}", f"{year}-W{week:02d}",
            day.strftime("%Y-%j"), f" {iso}", f"{iso} ", f"{iso}\n", f"{iso}T00:00",
            iso.replace("-", "/"), "", "0001-01-01", "9999-12-31", "1899-12-31",
            iso.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")), iso[2:], f"{iso} 21:30"]


def nights(world: World, lo: date = FIRST_NIGHT) -> Values:
    tonight = world.tonight()
    return mixed(
        st.one_of(valid(st.dates(lo, tonight).map(date.isoformat)),
                  valid(st.dates(tonight - timedelta(days=400), tonight).map(date.isoformat))),
        st.dates(tonight + timedelta(days=1), date(9999, 12, 31)).map(
            lambda d: (d.isoformat(), False)),
        near(date_misses(tonight - timedelta(days=3))),
        arbitrary(),
    )


def clocks() -> Values:
    return mixed(
        valid(st.times().map(lambda t: t.strftime("%H:%M"))),
        near(["9:30", "2130", "21.30", "21:30:00", " 21:30", "21:30 ", "24:00", "21:60", "",
              "2026-11-20", "9pm", "21:30+01:00", "T21:30", "２１:３０"]),
        arbitrary(),
    )


def whole(lo: int, hi: int) -> Values:
    return mixed(
        valid(st.integers(lo, hi).map(str)),
        st.integers(hi + 1, 10**12).map(lambda n: (str(n), False)),
        st.integers(-10**6, lo - 1).map(lambda n: (str(n), False)),
        near([" 3", "3 ", "+3", "3.0", "1e1", "0x3", "٣", "1_0", "", "three"]),
        arbitrary(),
    )


def hours() -> Values:
    return mixed(
        valid(st.integers(0, 2400).map(lambda n: f"{n / 100:g}")),
        near(["25", "24.01", "-1", "nan", "inf", "6.555", " 6", "6.", ".5", "1e1"]),
        arbitrary(),
    )


NOTE_CHARS = st.characters(blacklist_categories=("Cs", "Cc"),
                           blacklist_characters="".join(BIDI) + "\u2028\u2029")


def notes() -> Values:
    plain = st.text(st.one_of(NOTE_CHARS, st.sampled_from("\n=+-@'\";,")), max_size=30)
    return mixed(
        valid(plain.filter(lambda t: ref_note(t) is not None)),
        near(["bell\x07", "tab\there", "evil\u202etxt", "iso\u2066late", "lrm\u200e",
              "nel\x85", "esc\x1b[31m", "x" * 2001, "sep\u2028x", "bytes\udcff"]),
        arbitrary(),
    )


def titles() -> Values:
    plain = st.text(st.one_of(NOTE_CHARS, st.sampled_from("=+-@'\";,#\\")), max_size=20)
    return mixed(
        valid(plain.filter(lambda t: ref_title(t) == t)),
        near(["two\nlines", "cr\rhere", "tab\tstep", "\u202eevil", "", "   ", "x" * 81,
              "vt\x0bx", "ls\u2028x"]),
        arbitrary(),
    )


def option(name: str, value: str, split: bool) -> list[str]:
    """``--name=value`` (any value), or ``--name value`` where argparse allows it."""
    if split and value and not value.startswith("-"):
        return [name, value]
    return [f"{name}={value}"]


# --- command plans --------------------------------------------------------------------------
@st.composite
def log_night(draw: st.DrawFn, world: World) -> Case:
    argv, bad, sure = ["log", "night"], False, True
    split, clean = draw(st.booleans()), not draw(st.booleans())
    given: dict[str, object] = {}

    def take(name: str, values: st.SearchStrategy[V], judge_: Callable[[str], object],
             required: bool = False) -> None:
        nonlocal bad, sure
        if not required and draw(st.booleans()):
            return
        text, built = pick_value(draw, values, clean)
        argv.extend(option(name, text, split))
        value = judge_(text)
        given[name] = value
        bad |= value is None
        sure &= built

    tonight = world.tonight()
    take("--date", nights(world), lambda t: ref_night(t, tonight))
    take("--severity", whole(0, 10), lambda t: ref_int(t, 0, 10), required=True)
    take("--onset", clocks(), ref_time)
    take("--sleep-hours", hours(), ref_hours)
    take("--awakenings", whole(0, 50), lambda t: ref_int(t, 0, 50))
    take("--irls", whole(0, 40), lambda t: ref_int(t, 0, 40))
    take("--note", notes(), ref_note)

    def check(_out: str) -> None:
        night = given.get("--date") or world.last_night()
        rows = world.query("SELECT severity, onset, sleep_hours, awakenings, irls_total, note "
                           "FROM diary_nights WHERE night = ?", night.isoformat())
        onset = given.get("--onset")
        expected = (given["--severity"], onset.strftime("%H:%M") if onset else None,
                    given.get("--sleep-hours"), given.get("--awakenings"),
                    given.get("--irls"), given.get("--note", ""))
        assert rows == [expected], (argv, rows, expected)

    return Case(argv, bad, sure, check)


@st.composite
def log_onset(draw: st.DrawFn, world: World) -> Case:
    argv, bad, sure = ["log", "onset"], False, True
    split, clean = draw(st.booleans()), not draw(st.booleans())
    now = world.now()
    at = severity = None
    if draw(st.booleans()):
        text, built = pick_value(draw, mixed(
            valid(st.datetimes(datetime(1900, 1, 2), world.started - timedelta(
                hours=1)).filter(lambda d: ref_moment(d.strftime("%Y-%m-%d %H:%M")) is not None
                                 ).map(lambda d: d.strftime("%Y-%m-%d %H:%M"))),
            near(["2026-11-20", "21:40", "2026-11-20T21:40", "2026-11-20  21:40",
                  "2026-11-20 21:40:00", "2026-11-20 21:40+01:00", "2026-03-29 02:30",
                  "20261120 2140", "2999-01-01 21:00", "1899-12-31 23:00", ""]),
            arbitrary(),
        ), clean)
        argv += option("--at", text, split)
        at = ref_moment(text)
        bad |= at is None or at > now + timedelta(minutes=4) or at.date() < FIRST_NIGHT
        sure &= built
    if draw(st.booleans()):
        text, built = pick_value(draw, whole(0, 10), clean)
        argv += option("--severity", text, split)
        severity = ref_int(text, 0, 10)
        bad |= severity is None
        sure &= built
    count = world.query("SELECT count(*) FROM symptom_events")[0][0]

    def check(_out: str) -> None:
        rows = world.query("SELECT at, severity FROM symptom_events ORDER BY id")
        assert len(rows) == count + 1, argv
        stored, stored_severity = rows[-1]
        assert stored_severity == severity, (argv, rows[-1])
        if at is not None:
            moment = datetime.fromisoformat(stored)
            assert moment == at and moment.replace(tzinfo=None) == at.replace(tzinfo=None), (
                argv, stored)

    return Case(argv, bad, sure, check)


@st.composite
def settings_cmd(draw: st.DrawFn, world: World) -> Case:
    argv, bad, sure = ["settings"], False, True
    split, clean = draw(st.booleans()), not draw(st.booleans())
    shown: dict[str, str] = {}
    for name, values, judge_ in (
        ("--bedtime", clocks(), ref_time),
        ("--usual-onset", clocks(), ref_time),
        ("--checkin-reminder", mixed(
            valid(st.sampled_from(["on", "off", "04:00", "08:00", "11:59"])),
            near(["12:00", "03:59", "7:15", " on", "yes", "", "08:00 "]), clocks().any),
         ref_checkin),
        ("--snooze-minutes", mixed(
            valid(st.sampled_from(["5", "10", "15", "20", "30"])),
            near(["7", "0", "31", "05", " 10", "10.0", "-10", "ten"]), arbitrary()),
         ref_snooze),
    ):
        if draw(st.booleans()):
            text, built = pick_value(draw, values, clean)
            argv += option(name, text, split)
            value = judge_(text)
            bad |= value is None
            sure &= built
            if isinstance(value, time):
                shown[name] = value.strftime("%H:%M")
            elif name == "--snooze-minutes" and value is not None:
                shown[name] = str(value)
    if draw(st.integers(0, 5)) == 0:
        argv.append("--clear-usual-onset")
        bad |= "--usual-onset" in shown or any(a.startswith("--usual-onset") for a in argv)
        sure &= not bad

    def check(out: str) -> None:
        if "--bedtime" in shown:
            assert f"bedtime: {shown['--bedtime']}" in out.splitlines(), (argv, out)
        if "--usual-onset" in shown:
            assert f"usual onset: {shown['--usual-onset']}" in out.splitlines(), (argv, out)
        if "--snooze-minutes" in shown:
            assert f"snooze: {shown['--snooze-minutes']} min" in out.splitlines(), (argv, out)

    return Case(argv, bad, sure, check)


@st.composite
def tonight_cmd(draw: st.DrawFn, world: World) -> Case:
    argv, bad, sure = ["tonight"], False, True
    clean = not draw(st.booleans())  # the simplest example is a clean one
    night = None
    if draw(st.booleans()):
        latest = world.tonight() + timedelta(days=366)
        text, built = pick_value(draw, mixed(
            valid(st.dates(FIRST_NIGHT, latest).map(date.isoformat)),
            near(date_misses(world.tonight())), arbitrary()), clean)
        argv += option("--date", text, draw(st.booleans()))
        night = ref_night(text, latest)
        bad |= night is None
        sure &= built
    as_json = draw(st.booleans())
    if as_json:
        argv.append("--json")

    def check(out: str) -> None:
        if as_json and night is not None:
            assert json.loads(out)["date"] == night.isoformat(), argv

    return Case(argv, bad, sure, check)


@st.composite
def routine_add(draw: st.DrawFn, world: World) -> Case:
    split, clean = draw(st.booleans()), not draw(st.booleans())
    kind, kind_built = pick_value(draw, mixed(
        valid(st.sampled_from(SURE_KINDS)), near(["Custom", "yoga", "", " bath"]),
        st.sampled_from(KINDS).map(lambda k: (k, False)), arbitrary()), clean)
    title, title_built = pick_value(draw, titles(), clean)
    argv = ["routine", "add", *option("--kind", kind, split), *option("--title", title, split)]
    bad = kind not in KINDS or ref_title(title) is None
    sure = kind_built and kind in SURE_KINDS and title_built
    anchors = draw(st.lists(st.sampled_from(["--at", "--before-onset", "--before-bed"]),
                            min_size=int(clean), max_size=1 if clean else 2, unique=True))
    anchor = None
    if len(anchors) != 1:
        bad, sure = True, False
    for name in anchors:
        text, built = pick_value(draw, clocks() if name == "--at" else whole(0, 720), clean)
        argv += option(name, text, split)
        anchor = ref_time(text) if name == "--at" else ref_int(text, 0, 720)
        bad |= anchor is None
        sure &= built
    if draw(st.booleans()):
        text, built = pick_value(draw, whole(0, 240), clean)
        argv += option("--minutes", text, split)
        bad |= ref_int(text, 0, 240) is None
        sure &= built
    if draw(st.booleans()):
        text, built = pick_value(draw, mixed(
            valid(st.sets(st.sampled_from(DAYS), min_size=1).map(",".join)),
            near(["monday", "", "mon,,tue", "mon;tue", "1,2"]), arbitrary()), clean)
        argv += option("--days", text, split)
        bad |= ref_days(text) is None
        sure &= built
    known = set(world.step_ids())

    def check(_out: str) -> None:
        new = [(i, d) for i, d in world.query("SELECT id, data FROM steps") if i not in known]
        assert len(new) == 1, argv
        data = json.loads(new[0][1])
        assert data["title"] == ref_title(title) and data["kind"] == kind, (argv, data)
        if isinstance(anchor, time):
            assert data["anchor"] == {"type": "clock", "time": anchor.strftime("%H:%M")}
        elif anchor is not None:
            assert data["anchor"]["minutes"] == anchor, (argv, data)

    return Case(argv, bad, sure, check)


@st.composite
def routine_remove(draw: st.DrawFn, world: World) -> Case:
    ids = world.step_ids()
    pick = draw(st.integers(0, 10**6))  # not sampled_from(ids): the strategy stays the same
    text, built = draw(st.one_of(
        st.just(("existing", True)),
        st.integers(10**6, 10**9).map(lambda n: (str(n), False)),
        near(["0", "-1", " 1", "+1", "1.0", "#1", ""]), arbitrary()))
    if (text, built) == ("existing", True):
        text, built = (str(ids[pick % len(ids)]), True) if len(ids) > 3 else ("0", False)
    wanted = ref_int(text, 1, 2**62)
    bad = wanted is None or wanted not in ids

    def check(_out: str) -> None:
        assert wanted not in world.step_ids(), text

    return Case(["routine", "remove", text] if not text.startswith("-")
                else ["routine", "remove", "--", text], bad, built, check)


def _target(draw: st.DrawFn, world: World, suffix: str) -> tuple[str, bool, bool, bool]:
    """(path, bad, force, exists-before) for an export."""
    kind = draw(st.sampled_from(["new", "new", "existing", "special"]))
    force = draw(st.booleans())
    if kind == "new":
        return str(world.fresh(suffix)), False, force, False
    if kind == "existing":
        path = world.fresh(suffix)
        path.write_text("keep")
        return str(path), not force, force, True
    special = draw(st.sampled_from(sorted(world.specials)))
    return str(world.specials[special]), True, force, False


@st.composite
def export_cmd(draw: st.DrawFn, world: World) -> Case:
    kind = draw(st.sampled_from(["csv", "ics", "pdf", "routine"]))
    suffix = "json" if kind == "routine" else kind
    path, bad, force, existed = _target(draw, world, suffix)
    clean = not draw(st.booleans())  # the simplest example is a clean one
    if kind == "pdf" and not bad:
        path, bad = str(world.specials[draw(st.sampled_from(sorted(world.specials)))]), True
    argv = ["routine", "export", path] if kind == "routine" else ["export", kind, path]
    sure = not bad
    if force:
        argv.append("--force")
    first = last = None
    if kind in ("csv", "pdf"):
        tonight = world.tonight()
        for name in ("--from", "--to"):
            if draw(st.booleans()):
                text, built = pick_value(draw, nights(world), clean)
                argv += option(name, text, draw(st.booleans()))
                value = ref_night(text, tonight)
                bad |= value is None
                sure &= built
                first, last = (value, last) if name == "--from" else (first, value)
        if first is not None and first > (last or world.last_night()):
            bad, sure = True, False

    def check(_out: str) -> None:
        found = os.lstat(path)
        assert stat.S_ISREG(found.st_mode) and stat.S_IMODE(found.st_mode) == 0o600, argv
        content = Path(path).read_bytes()
        assert content != b"keep" or not existed
        if kind == "csv":
            assert content.startswith(b"night,severity"), argv

    return Case(argv, bad, sure, check, read_only=True)


@st.composite
def import_routine(draw: st.DrawFn, world: World) -> Case:
    name = draw(st.sampled_from(["pipe", "sock", "folder", "devnull", "no-folder"]))
    path = world.specials[name] if name != "no-folder" else world.files / "missing.json"
    if draw(st.booleans()):
        path = world.files / "not-json.json"
    return Case(["routine", "import", str(path)], True, False)


@st.composite
def restore_cmd(draw: st.DrawFn, world: World) -> Case:
    text, _built = draw(st.one_of(near(date_misses(world.tonight())), arbitrary(),
                                  st.dates().map(lambda d: (d.isoformat(), False))))
    if text in world.backup_days():
        text = "1901-01-01"  # a real restore is a change the drill does not judge
    return Case(["backup", "restore", *option("--date", text, draw(st.booleans()))], True,
                False)


# --- the CSV importer ------------------------------------------------------------------------
CSV_COLUMNS = ("night", "severity", "onset", "sleep_hours", "awakenings", "irls_total", "note")
CHECKIN = CSV_COLUMNS[2:]


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _guard(text: str) -> str:
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r", "'")) else text


@st.composite
def csv_file(draw: st.DrawFn, world: World) -> tuple[bytes, bool, bool, dict[date, tuple]]:
    """(file, bad, sure, what each night must hold afterwards)."""
    tonight = world.tonight()
    rows, expected, bad, sure, last_blank = [], {}, False, True, False
    clean = not draw(st.booleans())  # the simplest example is a clean one
    distinct = draw(st.lists(st.dates(date(2000, 1, 1), tonight), min_size=4, max_size=4,
                             unique=True))
    for row in range(draw(st.integers(1, 4))):
        cells: dict[str, V] = {"night": (distinct[row].isoformat(), True) if clean
                               else pick_value(draw, nights(world, date(2000, 1, 1)), clean)}
        severities = whole(0, 10)
        cells["severity"] = pick_value(draw, Values(
            st.one_of(severities.valid, valid(st.just(""))),
            st.one_of(severities.any, valid(st.just("")))), clean)
        for name, values in (("onset", clocks()), ("sleep_hours", hours()),
                             ("awakenings", whole(0, 50)), ("irls_total", whole(0, 40)),
                             ("note", notes())):
            if draw(st.booleans()) and not (clean and cells["severity"][0] == ""):
                cells[name] = pick_value(draw, values, clean)
        written = {name: cells.get(name, ("", True))[0] for name in CSV_COLUMNS}
        written["note"] = _guard(written["note"])
        sure &= all(built for _t, built in cells.values())
        rows.append(",".join(_quote(written[n]) for n in CSV_COLUMNS))
        last_blank = not any(t.strip() for t in written.values())
        if last_blank:
            continue  # a blank row is skipped
        texts = {n: t[1:] if t.startswith("'") else t for n, t in written.items()}
        night = ref_night(texts["night"].strip(), tonight)
        parsed: tuple | None = None
        if texts["severity"].strip():
            parsed = (ref_int(texts["severity"].strip(), 0, 10),
                      ref_time(texts["onset"].strip()) if texts["onset"].strip() else "",
                      ref_hours(texts["sleep_hours"].strip())
                      if texts["sleep_hours"].strip() else "",
                      ref_int(texts["awakenings"].strip(), 0, 50)
                      if texts["awakenings"].strip() else "",
                      ref_int(texts["irls_total"].strip(), 0, 40)
                      if texts["irls_total"].strip() else "",
                      ref_note(texts["note"]))
            bad |= any(value is None for value in parsed)
        else:
            bad |= any(texts[n].strip() for n in CHECKIN)
        bad |= night is None or night in expected
        if night is not None:
            expected[night] = parsed
    header = ",".join(CSV_COLUMNS)
    ending = draw(st.sampled_from(["\r\n", "\n"]))
    text = header + ending + ending.join(rows) + ending
    damage = "none" if clean else draw(st.sampled_from([
        "none", "none", "unclosed", "extra", "short", "stray", "cr", "after-quote", "bytes"]))
    data = text.encode("utf-8", "surrogateescape")
    if damage != "none" and not last_blank:  # a blank row is skipped whatever its shape
        bad, sure = True, False
        last = rows[-1]
        broken = {
            "unclosed": last[:-1], "extra": last + ',""', "short": last.rsplit(",", 1)[0],
            "stray": 'x"y' + last[last.index(","):], "cr": last + "\r" + last,
            "after-quote": last + "x", "bytes": last[:-1] + "\udcff" + '"',
        }[damage]
        data = (header + ending + ending.join([*rows[:-1], broken]) + ending).encode(
            "utf-8", "surrogateescape")
    elif b"\xff" in data:
        bad, sure = True, False  # not UTF-8
    return data, bad, sure, expected


def _stored(world: World, night: date) -> tuple | None:
    rows = world.query("SELECT severity, onset, sleep_hours, awakenings, irls_total, note "
                       "FROM diary_nights WHERE night = ?", night.isoformat())
    if not rows:
        return None
    severity, onset, sleep, awakenings, irls, note = rows[0]
    return (severity, ref_time(onset) if onset else "", "" if sleep is None else sleep,
            "" if awakenings is None else awakenings, "" if irls is None else irls, note)


@st.composite
def import_csv(draw: st.DrawFn, world: World) -> Case:
    data, bad, sure, expected = draw(csv_file(world))
    path = world.fresh("csv")
    path.write_bytes(data)

    def check(_out: str) -> None:
        for night, parsed in expected.items():
            assert _stored(world, night) == parsed, (data, night)

    return Case(["import", "csv", str(path)], bad, sure, check)


@st.composite
def noise(draw: st.DrawFn, world: World) -> Case:
    """A valid-looking command with something added that no command takes."""
    case = draw(st.one_of(log_night(world), settings_cmd(world), tonight_cmd(world)))
    extra = draw(st.sampled_from(["--bogus", "--sev=3", "--dat=2026-11-01", "-x", "stray",
                                  "--json=1", "--severity", "--help"]))
    if extra == "--help":  # help is printed before any value is looked at
        return Case([*case.argv, extra], False, not case.bad, None, read_only=True)
    argv = [*case.argv]
    argv.insert(draw(st.integers(1, len(argv))), extra)
    if extra == "--severity" and "--severity" not in " ".join(case.argv):
        argv.append("5")
    return Case(argv, True, False)


def commands(world: World) -> st.SearchStrategy[Case]:
    return st.one_of(
        log_night(world), log_onset(world), settings_cmd(world), tonight_cmd(world),
        routine_add(world), routine_remove(world), export_cmd(world), import_routine(world),
        restore_cmd(world), import_csv(world), noise(world),
    )


# --- the drills ------------------------------------------------------------------------------
@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", ZONE_NAME)


def _summary(capsys: pytest.CaptureFixture[str], name: str, world: World) -> None:
    with capsys.disabled():
        print(f"\n{name}: {world.tried} commands, {world.bad_tried} with bad input, "
              f"{world.got_in} of them got in; {world.accepted} accepted, "
              f"{world.plausible_refused} arbitrary values refused that the reference "
              "would have taken")
        print("  accepted/refused by command: " + ", ".join(
            f"{name} {ok}/{no}" for name, (ok, no) in sorted(world.by_command.items())))
    assert world.got_in == 0


def test_every_option_in_process(tmp_path: Path, berlin: None,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    world = make_world(tmp_path, run_in_process)

    @settings(DRILL, max_examples=150)
    @given(st.data())
    def drill(data: st.DataObject) -> None:
        judge(world, data.draw(commands(world)), run_in_process)

    drill()
    assert world.bad_tried > 50 and world.accepted > 40, world.by_command
    _summary(capsys, "fuzz cli (in-process)", world)


def test_the_csv_importer(tmp_path: Path, berlin: None,
                          capsys: pytest.CaptureFixture[str]) -> None:
    world = make_world(tmp_path, run_in_process)

    @settings(DRILL, max_examples=60)
    @given(st.data())
    def drill(data: st.DataObject) -> None:
        judge(world, data.draw(import_csv(world)), run_in_process)

    drill()
    assert world.bad_tried > 15 and world.accepted > 15, world
    _summary(capsys, "fuzz csv import", world)


def test_every_option_through_the_real_process(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert CLI.exists(), f"{CLI} is missing: install the project (pip install -e .)"
    world = make_world(tmp_path, run_process)

    @settings(DRILL, max_examples=8)
    @given(st.data())
    def drill(data: st.DataObject) -> None:
        judge(world, data.draw(commands(world)), run_process)

    drill()
    assert world.tried >= 8
    _summary(capsys, "fuzz cli (rlsdesk-cli processes)", world)
