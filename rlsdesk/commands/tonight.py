"""rlsdesk tonight: the plan for tonight (or another night)."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import option_date_between
from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.parsing import EARLIEST_NIGHT
from rlsdesk.domain.planner import NightPlan, plan_to_json
from rlsdesk.store.ledger_repo import ledger_states

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
        # Each step's reminder state from the ledger ("pending" until reminded or answered).
        states = ledger_states(ctx.store.conn, plan.night)
        for step in data["steps"]:
            step["state"] = states.get(step["id"], "pending")
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(render_text(plan))
    return 0


def render_text(plan: NightPlan) -> str:
    lines = [
        f"Evening of {plan.night:%A %d %B %Y} ({plan.timezone})",
        f"Symptoms: {plan.peak.summary}",
        f"Bedtime {format_clock(plan.bedtime.time())}",
        "",
    ]
    if not plan.steps:
        lines.append("No steps tonight.")
    for step in plan.steps:
        lines.append(f"{format_clock(step.at.time())}  {step.title}"
                     + (f" ({step.minutes} min)" if step.minutes else ""))
        lines.extend(f"        note: {note}" for note in step.notes)
    lines.extend(f"Warning: {warning}" for warning in plan.warnings)
    return "\n".join(lines)
