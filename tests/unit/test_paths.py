from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rlsdesk.system.errors import UserError
from rlsdesk.system.paths import atomic_write_text, prepare_data_dir, resolve_data_dir


def test_option_beats_environment(tmp_path: Path) -> None:
    env = {"RLSDESK_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "opt"), env) == tmp_path / "opt"
    assert resolve_data_dir(None, env) == tmp_path / "env"


def test_empty_data_dir_is_refused() -> None:
    with pytest.raises(UserError, match="empty"):
        resolve_data_dir("  ", {})


def test_a_file_is_not_a_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="not a folder"):
        prepare_data_dir(blocker)


def test_atomic_write_replaces_whole_file_privately(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    atomic_write_text(target, "new content")
    assert target.read_text() == "new content"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_an_existing_shared_folder_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o775)
    paths = prepare_data_dir(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o775
    assert stat.S_IMODE(paths.backups.stat().st_mode) == 0o700  # made by rlsdesk


def test_folders_rlsdesk_makes_are_private_at_every_level(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    old = os.umask(0o022)
    try:
        paths = prepare_data_dir(tmp_path / "a" / "b" / "data")
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", paths.root, paths.backups):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755  # was there before: left alone
