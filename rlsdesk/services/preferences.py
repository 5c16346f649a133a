"""Typed access to the person's preferences (stored as settings rows). No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from rlsdesk.domain.appearance import ThemeMode
from rlsdesk.domain.clock import format_clock, parse_clock
from rlsdesk.domain.errors import ValidationError
from rlsdesk.store.settings_repo import SettingsRepo

TEXT_SCALES = (1.0, 1.15, 1.3, 1.5)
DEFAULT_BEDTIME = time(22, 30)
CHECKIN_DEFAULT = time(8, 0)
#: The morning check-in reminder comes in the morning, before the night ends at 12:00.
CHECKIN_EARLIEST, CHECKIN_LATEST = time(4, 0), time(11, 59)
REMINDER_STYLES = ("notification", "tray")
#: Which symptom onset plans the evening when the person typed one: theirs ("typed", the
#: default) or the one their diary suggests ("diary"), once they choose to follow it.
ONSET_SOURCES = ("typed", "diary")
LANGUAGES = ("system", "en", "de")


def parse_checkin_time(value: object) -> time:
    """A morning check-in reminder time, 04:00-11:59 (raises ValidationError)."""
    problem = "is not a morning time like 08:00 (04:00-11:59, before the night ends at 12:00)"
    try:
        clock = parse_clock(value, "checkin_reminder")
    except ValidationError:
        raise ValidationError("checkin_reminder", value, problem) from None
    if not CHECKIN_EARLIEST <= clock <= CHECKIN_LATEST:
        raise ValidationError("checkin_reminder", value, problem)
    return clock


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time


class Preferences:
    def __init__(self, settings: SettingsRepo) -> None:
        self._settings = settings

    def bedtime(self) -> time:
        raw = self._settings.get("bedtime")
        return parse_clock(raw, "bedtime") if raw else DEFAULT_BEDTIME

    def onset_source(self) -> str:
        """"typed" (the default: the person's own words win) or "diary"."""
        value = self._settings.get("onset_source", "typed")
        return value if value in ONSET_SOURCES else "typed"

    def set_onset_source(self, source: str) -> None:
        if source not in ONSET_SOURCES:
            raise ValidationError("onset_source", source, "is not typed or diary")
        self._settings.set("onset_source", source)

    # --- look -----------------------------------------------------------------------------
    def theme_mode(self) -> ThemeMode:
        try:
            return ThemeMode(self._settings.get("theme_mode", ThemeMode.AUTO.value))
        except ValueError:
            return ThemeMode.AUTO

    def set_theme_mode(self, mode: ThemeMode | str) -> None:
        try:
            self._settings.set("theme_mode", ThemeMode(mode).value)
        except ValueError:
            raise ValidationError("theme", mode, "is not auto, night or day") from None

    def night_lead_minutes(self) -> int:
        value = self._settings.get("night_lead_minutes", 120)
        return value if isinstance(value, int) and 0 <= value <= 360 else 120

    def set_night_lead_minutes(self, minutes: int) -> None:
        if not isinstance(minutes, int) or not 0 <= minutes <= 360:
            raise ValidationError("night_lead_minutes", minutes, "is outside 0-360 min")
        self._settings.set("night_lead_minutes", minutes)

    def text_scale(self) -> float:
        value = self._settings.get("text_scale", 1.0)
        return value if value in TEXT_SCALES else 1.0

    def set_text_scale(self, scale: float) -> None:
        if scale not in TEXT_SCALES:
            raise ValidationError("text_scale", scale, "is not one of the offered sizes")
        self._settings.set("text_scale", scale)

    def language(self) -> str:
        value = self._settings.get("language", "system")
        return value if value in LANGUAGES else "system"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError("language", language, f"is not one of {', '.join(LANGUAGES)}")
        self._settings.set("language", language)

    # --- reminders ------------------------------------------------------------------------
    def reminder_style(self) -> str:
        value = self._settings.get("reminder_style", "notification")
        return value if value in REMINDER_STYLES else "notification"

    def set_reminder_style(self, style: str) -> None:
        if style not in REMINDER_STYLES:
            raise ValidationError("reminder_style", style, "is not notification or tray")
        self._settings.set("reminder_style", style)

    def quiet_hours(self) -> QuietHours | None:
        start, end = self._settings.get("quiet_start"), self._settings.get("quiet_end")
        if not start or not end:
            return None
        try:
            return QuietHours(parse_clock(start), parse_clock(end))
        except ValidationError:
            return None

    def set_quiet_hours(self, hours: QuietHours | None) -> None:
        if hours is None:
            self._settings.set_many({"quiet_start": None, "quiet_end": None})
            return
        if hours.start == hours.end:
            raise ValidationError("quiet_hours", format_clock(hours.start),
                                  "start and end must differ")
        self._settings.set_many(
            {"quiet_start": format_clock(hours.start), "quiet_end": format_clock(hours.end)}
        )

    def checkin_reminder(self) -> time | None:
        """When the morning check-in reminder comes, or None while it is off (the default)."""
        return self.checkin_reminder_time() if self._settings.get("checkin_reminder") else None

    def checkin_reminder_time(self) -> time:
        """The chosen time, kept while the reminder is off (default 08:00)."""
        try:
            return parse_checkin_time(self._settings.get("checkin_reminder_at") or "08:00")
        except ValidationError:
            return CHECKIN_DEFAULT

    def set_checkin_reminder(self, on: bool, at: time | str | None = None) -> None:
        """Switch the reminder on or off; ``at`` (04:00-11:59) changes its time."""
        values: dict[str, object] = {"checkin_reminder": bool(on)}
        if at is not None:
            values["checkin_reminder_at"] = format_clock(parse_checkin_time(at))
        self._settings.set_many(values)
