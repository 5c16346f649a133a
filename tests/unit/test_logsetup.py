"""The log file stays private and bounded: rotated at start once it grows too big."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from rlsdesk.logsetup import configure_logging, rotate_if_large


def test_small_logs_are_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "rlsdesk.log"
    log.write_text("a line\n")
    rotate_if_large(log, max_bytes=100)
    assert log.read_text() == "a line\n"
    assert not (tmp_path / "rlsdesk.log.1").exists()


def test_big_logs_shift_and_the_oldest_is_dropped(tmp_path: Path) -> None:
    log = tmp_path / "rlsdesk.log"
    for generation in ("first", "second", "third", "fourth"):  # each start with a big log
        log.write_text(generation * 30)
        rotate_if_large(log, max_bytes=100, keep=3)
    assert not log.exists()
    kept = {p.name: p.read_text() for p in tmp_path.iterdir()}
    assert kept == {"rlsdesk.log.1": "fourth" * 30, "rlsdesk.log.2": "third" * 30,
                    "rlsdesk.log.3": "second" * 30}  # the first is gone


def test_configure_writes_privately_and_replaces_its_own_handler(tmp_path: Path) -> None:
    log = tmp_path / "rlsdesk.log"
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        configure_logging(log)
        configure_logging(log)  # again: still one rlsdesk handler
        ours = [h for h in root.handlers if getattr(h, "_rlsdesk", False)]
        assert len(ours) == 1
        logging.getLogger("rlsdesk.test").error("something broke")
        ours[0].flush()
        assert "ERROR rlsdesk.test: something broke" in log.read_text()
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
