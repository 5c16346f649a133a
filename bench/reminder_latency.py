"""Reminder delivery latency and idle CPU of the real rlsdesk, measured from outside.

Runs on the private virtual desktop of tests/vdesk.py (Xvfb, session bus, dunst, trayer).
Starts ``--apps`` rlsdesk processes (each with its own data folder), and for ``--rounds``
minute boundaries gives each a step due at that boundary (written to its database from
this process, as the command line would; the app notices the change and re-plans). The
delivery time is when the app's ``Notify`` call crossed the session bus (a bus monitor,
like ``dbus-monitor``), compared with the step's due time.

Then, with nothing due, it measures each process's CPU time from /proc/<pid>/stat over
``--idle`` seconds, next to a bare PySide6 program (window hidden, tray icon shown) started
in the same desktop as the baseline.

    .venv/bin/python bench/reminder_latency.py [--apps 4] [--rounds 2] [--idle 45]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time as systime
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.vdesk import VirtualDesktop

ZONE_NAME = "Europe/Berlin"
ZONE = ZoneInfo(ZONE_NAME)
TICK = os.sysconf("SC_CLK_TCK")

BASELINE = """
import sys
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pix = QPixmap(22, 22); pix.fill(QColor("orange"))
tray = QSystemTrayIcon(QIcon(pix)); tray.show()
window = QMainWindow()  # built, not shown, like rlsdesk --hidden
sys.exit(app.exec())
"""


def seed(data: Path, title: str, clock: time) -> None:
    from rlsdesk.domain.kinds import StepKind
    from rlsdesk.domain.routine import Anchor, Step
    from rlsdesk.services.evening import Evening
    from rlsdesk.store.store import open_store
    from rlsdesk.system.paths import prepare_data_dir

    store = open_store(prepare_data_dir(data))
    try:
        evening = Evening(store, lambda: ZONE, lambda: datetime.now(ZONE))
        evening.replace_routine([Step(StepKind.CUSTOM, title, Anchor.at(clock))])
        evening.set_times(bedtime=time(11, 59))
        store.settings.set("first_run_done", True)
    finally:
        store.close()


def next_minute(margin: float) -> datetime:
    now = datetime.now(ZONE)
    due = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
    while (due - now).total_seconds() < margin:
        due += timedelta(minutes=1)
    return due


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (fields 14, 15)


def cpu_ns(pid: int) -> int:
    """CPU time of all threads in ns (/proc/<pid>/task/*/schedstat), finer than ticks."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int((task / "schedstat").read_text().split()[0])
    return total


def wakeups(pid: int) -> int:
    """Voluntary context switches of all threads: how often the process woke up."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--apps", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--idle", type=float, default=45.0, help="seconds of idle CPU sampling")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="rlsdesk-bench-"))
    with VirtualDesktop() as desk:
        desk.env["TZ"] = ZONE_NAME
        datas = [root / f"app{i}" for i in range(args.apps)]
        due = next_minute(margin=25)
        expected: dict[str, datetime] = {}
        for i, data in enumerate(datas):
            title = f"bench app{i} round0"
            seed(data, title, due.time())
            expected[title] = due
        procs = [desk.popen([sys.executable, "-m", "rlsdesk", "--data-dir", str(d), "--hidden"],
                            name=f"app{i}") for i, d in enumerate(datas)]
        baseline = desk.popen([sys.executable, "-c", BASELINE], name="baseline")
        for data in datas:
            desk.wait_for(lambda d=data: "reminders started" in _log(d), timeout=60,
                          what=f"{data.name} to start")
        for round_no in range(args.rounds):
            if round_no:
                due = next_minute(margin=20)  # the app re-plans within one 5 s watchdog tick
                for i, data in enumerate(datas):
                    title = f"bench app{i} round{round_no}"
                    seed(data, title, due.time())
                    expected[title] = due
            print(f"round {round_no + 1}/{args.rounds}: {args.apps} reminders due at "
                  f"{due:%H:%M:%S}", flush=True)
            wanted = {t for t, d in expected.items() if d == due}
            desk.wait_for(lambda w=wanted: w <= {n.summary for n in desk.notifications()},
                          timeout=(due - datetime.now(ZONE)).total_seconds() + 30,
                          what="all reminders of the round")
        systime.sleep(1)
        notes = [n for n in desk.notifications() if n.summary in expected]
        counts = {t: sum(1 for n in notes if n.summary == t) for t in expected}
        latencies = [n.sent_at - expected[n.summary].timestamp() for n in notes]

        print(f"idle CPU over {args.idle:.0f} s (nothing due) ...", flush=True)
        pids = [p.pid for p in procs] + [baseline.pid]
        before = {pid: (cpu_ticks(pid), cpu_ns(pid), wakeups(pid)) for pid in pids}
        start = systime.monotonic()
        systime.sleep(args.idle)
        elapsed = systime.monotonic() - start
        ticks = {pid: (cpu_ticks(pid) - before[pid][0]) / TICK for pid in pids}
        used = {pid: (cpu_ns(pid) - before[pid][1]) / 1e9 for pid in pids}
        woke = {pid: wakeups(pid) - before[pid][2] for pid in pids}
        alive = all(p.poll() is None for p in procs)

    app_cpu = [used[p.pid] / elapsed * 100 for p in procs]
    base_cpu = used[baseline.pid] / elapsed * 100
    ms = [x * 1000 for x in latencies]
    print()
    print(f"reminders: {len(notes)} delivered of {len(expected)} due "
          f"({args.apps} apps x {args.rounds} rounds); duplicates: "
          f"{sum(c - 1 for c in counts.values() if c > 1)}; all apps alive: {alive}")
    print(f"delivery latency after due time: p50 {percentile(ms, 50):.0f} ms, "
          f"p99 {percentile(ms, 99):.0f} ms, min {min(ms):.0f} ms, max {max(ms):.0f} ms")
    print(f"idle CPU, rlsdesk (mean of {len(app_cpu)}): {statistics.mean(app_cpu):.4f} % "
          f"of one core ({statistics.mean(used[p.pid] for p in procs) * 1000:.1f} ms CPU in "
          f"{elapsed:.0f} s; per app: {', '.join(f'{c:.4f}' for c in app_cpu)})")
    print(f"idle CPU, bare PySide6 tray program (baseline): {base_cpu:.4f} % "
          f"({used[baseline.pid] * 1000:.1f} ms)")
    extra_ms = (statistics.mean(used[p.pid] for p in procs) - used[baseline.pid]) * 1000
    ratio = (f"{statistics.mean(app_cpu) / base_cpu:.2f}" if base_cpu > 0
             else "n/a (the baseline used no CPU at all)")
    print(f"ratio rlsdesk / baseline: {ratio}; rlsdesk's extra: {extra_ms:.1f} ms CPU "
          f"per {elapsed:.0f} s")
    app_woke = statistics.mean(woke[p.pid] for p in procs)
    print(f"wake-ups (voluntary context switches) in {elapsed:.0f} s: rlsdesk "
          f"{app_woke:.0f} ({app_woke / elapsed:.2f}/s), baseline {woke[baseline.pid]} "
          f"({woke[baseline.pid] / elapsed:.2f}/s)")
    print(f"(from /proc/<pid>/stat ticks: rlsdesk "
          f"{statistics.mean(ticks[p.pid] for p in procs):.3f} s, baseline "
          f"{ticks[baseline.pid]:.3f} s)")
    return 0 if len(notes) == len(expected) and alive else 1


def _log(data: Path) -> str:
    try:
        return (data / "rlsdesk.log").read_text()
    except OSError:
        return ""


if __name__ == "__main__":
    sys.exit(main())
