"""Ten years of diary: is rlsdesk still quick?

    python bench/diary_scale.py [--nights 3650] [--runs 3]

Generates a diary of ``--nights`` nights (check-ins, ~2-3 quick logs a night, done marks
for most routine steps: about 40,000 events for ten years) as a CSV file, loads it with
``rlsdesk import csv`` into a temporary data folder, then times, each as the median of
``--runs`` fresh processes:

* Insights page open: what the person waits for, from asking for the page (the page's
  module imported, the page built, as the window does on first opening) until the page
  is shown and every chart is painted (``grab()`` of each), for the default period
  (90 nights) and for everything, against the 300 ms target; then switching to the other
  period on the open page; and whether matplotlib got imported (it must not be);
* ``rlsdesk tonight``;
* ``rlsdesk export pdf`` of the whole diary (see bench/report_scale.py for more).

Each is printed with the same operation on an empty diary measured in the same run, and
the ratio between the two; ``rlsdesk --version`` is printed as the process baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.demo_diary import make_csv  # noqa: E402  (after the path is set)

TARGET_MS = 300.0

_PAGE_PROBE = r"""
import json, sys, time
from datetime import datetime
from pathlib import Path
from PySide6.QtWidgets import QApplication
from rlsdesk.system.zone import local_zone
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.system.paths import prepare_data_dir
from rlsdesk.store.store import open_store
app = QApplication([])
zone = local_zone()
store = open_store(prepare_data_dir(Path(sys.argv[1])))
evening = Evening(store, lambda: zone, lambda: datetime.now(zone))
service = DiaryService(evening)
index, other = int(sys.argv[2]), int(sys.argv[3])
app.processEvents()

def painted(page):
    app.processEvents()
    for panel in page.charts:
        panel.chart.grab()  # paints the chart now, as the screen would

t0 = time.perf_counter()  # the person asks for the Insights page
from rlsdesk.ui.pages.insights_page import InsightsPage
page = InsightsPage(service)
page.range.blockSignals(True)
page.range.setCurrentIndex(index)
page.range.blockSignals(False)
page.resize(780, 660)  # the window's page area at its default size
page.show()  # the data and the text, synchronously
t1 = time.perf_counter()
painted(page)
t2 = time.perf_counter()
page.range.setCurrentIndex(other)  # then the other period, on the open page
painted(page)
t3 = time.perf_counter()
print(json.dumps({"shown_ms": 1000 * (t1 - t0), "painted_ms": 1000 * (t2 - t0),
                  "switch_ms": 1000 * (t3 - t2),
                  "matplotlib": "matplotlib" in sys.modules}))
"""


def rlsdesk(data: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rlsdesk", "--data-dir", str(data), *args],
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return 1000 * (time.perf_counter() - start)


def page_open(data: Path, range_index: int, then: int) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", _PAGE_PROBE, str(data), str(range_index), str(then)],
        check=True, capture_output=True, text=True, env=env, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def median_of(runs: int, measure) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(measure() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nights", type=int, default=3650)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rlsdesk-scale-") as tmp:
        folder = Path(tmp)
        big, empty = folder / "big", folder / "empty"
        source = folder / "diary.csv"
        events = make_csv(source, args.nights)
        import_ms = rlsdesk(big, "import", "csv", str(source))
        rlsdesk(empty, "tonight")  # create the empty diary (default routine)
        print(f"diary: {args.nights} nights, {events} events "
              f"(imported in {import_ms:.0f} ms); {datetime.now():%Y-%m-%d %H:%M}; "
              f"median of {args.runs} runs")
        version = median_of(args.runs, lambda: rlsdesk(empty, "--version"))
        print(f"{'rlsdesk --version (process baseline)':50} {version:8.0f} ms")
        rows = []
        verdicts = []
        matplotlib_seen = False
        for label, index, then, other in (("90 nights", 1, 3, "everything"),
                                          ("everything", 3, 1, "90 nights")):
            runs: dict[str, list[dict[str, float]]] = {
                which: [page_open(data, index, then) for _ in range(args.runs)]
                for which, data in (("big", big), ("empty", empty))}
            matplotlib_seen |= any(r["matplotlib"] for rs in runs.values() for r in rs)
            for key, name in (("shown_ms", "page shown (data and text)"),
                              ("painted_ms", "page shown, all charts painted"),
                              ("switch_ms", f"then {other}, painted")):
                big_ms, empty_ms = (statistics.median(r[key] for r in runs[which])
                                    for which in ("big", "empty"))
                rows.append((f"Insights {label}: {name}", big_ms, empty_ms))
                if key == "painted_ms":
                    verdicts.append((label, big_ms))
        for which_args, name in ((("tonight",), "rlsdesk tonight"),):
            rows.append((name, median_of(args.runs, lambda a=which_args: rlsdesk(big, *a)),
                         median_of(args.runs, lambda a=which_args: rlsdesk(empty, *a))))
        pdf_big = median_of(args.runs, lambda: rlsdesk(
            big, "export", "pdf", str(folder / "big.pdf"), "--force"))
        pdf_empty = median_of(args.runs, lambda: rlsdesk(
            empty, "export", "pdf", str(folder / "empty.pdf"), "--force"))
        rows.append(("rlsdesk export pdf (whole diary)", pdf_big, pdf_empty))
        print(f"{'operation':50} {'diary':>8}    {'empty':>8}    ratio")
        for name, value, baseline in rows:
            print(f"{name:50} {value:8.0f} ms {baseline:8.0f} ms {value / baseline:6.2f}x"
                  f"  ({value / version:.2f}x --version)")
        print()
        for label, value in verdicts:
            verdict = "within" if value <= TARGET_MS else "OVER"
            print(f"Insights page open, {args.nights} nights diary, {label} shown: "
                  f"{value:.0f} ms, {verdict} the {TARGET_MS:.0f} ms target")
        print("matplotlib imported when the Insights page opened: "
              + ("YES (it should not be)" if matplotlib_seen else "no"))
    return 0 if all(v <= TARGET_MS for _, v in verdicts) and not matplotlib_seen else 1


if __name__ == "__main__":
    sys.exit(main())
