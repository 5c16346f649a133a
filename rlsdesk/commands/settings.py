"""rlsdesk settings: show or set bedtime, the usual symptom onset (and whether the one typed
or the diary's plans the evening), the morning check-in reminder, the snooze length and the
name on the report."""

from __future__ import annotations

import argparse
from datetime import time

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import option_clock, option_int
from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.reminder_policy import SNOOZE_CHOICES
from rlsdesk.domain.settings_schema import parse_report_name
from rlsdesk.services.evening import OnsetChoice
from rlsdesk.services.preferences import ONSET_SOURCES, parse_checkin_time
from rlsdesk.system.errors import UserError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "settings", help="show or set bedtime, usual symptom onset and the check-in reminder")
    parser.add_argument("--bedtime", metavar="HH:MM", help="usual bedtime")
    onset = parser.add_mutually_exclusive_group()
    onset.add_argument("--usual-onset", metavar="HH:MM", help="when symptoms usually start")
    onset.add_argument("--clear-usual-onset", action="store_true",
                       help="forget the usual onset (learn it from the diary)")
    parser.add_argument(
        "--onset-source", metavar="typed|diary",
        help="which usual onset plans the evening: the one you typed (the default) or the "
        "one your diary suggests",
    )
    parser.add_argument(
        "--checkin-reminder", metavar="HH:MM|on|off",
        help="a reminder each morning (04:00-11:59) to check in on last night, unless you "
        "already have; 'on' uses the time set before (default 08:00)",
    )
    parser.add_argument(
        "--snooze-minutes", metavar="N",
        help="how long a reminder's Snooze waits: 5, 10, 15, 20 or 30 minutes (default 10)",
    )
    parser.add_argument(
        "--report-name", metavar="TEXT",
        help="a name for the clinician report's header (one line, up to 80 characters); "
        "an empty TEXT ('') takes it off",
    )
    parser.set_defaults(handler=run)


def option_report_name(value: str) -> str:
    try:
        return parse_report_name(value)
    except ValidationError as exc:
        raise UserError(f"--report-name: {exc.problem}") from None


def option_snooze(value: str) -> int:
    minutes = option_int(value, "--snooze-minutes", SNOOZE_CHOICES[0], SNOOZE_CHOICES[-1], "min")
    if minutes not in SNOOZE_CHOICES:
        raise UserError(f"--snooze-minutes: {minutes} is not one of "
                        f"{', '.join(str(m) for m in SNOOZE_CHOICES)} min")
    return minutes


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


def option_onset_source(value: str) -> str:
    word = value.strip().lower()
    if word not in ONSET_SOURCES:
        raise UserError(f"--onset-source: {value!r} is not typed or diary")
    return word


def onset_used_text(choice: OnsetChoice) -> str:
    """Which onset plans the evening, in English, with the other one when they differ."""
    typed = format_clock(choice.typed) if choice.typed else None
    diary = format_clock(choice.diary) if choice.diary else None
    if choice.used == "typed":
        text = f"yours, {typed}"
        if choice.differ:
            text += f" (your diary suggests {diary}; --onset-source diary follows it)"
        elif choice.follow_diary:
            text += " (following the diary once it has enough nights)"
        return text
    if choice.used == "diary":
        text = f"your diary's, {diary}"
        if typed:
            text += f" (you said {typed}; --onset-source typed goes back to it)"
        return text
    return "the typical evening (no usual onset set and not enough nights logged yet)"


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    # Everything is checked before anything is written: bad input changes nothing.
    bedtime = option_clock(args.bedtime, "--bedtime") if args.bedtime is not None else None
    onset = (
        option_clock(args.usual_onset, "--usual-onset") if args.usual_onset is not None else None
    )
    checkin = option_checkin(args.checkin_reminder) if args.checkin_reminder is not None else None
    source = option_onset_source(args.onset_source) if args.onset_source is not None else None
    snooze = option_snooze(args.snooze_minutes) if args.snooze_minutes is not None else None
    name = option_report_name(args.report_name) if args.report_name is not None else None
    evening = ctx.evening
    prefs = ctx.preferences
    evening.set_times(bedtime=bedtime, usual_onset=onset, clear_onset=args.clear_usual_onset)
    if checkin is not None:
        prefs.set_checkin_reminder(*checkin)
    if source is not None:
        evening.set_onset_source(source)
    if snooze is not None:
        prefs.set_snooze_minutes(snooze)
    if name is not None:
        prefs.set_report_name(name)
    usual = evening.usual_onset()
    reminder = prefs.checkin_reminder()
    choice = evening.onset_choice()
    print(f"bedtime: {format_clock(evening.bedtime())}")
    print(f"usual onset: {format_clock(usual) if usual else 'not set (learned from your log)'}")
    print(f"onset used: {onset_used_text(choice)}")
    print(f"morning check-in reminder: {format_clock(reminder) if reminder else 'off'}")
    print(f"snooze: {prefs.snooze_minutes()} min")
    print(f"name on the report: {prefs.report_name() or 'none'}")
    print(f"time zone: {evening.zone.key}")
    return 0
