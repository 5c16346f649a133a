"""The command line works without any display and never shows a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rlsdesk import __version__


def run_cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "rlsdesk", *args], capture_output=True, text=True, env=env,
        timeout=60,
    )


def test_version_and_help() -> None:
    assert run_cli("--version").stdout.strip() == f"rlsdesk {__version__}"
    helped = run_cli("--help")
    assert helped.returncode == 0
    assert "--data-dir" in helped.stdout and "backup" in helped.stdout


def test_environment_variable_chooses_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    result = run_cli("backup", "now", env_extra={"RLSDESK_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "rlsdesk.db").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--data-dir", ""), "empty"),
        (("backup", "restore", "--date", "yesterday"), "no backups"),
        (("backup", "frobnicate"), "invalid choice"),
        (("--no-such-option",), "unrecognized arguments"),
    ],
)
def test_bad_input_is_one_clear_line_and_changes_nothing(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    data = tmp_path / "data"
    full = args if args[0] == "--data-dir" else ("--data-dir", str(data), *args)
    result = run_cli(*full)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_file_in_place_of_the_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(blocker), "backup", "list")
    assert result.returncode == 2
    assert "not a folder" in result.stderr
    assert blocker.read_text() == "x"


def test_unreadable_database_is_reported_on_stderr(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "backup", "now").returncode == 0
    (data / "rlsdesk.db").write_bytes(b"definitely not sqlite")
    result = run_cli("--data-dir", str(data), "backup", "list")
    assert result.returncode == 0
    assert "could not be read" in result.stderr
    assert "rlsdesk backup restore --latest" in result.stderr
    kept = list(data.glob("rlsdesk.db.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"definitely not sqlite"
    restored = run_cli("--data-dir", str(data), "backup", "restore", "--latest")
    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout


def test_subcommands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from rlsdesk.cli import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'backup', 'list']); "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip().endswith("False")
