"""rlsdesk desktop install | uninstall: the launcher entry and icons for this user."""

from __future__ import annotations

import argparse

from rlsdesk.commands.context import CommandContext
from rlsdesk.desktop import integration
from rlsdesk.system.errors import UserError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("desktop", help="add or remove rlsdesk in your desktop's menu")
    actions = parser.add_subparsers(dest="desktop_action", metavar="ACTION", required=True)
    actions.add_parser("install", help="add the launcher and icons").set_defaults(handler=_install)
    actions.add_parser("uninstall", help="remove them").set_defaults(handler=_uninstall)


def _install(args: argparse.Namespace, ctx: CommandContext) -> int:
    try:
        written = integration.install()
    except OSError as exc:
        raise UserError(f"could not install the launcher: {exc.strerror or exc}") from None
    print(f"Installed the rlsdesk launcher ({len(written)} files under {integration.data_home()}).")
    return 0


def _uninstall(args: argparse.Namespace, ctx: CommandContext) -> int:
    removed = integration.uninstall()
    print(f"Removed {len(removed)} files." if removed else "The launcher was not installed.")
    return 0
