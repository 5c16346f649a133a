"""Diary subcommands: log night, export csv|ics|pdf, import csv."""

from __future__ import annotations

import argparse
import csv
import io
from datetime import date, timedelta
from pathlib import Path

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import domain_error, option_night
from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.triggers import BUILTIN_TRIGGERS
from rlsdesk.formats.targets import export_target, read_source, write_export
from rlsdesk.services.diary import DiaryService
from rlsdesk.system.errors import UserError

#: The report's period without --from: the last 90 nights (a clinician's usual interval).
REPORT_NIGHTS = 90

_OPTION_OF_FIELD = {
    "severity": "--severity", "onset": "--onset", "sleep_hours": "--sleep-hours",
    "awakenings": "--awakenings", "note": "--note", "irls_total": "--irls", "night": "--date",
    "trigger": "--trigger",
}


def register(commands: argparse._SubParsersAction) -> None:
    _register_log_night(commands)
    export = commands.add_parser("export", help="write the diary or routine to a file")
    kinds = export.add_subparsers(dest="export_kind", metavar="FORMAT", required=True)
    csv_ = kinds.add_parser("csv", help="the diary and done marks, one night per row")
    _output_options(csv_, period=True)
    csv_.set_defaults(handler=run_export_csv)
    ics = kinds.add_parser("ics", help="the routine as a calendar (RFC 5545) with alarms")
    _output_options(ics, period=False)
    ics.set_defaults(handler=run_export_ics)
    pdf = kinds.add_parser("pdf", help="a report for your clinician (default: the last "
                           f"{REPORT_NIGHTS} nights)")
    _output_options(pdf, period=True)
    pdf.set_defaults(handler=run_export_pdf)

    imp = commands.add_parser("import", help="read a diary file back")
    ikinds = imp.add_subparsers(dest="import_kind", metavar="FORMAT", required=True)
    icsv = ikinds.add_parser(
        "csv", help="a diary CSV (as written by export csv); each night in it replaces that "
        "night's entry, quick logs and done marks; all or nothing",
    )
    icsv.add_argument("path", metavar="PATH")
    icsv.set_defaults(handler=run_import_csv)


def _register_log_night(commands: argparse._SubParsersAction) -> None:
    log_parser = commands.choices.get("log")
    if log_parser is None:  # pragma: no cover - the log command is registered first
        log_parser = commands.add_parser("log", help="log symptoms")
        log_parser.add_subparsers(dest="log_kind", metavar="WHAT", required=True)
    kinds = next(
        a for a in log_parser._actions if isinstance(a, argparse._SubParsersAction)
    )
    night = kinds.add_parser("night", help="the nightly check-in (replaces that night's)")
    night.add_argument("--date", metavar="YYYY-MM-DD",
                       help="the night (its evening's date; default: last night)")
    night.add_argument("--severity", metavar="0-10", required=True,
                       help="how bad the night was, 0 (none) to 10 (worst)")
    night.add_argument("--onset", metavar="HH:MM", help="when symptoms started")
    night.add_argument("--sleep-hours", metavar="H", help="hours slept, 0-24 (6.5 is fine)")
    night.add_argument("--awakenings", metavar="N", help="times woken, 0-50")
    night.add_argument("--note", metavar="TEXT", default="", help="your notes")
    night.add_argument("--irls", metavar="0-40",
                       help="an IRLS total your clinician gave (only the total is kept)")
    night.add_argument("--trigger", metavar="NAME", action="append", default=None,
                       help="something else that happened that night (repeatable): "
                       f"{', '.join(BUILTIN_TRIGGERS)}, or one of your own; given, the "
                       "night's triggers become exactly these")
    night.add_argument("--for-clinician", action="store_true",
                       help="mark the note for your clinician: the report shows it")
    night.set_defaults(handler=run_log_night)


def _output_options(parser: argparse.ArgumentParser, *, period: bool) -> None:
    parser.add_argument("path", metavar="PATH")
    if period:
        parser.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
                            help="first night (default: the diary's first)")
        parser.add_argument("--to", dest="last", metavar="YYYY-MM-DD",
                            help="last night (default: last night)")
    parser.add_argument("--force", action="store_true", help="replace PATH if it exists")


