"""Start-up time, memory and idle CPU of rlsdesk against a bare PySide6 window + tray icon.

    python bench/startup.py [--runs 5] [--idle-seconds 60]

Both programs run on the same private virtual desktop (Xvfb, session bus, dunst, trayer) in
the same run. Prints each figure and the ratio rlsdesk / bare.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from common import idle_cpu_percent, median, rss_mb, wait_for_window

from tests.vdesk import VirtualDesktop

BENCH = Path(__file__).resolve().parent


def seed(data_dir: Path) -> None:
    """A settled data folder: first run done, one step hours away (an armed scheduler)."""
    from rlsdesk.clock import local_zone
    from rlsdesk.domain.kinds import StepKind
    from rlsdesk.domain.routine import Anchor, Step
    from rlsdesk.evening import Evening
    from rlsdesk.paths import prepare_data_dir
    from rlsdesk.store.store import open_store

    store = open_store(prepare_data_dir(data_dir))
    zone = local_zone()
    evening = Evening(store, lambda: zone, lambda: datetime.now(zone))
    later = (datetime.now(zone) + timedelta(hours=6)).time().replace(second=0, microsecond=0)
    evening.replace_routine([Step(StepKind.CUSTOM, "Far-off step", Anchor.at(later))])
    store.settings.set_many({"first_run_done": True, "told_still_in_tray": True})
    store.close()


def measure(desk: VirtualDesktop, argv: list[str], runs: int, idle_seconds: float,
            idle_argv: list[str] | None = None) -> dict[str, float]:
    """``idle_argv`` starts the program as it waits in the tray (for rlsdesk: --hidden)."""
    times = []
    for _ in range(runs):
        start = time.monotonic()
        proc = subprocess.Popen(argv, env=desk.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            times.append(wait_for_window(desk.env, proc.pid) - start)
        finally:
            proc.terminate()
            proc.wait(10)
    proc = subprocess.Popen(idle_argv or argv, env=desk.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        if idle_argv is None:
            wait_for_window(desk.env, proc.pid)
        time.sleep(5)  # settle: deferred start-up work (scheduler, backups) has run
        memory = rss_mb(proc.pid)
        idle = idle_cpu_percent(proc.pid, idle_seconds)
    finally:
        proc.terminate()
        proc.wait(10)
    return {"first_window_s": median(times), "rss_mb": memory, "idle_cpu_pct": idle}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    args = parser.parse_args()
    if args.runs < 1 or args.idle_seconds <= 0:
        parser.error("--runs must be at least 1 and --idle-seconds positive")
    with tempfile.TemporaryDirectory() as tmp, VirtualDesktop() as desk:
        data = Path(tmp) / "data"
        seed(data)
        bare = measure(desk, [sys.executable, str(BENCH / "bare_tray_app.py")],
                       args.runs, args.idle_seconds)
        launch = [sys.executable, "-m", "rlsdesk", "--data-dir", str(data)]
        app = measure(desk, launch, args.runs, args.idle_seconds, [*launch, "--hidden"])
    print(f"{'figure':<22}{'bare PySide6':>14}{'rlsdesk':>12}{'ratio':>9}")
    for key, label in (("first_window_s", "first window (s)"), ("rss_mb", "memory RSS (MB)"),
                       ("idle_cpu_pct", "idle CPU (%)")):
        ratio = app[key] / bare[key] if bare[key] else float("nan")
        print(f"{label:<22}{bare[key]:>14.3f}{app[key]:>12.3f}{ratio:>9.2f}")
    print(f"(median of {args.runs} starts; memory after 5 s settling; idle CPU over "
          f"{args.idle_seconds:.0f} s, rlsdesk waiting in the tray with --hidden)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
