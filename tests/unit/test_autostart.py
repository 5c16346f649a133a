from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from rlsdesk.desktop.autostart import MacLaunchAgent, XdgAutostart


def test_xdg_autostart_entry_is_valid_and_starts_hidden(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path / "config", command=["/usr/bin/rlsdesk", "--hidden"])
    assert not autostart.is_enabled()
    autostart.enable()
    assert autostart.is_enabled()
    entry = tmp_path / "config" / "autostart" / "rlsdesk.desktop"
    text = entry.read_text()
    assert "Exec=/usr/bin/rlsdesk --hidden" in text
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.fail("desktop-file-validate is missing: apt-get install desktop-file-utils")
    result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    autostart.disable()
    assert not autostart.is_enabled() and not entry.exists()
    autostart.disable()  # twice is fine


def test_xdg_autostart_honours_xdg_config_home(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    autostart = XdgAutostart()
    autostart.set_enabled(True)
    assert (tmp_path / "xdg" / "autostart" / "rlsdesk.desktop").is_file()


def test_a_disabled_entry_is_reported_off(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_text("[Desktop Entry]\nHidden=true\n")
    assert not autostart.is_enabled()


def test_mac_launch_agent_plist(tmp_path: Path) -> None:
    agent = MacLaunchAgent(tmp_path, command=["/Applications/rlsdesk", "--hidden"])
    agent.enable()
    plist = plistlib.loads(agent.path.read_bytes())
    assert plist["ProgramArguments"] == ["/Applications/rlsdesk", "--hidden"]
    assert plist["RunAtLoad"] is True
    agent.disable()
    assert not agent.is_enabled()
