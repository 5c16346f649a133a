"""rlsdesk backup list | now | restore."""

from __future__ import annotations

import argparse
import json
import sqlite3
from datetime import date
from typing import Any

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import option_date
from rlsdesk.services.data_care import Backup, DataCare
from rlsdesk.system.errors import UserError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("backup", help="list, make or restore backups of your data")
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="show the copies kept: when, what kind, and the nights each holds")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)
    actions.add_parser("now", help="make a backup now").set_defaults(handler=_now)
    restore = actions.add_parser("restore", help="restore a backup (current data is kept aside)")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("--latest", action="store_true", help="the newest daily or manual backup")
    which.add_argument("--date", metavar="YYYY-MM-DD", help="the newest backup of that day")
    which.add_argument("--name", metavar="FILE", help="the copy of that name (see backup list)")
    restore.set_defaults(handler=_restore)


def describe(backup: Backup, today: date) -> dict[str, Any]:
    """One copy as the list shows it; an unreadable copy says why instead of its nights."""
    row: dict[str, Any] = {
        "name": backup.name, "path": str(backup.path),
        "made": backup.made.isoformat(timespec="seconds"), "kind": backup.kind,
        "dated_in_future": backup.day > today,
    }
    try:
        held = DataCare.contents(backup)
    except (sqlite3.Error, ValueError) as exc:
        row.update(readable=False, problem=str(exc))
        return row
    row.update(
        readable=True, nights=held.nights, quick_logs=held.quick_logs,
        first_night=held.first.isoformat() if held.first else None,
        last_night=held.last.isoformat() if held.last else None,
    )
    return row


def _held(row: dict[str, Any]) -> str:
    if not row["readable"]:
        return f"cannot be read ({row['problem']})"
    nights = row["nights"]
    text = f"{nights} night{'s' * (nights != 1)}"
    if nights:
        text += f" ({row['first_night']} to {row['last_night']})"
    return text


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    today = ctx.now().date()
    rows = [describe(b, today) for b in ctx.data_care.backups(today)]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("No backups yet. rlsdesk makes one each day it runs.")
    for row in rows:
        made = row["made"].replace("T", " ")[:16]
        future = "  (dated after today: the clock was wrong)" if row["dated_in_future"] else ""
        print(f"{made}  {row['kind']:<14}  {_held(row)}  {row['name']}{future}")
    return 0


def _now(args: argparse.Namespace, ctx: CommandContext) -> int:
    backup = ctx.data_care.backup_now(ctx.now())
    print(f"Backup written: {backup.path}")
    return 0


def _choose(args: argparse.Namespace, found: list[Backup]) -> Backup:
    if args.name is not None:
        named = [b for b in found if b.name == args.name]
        if not named:
            raise UserError(f"--name: no backup called {args.name!r}; see: rlsdesk backup list")
        return named[0]
    if args.latest:
        newest = DataCare.newest(found)
        if newest is None:
            raise UserError("there are no daily or manual backups; see: rlsdesk backup list")
        return newest
    day = option_date(args.date, "--date")
    matches = [b for b in found if b.day == day]
    if not matches:
        days = ", ".join(sorted({b.day.isoformat() for b in found}, reverse=True))
        raise UserError(f"--date: no backup from {day}; there are: {days}")
    return DataCare.newest(matches) or matches[0]


def _restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    found = ctx.data_care.backups(ctx.now().date())
    if not found:
        raise UserError("there are no backups to restore")
    chosen = _choose(args, found)
    try:
        kept = ctx.data_care.restore(chosen, ctx.now())
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    print(f"Restored the {chosen.kind} backup made {chosen.made:%Y-%m-%d %H:%M} "
          f"({chosen.name}). Your previous data was kept as {kept.name}.")
    return 0
