"""The full-screen detector on a real X server (the virtual desktop's Xvfb), read from X
PropertyNotify events on the Qt event loop as in the app.

The virtual desktop runs no window manager, so the test does the window manager's part of
EWMH itself, on a real mapped window of its own: it names the active window in the root's
``_NET_ACTIVE_WINDOW`` and lists ``_NET_WM_STATE_FULLSCREEN`` in that window's
``_NET_WM_STATE`` (what ``xdotool windowstate --add FULLSCREEN`` asks a window manager to
do). The detector sees only those properties, as it would under any EWMH window manager."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from rlsdesk.notify.desktop_state import DesktopState, desktop_watch
from rlsdesk.notify.fullscreen import NoFullscreen, X11FullscreenWatch, fullscreen_watch
from tests.vdesk import VirtualDesktop


class WindowManagerPart:
    """Real X windows, and the two EWMH properties a window manager keeps."""

    def __init__(self, display_name: str) -> None:
        from Xlib.display import Display

        self.display = Display(display_name)
        self.root = self.display.screen().root
        self.atom = self.display.intern_atom

    def window(self) -> Any:
        from Xlib import X

        screen = self.display.screen()
        win = self.root.create_window(0, 0, 320, 200, 0, screen.root_depth, X.InputOutput,
                                      X.CopyFromParent, background_pixel=screen.black_pixel)
        win.map()
        self.display.sync()
        return win

    def activate(self, win: Any) -> None:
        from Xlib import X, Xatom

        self.root.change_property(self.atom("_NET_ACTIVE_WINDOW"), Xatom.WINDOW, 32,
                                  [win.id if win is not None else X.NONE])
        self.display.sync()

    def fullscreen(self, win: Any, on: bool) -> None:
        from Xlib import Xatom

        atoms = [self.atom("_NET_WM_STATE_ABOVE")]
        if on:
            atoms.append(self.atom("_NET_WM_STATE_FULLSCREEN"))
        win.change_property(self.atom("_NET_WM_STATE"), Xatom.ATOM, 32, atoms)
        self.display.sync()

    def close(self) -> None:
        self.display.close()


@pytest.fixture
def wm(vdesk: VirtualDesktop) -> Iterator[WindowManagerPart]:
    part = WindowManagerPart(vdesk.display or "")
    yield part
    part.close()


def test_the_active_window_going_full_screen_is_seen_as_it_changes(
        qtbot, vdesk: VirtualDesktop, wm: WindowManagerPart) -> None:
    film, editor = wm.window(), wm.window()
    wm.fullscreen(film, True)  # full screen but not active yet: not reported
    wm.activate(editor)
    watch = fullscreen_watch({"DISPLAY": vdesk.display or ""})
    assert isinstance(watch, X11FullscreenWatch)
    seen: list[DesktopState] = []
    watch.on_change(seen.append)
    try:
        assert watch.start()
        assert watch.state() == DesktopState()
        wm.activate(film)  # switched to the film: read at once from the event
        qtbot.waitUntil(lambda: watch.state().fullscreen)
        wm.fullscreen(film, False)  # left full screen (Esc)
        qtbot.waitUntil(lambda: not watch.state().fullscreen)
        wm.fullscreen(film, True)
        qtbot.waitUntil(lambda: watch.state().fullscreen)
        wm.activate(editor)  # Alt+Tab away from the film
        qtbot.waitUntil(lambda: not watch.state().fullscreen)
        wm.activate(film)
        qtbot.waitUntil(lambda: watch.state().fullscreen)
        film.destroy()  # the film closes; the window manager names no active window
        wm.activate(None)
        qtbot.waitUntil(lambda: not watch.state().fullscreen)
        assert [s.fullscreen for s in seen] == [True, False, True, False, True, False]
    finally:
        watch.stop()


def test_full_screen_at_start_is_read_and_joins_the_desktop_state(
        qtbot, vdesk: VirtualDesktop, wm: WindowManagerPart) -> None:
    film = wm.window()
    wm.fullscreen(film, True)
    wm.activate(film)
    watches = desktop_watch(None, None, env={"DISPLAY": vdesk.display or ""})
    try:
        assert watches.start()
        assert watches.state() == DesktopState(fullscreen=True)
        seen: list[DesktopState] = []
        watches.on_change(seen.append)
        wm.fullscreen(film, False)
        qtbot.waitUntil(lambda: seen == [DesktopState()])
    finally:
        watches.stop()


def test_wayland_or_no_x_is_the_fallback_that_never_reports_full_screen(qapp) -> None:
    for env in ({}, {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"},
                {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}):
        watch = fullscreen_watch(env)
        assert isinstance(watch, NoFullscreen)
        assert not watch.start() and watch.state() == DesktopState()
    gone = X11FullscreenWatch(":59999")  # no X server there: not followed, no error
    assert not gone.start() and gone.state() == DesktopState()
    watches = desktop_watch(None, None, env={})
    assert not watches.start() and watches.state() == DesktopState()
