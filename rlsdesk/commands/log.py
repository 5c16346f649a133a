"""rlsdesk log onset: the quick log, 'legs acting up now'."""

from __future__ import annotations

import argparse
from datetime import timedelta

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import option_int, option_moment
from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.parsing import EARLIEST_NIGHT
from rlsdesk.system.errors import UserError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("log", help="log symptoms")
    kinds = parser.add_subparsers(dest="log_kind", metavar="WHAT", required=True)
    onset = kinds.add_parser("onset", help="legs acting up now (or at --at)")
    onset.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"', help="when (default: now)")
    onset.add_argument("--severity", metavar="0-10", help="how bad, 0 (none) to 10 (worst)")
    onset.set_defaults(handler=run_onset)


def run_onset(args: argparse.Namespace, ctx: CommandContext) -> int:
    at = option_moment(args.at, "--at", ctx.zone) if args.at is not None else None
    severity = (
        option_int(args.severity, "--severity", 0, 10) if args.severity is not None else None
    )
    if at is not None and at > ctx.now() + timedelta(minutes=5):
        raise UserError(f"--at: {args.at!r} is in the future")
    if at is not None and at.date() < EARLIEST_NIGHT:
        raise UserError(f"--at: {args.at!r} is before {EARLIEST_NIGHT}")
    moment = ctx.evening.log_onset(at, severity, source="cli")
    extra = f", severity {severity}" if severity is not None else ""
    print(f"Logged: legs acting up at {format_clock(moment.time())} on {moment:%Y-%m-%d}{extra}.")
    return 0
