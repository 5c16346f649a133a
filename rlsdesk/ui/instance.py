"""One rlsdesk per data folder: a lock file decides, a local socket raises the first window.

The lock is taken before anything else; the socket listens once the window is up, and a
second launch keeps knocking for a few seconds meanwhile. On Linux the socket is a plain
abstract-namespace Unix socket watched by a QSocketNotifier (no file to clean up, only the
same user is heard); elsewhere it is Qt's QLocalServer. QtNetwork would cost about 2 MB
resident for the whole session, so Linux does without it.
"""

from __future__ import annotations

import logging
import os
import struct
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

_RAISE = "raise"
_PEER_CREDENTIALS = struct.Struct("iII")  # struct ucred: pid, uid, gid
_READ_WITHIN_S = 0.5
_CONNECTIONS_PER_WAKE = 16


def _server_name(data_dir: Path) -> str:
    # Qt's own SHA-256: hashlib would load OpenSSL before the window shows
    digest = bytes(QCryptographicHash.hash(
        str(data_dir.resolve()).encode(), QCryptographicHash.Algorithm.Sha256
    ).toHex().data()).decode()[:16]
    return f"rlsdesk-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"


def raise_message(page: str | None) -> bytes:
    return f"{_RAISE} {page or ''}\n".encode()


def page_in(message: bytes) -> str | None:
    """The page a raise message asks for ("" for none), or None if it is not one."""
    words = message.decode(errors="replace").split()
    if not words or words[0] != _RAISE:
        return None
    return words[1] if len(words) > 1 else ""


class _MessageHandler(Protocol):
    def __call__(self, message: bytes) -> None: ...


class _Channel(Protocol):
    def listen(self) -> None: ...
    def knock(self, message: bytes, timeout_s: float) -> bool: ...
    def close(self) -> None: ...


class _AbstractSocketChannel(QObject):
    """Linux: a Unix socket in the abstract namespace, gone with the process that made it."""

    def __init__(self, name: str, on_message: _MessageHandler) -> None:
        super().__init__()
        self._address = "\0" + name
        self._on_message = on_message
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    def listen(self) -> None:
        import socket  # after the window: not needed to show it

        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        try:
            server.bind(self._address)
            server.listen(8)
        except OSError as exc:  # e.g. the name taken by a process of another user
            server.close()
            log.error("single-instance socket failed (later launches cannot raise this "
                      "window): %s", exc)
            return
        server.setblocking(False)
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept_all)

    def _accept_all(self) -> None:
        assert self._server is not None
        for _ in range(_CONNECTIONS_PER_WAKE):  # the rest wait for the next turn of the loop
            try:
                connection, _ = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                log.warning("single-instance socket: accept failed", exc_info=True)
                return
            with connection:
                if self._same_user(connection):
                    self._on_message(self._read(connection))

    @staticmethod
    def _same_user(connection: socket.socket) -> bool:
        import socket

        credentials = connection.getsockopt(
            socket.SOL_SOCKET, socket.SO_PEERCRED, _PEER_CREDENTIALS.size)
        _pid, uid, _gid = _PEER_CREDENTIALS.unpack(credentials)
        return uid == os.getuid()

    @staticmethod
    def _read(connection: socket.socket) -> bytes:
        # The knocking side writes one short line as soon as it connects; a slow peer
        # holds the window up for half a second at most.
        deadline = time.monotonic() + _READ_WITHIN_S
        received = b""
        try:
            while b"\n" not in received and len(received) < 256:
                connection.settimeout(max(0.0, deadline - time.monotonic()))
                chunk = connection.recv(256)
                if not chunk:
                    break
                received += chunk
        except OSError:
            pass
        return received

    def knock(self, message: bytes, timeout_s: float) -> bool:
        import socket

        deadline = time.monotonic() + timeout_s
        while True:  # the first one may be starting and not listening yet
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC) as peer:
                peer.settimeout(max(0.01, deadline - time.monotonic()))
                try:
                    peer.connect(self._address)
                    if self._same_user(peer):  # never tell a stranger which page we want
                        peer.sendall(message)
                        return True
                    log.error("single-instance socket is held by another user")
                except OSError:
                    pass
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._server is not None:
            self._server.close()
            self._server = None


class _QtLocalChannel(QObject):
    """Other platforms: QLocalServer (a named pipe on Windows, a socket file on macOS)."""

    def __init__(self, name: str, on_message: _MessageHandler) -> None:
        super().__init__()
        self._name = name
        self._on_message = on_message
        self._server: QLocalServer | None = None

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._name)  # a socket left by a crashed run
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.warning("single-instance socket failed: %s", server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(
                lambda c=connection: self._on_message(bytes(c.readAll().data())))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._on_message(bytes(connection.readAll().data()))

    def knock(self, message: bytes, timeout_s: float) -> bool:
        from PySide6.QtCore import QThread
        from PySide6.QtNetwork import QLocalSocket

        peer = QLocalSocket()
        deadline = time.monotonic() + timeout_s
        while True:
            peer.connectToServer(self._name)
            if peer.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
                break
            peer.abort()
            if time.monotonic() >= deadline:
                return False
            QThread.msleep(50)
        peer.write(message)
        ok = peer.waitForBytesWritten(int(timeout_s * 1000))
        peer.disconnectFromServer()
        return ok

    def close(self) -> None:
        if self._server is not None:
            self._server.close()


class SingleInstance(QObject):
    """Call claim(); if it returns False another rlsdesk owns this data folder."""

    raise_requested = Signal(str)  # the page asked for, or ""

    def __init__(self, data_dir: Path, lock_file: Path, *, use_qt_channel: bool | None = None
                 ) -> None:
        super().__init__()
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        if use_qt_channel is None:
            use_qt_channel = not sys.platform.startswith("linux")
        channel = _QtLocalChannel if use_qt_channel else _AbstractSocketChannel
        self._channel: _Channel = channel(_server_name(data_dir), self._on_message)
        self._listening = False

    def claim(self, wait_ms: int = 200) -> bool:
        """Take the data folder's lock; then call :meth:`listen` when convenient."""
        return self._lock.tryLock(wait_ms)

    def listen(self) -> None:
        """Answer later launches (they ask this one to raise its window)."""
        if not self._listening:
            self._listening = True
            self._channel.listen()

    def ask_first_to_raise(self, page: str | None = None, timeout_ms: int = 3000) -> bool:
        """From a second launch: ask the running one to show its window (on ``page``)."""
        return self._channel.knock(raise_message(page), timeout_ms / 1000)

    def release(self) -> None:
        self._channel.close()
        self._lock.unlock()

    def _on_message(self, message: bytes) -> None:
        page = page_in(message)
        if page is not None:
            self.raise_requested.emit(page)

    def owner_pid(self) -> int | None:
        pid, _host, _app = self._lock.getLockInfo()  # PySide6 leaves out C++'s bool
        return int(pid) if pid and int(pid) > 0 else None
