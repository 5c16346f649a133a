"""A Qt application for the report when none runs yet (the command line): offscreen, so it
works without a display, with the translator for the person's language setting."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from rlsdesk.text.i18n import install_translator

_kept: list[object] = []  # the application and translator live as long as the process


def ensure_gui(language: str) -> None:
    """Make a QGuiApplication if there is none (the window already has one and its own
    translator). Fonts, QPdfWriter and QTextDocument need it; a display they do not."""
    if QCoreApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(["rlsdesk"])
    _kept.append(app)
    translator = install_translator(app, language)
    if translator is not None:
        _kept.append(translator)
