"""GNOME's Do Not Disturb: the GSettings key ``org.gnome.desktop.notifications
show-banners`` (false while Do Not Disturb is on). It is not on the bus, so it is read with
the ``gsettings`` program (GLib's, in every GNOME desktop): ``gsettings get`` once, then
``gsettings monitor``, which prints a line for each change, read on the Qt event loop (no
polling). Started only on a GNOME desktop (``XDG_CURRENT_DESKTOP`` names GNOME); without
``gsettings`` or the schema nothing is followed.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment

from rlsdesk.notify.desktop_state import DesktopState

log = logging.getLogger("rlsdesk.notify")

SCHEMA = "org.gnome.desktop.notifications"
KEY = "show-banners"


def is_gnome(env: Mapping[str, str]) -> bool:
    desktops = env.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
    return "GNOME" in desktops


def dnd_from(text: str) -> bool | None:
    """``true``/``false`` (``gsettings get``) or ``show-banners: false`` (``gsettings
    monitor``) -> Do Not Disturb on; None for anything else."""
    value = text.strip().rpartition(":")[2].strip() if ":" in text else text.strip()
    return {"false": True, "true": False}.get(value)


class GnomeDndWatch(QObject):
    """A DesktopWatch that reports only ``dnd``, from GNOME's show-banners."""

    def __init__(self, env: Mapping[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._env = dict(os.environ if env is None else env)
        self._dnd = False
        self._process: QProcess | None = None
        self._pending = b""
        self._callbacks: list[Callable[[DesktopState], None]] = []

    def on_change(self, callback: Callable[[DesktopState], None]) -> None:
        self._callbacks.append(callback)

    def state(self) -> DesktopState:
        return DesktopState(dnd=self._dnd)

    def start(self) -> bool:
        program = shutil.which("gsettings", path=self._env.get("PATH"))
        if program is None:
            log.info("GNOME Do Not Disturb: not followed (no gsettings)")
            return False
        try:
            got = subprocess.run([program, "get", SCHEMA, KEY], env=self._env, text=True,
                                 capture_output=True, timeout=5, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            log.info("GNOME Do Not Disturb: not followed (%s)", exc)
            return False
        value = dnd_from(got.stdout) if got.returncode == 0 else None
        if value is None:
            log.info("GNOME Do Not Disturb: not followed (%s)",
                     got.stderr.strip() or got.stdout.strip())
            return False
        self._dnd = value
        process = QProcess(self)
        environment = QProcessEnvironment()
        for name, text in self._env.items():
            environment.insert(name, text)
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_finished)
        process.start(program, ["monitor", SCHEMA, KEY])
        if not process.waitForStarted(5000):
            log.info("GNOME Do Not Disturb: gsettings monitor did not start")
            return False
        self._process = process
        log.info("GNOME Do Not Disturb: following %s %s (now %s)", SCHEMA, KEY, self._dnd)
        return True

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._on_finished)
            process.kill()
            process.waitForFinished(2000)
            process.deleteLater()

    def _on_output(self) -> None:
        if self._process is None:
            return
        self._pending += bytes(self._process.readAllStandardOutput().data())
        *lines, self._pending = self._pending.split(b"\n")
        for line in lines:
            value = dnd_from(line.decode("utf-8", "replace"))
            if value is not None:
                self._set(value)

    def _on_finished(self, *_args: object) -> None:
        log.warning("GNOME Do Not Disturb: gsettings monitor ended; no longer followed")
        self._process = None
        self._set(False)  # nothing known holds anything

    def _set(self, dnd: bool) -> None:
        if dnd == self._dnd:
            return
        self._dnd = dnd
        log.info("GNOME Do Not Disturb: %s", dnd)
        for callback in list(self._callbacks):
            try:
                callback(self.state())
            except Exception:
                log.exception("GNOME Do Not Disturb callback failed")
