"""Loading the translation catalog (resources/i18n/rlsdesk_<lang>.qm) for the chosen language."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator

from rlsdesk.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

log = logging.getLogger(__name__)

# Where a Unix desktop says which language its programs should speak, in gettext's order.
_LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

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


def plural(count: int, one: str, other: str) -> str:
    """``one`` when ``count`` is 1, else ``other``: two texts already translated, chosen
    here, e.g. ``fill(plural(n, self.tr("%1 night"), self.tr("%1 nights")), n)``.

    English and German need these two forms and no more. (Qt's ``tr("%n night(s)", "", n)``
    needs a catalog to turn "night(s)" into "night" or "nights", and English, the source
    language, loads none: it would show "1 night(s)".)"""
    return one if count == 1 else other


def language_from_environment(environ: Mapping[str, str]) -> str | None:
    """'de' from LANGUAGE=de_AT:en, LC_ALL=de_AT.UTF-8 and the like; None if nothing says."""
    for variable in _LANGUAGE_VARIABLES:
        for entry in environ.get(variable, "").split(":"):
            language = entry.split(".")[0].split("@")[0].split("_")[0]
            if language and language not in ("C", "POSIX"):
                return language.lower()
    return None


def language_code(preference: str, system: QLocale | None = None,
                  environ: Mapping[str, str] = os.environ) -> str:
    """'system' means the desktop's language, e.g. 'de' from de_AT."""
    if preference != "system":
        return preference
    if system is None:
        if (language := language_from_environment(environ)) is not None:
            return language
        if sys.platform.startswith("linux"):
            return "en"  # Qt reads the same variables here, and would say "C"
        # Windows and macOS keep the language elsewhere. (Touching QLocale builds its
        # fifteen enums, some 10 ms before the window could show: only where needed.)
        from PySide6.QtCore import QLocale

        system = QLocale.system()
    return system.name().split("_")[0]


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
