"""rlsdesk routine list | add | remove | export | import."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import domain_error, option_clock, option_int
from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.guidance import template_step
from rlsdesk.domain.kinds import AnchorKind, StepKind
from rlsdesk.domain.routine import (
    MAX_ANCHOR_MINUTES,
    Anchor,
    Step,
    routine_from_document,
    routine_to_document,
    step_to_dict,
)
from rlsdesk.domain.safety import cautions_for_new_step
from rlsdesk.formats.targets import export_target, read_source, write_export
from rlsdesk.system.errors import UserError

_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_OPTION_FOR_FIELD = {
    "kind": "--kind", "title": "--title", "minutes": "--minutes", "dose_mg": "--dose-mg",
    "form": "--form", "name": "--name", "item": "--item", "cycles": "--cycles",
    "minutes_each": "--minutes-each", "days": "--days", "time": "--at",
    "type": "--before-onset",  # the one anchor a medication may not have
}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("routine", help="list or change the evening routine")
    actions = parser.add_subparsers(dest="routine_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="the steps, in order")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    add = actions.add_parser("add", help="add a step")
    add.add_argument("--kind", required=True, metavar="KIND",
                     help=f"one of: {', '.join(StepKind)}")
    add.add_argument("--title", required=True, metavar="TEXT")
    when = add.add_mutually_exclusive_group(required=True)
    when.add_argument("--at", metavar="HH:MM", help="at a fixed clock time")
    when.add_argument("--before-onset", metavar="MIN",
                      help="minutes before your symptoms usually start")
    when.add_argument("--before-bed", metavar="MIN", help="minutes before bedtime")
    add.add_argument("--minutes", metavar="N", help="how long it takes (0-240)")
    add.add_argument("--dose-mg", metavar="N", help="magnesium dose in mg (1-1000)")
    add.add_argument("--form", metavar="F", help="magnesium form: citrate, glycinate, oxide, other")
    add.add_argument("--name", metavar="MEDICATION", help="medication name (recorded only)")
    add.add_argument("--item", metavar="ITEM", help="sleep-hygiene item, e.g. screens_off")
    add.add_argument("--cycles", metavar="N", help="heat/cold cycles (1-10)")
    add.add_argument("--minutes-each", metavar="N", help="minutes per pack (1-20)")
    add.add_argument("--days", metavar="DAYS", help="e.g. mon,tue,fri (default: every day)")
    add.add_argument("--disabled", action="store_true", help="add it switched off")
    add.add_argument("--through-dnd", action="store_true",
                     help="remind even in the desktop's Do Not Disturb (sent as urgent)")
    add.set_defaults(handler=_add)

    remove = actions.add_parser("remove", help="remove a step by its id")
    remove.add_argument("id", metavar="ID")
    remove.set_defaults(handler=_remove)

    export = actions.add_parser("export", help="write the routine to a JSON file")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    export.set_defaults(handler=_export)

    imp = actions.add_parser("import", help="replace the routine with one from a JSON file")
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(handler=_import)


def describe_anchor(anchor: Anchor) -> str:
    if anchor.kind is AnchorKind.CLOCK:
        assert anchor.clock is not None
        return f"at {format_clock(anchor.clock)}"
    target = "symptoms start" if anchor.kind is AnchorKind.BEFORE_ONSET else "bedtime"
    return f"{anchor.minutes} min before {target}"


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    steps = ctx.evening.steps()
    if args.json:
        print(json.dumps([{"id": s.id, **step_to_dict(s)} for s in steps], indent=2))
        return 0
    if not steps:
        print("The routine is empty. Add a step with: rlsdesk routine add --help")
    for step in steps:
        state = ("" if step.enabled else "  (off)") + (
            "  (also in Do Not Disturb)" if step.through_dnd else "")
        print(f"{step.id:>4}  {describe_anchor(step.anchor):<32} {step.title} [{step.kind}]{state}")
    return 0


def _add(args: argparse.Namespace, ctx: CommandContext) -> int:
    evening = ctx.evening
    fields: dict[str, Any] = {"title": args.title, "anchor": _anchor(args)}
    if args.minutes is not None:
        fields["minutes"] = option_int(args.minutes, "--minutes", 0, 240, "min")
    if args.dose_mg is not None:
        fields["dose_mg"] = option_int(args.dose_mg, "--dose-mg", 1, 1000, "mg")
    if args.cycles is not None:
        fields["cycles"] = option_int(args.cycles, "--cycles", 1, 10)
    if args.minutes_each is not None:
        fields["minutes_each"] = option_int(args.minutes_each, "--minutes-each", 1, 20, "min")
    for name in ("form", "name", "item"):
        if getattr(args, name) is not None:
            fields[name] = getattr(args, name)
    if args.days is not None:
        fields["days"] = _days(args.days)
    if args.disabled:
        fields["enabled"] = False
    if args.through_dnd:
        fields["through_dnd"] = True
    try:
        step = template_step(args.kind, evening.guidance, **fields)
    except ValidationError as exc:
        raise domain_error(exc, _OPTION_FOR_FIELD) from None
    step_id = evening.add_step(step)
    print(f"Added step {step_id}: {step.title}, {describe_anchor(step.anchor)}.")
    for caution in cautions_for_new_step(step, evening.guidance):
        print(f"Caution: {caution}")
    return 0


def _anchor(args: argparse.Namespace) -> Anchor:
    if args.at is not None:
        return Anchor(AnchorKind.CLOCK, clock=option_clock(args.at, "--at"))
    if args.before_onset is not None:
        minutes = option_int(args.before_onset, "--before-onset", 0, MAX_ANCHOR_MINUTES, "min")
        return Anchor(AnchorKind.BEFORE_ONSET, minutes=minutes)
    minutes = option_int(args.before_bed, "--before-bed", 0, MAX_ANCHOR_MINUTES, "min")
    return Anchor(AnchorKind.BEFORE_BED, minutes=minutes)


def _days(text: str) -> frozenset[int]:
    days = set()
    for part in text.lower().replace(" ", "").split(","):
        if part not in _DAY_NAMES:
            raise UserError(f"--days: {part!r} is not a day (use {','.join(_DAY_NAMES)})")
        days.add(_DAY_NAMES.index(part))
    return frozenset(days)


def _remove(args: argparse.Namespace, ctx: CommandContext) -> int:
    step_id = option_int(args.id, "ID", 1, 2**62)
    try:
        removed: Step = ctx.evening.remove_step(step_id)
    except ValidationError:
        raise UserError(f"ID: there is no step {step_id} (see: rlsdesk routine list)") from None
    print(f"Removed step {step_id}: {removed.title}.")
    return 0


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    target = export_target(args.file, ctx.paths.root, replace=args.force)
    document = routine_to_document(ctx.evening.steps())
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    write_export(target, text.encode("utf-8"), replace=args.force, shown=args.file)
    print(f"Wrote {len(document['steps'])} steps to {target}.")
    return 0


def _import(args: argparse.Namespace, ctx: CommandContext) -> int:
    source = Path(args.file)
    try:
        text = read_source(args.file).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{source}: byte {exc.start} is not UTF-8 text") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise UserError(f"{source}: nested too deeply to be a routine file") from None
    try:
        steps = routine_from_document(document)
    except ValidationError as exc:
        raise UserError(f"{source}: {exc}; nothing was changed") from None
    evening = ctx.evening
    ctx.data_care.backup_now(ctx.now().date())  # the routine being replaced stays recoverable
    evening.replace_routine(steps)
    print(f"Imported {len(steps)} steps from {source}; the previous routine is in today's backup.")
    return 0
