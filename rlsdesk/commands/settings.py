"""rlsdesk settings: show or set bedtime and the usual symptom onset."""

from __future__ import annotations

import argparse

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import option_clock
from rlsdesk.domain.clock import format_clock


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("settings", help="show or set bedtime and usual symptom onset")
    parser.add_argument("--bedtime", metavar="HH:MM", help="usual bedtime")
    onset = parser.add_mutually_exclusive_group()
    onset.add_argument("--usual-onset", metavar="HH:MM", help="when symptoms usually start")
    onset.add_argument("--clear-usual-onset", action="store_true",
                       help="forget the usual onset (learn it from the diary)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    bedtime = option_clock(args.bedtime, "--bedtime") if args.bedtime is not None else None
    onset = (
        option_clock(args.usual_onset, "--usual-onset") if args.usual_onset is not None else None
    )
    evening = ctx.evening
    evening.set_times(bedtime=bedtime, usual_onset=onset, clear_onset=args.clear_usual_onset)
    usual = evening.usual_onset()
    print(f"bedtime: {format_clock(evening.bedtime())}")
    print(f"usual onset: {format_clock(usual) if usual else 'not set (learned from your log)'}")
    print(f"time zone: {evening.zone.key}")
    return 0
