"""rlsdesk backup list | now | restore."""

from __future__ import annotations

import argparse

from rlsdesk.commands.context import CommandContext
from rlsdesk.commands.options import option_date
from rlsdesk.errors import UserError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("backup", help="list, make or restore backups of your data")
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="show the backups kept (one a day, the last 7)").set_defaults(
        handler=_list
    )
    actions.add_parser("now", help="make today's backup now").set_defaults(handler=_now)
    restore = actions.add_parser("restore", help="restore a backup (current data is kept aside)")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("--latest", action="store_true", help="the newest backup")
    which.add_argument("--date", metavar="YYYY-MM-DD", help="the backup of that day")
    restore.set_defaults(handler=_restore)


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    backups = ctx.store.backups()
    if not backups:
        print("No backups yet. rlsdesk makes one each day it runs.")
    for backup in backups:
        print(f"{backup.day.isoformat()}  {backup.path}")
    return 0


def _now(args: argparse.Namespace, ctx: CommandContext) -> int:
    backup = ctx.store.backup_now(ctx.now().date())
    print(f"Backup written: {backup.path}")
    return 0


def _restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    backups = ctx.store.backups()
    if not backups:
        raise UserError("there are no backups to restore")
    if args.latest:
        chosen = backups[0]
    else:
        day = option_date(args.date, "--date")
        matches = [b for b in backups if b.day == day]
        if not matches:
            days = ", ".join(b.day.isoformat() for b in backups)
            raise UserError(f"--date: no backup from {day}; there are: {days}")
        chosen = matches[0]
    try:
        kept = ctx.store.restore(chosen)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    print(f"Restored the backup from {chosen.day}. Your previous data was kept as {kept}.")
    return 0
