"""Fixtures for the unit tests: the command line run in-process against a temp data folder."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from rlsdesk.cli import main
from tests.hypothesis_budget import MUTATION

if MUTATION:  # `make mutation`: few examples a property test (tests/hypothesis_budget.py)
    settings.load_profile("mutation")


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    data = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.data = data  # type: ignore[attr-defined]
    return run


def dump(data: Path) -> list[str]:
    """The database's content as SQL, for 'nothing changed' checks."""
    conn = sqlite3.connect(data / "rlsdesk.db")
    try:
        return list(conn.iterdump())
    finally:
        conn.close()



@pytest.fixture
def private_bus_daemon() -> Iterator[subprocess.Popen[str]]:
    """A D-Bus daemon of our own (its address is ``.address``), stopped after the test."""
    if shutil.which("dbus-daemon") is None:
        pytest.fail("dbus-daemon is not installed (Debian package dbus-daemon; "
                    ".ci/system-packages.sh installs it)")
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    proc.address = proc.stdout.readline().strip()  # type: ignore[attr-defined]
    yield proc
    if proc.poll() is None:
        proc.terminate()
    proc.wait(timeout=5)


@pytest.fixture
def private_bus(private_bus_daemon: subprocess.Popen[str]) -> str:
    """The address of a D-Bus daemon of our own."""
    return private_bus_daemon.address  # type: ignore[attr-defined,no-any-return]
