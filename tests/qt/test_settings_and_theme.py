"""Settings apply at once, refuse nonsense, and the theme follows them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QMessageBox

from rlsdesk.ui.pages.about_page import AboutPage
from rlsdesk.ui.theme import night_colours


def finish(edit, value) -> None:  # type: ignore[no-untyped-def]
    """Set a time as a person does: type it, then Enter or Tab away (that saves it)."""
    edit.setTime(value)
    edit.editingFinished.emit()

def settings_of(app):
    return app.settings_page


def test_bedtime_and_onset_apply_to_tonight(make_app) -> None:
    app = make_app()
    page = settings_of(app)
    finish(page.bedtime, QTime(23, 40))
    page.onset_known.setChecked(True)
    finish(page.onset, QTime(22, 10))
    assert app.evening.bedtime().strftime("%H:%M") == "23:40"
    assert app.evening.usual_onset().strftime("%H:%M") == "22:10"
    page.onset_known.setChecked(False)
    assert app.evening.usual_onset() is None
    assert not page.onset.isEnabled()


def test_quiet_hours_with_equal_ends_are_refused(make_app) -> None:
    app = make_app()
    page = settings_of(app)
    page.quiet_on.setChecked(True)
    assert app.prefs.quiet_hours() is not None
    before = app.prefs.quiet_hours()
    finish(page.quiet_end, page.quiet_start.time())
    assert not page.quiet_error.isHidden()
    assert "same time" in page.quiet_error.text()
    assert app.prefs.quiet_hours() == before
    finish(page.quiet_end, QTime(6, 30))
    assert page.quiet_error.isHidden()
    assert app.prefs.quiet_hours().end.strftime("%H:%M") == "06:30"


def test_theme_modes_switch_the_palette(make_app, qapp) -> None:
    app = make_app()
    app.theme.start()
    page = settings_of(app)
    page.theme.setCurrentIndex(page.theme.findData("night"))
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert window == QColor(night_colours()["window"])
    assert app.theme.night
    page.theme.setCurrentIndex(page.theme.findData("day"))
    assert not app.theme.night
    assert qapp.palette().color(QPalette.ColorRole.Window) != QColor(night_colours()["window"])


def test_auto_theme_turns_night_before_bed(make_app, qapp) -> None:
    app = make_app()
    zone = ZoneInfo("Europe/Berlin")
    clock = {"now": datetime(2026, 11, 21, 18, 0, tzinfo=zone)}
    app.now = lambda: clock["now"]
    app.theme._clock = app.now
    app.evening.set_times(bedtime=datetime(2026, 1, 1, 23, 0).time())
    app.prefs.set_night_lead_minutes(60)
    app.theme.start()
    assert not app.theme.night
    clock["now"] = clock["now"].replace(hour=22, minute=5)
    app.theme.refresh()
    assert app.theme.night


def test_text_size_scales_the_font(make_app, qapp) -> None:
    app = make_app()
    app.theme.start()
    before = qapp.font().pointSizeF()
    page = settings_of(app)
    page.text_size.setCurrentIndex(page.text_size.findData(1.5))
    assert abs(qapp.font().pointSizeF() - before * 1.5) < 0.6
    page.text_size.setCurrentIndex(page.text_size.findData(1.0))


def test_autostart_checkbox_writes_the_entry(make_app, data_paths) -> None:
    app = make_app()
    page = settings_of(app)
    entry = data_paths.root.parent / "config" / "autostart" / "rlsdesk.desktop"
    page.autostart.setChecked(True)
    assert entry.is_file()
    page.autostart.setChecked(False)
    assert not entry.exists()


def test_backup_now_then_restore(make_app, monkeypatch) -> None:
    app = make_app()
    page = settings_of(app)
    finish(page.bedtime, QTime(21, 15))
    page.backup_now()
    assert page.restore_button.isEnabled()
    finish(page.bedtime, QTime(23, 55))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.restore_chosen()
    assert app.evening.bedtime().strftime("%H:%M") == "21:15"
    assert page.bedtime.time() == QTime(21, 15)


def test_delete_all_needs_confirmation(make_app, monkeypatch, data_paths) -> None:
    app = make_app()
    page = settings_of(app)
    fired: list[bool] = []
    page.delete_all_confirmed.disconnect()  # the app's handler would really delete and quit
    page.delete_all_confirmed.connect(lambda: fired.append(True))

    def keep(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Keep my data").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep)
    page.confirm_delete_all()
    assert fired == []

    def delete(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Delete everything").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", delete)
    page.confirm_delete_all()
    assert fired == [True]


def test_about_lists_sources_and_the_medical_statement(make_app) -> None:
    app = make_app()
    page = app.window.page("about", AboutPage)  # the accessor checks the page's class
    sources = [page.sources.item(i).text() for i in range(page.sources.count())]
    assert any("Trenkwalder" in s for s in sources)
    assert any("NIH" in s for s in sources)
    assert not any(s.lower().startswith("your ") for s in sources)
    text = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "not medical advice" in text
    assert str(app.paths.root) in text


def test_delete_everything_removes_data_files(data_paths) -> None:
    from datetime import date

    from rlsdesk.services.data_care import DataCare
    from rlsdesk.store.store import open_store

    store = open_store(data_paths)
    store.backup_now(date(2026, 11, 20))
    DataCare(store, date.today).delete_everything()
    assert not data_paths.database.exists()
    assert not data_paths.backups.exists()


def test_in_between_values_of_a_time_being_typed_are_not_saved(make_app, qtbot) -> None:
    app = make_app()
    page = settings_of(app)
    saved: list[str] = []
    original = app.evening.set_times

    def recording(**kw):  # type: ignore[no-untyped-def]
        saved.append(kw["bedtime"].strftime("%H:%M"))
        original(**kw)

    app.evening.set_times = recording  # type: ignore[method-assign]
    for value in (QTime(2, 30), QTime(23, 30)):  # typing "23" over "22" passes 02:30
        page.bedtime.setTime(value)
    assert saved == []
    qtbot.waitUntil(lambda: saved == ["23:30"], timeout=4000)  # saved once the edit rests
    app.window.show()
    qtbot.addWidget(app.window)
    app.window.show_section("settings")
    page.bedtime.setTime(QTime(23, 45))
    app.window.show_section("diary")  # leaving the page saves what is pending
    assert saved == ["23:30", "23:45"]
    assert app.evening.bedtime().strftime("%H:%M") == "23:45"


def test_snooze_length_is_chosen_in_settings(make_app) -> None:
    app = make_app()
    page = settings_of(app)
    assert page.snooze.currentData() == 10
    assert [page.snooze.itemData(i) for i in range(page.snooze.count())] == [5, 10, 15, 20, 30]
    page.snooze.setCurrentIndex(page.snooze.findData(30))
    assert app.prefs.snooze_minutes() == 30


def test_quiet_hours_over_bedtime_warn_and_say_what_happens(qtbot, make_app) -> None:
    app = make_app()
    app.window.show()
    app.window.show_section("settings")
    page = settings_of(app)
    finish(page.bedtime, QTime(22, 45))
    page.quiet_on.setChecked(True)
    finish(page.quiet_start, QTime(1, 0))
    finish(page.quiet_end, QTime(7, 0))
    assert page.quiet_warning.isHidden(), "quiet hours after bed: nothing to say"
    plan = app.evening.plan()
    first = min(plan.steps, key=lambda s: s.at)
    start = QTime(first.at.hour, first.at.minute)
    finish(page.quiet_start, start)  # from the first reminder on, over bedtime
    assert app.prefs.quiet_hours().start.strftime("%H:%M") == start.toString("HH:mm"), \
        "a warning, not a refusal: saved"
    text = page.quiet_warning.text()
    assert not page.quiet_warning.isHidden() and not page.quiet_warning.is_problem()
    assert "cover your bedtime (22:45)" in text
    assert f"{first.title} at {start.toString('HH:mm')}" in text
    assert "will not be shown" in text and "Tonight page" in text

    def under_the_quiet_hours() -> bool:  # once the layout has placed the shown warning
        top = page.quiet_warning.mapTo(page, page.quiet_warning.rect().topLeft()).y()
        return top >= page.quiet_start.mapTo(page, page.quiet_start.rect().bottomLeft()).y()

    qtbot.waitUntil(under_the_quiet_hours, timeout=3000)
    page.quiet_on.setChecked(False)
    assert page.quiet_warning.isHidden()


def test_the_day_look_is_named_plainly_with_a_hint(make_app) -> None:
    app = make_app()
    page = settings_of(app)
    names = [page.theme.itemText(i) for i in range(page.theme.count())]
    assert "Never: follow the system" not in names
    page.theme.setCurrentIndex(page.theme.findData("day"))
    assert page.theme.currentText() == "Never the night look"
    assert "never switches to the dim night look" in page.theme_hint.text()
    assert not page.theme_hint.isHidden()


def test_each_result_appears_by_its_own_control(make_app, qtbot) -> None:
    app = make_app()
    page = settings_of(app)
    page.text_size.setCurrentIndex(1)
    assert page.look_note.fades() and "Look saved" in page.look_note.text()
    assert page.look_note.parentWidget() is page.text_size.parentWidget(), "in the Look box"
    page.backup_now()
    assert "Backup written" in page.data_note.text()
    assert page.data_note.parentWidget() is page.backup_button.parentWidget()
    assert not page.look_note.isHidden(), "each box keeps its own answer"


def test_start_at_login_keeps_the_data_folder_the_app_runs_on(qapp, data_paths, tmp_path,
                                                              monkeypatch) -> None:
    from rlsdesk.app import RlsDeskApp
    from rlsdesk.store.store import open_store

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    look = QPalette(qapp.palette()), qapp.font(), qapp.styleSheet()
    app = RlsDeskApp(qapp, data_paths, open_store(data_paths), tray_available=False)
    try:
        app.settings_page.autostart.setChecked(True)
        entry = (tmp_path / "xdg" / "autostart" / "rlsdesk.desktop").read_text()
        assert f"--data-dir {data_paths.root} --hidden" in entry
    finally:
        app.shutdown()
        app.store.close()
        qapp.setPalette(look[0])
        qapp.setFont(look[1])
        qapp.setStyleSheet(look[2])
