from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from rlsdesk.desktop.autostart import (
    MacLaunchAgent,
    XdgAutostart,
    desktop_exec,
    launch_command,
)


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


def parse_exec(value: str) -> list[str]:
    """An Exec value read back as the Desktop Entry spec says a launcher reads it: first the
    string escapes, then the quoting, then %% (written independently of desktop_exec)."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in escapes:
            text += escapes[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    args: list[str] = []
    current: str | None = None
    i = 0
    while i < len(text):
        c = text[i]
        if c == '"':
            current = current or ""
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                current += text[i]
                i += 1
        elif c == " ":
            if current is not None:
                args.append(current)
            current = None
        else:
            assert c not in "\"'\\><~|&;$*?#()`\t\n", f"reserved {c!r} outside quotes"
            current = (current or "") + c
        i += 1
    if current is not None:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


TRICKY_FOLDERS = [
    "/home/ann/rls data",
    "/home/o'brien/$HOME \"quoted\" `tick` back\\slash 100%/rlsdesk",
    "/tmp/tab\there;and|more&(x)#y*?~<>",
    "/home/jörg/Schlaf",
]


@pytest.mark.parametrize("folder", TRICKY_FOLDERS)
def test_the_autostart_entry_keeps_the_data_folder(tmp_path: Path, folder: str) -> None:
    autostart = XdgAutostart(tmp_path / "config", data_dir=Path(folder))
    autostart.enable()
    lines = autostart.path.read_text(encoding="utf-8").splitlines()
    value = next(line for line in lines if line.startswith("Exec="))[len("Exec="):]
    argv = parse_exec(value)
    assert argv == launch_command(Path(folder))
    assert argv[-3:] == ["--data-dir", folder, "--hidden"]
    validator = shutil.which("desktop-file-validate")
    assert validator is not None, "apt-get install desktop-file-utils"
    result = subprocess.run([validator, str(autostart.path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_plain_arguments_stay_unquoted() -> None:
    assert desktop_exec(["/usr/bin/rlsdesk", "--data-dir", "/srv/rls", "--hidden"]) == \
        "/usr/bin/rlsdesk --data-dir /srv/rls --hidden"
    assert desktop_exec(["a b"]) == '"a b"'
    assert desktop_exec(["a\\b"]) == '"a\\\\\\\\b"', "four backslashes in the file"


def test_the_mac_agent_keeps_the_data_folder(tmp_path: Path) -> None:
    agent = MacLaunchAgent(tmp_path, data_dir=Path("/Users/ann/rls data"))
    agent.enable()
    arguments = plistlib.loads(agent.path.read_bytes())["ProgramArguments"]
    assert arguments[-3:] == ["--data-dir", "/Users/ann/rls data", "--hidden"]
