"""The local zone comes from TZ, else the /etc/localtime link, else tzlocal."""

from __future__ import annotations

import os
from pathlib import Path

from rlsdesk.system.zone import _zone_from_localtime_link


def _link(tmp_path: Path, target: str) -> str:
    file = tmp_path / target
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(b"TZif")
    link = tmp_path / "localtime"
    os.symlink(file, link)
    return str(link)


def test_the_zone_is_named_after_the_links_target(tmp_path: Path) -> None:
    zone = _zone_from_localtime_link(_link(tmp_path, "usr/share/zoneinfo/Europe/Berlin"))
    assert zone is not None and zone.key == "Europe/Berlin"


def test_a_link_elsewhere_or_to_an_unknown_zone_gives_no_answer(tmp_path: Path) -> None:
    assert _zone_from_localtime_link(_link(tmp_path, "etc/my-zone")) is None
    other = tmp_path / "other"
    other.mkdir()
    assert _zone_from_localtime_link(_link(other, "zoneinfo/Not/A_Zone")) is None
    assert _zone_from_localtime_link(str(tmp_path / "missing")) is None
