"""Fixtures for the unit tests: the command line run in-process against a temp data folder."""

from __future__ import annotations

import sqlite3
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
