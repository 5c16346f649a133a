"""What rlsdesk ships for the desktop: valid launcher, AppStream data, icons, a full wheel."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from rlsdesk.desktop import integration
from rlsdesk.system.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def need(tool: str, package: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} is missing: apt-get install {package}")
    return found


def test_desktop_entry_validates() -> None:
    validator = need("desktop-file-validate", "desktop-file-utils")
    entry = resource_path("desktop", f"{integration.APP_ID}.desktop")
    result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_validates() -> None:
    appstreamcli = need("appstreamcli", "appstream")
    meta = resource_path("desktop", f"{integration.APP_ID}.metainfo.xml")
    result = subprocess.run([appstreamcli, "validate", "--no-net", str(meta)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_in_every_size() -> None:
    from PySide6.QtGui import QImage

    for size in (16, 24, 32, 48, 64, 128, 256):
        icon = resource_path("icons", "hicolor", f"{size}x{size}", "apps",
                             f"{integration.APP_ID}.png")
        image = QImage(str(icon))
        assert (image.width(), image.height()) == (size, size), icon
    assert resource_path("icons", "hicolor", "scalable", "apps",
                         f"{integration.APP_ID}.svg").is_file()


def test_install_and_uninstall_for_the_user(tmp_path: Path) -> None:
    written = integration.install(tmp_path)
    entry = tmp_path / "applications" / f"{integration.APP_ID}.desktop"
    assert entry in written and entry.is_file()
    assert "--page diary" in entry.read_text()
    validator = need("desktop-file-validate", "desktop-file-utils")
    assert subprocess.run([validator, str(entry)]).returncode == 0
    assert (tmp_path / "icons/hicolor/48x48/apps" / f"{integration.APP_ID}.png").is_file()
    removed = integration.uninstall(tmp_path)
    assert set(removed) == set(written)
    assert not entry.exists()


def test_wheel_contains_every_resource(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    if result.returncode != 0 and "hatchling" in result.stderr:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
             str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("rlsdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "rlsdesk/resources/" + str(p.relative_to(ROOT / "resources"))
        for p in (ROOT / "resources").rglob("*") if p.is_file()
    }
    missing = sorted(shipped - names)
    assert not missing, missing
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "rlsdesk = rlsdesk.cli:main" in text
