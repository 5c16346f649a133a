"""Logging to a private file in the data folder; tracebacks go there, not to people.

The file is rotated when rlsdesk starts (rlsdesk logs little: problems and a line per
reminder), which keeps ``logging.handlers`` and its socket/pickle imports off start-up.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from rlsdesk.paths import PRIVATE_FILE_MODE

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
KEEP = 3  # rlsdesk.log.1 … rlsdesk.log.3


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


def configure_logging(log_file: Path, *, verbose: bool = False) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rlsdesk", False):
            root.removeHandler(handler)
            handler.close()
    with contextlib.suppress(OSError):  # best effort: another rlsdesk may have just rotated it
        rotate_if_large(log_file)
    log_file.touch(mode=PRIVATE_FILE_MODE, exist_ok=True)
    os.chmod(log_file, PRIVATE_FILE_MODE)
    handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._rlsdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
