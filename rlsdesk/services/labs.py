"""The lab-results use cases the window and the command line share: log a result, the
table with the 2024 AASM guideline's context, the lab CSV file, planned blood tests.
Holds no Qt. The guideline context is information for the person and their clinician;
rlsdesk never suggests a treatment or a dose."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from rlsdesk.domain.labs import (
    LabResult,
    LabRow,
    PlannedTest,
    blood_test_reminder_at,
    lab_rows,
    parse_drawn,
    parse_lab_test,
    parse_lab_value,
    parse_planned,
    parse_unit,
    planned_for_morning_after,
)
from rlsdesk.formats.labs_csv import read_labs_csv, write_labs_csv
from rlsdesk.services.evening import Evening
from rlsdesk.store.labs_repo import LabsRepo


class LabsService:
    def __init__(self, evening: Evening) -> None:
        self.evening = evening
        self.repo = LabsRepo(evening.store.conn, evening.store.unreadable)

    def today(self) -> date:
        return self.evening.now().date()

    def log(self, test: str, value: object, unit: str | None = None,
            drawn: date | str | None = None) -> LabResult:
        """Add a result (raises ValidationError naming ``test``, ``value``, ``unit`` or
        ``date``); without a date it was drawn today."""
        kind = parse_lab_test(test)
        unit_ = parse_unit(kind, unit)
        day = self.today() if drawn is None else parse_drawn(drawn, self.today())
        result = LabResult(day, kind, parse_lab_value(kind, unit_, value), unit_)
        return self.repo.add(result, self.evening.now())

    def delete(self, result_id: int) -> bool:
        return self.repo.delete(result_id)

    def delete_drawn(self, drawn: date) -> int:
        """Delete every result drawn on ``drawn`` (a mistaken row of the table)."""
        return self.repo.delete_drawn(drawn)

    def results(self) -> list[LabResult]:
        return self.repo.results()

    def rows(self, first: date | None = None, last: date | None = None) -> list[LabRow]:
        """The lab table: one row per date drawn in ``first..last`` (default: all), each
        result with its place against the guideline's thresholds (``guideline_band``)."""
        return [row for row in lab_rows(self.results())
                if (first is None or row.drawn >= first) and (last is None or row.drawn <= last)]

    def fingerprint(self) -> tuple[object, ...]:
        return self.repo.fingerprint()

    # --- the lab file ---------------------------------------------------------------------
    def export_csv(self) -> str:
        return write_labs_csv(self.results())

    def read_csv(self, data: bytes) -> list[LabResult]:
        """Parse a lab file (raises LabsFileError naming the line and field)."""
        return read_labs_csv(data, self.today())

    def import_results(self, results: Sequence[LabResult]) -> None:
        """Each date in ``results`` gets exactly the file's results; other dates are kept."""
        self.repo.replace_dates(results, self.evening.now())

    # --- planned blood tests --------------------------------------------------------------
    def plan_test(self, planned: date | str, remind: bool = True) -> date:
        """Plan a (morning) blood test on ``planned``, today or later (raises
        ValidationError naming ``date``); ``remind``: a reminder the evening before."""
        day = parse_planned(planned, self.today())
        self.repo.plan(day, remind)
        return day

    def unplan_test(self, planned: date) -> bool:
        return self.repo.unplan(planned)

    def planned_tests(self) -> list[date]:
        return [p.planned for p in self.repo.plans()]

    def plans(self, *, upcoming: bool = False) -> list[PlannedTest]:
        """Every planned test, or (``upcoming``) those from today on."""
        today = self.today()
        return [p for p in self.repo.plans() if not upcoming or p.planned >= today]

    def reminder_tonight(self, night: date) -> tuple[PlannedTest, datetime] | None:
        """The test planned for the morning after ``night`` whose reminder is wanted, and
        when that reminder comes (the evening of ``night``)."""
        plan = planned_for_morning_after(night, self.repo.plans())
        if plan is None:
            return None
        return plan, blood_test_reminder_at(plan.planned, self.evening.zone)

    def next_reminder(self) -> tuple[date, datetime] | None:
        """The next planned test whose reminder (the evening before) is still to come."""
        now = self.evening.now()
        for plan in self.repo.plans():
            at = blood_test_reminder_at(plan.planned, self.evening.zone)
            if plan.remind and at > now:
                return plan.planned, at
        return None
