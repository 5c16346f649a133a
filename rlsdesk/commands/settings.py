"""rlsdesk settings: show or set bedtime, the usual symptom onset and the morning check-in
reminder."""

from __future__ import annotations

import argparse
from datetime import time

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import option_clock
from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.errors import ValidationError
from rlsdesk.errors import UserError
from rlsdesk.preferences import Preferences, parse_checkin_time


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "settings", help="show or set bedtime, usual symptom onset and the check-in reminder")
    parser.add_argument("--bedtime", metavar="HH:MM", help="usual bedtime")
    onset = parser.add_mutually_exclusive_group()
    onset.add_argument("--usual-onset", metavar="HH:MM", help="when symptoms usually start")
    onset.add_argument("--clear-usual-onset", action="store_true",
                       help="forget the usual onset (learn it from the diary)")
    parser.add_argument(
        "--checkin-reminder", metavar="HH:MM|on|off",
        help="a reminder each morning (04:00-11:59) to check in on last night, unless you "
        "already have; 'on' uses the time set before (default 08:00)",
    )
    parser.set_defaults(handler=run)


def option_checkin(value: str) -> tuple[bool, time | None]:
    """``on`` / ``off`` / ``HH:MM`` -> (on, time to set)."""
    word = value.lower()
    if word in ("on", "off"):
        return word == "on", None
    try:
        return True, parse_checkin_time(value)
    except ValidationError:
        raise UserError(
            f"--checkin-reminder: {value!r} is not on, off or a morning time like 08:00 "
            "(04:00-11:59)"
        ) from None


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    # Everything is checked before anything is written: bad input changes nothing.
    bedtime = option_clock(args.bedtime, "--bedtime") if args.bedtime is not None else None
    onset = (
        option_clock(args.usual_onset, "--usual-onset") if args.usual_onset is not None else None
    )
    checkin = option_checkin(args.checkin_reminder) if args.checkin_reminder is not None else None
    evening = ctx.evening
    prefs = Preferences(ctx.store.settings)
    evening.set_times(bedtime=bedtime, usual_onset=onset, clear_onset=args.clear_usual_onset)
    if checkin is not None:
        prefs.set_checkin_reminder(*checkin)
    usual = evening.usual_onset()
    reminder = prefs.checkin_reminder()
    print(f"bedtime: {format_clock(evening.bedtime())}")
    print(f"usual onset: {format_clock(usual) if usual else 'not set (learned from your log)'}")
    print(f"morning check-in reminder: {format_clock(reminder) if reminder else 'off'}")
    print(f"time zone: {evening.zone.key}")
    return 0
