"""Loading the translation catalog (resources/i18n/rlsdesk_<lang>.qm) for the chosen language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from rlsdesk.resources import resource_path

log = logging.getLogger(__name__)


def language_code(preference: str, system: QLocale | None = None) -> str:
    """'system' means the desktop's language, e.g. 'de' from de_AT."""
    if preference != "system":
        return preference
    return (system or QLocale.system()).name().split("_")[0]


def install_translator(app: QCoreApplication, preference: str) -> QTranslator | None:
    code = language_code(preference)
    if code == "en":
        return None  # the source strings are English
    translator = QTranslator(app)
    folder = resource_path("i18n")
    if not translator.load(f"rlsdesk_{code}", str(folder)):
        log.info("no translation for %s; using English", code)
        return None
    app.installTranslator(translator)
    return translator
