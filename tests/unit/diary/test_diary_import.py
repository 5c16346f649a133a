"""import csv: all or nothing; every bad row is refused with its line and field named."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rlsdesk.formats.diary_csv import COLUMNS
from tests.unit.conftest import dump

GOOD = "2026-11-0{day},{severity},21:30,7,1,,ok,22:00=3,Leg stretches"

BAD_VALUES = {
    "night": st.sampled_from(["2026-02-30", "yesterday", "2026/11/01", "2999-01-01", ""]),
    "severity": st.one_of(
        st.sampled_from(["eleven", "-1", "11", "4.5", "1e1", "0x3"]),
        st.integers(11, 10**6).map(str),
    ),
    "onset": st.sampled_from(["24:00", "9pm", "21:60", "2130", "21.30"]),
    "sleep_hours": st.sampled_from(["25", "-1", "seven", "nan", "inf", "6.555"]),
    "awakenings": st.one_of(st.integers(51, 10**5).map(str), st.just("many")),
    "irls_total": st.one_of(st.integers(41, 1000).map(str), st.sampled_from(["-2", "x"])),
    "note": st.sampled_from(["bell\x07", "a" * 2001]),
    "quick_logs": st.sampled_from(["9pm", "21:00=11", "21:00=", "25:00"]),
    "steps_done": st.sampled_from(["Yoga", "#0", "Magnesium; Bath"]),
}


def _row(cells: dict[str, str]) -> str:
    def quote(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    return ",".join(quote(cells.get(c, "")) for c in COLUMNS)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    field=st.sampled_from(sorted(BAD_VALUES)),
    data=st.data(),
    good_before=st.integers(0, 4),
)
def test_a_bad_row_is_refused_with_its_line_and_nothing_changes(
    cli, tmp_path: Path, field: str, data: st.DataObject, good_before: int,
) -> None:
    cli("log", "night", "--date", "2026-10-01", "--severity", "2")
    before = dump(cli.data)
    value = data.draw(BAD_VALUES[field])
    good = [
        {"night": f"2026-11-{d + 1:02d}", "severity": "4", "onset": "21:30",
         "quick_logs": "22:00=3", "steps_done": "Leg stretches"}
        for d in range(good_before)
    ]
    bad = {"night": "2026-11-20", "severity": "5", field: value}
    lines = [",".join(COLUMNS), *(_row(g) for g in good), _row(bad), _row(
        {"night": "2026-11-21", "severity": "1"})]
    source = tmp_path / "bad.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = cli("import", "csv", str(source))
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert f"line {good_before + 2}, {field}:" in err, err
    assert dump(cli.data) == before


def test_structural_problems(cli, tmp_path: Path) -> None:
    source = tmp_path / "x.csv"
    cases = {
        b"": "the file is empty",
        b"date,severity\n2026-11-01,3\n": "line 1: unknown column 'date'",
        b"severity\n3\n": "line 1: the header has no 'night' column",
        b"night,severity\n2026-11-01,3,4\n": "line 2: 3 fields, but the header has 2",
        b"night,severity\n2026-11-01,3\n\n2026-11-01,4\n":
            "line 4, night: 2026-11-01 is already on line 2",
        b"night,severity\n2026-11-01,\xff\n": "not UTF-8",
        b"night,onset\n2026-11-01,21:00\n": "line 2, severity: '' is needed when onset",
    }
    for content, message in cases.items():
        source.write_bytes(content)
        code, _out, err = cli("import", "csv", str(source))
        assert code == 2 and message in err, (content, err)
    code, _out, err = cli("import", "csv", str(tmp_path / "missing.csv"))
    assert code == 2 and "cannot read" in err


def test_a_paper_diary_with_a_bom_and_few_columns(cli, tmp_path: Path) -> None:
    source = tmp_path / "paper.csv"
    source.write_bytes("\ufeffNight,Severity\r\n2026-11-01,3\r\n2026-11-02,7\r\n".encode())
    code, out, err = cli("import", "csv", str(source))
    assert (code, err) == (0, "") and "Imported 2 nights" in out
