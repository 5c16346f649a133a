"""A made-up but realistic diary as a CSV file, read with ``rlsdesk import csv``.

Used by bench/diary_scale.py (ten years of it) and tests/screenshots.py (a few months, so
the Insights charts are filled). For one seed the file is always the same, apart from its
dates: the last night is yesterday.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

from rlsdesk.formats.diary_csv import STEP_SEPARATOR, escape_title

#: Step titles of the default routine (resources/default_routine.json) the diary marks done.
TITLES = ("Last caffeine of the day", "Warm bath or shower",
          "Screens off", "Dim the lights", "Leg stretches", "Bedtime")


#: The note a demo night now and then has, as the person would type it.
NOTE = "long drive; legs bad in the car"


def make_csv(path: Path, nights: int, seed: int = 7, titles: Sequence[str] = TITLES,
             worse_without: Mapping[str, int] | None = None, note_text: str = NOTE) -> int:
    """Write the diary; returns the number of events (quick logs, check-in onsets, marks).

    Each night: a check-in (severity 1-9, first onset around 21:30, hours slept,
    awakenings, now and then a note, an IRLS total every 90 nights), two to four quick
    logs from the onset on, and each of ``titles`` marked done four nights in five.
    ``worse_without``: points added to a night's severity when that step was not done (a
    made-up association, so "what seems to help" has something to show; no extra random
    draws, so the rest of the diary stays the same). ``note_text``: the occasional note (the
    person's own words, so in their language).
    """
    rnd = random.Random(seed)
    last = date.today() - timedelta(days=1)
    events = 0
    lines = ["night,severity,onset,sleep_hours,awakenings,irls_total,note,quick_logs,"
             "steps_done"]
    for i in range(nights):
        night = last - timedelta(days=nights - 1 - i)
        onset = 21 * 60 + 30 + rnd.randint(-50, 50)
        logs = sorted(onset + rnd.randint(0, 200) for _ in range(rnd.choice((2, 3, 3, 4, 4))))
        quick = "; ".join(f"{(m // 60) % 24:02d}:{m % 60:02d}={rnd.randint(2, 9)}" for m in logs)
        done = [t for t in titles if rnd.random() < 0.8]
        note = note_text if rnd.random() < 0.05 else ""
        irls = str(rnd.randint(10, 30)) if i % 90 == 0 else ""
        severity = rnd.randint(1, 9)
        if worse_without:
            severity = min(10, severity + sum(points for t, points in worse_without.items()
                                              if t in titles and t not in done))
        lines.append(
            f"{night.isoformat()},{severity},{(onset // 60) % 24:02d}:{onset % 60:02d},"
            f"{rnd.choice(('5.5', '6', '6.5', '7', '7.5'))},{rnd.randint(0, 5)},{irls},"
            f"\"{note}\",{quick},{_steps_cell(done)}"
        )
        events += len(logs) + 1 + len(done)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return events


def _steps_cell(titles: Sequence[str]) -> str:
    """The ``steps_done`` cell, quoted only if a title holds a comma, quote or line break."""
    cell = STEP_SEPARATOR.join(escape_title(t) for t in titles)
    if any(c in cell for c in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell
