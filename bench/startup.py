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
    from rlsdesk.domain.kinds import StepKind
    from rlsdesk.domain.routine import Anchor, Step
    from rlsdesk.services.evening import Evening
    from rlsdesk.store.store import open_store
    from rlsdesk.system.paths import prepare_data_dir
    from rlsdesk.system.zone import local_zone

    store = open_store(prepare_data_dir(data_dir))
    zone = local_zone()
    evening = Evening(store, lambda: zone, lambda: datetime.now(zone))
    later = (datetime.now(zone) + timedelta(hours=6)).time().replace(second=0, microsecond=0)
    evening.replace_routine([Step(StepKind.CUSTOM, "Far-off step", Anchor.at(later))])
    store.settings.set_many({"first_run_done": True, "told_still_in_tray": True})
    store.close()


def first_window_times(desk: VirtualDesktop, programs: dict[str, list[str]],
                       runs: int) -> dict[str, list[float]]:
    """Seconds from launch to a visible window, the programs taking turns (so a busy
    moment on the machine falls on both alike)."""
    times: dict[str, list[float]] = {name: [] for name in programs}
    times["settled"] = []
    env = {**desk.env, "RLSDESK_TRACE_STARTUP": "1"}
    for _ in range(runs):
        for name, argv in programs.items():
            start = time.monotonic()
            proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)
            try:
                times[name].append(wait_for_window(desk.env, proc.pid) - start)
                if name == "app":
                    times["settled"].append(settled_at(proc) - start)
            finally:
                proc.terminate()
                proc.wait(10)
    return times


def settled_at(proc: subprocess.Popen[str]) -> float:
    """When rlsdesk says its first page has painted (CLOCK_MONOTONIC is system-wide)."""
    assert proc.stderr is not None
    for line in proc.stderr:
        if "settled at monotonic" in line:
            return float(line.rsplit(maxsplit=1)[1])
    raise RuntimeError("rlsdesk never reported its first page painted")


def settled_cost(desk: VirtualDesktop, argv: list[str], idle_seconds: float,
                 wait_window: bool) -> tuple[float, float]:
    """(RSS in MB after settling, CPU % while idle) of one long-running start."""
    proc = subprocess.Popen(argv, env=desk.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        if wait_window:
            wait_for_window(desk.env, proc.pid)
        time.sleep(5)  # settle: deferred start-up work (scheduler, backups) has run
        return rss_mb(proc.pid), idle_cpu_percent(proc.pid, idle_seconds)
    finally:
        proc.terminate()
        proc.wait(10)


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
        bare_argv = [sys.executable, str(BENCH / "bare_tray_app.py")]
        launch = [sys.executable, "-m", "rlsdesk", "--data-dir", str(data)]
        times = first_window_times(desk, {"bare": bare_argv, "app": launch}, args.runs)
        bare_rss, bare_idle = settled_cost(desk, bare_argv, args.idle_seconds, True)
        # rlsdesk waits in the tray as it does after login
        app_rss, app_idle = settled_cost(desk, [*launch, "--hidden"], args.idle_seconds, False)
        shown_rss, _ = settled_cost(desk, launch, 1.0, True)  # and with its window open
    bare = {"first_window_s": median(times["bare"]), "rss_mb": bare_rss,
            "idle_cpu_pct": bare_idle}
    app = {"first_window_s": median(times["app"]), "rss_mb": app_rss, "idle_cpu_pct": app_idle}
    print(f"{'figure':<22}{'bare PySide6':>14}{'rlsdesk':>12}{'ratio':>9}")
    for key, label in (("first_window_s", "first window (s)"), ("rss_mb", "memory RSS (MB)"),
                       ("idle_cpu_pct", "idle CPU (%)")):
        # idle CPU is often 0 for both: its target is absolute (under 0.05 %), not a ratio
        ratio = f"{app[key] / bare[key]:>9.2f}" if bare[key] else f"{'-':>9}"
        print(f"{label:<22}{bare[key]:>14.3f}{app[key]:>12.4f}{ratio}")
    print(f"{'memory, window open':<22}{bare['rss_mb']:>14.3f}{shown_rss:>12.3f}"
          f"{shown_rss / bare['rss_mb']:>9.2f}")
    painted = median(times["settled"])
    print(f"{'Tonight painted (s)':<22}{'':>14}{painted:>12.3f}"
          f"{painted / bare['first_window_s']:>9.2f}")
    print(f"(median of {args.runs} starts each, taking turns; 'Tonight painted' is when the page "
          "with tonight's plan\n has painted and deferred start-up work begins; memory after 5 s "
          f"settling; idle CPU over {args.idle_seconds:.0f} s, rlsdesk waiting in the tray with "
          "--hidden)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
