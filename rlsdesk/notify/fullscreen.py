"""Whether the active window is full screen (a film, a game), for the long-sit offer.

X11 (EWMH): the window manager names the active window in the root window's
``_NET_ACTIVE_WINDOW`` and lists ``_NET_WM_STATE_FULLSCREEN`` in that window's
``_NET_WM_STATE``. :class:`X11FullscreenWatch` reads both once and then only follows
PropertyNotify events (on the root for the active window, on the active window for its
state) from the X connection's socket on the Qt event loop: no polling, nothing to do while
nothing changes. python-xlib is imported when the watch starts, not with the app.

Wayland (or no X server, or no python-xlib): there is no portable way to see other
programs' windows, so nothing is followed and full screen is never reported (the fallback;
Do Not Disturb still triggers the offer). Under XWayland the X properties would cover only
X programs, so a Wayland session is not followed either.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from rlsdesk.notify.desktop_state import DesktopState

log = logging.getLogger("rlsdesk.notify")


class X11FullscreenWatch(QObject):
    """Follows the active window's full-screen state on one X display (a DesktopWatch that
    reports only ``fullscreen``)."""

    def __init__(self, display: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._display_name = display
        self._display: Any = None
        self._atoms: dict[str, int] = {}
        self._active: Any = None  # the active window (an Xlib resource), if any
        self._fullscreen = False
        self._notifier: QSocketNotifier | None = None
        self._callbacks: list[Callable[[DesktopState], None]] = []

    def on_change(self, callback: Callable[[DesktopState], None]) -> None:
        self._callbacks.append(callback)

    def state(self) -> DesktopState:
        return DesktopState(fullscreen=self._fullscreen)

    def start(self) -> bool:
        try:
            from Xlib import X
            from Xlib.display import Display

            display = Display(self._display_name)
        except Exception as exc:  # no python-xlib, no X server, refused
            log.info("full screen: not followed on X display %r (%s)", self._display_name, exc)
            return False
        try:
            display.set_error_handler(self._x_error)
            self._atoms = {name: display.intern_atom(name) for name in (
                "_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")}
            root = display.screen().root
            root.change_attributes(event_mask=X.PropertyChangeMask)
            self._display = display
            self._follow_active()
        except Exception as exc:
            log.info("full screen: not followed on X display %r (%s)", self._display_name, exc)
            with contextlib.suppress(Exception):
                display.close()
            self._display = None
            return False
        self._notifier = QSocketNotifier(display.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        log.info("full screen: following the active window on X display %s (now %s)",
                 self._display_name, self._fullscreen)
        self._drain()
        return True

    def stop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._display is not None:
            with contextlib.suppress(Exception):
                self._display.close()
        self._display = self._active = None

    # --- X -------------------------------------------------------------------------------------
    def _x_error(self, error: object, request: object = None) -> None:
        # A window may close between two requests (BadWindow): the next event sets it right.
        log.debug("full screen: X error %s", error)

    def _follow_active(self) -> None:
        from Xlib import X, Xatom

        display = self._display
        root = display.screen().root
        prop = root.get_full_property(self._atoms["_NET_ACTIVE_WINDOW"], Xatom.WINDOW)
        window_id = int(prop.value[0]) if prop is not None and len(prop.value) else 0
        if self._active is None or self._active.id != window_id:
            self._active = display.create_resource_object("window", window_id) if window_id \
                else None
            if self._active is not None:  # its own events: its state changes
                self._active.change_attributes(event_mask=X.PropertyChangeMask)
        self._read_state()

    def _read_state(self) -> None:
        from Xlib import Xatom
        from Xlib.error import XError

        fullscreen = False
        if self._active is not None:
            try:
                prop = self._active.get_full_property(self._atoms["_NET_WM_STATE"], Xatom.ATOM)
            except XError:  # the window is gone
                prop = None
            fullscreen = prop is not None and self._atoms["_NET_WM_STATE_FULLSCREEN"] in prop.value
        self._set(fullscreen)

    def _on_readable(self, *_args: object) -> None:
        try:
            self._drain()
        except Exception as exc:  # the X server went away
            log.warning("full screen: X connection lost (%s)", exc)
            self.stop()
            self._set(False)

    def _drain(self) -> None:
        from Xlib import X

        display = self._display
        while display is not None and display.pending_events():
            event = display.next_event()
            if event.type != X.PropertyNotify:
                continue
            if event.atom == self._atoms["_NET_ACTIVE_WINDOW"]:
                self._follow_active()
            elif (event.atom == self._atoms["_NET_WM_STATE"] and self._active is not None
                  and event.window.id == self._active.id):
                self._read_state()
            display = self._display

    def _set(self, fullscreen: bool) -> None:
        if fullscreen == self._fullscreen:
            return
        self._fullscreen = fullscreen
        log.info("full screen: %s", fullscreen)
        for callback in list(self._callbacks):
            try:
                callback(self.state())
            except Exception:
                log.exception("full screen callback failed")


class NoFullscreen:
    """The fallback (Wayland, no X): never full screen, nothing followed."""

    def on_change(self, callback: Callable[[DesktopState], None]) -> None:
        pass

    def state(self) -> DesktopState:
        return DesktopState()

    def start(self) -> bool:
        return False

    def stop(self) -> None:
        pass


def fullscreen_watch(env: Mapping[str, str] | None = None,
                     parent: QObject | None = None) -> X11FullscreenWatch | NoFullscreen:
    """The X11 watch on ``$DISPLAY`` in an X session, else the fallback."""
    env = os.environ if env is None else env
    display = env.get("DISPLAY", "")
    if not display or env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return NoFullscreen()
    return X11FullscreenWatch(display, parent)
