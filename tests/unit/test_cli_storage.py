"""The command line meets storage and text problems with one line, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from rlsdesk.cli import STORAGE_EXIT


def run_bytes(*args: bytes) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"rlsdesk", *args], capture_output=True, env=env,
        timeout=60,
    )


def test_an_argument_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    data = os.fsencode(tmp_path / "data")
    result = run_bytes(b"--data-dir", data, b"log", b"night", b"--severity", b"3",
                       b"--note", b"caf\xe9")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert len(err.splitlines()) == 1 and "not valid UTF-8" in err and "caf\\xe9" in err
    assert not (tmp_path / "data").exists()  # refused before anything was made


def test_a_lock_at_start_is_one_line_and_moves_nothing(tmp_path: Path, cli) -> None:
    assert cli("log", "night", "--date", "2025-03-01", "--severity", "2")[0] == 0
    holder = sqlite3.connect(cli.data / "rlsdesk.db", isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # a reader and writer that will not share
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO settings VALUES ('held', '1')")
    holder.execute("COMMIT")
    try:
        code, _out, err = cli("tonight")
    finally:
        holder.close()
    assert code == STORAGE_EXIT
    assert err.count("\n") == 1 and "holds it locked" in err and "Traceback" not in err
    assert not list(cli.data.glob("*.unreadable-*"))
    assert cli("tonight")[0] == 0


def test_pdf_export_keeps_font_chatter_out_of_the_log(cli, tmp_path: Path) -> None:
    assert cli("log", "night", "--date", "2025-03-01", "--severity", "2")[0] == 0
    code, _out, err = cli("--verbose", "export", "pdf", str(tmp_path / "report.pdf"))
    assert code == 0, err
    log = (cli.data / "rlsdesk.log").read_text()
    assert "fontTools" not in log and "subset" not in log.lower()



def test_a_reader_that_goes_away_is_not_an_error(tmp_path: Path) -> None:
    """`rlsdesk routine list | head`: the reader is gone before the output comes (here the
    pipe's reading end is closed from the start). Quiet, no 'something went wrong'."""
    data = tmp_path / "data"
    reading, writing = os.pipe()
    os.close(reading)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "rlsdesk", "--data-dir", str(data), "routine", "list"],
            stdout=writing, stderr=subprocess.PIPE, text=True, check=False, timeout=60)
    finally:
        os.close(writing)
    assert done.returncode == 141, done.stderr
    assert done.stderr == ""
    log_file = data / "rlsdesk.log"
    assert not log_file.exists() or "Traceback" not in log_file.read_text()
