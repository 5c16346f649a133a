"""The diary CSV's framing: formula cells written as text and read back exactly; anything
RFC 4180 does not say exactly how to read stops the import with its line, changing nothing."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.formats.diary_csv import DiaryFileError, guard_cell, read_csv, unguard_cell
from tests.unit.conftest import dump

LAST = date(2026, 11, 21)
ZONE = ZoneInfo("Europe/Berlin")
HEADER = "night,severity,note\r\n"


@pytest.mark.parametrize(("value", "written"), [
    ("=1+1", "'=1+1"), ("+41", "'+41"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("'quoted'", "''quoted'"), ("''", "'''"),
    ("a=b", "a=b"), ("", ""), ("note", "note"),
])
def test_guarding_a_cell(value: str, written: str) -> None:
    assert guard_cell(value) == written
    assert unguard_cell(written) == value


@given(st.text())
def test_guarding_is_undone_exactly(value: str) -> None:
    written = guard_cell(value)
    assert unguard_cell(written) == value
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_a_formula_note_stays_text_and_reads_back(cli, tmp_path: Path) -> None:
    assert cli("log", "night", "--date", "2026-11-01", "--severity", "3",
               "--note=-cmd|' /C calc'!A0")[0] == 0
    assert cli("log", "night", "--date", "2026-11-02", "--severity", "3",
               "--note", "'twas a calm night")[0] == 0
    target = tmp_path / "out.csv"
    assert cli("export", "csv", str(target))[0] == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(), newline="")))
    assert [r["note"] for r in rows] == ["'-cmd|' /C calc'!A0", "''twas a calm night"]
    assert cli("import", "csv", str(target))[0] == 0
    again = tmp_path / "again.csv"
    assert cli("export", "csv", str(again))[0] == 0
    assert again.read_bytes() == target.read_bytes()


@pytest.mark.parametrize(("content", "message"), [
    (HEADER + '2026-11-01,3,"never closed\r\n2026-11-02,4,x\r\n',
     "line 2: a quote opened here is never closed"),
    (HEADER + "2026-11-01,3\r\n", "line 2: 2 fields, but the header has 3"),
    (HEADER + "2026-11-01,3,a,b\r\n", "line 2: 4 fields, but the header has 3"),
    (HEADER + '2026-11-01,3,say "hi"\r\n', "line 2: a quote inside a field"),
    (HEADER + '2026-11-01,3,"said" so\r\n', "line 2: text after a closing quote"),
    (HEADER + '2026-11-01,3,"two\nlines" x\r\n', "line 3: text after a closing quote"),
    (HEADER + "2026-11-01,3,a\r2026-11-02,3,b\r\n", "line 2: a carriage return without"),
    (HEADER + '2026-11-01,3,"a\nb"\r\n2026-11-02,3,"c\r\n', "line 4: a quote opened here"),
    (HEADER + '2026-11-01,3,ok\r\n2026-11-02,3, "spaced"\r\n', "line 3: a quote inside"),
])
def test_framing_problems_name_the_line(content: str, message: str) -> None:
    with pytest.raises(DiaryFileError, match=message):
        read_csv(content.encode(), {}, LAST, ZONE)


def test_invalid_utf8_names_its_line() -> None:
    data = (HEADER + "2026-11-01,3,ok\r\n2026-11-02,3,caf").encode() + b"\xe9\r\n"
    with pytest.raises(DiaryFileError, match="line 3: byte 54 is not UTF-8"):
        read_csv(data, {}, LAST, ZONE)


def test_quoted_fields_blank_lines_and_line_ends_read_as_written() -> None:
    content = (HEADER + '"2026-11-01","3","a ""b"", c\r\nd"\n\n,,\r\n2026-11-02,4,\r\n'
               "2026-11-03,5,last")
    nights = read_csv(content.encode(), {}, LAST, ZONE)
    assert [(n.night.day, n.entry.severity, n.entry.note) for n in nights] == [
        (1, 3, 'a "b", c\nd'), (2, 4, ""), (3, 5, "last")]


@pytest.mark.parametrize("content", [
    HEADER + '2026-11-01,3,"never closed\n2026-11-02,4,x\n',
    HEADER + "2026-11-01,3\n",
    HEADER + '2026-11-01,3,say "hi"\n',
    HEADER + "20261101,3,x\n",
    HEADER + "2026-W44-7,3,x\n",
    HEADER + "1899-12-31,3,x\n",
    HEADER + "2026-11-01,3,\u202eevil\n",
    "night,onset,severity\n2026-11-01,9:30,3\n",
    "night,onset,severity\n2026-11-01,2026-11-01,3\n",
])
def test_a_refused_file_changes_nothing(cli, tmp_path: Path, content: str) -> None:
    assert cli("log", "night", "--date", "2026-11-01", "--severity", "7")[0] == 0
    before = dump(cli.data)
    source = tmp_path / "in.csv"
    source.write_text(content, encoding="utf-8")
    code, out, err = cli("import", "csv", str(source))
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert "line " in err
    assert dump(cli.data) == before
