"""A private virtual desktop for end-to-end tests: Xvfb, a session bus, dunst and trayer.

Everything runs in a fresh temporary directory with its own ``XDG_*`` directories and
``HOME``, so nothing started inside it touches the developer's real session.

Library use::

    with VirtualDesktop() as desk:
        subprocess.run(["notify-send", "hello"], env=desk.env, check=True)
        desk.wait_for(lambda: desk.notifications(), timeout=5)

Script use::

    python -m tests.vdesk run -- python -m rlsdesk
    python -m tests.vdesk shot out.png -- python -m rlsdesk
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self, TypeVar

T = TypeVar("T")

# Command -> Debian package that provides it.
TOOL_PACKAGES: dict[str, str] = {
    "Xvfb": "xvfb",
    "xdpyinfo": "x11-utils",
    "xwininfo": "x11-utils",
    "dbus-daemon": "dbus-daemon",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "busctl": "systemd",
    "dbus-send": "dbus-bin",
    "trayer": "trayer",
    "xdotool": "xdotool",
    "import": "imagemagick",
}

NOTIFICATIONS_NAME = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
DUNST_IFACE = "org.dunstproject.cmd0"

# Variables that could point a child at the developer's real session.
_LEAKY_VARS = (
    "WAYLAND_DISPLAY",
    "XAUTHORITY",
    "XDG_SESSION_TYPE",
    "XDG_CURRENT_DESKTOP",
    "XDG_SESSION_DESKTOP",
    "DESKTOP_SESSION",
    "SESSION_MANAGER",
    "GNOME_DESKTOP_SESSION_ID",
    "KDE_FULL_SESSION",
    "DBUS_STARTER_ADDRESS",
    "DBUS_STARTER_BUS_TYPE",
    "QT_QPA_PLATFORM",
    "QT_QPA_PLATFORMTHEME",
    "SSH_AUTH_SOCK",
)

_FAKE_DMENU = """#!/bin/sh
# Stand-in for dmenu, used by dunst's context menu. It logs what dunst offers and
# answers with the line named in the choice file (written by VirtualDesktop).
input=$(cat)
printf '%s\\n' "$input" >> "{log}"
choice=$(cat "{choice}" 2>/dev/null)
: > "{choice}"
[ -n "$choice" ] && printf '%s\\n' "$input" | grep -F -- "$choice" | head -n 1
exit 0
"""

_DUNSTRC = """[global]
    monitor = 0
    follow = none
    width = 360
    height = 200
    origin = top-right
    offset = 10x50
    font = Monospace 10
    format = "<b>%s</b>\\n%b"
    markup = full
    show_indicators = yes
    sticky_history = yes
    history_length = 100
    idle_threshold = 0
    dmenu = {dmenu}
    browser = /bin/true
    always_run_script = true
    mouse_left_click = do_action, close_current
    mouse_middle_click = close_current
    mouse_right_click = close_all
    ignore_dbusclose = false

[urgency_low]
    timeout = 0

[urgency_normal]
    timeout = 0

[urgency_critical]
    timeout = 0
