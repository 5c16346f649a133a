"""Idle CPU of the real rlsdesk: the window open on each page, and hidden in the tray.

Runs on the private virtual desktop of tests/vdesk.py (Xvfb, session bus, dunst, trayer).
Starts one rlsdesk process per case (each with its own data folder: the window open on
Tonight, Routine, Diary, Insights, Settings, About, and one ``--hidden`` in the tray), and two
bare PySide6 programs (bench/bare_tray_app.py: a window and a tray icon; the same with the
window hidden). When every process has settled, it reads each one's CPU time from
/proc/<pid>/task/*/schedstat over ``--seconds`` (all at once, over the same interval) and
prints the percent of one core, the wake-ups, and the ratio to the matching bare program.

Tonight has a step ahead (so its countdown is live) during the whole measurement.

    .venv/bin/python bench/idle_cpu.py [--seconds 120] [--settle 35] [--cases tonight,hidden]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time as systime
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.reminder_latency import _log
from tests.vdesk import VirtualDesktop

PAGES = ("tonight", "routine", "diary", "insights", "settings", "about")
CASES = (*PAGES, "hidden")
BARE = Path(__file__).with_name("bare_tray_app.py")
GOALS = {"hidden": 0.02}  # percent of one core; every open page: 0.05
OPEN_GOAL = 0.05


def per_thread(pid: int) -> dict[int, tuple[int, int]]:
    """``{tid: (cpu ns, voluntary context switches)}`` of every thread alive now. Compared
    thread by thread, so a thread that ends while measuring (Qt's idle pool threads do after
    30 s) takes nothing away; its last moments are not counted."""
    found: dict[int, tuple[int, int]] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            ns = int((task / "schedstat").read_text().split()[0])
            switches = next(int(line.split()[1]) for line in
                            (task / "status").read_text().splitlines()
                            if line.startswith("voluntary_ctxt_switches:"))
        except (OSError, ValueError, StopIteration):
            continue
        found[int(task.name)] = (ns, switches)
    return found


def grown(before: dict[int, tuple[int, int]], after: dict[int, tuple[int, int]]
          ) -> tuple[float, int]:
    """CPU seconds and wake-ups between two looks, thread by thread."""
    ns = sum(a[0] - before.get(tid, (0, 0))[0] for tid, a in after.items())
    woke = sum(a[1] - before.get(tid, (0, 0))[1] for tid, a in after.items())
    return ns / 1e9, woke


def seed(data: Path) -> None:
    """A data folder past the first run, with a step two hours ahead tonight."""
    from rlsdesk.domain.kinds import StepKind
    from rlsdesk.domain.routine import Anchor, Step
    from rlsdesk.services.evening import Evening
    from rlsdesk.store.store import open_store
    from rlsdesk.system.paths import prepare_data_dir
    from rlsdesk.system.zone import local_zone

    zone = local_zone()
    store = open_store(prepare_data_dir(data))
    try:
        evening = Evening(store, lambda: zone, lambda: datetime.now(zone))
        evening.ensure_routine()
        ahead = (datetime.now(zone) + timedelta(hours=2)).time().replace(second=0,
                                                                         microsecond=0)
        evening.add_step(Step(StepKind.CUSTOM, "Bench step", Anchor.at(ahead)))
        store.settings.set("first_run_done", True)
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0,
                        help="how long to measure (default 120; 30-60 for a quick look)")
    parser.add_argument("--settle", type=float, default=35.0,
                        help="seconds to wait after start-up before measuring (default 35: "
                        "start-up's worker threads have ended by then)")
    parser.add_argument("--cases", default=",".join(CASES),
                        help=f"comma-separated, of: {', '.join(CASES)}")
    args = parser.parse_args()
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in cases if c not in CASES]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}")

    root = Path(tempfile.mkdtemp(prefix="rlsdesk-idle-"))
    with VirtualDesktop() as desk:
        procs = {}
        for case in cases:
            data = root / case
            seed(data)
            page = ["--hidden"] if case == "hidden" else ["--page", case]
            procs[case] = (data, desk.popen(
                [sys.executable, "-m", "rlsdesk", "--data-dir", str(data), *page], name=case))
        bare_open = desk.popen([sys.executable, str(BARE)], name="bare-open")
        bare_hidden = desk.popen([sys.executable, str(BARE), "--hidden"], name="bare-hidden")
        for case, (data, _proc) in procs.items():
            desk.wait_for(lambda d=data: "reminders started" in _log(d), timeout=90,
                          what=f"rlsdesk ({case}) to settle")
        systime.sleep(args.settle)
        pids = {case: proc.pid for case, (_d, proc) in procs.items()}
        pids["bare (window)"] = bare_open.pid
        pids["bare (tray only)"] = bare_hidden.pid
        print(f"measuring {len(pids)} processes for {args.seconds:.0f} s ...", flush=True)
        before = {name: per_thread(pid) for name, pid in pids.items()}
        start = systime.monotonic()
        systime.sleep(args.seconds)
        elapsed = systime.monotonic() - start
        looks = {name: grown(before[name], per_thread(pid)) for name, pid in pids.items()}
        used = {name: look[0] for name, look in looks.items()}
        woke = {name: look[1] for name, look in looks.items()}
        alive = all(proc.poll() is None for _d, proc in procs.values())

    def percent(name: str) -> float:
        return 100 * used[name] / elapsed

    print(f"\nidle CPU over {elapsed:.0f} s, percent of one core "
          "(CPU time of all threads from /proc/<pid>/task/*/schedstat)")
    print(f"{'case':18} {'cpu %':>8} {'wakeups/s':>10} {'vs bare':>8} {'goal %':>7}")
    for name in pids:
        bare = "bare (tray only)" if name in ("hidden", "bare (tray only)") else "bare (window)"
        ratio = (f"{percent(name) / percent(bare):.2f}" if percent(bare) > 0 else "n/a")
        goal = GOALS.get(name, OPEN_GOAL) if name in CASES else None
        mark = "" if goal is None else f"{goal:7.2f}" + (" ok" if percent(name) < goal
                                                          else " OVER")
        print(f"{name:18} {percent(name):8.4f} {woke[name] / elapsed:10.2f} {ratio:>8} {mark}")
    print(f"all rlsdesk processes alive: {alive}")
    return 0 if alive else 1


if __name__ == "__main__":
    sys.exit(main())
