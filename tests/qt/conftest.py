from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from rlsdesk.app import RlsDeskApp
from rlsdesk.desktop.autostart import XdgAutostart
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.text.i18n import install_translator


@pytest.fixture(autouse=True)
def _default_locale_kept() -> Iterator[None]:
    """A catalog installed makes its language's locale Qt's default: no test leaves it set."""
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def make_app(qapp: QApplication, data_paths: DataPaths) -> Iterator:
    made: list[RlsDeskApp] = []
    palette, font, style_sheet = QPalette(qapp.palette()), QFont(qapp.font()), qapp.styleSheet()

    def build(*, tray: bool = True) -> RlsDeskApp:
        app = RlsDeskApp(
            qapp, data_paths, open_store(data_paths), tray_available=tray,
            autostart=XdgAutostart(data_paths.root.parent / "config"),
        )
        made.append(app)
        return app

    yield build
    for app in made:
        app.shutdown()  # no timer or reminder of this app may outlive its store
        app.store.close()
    # The app styles the whole QApplication; leave it as the next test expects it.
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(style_sheet)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QTranslator]:
    """As on a German desktop: the German catalog installed, German the default locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    translator = install_translator(qapp, "de")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
