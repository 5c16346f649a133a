"""The clinician's report on 90 nights and on ten years: time, pages, size, log lines.

    python bench/report_scale.py [--runs 3] [--nights 3650]

Makes two diaries with ``tests.demo_diary.make_csv`` in temporary data folders: the last
90 nights and ``--nights`` nights, each with a note on every night (English, German,
emoji and CJK text among them). For each it runs ``rlsdesk export pdf --from`` its first
night (the whole diary)
as a fresh process ``--runs`` times and prints the median wall time, the peak memory of the
process, the pages (pdfinfo), the file size and the lines the export added to rlsdesk.log.
Baselines measured in the same run: ``rlsdesk --version`` (a process start) and the
90-night report (the ten-year one should take at most 2x as long).

Also printed: how long ``import`` of the report module and of the packages the report
uses takes in a fresh interpreter, and the installed size of the environment's
site-packages (with matplotlib's part of it, if installed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.demo_diary import make_csv  # noqa: E402  (after the path is set)

NOTES = ("long drive; legs bad in the car", "Lange Autofahrt, Beine unruhig 🚗",
         "walked 5 km, calmer evening 🙂", "夜中に足がむずむずした", "coffee at 16:00 ☕",
         "Besuch bei den Eltern, spät ins Bett")
MATPLOTLIB_PARTS = ("matplotlib", "numpy", "numpy.libs", "PIL", "pillow.libs", "fontTools",
                    "kiwisolver", "contourpy", "cycler", "pyparsing", "dateutil", "mpl_toolkits")


def run(data: Path, *args: str) -> tuple[float, float]:
    """Wall time (ms) and peak memory (MB) of one ``rlsdesk`` process."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "rlsdesk", "--data-dir", str(data), *args],
                            stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = 1000 * (time.perf_counter() - start)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"rlsdesk {' '.join(args)} failed ({proc.returncode})")
    return elapsed, usage.ru_maxrss / 1024


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((int(line.split()[-1]) for line in out.splitlines()
                 if line.startswith("Pages:")), -1)


def add_notes(csv: Path) -> None:
    """A note on every night (the demo diary has one on about 5 nights in 100)."""
    lines = csv.read_text(encoding="utf-8").splitlines()
    out = [lines[0]]
    for index, line in enumerate(lines[1:]):
        head, _, tail = line.partition(',"')
        _, _, rest = tail.partition('",')
        out.append(f'{head},"{NOTES[index % len(NOTES)]}",{rest}')
    csv.write_text("\n".join(out) + "\n", encoding="utf-8")


def import_ms(module: str, runs: int) -> float:
    code = (f"import time; t=time.perf_counter(); import {module}; "
            "print(1000*(time.perf_counter()-t))")
    return statistics.median(
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, cwd=ROOT).stdout) for _ in range(runs))


def size_mb(path: Path) -> float:
    if not path.exists():
        return 0.0
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nights", type=int, default=3650)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="rlsdesk-report-") as tmp:
        folder = Path(tmp)
        version = statistics.median(run(folder / "empty", "--version")[0]
                                    for _ in range(args.runs))
        print(f"{'rlsdesk --version (process baseline)':44} {version:8.0f} ms")
        for nights in (90, args.nights):
            data, source, pdf = (folder / f"d{nights}", folder / f"d{nights}.csv",
                                 folder / f"r{nights}.pdf")
            make_csv(source, nights)
            add_notes(source)
            run(data, "import", "csv", str(source))
            log = data / "rlsdesk.log"
            times, memory, log_lines = [], [], []
            for _ in range(args.runs):
                before = len(log.read_text().splitlines()) if log.exists() else 0
                ms, mb = run(data, "export", "pdf", str(pdf), "--force", "--from",
                             (date.today() - timedelta(days=nights)).isoformat())
                times.append(ms)
                memory.append(mb)
                log_lines.append(len(log.read_text().splitlines()) - before)
            rows.append((nights, statistics.median(times), statistics.median(memory),
                         pages(pdf), pdf.stat().st_size / 1024, max(log_lines)))
    print(f"{'report':20} {'time':>9} {'peak RSS':>9} {'pages':>6} {'size':>9} "
          f"{'log lines':>9}  ratio to --version")
    for nights, ms, mb, count, kb, lines in rows:
        print(f"{f'{nights} nights':20} {ms:6.0f} ms {mb:6.0f} MB {count:6d} {kb:6.0f} kB "
              f"{lines:9d}  {ms / version:.2f}x")
    (_, short, *_), (_, long, *_) = rows
    ratio = long / short
    print(f"\nten-year report / 90-night report: {ratio:.2f}x (target: at most 2x); "
          f"ten-year report {long / 1000:.2f} s (target: under 3 s)")
    print()
    for module in ("PySide6.QtGui", "rlsdesk.export.report", "matplotlib.pyplot"):
        try:
            print(f"{'import ' + module:44} {import_ms(module, args.runs):8.0f} ms")
        except subprocess.CalledProcessError:
            print(f"{'import ' + module:44}      not installed")
    site = Path(next(p for p in sys.path if p.endswith("site-packages")))
    parts = sum(size_mb(site / name) for name in MATPLOTLIB_PARTS)
    print(f"{'site-packages installed size':44} {size_mb(site):8.0f} MB "
          f"(matplotlib and its own dependencies: {parts:.0f} MB)")
    return 0 if ratio <= 2 and long <= 3000 else 1


if __name__ == "__main__":
    sys.exit(main())
