"""Translation-ready: strings go through Qt's tr(), the catalog covers them, German loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon

from rlsdesk.notify.base import Reminder
from rlsdesk.notify.freedesktop import FreedesktopNotifier
from rlsdesk.services.preferences import Preferences
from rlsdesk.system.paths import DataPaths
from rlsdesk.system.resources import resource_path
from rlsdesk.text.i18n import install_translator, language_choices
from rlsdesk.ui.tray import Tray
from rlsdesk.ui.tray_menu import ReminderTrayMenu
from tests.unit.reminders.test_service import World

ROOT = Path(__file__).resolve().parents[2]
#: Where user-visible text lives; the Makefile's TRANSLATED_SOURCES names the same.
TRANSLATED_SOURCES = (
    "rlsdesk/ui", "rlsdesk/paint", "rlsdesk/export/report.py", "rlsdesk/notify",
    "rlsdesk/reminders", "rlsdesk/text", "rlsdesk/app.py",
)


def sources(ts_file: Path) -> set[str]:
    return {m.findtext("source") for m in ET.parse(ts_file).getroot().iter("message")}


def translated_files() -> list[str]:
    files: list[Path] = []
    for name in TRANSLATED_SOURCES:
        path = ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return sorted(str(p) for p in files)


def test_catalog_lists_every_translatable_string(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *translated_files(), "-ts", str(fresh)], check=True,
                   capture_output=True)
    missing = sources(fresh) - sources(resource_path("i18n", "rlsdesk_de.ts"))
    assert not missing, (
        "run: make translations (pyside6-lupdate over the Makefile's TRANSLATED_SOURCES, "
        f"then lrelease); new strings: {sorted(missing)[:10]}"
    )


def test_makefile_scans_the_same_sources() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    line = next(x for x in makefile.splitlines() if x.startswith("TRANSLATED_SOURCES"))
    assert tuple(line.split(":=", 1)[1].split()) == TRANSLATED_SOURCES


def test_system_language_is_taken_from_the_locale() -> None:
    assert language_choices("system", QLocale("de_AT")) == ["de"]
    assert language_choices("en", QLocale("de_AT")) == ["en"]


def test_german_tray_menu(qapp) -> None:
    translator = install_translator(qapp, "de")
    assert translator is not None
    try:
        tray = Tray(QIcon(), QIcon())
        texts = [a.text() for a in tray.menu.actions()]
        assert "rlsdesk öffnen" in texts and "rlsdesk beenden" in texts
    finally:
        qapp.removeTranslator(translator)


def test_unknown_language_falls_back_to_english(qapp) -> None:
    assert install_translator(qapp, "xx") is None


def test_reminders_in_german(german, data_paths: DataPaths) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    world = World(data_paths, datetime(2026, 11, 21, 21, 0, tzinfo=berlin))
    try:
        service, notifier = world.start(("Beine dehnen", "21:10"))
        assert service.next_step_text() == "Beine dehnen um 21:10"
        world.set("2026-11-21T21:10:00.200")
        service.reconcile()
        step = notifier.shown[-1]
        assert step.title == "Beine dehnen", "the person's own title, as written"
        assert [label for _key, label in step.actions] == ["Erledigt", "10 Min. später",
                                                          "Auslassen"]
        menu = ReminderTrayMenu(Tray(QIcon(), QIcon()), service)
        assert [menu.done_action.text(), menu.snooze_action.text(), menu.skip_action.text()] \
            == ["Erledigt: Beine dehnen", "10 Min. später", "Auslassen"]
        assert menu.stop_sit_action.text() == "Langes Sitzen beenden"
        service.stop()

        Preferences(world.evening().store.settings).set_checkin_reminder(True, time(8, 0))
        world.set("2026-11-22T08:20")  # asleep at eight: shown late
        service, notifier = world.start()
        checkin = notifier.shown[-1]
        assert checkin.title == "Check-in am Morgen" and checkin.late
        assert checkin.actions == (("checkin", "Zum Check-in"),)
        assert "verspätet: war um 08:00 fällig" in checkin.body
        assert "Wie war die Nacht vom Sa. 21 Nov.?" in checkin.body
    finally:
        for started in world.services:
            started.stop()
        for store in world.stores:
            store.close()


def test_freedesktop_open_action_in_german(german, monkeypatch) -> None:
    notifier = FreedesktopNotifier()
    sent = []
    monkeypatch.setattr(notifier, "_send", lambda msg, _reply: sent.append(msg) or True)
    notifier.show(Reminder("1@2026-11-21", "Beine dehnen", "21:10",
                           actions=(("done", "Erledigt"),)))
    assert sent[0].body[5] == ["default", "Öffnen", "done", "Erledigt"]
