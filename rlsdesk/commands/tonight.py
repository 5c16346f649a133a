"""rlsdesk tonight: the plan for tonight (or another night)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import option_date_between
from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.parsing import EARLIEST_NIGHT
from rlsdesk.domain.planner import NightPlan, NoteCode, PlanNote, plan_to_json
from rlsdesk.domain.reminder_policy import Entry, State
from rlsdesk.domain.tonight_view import shown_minute

#: How far ahead a plan may be asked for (a plan further out means nothing yet).
PLAN_AHEAD = timedelta(days=366)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("tonight", help="show tonight's plan")
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the evening to plan (default: tonight)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    night = None
    if args.date is not None:
        latest = ctx.evening.tonight() + PLAN_AHEAD
        night = option_date_between(args.date, "--date", EARLIEST_NIGHT, latest,
                                    f"is more than {PLAN_AHEAD.days} days ahead")
    plan = ctx.evening.plan(night)
    if args.json:
        data = plan_to_json(plan)
        # Which usual onset planned it: the one typed, the diary's or the typical one.
        data["onset"] = ctx.evening.onset_choice(plan.night).to_json()
        # Each step's reminder state from the ledger ("pending" until reminded or answered;
        # "held" while it waits for the person's return or the end of Do Not Disturb).
        entries = ctx.evening.ledger_entries(plan.night)
        for step in data["steps"]:
            entry = entries.get(step["id"])
            step["state"] = reminder_state(entry)
            if entry is not None and entry.state is State.SNOOZED and entry.snoozed_until:
                step["snoozed_until"] = entry.snoozed_until.astimezone(plan.bedtime.tzinfo
                                                                       ).isoformat()
        # Notes and warnings as the English sentences they have always been in the JSON.
        for step, planned in zip(data["steps"], plan.steps, strict=True):
            step["notes"] = [note_english(n) for n in planned.notes]
        data["warnings"] = [note_english(w) for w in plan.warnings]
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(render_text(plan))
    return 0


def reminder_state(entry: Entry | None) -> str:
    if entry is None:
        return "pending"
    return "held" if entry.held else str(entry.state)


def render_text(plan: NightPlan) -> str:
    lines = [
        f"Evening of {plan.night:%A %d %B %Y} ({plan.timezone})",
        f"Symptoms: {plan.peak.summary}",
        f"Bedtime {shown_clock(plan.bedtime)}",
        "",
    ]
    if not plan.steps:
        lines.append("No steps tonight.")
    for step in plan.steps:
        usual = (f" (usually {shown_clock(step.usual)})"
                 if step.moved and step.usual is not None else "")
        lines.append(f"{shown_clock(step.at)}  {step.title}"
                     + (f" ({step.minutes} min)" if step.minutes else "") + usual)
        lines.extend(f"        note: {note_english(note)}" for note in step.notes)
        lines.extend(f"        note: {note_english(note)}" for note in step.issues)
    lines.extend(f"Warning: {note_english(warning)}" for warning in plan.warnings)
    lines.extend(f"Warning: {note.title}: {note_english(note)}" for note in plan.issues)
    return "\n".join(lines)


def shown_clock(moment: datetime) -> str:
    """A planned moment as the window and the reminder show it: its nearest minute."""
    return format_clock(shown_minute(moment).time())


def note_english(note: PlanNote) -> str:
    """A planner note in English (the window words the same in the person's language)."""
    v = note.values
    if note.code is NoteCode.MOVED_LATER:
        return (f"tonight {v['minutes']} min later than usual, to make room after {v['other']}"
                if v["other"] else f"tonight {v['minutes']} min later than usual")
    if note.code is NoteCode.MOVED_EARLIER:
        return (f"tonight {v['minutes']} min earlier than usual, to make room before "
                f"{v['other']}" if v["other"] else
                f"tonight {v['minutes']} min earlier than usual")
    if note.code is NoteCode.CROWDED:
        return (f"no time tonight keeps {v['gap']} min from the steps around it without moving "
                "it past bedtime or into the past, so it stays at its own time")
    if note.code is NoteCode.SPACING_UNRESOLVED:
        return (f"magnesium is less than {v['after_hours']} h after or {v['before_hours']} h "
                f"before {v['medication']} tonight, and no time before bedtime that has not "
                "already passed keeps it apart, so it stays at its time: magnesium lowers the "
                f"absorption of {v['group']}. Ask your pharmacist about the timing. "
                f"({v['source']})")
    if note.code is NoteCode.MEDICATION_PINNED:
        return (f"this medicine was set {v['minutes']} min before your symptom onset; medicines "
                f"keep their own time, so it stays at {format_clock(v['clock'])} from now on")
    if note.code is NoteCode.CLOCK_REPEATED:
        return (f"{format_clock(v['clock'])} happens twice tonight (clocks go back); "
                "this is the first one")
    if note.code is NoteCode.CLOCK_SKIPPED:
        return (f"{format_clock(v['clock'])} does not exist tonight (clocks go forward); "
                f"moved to {format_clock(v['moved_to'])}")
    if note.code is NoteCode.BEDTIME_SKIPPED:
        return (f"Bedtime: {format_clock(v['clock'])} does not exist tonight (clocks go "
                f"forward); moved to {format_clock(v['moved_to'])}")
    if note.code is NoteCode.BEFORE_EVENING:
        return (f"would fall at {format_clock(v['clock'])}, before the evening starts; "
                f"moved to {format_clock(v['moved_to'])}")
    if note.code in _GUIDANCE_WORDED:  # the guidance's own English, with its source
        return f"{v['text']} ({v['source']})"
    return str(note.code)  # pragma: no cover - every code is worded above


#: Notes whose English is the guidance's text (resources/guidance.json), filled in.
_GUIDANCE_WORDED = frozenset({
    NoteCode.SPACING_MOVED, NoteCode.CAUTION, NoteCode.CAFFEINE_LATE,
    NoteCode.MAGNESIUM_UPPER_LIMIT, NoteCode.MAGNESIUM_LAXATIVE,
})
