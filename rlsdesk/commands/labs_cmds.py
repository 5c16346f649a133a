"""Lab-result subcommands: log lab (a result, or plan / cancel a blood test), export labs,
import labs."""

from __future__ import annotations

import argparse
from pathlib import Path

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import domain_error
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.labs import REMINDER_CLOCK, LabTest
from rlsdesk.domain.parsing import parse_date
from rlsdesk.formats.labs_csv import format_value
from rlsdesk.formats.targets import export_target, read_source, write_export
from rlsdesk.services.labs import LabsService
from rlsdesk.system.errors import UserError

_OPTION_OF_FIELD = {"test": "TEST", "value": "VALUE", "unit": "--unit", "date": "--date"}
_PLAN_WORDS = ("plan", "cancel")


def _subparsers(commands: argparse._SubParsersAction, name: str) -> argparse._SubParsersAction:
    parser = commands.choices[name]  # registered by the log and diary command modules
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(commands: argparse._SubParsersAction) -> None:
    lab = _subparsers(commands, "log").add_parser(
        "lab", help="a lab result: ferritin (ng/mL or ug/L, the same), tsat (%%) or hb "
        "(g/dL, g/L or mmol/L); or plan DATE / cancel DATE: a morning blood test, with a "
        "reminder the evening before")
    lab.add_argument("test", metavar="TEST", help="ferritin, tsat or hb; or plan, cancel")
    lab.add_argument("value", metavar="VALUE",
                     help="the result, like 42 or 12.5; for plan and cancel the test's date "
                     "(YYYY-MM-DD)")
    lab.add_argument("--unit", metavar="U", help="the unit (default: ng/mL, %%, g/dL)")
    lab.add_argument("--date", metavar="YYYY-MM-DD",
                     help="the date the blood was drawn (default: today)")
    lab.add_argument("--no-remind", action="store_true",
                     help="with plan: no reminder the evening before")
    lab.set_defaults(handler=run_log_lab)

    export = _subparsers(commands, "export").add_parser(
        "labs", help="the lab results, one per row (date,test,value,unit)")
    export.add_argument("path", metavar="PATH")
    export.add_argument("--force", action="store_true", help="replace PATH if it exists")
    export.set_defaults(handler=run_export_labs)

    imp = _subparsers(commands, "import").add_parser(
        "labs", help="a lab file (as written by export labs); each date in it replaces that "
        "date's results; all or nothing")
    imp.add_argument("path", metavar="PATH")
    imp.set_defaults(handler=run_import_labs)


def run_log_lab(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = LabsService(ctx.evening)
    if str(args.test).strip().lower() in _PLAN_WORDS:
        return _plan_or_cancel(args, service)
    if args.no_remind:
        raise UserError("--no-remind goes with plan DATE only")
    try:
        result = service.log(args.test, args.value, args.unit, args.date)
    except ValidationError as exc:
        raise domain_error(exc, _OPTION_OF_FIELD) from None
    name = {LabTest.FERRITIN: "ferritin", LabTest.TSAT: "transferrin saturation",
            LabTest.HB: "haemoglobin"}[result.test]
    print(f"Logged {name} {format_value(result.value)} {result.unit}, drawn "
          f"{result.drawn.isoformat()}.")
    return 0


def run_export_labs(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = export_target(args.path, ctx.paths.root, replace=args.force)
    service = LabsService(ctx.evening)
    results = service.results()
    write_export(path, service.export_csv().encode("utf-8"), replace=args.force,
                 shown=args.path)
    print(f"Wrote {len(results)} lab result{'s' * (len(results) != 1)} to {path}.")
    return 0


def run_import_labs(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = Path(args.path).expanduser()
    service = LabsService(ctx.evening)
    results = service.read_csv(read_source(args.path))
    service.import_results(results)
    print(f"Imported {len(results)} lab result{'s' * (len(results) != 1)} from {path}.")
    return 0


def _plan_or_cancel(args: argparse.Namespace, service: LabsService) -> int:
    word = str(args.test).strip().lower()
    for option, given in (("--unit", args.unit), ("--date", args.date)):
        if given is not None:
            raise UserError(f"{option} does not go with {word}: give the test's date as "
                            f"DATE (rlsdesk log lab {word} YYYY-MM-DD)")
    if word == "cancel":
        if args.no_remind:
            raise UserError("--no-remind goes with plan DATE only")
        try:
            planned = parse_date(args.value, "DATE")
        except ValidationError as exc:
            raise UserError(str(exc)) from None
        if not service.unplan_test(planned):
            raise UserError(f"DATE: no blood test is planned on {planned.isoformat()}")
        print(f"Cancelled the blood test planned on {planned.isoformat()}; no reminder "
              "will come for it.")
        return 0
    try:
        planned = service.plan_test(args.value, remind=not args.no_remind)
    except ValidationError as exc:
        raise domain_error(exc, {"date": "DATE"}) from None
    if args.no_remind:
        print(f"Planned a blood test on {planned.isoformat()} (no reminder).")
    else:
        print(f"Planned a blood test on {planned.isoformat()}; a reminder comes the evening "
              f"before at {REMINDER_CLOCK:%H:%M} (morning draw; no iron tablets or iron-rich "
              "food in the 24 hours before, as the 2024 AASM guideline says).")
    return 0
