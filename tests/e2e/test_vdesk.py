"""Tests of the virtual desktop harness itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from tests.vdesk import VirtualDesktop, require_tool

TRAY_PROGRAM = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QApplication(sys.argv)
    print("tray-available", QSystemTrayIcon.isSystemTrayAvailable(), flush=True)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("orange"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.show()
    # Runs until the test closes its stdin.
    from PySide6.QtCore import QSocketNotifier
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(app.quit)
    QTimer.singleShot(30000, app.quit)
    sys.exit(app.exec())
    """
)


def test_display_and_private_session(vdesk: VirtualDesktop) -> None:
    env = vdesk.env
    assert env["DISPLAY"] == vdesk.display
    assert env["DBUS_SESSION_BUS_ADDRESS"] != os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    runtime = Path(env["XDG_RUNTIME_DIR"])
    assert runtime.is_dir() and (runtime.stat().st_mode & 0o777) == 0o700
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        assert env[var].startswith(str(vdesk.root)), var
    assert "WAYLAND_DISPLAY" not in env
    info = vdesk.run(["xdpyinfo"]).stdout
    assert "1280x800 pixels" in info
    assert vdesk.name_has_owner("org.freedesktop.Notifications")


def test_tray_icon_is_embedded(vdesk: VirtualDesktop, tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", TRAY_PROGRAM], env=vdesk.env, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "tray-available True"
        icons = vdesk.wait_for(vdesk.tray_icons, timeout=10, what="an embedded tray icon")
        assert len(icons) == 1
        _x, y, w, h = vdesk.window_geometry(icons[0])
        assert w > 1 and h > 1 and y < 32
        shot = vdesk.screenshot(tmp_path / "tray.png")
        assert shot.stat().st_size > 0
    finally:
        proc.communicate(input="", timeout=10)
    assert proc.returncode == 0
    vdesk.wait_for(lambda: not vdesk.tray_icons(), timeout=20, what="the icon to go away")


def test_no_tray_means_no_system_tray(vdesk_factory: Callable[..., VirtualDesktop]) -> None:
    desk = vdesk_factory(tray=False, notifications=False)
    res = desk.run([sys.executable, "-c", TRAY_PROGRAM.replace("icon.show()", "sys.exit(0)")])
    assert res.stdout.strip() == "tray-available False"
    assert not desk.name_has_owner("org.freedesktop.Notifications")


def test_notify_send_reaches_dunst(vdesk: VirtualDesktop) -> None:
    assert shutil.which("notify-send"), "install libnotify-bin for notify-send"
    vdesk.run(["notify-send", "-a", "vdesk-test", "Take a walk", "Legs restless?"])
    shown = vdesk.wait_for(vdesk.notifications, timeout=20, what="a notification")
    assert [(n.app_name, n.summary, n.body) for n in shown] == [
        ("vdesk-test", "Take a walk", "Legs restless?")
    ]
    assert vdesk.displayed_count() == 1
    vdesk.close_all()
    history = vdesk.wait_for(vdesk.history, timeout=20, what="dunst history")
    assert [(h["summary"], h["id"]) for h in history] == [("Take a walk", shown[0].id)]


def test_invoke_action_through_dunst(vdesk: VirtualDesktop) -> None:
    waiter = subprocess.Popen(
        ["notify-send", "--wait", "-A", "done=Done", "-A", "skip=Skip", "Stretch", "calves"],
        env=vdesk.env, stdout=subprocess.PIPE, text=True,
    )
    try:
        note = vdesk.wait_for(vdesk.notifications, timeout=20, what="a notification")[0]
        assert note.actions == {"done": "Done", "skip": "Skip"}
        vdesk.invoke_action(note.id, "skip")
        out, _ = waiter.communicate(timeout=20)
    finally:
        if waiter.poll() is None:
            waiter.kill()
    assert out.strip() == "skip"


def test_teardown_leaves_no_processes() -> None:
    desk = VirtualDesktop()
    with desk:
        pids = desk.pids
        root = desk.root
        assert len(pids) == 4 and not [p for p in pids if not _running(p)]
    assert [p for p in pids if _running(p)] == []
    assert desk.alive() == []
    assert root is not None and not root.exists()


def test_failed_start_cleans_up(monkeypatch) -> None:
    desk = VirtualDesktop()

    def boom() -> None:
        raise RuntimeError("trayer broke")

    monkeypatch.setattr(desk, "_start_trayer", boom)
    try:
        desk.start()
    except RuntimeError as exc:
        assert "trayer broke" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("start() should have failed")
    assert [p for p in desk.pids if _running(p)] == []


def test_missing_tool_names_the_package(monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    try:
        require_tool("trayer")
    except RuntimeError as exc:
        assert "apt-get install trayer" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("require_tool should have failed")


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"
