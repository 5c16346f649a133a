"""Subcommands for use without a display. Each module has register(subparsers)."""

from rlsdesk.commands import (
    backup,
    desktop,
    diary_cmds,
    labs_cmds,
    log,
    routine,
    settings,
    tonight,
)

COMMAND_MODULES = (tonight, routine, settings, log, diary_cmds, labs_cmds, backup, desktop)
