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


def sources(ts_file: Path) -> set[str]:
    return {m.findtext("source") for m in ET.parse(ts_file).getroot().iter("message")}


def test_catalog_lists_every_translatable_string(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = sorted(str(p) for p in (ROOT / "rlsdesk" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = sources(fresh) - sources(resource_path("i18n", "rlsdesk_de.ts"))
    assert not missing, (
        "run: pyside6-lupdate rlsdesk/ui -ts resources/i18n/rlsdesk_de.ts, then lrelease; "
        f"new strings: {sorted(missing)[:10]}"
    )


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