"""


class VDeskError(RuntimeError):
    """The virtual desktop could not be started or queried."""


class MissingToolError(VDeskError):
    """A required program is not installed."""


def require_tool(name: str) -> str:
    """Return the full path of ``name`` or raise naming the Debian package to install."""
    path = shutil.which(name)
    if path is None:
        package = TOOL_PACKAGES.get(name, name)
        raise MissingToolError(
            f"'{name}' is not installed; the virtual desktop needs it. "
            f"Install it with: sudo apt-get install {package}"
        )
    return path


def wait_for(predicate: Callable[[], T], timeout: float = 5.0, interval: float = 0.05,
             what: str = "condition") -> T:
    """Poll ``predicate`` until it returns something truthy; return that value.

    Exceptions raised by ``predicate`` count as "not yet". Raises ``TimeoutError``.
    """
    deadline = time.monotonic() + timeout
    last_exc: BaseException | None = None
    while True:
        try:
            value = predicate()
        except Exception as exc:
            last_exc = exc
        else:
            if value:
                return value
        if time.monotonic() >= deadline:
            detail = f" (last error: {last_exc!r})" if last_exc else ""
            raise TimeoutError(f"timed out after {timeout:.1f}s waiting for {what}{detail}")
        time.sleep(interval)


@dataclass
class BusMessage:
    """One message seen by the bus monitor."""

    time: float
    kind: str  # "method_call", "method_return", "error", "signal"
    sender: str | None
    destination: str | None
    serial: int
    reply_serial: int | None
    interface: str | None
    member: str | None
    body: tuple[Any, ...]


@dataclass
class Notification:
    """A notification as the server saw it (from the bus) and as dunst reports it."""

    id: int
    app_name: str
    summary: str
    body: str
    actions: dict[str, str]
    hints: dict[str, Any]
    replaces_id: int
    expire_timeout: int
    sent_at: float  # wall-clock time the Notify call reached the bus
    sender: str | None = None
    closed_reason: int | None = None  # set once NotificationClosed was emitted
    invoked: list[str] = field(default_factory=list)  # ActionInvoked action keys

    @property
    def open(self) -> bool:
        return self.closed_reason is None


class _BusMonitor:
    """Records every message on the session bus (org.freedesktop.DBus.Monitoring)."""

    def __init__(self, address: str) -> None:
        from jeepney import DBusAddress, MessageType, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        self._types = MessageType
        self.messages: list[BusMessage] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._conn = open_dbus_connection(address)
        bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                          interface="org.freedesktop.DBus.Monitoring")
        msg = new_method_call(bus, "BecomeMonitor", "asu", ([], 0))
        self._conn.send_and_get_reply(msg, timeout=5)
        self._thread = threading.Thread(target=self._run, name="vdesk-bus-monitor",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from jeepney import HeaderFields

        while not self._stop.is_set():
            try:
                msg = self._conn.receive(timeout=0.2)
            except TimeoutError:
                continue
            except Exception:
                return
            now = time.time()
            fields = msg.header.fields
            record = BusMessage(
                time=now,
                kind=msg.header.message_type.name,
                sender=fields.get(HeaderFields.sender),
                destination=fields.get(HeaderFields.destination),
                serial=msg.header.serial,
                reply_serial=fields.get(HeaderFields.reply_serial),
                interface=fields.get(HeaderFields.interface),
                member=fields.get(HeaderFields.member),
                body=tuple(msg.body),
            )
            with self._lock:
                self.messages.append(record)

    def snapshot(self) -> list[BusMessage]:
        with self._lock:
            return list(self.messages)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        with contextlib.suppress(Exception):
            self._conn.close()


class VirtualDesktop:
    """Xvfb + private session bus + dunst + trayer, torn down on exit.

    ``notifications=False`` starts no notification server, ``tray=False`` no tray.
    """

    def __init__(self, *, notifications: bool = True, tray: bool = True,
                 size: tuple[int, int] = (1280, 800), depth: int = 24,
                 first_display: int = 90, monitor_bus: bool = True,
                 keep_logs: bool = False, startup_timeout: float = 10.0) -> None:
        self.with_notifications = notifications
        self.with_tray = tray
        self.size = size
        self.depth = depth
        self.first_display = first_display
        self.monitor_bus = monitor_bus
        self.keep_logs = keep_logs
        self.startup_timeout = startup_timeout
        self.display: str | None = None
        self.bus_address: str | None = None
        self.root: Path | None = None
        self.env: dict[str, str] = {}
        self.trayer_window: int | None = None
        self._procs: list[tuple[str, subprocess.Popen[bytes]]] = []
        self._logs: list[Any] = []
        self._monitor: _BusMonitor | None = None
        self._started = False

    # ----------------------------------------------------------------- lifecycle

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def log_dir(self) -> Path:
        assert self.root is not None, "desktop not started"
        return self.root / "logs"

    @property
    def pids(self) -> list[int]:
        """Process ids of everything this desktop started (including finished ones)."""
        return [p.pid for _, p in self._procs]

    def start(self) -> None:
        if self._started:
            return
        tools = ["Xvfb", "xdpyinfo", "xwininfo", "dbus-daemon", "xdotool", "import"]
        if self.with_notifications:
            tools += ["dunst", "dunstctl", "busctl", "dbus-send"]
        if self.with_tray:
            tools.append("trayer")
        for tool in tools:
            require_tool(tool)
        self._started = True
        try:
            self._make_dirs()
            self._start_xvfb()
            self._start_bus()
            if self.monitor_bus:
                assert self.bus_address is not None
                self._monitor = _BusMonitor(self.bus_address)
            if self.with_notifications:
                self._start_dunst()
            if self.with_tray:
                self._start_trayer()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Kill everything started, in reverse order. Safe to call more than once."""
        if self._monitor is not None:
            self._monitor.close()
            self._monitor = None
        for _name, proc in reversed(self._procs):
            _kill_group(proc)
        for log in self._logs:
            with contextlib.suppress(Exception):
                log.close()
        self._logs.clear()
        if self.root is not None and not self.keep_logs:
            shutil.rmtree(self.root, ignore_errors=True)
        self._started = False

    def alive(self) -> list[int]:
        """Pids of started processes (or members of their groups) still running."""
        alive: list[int] = []
        for _, proc in self._procs:
            if proc.poll() is None:
                alive.append(proc.pid)
                continue
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, 0)
                alive.append(proc.pid)
        return alive

    # ------------------------------------------------------------------ startup

    def _make_dirs(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="vdesk-"))
        for sub in ("logs", "runtime", "home", "config", "data", "cache", "state"):
            (self.root / sub).mkdir(mode=0o700)
        os.chmod(self.root / "runtime", stat.S_IRWXU)
        self._choice_file = self.root / "dmenu-choice"
        self._choice_file.write_text("")
        self._dmenu_log = self.log_dir / "dmenu-input.log"

    def _spawn(self, name: str, argv: Sequence[str], env: Mapping[str, str] | None = None,
               stdout: Any = None) -> subprocess.Popen[bytes]:
        log = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115 - closed in stop()
        self._logs.append(log)
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=stdout if stdout is not None else log,
            stderr=log,
            env=dict(env) if env is not None else None,
            start_new_session=True,
        )
        self._procs.append((name, proc))
        return proc

    def _expect_running(self, name: str, proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is not None:
            raise VDeskError(
                f"{name} exited with code {proc.returncode}; see {self.log_dir / (name + '.log')}:"
                f"\n{self._tail(name)}"
            )

    def _tail(self, name: str, lines: int = 15) -> str:
        path = self.log_dir / f"{name}.log"
        try:
            return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def _free_display(self, start: int) -> int:
        for n in range(start, start + 200):
            if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
                continue
            return n
        raise VDeskError("no free X display number found")

    def _start_xvfb(self) -> None:
        width, height = self.size
        number = self.first_display
        for _attempt in range(5):
            number = self._free_display(number)
            proc = self._spawn(
                "xvfb",
                ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x{self.depth}",
                 "-nolisten", "tcp", "-noreset"],
            )
            display = f":{number}"
            try:
                wait_for(lambda d=display, p=proc: p.poll() is not None or self._x_answers(d),
                         timeout=self.startup_timeout, what=f"Xvfb on {display}")
            except TimeoutError as exc:
                raise VDeskError(f"Xvfb did not answer: {exc}\n{self._tail('xvfb')}") from exc
            if proc.poll() is None:
                self.display = display
                break
            number += 1  # lost a race for that number; try the next one
        else:
            raise VDeskError(f"could not start Xvfb:\n{self._tail('xvfb')}")
        self._base_env()

    @staticmethod
    def _x_answers(display: str) -> bool:
        res = subprocess.run(["xdpyinfo", "-display", display], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, check=False, timeout=5)
        return res.returncode == 0

    def _base_env(self) -> None:
        assert self.root is not None and self.display is not None
        env = {k: v for k, v in os.environ.items() if k not in _LEAKY_VARS}
        env.update(
            DISPLAY=self.display,
            XDG_RUNTIME_DIR=str(self.root / "runtime"),
            HOME=str(self.root / "home"),
            XDG_CONFIG_HOME=str(self.root / "config"),
            XDG_DATA_HOME=str(self.root / "data"),
            XDG_CACHE_HOME=str(self.root / "cache"),
            XDG_STATE_HOME=str(self.root / "state"),
            XDG_SESSION_TYPE="x11",
            QT_QPA_PLATFORM="xcb",
            NO_AT_BRIDGE="1",
        )
        self.env = env

    def _start_bus(self) -> None:
        assert self.root is not None
        socket = self.root / "runtime" / "bus"
        address = f"unix:path={socket}"
        proc = self._spawn("dbus-daemon",
                           ["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            f"--address={address}"], env=self.env)
        try:
            wait_for(lambda: proc.poll() is not None or self._bus_answers(address),
                     timeout=self.startup_timeout, what="the session bus")
        except TimeoutError as exc:
            raise VDeskError(f"{exc}\n{self._tail('dbus-daemon')}") from exc
        self._expect_running("dbus-daemon", proc)
        self.bus_address = address
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    @staticmethod
    def _bus_answers(address: str) -> bool:
        from jeepney.io.blocking import open_dbus_connection

        conn = open_dbus_connection(address)
        conn.close()
        return True

    def _start_dunst(self) -> None:
        assert self.root is not None
        dmenu = self.root / "fake-dmenu"
        dmenu.write_text(_FAKE_DMENU.format(log=self._dmenu_log, choice=self._choice_file))
        dmenu.chmod(0o755)
        config = self.root / "dunstrc"
        config.write_text(_DUNSTRC.format(dmenu=dmenu))
        proc = self._spawn("dunst", ["dunst", "-config", str(config)], env=self.env)
        try:
            wait_for(lambda: proc.poll() is not None or self.name_has_owner(NOTIFICATIONS_NAME),
                     timeout=self.startup_timeout, what="dunst to own " + NOTIFICATIONS_NAME)
        except TimeoutError as exc:
            raise VDeskError(f"{exc}\n{self._tail('dunst')}") from exc
        self._expect_running("dunst", proc)

    def _start_trayer(self) -> None:
        proc = self._spawn(
            "trayer",
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
             "--height", "32", "--SetDockType", "true", "--transparent", "false"],
            env=self.env,
        )

        def window() -> int | None:
            if proc.poll() is not None:
                return -1
            if not self._tray_selection_owned():
                return None
            wins = self.find_windows(name="^panel$", class_name="trayer")
            return wins[0] if wins else None

        try:
            win = wait_for(window, timeout=self.startup_timeout, what="trayer's window")
        except TimeoutError as exc:
            raise VDeskError(f"{exc}\n{self._tail('trayer')}") from exc
        self._expect_running("trayer", proc)
        self.trayer_window = win

    def _tray_selection_owned(self) -> bool:
        """True once some client owns _NET_SYSTEM_TRAY_S0 (checked with a tiny Xlib call)."""
        script = (
            "import ctypes,ctypes.util,sys\n"
            "x=ctypes.cdll.LoadLibrary(ctypes.util.find_library('X11'))\n"
            "x.XOpenDisplay.restype=ctypes.c_void_p\n"
            "x.XInternAtom.argtypes=[ctypes.c_void_p,ctypes.c_char_p,ctypes.c_int]\n"
            "x.XInternAtom.restype=ctypes.c_ulong\n"
            "x.XGetSelectionOwner.argtypes=[ctypes.c_void_p,ctypes.c_ulong]\n"
            "x.XGetSelectionOwner.restype=ctypes.c_ulong\n"
            "d=x.XOpenDisplay(None)\n"
            "sys.exit(0 if d and x.XGetSelectionOwner(d,x.XInternAtom(d,b'_NET_SYSTEM_TRAY_S0',0))"
            " else 1)\n"
        )
        res = subprocess.run([sys.executable, "-c", script], env=self.env, check=False,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=5)
        return res.returncode == 0

    # ------------------------------------------------------------------ queries

    def run(self, argv: Sequence[str], timeout: float = 10.0,
            check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a short command inside the desktop and capture its output."""
        return subprocess.run(list(argv), env=self.env, capture_output=True, text=True,
                              timeout=timeout, check=check)

    def popen(self, argv: Sequence[str], name: str = "app", **kwargs: Any
              ) -> subprocess.Popen[bytes]:
        """Start a long-running program in the desktop; it is killed on teardown."""
        return self._spawn(name, argv, env=kwargs.pop("env", self.env))

    def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0,
                 what: str = "condition") -> T:
        return wait_for(predicate, timeout=timeout, what=what)

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        out = Path(path)
        self.run(["import", "-display", self._need_display(), "-window", "root", str(out)],
                 timeout=30)
        return out

    def _need_display(self) -> str:
        if self.display is None:
            raise VDeskError("desktop not started")
        return self.display

    def find_windows(self, name: str | None = None, pid: int | None = None,
                     class_name: str | None = None, visible: bool = False) -> list[int]:
        """Window ids matching all the given criteria (``name`` is a regex; xdotool search).

        With no criteria, all named windows. Each criterion is searched separately and
        the results intersected (xdotool's ``--all`` does not combine them reliably).
        """
        searches: list[list[str]] = []
        if pid is not None:
            searches.append(["--pid", str(pid)])
        if class_name is not None:
            searches.append(["--class", class_name])
        if name is not None or not searches:
            searches.append(["--name", name if name is not None else "."])
        result: list[int] | None = None
        for criterion in searches:
            argv = ["xdotool", "search", *(["--onlyvisible"] if visible else []), *criterion]
            out = self.run(argv, check=False).stdout
            found = [int(tok) for tok in out.split() if tok.isdigit()]
            result = found if result is None else [w for w in result if w in found]
        return result or []

    def window_geometry(self, window: int) -> tuple[int, int, int, int]:
        """(x, y, width, height) of a window, in root coordinates."""
        out = self.run(["xdotool", "getwindowgeometry", "--shell", str(window)]).stdout
        values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return (int(values["X"]), int(values["Y"]), int(values["WIDTH"]),
                int(values["HEIGHT"]))

    def window_name(self, window: int) -> str:
        return self.run(["xdotool", "getwindowname", str(window)], check=False).stdout.strip()

    def tray_icons(self) -> list[int]:
        """Windows of the icons embedded in trayer (leaves of trayer's window tree)."""
        if self.trayer_window is None:
            return []
        out = self.run(["xwininfo", "-tree", "-id", str(self.trayer_window)],
                       check=False).stdout
        return _embedded_clients(out)

    # ------------------------------------------------------------ notifications

    def name_has_owner(self, name: str) -> bool:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        assert self.bus_address is not None
        with open_dbus_connection(self.bus_address) as conn:
            bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                              interface="org.freedesktop.DBus")
            reply = conn.send_and_get_reply(new_method_call(bus, "NameHasOwner", "s", (name,)),
                                            timeout=2)
            return bool(reply.body[0])

    def bus_messages(self) -> list[BusMessage]:
        """Every message seen on the session bus since start (needs monitor_bus)."""
        if self._monitor is None:
            raise VDeskError("bus monitor not running (monitor_bus=False?)")
        return self._monitor.snapshot()

    def notifications(self) -> list[Notification]:
        """Notifications the server received (Notify calls that got an id), oldest first.

        Built from the bus traffic (summary, body, actions, hints, id from the reply,
        later ActionInvoked / NotificationClosed signals), so it sees both displayed
        and closed notifications; ``history()`` gives dunst's own view of closed ones.
        """
        messages = self.bus_messages()
        calls: dict[tuple[str | None, int], BusMessage] = {}
        by_id: dict[int, Notification] = {}
        order: list[int] = []
        for m in messages:
            if (m.kind == "method_call" and m.member == "Notify"
                    and m.interface == NOTIFICATIONS_NAME):
                calls[(m.sender, m.serial)] = m
            elif m.kind == "method_return" and (m.destination, m.reply_serial) in calls:
                call = calls.pop((m.destination, m.reply_serial))  # type: ignore[arg-type]
                app, replaces, _icon, summary, body, actions, hints, expire = call.body
                nid = int(m.body[0])
                by_id[nid] = Notification(
                    id=nid, app_name=app, summary=summary, body=body,
                    actions=dict(zip(actions[::2], actions[1::2], strict=False)),
                    hints={k: v[1] for k, v in hints.items()}, replaces_id=replaces,
                    expire_timeout=expire, sent_at=call.time, sender=call.sender,
                )
                if nid in order:
                    order.remove(nid)
                order.append(nid)
            elif m.kind == "signal" and m.interface == NOTIFICATIONS_NAME:
                if m.member == "NotificationClosed" and int(m.body[0]) in by_id:
                    by_id[int(m.body[0])].closed_reason = int(m.body[1])
                elif m.member == "ActionInvoked" and int(m.body[0]) in by_id:
                    by_id[int(m.body[0])].invoked.append(str(m.body[1]))
        return [by_id[i] for i in order]

    def history(self) -> list[dict[str, Any]]:
        """dunst's history (closed notifications), from ``dunstctl history``."""
        out = self.run(["dunstctl", "history"]).stdout
        data = json.loads(out)["data"][0]
        return [{k: v.get("data") for k, v in entry.items()} for entry in data]

    def displayed_count(self) -> int:
        return int(self.run(["dunstctl", "count", "displayed"]).stdout.strip())

    def do_action(self, position: int = 0) -> None:
        """``dunstctl action POSITION``: dunst's "do action" on a displayed notification.

        dunst invokes "default" if the notification has it (or its only action), and
        otherwise opens the context menu (see ``invoke_action``).
        """
        self.run(["dunstctl", "action", str(position)])

    def close_all(self) -> None:
        self.run(["dunstctl", "close-all"])

    def dmenu_offers(self) -> str:
        """Everything dunst's context menu offered so far (one line per action)."""
        try:
            return self._dmenu_log.read_text()
        except OSError:
            return ""

    def invoke_action(self, notification_id: int, action_key: str,
                      timeout: float = 5.0) -> None:
        """Make dunst invoke an action, the way a person choosing it would.

        Goes through dunst's own context menu (``dunstctl context``): dunst hands its
        dmenu command one line per action of every displayed notification, formatted
        ``#<label> (<summary>) [<id>,<key>]``; the dmenu configured here is a stand-in
        that answers with the line for ``[notification_id,action_key]``, and dunst itself
        emits ``ActionInvoked(id, key)``. Waits until that signal was seen on the bus.
        """
        target = next((n for n in self.notifications() if n.id == notification_id), None)
        if target is None:
            raise VDeskError(f"no notification with id {notification_id} reached the server")
        if action_key not in target.actions:
            raise VDeskError(f"notification {notification_id} has no action {action_key!r}; "
                             f"it has {sorted(target.actions)}")
        before = len(target.invoked)
        # dunst lists actions as "#<label> (<summary>) [<id>,<key>]" (1.9); matching on
        # the "[id," part avoids picking another notification's action with the same label.
        self._choice_file.write_text(f"[{notification_id},{action_key}]\n")
        self.run(["dunstctl", "context"])

        def done() -> bool:
            n = next(n for n in self.notifications() if n.id == notification_id)
            return len(n.invoked) > before

        try:
            wait_for(done, timeout=timeout, what=f"ActionInvoked({notification_id}, "
                                                 f"{action_key!r})")
        except TimeoutError as exc:
            raise VDeskError(f"{exc}; dunst offered:\n{self.dmenu_offers()}\n"
                             f"dunst log:\n{self._tail('dunst')}") from exc


def _embedded_clients(tree: str) -> list[int]:
    """Leaf windows larger than 1x1 below the top window in ``xwininfo -tree`` output."""
    ids: list[int] = []
    lines = tree.splitlines()
    entry = re.compile(r"^(\s+)(0x[0-9a-f]+) .*?(\d+)x(\d+)\+")
    children = re.compile(r"^\s+(\d+) child")
    parsed: list[tuple[int, int, int]] = []  # id, area, nchildren
    current: tuple[int, int] | None = None
    for line in lines:
        m = entry.match(line)
        if m:
            if current is not None:
                parsed.append((*current, 0))
            current = (int(m.group(2), 16), int(m.group(3)) * int(m.group(4)))
            continue
        c = children.match(line)
        if c and current is not None:
            parsed.append((*current, int(c.group(1))))
            current = None
    if current is not None:
        parsed.append((*current, 0))
    for wid, area, n in parsed:
        if n == 0 and area > 1:
            ids.append(wid)
    return ids


def _kill_group(proc: subprocess.Popen[bytes], grace: float = 3.0) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=grace)
    # Leftover members of the group (children that outlived the leader).
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


# ---------------------------------------------------------------------- script


@contextlib.contextmanager
def _desktop_from_args(args: argparse.Namespace) -> Iterator[VirtualDesktop]:
    desk = VirtualDesktop(notifications=not args.no_notifications, tray=not args.no_tray,
                          monitor_bus=False, keep_logs=args.keep_logs)
    with desk:
        yield desk


def _cmd_run(args: argparse.Namespace) -> int:
    with _desktop_from_args(args) as desk:
        print(f"vdesk: display {desk.display}, bus {desk.bus_address}", file=sys.stderr)
        print(f"vdesk: screenshot with: DISPLAY={desk.display} import -window root shot.png",
              file=sys.stderr)
        print(f"vdesk: logs in {desk.log_dir}", file=sys.stderr)
        proc = subprocess.Popen(args.cmd, env=desk.env)
        try:
            return proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
            return 130
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def _cmd_shot(args: argparse.Namespace) -> int:
    with _desktop_from_args(args) as desk:
        proc = desk.popen(args.cmd, name="app")
        try:
            if args.name:
                desk.wait_for(lambda: desk.find_windows(name=args.name, visible=True),
                              timeout=args.timeout, what=f"a window named {args.name!r}")
            else:
                desk.wait_for(
                    lambda: proc.poll() is not None
                    or desk.find_windows(pid=proc.pid, visible=True),
                    timeout=args.timeout, what="a window of the program")
            if proc.poll() is not None:
                print(f"vdesk: program exited with {proc.returncode} before showing a window",
                      file=sys.stderr)
                return 1
            time.sleep(args.delay)
            out = desk.screenshot(args.out)
            print(f"vdesk: wrote {out}", file=sys.stderr)
            return 0
        except TimeoutError as exc:
            print(f"vdesk: {exc}; program log: {desk.log_dir / 'app.log'}", file=sys.stderr)
            return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.vdesk",
                                     description="Run a program on a private virtual desktop.")
    parser.add_argument("--no-notifications", action="store_true", help="do not start dunst")
    parser.add_argument("--no-tray", action="store_true", help="do not start trayer")
    parser.add_argument("--keep-logs", action="store_true", help="keep the temp dir and logs")
    sub = parser.add_subparsers(dest="command", required=True)
    run_p = sub.add_parser("run", help="run CMD in the desktop until it exits")
    run_p.add_argument("cmd", nargs=argparse.REMAINDER)
    shot_p = sub.add_parser("shot", help="run CMD, screenshot once its window shows, stop")
    shot_p.add_argument("out")
    shot_p.add_argument("--name", help="wait for a window with this name instead of by pid")
    shot_p.add_argument("--delay", type=float, default=1.5)
    shot_p.add_argument("--timeout", type=float, default=30.0)
    shot_p.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.cmd and args.cmd[0] == "--":
        args.cmd = args.cmd[1:]
    if not args.cmd:
        parser.error("give the command after --")
    try:
        return _cmd_run(args) if args.command == "run" else _cmd_shot(args)
    except VDeskError as exc:
        print(f"vdesk: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