# --- helpers ------------------------------------------------------------------------------
def _service(ctx: CommandContext) -> DiaryService:
    return ctx.diary


def _target(ctx: CommandContext, raw: str, force: bool) -> Path:
    return export_target(raw, ctx.paths.root, replace=force)


def _period(args: argparse.Namespace, service: DiaryService,
            default_nights: int | None = None) -> tuple[date, date]:
    """--from/--to; without --from, the whole diary (or the last ``default_nights``)."""
    tonight = service.evening.tonight()
    last = option_night(args.last, "--to", tonight) if args.last is not None \
        else service.last_night()
    if args.first is not None:
        first = option_night(args.first, "--from", tonight)
    else:
        span = service.span()
        first = min(span[0], last) if span else last
        if default_nights is not None:  # the last nights, however few are logged
            first = last - timedelta(days=default_nights - 1)
    if first > last:
        raise UserError(f"--from: {first} is after --to {last}")
    return first, last


def _write(path: Path, data: bytes, args: argparse.Namespace) -> None:
    write_export(path, data, replace=args.force, shown=args.path)


# --- handlers -----------------------------------------------------------------------------
def run_log_night(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = _service(ctx)
    night = (option_night(args.date, "--date", service.evening.tonight())
             if args.date is not None else service.last_night())
    try:
        entry = NightEntry(
            night=night, severity=args.severity, onset=args.onset,
            sleep_hours=args.sleep_hours, awakenings=args.awakenings,
            note=args.note, irls_total=args.irls,
        )
        replaced = service.entry(night) is not None
        triggers = None
        if args.trigger is not None:  # every name checked before anything is written
            triggers = sorted({service.resolve_trigger(n) for n in args.trigger})
        # refuses an onset the clocks skip that night; a new check-in replaces the mark
        service.save(entry, triggers, for_clinician=args.for_clinician)
    except ValidationError as exc:
        raise domain_error(exc, _OPTION_OF_FIELD) from None
    verb = "Replaced" if replaced else "Logged"
    noted = f"; triggers: {', '.join(triggers)}" if triggers else ""
    marked = "; the note is marked for your clinician" if args.for_clinician else ""
    print(f"{verb} the night of {night.isoformat()}: severity {entry.severity}{noted}{marked}.")
    return 0


def run_export_csv(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = _target(ctx, args.path, args.force)
    service = _service(ctx)
    first, last = _period(args, service)
    text, left_out = service.export_csv_counted(first, last)
    _write(path, text.encode("utf-8"), args)
    rows = sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1
    print(f"Wrote {rows} night{'s' * (rows != 1)} ({first} to {last}) to {path}.")
    if left_out:
        print(f"{left_out} stored entr{'ies' if left_out != 1 else 'y'} could not be read "
              f"and {'are' if left_out != 1 else 'is'} left out (the log names them).")
    return 0


def run_import_csv(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = Path(args.path).expanduser()
    data = read_source(args.path)
    service = _service(ctx)
    nights = service.read_csv(data)
    service.replace_nights(nights)
    print(f"Imported {len(nights)} nights from {path}.")
    return 0


def run_export_ics(args: argparse.Namespace, ctx: CommandContext) -> int:
    from rlsdesk.export.ics import evening_calendar

    path = _target(ctx, args.path, args.force)
    _write(path, evening_calendar(ctx.evening), args)
    print(f"Wrote the routine as a calendar to {path}.")
    return 0


def run_export_pdf(args: argparse.Namespace, ctx: CommandContext) -> int:
    from rlsdesk.export.report import build_report

    path = _target(ctx, args.path, args.force)
    service = _service(ctx)
    first, last = _period(args, service, REPORT_NIGHTS)
    _write(path, build_report(service, first, last), args)
    print(f"Wrote the report ({first} to {last}) to {path}.")
    return 0
