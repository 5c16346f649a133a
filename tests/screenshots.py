"""Screenshots of rlsdesk's pages on the virtual desktop, for the README and for looking.

    python -m tests.screenshots OUT_DIR [--theme night|day] [--pages tonight,routine,...]

Starts a private virtual desktop (tests/vdesk.py), a demo data folder with a few logged
evenings, the real rlsdesk process, then asks it (through a second launch with --page) to
show each page and captures the window with ImageMagick's `import`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from tests.vdesk import VirtualDesktop

PAGES = ("tonight", "routine", "diary", "insights", "settings", "about")


def seed_demo_data(data_dir: Path, theme: str) -> None:
    from rlsdesk.clock import local_zone
    from rlsdesk.evening import Evening
    from rlsdesk.paths import prepare_data_dir
    from rlsdesk.store.store import open_store

    store = open_store(prepare_data_dir(data_dir))
    zone = local_zone()
    now = datetime.now(zone)
    evening = Evening(store, lambda: zone, lambda: now)
    evening.ensure_routine()
    store.settings.set_many({"first_run_done": True, "theme_mode": theme,
                             "bedtime": "22:45", "told_still_in_tray": True})
    for days_ago, minutes in zip(range(1, 11), (40, 25, 55, 30, 45, 20, 35, 50, 30, 40),
                                 strict=True):
        evening.log_onset(now.replace(hour=21, minute=0) - timedelta(days=days_ago)
                          + timedelta(minutes=minutes), severity=4 + days_ago % 4)
    store.close()


def capture(desk: VirtualDesktop, window: int, out: Path) -> Path:
    desk.run(["import", "-window", str(window), str(out)], timeout=30)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--theme", choices=("night", "day"), default="night")
    parser.add_argument("--pages", default=",".join(PAGES))
    args = parser.parse_args(argv)
    pages = [p for p in args.pages.split(",") if p]
    unknown = sorted(set(pages) - set(PAGES))
    if unknown:
        parser.error(f"unknown page(s): {', '.join(unknown)}")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, VirtualDesktop() as desk:
        data = Path(tmp) / "data"
        seed_demo_data(data, args.theme)
        launch = [sys.executable, "-m", "rlsdesk", "--data-dir", str(data)]
        app = desk.popen([*launch, "--page", pages[0]], name="rlsdesk")
        window = desk.wait_for(
            lambda: desk.find_windows(name="^rlsdesk$", pid=app.pid, visible=True),
            timeout=30, what="the rlsdesk window",
        )[0]
        for page in pages:
            desk.run([*launch, "--page", page], timeout=30)
            time.sleep(1.0)  # let the page paint (charts load on first show)
            shot = capture(desk, window, args.out_dir / f"{page}-{args.theme}.png")
            print(shot)
        desk.screenshot(args.out_dir / f"desktop-{args.theme}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
