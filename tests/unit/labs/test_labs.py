"""Lab results: the guideline bands at their edges, the lab CSV round trip (every column,
any value a unit can hold), bad values refused with the line and field and nothing
changed, and the command line (log lab, export labs, import labs)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.labs import (
    UNITS,
    Band,
    LabResult,
    LabTest,
    blood_test_reminder_at,
    guideline_band,
    lab_rows,
)
from rlsdesk.formats.labs_csv import LabsFileError, read_labs_csv, write_labs_csv
from rlsdesk.services.evening import Evening
from rlsdesk.services.labs import LabsService
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir
from tests.unit.conftest import dump

ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabsService]:
    store = open_store(prepare_data_dir(tmp_path_factory.mktemp("labs") / "data"))
    yield LabsService(Evening(store, lambda: ZONE,
                              lambda: datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)))
    store.close()


@st.composite
def _result(draw: st.DrawFn) -> LabResult:
    test = draw(st.sampled_from(list(LabTest)))
    unit = draw(st.sampled_from(list(UNITS[test])))
    lo, hi = UNITS[test][unit]
    hundredths = draw(st.integers(round(lo * 100), round(hi * 100)))
    drawn = draw(st.dates(date(1900, 1, 1), TODAY))
    return LabResult(drawn, test, hundredths / 100, unit)


@given(st.lists(_result(), max_size=20))
def test_the_lab_file_round_trips_exactly(results: list[LabResult]) -> None:
    text = write_labs_csv(results)
    back = read_labs_csv(text.encode(), TODAY)
    assert sorted(r.key for r in back) == sorted(r.key for r in results)
    assert write_labs_csv(back) == write_labs_csv(sorted(results, key=lambda r: r.drawn))


@given(st.integers(0, 100_000_00).map(lambda h: h / 100), st.sampled_from(["ng/mL", "ug/L"]))
def test_ferritin_bands_follow_the_guideline_in_either_unit(value: float, unit: str) -> None:
    band = guideline_band(LabResult(TODAY, LabTest.FERRITIN, value, unit))
    expected = (Band.FERRITIN_AT_OR_BELOW_75 if value <= 75 else
                Band.FERRITIN_75_TO_100 if value <= 100 else Band.FERRITIN_ABOVE_100)
    assert band is expected


def test_band_edges() -> None:
    def band(test: LabTest, value: float) -> Band:
        return guideline_band(LabResult(TODAY, test, value, ""))
    assert band(LabTest.FERRITIN, 75) is Band.FERRITIN_AT_OR_BELOW_75
    assert band(LabTest.FERRITIN, 75.01) is Band.FERRITIN_75_TO_100
    assert band(LabTest.FERRITIN, 100) is Band.FERRITIN_75_TO_100
    assert band(LabTest.TSAT, 19.99) is Band.TSAT_BELOW_20
    assert band(LabTest.TSAT, 20) is Band.TSAT_20_OR_MORE
    assert band(LabTest.HB, 13.5) is Band.NO_THRESHOLD


def test_rows_group_a_date_and_keep_the_later_entry() -> None:
    rows = lab_rows([LabResult(TODAY, LabTest.FERRITIN, 40, "ng/mL", 1),
                     LabResult(TODAY, LabTest.TSAT, 18, "%", 2),
                     LabResult(TODAY, LabTest.FERRITIN, 42, "ug/L", 3),
                     LabResult(date(2026, 5, 1), LabTest.HB, 13, "g/dL", 4)])
    assert [r.drawn for r in rows] == [date(2026, 5, 1), TODAY]
    assert rows[1].ferritin is not None and rows[1].ferritin.value == 42
    assert rows[1].bands() == [Band.FERRITIN_AT_OR_BELOW_75, Band.TSAT_BELOW_20]


def test_units_are_spelled_one_way() -> None:
    assert LabResult(TODAY, LabTest.FERRITIN, 50, "µg/L").unit == "ug/L"
    assert LabResult(TODAY, LabTest.FERRITIN, 50, "").unit == "ng/mL"
    with pytest.raises(ValidationError, match="unit: 'g/dL' is not a unit for ferritin"):
        LabResult(TODAY, LabTest.FERRITIN, 50, "g/dL")


@pytest.mark.parametrize(("row", "message"), [
    ("2026-11-01,ferritin,forty,ng/mL", "line 3, value: 'forty' is not a number 0-100000 ng/mL"),
    ("2026-11-01,ferritin,-3,ng/mL", "line 3, value: '-3' is not a number"),
    ("2026-11-01,tsat,120,%", "line 3, value: '120' is not a number 0-100 %"),
    ("2026-11-01,hb,13.555,g/dL", "line 3, value: '13.555' is not a number"),
    ("2026-11-01,iron,13,g/dL", "line 3, test: 'iron' is not ferritin, tsat or hb"),
    ("2026-11-01,hb,13,mg", "line 3, unit: 'mg' is not a unit for hb"),
    ("2026-13-01,hb,13,g/dL", "line 3, date:"),
    ("2026-11-22,hb,13,g/dL", "line 3, date: '2026-11-22' is in the future"),
    ("2026-11-01,hb,13", "line 3: 3 fields, but the header has 4"),
])
def test_bad_values_are_refused_with_line_and_field(
    service: LabsService, row: str, message: str,
) -> None:
    service.log("ferritin", "31", drawn="2026-10-01")
    before = service.export_csv()
    data = f"date,test,value,unit\n2026-11-01,tsat,21,%\n{row}\n".encode()
    with pytest.raises(LabsFileError) as caught:
        service.import_results(service.read_csv(data))
    assert str(caught.value).startswith(message), str(caught.value)
    assert service.export_csv() == before


def test_import_replaces_the_dates_in_the_file_only(service: LabsService) -> None:
    service.import_results(service.read_csv(
        b"date,test,value,unit\n2026-09-01,ferritin,60,ng/mL\n2026-09-02,hb,13,g/dL\n"))
    service.import_results(service.read_csv(b"date,test,value\n2026-09-02,tsat,17\n"))
    kept = [(r.drawn, r.test, r.value) for r in service.results()
            if r.drawn.month == 9]
    assert kept == [(date(2026, 9, 1), LabTest.FERRITIN, 60),
                    (date(2026, 9, 2), LabTest.TSAT, 17)]


def test_the_reminder_comes_the_evening_before() -> None:
    at = blood_test_reminder_at(date(2026, 10, 26), ZONE)
    assert at.astimezone(ZONE).isoformat() == "2026-10-25T19:00:00+01:00"


def test_planned_tests_and_the_next_reminder(service: LabsService) -> None:
    service.plan_test(date(2026, 11, 21))  # today: its reminder was last evening
    service.plan_test(date(2026, 11, 30))
    nxt = service.next_reminder()
    assert nxt is not None and nxt[0] == date(2026, 11, 30)
    assert service.unplan_test(date(2026, 11, 30)) and service.next_reminder() is None


def test_the_command_line_logs_exports_and_imports(cli, tmp_path: Path) -> None:
    code, out, err = cli("log", "lab", "ferritin", "48", "--date", "2026-01-10")
    assert code == 0, err
    assert out.startswith("Logged ferritin 48 ng/mL, drawn 2026-01-10.")
    assert cli("log", "lab", "tsat", "18.5", "--date", "2026-01-10")[0] == 0
    assert cli("log", "lab", "hb", "131", "--unit", "g/L", "--date", "2026-01-10")[0] == 0
    target = tmp_path / "labs.csv"
    assert cli("export", "labs", str(target))[0] == 0
    text = target.read_bytes().decode("utf-8")
    assert text == ("date,test,value,unit\r\n2026-01-10,ferritin,48,ng/mL\r\n"
                    "2026-01-10,tsat,18.5,%\r\n2026-01-10,hb,131,g/L\r\n")
    assert target.stat().st_mode & 0o077 == 0
    assert cli("import", "labs", str(target))[0] == 0
    second = tmp_path / "again.csv"
    assert cli("export", "labs", str(second))[0] == 0
    assert second.read_bytes().decode("utf-8") == text


@pytest.mark.parametrize(("args", "message"), [
    (("ferritin", "lots"), "rlsdesk: error: VALUE: 'lots' is not a number"),
    (("iron", "40"), "rlsdesk: error: TEST: 'iron' is not ferritin, tsat or hb"),
    (("hb", "13", "--unit", "mg/dL"), "rlsdesk: error: --unit: 'mg/dL' is not a unit for hb"),
    (("hb", "13", "--date", "2099-01-01"), "rlsdesk: error: --date: '2099-01-01' is in the"),
])
def test_the_command_line_refuses_bad_values_and_changes_nothing(
    cli, args: tuple[str, ...], message: str,
) -> None:
    assert cli("log", "lab", "ferritin", "50")[0] == 0
    before = dump(cli.data)
    code, _out, err = cli("log", "lab", *args)
    assert code == 2 and err.startswith(message), err
    assert err.count("\n") == 1
    assert dump(cli.data) == before


def test_a_bad_lab_file_is_refused_naming_the_line(cli, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("date,test,value\n2026-01-01,ferritin,12\n2026-01-02,tsat,x\n",
                      encoding="utf-8")
    code, _out, err = cli("import", "labs", str(source))
    assert code == 2 and "line 3, value: 'x'" in err


def test_the_command_line_plans_and_cancels_a_blood_test(cli) -> None:
    import sqlite3
    from datetime import date as day_type
    from datetime import timedelta

    code, out, err = cli("log", "lab", "plan", "2099-01-01")
    assert code != 0 and "more than two years ahead" in err
    code, out, err = cli("log", "lab", "plan", "2020-01-01")
    assert code != 0 and "DATE: '2020-01-01' is in the past" in err
    code, out, err = cli("log", "lab", "plan", "2020-01-01", "--unit", "g/L")
    assert code != 0 and "--unit does not go with plan" in err
    assert cli("log", "lab", "ferritin", "40", "--no-remind")[0] != 0
    future = day_type.today() + timedelta(days=40)
    code, out, err = cli("log", "lab", "plan", future.isoformat())
    assert code == 0, err
    assert out.startswith(f"Planned a blood test on {future.isoformat()}; a reminder comes "
                          "the evening before at 19:00")
    conn = sqlite3.connect(cli.data / "rlsdesk.db")
    assert conn.execute("SELECT planned, remind FROM lab_plans").fetchall() == [
        (future.isoformat(), 1)]
    code, out, err = cli("log", "lab", "plan", future.isoformat(), "--no-remind")
    assert code == 0 and "(no reminder)" in out
    assert conn.execute("SELECT remind FROM lab_plans").fetchall() == [(0,)]
    code, out, err = cli("log", "lab", "cancel", future.isoformat())
    assert code == 0 and out.startswith(f"Cancelled the blood test planned on {future}")
    assert conn.execute("SELECT COUNT(*) FROM lab_plans").fetchone() == (0,)
    code, out, err = cli("log", "lab", "cancel", future.isoformat())
    assert code != 0 and "no blood test is planned" in err
    conn.close()
