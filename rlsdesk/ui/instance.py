"""One rlsdesk per data folder: a lock file decides, a local socket raises the first window.

The lock is taken before anything else; the socket listens once the window is up
(QtNetwork loads then), and a second launch keeps knocking for a few seconds meanwhile.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_RAISE = b"raise\n"


def _server_name(data_dir: Path) -> str:
    # Qt's own SHA-256: hashlib would load OpenSSL before the window shows
    digest = QCryptographicHash.hash(
        str(data_dir.resolve()).encode(), QCryptographicHash.Algorithm.Sha256
    ).toHex().data().decode()[:16]
    return f"rlsdesk-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"


class SingleInstance(QObject):
    """Call claim(); if it returns False another rlsdesk owns this data folder."""

    raise_requested = Signal(str)  # the page asked for, or ""

    def __init__(self, data_dir: Path, lock_file: Path) -> None:
        super().__init__()
        self._name = _server_name(data_dir)
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def claim(self, wait_ms: int = 200) -> bool:
        """Take the data folder's lock; then call :meth:`listen` when convenient."""
        return self._lock.tryLock(wait_ms)

    def listen(self) -> None:
        """Answer later launches (they ask this one to raise its window)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self._name)  # a socket left by a crashed run
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.warning("single-instance socket failed: %s", server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server

    def ask_first_to_raise(self, page: str | None = None, timeout_ms: int = 3000) -> bool:
        """From a second launch: ask the running one to show its window (on ``page``)."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + timeout_ms / 1000
        while True:  # the first one may be starting and not listening yet
            socket.connectToServer(self._name)
            if socket.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
                break
            socket.abort()
            if time.monotonic() >= deadline:
                return False
            QThread.msleep(50)
        socket.write(_RAISE.strip() + b" " + (page or "").encode() + b"\n")
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        message = bytes(socket.readAll().data()).decode(errors="replace").split()
        if message and message[0] == _RAISE.decode().strip():
            self.raise_requested.emit(message[1] if len(message) > 1 else "")

    def owner_pid(self) -> int | None:
        ok, pid, _host, _app = self._lock.getLockInfo()
        return int(pid) if ok else None
