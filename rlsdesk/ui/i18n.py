"""Loading the translation catalog (resources/i18n/rlsdesk_<lang>.qm) for the chosen language."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from rlsdesk.resources import resource_path

log = logging.getLogger(__name__)

#: ``translate("Context", "text")`` outside a QObject. lupdate finds the calls spelled
#: ``translate(...)``, ``QCoreApplication.translate(...)`` or ``self.tr(...)`` with literal
#: arguments; a wrapper of another name (``_tr(text)``) hides its strings from the catalog.
translate = QCoreApplication.translate

_PLACE = re.compile(r"%(\d+)")


def fill(text: str, *values: object) -> str:
    """Put ``values`` into the ``%1``, ``%2``, ... of a translated ``text``, in one pass (a
    value that itself holds "%2" stays as it is), as QString.arg would; a translation may
    order the places as its language needs."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACE.sub(value, text)


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
