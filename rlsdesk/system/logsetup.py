"""Logging to a private file in the data folder; tracebacks go there, not to people.

Logging never breaks a command: if the file cannot be opened or written (someone else's
file, a read-only folder, a full disk), logging switches itself off and rlsdesk says so once.

The file is rotated when rlsdesk starts (rlsdesk logs little: problems and a line per
reminder), which keeps ``logging.handlers`` and its socket/pickle imports off start-up.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from rlsdesk.system.paths import PRIVATE_FILE_MODE

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
KEEP = 3  # rlsdesk.log.1 … rlsdesk.log.3
# Libraries that chatter at INFO/DEBUG (font subsetting while a PDF is written).
QUIET_LOGGERS = ("fontTools", "matplotlib", "PIL")

Notice = Callable[[str], None]


def _to_stderr(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr)


class _LogState:
    problem: str | None = None  # why logging is off, or None while it works


_state = _LogState()


def logging_problem() -> str | None:
    """Why the log file is not being written, or None if it is."""
    return _state.problem


def rotate_if_large(log_file: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """Shift ``log_file`` to ``.1`` (and older ones up to ``.keep``) once it is too big."""
    try:
        if log_file.stat().st_size < max_bytes:
            return
    except FileNotFoundError:
        return
    for index in range(keep - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{index}")
        if older.exists():
            os.replace(older, log_file.with_name(f"{log_file.name}.{index + 1}"))
    os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))


class SafeFileHandler(logging.FileHandler):
    """A file handler that, at its first failure to write, turns itself off and tells once."""

    def __init__(self, log_file: Path, notice: Notice) -> None:
        # backslashreplace: a file name with bytes that are not UTF-8 is logged, not an error
        super().__init__(log_file, encoding="utf-8", errors="backslashreplace", delay=True)
        self.setFormatter(logging.Formatter(_FORMAT))
        self._notice: Notice | None = notice  # None once it has told
        self._rlsdesk = True

    def handleError(self, record: logging.LogRecord) -> None:
        if self._notice is None:
            return
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        _switch_off(f"cannot write {self.baseFilename}: {reason}", self._notice)
        self._notice = None
        self.setLevel(logging.CRITICAL + 1)  # no more tries (each would fail the same way)
        with contextlib.suppress(Exception):
            stream, self.stream = self.stream, None
            if stream is not None:
                stream.close()


def configure_logging(
    log_file: Path, *, verbose: bool = False, notice: Notice = _to_stderr
) -> str | None:
    """Log to ``log_file``; returns why logging is off (and tells ``notice``), else None."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rlsdesk", False):
            root.removeHandler(handler)
            handler.close()
    _state.problem = None
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    with contextlib.suppress(OSError):  # best effort: another rlsdesk may have just rotated it
        rotate_if_large(log_file)
    try:
        _open_private(log_file)
    except OSError as exc:
        reason = _why_not(log_file, exc)
        _switch_off(f"cannot open {log_file}: {reason}", notice)
        return _state.problem
    root.addHandler(SafeFileHandler(log_file, notice))
    return None


def _open_private(log_file: Path) -> None:
    """Create the file 0600, or check an existing one can be appended to (and is private)."""
    fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE_MODE)
    try:
        info = os.fstat(fd)
        mine = stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid()
        if mine and stat.S_IMODE(info.st_mode) != PRIVATE_FILE_MODE:
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def _why_not(log_file: Path, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    with contextlib.suppress(OSError):
        owner = log_file.stat().st_uid
        if owner != os.geteuid():
            reason += f" (it belongs to uid {owner})"
    return reason


def _switch_off(problem: str, notice: Notice) -> None:
    _state.problem = problem
    notice(f"rlsdesk: logging is off ({problem}); rlsdesk works on without it.")
