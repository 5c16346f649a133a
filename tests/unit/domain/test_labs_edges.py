"""Lab results at their edges: each 2024 AASM iron threshold (ferritin 75 and 100 ng/mL,
TSAT 20 %) at, just under and just over its value in every unit, each unit's range at its
ends, the date limits (1900-01-01, today, two years ahead) and the planned test's evening
reminder, with the message a person reads when a value is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.labs import (
    DEFAULT_UNITS,
    Band,
    LabResult,
    LabRow,
    LabTest,
    PlannedTest,
    blood_test_reminder_at,
    guideline_band,
    lab_rows,
    parse_drawn,
    parse_lab_test,
    parse_lab_value,
    parse_planned,
    parse_unit,
    planned_for_morning_after,
)

TODAY = date(2026, 11, 21)
BERLIN = ZoneInfo("Europe/Berlin")


def refused(call: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def band(test: LabTest, value: float, unit: str = "") -> Band:
    return guideline_band(LabResult(TODAY, test, value, unit))


@pytest.mark.parametrize("unit", ["ng/mL", "ug/L"])
@pytest.mark.parametrize(("value", "expected"), [
    (0, Band.FERRITIN_AT_OR_BELOW_75),
    (74.99, Band.FERRITIN_AT_OR_BELOW_75),
    (75, Band.FERRITIN_AT_OR_BELOW_75),        # at 75: iron (oral or IV) is considered
    (75.01, Band.FERRITIN_75_TO_100),
    (99.99, Band.FERRITIN_75_TO_100),
    (100, Band.FERRITIN_75_TO_100),            # up to and with 100: IV iron only
    (100.01, Band.FERRITIN_ABOVE_100),
    (100_000, Band.FERRITIN_ABOVE_100),
])
def test_ferritin_at_under_and_over_each_threshold(value: float, expected: Band,
                                                   unit: str) -> None:
    assert band(LabTest.FERRITIN, value, unit) is expected


@pytest.mark.parametrize(("value", "expected"), [
    (0, Band.TSAT_BELOW_20), (19.99, Band.TSAT_BELOW_20),
    (20, Band.TSAT_20_OR_MORE),                # below 20 only: 20 % itself is not
    (20.01, Band.TSAT_20_OR_MORE), (100, Band.TSAT_20_OR_MORE),
])
def test_tsat_at_under_and_over_its_threshold(value: float, expected: Band) -> None:
    assert band(LabTest.TSAT, value, "%") is expected


@pytest.mark.parametrize(("unit", "value"), [("g/dL", 1), ("g/dL", 30), ("g/L", 75),
                                              ("mmol/L", 20)])
def test_haemoglobin_has_no_threshold(unit: str, value: float) -> None:
    assert band(LabTest.HB, value, unit) is Band.NO_THRESHOLD


def test_a_row_lists_the_iron_bands_in_order_and_leaves_haemoglobin_out() -> None:
    ferritin = LabResult(TODAY, LabTest.FERRITIN, 80, "ng/mL")
    tsat = LabResult(TODAY, LabTest.TSAT, 20, "%")
    hb = LabResult(TODAY, LabTest.HB, 12, "g/dL")
    assert LabRow(TODAY, ferritin, tsat, hb).bands() == [Band.FERRITIN_75_TO_100,
                                                         Band.TSAT_20_OR_MORE]
    assert LabRow(TODAY, None, tsat, None).bands() == [Band.TSAT_20_OR_MORE]
    assert LabRow(TODAY, hb=hb).bands() == []
    assert LabRow(TODAY).bands() == []


@pytest.mark.parametrize(("test", "unit", "lo", "hi", "shown"), [
    (LabTest.FERRITIN, "ng/mL", 0.0, 100_000.0, "0-100000 ng/mL"),
    (LabTest.FERRITIN, "ug/L", 0.0, 100_000.0, "0-100000 ug/L"),
    (LabTest.TSAT, "%", 0.0, 100.0, "0-100 %"),
    (LabTest.HB, "g/dL", 1.0, 30.0, "1-30 g/dL"),
    (LabTest.HB, "g/L", 10.0, 300.0, "10-300 g/L"),
    (LabTest.HB, "mmol/L", 0.5, 20.0, "0.5-20 mmol/L"),
])
def test_each_unit_holds_its_range_and_nothing_beyond(test: LabTest, unit: str, lo: float,
                                                      hi: float, shown: str) -> None:
    assert parse_lab_value(test, unit, lo) == lo
    assert parse_lab_value(test, unit, hi) == hi
    assert parse_lab_value(test, unit, f"{lo + 0.01:.2f}") == lo + 0.01
    for outside in (round(lo - 0.01, 2), round(hi + 0.01, 2)):
        err = refused(lambda v=outside: parse_lab_value(test, unit, v))  # type: ignore[misc]
        assert str(err) == f"value: {outside!r} is not a number {shown} (like 42 or 12.5)"
        assert err.code is ProblemCode.NOT_A_NUMBER
        assert err.params == {"min": lo if lo % 1 else int(lo),
                              "max": hi if hi % 1 else int(hi), "unit": unit}


def test_the_limits_are_told_as_plain_numbers() -> None:
    err = refused(lambda: parse_lab_value(LabTest.HB, "mmol/L", 21))
    assert err.params["min"] == 0.5 and isinstance(err.params["min"], float)
    assert err.params["max"] == 20 and isinstance(err.params["max"], int)


@pytest.mark.parametrize(("given", "read"), [
    ("12.5", 12.5), ("12,5", 12.5), (" 12.5 ", 12.5), ("12.25", 12.25), ("12", 12.0),
    ("999999", None), (12, 12.0), (12.25, 12.25), ("0", 0.0),
])
def test_values_are_read_to_two_decimals(given: object, read: float | None) -> None:
    if read is None:  # six digits fit the pattern but not the range
        assert refused(lambda: parse_lab_value(LabTest.FERRITIN, "ng/mL", given)).field == (
            "value")
    else:
        found = parse_lab_value(LabTest.FERRITIN, "ng/mL", given)
        assert found == read and isinstance(found, float)


@pytest.mark.parametrize("given", [
    "12.345", "1234567", "12.", ".5", "1e2", "-1", "", "twelve", "12.5.1", True, False, None,
    12.345, float("nan"), float("inf"), [12],
])
def test_anything_else_is_not_a_value(given: object) -> None:
    err = refused(lambda: parse_lab_value(LabTest.FERRITIN, "ug/L", given, field="ferritin"))
    assert err.field == "ferritin" and err.code is ProblemCode.NOT_A_NUMBER
    assert err.problem == "is not a number 0-100000 ug/L (like 42 or 12.5)"


@pytest.mark.parametrize(("given", "test"), [
    ("ferritin", LabTest.FERRITIN), (" TSAT ", LabTest.TSAT), ("Hb", LabTest.HB),
    (LabTest.HB, LabTest.HB),
])
def test_the_test_is_named_in_any_case(given: object, test: LabTest) -> None:
    assert parse_lab_test(given) is test


def test_an_unknown_test_is_refused_with_the_choices() -> None:
    err = refused(lambda: parse_lab_test("iron", field="kind"))
    assert str(err) == "kind: 'iron' is not ferritin, tsat or hb"
    assert err.code is ProblemCode.NOT_ONE_OF
    assert err.params == {"choices": ("ferritin", "tsat", "hb")}
    assert refused(lambda: parse_lab_test("iron")).field == "test"


@pytest.mark.parametrize(("test", "given", "unit"), [
    (LabTest.FERRITIN, None, "ng/mL"), (LabTest.FERRITIN, "  ", "ng/mL"),
    (LabTest.FERRITIN, "", "ng/mL"), (LabTest.TSAT, None, "%"), (LabTest.HB, None, "g/dL"),
    (LabTest.FERRITIN, "µg/L", "ug/L"), (LabTest.FERRITIN, "μg/l", "ug/L"),
    (LabTest.FERRITIN, "MCG/L", "ug/L"), (LabTest.FERRITIN, " NG/ML ", "ng/mL"),
    (LabTest.FERRITIN, "ug/l", "ug/L"), (LabTest.HB, "G/DL", "g/dL"), (LabTest.HB, "g/l", "g/L"),
    (LabTest.HB, "mmol/l", "mmol/L"), (LabTest.TSAT, "%", "%"), (LabTest.HB, "g/L", "g/L"),
])
def test_units_are_read_in_any_spelling(test: LabTest, given: object, unit: str) -> None:
    assert parse_unit(test, given) == unit


def test_a_unit_of_another_test_is_refused_naming_the_units() -> None:
    err = refused(lambda: parse_unit(LabTest.HB, "ng/mL", field="u"))
    assert str(err) == "u: 'ng/mL' is not a unit for hb (g/dL, g/L, mmol/L)"
    assert err.code is ProblemCode.NOT_ONE_OF
    assert err.params == {"choices": ("g/dL", "g/L", "mmol/L")}
    assert refused(lambda: parse_unit(LabTest.TSAT, "ug/L")).field == "unit"
    assert DEFAULT_UNITS == {LabTest.FERRITIN: "ng/mL", LabTest.TSAT: "%",
                             LabTest.HB: "g/dL"}


def test_the_drawn_date_runs_from_1900_to_today() -> None:
    assert parse_drawn("1900-01-01", TODAY) == date(1900, 1, 1)
    assert parse_drawn(TODAY.isoformat(), TODAY) == TODAY
    assert parse_drawn(TODAY, TODAY) == TODAY
    early = refused(lambda: parse_drawn("1899-12-31", TODAY, field="drawn"))
    assert str(early) == "drawn: '1899-12-31' is before 1900-01-01"
    assert early.code is ProblemCode.TOO_EARLY
    assert early.params == {"earliest": date(1900, 1, 1)}
    late = refused(lambda: parse_drawn(TODAY + timedelta(days=1), TODAY))
    assert str(late) == "date: datetime.date(2026, 11, 22) is in the future"
    assert late.code is ProblemCode.IN_FUTURE
    assert refused(lambda: parse_drawn("21.11.2026", TODAY)).field == "date"


def test_a_planned_test_runs_from_today_to_two_years_ahead() -> None:
    assert parse_planned(TODAY, TODAY) == TODAY
    last = date(2028, 11, 22)  # two years of 366 days
    assert parse_planned(last.isoformat(), TODAY) == last
    past = refused(lambda: parse_planned("2026-11-20", TODAY, field="planned"))
    assert str(past) == "planned: '2026-11-20' is in the past"
    assert past.code is ProblemCode.TOO_EARLY and past.params == {"earliest": TODAY}
    far = refused(lambda: parse_planned(last + timedelta(days=1), TODAY))
    assert far.field == "date" and far.problem == "is more than two years ahead"
    assert far.code is ProblemCode.TOO_LATE and far.params == {"latest": last}
    assert refused(lambda: parse_planned("soon", TODAY)).field == "date"


def test_the_test_of_the_morning_after_a_night() -> None:
    night = date(2026, 11, 20)
    plans = [PlannedTest(date(2026, 11, 20)), PlannedTest(date(2026, 11, 22)),
             PlannedTest(date(2026, 11, 21), remind=False)]
    assert planned_for_morning_after(night, plans) is None  # its reminder is not wanted
    wanted = PlannedTest(date(2026, 11, 21))
    assert planned_for_morning_after(night, [*plans, wanted]) is wanted
    assert planned_for_morning_after(night, []) is None
    assert PlannedTest(TODAY).remind is True


def test_a_result_is_checked_when_made() -> None:
    result = LabResult(TODAY, "FERRITIN", "48,5", "µg/L", 7)  # type: ignore[arg-type]
    assert result.test is LabTest.FERRITIN and result.unit == "ug/L" and result.value == 48.5
    assert result.key == (TODAY, "ferritin", 48.5, "ug/L") and result.id == 7
    assert LabResult(date(1900, 1, 1), LabTest.HB, 13, "g/dL").drawn == date(1900, 1, 1)
    for drawn in (date(1899, 12, 31), "2026-11-21", None):
        err = refused(lambda d=drawn: LabResult(d, LabTest.HB, 13, "g/dL"))  # type: ignore[misc]
        assert err.field == "date" and err.code is ProblemCode.NOT_A_DATE
        assert err.problem == "is not a date from 1900-01-01"
    assert refused(lambda: LabResult(TODAY, LabTest.TSAT, 101, "%")).field == "value"
    assert refused(lambda: LabResult(TODAY, LabTest.TSAT, 50, "g/L")).field == "unit"
    assert refused(lambda: LabResult(TODAY, "iron", 5, "%")).field == "test"  # type: ignore[arg-type]


def test_rows_keep_the_later_entry_and_an_unsaved_one_counts_as_first() -> None:
    unsaved = LabResult(TODAY, LabTest.TSAT, 15, "%")
    saved = LabResult(TODAY, LabTest.TSAT, 25, "%", 1)
    older = LabResult(TODAY - timedelta(days=1), LabTest.HB, 12, "g/dL", 9)
    rows = lab_rows([saved, older, unsaved])
    assert [r.drawn for r in rows] == [TODAY - timedelta(days=1), TODAY]
    assert rows[1].tsat is saved and rows[1].ferritin is None and rows[1].hb is None
    assert rows[0].hb is older
    assert lab_rows([LabResult(TODAY, LabTest.TSAT, 25, "%", 3),
                     LabResult(TODAY, LabTest.TSAT, 15, "%", 2)])[0].tsat.value == 25  # type: ignore[union-attr]
    assert lab_rows([]) == []


def test_the_reminder_is_the_evening_before_at_1900_in_the_persons_zone() -> None:
    at = blood_test_reminder_at(date(2026, 11, 23), BERLIN)
    assert at == datetime(2026, 11, 22, 18, 0, tzinfo=UTC) and at.tzinfo is UTC
    summer = blood_test_reminder_at(date(2026, 7, 1), BERLIN, time(20, 15))
    assert summer == datetime(2026, 6, 30, 18, 15, tzinfo=UTC)


def test_a_reminder_clock_the_zone_skips_moves_on_by_the_gap() -> None:
    # Berlin, 29 Mar 2026: 02:00 -> 03:00. A 02:30 reminder comes when the clock shows 03:30
    at = blood_test_reminder_at(date(2026, 3, 30), BERLIN, time(2, 30))
    assert at == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert at.astimezone(BERLIN).time() == time(3, 30)


def test_a_refusal_carries_the_value_and_field_as_given() -> None:
    for given in (True, "twelve"):
        err = refused(lambda g=given: parse_lab_value(LabTest.TSAT, "%", g))  # type: ignore[misc]
        assert err.value == given and err.params == {"min": 0, "max": 100, "unit": "%"}
    assert refused(lambda: parse_drawn("21.11.2026", TODAY, field="drawn")).field == "drawn"
    assert refused(lambda: parse_planned("soon", TODAY, field="plan")).field == "plan"
    far = date(2030, 1, 1)
    assert refused(lambda: parse_planned(far, TODAY)).value == far
    early = date(1899, 12, 31)
    assert refused(lambda: LabResult(early, LabTest.HB, 13, "g/dL")).value == early
