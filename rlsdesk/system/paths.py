"""Where rlsdesk keeps its files, and how they are kept private."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rlsdesk.system.errors import UserError

DATA_DIR_ENV = "RLSDESK_DATA_DIR"
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "rlsdesk.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def log_file(self) -> Path:
        return self.root / "rlsdesk.log"

    @property
    def lock_file(self) -> Path:
        return self.root / "instance.lock"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("rlsdesk", appauthor=False))


def resolve_data_dir(option: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """--data-dir wins over RLSDESK_DATA_DIR, which wins over the platform default."""
    raw = option if option is not None else environ.get(DATA_DIR_ENV)
    if raw is None:
        return default_data_dir()
    if not raw.strip():
        raise UserError("--data-dir: the folder name is empty")
    return Path(raw).expanduser().absolute()


def prepare_data_dir(root: Path) -> DataPaths:
    """Make the data folder and its backups folder if missing and check they can be used.

    Only folders rlsdesk creates here are made private (0700); an existing folder, say a
    shared one given with --data-dir, keeps its permissions.
    """
    from rlsdesk.system.faults import access_problem, storage_fault

    try:
        if root.exists() and not root.is_dir():
            raise UserError(f"data folder {root} exists but is not a folder")
        make_private_dirs(root)
        if not os.access(root, os.R_OK | os.W_OK | os.X_OK):
            raise access_problem(root, "cannot write to the folder")
        paths = DataPaths(root)
        make_private_dirs(paths.backups)
    except OSError as exc:
        fault = storage_fault(exc, root)
        if fault is not None:
            raise fault from exc
        raise UserError(f"cannot use data folder {root}: {exc.strerror or exc}") from exc
    return paths


def make_private_dirs(folder: Path) -> list[Path]:
    """Create ``folder`` and any missing parents, each 0700; returns the folders made.
    Folders that already exist are left exactly as they are."""
    missing = []
    current = Path(os.path.abspath(folder))
    while not current.exists():
        missing.append(current)
        current = current.parent
    made = []
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:  # made by someone else just now: theirs, left alone
            continue
        os.chmod(path, PRIVATE_DIR_MODE)  # exactly 0700, whatever the umask
        made.append(path)
    return made


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = PRIVATE_FILE_MODE) -> None:
    """Write a whole file or nothing: a temp file beside it, fsync, then rename over."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, *, mode: int = PRIVATE_FILE_MODE) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut (best effort)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

