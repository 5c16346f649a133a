"""One rlsdesk per data folder: the second launch finds the lock taken and asks the first to
raise its window, over the abstract Unix socket (Linux) or Qt's local socket (elsewhere;
exercised here too)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rlsdesk.ui.instance import SingleInstance, page_in, raise_message

CHANNELS = [pytest.param(False, id="abstract-socket"), pytest.param(True, id="qt-local")]


def _pair(tmp_path: Path, use_qt_channel: bool) -> tuple[SingleInstance, SingleInstance]:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    lock = data / "rlsdesk.lock"
    return (SingleInstance(data, lock, use_qt_channel=use_qt_channel),
            SingleInstance(data, lock, use_qt_channel=use_qt_channel))


@pytest.mark.parametrize("use_qt_channel", CHANNELS)
def test_the_second_launch_raises_the_first_on_the_page_asked(
    qtbot, tmp_path: Path, use_qt_channel: bool
) -> None:
    first, second = _pair(tmp_path, use_qt_channel)
    assert first.claim()
    first.listen()
    try:
        assert not second.claim(wait_ms=0)
        assert second.owner_pid() == os.getpid()
        with qtbot.waitSignal(first.raise_requested, timeout=3000) as raised:
            assert second.ask_first_to_raise("diary", timeout_ms=2000)
        assert raised.args == ["diary"]
        with qtbot.waitSignal(first.raise_requested, timeout=3000) as raised:
            assert second.ask_first_to_raise(None, timeout_ms=2000)
        assert raised.args == [""]
    finally:
        first.release()
    assert second.claim(wait_ms=0)  # the lock is free once the first lets go
    second.release()


@pytest.mark.parametrize("use_qt_channel", CHANNELS)
def test_knocking_where_nobody_listens_gives_up_in_time(
    tmp_path: Path, use_qt_channel: bool
) -> None:
    _first, second = _pair(tmp_path, use_qt_channel)
    assert not second.ask_first_to_raise("diary", timeout_ms=300)


def test_other_messages_are_not_a_raise() -> None:
    assert page_in(raise_message("insights")) == "insights"
    assert page_in(raise_message(None)) == ""
    for noise in (b"", b"\n", b"quit now\n", b"\xff\xfe"):
        assert page_in(noise) is None


@pytest.mark.skipif(not sys.platform.startswith("linux") or os.geteuid() != 0,
                    reason="needs root to knock as another user")
def test_another_user_is_not_heard(qtbot, tmp_path: Path) -> None:
    first, _second = _pair(tmp_path, False)
    assert first.claim()
    first.listen()
    heard: list[str] = []
    first.raise_requested.connect(heard.append)
    knock_as_nobody = textwrap.dedent(f"""
        import os, socket
        os.setgid(65534); os.setuid(65534)
        with socket.socket(socket.AF_UNIX) as peer:
            peer.connect("\\0" + {first._channel._address[1:]!r})
            peer.sendall(b"raise diary\\n")
        print("knocked")
    """)
    try:
        result = subprocess.run([sys.executable, "-c", knock_as_nobody], capture_output=True,
                                text=True, timeout=30)
        assert result.stdout.strip() == "knocked", result.stderr
        qtbot.wait(300)
        assert heard == []
        # and the owner is still heard afterwards
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert _second.ask_first_to_raise("tonight", timeout_ms=2000)
    finally:
        first.release()


@pytest.mark.skipif(not sys.platform.startswith("linux") or os.geteuid() != 0,
                    reason="needs root to listen as another user")
def test_a_name_taken_by_another_user_is_not_told_anything(tmp_path: Path) -> None:
    _first, second = _pair(tmp_path, False)
    squatter = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import os, socket, sys
        os.setgid(65534); os.setuid(65534)
        server = socket.socket(socket.AF_UNIX)
        server.bind("\\0" + {second._channel._address[1:]!r})
        server.listen(8)
        print("listening", flush=True)
        server.settimeout(3)
        try:
            connection, _ = server.accept()
            connection.settimeout(1)
            print("heard", connection.recv(256), flush=True)
        except OSError:
            print("heard nothing", flush=True)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert squatter.stdout is not None
        assert squatter.stdout.readline().strip() == "listening"
        assert not second.ask_first_to_raise("diary", timeout_ms=600)
        assert squatter.stdout.read().strip() in ("heard b''", "heard nothing")
    finally:
        squatter.kill()
        squatter.wait()
