"""Errors that carry a message meant for the person using rlsdesk."""

from __future__ import annotations

from enum import StrEnum


class UserError(Exception):
    """Something the person can fix; the message is shown as is, without a traceback."""


class StorageKind(StrEnum):
    """Why the diary's files cannot be used right now. None of these is damage: the files
    stay exactly where they are."""

    FULL = "full"            # no space left on the disk
    IO = "io"                # the disk reported an input/output error
    PERMISSION = "permission"  # the file or folder belongs to someone else, or its mode forbids
    READ_ONLY = "read-only"  # a read-only disk, or a file without write permission
    LOCKED = "locked"        # another program holds the diary


class StorageUnavailable(UserError):
    """The diary's storage cannot be used; nothing was moved, created or changed.

    The message says in plain words what is wrong and what to do about it.
    """

    def __init__(self, kind: StorageKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
