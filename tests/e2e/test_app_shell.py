"""The real rlsdesk process on a real virtual desktop: window, tray icon, one instance."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.e2e.app_process import main_windows, mark_first_run_done, rlsdesk_argv, start_app
from tests.vdesk import VirtualDesktop


def test_first_launch_shows_window_tray_icon_and_welcome(
    vdesk: VirtualDesktop, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    app = start_app(vdesk, data)
    vdesk.wait_for(lambda: main_windows(vdesk, app), timeout=20, what="main window")
    vdesk.wait_for(
        lambda: vdesk.find_windows(name="Welcome to rlsdesk", pid=app.pid, visible=True),
        timeout=10, what="first-run dialog",
    )
    vdesk.wait_for(lambda: vdesk.tray_icons(), timeout=10, what="tray icon embedded")
    vdesk.screenshot(tmp_path / "first-launch.png")
    database = data / "rlsdesk.db"
    assert database.exists()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert app.poll() is None


def test_second_launch_raises_the_first_and_exits(vdesk: VirtualDesktop, tmp_path: Path) -> None:
    data = tmp_path / "data"
    mark_first_run_done(data)
    first = start_app(vdesk, data)
    window = vdesk.wait_for(lambda: main_windows(vdesk, first), timeout=20, what="window")[0]
    # Close it as a person would (Ctrl+W): with a tray it hides there.
    vdesk.run(["xdotool", "windowfocus", "--sync", str(window)])
    vdesk.run(["xdotool", "key", "--clearmodifiers", "ctrl+w"])
    vdesk.wait_for(lambda: not main_windows(vdesk, first), timeout=10, what="window hidden")

    second = vdesk.run(rlsdesk_argv(data), timeout=20, check=False)
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stderr
    vdesk.wait_for(lambda: main_windows(vdesk, first), timeout=10, what="window raised again")
    assert first.poll() is None
    assert len(vdesk.tray_icons()) == 1


def test_without_a_tray_the_window_still_opens(
    vdesk_factory, tmp_path: Path
) -> None:
    desk: VirtualDesktop = vdesk_factory(tray=False)
    data = tmp_path / "data"
    mark_first_run_done(data)
    app = start_app(desk, data, "--hidden")  # hidden is ignored when there is no tray
    desk.wait_for(lambda: main_windows(desk, app), timeout=20, what="window without tray")
    assert desk.tray_icons() == []
