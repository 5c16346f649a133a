"""The diary as CSV, one night per row (documented in README.md under "Diary CSV").

Columns: night, severity, onset, sleep_hours, awakenings, irls_total, note, quick_logs,
steps_done, triggers, then the sleep diary (into_bed, try_sleep, minutes_to_sleep,
minutes_awake, final_wake, out_of_bed, sleep_quality). Only ``night`` is required in a file
read back; a missing column reads as empty. Reading is all or nothing: the first problem
raises :class:`DiaryFileError` naming the line and the field.

``steps_done`` lists step titles separated by ``;``. Inside a title a ``;`` is written
``\\;`` and a ``\\`` as ``\\\\``; a title starting with ``#`` is written ``\\#`` (a bare
``#12`` names step 12 by id: a removed step, or one whose title another step shares), so
every title reads back as itself. A backslash before any other character is kept as
written. ``triggers`` lists the night's trigger names the same way (a built-in key such as
``alcohol`` or one of the person's own names).

Times (``onset``, ``quick_logs``) are wall-clock ``HH:MM`` on the night. Where that wall
time is not one moment in the person's zone on that night (an hour the clocks repeat, or
one they skip) the time carries the UTC offset it was lived at, ``01:30+02:00``; read back,
a time with an offset is exactly that, and a plain time the zone skips that night is
refused.

Cells a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return) are written with a ``'`` in front, and so is a cell that itself starts
with ``'``; reading removes one leading ``'`` from any cell. So every value reads back
exactly, and no cell of an exported file starts a formula.

The reader takes RFC 4180 exactly: an unclosed quote, a quote inside an unquoted field,
text after a closing quote, a carriage return without a line feed, or a row with more or
fewer fields than the header stops the import with the line named; bytes that are not
UTF-8 name their line too.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import (
    format_clock_offset,
    moment_on_night,
    parse_int,
    repeats_on_night,
    skipped_on_night,
)
from rlsdesk.domain.diary import (
    NightEntry,
    NightImport,
    NightRecord,
    QuickLog,
    format_quick_logs,
    parse_awakenings,
    parse_irls,
    parse_night,
    parse_note,
    parse_onset_offset,
    parse_quick_logs,
    parse_severity,
    parse_sleep_hours,
)
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.sleep_diary import (
    AWAKE_RANGE,
    LATENCY_RANGE,
    SleepDiary,
    SleepTime,
    check_sleep_order,
    format_quality,
    parse_quality,
    parse_sleep_time,
)
from rlsdesk.domain.triggers import BUILTIN_TRIGGERS, parse_own_trigger_name
from rlsdesk.system.errors import UserError

#: The sleep-diary answers (Consensus Sleep Diary), part of the check-in.
SLEEP_COLUMNS = ("into_bed", "try_sleep", "minutes_to_sleep", "minutes_awake", "final_wake",
                 "out_of_bed", "sleep_quality")
COLUMNS = (
    "night", "severity", "onset", "sleep_hours", "awakenings", "irls_total", "note",
    "quick_logs", "steps_done", "triggers",
    *SLEEP_COLUMNS,
)
_CHECKIN_FIELDS = ("onset", "sleep_hours", "awakenings", "irls_total", "note", *SLEEP_COLUMNS)
MAX_ROWS = 100_000
STEP_SEPARATOR = "; "
GUARD = "'"
_STEP_ID_RE = re.compile(r"#(\d{1,18})")


class DiaryFileError(UserError):
    """A diary file that cannot be read back; the message names the line and field."""


def write_csv(
    records: Sequence[NightRecord], quick_logs: Mapping[date, Sequence[QuickLog]],
    step_titles: Mapping[int, str], zone: ZoneInfo,
) -> str:
    """The diary file; ``zone`` is the person's zone now (which times need an offset)."""
    out = io.StringIO()
    writer = _GuardedWriter(csv.writer(out, lineterminator="\r\n"))
    writer.writerow(COLUMNS)
    for record in sorted(records, key=lambda r: r.night):
        entry = record.entry
        logs = quick_logs.get(record.night, ())
        if entry is None and not logs and not record.done and not record.triggers:
            continue
        writer.writerow([
            record.night.isoformat(),
            "" if entry is None else entry.severity,
            "" if entry is None or entry.onset is None
            else _time_cell(entry.onset, entry.onset_offset, record.night, zone),
            "" if entry is None or entry.sleep_hours is None else f"{entry.sleep_hours:g}",
            "" if entry is None or entry.awakenings is None else entry.awakenings,
            "" if entry is None or entry.irls_total is None else entry.irls_total,
            "" if entry is None else entry.note,
            format_quick_logs(logs, _offset_rule(record.night, zone)),
            format_steps_done(record.done, step_titles),
            format_triggers(record.triggers),
            *sleep_cells(None if entry is None else entry.sleep),
        ])
    return out.getvalue()


