"""What does synchronous=FULL cost a diary write, against NORMAL?

    python bench/sync_cost.py [--writes 300] [--dir DIR]

Opens a fresh rlsdesk database in DIR (default: a temporary folder on the same disk as
the home folder, not /tmp, which may be memory) with rlsdesk's own ``connect`` and
``transaction``, and times ``--writes`` single-row check-in-sized transactions, one after
another, under each setting. Prints the median and 95th percentile per write.
In WAL mode FULL fsyncs the WAL at every commit, so an acknowledged entry survives a power
cut; NORMAL fsyncs only at checkpoints and may lose the last commits.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rlsdesk.store.database import connect, transaction  # noqa: E402  (after the path is set)


def time_writes(folder: Path, synchronous: str, writes: int) -> list[float]:
    db = folder / f"sync-{synchronous.lower()}.db"
    conn = connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("CREATE TABLE IF NOT EXISTS entry (id INTEGER PRIMARY KEY, note TEXT)")
    took = []
    for index in range(writes):
        start = time.perf_counter()
        with transaction(conn):
            conn.execute("INSERT INTO entry (note) VALUES (?)", (f"check-in {index} " * 8,))
        took.append(time.perf_counter() - start)
    conn.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    base = args.dir or Path.home()
    with tempfile.TemporaryDirectory(prefix="rlsdesk-sync-", dir=base) as tmp:
        for setting in ("NORMAL", "FULL"):
            took = sorted(time_writes(Path(tmp), setting, args.writes))
            median = statistics.median(took) * 1000
            p95 = took[int(len(took) * 0.95) - 1] * 1000
            print(f"synchronous={setting:6} {args.writes} writes: median {median:.2f} ms, "
                  f"95th percentile {p95:.2f} ms per write")


if __name__ == "__main__":
    main()
