"""Subcommands for use without a display. Each module has register(subparsers)."""

from rlsdesk.commands import backup

COMMAND_MODULES = (backup,)
