"""Loading the translation catalog (resources/i18n/rlsdesk_<lang>.qm) for the chosen language."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator

from rlsdesk.system.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

log = logging.getLogger(__name__)

# Where a Unix desktop keeps the locale that decides its programs' language, in gettext's order.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

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


def _language_of(entry: str) -> str:
    return entry.split(".")[0].split("@")[0].split("_")[0].lower()


def languages_from_environment(environ: Mapping[str, str]) -> list[str] | None:
    """The languages a Unix desktop asks for, in order, read as gettext reads them: the
    LANGUAGE list, then the locale's own (LC_ALL, LC_MESSAGES or LANG, the first one set).
    A C or POSIX locale means English whatever LANGUAGE says. None if no locale is set."""
    locale_name = next((environ[name] for name in _LOCALE_VARIABLES if environ.get(name)), "")
    if not locale_name:
        return None
    if locale_name.split(".")[0] in ("C", "POSIX"):
        return ["en"]
    asked = [*environ.get("LANGUAGE", "").split(":"), locale_name]
    return list(dict.fromkeys(code for code in map(_language_of, asked) if code))


def language_choices(preference: str, system: QLocale | None = None,
                     environ: Mapping[str, str] = os.environ) -> list[str]:
    """The languages to try, best first: the chosen one, or for 'system' the desktop's
    ('de' from de_AT)."""
    if preference != "system":
        return [preference]
    if system is None:
        if not sys.platform.startswith(("win", "darwin")):
            # Qt reads these same variables here. (Touching QLocale would build its fifteen
            # enums, some 10 ms before the window could show: only where it is needed.)
            return languages_from_environment(environ) or ["en"]
        from PySide6.QtCore import QLocale  # Windows and macOS keep the language elsewhere

        system = QLocale.system()
    return [system.name().split("_")[0]]


def ui_language() -> str:
    """The language the window speaks: that of the installed catalog ("de"), else "en".
    (The catalog translates this code to its own language.)"""
    return translate("Language", "en", "the code of the catalog's language, e.g. de")


def ui_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers in ``language``: the system's own when it speaks
    that language (its region's habits, such as the 24-hour clock, kept), else the language
    in the system's region when Qt knows that pair (English in Germany), else the
    language's main one."""
    from PySide6.QtCore import QLocale

    system = system or QLocale.system()
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    regional = QLocale(wanted.language(), system.territory())
    return regional if regional.territory() == system.territory() else wanted


class Catalogs(QTranslator):
    """rlsdesk's catalog, then Qt's own for the same language (the key names an About page
    lists, "Strg+Z"; the standard buttons and menus, "Abbrechen"), as one translator, so
    installing or removing it does both."""

    def __init__(self, parent: QCoreApplication, parts: list[QTranslator]) -> None:
        super().__init__(parent)
        self.parts = parts

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        for part in self.parts:
            text = part.translate(context, source, disambiguation, n)
            if text:
                return text
        return None  # a null string: Qt then shows the source ("" would blank it out)

    def isEmpty(self) -> bool:
        return not self.parts

    def language(self) -> str:
        return self.parts[0].language() if self.parts else ""


def _qt_catalog(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Qt's own translations (qtbase_<code>.qm, shipped with Qt), if there are any."""
    from PySide6.QtCore import QLibraryInfo

    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return [qt]
    log.info("no Qt translation for %s", code)
    qt.deleteLater()
    return []


def install_translator(app: QCoreApplication, preference: str) -> QTranslator | None:
    """Installs the catalog of the chosen language and makes its locale the default, so
    dates and numbers are written in the same language as the words."""
    from PySide6.QtCore import QLocale

    folder = str(resource_path("i18n"))
    for code in language_choices(preference):
        if code == "en":
            if preference != "system":  # English chosen: English dates on any system
                QLocale.setDefault(ui_locale("en"))
            return None  # the source strings are English
        translator = QTranslator(app)
        if translator.load(f"rlsdesk_{code}", folder):
            catalogs = Catalogs(app, [translator, *_qt_catalog(app, code)])
            app.installTranslator(catalogs)
            QLocale.setDefault(ui_locale(code))
            return catalogs
        translator.deleteLater()
        log.info("no translation for %s", code)
    return None
