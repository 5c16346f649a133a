"""Command line: the GUI by default, subcommands for use without a display."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from rlsdesk import __version__
from rlsdesk.domain.text_rules import one_line
from rlsdesk.system.errors import StorageUnavailable, UserError
from rlsdesk.system.logsetup import configure_logging, logging_problem
from rlsdesk.system.paths import DataPaths, prepare_data_dir, resolve_data_dir

if TYPE_CHECKING:
    from rlsdesk.commands.context import CommandContext

log = logging.getLogger("rlsdesk")

SECTION_KEYS = ("tonight", "routine", "diary", "insights", "settings", "about")
_VALUE_OPTIONS = frozenset({"--data-dir", "--page"})
STORAGE_EXIT = 3  # the diary's storage cannot be used now (full disk, lock, owner, read-only)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)  # an option is its whole name, never a guess
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
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


#: Options meant to be given several times (each adds one).
REPEATABLE_OPTIONS = frozenset({"--trigger"})


def repeated_option(argv: Sequence[str]) -> str | None:
    """The first long option ``argv`` names twice (before a bare ``--``), if any."""
    seen: set[str] = set()
    for token in argv:
        if token == "--":
            break
        if token.startswith("--"):
            name = token.split("=", 1)[0]
            if name in seen and name not in REPEATABLE_OPTIONS:
                return name
            seen.add(name)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file rlsdesk makes holds health data: private to the user
    if argv is None:
        argv = sys.argv[1:]
    not_text = _first_non_utf8(argv)
    if not_text is not None:
        print(f"rlsdesk: error: {not_text}", file=sys.stderr)
        return 2
    parser = build_parser(with_commands=may_name_a_command(argv))
    repeated = repeated_option(argv)
    if repeated is not None:  # argparse would keep the last silently: a guess
        parser.error(f"{repeated} is given more than once")
    args = parser.parse_args(argv)
    notices: list[str] = []  # for a command, said once at the end (see _finish)
    try:
        paths = prepare_data_dir(resolve_data_dir(args.data_dir))
        if args.command is None:
            configure_logging(paths.log_file, verbose=args.verbose)
        else:
            configure_logging(paths.log_file, verbose=args.verbose, notice=notices.append)
    except UserError as exc:
        print(one_line(f"rlsdesk: error: {exc}"), file=sys.stderr)
        if not isinstance(exc, StorageUnavailable):
            return 2
        if args.command is None and _someone_can_see_a_window():  # the same words, calmly
            from rlsdesk.app import tell_cannot_start

            tell_cannot_start(str(exc))
        return STORAGE_EXIT
    if args.command is None:
        from rlsdesk.ui.pyside_scan import lighten_pyside_module_scan

        lighten_pyside_module_scan()
        from rlsdesk.app import run_gui

        return run_gui(paths, start_hidden=args.hidden, page=args.page)
    from rlsdesk.commands.context import CommandContext

    context = CommandContext(paths)
    try:
        code, error = _run(args, context, paths)
    finally:
        context.close()
    return _finish(code, error, notices)


def _someone_can_see_a_window() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return False
    return not sys.platform.startswith("linux") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


def _run(args: argparse.Namespace, context: CommandContext, paths: DataPaths) -> tuple[int, str]:
    """The command's exit code, and the one error line to show (empty if none)."""
    from rlsdesk.system.faults import storage_fault

    try:
        return int(args.handler(args, context) or 0), ""
    except StorageUnavailable as exc:
        log.warning("command %s: storage unavailable (%s): %s", args.command, exc.kind.value, exc)
        return STORAGE_EXIT, f"rlsdesk: error: {exc}"
    except UserError as exc:
        return 2, f"rlsdesk: error: {exc}"
    except KeyboardInterrupt:
        return 130, ""
    except BrokenPipeError:
        # The reader went away (`rlsdesk routine list | head`): nothing is wrong, and
        # Python must not complain again while flushing stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141, ""  # as a command killed by SIGPIPE would
    except UnicodeError as exc:
        log.warning("command %s: %s", args.command, exc)
        return 2, f"rlsdesk: error: {_not_utf8(exc)}; nothing was changed"
    except Exception as exc:
        fault = storage_fault(exc, paths.database)
        if fault is not None:
            log.warning("command %s: storage unavailable (%s): %r", args.command,
                        fault.kind.value, exc)
            return STORAGE_EXIT, f"rlsdesk: error: {fault}"
        log.exception("command %s failed", args.command)
        return 1, (
            f"rlsdesk: something went wrong; nothing was changed. Details are in "
            f"{paths.log_file}"
        )


def _finish(code: int, error: str, notices: list[str]) -> int:
    """Say what went wrong in one line; that logging is off goes on the same line."""
    problem = logging_problem()
    if error:
        if problem is not None:
            error += f" (Logging is off too: {problem}.)"
        print(one_line(error), file=sys.stderr)
    elif notices:
        print(notices[0], file=sys.stderr)
    return code


def _first_non_utf8(argv: Sequence[str]) -> str | None:
    """Arguments arrive as bytes; one that is not UTF-8 text is refused in words."""
    for position, token in enumerate(argv, start=1):
        try:
            token.encode("utf-8")
        except UnicodeEncodeError:
            shown = token.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            return (
                f"argument {position} ({shown}) is not valid UTF-8 text; rlsdesk reads "
                "names, notes and paths as UTF-8. Nothing was changed."
            )
    return None


def _not_utf8(exc: UnicodeError) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"the input is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at position "
            f"{exc.start}); save it as UTF-8 and try again"
        )
    return "some text is not valid UTF-8"
