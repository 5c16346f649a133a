"""Exports write only a new or ordinary file outside the data folder, whole or not at all;
imports read only an ordinary file."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from rlsdesk.formats.targets import (
    Problem,
    TargetError,
    export_target,
    read_source,
    write_export,
)
from tests.unit.conftest import dump

FORMATS = ("csv", "ics", "pdf")


@pytest.fixture
def logged(cli):
    assert cli("log", "night", "--date", "2026-11-19", "--severity", "4")[0] == 0
    return cli


def _refused(cli, *args: str) -> str:
    data: Path = cli.data
    before_db = (data / "rlsdesk.db").read_bytes()
    before = dump(data)
    code, out, err = cli(*args)
    assert code == 2 and out == "", (args, out, err)
    assert err.count("\n") == 1, err
    assert dump(data) == before
    assert (data / "rlsdesk.db").read_bytes() == before_db
    return err


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("name", ["rlsdesk.db", "rlsdesk.db-wal", "rlsdesk.log", "new.csv",
                                  "backups/x.db", "."])
def test_nothing_is_written_into_the_data_folder(logged, kind: str, name: str) -> None:
    err = _refused(logged, "export", kind, str(logged.data / name), "--force")
    assert "data folder" in err
    assert not (logged.data / "new.csv").exists()


def test_the_data_folder_is_found_through_symbolic_links(logged, tmp_path: Path) -> None:
    (tmp_path / "to-db.csv").symlink_to(logged.data / "rlsdesk.db")
    (tmp_path / "to-data").symlink_to(logged.data)
    for path in (tmp_path / "to-db.csv", tmp_path / "to-data" / "rlsdesk.db",
                 tmp_path / "to-data" / "other.csv"):
        assert "data folder" in _refused(logged, "export", "csv", str(path), "--force")
    assert os.readlink(tmp_path / "to-db.csv") == str(logged.data / "rlsdesk.db")


def test_a_symbolic_link_to_a_file_elsewhere_is_followed_and_kept(
    logged, tmp_path: Path,
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old")
    (tmp_path / "link.csv").symlink_to(real)
    assert logged("export", "csv", str(tmp_path / "link.csv"), "--force")[0] == 0
    assert (tmp_path / "link.csv").is_symlink()
    assert real.read_text().startswith("night,")


@pytest.mark.parametrize("kind", FORMATS)
def test_devices_pipes_sockets_and_folders_are_refused(logged, tmp_path: Path,
                                                      kind: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    sock_path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        cases = {"/dev/null": "device", str(fifo): "named pipe", str(sock_path): "socket",
                 str(tmp_path): "folder"}
        for path, word in cases.items():
            assert word in _refused(logged, "export", kind, path, "--force")
    finally:
        server.close()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_replacing_needs_force_and_writes_a_private_file(logged, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("keep me")
    assert "add --force" in _refused(logged, "export", "csv", str(target))
    assert target.read_text() == "keep me"
    assert logged("export", "csv", str(target), "--force")[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "2026-11-19" in target.read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_file_appearing_before_the_rename_is_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    target = export_target(tmp_path / "late.csv", data, replace=False)
    target.write_text("someone else's")
    with pytest.raises(TargetError) as info:
        write_export(target, b"ours", replace=False)
    assert info.value.problem is Problem.EXISTS
    assert target.read_text() == "someone else's"
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_a_missing_folder_and_an_empty_name(tmp_path: Path) -> None:
    with pytest.raises(TargetError, match="does not exist"):
        export_target(tmp_path / "no" / "x.csv", tmp_path / "data", replace=False)
    with pytest.raises(TargetError, match="empty"):
        export_target("", tmp_path / "data", replace=False)


def test_the_routine_export_obeys_the_same_rules(logged, tmp_path: Path) -> None:
    assert "data folder" in _refused(logged, "routine", "export",
                                     str(logged.data / "rlsdesk.db"), "--force")
    assert "device" in _refused(logged, "routine", "export", "/dev/null", "--force")


def test_imports_read_only_ordinary_files(logged, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)  # nobody writes to it: reading must not wait for a writer
    assert "named pipe" in _refused(logged, "import", "csv", str(fifo))
    assert "device" in _refused(logged, "import", "csv", "/dev/zero")
    assert "folder" in _refused(logged, "import", "csv", str(tmp_path))
    assert "named pipe" in _refused(logged, "routine", "import", str(fifo))
    big = tmp_path / "big.csv"
    big.write_bytes(b"night\n" + b"2026-11-01\n" * 10)
    with pytest.raises(TargetError, match="larger than"):
        read_source(big, limit=50)