def read_csv(data: bytes, step_titles: Mapping[int, str], last_night: date,
             zone: ZoneInfo) -> list[NightImport]:
    """Parse a diary file. ``step_titles`` maps the routine's step ids to titles (a title
    in the file may differ in case); ``#N`` names a step id directly. Nights after
    ``last_night`` are refused, and so is a plain time ``zone`` (the person's zone now)
    skips on its night."""
    text = _decode(data)
    titles = _StepTitles(step_titles)
    records = _records(text)
    first = next(records, None)
    if first is None:
        raise DiaryFileError("the file is empty (it needs a header line starting with night)")
    names = [h.strip().lower() for h in first[1]]
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
    for start, row in records:
        if not any(cell.strip() for cell in row):
            continue  # a blank line, or a spreadsheet's row of empty cells
        if len(row) != len(names):
            raise DiaryFileError(
                f"line {start}: {len(row)} fields, but the header has {len(names)}"
            )
        cells = {name: unguard_cell(cell) for name, cell in zip(names, row, strict=True)}
        try:
            item = _night(cells, titles, last_night, zone)
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


# --- framing: cells a spreadsheet cannot run, and RFC 4180 read exactly -------------------
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", GUARD)


def guard_cell(value: object) -> str:
    """A cell as written: ``'`` in front of one a spreadsheet would run, or one that
    starts with ``'`` itself (so that :func:`unguard_cell` gives back exactly ``value``)."""
    text = str(value)
    return GUARD + text if text.startswith(_FORMULA_STARTS) else text


def unguard_cell(cell: str) -> str:
    """A cell as read: one leading ``'`` removed."""
    return cell[1:] if cell.startswith(GUARD) else cell


class _GuardedWriter:
    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([guard_cell(cell) for cell in row])


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DiaryFileError(
            f"line {line}: byte {exc.start} is not UTF-8 text; save the file as UTF-8 CSV"
        ) from None


