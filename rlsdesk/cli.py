"""Command line: the GUI by default, subcommands for use without a display."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from rlsdesk import __version__
from rlsdesk.domain.text_rules import one_line
from rlsdesk.errors import UserError
from rlsdesk.logsetup import configure_logging
from rlsdesk.paths import prepare_data_dir, resolve_data_dir

log = logging.getLogger("rlsdesk")

SECTION_KEYS = ("tonight", "routine", "diary", "insights", "settings", "about")
_VALUE_OPTIONS = frozenset({"--data-dir", "--page"})


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("allow_abbrev", False)  # an option is its whole name, never a guess
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> None:  # type: ignore[override]
        # Exactly one line (the usage is one --help away); never a traceback.
        self.exit(2, one_line(f"{self.prog}: error: {message} (see: {self.prog} --help)") + "\n")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``with_commands`` only the global options (the GUI
    path, which then skips importing every subcommand's module)."""
    parser = _Parser(
        prog="rlsdesk",
        description="A calm evening companion for restless legs syndrome: plan tonight's "
        "routine, get reminders from the tray, keep a diary. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"rlsdesk {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help="keep all data in DIR (default: $RLSDESK_DATA_DIR or your user data folder)",
    )
    parser.add_argument(
        "--hidden", action="store_true",
        help="start in the system tray without showing the window (used at login)",
    )
    parser.add_argument(
        "--page", choices=SECTION_KEYS, metavar="PAGE",
        help=f"open the window on this page: {', '.join(SECTION_KEYS)}",
    )
    parser.add_argument("--verbose", action="store_true", help="log more detail to the log file")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    from rlsdesk.commands import COMMAND_MODULES

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def may_name_a_command(argv: Sequence[str]) -> bool:
    """False only when ``argv`` is certainly global options alone. Anything unclear (help,
    an abbreviated option, a stray word) counts as a command, so the full parser decides."""
    takes_value = False
    for token in argv:
        if takes_value:
            takes_value = False
        elif token in _VALUE_OPTIONS:
            takes_value = True
        elif token in ("-h", "--help") or not token.startswith("-") or token == "--":
            return True
    return False


def repeated_option(argv: Sequence[str]) -> str | None:
    """The first long option ``argv`` names twice (before a bare ``--``), if any."""
    seen: set[str] = set()
    for token in argv:
        if token == "--":
            break
        if token.startswith("--"):
            name = token.split("=", 1)[0]
            if name in seen:
                return name
            seen.add(name)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file rlsdesk makes holds health data: private to the user
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(with_commands=may_name_a_command(argv))
    repeated = repeated_option(argv)
    if repeated is not None:  # argparse would keep the last silently: a guess
        parser.error(f"{repeated} is given more than once")
    args = parser.parse_args(argv)
    try:
        paths = prepare_data_dir(resolve_data_dir(args.data_dir))
        configure_logging(paths.log_file, verbose=args.verbose)
    except UserError as exc:
        print(one_line(f"rlsdesk: error: {exc}"), file=sys.stderr)
        return 2
    if args.command is None:
        from rlsdesk.ui.pyside_scan import lighten_pyside_module_scan

        lighten_pyside_module_scan()
        from rlsdesk.app import run_gui

        return run_gui(paths, start_hidden=args.hidden, page=args.page)
    from rlsdesk.commands.context import CommandContext

    context = CommandContext(paths)
    try:
        return int(args.handler(args, context) or 0)
    except UserError as exc:
        print(one_line(f"rlsdesk: error: {exc}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("command %s failed", args.command)
        print(
            f"rlsdesk: something went wrong; nothing was changed. Details are in "
            f"{paths.log_file}",
            file=sys.stderr,
        )
        return 1
    finally:
        context.close()
