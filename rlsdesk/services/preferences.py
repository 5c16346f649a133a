"""The person's preferences: a typed view over :class:`rlsdesk.services.settings.Settings`
(each setting is declared in :mod:`rlsdesk.domain.settings_schema`). No Qt."""

from __future__ import annotations

from datetime import date, time

from rlsdesk.domain.appearance import ThemeMode
from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.quiet_hours import QuietHours, quiet_hours_from
from rlsdesk.domain.settings_schema import (
    BEDTIME,
    CHECKIN_DEFAULT,
    CHECKIN_EARLIEST,
    CHECKIN_LATEST,
    CHECKIN_REMINDER,
    CHECKIN_REMINDER_AT,
    DEFAULT_BEDTIME,
    DEFAULT_ONSET,
    LANGUAGE,
    LANGUAGES,
    NIGHT_LEAD_MINUTES,
    ONSET_SOURCE,
    ONSET_SOURCES,
    PAUSED_NIGHT,
    QUIET_END,
    QUIET_START,
    REMINDER_STYLE,
    REMINDER_STYLES,
    REPORT_NAME,
    SNOOZE_MINUTES,
    TEXT_SCALE,
    TEXT_SCALES,
    THEME_MODE,
    parse_checkin_time,
)
from rlsdesk.services.settings import Settings
from rlsdesk.store.settings_repo import SettingsRepo

__all__ = [
    "CHECKIN_DEFAULT", "CHECKIN_EARLIEST", "CHECKIN_LATEST", "DEFAULT_BEDTIME", "DEFAULT_ONSET",
    "LANGUAGES", "ONSET_SOURCES", "REMINDER_STYLES", "TEXT_SCALES", "Preferences", "QuietHours",
    "parse_checkin_time",
]


class Preferences:
    def __init__(self, settings: Settings | SettingsRepo) -> None:
        self.settings = settings if isinstance(settings, Settings) else Settings(settings)

    def bedtime(self) -> time:
        return self.settings.get(BEDTIME)

    def onset_source(self) -> str:
        """"typed" (the default: the person's own words win) or "diary"."""
        return self.settings.get(ONSET_SOURCE)

    def set_onset_source(self, source: str) -> None:
        self.settings.set(ONSET_SOURCE, source)

    # --- look -----------------------------------------------------------------------------
    def theme_mode(self) -> ThemeMode:
        return self.settings.get(THEME_MODE)

    def set_theme_mode(self, mode: ThemeMode | str) -> None:
        self.settings.set(THEME_MODE, ThemeMode(mode))  # a word is checked here

    def night_lead_minutes(self) -> int:
        return self.settings.get(NIGHT_LEAD_MINUTES)

    def set_night_lead_minutes(self, minutes: int) -> None:
        self.settings.set(NIGHT_LEAD_MINUTES, minutes)

    def text_scale(self) -> float:
        return self.settings.get(TEXT_SCALE)

    def set_text_scale(self, scale: float) -> None:
        self.settings.set(TEXT_SCALE, scale)

    def language(self) -> str:
        return self.settings.get(LANGUAGE)

    def set_language(self, language: str) -> None:
        self.settings.set(LANGUAGE, language)

    def set_look(self, mode: ThemeMode | str, night_lead_minutes: int, text_scale: float,
                 language: str) -> None:
        """The Settings page's look, in one write (all checked first)."""
        self.settings.set_many({THEME_MODE: mode, NIGHT_LEAD_MINUTES: night_lead_minutes,
                                TEXT_SCALE: text_scale, LANGUAGE: language})

    # --- reminders ------------------------------------------------------------------------
    def reminder_style(self) -> str:
        return self.settings.get(REMINDER_STYLE)

    def set_reminder_style(self, style: str) -> None:
        self.settings.set(REMINDER_STYLE, style)

    def quiet_hours(self) -> QuietHours | None:
        return quiet_hours_from(self.settings.get(QUIET_START), self.settings.get(QUIET_END))

    def set_quiet_hours(self, hours: QuietHours | None) -> None:
        self.set_reminders(hours)

    def set_reminders(self, quiet: QuietHours | None, style: str | None = None) -> None:
        """Quiet hours (None: none), and the reminder style if given, in one write."""
        if quiet is not None and quiet.start == quiet.end:
            raise ValidationError("quiet_hours", format_clock(quiet.start),
                                  "start and end must differ", ProblemCode.SAME_START_END)
        values: dict = {QUIET_START: quiet.start if quiet else None,
                        QUIET_END: quiet.end if quiet else None}
        if style is not None:
            values[REMINDER_STYLE] = style
        self.settings.set_many(values)

    def snooze_minutes(self) -> int:
        """How long a Snooze waits by default (5, 10, 15, 20 or 30 min; 10 unless chosen)."""
        return self.settings.get(SNOOZE_MINUTES)

    def set_snooze_minutes(self, minutes: int) -> None:
        self.settings.set(SNOOZE_MINUTES, minutes)

    def checkin_reminder(self) -> time | None:
        """When the morning check-in reminder comes, or None while it is off (the default)."""
        return self.checkin_reminder_time() if self.settings.get(CHECKIN_REMINDER) else None

    def checkin_reminder_time(self) -> time:
        """The chosen time, kept while the reminder is off (default 08:00)."""
        return self.settings.get(CHECKIN_REMINDER_AT)

    def set_checkin_reminder(self, on: bool, at: time | str | None = None) -> None:
        """Switch the reminder on or off; ``at`` (04:00-11:59) changes its time."""
        values: dict = {CHECKIN_REMINDER: bool(on)}
        if at is not None:
            values[CHECKIN_REMINDER_AT] = parse_checkin_time(at)
        self.settings.set_many(values)

    def report_name(self) -> str:
        """The name shown on the clinician report's header ("" : none, the default)."""
        return self.settings.get(REPORT_NAME)

    def set_report_name(self, name: str) -> None:
        """One line, up to 80 characters (ValidationError ``report_name``); "" clears it."""
        self.settings.set(REPORT_NAME, name)

    # --- tonight's pause (the tray) -------------------------------------------------------
    def paused_night(self) -> date | None:
        """The night whose reminders are paused, if any."""
        return self.settings.get(PAUSED_NIGHT)

    def set_paused_night(self, night: date | None) -> None:
        self.settings.set(PAUSED_NIGHT, night)