_UNQUOTED = re.compile(r'[^,"\r\n]*')


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each record's first line and its fields. Anything RFC 4180 does not say exactly how
    to read raises DiaryFileError with the line, rather than a guess."""
    pos, end, line = 0, len(text), 1
    while pos < end:
        start = line
        fields: list[str] = []
        while True:
            if text.startswith('"', pos):
                opened = line
                parts: list[str] = []
                pos += 1
                while True:
                    close = text.find('"', pos)
                    if close < 0:
                        raise DiaryFileError(
                            f"line {opened}: a quote opened here is never closed")
                    parts.append(text[pos:close])
                    line += text.count("\n", pos, close)
                    if text.startswith('"', close + 1):  # "" is a quote inside the field
                        parts.append('"')
                        pos = close + 2
                        continue
                    pos = close + 1
                    break
                fields.append("".join(parts))
                if pos < end and text[pos] not in ",\r\n":
                    raise DiaryFileError(
                        f"line {line}: text after a closing quote (a quoted field ends at "
                        "its closing quote; write a quote inside it as \"\")")
            else:
                match = _UNQUOTED.match(text, pos)
                assert match is not None  # the pattern matches the empty string
                fields.append(match.group())
                pos = match.end()
                if text.startswith('"', pos):
                    raise DiaryFileError(
                        f"line {line}: a quote inside a field that does not start with one "
                        "(quote the whole field and write the quote as \"\")")
            if pos >= end:
                break
            if text[pos] == ",":
                pos += 1
                continue
            if text.startswith("\r\n", pos):
                pos += 2
            elif text[pos] == "\n":
                pos += 1
            else:
                raise DiaryFileError(
                    f"line {line}: a carriage return without a line feed (save the file "
                    "with ordinary line ends)")
            line += 1
            break
        yield start, fields


def _night(cells: Mapping[str, str], titles: _StepTitles, last_night: date,
           zone: ZoneInfo) -> NightImport:
    def cell(name: str) -> str:
        return cells.get(name, "").strip()

    night = parse_night(cell("night"))
    if night > last_night:
        raise ValidationError("night", cell("night"), "is in the future", ProblemCode.IN_FUTURE)
    entry = None
    if cell("severity"):
        onset, offset = parse_onset_offset(cell("onset")) if cell("onset") else (None, None)
        if onset is not None:
            moment_on_night(onset, night, zone, offset, "onset")  # refuses a skipped time
        entry = NightEntry(
            night=night,
            severity=parse_severity(cell("severity")),
            onset=onset,
            onset_offset=offset,
            sleep_hours=parse_sleep_hours(cell("sleep_hours")) if cell("sleep_hours") else None,
            awakenings=parse_awakenings(cell("awakenings")) if cell("awakenings") else None,
            irls_total=parse_irls(cell("irls_total")) if cell("irls_total") else None,
            note=parse_note(cells.get("note", "")),
            sleep=_sleep_diary(cell),
        )
        check_sleep_order(entry.sleep, night, zone)
    else:
        for name in _CHECKIN_FIELDS:
            if cell(name):
                raise ValidationError(
                    "severity", "", f"is needed when {name} is given (a whole number 0-10)",
                    ProblemCode.REQUIRED, other=name
                )
    logs = parse_quick_logs(cell("quick_logs"))
    for log in logs:
        moment_on_night(log.clock, night, zone, log.offset, "quick_logs")
    done = {titles.find(piece) for piece in split_steps_done(cell("steps_done"))}
    return NightImport(night, entry, logs, frozenset(done), parse_triggers(cell("triggers")))


# --- the sleep diary: times exactly as stored (with the offset when one was given) --------
def sleep_cells(sleep: SleepDiary | None) -> list[str]:
    """The sleep-diary cells of a row, in :data:`SLEEP_COLUMNS` order."""
    if sleep is None:
        return [""] * len(SLEEP_COLUMNS)

    def text(value: object) -> str:
        return "" if value is None else str(value)

    return [text(sleep.into_bed), text(sleep.try_sleep), text(sleep.minutes_to_sleep),
            text(sleep.minutes_awake), text(sleep.final_wake), text(sleep.out_of_bed),
            "" if sleep.quality is None else format_quality(sleep.quality)]


def _sleep_diary(cell: Callable[[str], str]) -> SleepDiary:
    def clock(name: str) -> SleepTime | None:
        return parse_sleep_time(cell(name), name) if cell(name) else None

    def minutes(name: str, lo: int, hi: int) -> int | None:
        return parse_int(cell(name), name, lo, hi, "min") if cell(name) else None

    return SleepDiary(
        into_bed=clock("into_bed"), try_sleep=clock("try_sleep"),
        minutes_to_sleep=minutes("minutes_to_sleep", *LATENCY_RANGE),
        minutes_awake=minutes("minutes_awake", *AWAKE_RANGE),
        final_wake=clock("final_wake"), out_of_bed=clock("out_of_bed"),
        quality=parse_quality(cell("sleep_quality")) if cell("sleep_quality") else None,
    )


# --- times: plain HH:MM unless the wall time alone is not one moment that night ----------
def _offset_rule(night: date, zone: ZoneInfo) -> Callable[[QuickLog], bool]:
    """Which of a night's quick logs are written with their offset."""
    return lambda q: _needs_offset(q.clock, q.offset, night, zone)


