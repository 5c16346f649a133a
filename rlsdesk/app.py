"""Composition root: builds the store, the window, the tray and wires them together."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cached_property
from time import monotonic
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from rlsdesk import APP_ID, __version__
from rlsdesk.domain.appearance import ThemeMode
from rlsdesk.domain.settings_schema import (
    BEDTIME,
    DEFAULT_BEDTIME,
    DEFAULT_ONSET,
    FIRST_RUN_DONE,
    SETTINGS_BY_KEY,
    TOLD_STILL_IN_TRAY,
    USUAL_ONSET,
)
from rlsdesk.services.preferences import Preferences
from rlsdesk.services.settings import Settings
from rlsdesk.store.store import Store, open_store
from rlsdesk.system.errors import UserError
from rlsdesk.system.paths import DataPaths
from rlsdesk.system.zone import local_zone
from rlsdesk.text.i18n import fill, install_translator, translate, ui_language
from rlsdesk.text.timefmt import format_clock, format_date
from rlsdesk.ui import data_dialogs, field_manners
from rlsdesk.ui.data_watch import DataWatch
from rlsdesk.ui.errors import ErrorReporter
from rlsdesk.ui.first_paint import AfterFirstPaint
from rlsdesk.ui.icons import app_icon, due_icon, paused_icon
from rlsdesk.ui.instance import SingleInstance
from rlsdesk.ui.main_window import MainWindow, Section
from rlsdesk.ui.theme import ThemeController
from rlsdesk.ui.tray import Tray

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from rlsdesk.desktop.autostart import Autostart
    from rlsdesk.reminders.service import ReminderService
    from rlsdesk.services.diary import DiaryService
    from rlsdesk.services.evening import Evening
    from rlsdesk.ui.first_run import FirstRunAnswers
    from rlsdesk.ui.pages.diary_page import DiaryPage
    from rlsdesk.ui.pages.insights_page import InsightsPage
    from rlsdesk.ui.pages.routine_page import RoutinePage
    from rlsdesk.ui.pages.settings_page import SettingsPage
    from rlsdesk.ui.pages.tonight_page import TonightPage
    from rlsdesk.ui.tray_menu import ReminderTrayMenu

log = logging.getLogger(__name__)

_BACKUP_CHECK_MS = 60 * 60 * 1000
_WAIT_FOR_FIRST_S = 12.0
_SETTLE_AT_THE_LATEST_MS = 3000  # normally the first paint comes within a fraction of that


class RlsDeskApp:
    """Everything the running GUI is made of, and how the parts talk."""

    def __init__(
        self, qapp: QApplication, paths: DataPaths, store: Store,
        *, tray_available: bool | None = None, autostart: Autostart | None = None,
    ) -> None:
        self.qapp = qapp
        field_manners.install(qapp)  # the wheel scrolls pages; times type as four digits
        self.paths = paths
        self.store = store
        self.zone = local_zone()
        self.settings = Settings(store.settings)
        self.prefs = Preferences(self.settings)
        # The look first, so every page is built in the palette it will be shown in.
        self.theme = ThemeController(qapp, self.now, self._look_settings)
        self.theme.refresh(force=True)
        self._autostart = autostart
        self._early_marks: dict[int, str] = {}
        self.reminders: ReminderService | None = None  # started once the window shows
        self.reminder_menu: ReminderTrayMenu | None = None
        self._settled = False
        self._settle_work: list[Callable[[], None]] = []
        # Every page is built when first needed; Tonight on the turn after the window
        # shows, so the window itself appears as soon as Qt can draw it.
        self.window = MainWindow(self._sections(), app_icon(), build_current_on_show=True)
        self.tray: Tray | None = None
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        if tray_available:
            self.tray = Tray(app_icon(), paused_icon(), due_icon)
            self.tray.open_requested.connect(self.window.bring_forward)
            self.tray.quick_log_requested.connect(self.quick_log)
            self.tray.pause_toggled.connect(self.set_paused_tonight)
            self.tray.quit_requested.connect(self.quit)
            from rlsdesk.ui.trigger_menu import TriggerTrayMenu

            self.trigger_menu = TriggerTrayMenu(self.tray, lambda: self.diary)
        self.window.close_requested.connect(self.on_window_close)
        self._settle_timer = QTimer()
        self._settle_timer.setSingleShot(True)
        self._settle_timer.timeout.connect(self._settle)
        self._backup_timer = QTimer()
        self._backup_timer.setInterval(_BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.backup_if_due)
        # The one "data changed" signal. The reminders replan first (connected before any
        # page), so every page then reads the very plan the reminders follow.
        self.data = DataWatch(store.data_version, database=paths.database)
        self.data.changed.connect(self._follow_data)
        self.data.follow_visibility(self.window)
        if self.tray is not None:
            self.trigger_menu.changed.connect(self.data.announce)
        # A setting written here (any page, the tray, the reminders) is announced the same way.
        self._stop_hearing_settings = self.settings.subscribe(self._on_settings_written)

    def _sections(self) -> list[Section]:
        # Each page is built when first opened, which keeps its imports and widgets off the
        # path to the first window.
        return [
            Section("tonight", translate("RlsDeskApp", "Tonight"), self._build_tonight_page),
            Section("routine", translate("RlsDeskApp", "Routine"), self._build_routine_page),
            Section("diary", translate("RlsDeskApp", "Diary"), self._build_diary_page),
            Section("insights", translate("RlsDeskApp", "Insights"), self._build_insights_page),
            Section("settings", translate("RlsDeskApp", "Settings"), self._build_settings_page),
            Section("about", translate("RlsDeskApp", "About"), lambda: _about_page(self.paths)),
        ]

    @cached_property
    def evening(self) -> Evening:
        from rlsdesk.services.evening import Evening

        evening = Evening(self.store, lambda: self.zone, self.now, language=ui_language())
        evening.ensure_routine()
        return evening

    def _build_tonight_page(self) -> QWidget:
        from rlsdesk.ui.pages.tonight_page import TonightPage

        page = TonightPage(self.evening, state_for=self.step_state,
                           snoozed_until_for=self.snoozed_until)
        page.done_requested.connect(lambda step_id: self.mark(step_id, "done"))
        page.skip_requested.connect(lambda step_id: self.mark(step_id, "skipped"))
        page.start_requested.connect(self.start_timer)
        page.snooze_requested.connect(self.snooze)
        self.data.changed.connect(page.follow_data)
        return page

    @property
    def tonight_page(self) -> TonightPage:
        from rlsdesk.ui.pages.tonight_page import TonightPage

        return self.window.page("tonight", TonightPage)

    def refresh_tonight(self, *, states_only: bool = False) -> None:
        """Bring Tonight up to date, if it has been built (it builds itself up to date)."""
        if "tonight" in self._built_pages():
            page = self.tonight_page
            page.update_states() if states_only else page.refresh()

    def _build_routine_page(self) -> QWidget:
        from rlsdesk.ui.pages.routine_page import RoutinePage

        page = RoutinePage(self.evening)
        page.routine_changed.connect(self.on_routine_changed)
        self.data.changed.connect(page.follow_data)
        return page

    def _build_diary_page(self) -> QWidget:
        from rlsdesk.ui.pages.diary_page import DiaryPage

        page = DiaryPage(self.diary)
        page.changed.connect(self.on_diary_changed)
        self.data.changed.connect(page.follow_data)
        return page

    def _build_insights_page(self) -> QWidget:
        from rlsdesk.ui.pages.insights_page import InsightsPage

        page = InsightsPage(self.diary)
        page.changed.connect(self.data.announce)  # a lab result or planned blood test
        self.data.changed.connect(page.follow_data)
        return page

    def _build_settings_page(self) -> QWidget:
        from rlsdesk.desktop.autostart import for_this_platform
        from rlsdesk.services.data_care import DataCare
        from rlsdesk.ui.pages.settings_page import SettingsPage

        page = SettingsPage(
            self.evening, self.prefs, self._autostart or for_this_platform(self.paths.root),
            DataCare(self.store, lambda: self.now().date()),
        )
        page.data_restored.connect(self.on_settings_changed)
        page.delete_all_confirmed.connect(self.delete_all_data)
        self.data.changed.connect(page.follow_data)
        return page

    # Each page's module is imported where the page is first needed, as in its builder.
    @property
    def routine_page(self) -> RoutinePage:
        from rlsdesk.ui.pages.routine_page import RoutinePage

        return self.window.page("routine", RoutinePage)

    @property
    def diary_page(self) -> DiaryPage:
        from rlsdesk.ui.pages.diary_page import DiaryPage

        return self.window.page("diary", DiaryPage)

    @property
    def insights_page(self) -> InsightsPage:
        from rlsdesk.ui.pages.insights_page import InsightsPage

        return self.window.page("insights", InsightsPage)

    @property
    def settings_page(self) -> SettingsPage:
        from rlsdesk.ui.pages.settings_page import SettingsPage

        return self.window.page("settings", SettingsPage)

    @cached_property
    def diary(self) -> DiaryService:
        from rlsdesk.services.diary import DiaryService

        return DiaryService(self.evening)

    # --- tonight's steps ------------------------------------------------------------------
    def step_state(self, step_id: int | None) -> str | None:
        if step_id is None:
            return None
        if self.reminders is not None:
            return self.reminders.state_for(step_id)
        return self._early_marks.get(step_id)

    def snoozed_until(self, step_id: int | None) -> datetime | None:
        if step_id is None or self.reminders is None:
            return None
        entry = self.reminders.entries().get(step_id)
        return entry.snoozed_until if entry is not None else None

    def snooze(self, step_id: int, minutes: int) -> None:
        if self.reminders is not None:
            self.reminders.snooze(step_id, minutes)
        self.refresh_tonight(states_only=True)

    def mark(self, step_id: int, state: str) -> None:
        """Done or skipped, from the window or a guided timer: the reminder ledger records it."""
        if self.reminders is not None:
            (self.reminders.mark_done if state == "done" else self.reminders.skip)(step_id)
        else:
            self._early_marks[step_id] = state  # only before the ledger's service has started
        self.refresh_tonight(states_only=True)

    def start_timer(self, step_id: int) -> None:
        from rlsdesk.ui.timers import timer_for_step

        step = self.evening.step(step_id)
        timer = timer_for_step(step, self.evening.guidance, self.window) if step else None
        if timer is not None:
            from rlsdesk.ui.focus import return_focus_after

            timer.finished.connect(lambda done_id: self.mark(done_id, "done"))
            return_focus_after(timer, lambda: self.tonight_page.focus_target(step_id))
            timer.show()

    def open_step(self, step_id: int) -> None:
        """A reminder was activated: show tonight and the step's guided timer if it has one."""
        self.show_page("tonight")
        self.start_timer(step_id)

    def open_checkin(self, night: date) -> None:
        """The morning check-in reminder was answered: the Diary, on that night's check-in."""
        self.show_page("diary")
        self.diary_page.open_check_in(night)

    def on_routine_changed(self) -> None:
        self.data.announce()

    def on_diary_changed(self) -> None:
        # the planner learns from what was logged; a new check-in settles the morning
        # check-in reminder; Insights reads the diary again
        self.data.announce()

    def _follow_data(self) -> None:
        """The data changed (here or in another process): what is not a page follows
        (reminders, the look, the tray); the pages follow the same signal themselves."""
        if self.reminders is not None:
            self.reminders.replan()
        self.theme.refresh()
        if self.tray is not None:
            self.tray.set_paused(self.reminders_paused(), self.paused_tonight())

    def _built_pages(self) -> set[str]:
        return self.window.built_sections()

    def _look_settings(self) -> tuple[ThemeMode, time, int, float]:
        prefs = self.prefs
        return (prefs.theme_mode(), prefs.bedtime(), prefs.night_lead_minutes(),
                prefs.text_scale())

    # --- start-up -------------------------------------------------------------------------
    def start(self, start_hidden: bool) -> None:
        self.when_settled(self.theme.start_watching)
        if self.tray is not None:
            self.tray.set_paused(self.reminders_paused(), self.paused_tonight())
            self.tray.show()
        showing = not start_hidden or self.tray is None
        if showing:  # the scheduler's imports wait for the first page's first paint
            self.window.first_page_ready.connect(self._settle_after_painting)
            self.window.show()
        # Either way, and whatever dialog runs its own event loop first: settle in time.
        self._settle_timer.start(_SETTLE_AT_THE_LATEST_MS if showing else 0)
        if self.store.moved_aside is not None:
            self._report_unreadable()
        if not self.settings.get(FIRST_RUN_DONE):
            QTimer.singleShot(0, self.run_first_run)
        QTimer.singleShot(2000, self.backup_if_due)
        self._backup_timer.start()
        self.data.start()

    def when_settled(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window is up (or at once, if that has happened)."""
        if self._settled:
            work()
        else:
            self._settle_work.append(work)

    def _settle_after_painting(self, page: QWidget) -> None:
        self._after_paint = AfterFirstPaint(page, self._settle)

    def _settle(self) -> None:
        """The deferred start-up work, once; one failing part does not stop the others."""
        if self._settled:
            return
        if os.environ.get("RLSDESK_TRACE_STARTUP"):  # bench/startup.py reads this line
            print(f"rlsdesk: settled at monotonic {monotonic():.4f}", file=sys.stderr,
                  flush=True)
        self._settled = True
        for work in [self.start_reminders, *self._settle_work]:
            try:
                work()
            except Exception:
                log.exception("start-up work %s failed", getattr(work, "__qualname__", work))
        self._settle_work.clear()

    def _report_unreadable(self) -> None:
        latest = self.store.latest_backup()
        assert self.store.moved_aside is not None
        wants = data_dialogs.ask_restore_after_unreadable(
            self.window, self.store.problem or "unknown", self.store.moved_aside, latest
        )
        if wants and latest is not None:
            try:
                self.store.restore(latest)
            except (OSError, ValueError):
                log.exception("restore failed")
                data_dialogs.tell(
                    self.window, translate("RlsDeskApp", "Restore failed"),
                    fill(translate("RlsDeskApp", "The backup from %1 could not be restored. "
                                   "Details are in %2."),
                         format_date(latest.day, "dddd dd MMMM yyyy"), self.paths.log_file),
                    warning=True,
                )

    def run_first_run(self) -> None:
        from rlsdesk.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(DEFAULT_BEDTIME, DEFAULT_ONSET, self.window)
        self.apply_first_run(dialog.answers() if dialog.exec() else None)

    def apply_first_run(self, answers: FirstRunAnswers | None) -> None:
        """Skipping keeps the defaults; either way the questions are not asked again."""
        values: dict[Any, object] = {FIRST_RUN_DONE: True}
        if answers is not None:
            values[BEDTIME] = answers.bedtime
            values[USUAL_ONSET] = answers.usual_onset
        self.settings.set_many(values)

    # --- actions --------------------------------------------------------------------------
    def now(self) -> datetime:
        return datetime.now(self.zone)

    def quick_log(self) -> None:
        at = self.evening.log_onset(source="quick")
        self.data.announce()  # the evening pattern, Diary and Insights learn from it
        message = fill(translate("RlsDeskApp", "Noted: legs acting up at %1."), format_clock(at))
        if self.tray is not None:  # the answer where it was asked: at the tray
            self.tray.say("rlsdesk", message, 4000)

    def start_reminders(self) -> None:
        """Called once, after the first page has painted (or at once when starting hidden)."""
        self.reminders = self._build_reminders()
        early, self._early_marks = self._early_marks, {}
        for step_id, state in early.items():  # pressed before the ledger was there
            self.mark(step_id, state)

    def _build_reminders(self) -> ReminderService:
        """Pick the notifier, build the service, hook it to the tray and window, start it."""
        # Imported here, not at the top: the reminders load after the first paint.
        from rlsdesk.notify.base import Notifier
        from rlsdesk.notify.select import choose_notifier
        from rlsdesk.notify.tray import TrayNotifier
        from rlsdesk.reminders.service import ReminderService

        tray_icon = self.tray.icon if self.tray is not None else None
        notifier: Notifier
        if tray_icon is not None and self.prefs.reminder_style() == "tray":
            notifier = TrayNotifier(tray_icon)
        else:
            notifier = choose_notifier(tray_icon)

        def apply_zone(zone: ZoneInfo) -> None:
            self.zone = zone

        from rlsdesk.notify.desktop_state import desktop_watch

        service = ReminderService(self.evening, notifier, zone_probe=local_zone,
                                  apply_zone=apply_zone, desktop=desktop_watch(parent=self.qapp),
                                  parent=self.qapp)
        service.open_requested.connect(self.open_step)
        service.checkin_requested.connect(self.open_checkin)
        service.changed.connect(lambda: self.refresh_tonight(states_only=True))
        if self.tray is not None:
            from rlsdesk.ui.tray_menu import ReminderTrayMenu

            tray = self.tray
            service.changed.connect(
                lambda: tray.set_paused(self.reminders_paused(), self.paused_tonight()))
            service.changed.connect(lambda: tray.set_due(service.outstanding() is not None))
            if isinstance(notifier, TrayNotifier):
                tray.own_message_shown.connect(notifier.forget_last)
            self.reminder_menu = ReminderTrayMenu(tray, service)
        service.start()
        return service

    def tonight_key(self) -> str:
        """Tonight's night (12:00 to 12:00, not the calendar day: a pause holds past midnight)."""
        from rlsdesk.domain.peak import night_of

        return night_of(self.now(), self.zone).isoformat()

    def paused_tonight(self) -> bool:
        paused = self.prefs.paused_night()
        return paused is not None and paused.isoformat() == self.tonight_key()

    def reminders_paused(self) -> bool:
        """Tonight, for a while or until resumed: the tray icon shows the paused state."""
        if self.reminders is not None:
            return self.reminders.is_paused()
        return self.paused_tonight()

    def set_paused_tonight(self, paused: bool) -> None:
        night = date.fromisoformat(self.tonight_key())
        self.prefs.set_paused_night(night if paused else None)  # heard: the app follows

    def backup_if_due(self) -> None:
        self.store.backup_if_due(self.now().date())

    def on_window_close(self) -> None:
        if self.tray is not None:
            self.window.hide()
            if not self.settings.get(TOLD_STILL_IN_TRAY):
                self.tray.say(
                    translate("RlsDeskApp", "rlsdesk is still running"),
                    translate("RlsDeskApp", "Reminders keep coming from the tray. Choose Quit "
                              "in its menu to stop."),
                    6000,
                )
                self.settings.set(TOLD_STILL_IN_TRAY, True)
            return
        data_dialogs.tell(
            self.window, translate("RlsDeskApp", "rlsdesk will close"),
            translate("RlsDeskApp", "No system tray was found on this desktop, so rlsdesk "
                      "cannot keep running in the background. It will close now, and reminders "
                      "stop until you open it again."),
        )
        self.quit()

    def show_page(self, key: str = "") -> None:
        """Bring the window forward, on ``key``'s page if there is one (a later launch may
        ask for any word over the instance socket)."""
        if key in self.window.section_keys():
            self.window.show_section(key)
        elif key:
            log.info("asked to show an unknown page %r; showing the window as it is", key)
        self.window.bring_forward()

    def on_settings_changed(self) -> None:
        self.data.announce()

    def _on_settings_written(self, keys: frozenset[str]) -> None:
        """The one bridge from the settings to the "data changed" signal: the window and the
        reminders follow a setting the person (or the tray) changed; rlsdesk's own
        bookkeeping, written while a plan is made, is not announced."""
        if any(SETTINGS_BY_KEY[key].followed for key in keys if key in SETTINGS_BY_KEY):
            self.data.announce()

    def delete_all_data(self) -> None:
        from rlsdesk.services.data_care import DataCare

        DataCare(self.store, lambda: self.now().date()).delete_everything()
        data_dialogs.tell(
            self.window, "rlsdesk",
            translate("RlsDeskApp", "All your rlsdesk data was deleted. rlsdesk will close now."),
        )
        self.quit()

    def shutdown(self) -> None:
        """Stop everything that runs by itself (timers, reminders, the tray); the store stays
        open for whoever closes it."""
        self._settled = True  # deferred start-up work that has not run yet never will
        self._settle_timer.stop()
        self._backup_timer.stop()
        self.data.stop()
        self._stop_hearing_settings()
        self.theme.stop_watching()
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders = None
        if self.tray is not None:
            self.tray.hide()
        self.window.close_for_real()

    def quit(self) -> None:
        self.shutdown()
        self.qapp.quit()


def _qapp() -> QApplication:
    # Fusion draws the night palette faithfully on every platform. Asked for on the command
    # line, since setStyle() would hand back a QStyle and build its many enums on the way.
    existing = QApplication.instance()
    qapp = existing or QApplication([*sys.argv[:1], "-style", "Fusion"])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("rlsdesk")
    qapp.setApplicationDisplayName("rlsdesk")
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName(APP_ID)
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setWindowIcon(app_icon())
    if existing is not None:
        qapp.setStyle("Fusion")
    return qapp


def tell_cannot_start(message: str) -> int:
    """The window's start cannot go on (the data folder cannot be used): say why, calmly."""
    _qapp()
    data_dialogs.tell(None, translate("RlsDeskApp", "rlsdesk cannot start"), message,
                      warning=True)
    return 2


def run_gui(paths: DataPaths, *, start_hidden: bool = False, page: str | None = None) -> int:
    from rlsdesk.system.faults import folder_fault

    qapp = _qapp()
    instance = SingleInstance(paths.root, paths.lock_file)
    # Another rlsdesk may own this data folder: ask it to come forward. It may be starting
    # (it answers once its window is up) or quitting (then the lock is soon free).
    give_up = monotonic() + _WAIT_FOR_FIRST_S
    while not instance.claim():
        # No owner: perhaps no lock file could be made (full disk, read-only, not ours).
        fault = folder_fault(paths.root) if instance.owner_pid() is None else None
        if fault is not None:
            print(f"rlsdesk: error: {fault}", file=sys.stderr)
            return tell_cannot_start(str(fault))
        if instance.ask_first_to_raise(page, timeout_ms=500):
            print("rlsdesk is already running; its window was brought forward.", file=sys.stderr)
            return 0
        if monotonic() > give_up:
            print(
                f"rlsdesk seems to be running already (pid {instance.owner_pid()}) but did not "
                "answer. If it is stuck, end it and start rlsdesk again.", file=sys.stderr,
            )
            return 1

    try:
        store = open_store(paths)
    except UserError as exc:  # StorageUnavailable too: nothing was moved or created
        instance.release()
        print(f"rlsdesk: error: {exc}", file=sys.stderr)
        return tell_cannot_start(str(exc))
    install_translator(qapp, Preferences(Settings(store.settings)).language())
    app: RlsDeskApp | None = None
    errors = ErrorReporter(paths.log_file, lambda: app.window if app is not None else None,
                           database=paths.database)
    errors.install()  # from here on an error is logged and told calmly, never fatal
    app = RlsDeskApp(qapp, paths, store)
    instance.raise_requested.connect(app.show_page)
    app.when_settled(instance.listen)
    app.start(start_hidden)
    if page:
        app.show_page(page)
    try:
        return qapp.exec()
    finally:
        errors.uninstall()
        instance.release()
        store.close()


def _about_page(paths: DataPaths) -> QWidget:
    from rlsdesk.ui.pages.about_page import AboutPage

    return AboutPage(paths.root)
