"""Lab results a person keeps with the diary: ferritin, transferrin saturation (TSAT) and
haemoglobin, by the date the blood was drawn; and what the 2024 AASM guideline says about
the iron values, as information (never advice).

Pure: no Qt, no I/O. The guideline (Winkelman et al., J Clin Sleep Med 2025; 21:137-152,
published online 2024) considers iron treatment when ferritin is at or below 75 ng/mL or
TSAT is below 20 %, and only intravenous iron when ferritin is above 75 and up to
100 ng/mL. ng/mL and ug/L are the same quantity. Haemoglobin has no threshold there: it
is kept because a clinician asks for it with the iron studies. The band codes returned
here are worded by the UI with the citation; whether and how to treat is for the
clinician.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.parsing import EARLIEST_NIGHT, parse_date

__all__ = [
    "DEFAULT_UNITS",
    "FERRITIN_IV_ONLY_MAX",
    "FERRITIN_THRESHOLD",
    "PLAN_AHEAD",
    "REMINDER_CLOCK",
    "TSAT_THRESHOLD",
    "UNITS",
    "Band",
    "LabResult",
    "LabRow",
    "LabTest",
    "PlannedTest",
    "blood_test_reminder_at",
    "guideline_band",
    "lab_rows",
    "parse_drawn",
    "parse_lab_test",
    "parse_lab_value",
    "parse_planned",
    "parse_unit",
    "planned_for_morning_after",
]

FERRITIN_THRESHOLD = 75.0     # ng/mL: at or below, iron (oral or IV) is considered
FERRITIN_IV_ONLY_MAX = 100.0  # ng/mL: above 75 and up to this, IV iron only is considered
TSAT_THRESHOLD = 20.0         # %: below, iron is considered
#: When the reminder before a planned blood test comes, the evening before.
REMINDER_CLOCK = time(19, 0)
#: How far ahead a blood test can be planned.
PLAN_AHEAD = timedelta(days=2 * 366)


class LabTest(StrEnum):
    FERRITIN = "ferritin"
    TSAT = "tsat"
    HB = "hb"


#: The units each test is entered in (first: the default), with the range of values a
#: result can plausibly have in that unit.
UNITS: dict[LabTest, dict[str, tuple[float, float]]] = {
    LabTest.FERRITIN: {"ng/mL": (0.0, 100_000.0), "ug/L": (0.0, 100_000.0)},
    LabTest.TSAT: {"%": (0.0, 100.0)},
    LabTest.HB: {"g/dL": (1.0, 30.0), "g/L": (10.0, 300.0), "mmol/L": (0.5, 20.0)},
}
DEFAULT_UNITS = {test: next(iter(units)) for test, units in UNITS.items()}
_UNIT_ALIASES = {"µg/l": "ug/L", "μg/l": "ug/L", "mcg/l": "ug/L", "ng/ml": "ng/mL",
                 "ug/l": "ug/L", "g/dl": "g/dL", "g/l": "g/L", "mmol/l": "mmol/L", "%": "%"}
_NUMBER = re.compile(r"[0-9]{1,6}([.,][0-9]{1,2})?")


class Band(StrEnum):
    """Where a result stands against the guideline's iron thresholds."""

    FERRITIN_AT_OR_BELOW_75 = "ferritin_at_or_below_75"
    FERRITIN_75_TO_100 = "ferritin_75_to_100"
    FERRITIN_ABOVE_100 = "ferritin_above_100"
    TSAT_BELOW_20 = "tsat_below_20"
    TSAT_20_OR_MORE = "tsat_20_or_more"
    NO_THRESHOLD = "no_threshold"


def parse_lab_test(value: object, field: str = "test") -> LabTest:
    try:
        return LabTest(str(value).strip().lower())
    except ValueError:
        raise ValidationError(field, value, "is not ferritin, tsat or hb",
                              ProblemCode.NOT_ONE_OF,
                              choices=tuple(t.value for t in LabTest)) from None


