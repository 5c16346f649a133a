"""Logging to a private, rotating file in the data folder; tracebacks go there, not to people."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from rlsdesk.paths import PRIVATE_FILE_MODE

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_file: Path, *, verbose: bool = False) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rlsdesk", False):
            root.removeHandler(handler)
    log_file.touch(mode=PRIVATE_FILE_MODE, exist_ok=True)
    os.chmod(log_file, PRIVATE_FILE_MODE)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._rlsdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
