"""Settings: evening times, reminders, look, start-up and the person's data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import TypeVar

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.desktop.autostart import Autostart
from rlsdesk.domain.appearance import ThemeMode
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.quiet_hours import QuietCover, quiet_cover
from rlsdesk.domain.reminder_policy import SNOOZE_CHOICES
from rlsdesk.domain.settings_schema import REPORT_NAME_MAX
from rlsdesk.services.data_care import DataCare
from rlsdesk.services.evening import Evening
from rlsdesk.services.preferences import (
    CHECKIN_EARLIEST,
    CHECKIN_LATEST,
    DEFAULT_ONSET,
    TEXT_SCALES,
    Preferences,
    QuietHours,
)
from rlsdesk.text.i18n import fill
from rlsdesk.text.timefmt import clock_display_format, format_clock
from rlsdesk.ui.calm import scrolling_body, set_muted
from rlsdesk.ui.data_dialogs import backup_label
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.flow import FlowLayout, whole_choices, wrapping_check
from rlsdesk.ui.inline_note import InlineNote

_TIME_EDIT_REST_MS = 1500


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


W = TypeVar("W", bound=QWidget)


def _form(box: QGroupBox) -> QFormLayout:
    """A form whose labels go above their fields when the page is too narrow for both."""
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def _named(widget: W, name: str, description: str = "") -> W:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


@guard_overrides
class SettingsPage(QWidget):
    settings_changed = Signal()       # times, reminders or look changed: replan and restyle
    data_restored = Signal()
    delete_all_confirmed = Signal()

    def __init__(self, evening: Evening, prefs: Preferences, autostart: Autostart,
                 data: DataCare, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evening, self._prefs, self._autostart, self._data = evening, prefs, autostart, data
        self._loading = False
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("pageHeading")

        # evening
        self.bedtime = _named(QTimeEdit(), self.tr("Usual bedtime"))
        self.onset_known = _named(
            QCheckBox(self.tr("I know when my legs usually start")),
            self.tr("Use my own usual onset"),
            self.tr("Otherwise rlsdesk uses a typical evening until it learns from your log"),
        )
        self.onset = _named(QTimeEdit(), self.tr("Usual symptom onset"))
        self.evening_note = InlineNote(self.tr("Evening times result"))
        evening_box = QGroupBox(self.tr("Your evening"))
        form = _form(evening_box)
        form.addRow(self.tr("Bedtime"), self.bedtime)
        form.addRow(wrapping_check(self.onset_known))
        form.addRow(self.tr("Legs usually start"), self.onset)
        form.addRow(self.evening_note)

        # reminders
        self.reminder_style = _named(QComboBox(), self.tr("Reminder style"))
        self.reminder_style.addItem(self.tr("Desktop notification with buttons"), "notification")
        self.reminder_style.addItem(self.tr("Message from the tray icon"), "tray")
        self.quiet_on = _named(QCheckBox(self.tr("Quiet hours")), self.tr("Quiet hours"),
                               self.tr("No reminders between these times"))
        self.quiet_start = _named(QTimeEdit(), self.tr("Quiet hours start"))
        self.quiet_end = _named(QTimeEdit(), self.tr("Quiet hours end"))
        self.quiet_error = InlineNote(self.tr("Problem with quiet hours"))
        # what quiet hours would silence tonight: a warning, never a refusal
        self.quiet_warning = InlineNote(self.tr("What quiet hours cover tonight"))
        self.quiet_warning.setObjectName("quietWarning")
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to")))
        quiet_row.addWidget(self.quiet_end)
        self.checkin_on = _named(
            QCheckBox(self.tr("Morning check-in reminder")),
            self.tr("Morning check-in reminder"),
            self.tr("Each morning, if last night has no check-in yet, a reminder that opens "
                    "the Diary's check-in"),
        )
        self.checkin_at = _named(QTimeEdit(), self.tr("Morning check-in reminder time"))
        self.checkin_at.setTimeRange(_qtime(CHECKIN_EARLIEST), _qtime(CHECKIN_LATEST))
        checkin_row = QHBoxLayout()
        checkin_row.addWidget(QLabel(self.tr("at")))
        checkin_row.addWidget(self.checkin_at)
        checkin_row.addStretch(1)
        self.snooze = _named(QComboBox(), self.tr("Snooze length"),
                             self.tr("How long a reminder's Snooze button waits"))
        for minutes in SNOOZE_CHOICES:
            self.snooze.addItem(self.tr("%1 min").replace("%1", str(minutes)), minutes)
        self.reminders_note = InlineNote(self.tr("Reminder settings result"))
        reminders_box = QGroupBox(self.tr("Reminders"))
        form = _form(reminders_box)
        form.addRow(self.tr("Style"), self.reminder_style)
        form.addRow(self.tr("Snooze"), self.snooze)
        form.addRow(self.quiet_on, quiet_row)
        form.addRow(self.quiet_error)
        form.addRow(self.quiet_warning)
        form.addRow(self.checkin_on, checkin_row)
        form.addRow(self.reminders_note)

        # look
        self.theme = _named(QComboBox(), self.tr("Theme"))
        # short choices; the hint under the box says what the chosen one does
        self.theme.addItem(self.tr("Automatic"), ThemeMode.AUTO.value)
        self.theme.addItem(self.tr("Always the night look"), ThemeMode.NIGHT.value)
        self.theme.addItem(self.tr("Never the night look"),
                           ThemeMode.DAY.value)
        self.theme_hint = QLabel()
        self.theme_hint.setObjectName("themeHint")
        self.theme_hint.setWordWrap(True)
        set_muted(self.theme_hint)
        self.theme.currentIndexChanged.connect(self._show_theme_hint)
        self.night_lead = _named(QSpinBox(), self.tr("Night look starts, minutes before bed"))
        self.night_lead.setRange(0, 360)
        self.night_lead.setSingleStep(15)
        self.night_lead.setSuffix(self.tr(" min before bed"))
        self.text_size = _named(QComboBox(), self.tr("Text size"))
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{round(scale * 100)} %", scale)
        self.language = _named(QComboBox(), self.tr("Language"),
                               self.tr("Takes effect the next time rlsdesk starts"))
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.look_note = InlineNote(self.tr("Look result"))
        look_box = QGroupBox(self.tr("Look"))
        form = _form(look_box)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow("", self.theme_hint)
        form.addRow(self.tr("Night look"), self.night_lead)
        form.addRow(self.tr("Text size"), self.text_size)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.look_note)

        # the clinician report
        self.report_name = _named(QLineEdit(), self.tr("Name on the report (optional)"),
                                  self.tr("Shown in the clinician report's header; leave "
                                          "empty for none"))
        self.report_name.setMaxLength(REPORT_NAME_MAX)
        self.report_note = InlineNote(self.tr("Report name result"))
        report_box = QGroupBox(self.tr("Clinician report"))
        form = _form(report_box)
        form.addRow(self.tr("Name on the report (optional)"), self.report_name)
        form.addRow(self.report_note)

        # start-up
        self.autostart = _named(QCheckBox(self.tr("Start rlsdesk in the tray when I log in")),
                                self.tr("Start at login"))
        self.startup_note = InlineNote(self.tr("Start-up result"))
        startup_box = QGroupBox(self.tr("Start-up"))
        startup_layout = QVBoxLayout(startup_box)
        startup_layout.addWidget(wrapping_check(self.autostart))
        startup_layout.addWidget(self.startup_note)

        # data
        self.backup_button = _named(QPushButton(self.tr("Back up now")), self.tr("Back up now"))
        self.backup_choice = _named(QComboBox(), self.tr("Backup to restore"))
        self.restore_button = _named(QPushButton(self.tr("Restore…")),
                                     self.tr("Restore the chosen backup"))
        self.delete_button = _named(QPushButton(self.tr("Delete all data…")),
                                    self.tr("Delete all data"),
                                    self.tr("Removes your diary, routine and backups"))
        self.data_note = InlineNote(self.tr("Backup result"))
        data_box = QGroupBox(self.tr("Your data"))
        data_layout = QVBoxLayout(data_box)
        row = FlowLayout()  # Restore goes under the choice when the page is narrow
        row.addWidget(self.backup_choice)
        row.addWidget(self.restore_button)
        for button in (self.backup_button, self.delete_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        data_layout.addWidget(self.backup_button)
        data_layout.addLayout(row)
        data_layout.addWidget(self.data_note)  # under Back up now and Restore
        data_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        # every choice shows whole: a form row too narrow for one puts it under its label
        for combo in (self.reminder_style, self.theme, self.language, self.backup_choice):
            whole_choices(combo)

        layout = QVBoxLayout(scrolling_body(self))
        layout.setContentsMargins(28, 28, 28, 28)
        layout.setSpacing(14)
        for widget in (heading, evening_box, reminders_box, look_box, report_box, startup_box,
                       data_box):
            layout.addWidget(widget)
        layout.addStretch(1)

        for edit in (self.bedtime, self.onset, self.quiet_start, self.quiet_end,
                     self.checkin_at):
            edit.setDisplayFormat(clock_display_format())
        self.load()
        # A time being typed or stepped passes through in-between values (22:30 -> 02:30 ->
        # 23:30) that would replan tonight: times save once the edit is finished or rests.
        self._pending: dict[Callable[[], None], None] = {}
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(_TIME_EDIT_REST_MS)
        self._rest.timeout.connect(self.save_pending)
        for edit, saver in ((self.bedtime, self._save_times), (self.onset, self._save_times),
                            (self.quiet_start, self._save_reminders),
                            (self.quiet_end, self._save_reminders),
                            (self.checkin_at, self._save_checkin)):
            edit.timeChanged.connect(lambda _t, saver=saver: self._save_later(saver))
            edit.editingFinished.connect(self.save_pending)
        self.onset_known.toggled.connect(self._save_times)
        self.reminder_style.currentIndexChanged.connect(self._save_reminders)
        self.quiet_on.toggled.connect(self._save_reminders)
        self.snooze.currentIndexChanged.connect(self._save_snooze)
        self.checkin_on.toggled.connect(self._save_checkin)
        self.theme.currentIndexChanged.connect(self._save_look)
        self.night_lead.valueChanged.connect(self._save_look)
        self.text_size.currentIndexChanged.connect(self._save_look)
        self.language.currentIndexChanged.connect(self._save_look)
        self.autostart.toggled.connect(self._save_autostart)
        self.report_name.editingFinished.connect(self._save_report_name)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.delete_button.clicked.connect(self.confirm_delete_all)

    # --- reading --------------------------------------------------------------------------
    def load(self) -> None:
        self._loading = True
        try:
            evening, prefs = self._evening, self._prefs
            self.bedtime.setTime(_qtime(evening.bedtime()))
            usual = evening.usual_onset()
            self.onset_known.setChecked(usual is not None)
            self.onset.setTime(_qtime(usual or DEFAULT_ONSET))
            self.onset.setEnabled(usual is not None)
            self.reminder_style.setCurrentIndex(
                self.reminder_style.findData(prefs.reminder_style()))
            self.snooze.setCurrentIndex(self.snooze.findData(prefs.snooze_minutes()))
            quiet = prefs.quiet_hours()
            self.quiet_on.setChecked(quiet is not None)
            self.quiet_start.setTime(_qtime(quiet.start if quiet else time(1, 0)))
            self.quiet_end.setTime(_qtime(quiet.end if quiet else time(7, 0)))
            self._enable_quiet(quiet is not None)
            checkin = prefs.checkin_reminder()
            self.checkin_on.setChecked(checkin is not None)
            self.checkin_at.setTime(_qtime(prefs.checkin_reminder_time()))
            self.checkin_at.setEnabled(checkin is not None)
            self.theme.setCurrentIndex(self.theme.findData(prefs.theme_mode().value))
            self.night_lead.setValue(prefs.night_lead_minutes())
            self.text_size.setCurrentIndex(self.text_size.findData(prefs.text_scale()))
            self.language.setCurrentIndex(self.language.findData(prefs.language()))
            self.autostart.setChecked(self._autostart.is_enabled())
            if not self.report_name.hasFocus():  # never under the person's typing
                self.report_name.setText(prefs.report_name())
            self._fill_backups()
        finally:
            self._loading = False
        self._show_theme_hint()
        self.show_quiet_cover()

    def follow_data(self) -> None:
        """The data changed (here or in another process): show the settings as stored,
        unless a time is being edited right now (it saves when the edit is finished)."""
        if not self._pending:
            self.load()

    def _fill_backups(self) -> None:
        self.backup_choice.clear()
        for backup in self._data.backups():
            self.backup_choice.addItem(backup_label(backup), backup)
        has = self.backup_choice.count() > 0
        self.restore_button.setEnabled(has)
        self.backup_choice.setEnabled(has)
        if not has:
            self.backup_choice.addItem(self.tr("No backups yet"))

    def _show_theme_hint(self) -> None:
        hints = {
            ThemeMode.AUTO.value: self.tr(
                "The night look is dim and warm, easier on tired eyes. It starts the chosen "
                "minutes before your bedtime and ends in the morning."),
            ThemeMode.NIGHT.value: self.tr("The dim, warm night look all day."),
            ThemeMode.DAY.value: self.tr(
                "rlsdesk never switches to the dim night look; it keeps your computer's own "
                "light or dark colours."),
        }
        self.theme_hint.setText(hints.get(self.theme.currentData(), ""))

    def quiet_cover_now(self) -> QuietCover:
        """What the quiet hours as shown would silence tonight."""
        on = self.quiet_on.isChecked()
        start, end = _time(self.quiet_start.time()), _time(self.quiet_end.time())
        quiet = QuietHours(start, end) if on and start != end else None
        plan = self._evening.plan()
        steps = [(step.title, step.at) for step in plan.steps]
        return quiet_cover(quiet, self._evening.zone, plan.bedtime, steps)

    def show_quiet_cover(self) -> None:
        """Warn (not refuse) when quiet hours cover bedtime or tonight's reminders."""
        cover = self.quiet_cover_now()
        if not cover.anything:
            self.quiet_warning.clear_note()
            return
        parts = []
        if cover.bedtime:
            parts.append(fill(self.tr("Quiet hours cover your bedtime (%1)."),
                              format_clock(self._evening.bedtime())))
        if cover.reminders:
            named = ", ".join(fill(self.tr("%1 at %2"), title, format_clock(at))
                              for title, at in cover.reminders)
            parts.append(fill(self.tr(
                "These reminders fall in them tonight and will not be shown: %1. They are "
                "marked skipped; the steps stay on the Tonight page."), named))
        else:
            parts.append(self.tr(
                "No reminder falls in them tonight, but a step placed at or after bedtime "
                "would not be shown."))
        parts.append(self.tr("To be reminded, let quiet hours start later."))
        self.quiet_warning.warn(" ".join(parts))

    def _enable_quiet(self, on: bool) -> None:
        self.quiet_start.setEnabled(on)
        self.quiet_end.setEnabled(on)

    # --- saving (each change applies at once; nothing invalid is stored) -------------------
    def _save_later(self, saver: Callable[[], None]) -> None:
        if not self._loading:
            self._pending[saver] = None
            self._rest.start()

    def save_pending(self) -> None:
        """Save time edits still waiting (an edit finished, the page hides)."""
        self._rest.stop()
        pending, self._pending = list(self._pending), {}
        for saver in pending:
            saver()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_pending()
        super().hideEvent(event)

    def _save_times(self) -> None:
        if self._loading:
            return
        known = self.onset_known.isChecked()
        self.onset.setEnabled(known)
        self._evening.set_times(
            bedtime=_time(self.bedtime.time()),
            usual_onset=_time(self.onset.time()) if known else None,
            clear_onset=not known,
        )
        self._saved(self.evening_note, self.tr("Evening times saved; tonight's plan is updated."))
        self.show_quiet_cover()

    def _save_reminders(self) -> None:
        if self._loading:
            return
        on = self.quiet_on.isChecked()
        self._enable_quiet(on)
        quiet = QuietHours(_time(self.quiet_start.time()), _time(self.quiet_end.time()))
        try:  # one write: the page hears it once, with both saved
            self._prefs.set_reminders(quiet if on else None, self.reminder_style.currentData())
        except ValidationError:
            self.quiet_error.problem(self.tr(
                "Quiet hours: the start and end are the same time. Choose a different end; "
                "nothing was saved."))
            self.quiet_warning.clear_note()
            return
        self.quiet_error.clear_note()
        self._saved(self.reminders_note, self.tr("Reminder settings saved."))
        self.show_quiet_cover()

    def _save_snooze(self) -> None:
        if self._loading:
            return
        minutes = int(self.snooze.currentData())
        self._prefs.set_snooze_minutes(minutes)
        self._saved(self.reminders_note,
                    self.tr("Snooze now waits %1 min.").replace("%1", str(minutes)))

    def _save_checkin(self) -> None:
        if self._loading:
            return
        on = self.checkin_on.isChecked()
        self.checkin_at.setEnabled(on)
        self._prefs.set_checkin_reminder(on, _time(self.checkin_at.time()))
        self._saved(
            self.reminders_note,
            self.tr("Morning check-in reminder on: {0}, when last night has no check-in yet.")
            .format(self.checkin_at.text()) if on
            else self.tr("Morning check-in reminder off."))

    def _save_look(self) -> None:
        if self._loading:
            return
        language_before = self._prefs.language()
        self._prefs.set_look(self.theme.currentData(), self.night_lead.value(),
                             self.text_size.currentData(), self.language.currentData())
        note = ""
        if language_before != self._prefs.language():
            note = " " + self.tr("The language changes the next time rlsdesk starts.")
        self._saved(self.look_note, self.tr("Look saved.") + note)

    def _save_report_name(self) -> None:
        if self._loading:
            return
        typed = self.report_name.text()
        if typed.strip() == self._prefs.report_name():
            return
        try:
            self._prefs.set_report_name(typed)
        except ValidationError:
            self.report_note.problem(fill(self.tr(
                "Name on the report: one line of up to %1 characters, without control or "
                "direction-changing characters. Nothing was saved."), REPORT_NAME_MAX))
            return
        self.report_name.setText(self._prefs.report_name())
        self._saved(self.report_note,
                    self.tr("The report shows this name.") if self._prefs.report_name()
                    else self.tr("The report shows no name."))

    def _save_autostart(self, enabled: bool) -> None:
        if self._loading:
            return
        try:
            self._autostart.set_enabled(enabled)
        except OSError as exc:
            self.startup_note.problem(
                self.tr("Could not change start at login: {0}").format(exc))
            return
        self.startup_note.confirm(
            self.tr("rlsdesk will start in the tray when you log in.") if enabled
            else self.tr("rlsdesk will not start at login."))

    def _saved(self, note: InlineNote, message: str) -> None:
        note.confirm(message)
        self.settings_changed.emit()

    # --- data -----------------------------------------------------------------------------
    def backup_now(self) -> None:
        try:
            made = self._data.backup_now()
        except OSError as exc:
            self.data_note.problem(self.tr("The backup failed: {0}").format(exc))
            return
        self._fill_backups()
        self.data_note.confirm(self.tr("Backup written: {0}").format(made.path.name))

    def restore_chosen(self) -> None:
        backup = self.backup_choice.currentData()
        if backup is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup?"),
            self.tr("Replace your current data with the backup from {0}? Your current data "
                    "is kept beside the backups first.").format(self.backup_choice.currentText()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            kept = self._data.restore(backup)
        except (OSError, ValueError) as exc:
            self.data_note.problem(
                self.tr("The backup could not be restored: {0}").format(exc))
            return
        self.load()
        self.data_note.confirm(self.tr("Restored. Your previous data was kept as {0}.").format(
            kept.name))
        self.data_restored.emit()

    def confirm_delete_all(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete all data?"))
        box.setText(self.tr("Delete your whole diary, routine, settings and backups?"))
        box.setInformativeText(self.tr(
            "This cannot be undone. rlsdesk will close afterwards. Consider exporting your "
            "diary first."))
        delete = box.addButton(self.tr("Delete everything"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep my data"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is delete:
            self.delete_all_confirmed.emit()
