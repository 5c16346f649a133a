"""GNOME's Do Not Disturb switch read with the real ``gsettings`` (GLib's program and
GNOME's schema, the Debian packages libglib2.0-bin and gsettings-desktop-schemas), on a
private keyfile backend so the test's settings are its own: the switch is flipped by
another ``gsettings set`` process, as GNOME's panel would, and followed on the Qt loop."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from rlsdesk.notify.desktop_state import DesktopState, desktop_watch
from rlsdesk.notify.gnome_dnd import KEY, SCHEMA, GnomeDndWatch, dnd_from, is_gnome


@pytest.fixture
def gnome_env(tmp_path: Path) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "GSETTINGS_BACKEND": "keyfile",
            "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}


def show_banners(env: dict[str, str], value: bool) -> None:
    subprocess.run(["gsettings", "set", SCHEMA, KEY, "true" if value else "false"], env=env,
                   check=True, timeout=10)


def test_the_switch_is_read_at_start_and_followed_as_it_changes(
        qtbot, gnome_env: dict[str, str]) -> None:
    show_banners(gnome_env, False)  # Do Not Disturb already on when rlsdesk starts
    watch = GnomeDndWatch(gnome_env)
    seen: list[DesktopState] = []
    watch.on_change(seen.append)
    try:
        assert watch.start()
        assert watch.state() == DesktopState(dnd=True)
        show_banners(gnome_env, True)
        qtbot.waitUntil(lambda: watch.state() == DesktopState())
        show_banners(gnome_env, False)
        qtbot.waitUntil(lambda: watch.state().dnd)
        assert seen == [DesktopState(), DesktopState(dnd=True)]
    finally:
        watch.stop()


def test_only_on_gnome_and_only_with_gsettings(qtbot, gnome_env: dict[str, str],
                                               tmp_path: Path) -> None:
    assert is_gnome(gnome_env) and not is_gnome({"XDG_CURRENT_DESKTOP": "KDE"})
    on_gnome = desktop_watch(None, None, env=gnome_env)
    assert any(isinstance(w, GnomeDndWatch) for w in on_gnome.watches)
    elsewhere = desktop_watch(None, None, env={**gnome_env, "XDG_CURRENT_DESKTOP": "XFCE"})
    assert not any(isinstance(w, GnomeDndWatch) for w in elsewhere.watches)
    no_program = GnomeDndWatch({**gnome_env, "PATH": str(tmp_path)})
    assert not no_program.start() and no_program.state() == DesktopState()
    no_schema = GnomeDndWatch({**gnome_env, "XDG_DATA_DIRS": str(tmp_path)})
    assert not no_schema.start() and no_schema.state() == DesktopState()


def test_the_lines_gsettings_prints() -> None:
    assert dnd_from("false\n") is True and dnd_from("true") is False
    assert dnd_from("show-banners: false") is True and dnd_from("show-banners: true") is False
    assert dnd_from("") is None and dnd_from("No such schema") is None
