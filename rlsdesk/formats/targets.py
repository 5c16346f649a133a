"""Where an export may write: a new file, or (when replacing is asked for) an ordinary file,
never inside rlsdesk's data folder and never a folder, device, named pipe or socket.

The path is followed through symbolic links before it is judged, and the file is written
whole or not at all: a private (0600) temp file in the same folder, then renamed into
place. Without ``replace`` the rename is a hard link, which fails if a file appeared there
meanwhile, so an existing file is never overwritten unasked.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from enum import StrEnum
from pathlib import Path

from rlsdesk.system.errors import UserError
from rlsdesk.system.paths import PRIVATE_FILE_MODE, fsync_dir


class Problem(StrEnum):
    EMPTY = "empty"
    UNRESOLVABLE = "unresolvable"
    DATA_FOLDER = "data_folder"
    NO_FOLDER = "no_folder"
    FOLDER = "folder"
    DEVICE = "device"
    PIPE = "pipe"
    SOCKET = "socket"
    SPECIAL = "special"
    EXISTS = "exists"
    WRITE = "write"
    READ = "read"
    TOO_BIG = "too_big"


_TEXT = {
    Problem.EMPTY: "the file name is empty",
    Problem.UNRESOLVABLE: "this path cannot be followed ({detail})",
    Problem.DATA_FOLDER: "is inside rlsdesk's data folder ({detail}); choose a file elsewhere",
    Problem.NO_FOLDER: "the folder {detail} does not exist",
    Problem.FOLDER: "is a folder; give a file name",
    Problem.DEVICE: "is a device, not a file",
    Problem.PIPE: "is a named pipe, not a file",
    Problem.SOCKET: "is a socket, not a file",
    Problem.SPECIAL: "is not an ordinary file",
    Problem.EXISTS: "the file exists; add --force to replace it",
    Problem.WRITE: "cannot write ({detail})",
    Problem.READ: "cannot read ({detail})",
    Problem.TOO_BIG: "is larger than {detail}; this is not a file rlsdesk wrote",
}
#: The largest file an import reads (a diary of 100 000 nights with notes fits).
MAX_READ_BYTES = 64 * 1024 * 1024


class TargetError(UserError):
    """Why an export cannot be written to ``path``; ``str()`` is the one-line message."""

    def __init__(self, path: str, problem: Problem, detail: str = "") -> None:
        self.path, self.problem, self.detail = path, problem, detail
        text = _TEXT[problem].format(detail=detail)
        super().__init__(f"{path}: {text}" if path else text)


def export_target(raw: str | os.PathLike[str], data_dir: Path, *, replace: bool) -> Path:
    """The file an export of ``raw`` writes (symbolic links followed), or TargetError."""
    shown = os.fspath(raw)
    if not shown:
        raise TargetError("", Problem.EMPTY)
    try:
        target = Path(shown).expanduser().resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop, an unreadable folder
        raise TargetError(shown, Problem.UNRESOLVABLE, _reason(exc)) from None
    data = data_dir.expanduser().resolve()
    if _inside(target, data):
        raise TargetError(shown, Problem.DATA_FOLDER, str(data))
    try:
        found = os.stat(target)
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise TargetError(shown, Problem.WRITE, _reason(exc)) from None
    if found is None:
        if not target.parent.is_dir():
            raise TargetError(shown, Problem.NO_FOLDER, str(target.parent))
        return target
    kind = _kind_problem(found.st_mode)
    if kind is not None:
        raise TargetError(shown, kind)
    if not replace:
        raise TargetError(shown, Problem.EXISTS)
    return target


def write_export(target: Path, data: bytes, *, replace: bool, shown: str | None = None) -> None:
    """Write ``data`` to ``target`` (from :func:`export_target`) whole or not at all."""
    shown = shown if shown is not None else str(target)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise TargetError(shown, Problem.WRITE, _reason(exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, PRIVATE_FILE_MODE)
        if replace:
            _recheck(target, shown, may_exist=True)
            os.replace(temp, target)
        else:
            _place_new(temp, target, shown)
    except TargetError:
        _remove(temp)
        raise
    except OSError as exc:
        _remove(temp)
        raise TargetError(shown, Problem.WRITE, _reason(exc)) from None
    except BaseException:
        _remove(temp)
        raise
    fsync_dir(target.parent)


def read_source(raw: str | os.PathLike[str], limit: int = MAX_READ_BYTES) -> bytes:
    """The bytes of an ordinary file to import (never a pipe or device, which could block
    or never end), or TargetError."""
    shown = os.fspath(raw)
    if not shown:
        raise TargetError("", Problem.EMPTY)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(Path(shown).expanduser(), flags)  # non-blocking: a pipe cannot hang it
        try:
            kind = _kind_problem(os.fstat(fd).st_mode)
        except OSError:
            os.close(fd)
            raise
        if kind is not None:
            os.close(fd)
            raise TargetError(shown, kind)
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(limit + 1)
    except TargetError:
        raise
    except OSError as exc:
        raise TargetError(shown, Problem.READ, _reason(exc)) from None
    if len(data) > limit:
        raise TargetError(shown, Problem.TOO_BIG, f"{limit // (1024 * 1024)} MB")
    return data


def _place_new(temp: str, target: Path, shown: str) -> None:
    try:
        os.link(temp, target)  # refuses, atomically, if something is there now
    except FileExistsError:
        raise TargetError(shown, Problem.EXISTS) from None
    except OSError:  # a file system without hard links: check, then rename
        _recheck(target, shown, may_exist=False)
        os.replace(temp, target)
        return
    _remove(temp)


def _recheck(target: Path, shown: str, *, may_exist: bool) -> None:
    """The target just before the rename: still absent, or still an ordinary file."""
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(found.st_mode):
        raise TargetError(shown, Problem.SPECIAL)
    kind = _kind_problem(found.st_mode)
    if kind is not None:
        raise TargetError(shown, kind)
    if not may_exist:
        raise TargetError(shown, Problem.EXISTS)


def _kind_problem(mode: int) -> Problem | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Problem.FOLDER
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Problem.DEVICE
    if stat.S_ISFIFO(mode):
        return Problem.PIPE
    if stat.S_ISSOCK(mode):
        return Problem.SOCKET
    return Problem.SPECIAL


def _inside(target: Path, folder: Path) -> bool:
    """``target`` is ``folder`` or under it, by name or by the file system's own identity
    (a case-insensitive or bind-mounted spelling of the same folder)."""
    if target == folder or folder in target.parents:
        return True
    try:
        folder_stat = os.stat(folder)
    except OSError:
        return False
    for ancestor in (target, *target.parents):
        with contextlib.suppress(OSError):
            if os.path.samestat(os.stat(ancestor), folder_stat):
                return True
    return False


def _reason(exc: BaseException) -> str:
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).rstrip(".")


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


