"""Shared fixtures. Widget tests run offscreen; the e2e layer sets up its own real desktop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Labels are read in English and times in 24-hour form, whatever this machine's locale (the
# desktops started for e2e tests inherit this too); tests of other locales set their own.
# (A call a line: ruff's E402 lets os.environ calls stand before an import, not a loop.)
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("LC_TIME", None)
os.environ.update(LC_ALL="C.UTF-8", LANG="C.UTF-8")

from rlsdesk.system.paths import DataPaths, prepare_data_dir


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return prepare_data_dir(tmp_path / "data")
