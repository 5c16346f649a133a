"""Reading rows that may not be readable: an impossible date in an old file, an onset in the
year 1, bad JSON, a value out of range written by an older version or by hand.

A reader skips such a row and notes it here; the row itself stays in the file untouched.
Whoever shows the data asks how many were left out (``with rows.tally() as left_out``) and
says so, so nothing is silently missing and nothing crashes.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from datetime import date

log = logging.getLogger(__name__)

#: Nights outside these bounds cannot be real diary nights (and some would overflow the
#: date arithmetic of the night's 12:00-12:00 bounds).
EARLIEST_NIGHT = date(1900, 1, 1)
LATEST_NIGHT = date(2999, 12, 31)

#: What a bad value raises on the way from a row to a domain object.
UNREADABLE = (ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError)


def plausible_night(night: date) -> date:
    if not EARLIEST_NIGHT <= night <= LATEST_NIGHT:
        raise ValueError(f"night {night.isoformat()} is outside {EARLIEST_NIGHT.year}-"
                         f"{LATEST_NIGHT.year}")
    return night


class UnreadableRows:
    """The rows a repository could not read (by table and key), each logged once."""

    def __init__(self) -> None:
        self._logged: set[tuple[str, object]] = set()
        self._tallies: list[set[tuple[str, object]]] = []

    def note(self, table: str, key: object, problem: BaseException | str) -> None:
        row = (table, key)
        if row not in self._logged:
            self._logged.add(row)
            log.warning("left out an unreadable row of %s (%r): %s", table, key, problem)
        for tally in self._tallies:
            tally.add(row)

    @contextlib.contextmanager
    def tally(self) -> Iterator[set[tuple[str, object]]]:
        """The unreadable rows met while the block reads (each counted once)."""
        found: set[tuple[str, object]] = set()
        self._tallies.append(found)
        try:
            yield found
        finally:
            self._tallies.remove(found)

    def ever(self) -> int:
        """How many different unreadable rows were met since this store was opened."""
        return len(self._logged)
