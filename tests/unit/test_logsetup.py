"""The log file stays private and bounded: rotated at start once it grows too big."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from rlsdesk.system.logsetup import configure_logging, logging_problem, rotate_if_large


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


def _drop_our_handlers(before: list[logging.Handler]) -> None:
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def test_a_log_that_cannot_be_opened_turns_logging_off_once(tmp_path: Path) -> None:
    log = tmp_path / "rlsdesk.log"
    log.mkdir()  # in the way: no file can be opened there
    said: list[str] = []
    before = list(logging.getLogger().handlers)
    try:
        problem = configure_logging(log, notice=said.append)
        assert problem is not None and str(log) in problem
        assert logging_problem() == problem
        logging.getLogger("rlsdesk.test").error("goes nowhere, breaks nothing")
        assert len(said) == 1 and "logging is off" in said[0]
    finally:
        _drop_our_handlers(before)


def test_a_full_disk_under_the_log_turns_logging_off_once(tmp_path: Path) -> None:
    log = tmp_path / "rlsdesk.log"
    log.symlink_to("/dev/full")  # every write: ENOSPC, for real
    said: list[str] = []
    before = list(logging.getLogger().handlers)
    try:
        assert configure_logging(log, notice=said.append) is None
        for _ in range(3):
            logging.getLogger("rlsdesk.test").error("no room for this line")
        assert len(said) == 1
        assert "No space left on device" in said[0] and "logging is off" in said[0]
        assert logging_problem() is not None
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # left a device, not chmod-ed
    finally:
        _drop_our_handlers(before)


def test_font_subsetting_chatter_stays_out_of_the_log(tmp_path: Path) -> None:
    log = tmp_path / "rlsdesk.log"
    before = list(logging.getLogger().handlers)
    try:
        configure_logging(log, verbose=True)
        for name in ("fontTools.subset", "fontTools.ttLib.ttFont", "matplotlib.font_manager"):
            logging.getLogger(name).info("subsetting glyphs")
            assert logging.getLogger(name).getEffectiveLevel() >= logging.WARNING
        logging.getLogger("rlsdesk.test").info("ours")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = log.read_text()
        assert "ours" in text and "subsetting" not in text
    finally:
        _drop_our_handlers(before)