def _needs_offset(clock: time, offset: timedelta | None, night: date, zone: ZoneInfo) -> bool:
    return offset is not None and (
        repeats_on_night(clock, night, zone) or skipped_on_night(clock, night, zone))


def _time_cell(clock: time, offset: timedelta | None, night: date, zone: ZoneInfo) -> str:
    return format_clock_offset(clock, offset if _needs_offset(clock, offset, night, zone)
                               else None)


# --- steps_done: titles separated by ';', escaped so that any title round-trips ------------
def escape_title(title: str) -> str:
    """A step title as written in ``steps_done``."""
    text = title.replace("\\", "\\\\").replace(";", "\\;")
    return "\\" + text if text.startswith("#") else text


def format_steps_done(done: Iterable[int], step_titles: Mapping[int, str]) -> str:
    """The ``steps_done`` cell: titles sorted, or ``#id`` for a removed step or a title
    that names more than one step (any case)."""
    shared = Counter(title.casefold() for title in step_titles.values())
    titles, ids = [], []
    for step_id in done:
        title = step_titles.get(step_id)
        if title is None or shared[title.casefold()] > 1:
            ids.append(step_id)
        else:
            titles.append(escape_title(title))
    return STEP_SEPARATOR.join([*sorted(titles), *(f"#{i}" for i in sorted(ids))])


def split_steps_done(cell: str) -> list[str | int]:
    """The steps a ``steps_done`` cell names: titles (unescaped) or ``#id`` ids."""
    found: list[str | int] = []
    for raw in _split_escaped(cell):
        match = _STEP_ID_RE.fullmatch(raw)
        found.append(int(match.group(1)) if match else _unescape(raw))
    return found


def format_triggers(names: Iterable[str]) -> str:
    """The ``triggers`` cell: names sorted, escaped as step titles are."""
    return STEP_SEPARATOR.join(escape_title(name) for name in sorted(names))


def parse_triggers(cell: str) -> frozenset[str]:
    """The names a ``triggers`` cell lists: a built-in key (any case) or a name for one of
    the person's own (checked as such; the store adds one it does not know yet)."""
    found = set()
    for raw in _split_escaped(cell):
        name = _unescape(raw)
        folded = name.casefold()
        found.add(folded if folded in BUILTIN_TRIGGERS
                  else parse_own_trigger_name(name, field="triggers"))
    return frozenset(found)


def _split_escaped(cell: str) -> list[str]:
    """A cell's pieces between unescaped ``;``, stripped, still escaped; empty ones dropped."""
    pieces: list[str] = []
    current: list[str] = []
    chars = iter(cell)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == ";":
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return [raw for raw in (p.strip() for p in pieces) if raw]


def _unescape(raw: str) -> str:
    return re.sub(r"\\([\\;#])", r"\1", raw)


class _StepTitles:
    """Finds the step a title names: the one step with exactly that title, else the one
    step whose title matches ignoring case."""

    def __init__(self, step_titles: Mapping[int, str]) -> None:
        self._exact: dict[str, set[int]] = {}
        self._folded: dict[str, set[int]] = {}
        for step_id, title in step_titles.items():
            self._exact.setdefault(title, set()).add(step_id)
            self._folded.setdefault(title.casefold(), set()).add(step_id)

    def find(self, name: str | int) -> int:
        if isinstance(name, int):
            if not 0 < name < 2**62:
                raise ValidationError("steps_done", f"#{name}", "is not a step id",
                                      ProblemCode.NOT_A_STEP)
            return name
        ids = self._exact.get(name) or self._folded.get(name.casefold(), set())
        if len(ids) == 1:
            return next(iter(ids))
        if ids:
            raise ValidationError(
                "steps_done", name, "names more than one step of your routine (write #ID)",
                ProblemCode.AMBIGUOUS_STEP
            )
        raise ValidationError(
            "steps_done", name, "is not a step of your routine (titles, separated by ;)",
            ProblemCode.NOT_A_STEP
        )
