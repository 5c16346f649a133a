"""log night, export csv and import csv from the command line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.unit.conftest import dump


def test_log_night_then_edit_it(cli) -> None:
    code, out, err = cli("log", "night", "--date", "2026-11-20", "--severity", "6",
                         "--onset", "21:40", "--sleep-hours", "5.5", "--awakenings", "3",
                         "--note", "long drive", "--irls", "24")
    assert (code, err) == (0, "")
    assert "Logged the night of 2026-11-20: severity 6." in out
    code, out, _ = cli("log", "night", "--date", "2026-11-20", "--severity", "4")
    assert code == 0 and out.startswith("Replaced")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--severity", "eleven"], "--severity: 'eleven' is not a whole number 0-10"),
        (["--severity", "3", "--onset", "9pm"], "--onset: '9pm' is not a time like 21:30"),
        (["--severity", "3", "--sleep-hours", "30"], "--sleep-hours: '30' is not a number"),
        (["--severity", "3", "--awakenings", "-1"], "--awakenings: '-1' is not a whole number"),
        (["--severity", "3", "--irls", "41"], "--irls: '41' is not a whole number 0-40"),
        (["--severity", "3", "--date", "2026-13-01"], "--date: '2026-13-01' is not a date"),
        (["--severity", "3", "--date", "2999-01-01"], "--date: 2999-01-01 is in the future"),
    ],
)
def test_log_night_bad_input_is_one_line_and_changes_nothing(cli, args, message) -> None:
    cli("log", "night", "--date", "2026-11-19", "--severity", "2")
    before = dump(cli.data)
    code, out, err = cli("log", "night", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err
    assert dump(cli.data) == before


def test_csv_round_trip(cli, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "night,severity,onset,sleep_hours,awakenings,irls_total,note,quick_logs,steps_done\n"
        '2026-11-01,4,22:10,6.5,2,18,"two\nlines, and a comma",21:50=3; 00:20=6,'
        "Leg stretches; warm bath or shower\n"
        "2026-11-02,,,,,,,23:00,\n",
        encoding="utf-8",
    )
    code, out, err = cli("import", "csv", str(source))
    assert (code, err) == (0, ""), err
    assert "Imported 2 nights" in out
    target = tmp_path / "out.csv"
    assert cli("export", "csv", str(target))[0] == 0
    with open(target, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["night"] for r in rows] == ["2026-11-01", "2026-11-02"]
    first = rows[0]
    assert first["severity"] == "4" and first["onset"] == "22:10"
    assert first["sleep_hours"] == "6.5" and first["awakenings"] == "2"
    assert first["irls_total"] == "18" and first["note"] == "two\nlines, and a comma"
    assert first["quick_logs"] == "21:50=3; 00:20=6"
    assert first["steps_done"] == "Leg stretches; Warm bath or shower"
    assert rows[1]["severity"] == "" and rows[1]["quick_logs"] == "23:00"
    # reading our own export back changes nothing, and exporting again is identical
    before = dump(cli.data)
    assert cli("import", "csv", str(target))[0] == 0
    again = tmp_path / "again.csv"
    assert cli("export", "csv", str(again))[0] == 0
    assert again.read_bytes() == target.read_bytes()
    assert len(dump(cli.data)) == len(before)


def test_export_period_and_no_overwrite(cli, tmp_path: Path) -> None:
    for day in ("2026-11-01", "2026-11-05", "2026-11-09"):
        cli("log", "night", "--date", day, "--severity", "3")
    target = tmp_path / "part.csv"
    code, out, _ = cli("export", "csv", str(target), "--from", "2026-11-02", "--to", "2026-11-08")
    assert code == 0 and "Wrote 1 night (" in out
    assert "2026-11-05" in target.read_text() and "2026-11-01" not in target.read_text()
    code, _, err = cli("export", "csv", str(target))
    assert code == 2 and "add --force" in err
    assert "2026-11-01" not in target.read_text()
    assert cli("export", "csv", str(target), "--force")[0] == 0
    assert "2026-11-01" in target.read_text()
    code, _, err = cli("export", "csv", str(tmp_path / "x.csv"), "--from", "2026-11-09",
                       "--to", "2026-11-01")
    assert code == 2 and "--from" in err


def test_import_feeds_the_planner(cli, tmp_path: Path) -> None:
    lines = ["night,severity,onset"]
    lines += [f"2026-11-{d:02d},5,20:15" for d in range(1, 11)]
    source = tmp_path / "in.csv"
    source.write_text("\n".join(lines) + "\n")
    assert cli("import", "csv", str(source))[0] == 0
    import json

    plan = json.loads(cli("tonight", "--date", "2026-11-11", "--json")[1])
    assert plan["peak"]["source"] == "personal"
    assert plan["peak"]["nights"] == 10


def test_export_says_how_many_unreadable_entries_it_left_out(cli, tmp_path: Path) -> None:
    """A check-in an older version or a hand wrote out of range is left out of the file, and
    the command says so (the log names it); the readable nights are all there."""
    import sqlite3

    assert cli("log", "night", "--date", "2026-11-01", "--severity", "4")[0] == 0
    raw = sqlite3.connect(cli.data / "rlsdesk.db")
    try:
        raw.execute("PRAGMA ignore_check_constraints = ON")
        raw.execute("INSERT INTO diary_nights(night, severity, note, updated_at) "
                    "VALUES ('2026-11-02', 11, '', '2026-11-03T08:00:00Z')")
        raw.commit()
    finally:
        raw.close()
    target = tmp_path / "out.csv"
    code, out, err = cli("export", "csv", str(target), "--from", "2026-11-01",
                         "--to", "2026-11-02")
    assert code == 0, err
    assert "Wrote 1 night (" in out
    assert "1 stored entry could not be read and is left out" in out
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert [r[0] for r in rows[1:]] == ["2026-11-01"]


def test_a_time_logged_with_its_offset_keeps_its_clock_and_night(cli, tmp_path: Path) -> None:
    """`--at "... 13:00+09:00"` (lived in Tokyo) stays 13:00 on that night, not 05:00 of the
    night before as Berlin's clock would read it."""
    code, out, err = cli("log", "onset", "--at", "2026-11-21 13:00+09:00", "--severity", "3")
    assert code == 0, err
    assert "13:00" in out
    target = tmp_path / "out.csv"
    assert cli("export", "csv", str(target), "--from", "2026-11-20")[0] == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["night"], r["quick_logs"]) for r in rows] == [("2026-11-21", "13:00=3")]


def test_an_impossible_night_in_a_backup_or_the_ledger_breaks_no_command(
        cli, tmp_path: Path) -> None:
    """A check-in and a done mark dated 30 February (written by hand or an old version):
    backup list counts the readable nights, the PDF report is still written."""
    import sqlite3

    assert cli("log", "night", "--date", "2026-01-10", "--severity", "5")[0] == 0
    raw = sqlite3.connect(cli.data / "rlsdesk.db")
    try:
        raw.execute("INSERT INTO diary_nights(night, severity, note, updated_at) "
                    "VALUES ('2026-02-30', 4, '', 'x')")
        raw.execute("INSERT INTO reminder_ledger(night, step_id, state, due_utc, updated_at) "
                    "VALUES ('2026-02-30', 1, 'done', 'x', 'x')")
        raw.commit()
    finally:
        raw.close()
    assert cli("backup", "now")[0] == 0
    code, out, err = cli("backup", "list")
    assert code == 0, err
    assert "1 night (2026-01-10 to 2026-01-10)" in out
    code, out, err = cli("export", "pdf", str(tmp_path / "report.pdf"))
    assert code == 0, err
    assert (tmp_path / "report.pdf").stat().st_size > 1000
