"""A Qt application for the report when none runs yet (the command line): offscreen, so it
works without a display, with the translator for the person's language setting."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from rlsdesk.text.i18n import install_translator

_kept: list[object] = []  # the application and translator live as long as the process


def ensure_gui(language: str) -> None:
    """Make a Qt application if there is none (the window already has one and its own
    translator). Fonts, QPdfWriter and QTextDocument need it; a display they do not. A
    QApplication, not only a QGuiApplication, so that widgets made later in the same process
    (a test run, say) find the kind of application they need."""
    if QCoreApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(["rlsdesk"])
    _kept.append(app)
    translator = install_translator(app, language)
    if translator is not None:
        _kept.append(translator)
