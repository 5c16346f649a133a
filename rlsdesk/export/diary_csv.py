"""The diary as CSV, one night per row (documented in README.md under "Diary CSV").

Columns: night, severity, onset, sleep_hours, awakenings, irls_total, note, quick_logs,
steps_done. Only ``night`` is required in a file read back; a missing column reads as
empty. Reading is all or nothing: the first problem raises :class:`DiaryFileError`
naming the line and the field.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import date

from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.diary import (
    NightEntry,
    NightRecord,
    QuickLog,
    format_quick_logs,
    parse_awakenings,
    parse_irls,
    parse_night,
    parse_note,
    parse_onset,
    parse_quick_logs,
    parse_severity,
    parse_sleep_hours,
)
from rlsdesk.domain.errors import ValidationError
from rlsdesk.errors import UserError
from rlsdesk.store.diary_repo import NightImport

COLUMNS = (
    "night", "severity", "onset", "sleep_hours", "awakenings", "irls_total", "note",
    "quick_logs", "steps_done",
)
_CHECKIN_FIELDS = ("onset", "sleep_hours", "awakenings", "irls_total", "note")
MAX_ROWS = 100_000


class DiaryFileError(UserError):
    """A diary file that cannot be read back; the message names the line and field."""


def write_csv(
    records: Sequence[NightRecord], quick_logs: Mapping[date, Sequence[QuickLog]],
    step_titles: Mapping[int, str],
) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in sorted(records, key=lambda r: r.night):
        entry = record.entry
        logs = quick_logs.get(record.night, ())
        if entry is None and not logs and not record.done:
            continue
        done = sorted(step_titles.get(i, f"#{i}") for i in record.done)
        writer.writerow([
            record.night.isoformat(),
            "" if entry is None else entry.severity,
            "" if entry is None or entry.onset is None else format_clock(entry.onset),
            "" if entry is None or entry.sleep_hours is None else f"{entry.sleep_hours:g}",
            "" if entry is None or entry.awakenings is None else entry.awakenings,
            "" if entry is None or entry.irls_total is None else entry.irls_total,
            "" if entry is None else entry.note,
            format_quick_logs(logs),
            "; ".join(done),
        ])
    return out.getvalue()


def read_csv(data: bytes, step_ids: Mapping[str, int], last_night: date) -> list[NightImport]:
    """Parse a diary file. ``step_ids`` maps step titles (any case) to ids; ``#N`` names a
    step id directly. Nights after ``last_night`` are refused."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DiaryFileError(
            f"the file is not UTF-8 text (byte {exc.start}); save it as UTF-8 CSV"
        ) from None
    titles = {title.casefold(): step_id for title, step_id in step_ids.items()}
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise DiaryFileError(f"line 1: {exc}") from None
    if header is None:
        raise DiaryFileError("the file is empty (it needs a header line starting with night)")
    names = [h.strip().lower() for h in header]
    for name in names:
        if name not in COLUMNS:
            raise DiaryFileError(
                f"line 1: unknown column {name!r} (columns are: {', '.join(COLUMNS)})"
            )
    if "night" not in names:
        raise DiaryFileError("line 1: the header has no 'night' column")
    if len(set(names)) != len(names):
        raise DiaryFileError("line 1: a column is named twice")

    nights: list[NightImport] = []
    seen: dict[date, int] = {}
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise DiaryFileError(f"line {start}: {exc}") from None
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(names):
            raise DiaryFileError(
                f"line {start}: {len(row)} fields, but the header has {len(names)}"
            )
        cells = dict(zip(names, row, strict=False))
        try:
            item = _night(cells, titles, last_night)
        except ValidationError as exc:
            raise DiaryFileError(f"line {start}, {exc}") from None
        if item.night in seen:
            raise DiaryFileError(
                f"line {start}, night: {item.night.isoformat()} is already on line "
                f"{seen[item.night]}"
            )
        seen[item.night] = start
        nights.append(item)
        if len(nights) > MAX_ROWS:
            raise DiaryFileError(f"line {start}: more than {MAX_ROWS} nights in one file")
    return nights


def _night(cells: Mapping[str, str], titles: Mapping[str, int], last_night: date) -> NightImport:
    def cell(name: str) -> str:
        return cells.get(name, "").strip()

    night = parse_night(cell("night"))
    if night > last_night:
        raise ValidationError("night", cell("night"), "is in the future")
    entry = None
    if cell("severity"):
        entry = NightEntry(
            night=night,
            severity=parse_severity(cell("severity")),
            onset=parse_onset(cell("onset")) if cell("onset") else None,
            sleep_hours=parse_sleep_hours(cell("sleep_hours")) if cell("sleep_hours") else None,
            awakenings=parse_awakenings(cell("awakenings")) if cell("awakenings") else None,
            irls_total=parse_irls(cell("irls_total")) if cell("irls_total") else None,
            note=parse_note(cells.get("note", "")),
        )
    else:
        for name in _CHECKIN_FIELDS:
            if cell(name):
                raise ValidationError(
                    "severity", "", f"is needed when {name} is given (a whole number 0-10)"
                )
    logs = parse_quick_logs(cell("quick_logs"))
    done: set[int] = set()
    for piece in (p.strip() for p in cell("steps_done").split(";")):
        if not piece:
            continue
        if piece.startswith("#") and piece[1:].isdigit() and 0 < int(piece[1:]) < 2**62:
            done.add(int(piece[1:]))
        elif piece.casefold() in titles:
            done.add(titles[piece.casefold()])
        else:
            raise ValidationError(
                "steps_done", piece, "is not a step of your routine (titles, separated by ;)"
            )
    return NightImport(night, entry, logs, frozenset(done))
