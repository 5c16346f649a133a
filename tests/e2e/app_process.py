"""Starting the real rlsdesk process inside a virtual desktop."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.vdesk import VirtualDesktop


def rlsdesk_argv(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "rlsdesk", "--data-dir", str(data_dir), *args]


def start_app(desk: VirtualDesktop, data_dir: Path, *args: str) -> subprocess.Popen[bytes]:
    return desk.popen(rlsdesk_argv(data_dir, *args), name=f"rlsdesk-{data_dir.name}")


def main_windows(desk: VirtualDesktop, proc: subprocess.Popen[bytes]) -> list[int]:
    return desk.find_windows(name="^rlsdesk$", pid=proc.pid, visible=True)


def mark_first_run_done(data_dir: Path) -> None:
    from rlsdesk.store.store import open_store
    from rlsdesk.system.paths import prepare_data_dir

    store = open_store(prepare_data_dir(data_dir))
    store.settings.set("first_run_done", True)
    store.close()
