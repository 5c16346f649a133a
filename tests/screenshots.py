"""Screenshots of rlsdesk's pages on the virtual desktop, for the README and for looking.

    python -m tests.screenshots OUT_DIR [--theme night|day] [--pages tonight,routine,...]
                                        [--nights 120] [--window-size 980x1600] [--hour 20]

Starts a private virtual desktop (tests/vdesk.py), a demo data folder (the default routine
and ``--nights`` nights of diary up to yesterday from tests/demo_diary.py, read in with
``rlsdesk import csv``: check-ins, quick logs and the routine's steps marked done), the
real rlsdesk process, then asks it (through a second launch with --page) to show each page
and captures the window with ImageMagick's `import`. ``--window-size`` makes the window
(and the virtual screen) that size first, to see a long page whole; ``--hour`` runs it all
in a fixed-offset time zone (TZ=Etc/GMT...) in which it is that hour now, e.g. 20 for
Tonight with the evening under way (the minutes are the real ones).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from datetime import time as clock_time
from pathlib import Path

from tests.demo_diary import NOTE, make_csv
from tests.vdesk import VirtualDesktop

PAGES = ("tonight", "routine", "diary", "insights", "settings", "about")
#: Made up for the demo: nights without these steps were this much worse.
DEMO_WORSE_WITHOUT = {"Leg stretches": 2, "Warm pack on the legs": 1}
#: The magnesium step's title as the person would type it: their own words, in their
#: language (rlsdesk shows a typed title as typed, untranslated).
DEMO_MAGNESIUM_TITLE = {"de": "Magnesium zum Abendessen"}
DEMO_NOTE = {"de": "lange Autofahrt; im Auto waren die Beine schlimm"}


def seed_demo_data(data_dir: Path, theme: str, nights: int = 120, *, language: str = "system",
                   text_scale: float = 1.0) -> None:
    from rlsdesk.domain.kinds import StepKind
    from rlsdesk.domain.routine import Anchor, Step
    from rlsdesk.services.evening import Evening
    from rlsdesk.store.store import open_store
    from rlsdesk.system.paths import prepare_data_dir
    from rlsdesk.system.zone import local_zone

    store = open_store(prepare_data_dir(data_dir))
    zone = local_zone()
    evening = Evening(store, lambda: zone, lambda: datetime.now(zone))
    evening.ensure_routine()
    # what a person would have typed in from their label: rlsdesk suggests no dose
    title = DEMO_MAGNESIUM_TITLE.get(language, "Magnesium with dinner")
    evening.add_step(Step(StepKind.MAGNESIUM, title, Anchor.at(clock_time(19, 0)),
                          dose_mg=200, form="citrate"))
    store.settings.set_many({"first_run_done": True, "theme_mode": theme,
                             "bedtime": "22:45", "told_still_in_tray": True,
                             "language": language, "text_scale": text_scale})
    titles = [step.title for step in evening.steps() if step.enabled]
    store.close()
    if nights > 0:
        diary = data_dir.parent / "demo-diary.csv"
        make_csv(diary, nights, titles=titles, worse_without=DEMO_WORSE_WITHOUT,
                 note_text=DEMO_NOTE.get(language, NOTE))
        subprocess.run([sys.executable, "-m", "rlsdesk", "--data-dir", str(data_dir),
                        "import", "csv", str(diary)], check=True, stdout=subprocess.DEVNULL)


def zone_at_hour(hour: int, now: datetime | None = None) -> str:
    """A fixed-offset zone in which it is ``hour`` o'clock now."""
    offset = (hour - (now or datetime.now(UTC)).hour) % 24
    if offset > 14:
        offset -= 24
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"  # Etc/GMT-9 is UTC+9


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT") from None
    return width, height


def capture(desk: VirtualDesktop, window: int, out: Path) -> Path:
    desk.run(["import", "-window", str(window), str(out)], timeout=30)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--theme", choices=("night", "day"), default="night")
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--nights", type=int, default=120,
                        help="nights of demo diary up to yesterday (0: an empty diary)")
    parser.add_argument("--window-size", type=_size, default=None, metavar="WxH",
                        help="resize the window to this many pixels first (default: as opened)")
    parser.add_argument("--hour", type=int, choices=range(24), default=None, metavar="H",
                        help="take the screenshots as if it were H o'clock (by the time zone)")
    parser.add_argument("--language", choices=("system", "en", "de"), default="system")
    parser.add_argument("--text-scale", type=float, choices=(1.0, 1.15, 1.3, 1.5), default=1.0)
    args = parser.parse_args(argv)
    if args.hour is not None:  # for the seeding, the import and the app alike
        os.environ["TZ"] = zone_at_hour(args.hour)
        time.tzset()
    pages = [p for p in args.pages.split(",") if p]
    unknown = sorted(set(pages) - set(PAGES))
    if unknown:
        parser.error(f"unknown page(s): {', '.join(unknown)}")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    screen = (1280, 800)
    if args.window_size:
        screen = (max(screen[0], args.window_size[0] + 100),
                  max(screen[1], args.window_size[1] + 100))
    with tempfile.TemporaryDirectory() as tmp, VirtualDesktop(size=screen) as desk:
        data = Path(tmp) / "data"
        seed_demo_data(data, args.theme, args.nights, language=args.language,
                       text_scale=args.text_scale)
        launch = [sys.executable, "-m", "rlsdesk", "--data-dir", str(data)]
        app = desk.popen([*launch, "--page", pages[0]], name="rlsdesk")
        window = desk.wait_for(
            lambda: desk.find_windows(name="^rlsdesk$", pid=app.pid, visible=True),
            timeout=30, what="the rlsdesk window",
        )[0]
        if args.window_size:
            width, height = args.window_size
            desk.run(["xdotool", "windowsize", str(window), str(width), str(height)])
        for page in pages:
            desk.run([*launch, "--page", page], timeout=30)
            time.sleep(1.0)  # let the page paint (charts load on first show)
            suffix = args.theme
            if args.language != "system":
                suffix += f"-{args.language}"
            if args.text_scale != 1.0:
                suffix += f"-{round(args.text_scale * 100)}"
            shot = capture(desk, window, args.out_dir / f"{page}-{suffix}.png")
            print(shot)
        desk.screenshot(args.out_dir / f"desktop-{args.theme}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
