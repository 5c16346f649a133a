"""Storage errors by kind: a full disk, a failing disk, someone else's file, a read-only
medium, a lock held elsewhere. None of these is damage, so none of them ever moves a file.

The kind comes from SQLite's result code (``sqlite_errorcode``) or the OS's errno; the
message is looked up on the file system (who owns the file, which disk is read-only) and says
in plain words what is wrong and what to do.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from rlsdesk.system.errors import StorageKind, StorageUnavailable

# SQLite's primary result codes (the low byte of the extended code).
_CORRUPTION = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_LOCKED = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_ACCESS = frozenset({sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH})
_NEARLY_FULL_BYTES = 1 << 20  # an I/O error with less than this free is a full disk
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_ACCESS_ERRNOS = frozenset({errno.EACCES, errno.EPERM})


def sqlite_primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_corruption(exc: sqlite3.Error) -> bool:
    """The file itself is damaged or is not a database: the only case for moving it aside."""
    return sqlite_primary_code(exc) in _CORRUPTION


def storage_fault(exc: BaseException, path: Path | None = None) -> StorageUnavailable | None:
    """The storage problem behind ``exc``, or None if it is not one (a bug, corruption).

    ``path`` is the file being used (the database for SQLite errors); an OSError's own
    file name wins over it.
    """
    if isinstance(exc, StorageUnavailable):
        return exc
    if isinstance(exc, OSError):
        return _from_errno(exc, Path(exc.filename) if exc.filename else path)
    if isinstance(exc, sqlite3.Error) and path is not None:
        return _from_sqlite(exc, path)
    return None


def storage_message(exc: BaseException, path: Path | None = None) -> str | None:
    """The plain-words line for a storage problem (for a dialog or stderr), else None."""
    fault = storage_fault(exc, path)
    return None if fault is None else str(fault)


def _from_sqlite(exc: sqlite3.Error, path: Path) -> StorageUnavailable | None:
    code = sqlite_primary_code(exc)
    if code == sqlite3.SQLITE_FULL:
        return disk_full(path)
    if code == sqlite3.SQLITE_IOERR:
        return disk_full(path) if _nearly_full(path) else io_error(path)
    if code in _LOCKED:
        return locked(path)
    if code == sqlite3.SQLITE_READONLY or code in _ACCESS:
        return access_problem(path, str(exc))
    return None


def _from_errno(exc: OSError, path: Path | None) -> StorageUnavailable | None:
    where = path if path is not None else Path.cwd()
    if exc.errno in _FULL_ERRNOS:
        return disk_full(where)
    if exc.errno == errno.EIO:
        return io_error(where)
    if exc.errno == errno.EROFS:
        return read_only_medium(where)
    if exc.errno in _ACCESS_ERRNOS:
        refused = exc.errno == errno.EPERM
        return access_problem(where, exc.strerror or str(exc), chmod_refused=refused)
    return None


def folder_fault(folder: Path) -> StorageUnavailable | None:
    """Why nothing can be written in ``folder`` (read-only, full, not ours), or None."""
    if _on_read_only_medium(folder):
        return read_only_medium(folder)
    if _nearly_full(folder):
        return disk_full(folder)
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        return access_problem(folder, "cannot write to the folder")
    return None


def disk_full(path: Path) -> StorageUnavailable:
    return StorageUnavailable(
        StorageKind.FULL,
        f"the disk is full: there is no space left on {mount_point(path)} for {path}. "
        f"Free some space on {mount_point(path)} and try again; nothing was changed.",
    )


def io_error(path: Path) -> StorageUnavailable:
    return StorageUnavailable(
        StorageKind.IO,
        f"the disk holding {path} reported an input/output error. The file was left as it "
        "is; check that the disk is connected and healthy, then try again.",
    )


def locked(path: Path) -> StorageUnavailable:
    return StorageUnavailable(
        StorageKind.LOCKED,
        f"another program is using the diary {path} and holds it locked. Close the other "
        "program using the diary (another rlsdesk, or a database tool) and try again; "
        "nothing was changed.",
    )


def read_only_medium(path: Path) -> StorageUnavailable:
    return StorageUnavailable(
        StorageKind.READ_ONLY,
        f"the disk is read-only: {mount_point(path)} (which holds {path}) is mounted "
        "read-only. Make it writable (remount it) and try again; nothing was changed.",
    )


def access_problem(path: Path, detail: str, *, chmod_refused: bool = False) -> StorageUnavailable:
    """Read-only medium, someone else's file or folder, or a mode that forbids: which one."""
    if _on_read_only_medium(path):
        return read_only_medium(path)
    me = os.geteuid()
    for candidate, needed in _related(path):
        try:
            info = candidate.stat()
        except OSError:
            continue
        allowed = os.access(candidate, needed)
        foreign = me != 0 and info.st_uid != me
        if foreign and (not allowed or chmod_refused):
            what = "folder" if stat.S_ISDIR(info.st_mode) else "file"
            return StorageUnavailable(
                StorageKind.PERMISSION,
                f"rlsdesk may not use {candidate}: fix the {what}'s owner: {candidate} "
                f"belongs to uid {info.st_uid}, and you are uid {me} (for example: "
                f"sudo chown {me} {candidate}). Nothing was changed.",
            )
        if not allowed and needed & os.W_OK and os.access(candidate, needed & ~os.W_OK):
            return StorageUnavailable(
                StorageKind.READ_ONLY,
                f"{candidate} is read-only (mode {stat.S_IMODE(info.st_mode):o}). Make it "
                f"writable (chmod u+w {candidate}) and try again; nothing was changed.",
            )
        if not allowed:
            return StorageUnavailable(
                StorageKind.PERMISSION,
                f"rlsdesk may not read {candidate} (mode {stat.S_IMODE(info.st_mode):o}). "
                f"Fix its permissions (chmod u+rwX {candidate}) and try again; nothing "
                "was changed.",
            )
    return StorageUnavailable(
        StorageKind.PERMISSION,
        f"rlsdesk is not allowed to use {path} ({detail}). Check the owner and permissions "
        "of the file and its folder; nothing was changed.",
    )


def mount_point(path: Path) -> Path:
    """The folder at which the file system holding ``path`` is mounted."""
    current = _existing(path)
    try:
        device = current.stat().st_dev
        while current.parent != current and current.parent.stat().st_dev == device:
            current = current.parent
    except OSError:
        pass
    return current


def _on_read_only_medium(path: Path) -> bool:
    try:
        return bool(os.statvfs(_existing(path)).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _nearly_full(path: Path) -> bool:
    try:
        info = os.statvfs(_existing(path))
    except OSError:
        return False
    return info.f_bavail * info.f_frsize < _NEARLY_FULL_BYTES


def _existing(path: Path) -> Path:
    current = Path(os.path.abspath(path))
    while not current.exists() and current.parent != current:
        current = current.parent
    return current


def _related(path: Path) -> list[tuple[Path, int]]:
    """The file, its SQLite sidecars, its folder and the folders above it, nearest first,
    each with the access rlsdesk needs: read and write, and only passing through above."""
    path = Path(os.path.abspath(path))
    read_write = os.R_OK | os.W_OK
    if path.is_dir():
        return [(path, read_write | os.X_OK), *((p, os.X_OK) for p in path.parents)]
    found = [(path.with_name(path.name + s), read_write) for s in ("", "-wal", "-shm")]
    found.append((path.parent, read_write | os.X_OK))
    found.extend((p, os.X_OK) for p in path.parent.parents)
    return found
