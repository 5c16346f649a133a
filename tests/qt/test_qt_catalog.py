"""German comes with Qt's own German: the key names on the About page ("Strg+Z", not
"Ctrl+Z") and Qt's standard buttons ("Abbrechen") are German too, a text in neither catalog
still shows as written, and removing the one translator rlsdesk installs brings back English
for both."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from rlsdesk.text.i18n import install_translator, translate
from rlsdesk.ui.keyboard_help import key_name, shortcut_rows


def _cancel_text(qtbot) -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text().replace("&", "")


def test_key_names_and_standard_buttons_follow_the_language(qapp: QApplication,
                                                            qtbot) -> None:
    previous = QLocale()
    assert key_name("Ctrl+Up") == "Ctrl+Up"
    translator = install_translator(qapp, "de")
    assert translator is not None
    try:
        keys = " ".join(keys for keys, _what in shortcut_rows())
        assert "Strg+N" in keys and "Strg+Hoch" in keys and "Entf" in keys
        assert "Ctrl" not in keys and "Left" not in keys
        assert _cancel_text(qtbot) == "Abbrechen"
        # a text neither catalog knows shows as written, not blank
        assert translate("AboutPage", "Version {0}") == "Version {0}"
        assert translate("NoSuchContext", "as written") == "as written"
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
    assert key_name("Ctrl+Up") == "Ctrl+Up"
    assert _cancel_text(qtbot) == "Cancel"
