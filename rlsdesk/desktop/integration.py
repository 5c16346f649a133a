"""Installing the launcher entry, icons and AppStream data into the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from rlsdesk import APP_ID
from rlsdesk.desktop.autostart import desktop_exec, launch_command
from rlsdesk.system.paths import atomic_write_bytes, atomic_write_text
from rlsdesk.system.resources import resource_path


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def installed_files(base: Path | None = None) -> list[Path]:
    base = base or data_home()
    icons = resource_path("icons", "hicolor")
    files = [base / "applications" / f"{APP_ID}.desktop",
             base / "metainfo" / f"{APP_ID}.metainfo.xml"]
    files += [base / "icons" / "hicolor" / icon.relative_to(icons)
              for icon in sorted(icons.rglob(f"{APP_ID}.*"))]
    return files


def install(base: Path | None = None) -> list[Path]:
    """Write the launcher (pointing at this rlsdesk), metainfo and icons; returns the paths."""
    base = base or data_home()
    command = desktop_exec(launch_command()[:-1])  # without --hidden
    entry = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = "\n".join(
        line.replace("rlsdesk", command, 1) if line.startswith("Exec=") else line
        for line in entry.splitlines()
    ) + "\n"
    written = []
    target = base / "applications" / f"{APP_ID}.desktop"
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(target, entry, mode=0o644)
    written.append(target)
    meta = base / "metainfo" / f"{APP_ID}.metainfo.xml"
    meta.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(meta, resource_path("desktop", meta.name).read_bytes(), mode=0o644)
    written.append(meta)
    icons = resource_path("icons", "hicolor")
    for icon in sorted(icons.rglob(f"{APP_ID}.*")):
        out = base / "icons" / "hicolor" / icon.relative_to(icons)
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(out, icon.read_bytes(), mode=0o644)
        written.append(out)
    return written


def uninstall(base: Path | None = None) -> list[Path]:
    removed = []
    for path in installed_files(base):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
