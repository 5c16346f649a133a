"""Starting rlsdesk (hidden, in the tray) when the person logs in, per platform."""

from __future__ import annotations

import abc
import importlib
import os
import plistlib
import shutil
import sys
from pathlib import Path
from typing import Any

from rlsdesk.system.paths import atomic_write_bytes, atomic_write_text


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this rlsdesk, hidden in the tray (on ``data_dir``'s data, if given)."""
    installed = shutil.which("rlsdesk")
    program = [installed] if installed else [sys.executable, "-m", "rlsdesk"]
    folder = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return [*program, *folder, "--hidden"]


#: Characters that make an Exec argument need quotes (freedesktop Desktop Entry spec,
#: "The Exec key"): space, tab, newline and the shell's reserved characters.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec(argv: list[str]) -> str:
    """``argv`` as the value of a desktop entry's ``Exec=`` key, quoted as the spec says.

    An argument with a reserved character goes in double quotes, inside which the double
    quote, backquote, dollar sign and backslash take a backslash; ``%`` is written ``%%``
    (a field code otherwise). Then the string-value escapes apply to the whole value (``\\`` for a
    backslash, ``\\n``, ``\\t``, ``\\r``), so a backslash in a quoted argument ends up
    as four. (Python's shlex quotes with single quotes, which the spec does not know.)"""
    quoted = []
    for arg in argv:
        if not arg or any(c in _RESERVED for c in arg):
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{inner}"'
        quoted.append(arg.replace("%", "%%"))
    line = " ".join(quoted)
    return (line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


class Autostart(abc.ABC):
    @abc.abstractmethod
    def is_enabled(self) -> bool: ...

    @abc.abstractmethod
    def enable(self) -> None: ...

    @abc.abstractmethod
    def disable(self) -> None: ...

    def set_enabled(self, enabled: bool) -> None:
        self.enable() if enabled else self.disable()


class XdgAutostart(Autostart):
    """freedesktop.org: a .desktop file in $XDG_CONFIG_HOME/autostart."""

    def __init__(self, config_home: Path | None = None, command: list[str] | None = None,
                 data_dir: Path | None = None) -> None:
        base = config_home or Path(
            os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
        )
        self.path = base / "autostart" / "rlsdesk.desktop"
        self._command = command
        self._data_dir = data_dir

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        text = self.path.read_text(encoding="utf-8", errors="replace")
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text

    def enable(self) -> None:
        command = desktop_exec(self._command or launch_command(self._data_dir))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=rlsdesk\n"
            "Comment=Evening routine reminders for restless legs, started in the tray\n"
            f"Exec={command}\n"
            "Icon=rlsdesk\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        ), mode=0o644)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class MacLaunchAgent(Autostart):
    """macOS: a LaunchAgent property list in ~/Library/LaunchAgents."""

    LABEL = "org.rlsdesk.rlsdesk"

    def __init__(self, home: Path | None = None, command: list[str] | None = None,
                 data_dir: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{self.LABEL}.plist"
        self._command = command or launch_command(data_dir)

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        plist = {"Label": self.LABEL, "ProgramArguments": self._command,
                 "RunAtLoad": True, "ProcessType": "Interactive"}
        atomic_write_bytes(self.path, plistlib.dumps(plist), mode=0o644)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class WindowsRunKey(Autostart):
    """Windows: a value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run."""

    KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
    NAME = "rlsdesk"

    def __init__(self, data_dir: Path | None = None) -> None:
        self._data_dir = data_dir

    def _open(self, write: bool) -> tuple[Any, Any]:
        # Looked up by name: the type checker's winreg stubs exist only for Windows.
        winreg: Any = importlib.import_module("winreg")

        access = winreg.KEY_SET_VALUE if write else winreg.KEY_READ
        return winreg, winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.KEY, 0, access)

    def is_enabled(self) -> bool:
        try:
            winreg, key = self._open(write=False)
            with key:
                winreg.QueryValueEx(key, self.NAME)
            return True
        except OSError:
            return False

    def enable(self) -> None:
        winreg, key = self._open(write=True)
        with key:
            command = " ".join(f'"{part}"' for part in launch_command(self._data_dir))
            winreg.SetValueEx(key, self.NAME, 0, winreg.REG_SZ, command)

    def disable(self) -> None:
        try:
            winreg, key = self._open(write=True)
            with key:
                winreg.DeleteValue(key, self.NAME)
        except OSError:
            pass


def for_this_platform(data_dir: Path | None = None) -> Autostart:
    """Start at login the way this platform does, on ``data_dir`` (the folder this rlsdesk
    was started with) when given."""
    if sys.platform == "darwin":
        return MacLaunchAgent(data_dir=data_dir)
    if sys.platform == "win32":
        return WindowsRunKey(data_dir)
    return XdgAutostart(data_dir=data_dir)