def parse_unit(test: LabTest, value: object, field: str = "unit") -> str:
    """The unit, spelled as rlsdesk writes it (``µg/L`` is written ``ug/L``); empty: the
    test's usual unit."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return DEFAULT_UNITS[test]
    text = str(value).strip()
    unit = _UNIT_ALIASES.get(text.lower(), text)
    if unit not in UNITS[test]:
        raise ValidationError(field, value, f"is not a unit for {test.value} ("
                              + ", ".join(UNITS[test]) + ")", ProblemCode.NOT_ONE_OF,
                              choices=tuple(UNITS[test]))
    return unit


def _plain(number: float) -> float | int:
    """``100.0`` as ``100`` (for a message), ``0.5`` as it is."""
    return int(number) if number.is_integer() else number


def parse_lab_value(test: LabTest, unit: str, value: object, field: str = "value") -> float:
    """A result within what the unit can hold, to two decimals (``12.5``, ``12,5``)."""
    lo, hi = UNITS[test][unit]
    problem = f"is not a number {lo:g}-{hi:g} {unit} (like 42 or 12.5)"
    params = {"min": _plain(lo), "max": _plain(hi), "unit": unit}
    if isinstance(value, bool):
        raise ValidationError(field, value, problem, ProblemCode.NOT_A_NUMBER, **params)
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        number = float(value.strip().replace(",", "."))
    else:
        raise ValidationError(field, value, problem, ProblemCode.NOT_A_NUMBER, **params)
    if not math.isfinite(number) or not lo <= number <= hi or round(number, 2) != number:
        raise ValidationError(field, value, problem, ProblemCode.NOT_A_NUMBER, **params)
    return number


def parse_drawn(value: object, today: date, field: str = "date") -> date:
    """The date the blood was drawn: ``YYYY-MM-DD``, from 1900 up to ``today``."""
    drawn = value if isinstance(value, date) else parse_date(value, field)
    if drawn < EARLIEST_NIGHT:
        raise ValidationError(field, value, f"is before {EARLIEST_NIGHT.isoformat()}",
                              ProblemCode.TOO_EARLY, earliest=EARLIEST_NIGHT)
    if drawn > today:
        raise ValidationError(field, value, "is in the future", ProblemCode.IN_FUTURE)
    return drawn


def parse_planned(value: object, today: date, field: str = "date") -> date:
    """The date of a planned blood test: ``YYYY-MM-DD``, from ``today`` up to two years
    ahead."""
    planned = value if isinstance(value, date) else parse_date(value, field)
    if planned < today:
        raise ValidationError(field, value, "is in the past", ProblemCode.TOO_EARLY,
                              earliest=today)
    if planned > today + PLAN_AHEAD:
        raise ValidationError(field, value, "is more than two years ahead",
                              ProblemCode.TOO_LATE,
                              latest=today + PLAN_AHEAD)
    return planned


@dataclass(frozen=True, slots=True)
class PlannedTest:
    """A blood test planned for the morning of ``planned``; ``remind``: a reminder the
    evening before."""

    planned: date
    remind: bool = True


def planned_for_morning_after(night: date, plans: list[PlannedTest]) -> PlannedTest | None:
    """The test planned for the morning that ends ``night`` (the night of D runs to D+1
    12:00, and a blood test is drawn in the morning), if its reminder is wanted."""
    tomorrow = night + timedelta(days=1)
    return next((p for p in plans if p.planned == tomorrow and p.remind), None)


@dataclass(frozen=True, slots=True)
class LabResult:
    """One result (checked on construction, except the date's place against today)."""

    drawn: date
    test: LabTest
    value: float
    unit: str
    id: int | None = None

    def __post_init__(self) -> None:
        test = parse_lab_test(self.test)
        object.__setattr__(self, "test", test)
        unit = parse_unit(test, self.unit)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "value", parse_lab_value(test, unit, self.value))
        if not isinstance(self.drawn, date) or self.drawn < EARLIEST_NIGHT:
            raise ValidationError("date", self.drawn, "is not a date from 1900-01-01",
                                  ProblemCode.NOT_A_DATE)

    @property
    def key(self) -> tuple[date, str, float, str]:
        """What the result says (its id aside)."""
        return self.drawn, self.test.value, self.value, self.unit


def guideline_band(result: LabResult) -> Band:
    """Where the result stands against the guideline's thresholds (ng/mL = ug/L)."""
    if result.test is LabTest.FERRITIN:
        if result.value <= FERRITIN_THRESHOLD:
            return Band.FERRITIN_AT_OR_BELOW_75
        if result.value <= FERRITIN_IV_ONLY_MAX:
            return Band.FERRITIN_75_TO_100
        return Band.FERRITIN_ABOVE_100
    if result.test is LabTest.TSAT:
        return Band.TSAT_BELOW_20 if result.value < TSAT_THRESHOLD else Band.TSAT_20_OR_MORE
    return Band.NO_THRESHOLD


@dataclass(frozen=True, slots=True)
class LabRow:
    """A row of the lab table: the results of one date, each with its band."""

    drawn: date
    ferritin: LabResult | None = None
    tsat: LabResult | None = None
    hb: LabResult | None = None

    def bands(self) -> list[Band]:
        return [guideline_band(r) for r in (self.ferritin, self.tsat, self.hb)
                if r is not None and guideline_band(r) is not Band.NO_THRESHOLD]


def lab_rows(results: list[LabResult]) -> list[LabRow]:
    """One row per date drawn, oldest first; of two results of one test on a date the
    later entered (higher id) is shown."""
    by_date: dict[date, dict[LabTest, LabResult]] = {}
    for result in sorted(results, key=lambda r: (r.drawn, r.id or 0)):
        by_date.setdefault(result.drawn, {})[result.test] = result
    return [LabRow(drawn, tests.get(LabTest.FERRITIN), tests.get(LabTest.TSAT),
                   tests.get(LabTest.HB)) for drawn, tests in sorted(by_date.items())]


def blood_test_reminder_at(planned: date, zone: ZoneInfo,
                           clock: time = REMINDER_CLOCK) -> datetime:
    """When the reminder before a planned (morning) blood test comes: ``clock`` on the
    evening before, in ``zone`` (a clock time the zone skips that evening moves on by the
    gap, as the wall clock does), as a UTC moment."""
    evening = datetime.combine(planned - timedelta(days=1), clock).replace(tzinfo=zone)
    return evening.astimezone(UTC)
