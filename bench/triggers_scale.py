"""Ten years of diary with triggers and medicine changes: how long the Insights page takes.

    python bench/triggers_scale.py [--nights 3650] [--runs 3]

The diary of ``bench/diary_scale.py`` (``tests/demo_diary.make_csv``) with a ``triggers``
column added (each built-in trigger on a share of the nights, alcohol adding 2 points, and
two triggers of the person's own), imported with ``rlsdesk import csv``; then a magnesium
step and a medicine are added, their dose changed, paused and resumed about every 90 days
(about 90 medicine events over ten years, dated through the store as the app records them).
Prints the Insights page's opening time (shown, and every chart painted) for the default
90 nights and for everything, each the median of ``--runs`` fresh processes, next to the
same diary without triggers or events. No threshold: the figures are for reading.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.diary_scale import page_open, rlsdesk  # noqa: E402
from tests.demo_diary import make_csv  # noqa: E402

SHARES = {"caffeine-late": 0.15, "alcohol": 0.25, "nicotine": 0.05, "long-sit": 0.1,
          "short-night": 0.2, "exercise": 0.3, "medicine-change": 0.02,
          "Late dinner": 0.2, "Stress at work": 0.15}


def add_triggers(source: Path, target: Path, seed: int = 11) -> int:
    rnd = random.Random(seed)
    rows = list(csv.DictReader(io.StringIO(source.read_text(encoding="utf-8"), newline="")))
    noted = 0
    for row in rows:
        names = [n for n, share in SHARES.items() if rnd.random() < share]
        noted += len(names)
        row["triggers"] = "; ".join(names)
        if "alcohol" in names and row["severity"]:
            row["severity"] = str(min(10, int(row["severity"]) + 2))
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*rows[0].keys()])
        writer.writeheader()
        writer.writerows(rows)
    return noted


def add_medicine_changes(data: Path, nights: int) -> int:
    from rlsdesk.domain.kinds import StepKind
    from rlsdesk.domain.routine import Anchor, Step, step_to_dict
    from rlsdesk.store.store import open_store
    from rlsdesk.system.paths import prepare_data_dir
    from rlsdesk.system.zone import local_zone

    zone = local_zone()
    store = open_store(prepare_data_dir(data))
    routine = store.routine
    start = datetime.now(zone) - timedelta(days=nights)
    magnesium = Step(StepKind.MAGNESIUM, "Magnesium", Anchor.at(time(19, 0)), dose_mg=100,
                     form="citrate")
    medicine = Step(StepKind.MEDICATION, "Evening tablet", Anchor.at(time(21, 0)),
                    name="Ropinirole 0.25 mg")
    ids = [routine.add(step_to_dict(s), at=start) for s in (magnesium, medicine)]
    count = 2
    for k, day in enumerate(range(90, nights, 90)):
        at = start + timedelta(days=day)
        mg = step_to_dict(magnesium)
        mg.update(dose_mg=100 + 50 * (k % 5), enabled=k % 7 != 3)
        med = step_to_dict(medicine)
        med.update(name=f"Ropinirole {0.25 * (1 + k % 4):g} mg")
        routine.update(ids[0], mg, at=at)
        routine.update(ids[1], med, at=at + timedelta(days=30))
        count = len(routine.medicine_events(start.date(), (start + timedelta(
            days=nights + 1)).date()))
    store.close()
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nights", type=int, default=3650)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rlsdesk-triggers-") as tmp:
        folder = Path(tmp)
        plain_csv, trig_csv = folder / "plain.csv", folder / "triggers.csv"
        events = make_csv(plain_csv, args.nights)
        noted = add_triggers(plain_csv, trig_csv)
        plain, full = folder / "plain", folder / "full"
        rlsdesk(plain, "import", "csv", str(plain_csv))
        import_ms = rlsdesk(full, "import", "csv", str(trig_csv))
        changes = add_medicine_changes(full, args.nights)
        print(f"diary: {args.nights} nights, {events} events, {noted} triggers noted "
              f"(imported in {import_ms:.0f} ms), {changes} medicine events; "
              f"median of {args.runs} runs")
        print(f"{'Insights':44} {'with':>9}    {'without':>9}")
        for label, index, then in (("90 nights", 1, 3), ("everything", 3, 1)):
            for key, name in (("shown_ms", "shown"), ("painted_ms", "all charts painted")):
                with_, without = (statistics.median(
                    page_open(data, index, then)[key] for _ in range(args.runs))
                    for data in (full, plain))
                print(f"{label + ': ' + name:44} {with_:6.0f} ms {without:6.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
