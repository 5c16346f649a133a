"""The window, tray menu and first-run questions, driven as a person would."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from rlsdesk.ui.first_run import FirstRunDialog


def test_window_has_every_section_and_keyboard_shortcuts(make_app, qtbot) -> None:
    app = make_app()
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window)
    assert app.window.windowTitle() == "rlsdesk"
    nav = app.window.findChild(type(app.window._nav), "sectionList")
    labels = [nav.item(i).text() for i in range(nav.count())]
    assert labels == ["Tonight", "Routine", "Diary", "Insights", "Settings", "About"]
    app.window._nav.setFocus()
    qtbot.keyClick(app.window._nav, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert app.window.current_section() == "diary"
    app.window.show_section("about")
    assert app.window.current_section() == "about"


def test_tray_menu_offers_the_evening_actions(make_app) -> None:
    app = make_app(tray=True)
    texts = [a.text() for a in app.tray.menu.actions() if not a.isSeparator()]
    assert texts == [
        "Open rlsdesk", "Next: nothing more tonight", "Legs acting up now",
        "Tonight's triggers", "Pause reminders tonight", "Quit rlsdesk",
    ]
    assert "Next:" in app.tray.icon.toolTip()


def test_quick_log_writes_one_symptom_event(make_app) -> None:
    app = make_app(tray=True)
    told: list[str] = []
    app.tray.say = lambda _title, text, _ms: told.append(text)  # type: ignore[method-assign]
    app.tray.quick_log_action.trigger()
    assert app.store.symptoms.count() == 1
    assert len(told) == 1 and "Noted" in told[0], "answered at the tray, where it was asked"


def test_pause_tonight_is_remembered(make_app) -> None:
    app = make_app(tray=True)
    app.tray.pause_action.trigger()
    assert app.paused_tonight()
    assert app.tray.pause_action.isChecked()
    app.tray.pause_action.trigger()
    assert not app.paused_tonight()


def test_closing_with_a_tray_hides_to_tray(make_app, qtbot) -> None:
    app = make_app(tray=True)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.close()
    assert not app.window.isVisible()
    assert app.store.settings.get("told_still_in_tray") is True


def test_closing_without_a_tray_explains_and_quits(make_app, qtbot, monkeypatch) -> None:
    app = make_app(tray=False)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    quits: list[bool] = []
    monkeypatch.setattr(app.qapp, "quit", lambda: quits.append(True))
    app.window.show()
    app.window.close()
    assert told and "No system tray" in told[0]
    assert quits == [True]


def test_first_run_answers_are_saved(make_app, qtbot) -> None:
    app = make_app()
    dialog = FirstRunDialog(time(22, 30), time(21, 30))
    qtbot.addWidget(dialog)
    dialog.bedtime_edit.setTime(dialog.bedtime_edit.time().fromString("23:15", "HH:mm"))
    app.apply_first_run(dialog.answers())
    assert app.store.settings.get("bedtime") == "23:15"
    assert app.store.settings.get("usual_onset") == "21:30"
    assert app.store.settings.get("first_run_done") is True


def test_first_run_unsure_and_skip(make_app, qtbot) -> None:
    app = make_app()
    dialog = FirstRunDialog(time(22, 30), time(21, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.unsure, Qt.MouseButton.LeftButton)
    assert not dialog.onset_edit.isEnabled()
    assert dialog.answers().usual_onset is None
    app.apply_first_run(None)
    assert app.store.settings.get("first_run_done") is True
    assert app.store.settings.get("bedtime") is None


def test_unreadable_data_is_reported_with_restore_offer(
    make_app, data_paths, monkeypatch
) -> None:
    from datetime import date

    from rlsdesk.store.store import open_store

    store = open_store(data_paths)
    store.settings.set("bedtime", "21:00")
    store.backup_now(date(2026, 11, 20))
    store.close()
    data_paths.database.write_bytes(b"broken" * 50)
    for sidecar in ("rlsdesk.db-wal", "rlsdesk.db-shm"):
        (data_paths.root / sidecar).unlink(missing_ok=True)
    shown: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        restore = next(b for b in box.buttons() if b.text() == "Restore the backup")
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    app = make_app()
    app._report_unreadable()
    assert "unreadable" in shown[0] and "2026" in shown[0]
    assert app.store.settings.get("bedtime") == "21:00"


def test_a_page_is_asked_for_by_its_class(make_app) -> None:
    from rlsdesk.ui.pages.about_page import AboutPage
    from rlsdesk.ui.pages.diary_page import DiaryPage

    app = make_app()
    assert isinstance(app.diary_page, DiaryPage)  # built on first asking, typed as its class
    assert "diary" in app.window.built_sections()
    with pytest.raises(TypeError, match="'about' holds AboutPage, not DiaryPage"):
        app.window.page("about", DiaryPage)
    assert isinstance(app.window.page("about", AboutPage), AboutPage)


def test_the_page_keys_are_shown_where_pages_are_chosen_and_listed_on_about(make_app) -> None:
    from PySide6.QtWidgets import QLabel, QListWidget

    from rlsdesk.ui.pages.about_page import AboutPage

    app = make_app(tray=False)
    nav = app.window.findChild(QListWidget, "sectionList")
    tips = [nav.item(row).toolTip() for row in range(nav.count())]
    assert tips == ["Tonight (Alt+1)", "Routine (Alt+2)", "Diary (Alt+3)", "Insights (Alt+4)",
                    "Settings (Alt+5)", "About (Alt+6)"]
    assert "Alt+1 to Alt+6" in app.window.keys_hint.text()
    about = app.window.page("about", AboutPage)
    listed = about.findChild(QLabel, "keyboardHelp").text()
    for keys in ("Alt+1 to Alt+6", "Ctrl+Up", "Ctrl+Z", "2345"):
        assert keys in listed
