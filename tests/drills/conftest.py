"""Storage-fault drills: real small file systems, real processes, real other users.

A drill that cannot set up its fault (no tmpfs mount, no second user) FAILS and says why:
a skipped drill would read as a passed one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CLI = Path(sys.executable).parent / "rlsdesk-cli"
OTHER_UID = 65534  # nobody
SIZE = 2 * 1024 * 1024

@dataclass
class SmallDisk:
    """A tmpfs of SIZE mounted for one test; ``fill`` makes it full, ``free`` undoes that."""

    mount: Path
    fillers: list[Path] = field(default_factory=list)

    def fill(self, leave: int = 0) -> None:
        filler = self.mount / f"filler-{len(self.fillers)}"
        self.fillers.append(filler)
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for chunk in (1 << 16, 4096, 512, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * chunk)
            if leave:
                os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
        finally:
            os.close(fd)

    def free(self) -> None:
        while self.fillers:
            with contextlib.suppress(FileNotFoundError):
                self.fillers.pop().unlink()

    def available(self) -> int:
        info = os.statvfs(self.mount)
        return info.f_bavail * info.f_frsize

    def remount(self, option: str) -> None:
        _root_command("mount", "-o", f"remount,{option}", str(self.mount))


def _root_command(*argv: str) -> None:
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(
            f"the storage drills need {' '.join(argv)!r} to work (run the tests as root on "
            f"Linux); it said: {done.stderr.strip() or done.returncode}"
        )


@pytest.fixture
def small_disk() -> Iterator[SmallDisk]:
    if os.geteuid() != 0:
        pytest.fail("the storage drills mount a small tmpfs and switch users: run as root")
    # Under /tmp, not pytest's tmp_path: another user must be able to reach it.
    mount = Path(tempfile.mkdtemp(prefix="rlsdesk-drill-"))
    mount.chmod(0o755)
    _root_command("mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0755", "tmpfs", str(mount))
    disk = SmallDisk(mount)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        with contextlib.suppress(OSError):
            mount.rmdir()


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(TZ="Europe/Berlin", HOME=str(home), LC_ALL="C.UTF-8", LANG="C.UTF-8")
    return env


def run_cli(data: Path, *args: str, as_other_user: bool = False) -> subprocess.CompletedProcess:
    """The installed console script, as this user or as uid 65534 (nobody)."""
    command = [str(CLI), "--data-dir", str(data), *args]
    env = environment(data.parent)
    if not as_other_user:
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    stage = Path(tempfile.mkdtemp(prefix="rlsdesk-drill-ns-"))
    try:
        return subprocess.run(
            [*_other_user_prefix(stage), *command],
            capture_output=True, text=True, env=env, timeout=120,
        )
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _other_user_prefix(stage: Path) -> list[str]:
    as_nobody = ["setpriv", f"--reuid={OTHER_UID}", f"--regid={OTHER_UID}", "--clear-groups"]
    interpreter = Path(os.path.realpath(sys.executable))
    root = Path("/root")
    if root not in interpreter.parents or os.stat(root).st_mode & 0o001:
        return as_nobody
    # The interpreter lives under /root (pyenv), which no other user may enter. The process
    # gets its own mount namespace in which /root is a passable stand-in holding only the
    # interpreter's top folder; nothing changes for any other process.
    top = root / interpreter.relative_to(root).parts[0]
    stage.chmod(0o755)
    script = (
        "set -e\n"
        f'mkdir -p "{stage}/keep" "{stage}/root/{top.name}"\n'
        f'chmod 711 "{stage}/root"\n'
        f'mount --bind "{top}" "{stage}/keep"\n'
        f'mount --bind "{stage}/root" /root\n'
        f'mount --bind "{stage}/keep" "{top}"\n'
        'exec "$@"\n'
    )
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh",
            *as_nobody]


def check_other_user_can_run(data_parent: Path) -> None:
    """Fail (not skip) when no process can be started as another user here."""
    probe = run_cli(data_parent / "probe", "--version", as_other_user=True)
    if probe.returncode != 0 or "rlsdesk" not in probe.stdout:
        pytest.fail(
            "cannot run rlsdesk as uid 65534 (needs root, setpriv and unshare): "
            f"{probe.stderr.strip()}"
        )


def give_to(path: Path, uid: int) -> None:
    os.chown(path, uid, uid)


def nights(data: Path) -> set[str]:
    conn = sqlite3.connect(data / "rlsdesk.db")
    try:
        return {row[0] for row in conn.execute("SELECT night FROM diary_nights")}
    finally:
        conn.close()


def moved_aside(data: Path) -> list[Path]:
    return sorted(data.glob("*.unreadable-*"))




TALLY: list[str] = []  # one line per drill, printed at the end of the run
TOTALS = {"drills": 0, "trials": 0, "refused": 0, "acknowledged": 0, "lost": 0, "moved": 0}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY:
        terminalreporter.section("storage-fault drills")
        for line in TALLY:
            terminalreporter.write_line(line)
        terminalreporter.write_line(
            "all: {drills} drills, {trials} trials, {refused} refused in one line, "
            "{acknowledged} entries acknowledged, {lost} lost, {moved} files moved aside"
            .format(**TOTALS)
        )
