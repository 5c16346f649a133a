"""Shared fixtures. Widget tests run offscreen; the e2e layer sets up its own real desktop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rlsdesk.paths import DataPaths, prepare_data_dir


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return prepare_data_dir(tmp_path / "data")
