"""Translation-ready: strings go through Qt's tr(), the catalog covers them, German loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon

from rlsdesk.resources import resource_path
from rlsdesk.ui.i18n import install_translator, language_code
from rlsdesk.ui.tray import Tray

ROOT = Path(__file__).resolve().parents[2]
#: Where user-visible text lives; the Makefile's TRANSLATED_SOURCES names the same.
TRANSLATED_SOURCES = ("rlsdesk/ui", "rlsdesk/notify", "rlsdesk/reminders", "rlsdesk/app.py")


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
    assert language_code("system", QLocale("de_AT")) == "de"
    assert language_code("en", QLocale("de_AT")) == "en"


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
