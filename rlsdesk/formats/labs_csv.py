"""Lab results as CSV, one result per row: ``date,test,value,unit`` (documented in
README.md under "Lab results CSV"). Read as strictly as the diary file (RFC 4180 exactly,
spreadsheet-safe cells, UTF-8); the first problem raises :class:`LabsFileError` naming
the line and the field, and nothing is read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.labs import (
    LabResult,
    parse_drawn,
    parse_lab_test,
    parse_lab_value,
    parse_unit,
)
from rlsdesk.formats.diary_csv import _decode, _GuardedWriter, _records, unguard_cell
from rlsdesk.system.errors import UserError

COLUMNS = ("date", "test", "value", "unit")
MAX_ROWS = 100_000


class LabsFileError(UserError):
    """A lab file that cannot be read back; the message names the line and field."""


def format_value(value: float) -> str:
    """``75.0`` -> ``75``, ``12.5`` -> ``12.5``, ``99999.99`` as it is."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def write_labs_csv(results: Sequence[LabResult]) -> str:
    out = io.StringIO()
    writer = _GuardedWriter(csv.writer(out, lineterminator="\r\n"))
    writer.writerow(COLUMNS)
    for result in sorted(results, key=lambda r: (r.drawn, r.id or 0)):
        writer.writerow([result.drawn.isoformat(), result.test.value,
                         format_value(result.value), result.unit])
    return out.getvalue()


def read_labs_csv(data: bytes, today: date) -> list[LabResult]:
    """The results in a lab file (dates after ``today`` are refused)."""
    try:
        text = _decode(data)
        records = _records(text)
        first = next(records, None)
        if first is None:
            raise LabsFileError("the file is empty (it needs a header line: "
                                + ",".join(COLUMNS) + ")")
        names = [h.strip().lower() for h in first[1]]
        for name in names:
            if name not in COLUMNS:
                raise LabsFileError(
                    f"line 1: unknown column {name!r} (columns are: {', '.join(COLUMNS)})")
        for needed in ("date", "test", "value"):
            if needed not in names:
                raise LabsFileError(f"line 1: the header has no {needed!r} column")
        if len(set(names)) != len(names):
            raise LabsFileError("line 1: a column is named twice")
        results: list[LabResult] = []
        for start, row in records:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(names):
                raise LabsFileError(
                    f"line {start}: {len(row)} fields, but the header has {len(names)}")
            cells = {n: unguard_cell(c).strip() for n, c in zip(names, row, strict=True)}
            try:
                test = parse_lab_test(cells["test"])
                unit = parse_unit(test, cells.get("unit", ""))
                results.append(LabResult(parse_drawn(cells["date"], today), test,
                                         parse_lab_value(test, unit, cells["value"]), unit))
            except ValidationError as exc:
                raise LabsFileError(f"line {start}, {exc}") from None
            if len(results) > MAX_ROWS:
                raise LabsFileError(f"line {start}: more than {MAX_ROWS} results in one file")
        return results
    except UserError as exc:
        if isinstance(exc, LabsFileError):
            raise
        raise LabsFileError(str(exc)) from None
