"""Every setting rlsdesk stores, declared once: its key, type, default and validation.

A :class:`Setting` turns the JSON value stored in the ``settings`` table into a typed value
(``parse``, raising :class:`ValidationError` with the key named) and back (``dump``). The
one way in and out is :class:`rlsdesk.services.settings.Settings`; no other module names a
key. ``internal`` settings are rlsdesk's own bookkeeping, never asked of the person.
``followed``: the window and the reminders follow a change to it (the app's one "data
changed" signal); bookkeeping written while a plan is made is not followed, or reading the
plan would announce a change and read it again.

Pure Python, no Qt, no SQL. The stored formats are the ones earlier versions wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any, Generic, TypeVar

from rlsdesk.domain.appearance import ThemeMode
from rlsdesk.domain.clock import format_clock, parse_clock
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.peak import DEFAULT_ONSET
from rlsdesk.domain.reminder_policy import DEFAULT_SNOOZE_MINUTES, SNOOZE_CHOICES, LongSit, Pause
from rlsdesk.domain.text_rules import check_text

__all__ = [
    "ALL_SETTINGS",
    "BEDTIME",
    "CHECKIN_DEFAULT",
    "CHECKIN_EARLIEST",
    "CHECKIN_LATEST",
    "CHECKIN_REMINDER",
    "CHECKIN_REMINDER_AT",
    "DEFAULT_BEDTIME",
    "DEFAULT_ONSET",
    "FIRST_RUN_DONE",
    "LANGUAGE",
    "LANGUAGES",
    "LONG_SIT",
    "LONG_SIT_OFFERED",
    "MEDICATION_PINNED",
    "NIGHT_LEAD_MINUTES",
    "ONSET_SOURCE",
    "ONSET_SOURCES",
    "PAUSE",
    "PAUSED_NIGHT",
    "PEAK_APPLIED",
    "QUIET_END",
    "QUIET_START",
    "REMINDER_STYLE",
    "REMINDER_STYLES",
    "REPORT_NAME",
    "REPORT_NAME_MAX",
    "ROUTINE_SEEDED",
    "SETTINGS_BY_KEY",
    "SLEEP_DIARY_OPEN",
    "SNOOZE_MINUTES",
    "TEXT_SCALE",
    "TEXT_SCALES",
    "THEME_MODE",
    "TOLD_STILL_IN_TRAY",
    "USUAL_ONSET",
    "AppliedPeak",
    "PinnedMedication",
    "Setting",
    "parse_checkin_time",
    "parse_report_name",
]

T = TypeVar("T")

DEFAULT_BEDTIME = time(22, 30)
# DEFAULT_ONSET (the typical evening's, from domain.peak) is first offered (first run,
# Settings) before the person says theirs.
TEXT_SCALES = (1.0, 1.15, 1.3, 1.5)
REMINDER_STYLES = ("notification", "tray")
#: Which symptom onset plans the evening when the person typed one: theirs ("typed", the
#: default) or the one their diary suggests ("diary"), once they choose to follow it.
ONSET_SOURCES = ("typed", "diary")
LANGUAGES = ("system", "en", "de")
CHECKIN_DEFAULT = time(8, 0)
#: The morning check-in reminder comes in the morning, before the night ends at 12:00.
CHECKIN_EARLIEST, CHECKIN_LATEST = time(4, 0), time(11, 59)
NIGHT_LEAD_RANGE = (0, 360)


@dataclass(frozen=True, eq=False)
class Setting(Generic[T]):
    """One stored setting. Compared and hashed by identity: each is declared once, below.

    ``parse`` reads the stored JSON value (never None: a stored null means "unset", which is
    ``default``) and raises :class:`ValidationError` naming ``key``; ``dump`` gives the JSON
    value to store (None for an optional setting that is unset)."""

    key: str
    default: T
    parse: Callable[[object], T]
    dump: Callable[[T], object]
    description: str
    internal: bool = False
    followed: bool = True

    @property
    def optional(self) -> bool:
        """Whether None is a value of it (unset), rather than a reason to refuse."""
        return self.default is None

    def read(self, stored: object) -> T:
        """The typed value of a stored JSON value; None (unset) is the default."""
        if stored is None:
            return self.default
        try:
            return self.parse(stored)
        except ValidationError as exc:
            raise ValidationError(self.key, stored, exc.problem, exc.code, **exc.params) from None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ValidationError(self.key, stored, f"cannot be read ({exc})",
                                  ProblemCode.WRONG_TYPE, expected=self.key) from None

    def write(self, value: T) -> object:
        """The JSON value to store for ``value``; raises ValidationError (naming the key) for
        a value this setting cannot hold, so nothing invalid is ever stored."""
        if value is None:
            if self.optional:
                return None
            raise ValidationError(self.key, value, "must be set", ProblemCode.REQUIRED)
        try:
            stored = self.dump(value)
        except ValidationError as exc:
            raise ValidationError(self.key, value, exc.problem, exc.code, **exc.params) from None
        except (ValueError, TypeError, KeyError, AttributeError):
            raise ValidationError(self.key, value, "is not a value this setting takes",
                                  ProblemCode.WRONG_TYPE, expected=self.key) from None
        self.read(stored)  # what is written must read back
        return stored


# --- parse and dump helpers ---------------------------------------------------------------
def _refused(problem: str, code: ProblemCode, **params: Any) -> ValidationError:
    """A parse helper's refusal: what is wrong. Setting.read and write name the key and the
    value stored or given, so the helper names neither."""
    return ValidationError("", None, problem, code, **params)


def _clock(value: object) -> time:
    if not isinstance(value, str):
        raise _refused("is not a time like 21:30", ProblemCode.NOT_A_TIME)
    return parse_clock(value)


def _dump_clock(value: time) -> str:
    if not isinstance(value, time):
        raise TypeError("not a time")
    return format_clock(value)


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise _refused("is not true or false", ProblemCode.WRONG_TYPE,
                              expected="true or false")
    return value


def _dump_flag(value: bool) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not true or false")
    return value


@dataclass(frozen=True, slots=True)
class _OneOf:
    """Reads one of ``choices``; ``words`` name them in the refusal ("typed or diary").
    (A class, not a closure: its check runs when a value is read, where a test sees it.)"""

    choices: tuple[str, ...]
    words: str

    def __call__(self, value: object) -> str:
        if value not in self.choices:
            raise _refused(f"is not {self.words}", ProblemCode.NOT_ONE_OF,
                                  choices=self.choices)
        assert isinstance(value, str)
        return value

def _same(value: T) -> T:
    return value


def _theme(value: object) -> ThemeMode:
    if isinstance(value, str):
        try:
            return ThemeMode(value)
        except ValueError:
            pass
    raise _refused("is not auto, night or day", ProblemCode.NOT_ONE_OF,
                          choices=tuple(ThemeMode))


def _dump_theme(value: ThemeMode | str) -> str:
    return ThemeMode(value).value


def _lead(value: object) -> int:
    low, high = NIGHT_LEAD_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _refused(f"is outside {low}-{high} min", ProblemCode.OUT_OF_RANGE,
                              min=low, max=high, unit="min")
    return value


def _snooze(value: object) -> int:
    if type(value) is not int or value not in SNOOZE_CHOICES:
        raise _refused("is not 5, 10, 15, 20 or 30 min", ProblemCode.NOT_ONE_OF,
                              choices=tuple(str(m) for m in SNOOZE_CHOICES))
    return value


def _scale(value: object) -> float:
    if isinstance(value, bool) or value not in TEXT_SCALES:
        raise _refused("is not one of the offered sizes", ProblemCode.NOT_ONE_OF,
                              choices=tuple(str(scale) for scale in TEXT_SCALES))
    return float(value)


REPORT_NAME_MAX = 80


def parse_report_name(value: object) -> str:
    """The name for the report's header: one line, up to 80 characters, surrounding spaces
    dropped; empty means none."""
    text = check_text(value, "report_name", multiline=False).strip()
    if len(text) > REPORT_NAME_MAX:
        raise ValidationError("", text, f"is longer than {REPORT_NAME_MAX} characters",
                              ProblemCode.TOO_LONG, max=REPORT_NAME_MAX)
    return text


def _night(value: object) -> date:
    if not isinstance(value, str):
        raise _refused("is not a date like 2026-03-14", ProblemCode.NOT_A_DATE)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _refused("is not a date like 2026-03-14",
                              ProblemCode.NOT_A_DATE) from None


def _dump_night(value: date) -> str:
    if not isinstance(value, date):
        raise TypeError("not a date")
    return value.isoformat()


def parse_checkin_time(value: object) -> time:
    """A morning check-in reminder time, 04:00-11:59 (raises ValidationError)."""
    problem = "is not a morning time like 08:00 (04:00-11:59, before the night ends at 12:00)"
    try:
        clock = parse_clock(value, "checkin_reminder")
    except ValidationError:
        raise ValidationError("checkin_reminder", value, problem, ProblemCode.NOT_MORNING) from None
    if not CHECKIN_EARLIEST <= clock <= CHECKIN_LATEST:
        raise ValidationError("checkin_reminder", value, problem, ProblemCode.NOT_MORNING)
    return clock


def _checkin_at(value: object) -> time:
    if not isinstance(value, str):
        raise _refused("is not a time like 08:00", ProblemCode.NOT_A_TIME)
    return parse_checkin_time(value)


def _long_sit(value: object) -> LongSit:
    sit = LongSit.from_json(value)
    if sit is None:
        raise _refused("is not a long sit (start, until, every)",
                              ProblemCode.WRONG_TYPE, expected="long sit")
    return sit


def _dump_long_sit(value: LongSit) -> dict[str, Any]:
    return value.to_json()


def _pause(value: object) -> Pause:
    pause = Pause.from_json(value)
    if pause is None:
        raise _refused("is not a pause (until a time, or until resumed)",
                              ProblemCode.WRONG_TYPE, expected="pause")
    return pause


def _dump_pause(value: Pause) -> dict[str, Any]:
    if not isinstance(value, Pause):
        raise TypeError("not a pause")
    return value.to_json()


@dataclass(frozen=True, slots=True)
class AppliedPeak:
    """The usual onset a night's plan was made with, and the one before it (so the diary's
    estimate moves at most a little from night to night)."""

    night: date
    onset: time
    previous: time | None = None


def _applied_peak(value: object) -> AppliedPeak:
    if not isinstance(value, Mapping):
        raise _refused("is not a night with its onset",
                              ProblemCode.WRONG_TYPE, expected="night and onset")
    previous = value.get("previous")
    return AppliedPeak(_night(value["night"]), _clock(value["onset"]),
                       _clock(previous) if previous else None)


def _dump_applied_peak(value: AppliedPeak) -> dict[str, Any]:
    return {
        "night": value.night.isoformat(),
        "onset": format_clock(value.onset),
        "previous": format_clock(value.previous) if value.previous else None,
    }


@dataclass(frozen=True, slots=True)
class PinnedMedication:
    """A medication step once stored "before onset", kept at a clock time since then."""

    minutes: int  # how long before the onset it was
    clock: time  # the time it is kept at


def _pins(value: object) -> dict[int, PinnedMedication]:
    """``{"<step id>": {"minutes": M, "clock": "HH:MM"}}``; an entry that cannot be read is
    left out (the others are kept)."""
    if not isinstance(value, Mapping):
        raise _refused("is not a map of step ids",
                              ProblemCode.WRONG_TYPE, expected="map of step ids")
    out: dict[int, PinnedMedication] = {}
    for key, raw in value.items():
        try:
            out[int(key)] = PinnedMedication(int(raw["minutes"]), _clock(raw["clock"]))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def _dump_pins(value: Mapping[int, PinnedMedication]) -> dict[str, Any]:
    return {str(step_id): {"minutes": pin.minutes, "clock": format_clock(pin.clock)}
            for step_id, pin in value.items()}


# --- the settings -------------------------------------------------------------------------
BEDTIME: Setting[time] = Setting(
    "bedtime", DEFAULT_BEDTIME, _clock, _dump_clock, "Usual bedtime (HH:MM).")
USUAL_ONSET: Setting[time | None] = Setting(
    "usual_onset", None, _clock, _dump_clock,  # type: ignore[arg-type]
    "When symptoms usually start, as the person typed it; unset: learned from the diary.")
ONSET_SOURCE: Setting[str] = Setting(
    "onset_source", "typed", _OneOf(ONSET_SOURCES, "typed or diary"), _same,
    "Which usual onset plans the evening: the one typed or the diary's.")
THEME_MODE: Setting[ThemeMode] = Setting(
    "theme_mode", ThemeMode.AUTO, _theme, _dump_theme, "The look: auto, night or day.")
NIGHT_LEAD_MINUTES: Setting[int] = Setting(
    "night_lead_minutes", 120, _lead, _same,
    "How long before bedtime the auto look turns to night (0-360 min).")
TEXT_SCALE: Setting[float] = Setting(
    "text_scale", 1.0, _scale, _same, "Text size, one of the offered scales.")
LANGUAGE: Setting[str] = Setting(
    "language", "system", _OneOf(LANGUAGES, "one of " + ", ".join(LANGUAGES)), _same,
    "The window's language (system, en or de), from the next start.")
REMINDER_STYLE: Setting[str] = Setting(
    "reminder_style", "notification", _OneOf(REMINDER_STYLES, "notification or tray"), _same,
    "How reminders arrive: a desktop notification with buttons, or a tray message.")
QUIET_START: Setting[time | None] = Setting(
    "quiet_start", None, _clock, _dump_clock,  # type: ignore[arg-type]
    "Start of quiet hours (HH:MM); unset: no quiet hours.")
QUIET_END: Setting[time | None] = Setting(
    "quiet_end", None, _clock, _dump_clock,  # type: ignore[arg-type]
    "End of quiet hours (HH:MM); unset: no quiet hours.")
SNOOZE_MINUTES: Setting[int] = Setting(
    "snooze_minutes", DEFAULT_SNOOZE_MINUTES, _snooze, _snooze,
    "How long a reminder's Snooze waits (5, 10, 15, 20 or 30 min).")
CHECKIN_REMINDER: Setting[bool] = Setting(
    "checkin_reminder", False, _flag, _dump_flag,
    "Whether the morning check-in reminder is on.")
CHECKIN_REMINDER_AT: Setting[time] = Setting(
    "checkin_reminder_at", CHECKIN_DEFAULT, _checkin_at, _dump_clock,
    "When the morning check-in reminder comes (04:00-11:59), kept while it is off.")
REPORT_NAME: Setting[str] = Setting(
    "report_name", "", parse_report_name, parse_report_name,
    "A name for the clinician report's header (one line, up to 80 characters); empty: none.",
    followed=False)
PAUSED_NIGHT: Setting[date | None] = Setting(
    "paused_night", None, _night, _dump_night,  # type: ignore[arg-type]
    "The night (YYYY-MM-DD, 12:00 to 12:00) whose reminders are paused.", internal=True)
PAUSE: Setting[Pause | None] = Setting(
    "pause", None, _pause, _dump_pause,  # type: ignore[arg-type]
    "Reminders paused from the tray until a time, or until resumed.", internal=True)
LONG_SIT: Setting[LongSit | None] = Setting(
    "long_sit", None, _long_sit, _dump_long_sit,  # type: ignore[arg-type]
    "The long sit under way (prompts to move), if one is.", internal=True, followed=False)
LONG_SIT_OFFERED: Setting[date | None] = Setting(
    "long_sit_offered", None, _night, _dump_night,  # type: ignore[arg-type]
    "The night long sit was last offered on (once a night).", internal=True, followed=False)
PEAK_APPLIED: Setting[AppliedPeak | None] = Setting(
    "peak_applied", None, _applied_peak, _dump_applied_peak,  # type: ignore[arg-type]
    "The onset tonight's plan was made with (the diary's moves gradually from it).",
    internal=True, followed=False)
MEDICATION_PINNED: Setting[dict[int, PinnedMedication]] = Setting(
    "medication_pinned", {}, _pins, _dump_pins,
    "Medication steps once stored before onset, kept at a clock time, with a note.",
    internal=True, followed=False)
ROUTINE_SEEDED: Setting[bool] = Setting(
    "routine_seeded", False, _flag, _dump_flag,
    "Whether the default routine was given (once, on first use).",
    internal=True, followed=False)
FIRST_RUN_DONE: Setting[bool] = Setting(
    "first_run_done", False, _flag, _dump_flag,
    "Whether the first-run questions were answered or skipped.",
    internal=True, followed=False)
TOLD_STILL_IN_TRAY: Setting[bool] = Setting(
    "told_still_in_tray", False, _flag, _dump_flag,
    "Whether the person was told once that closing the window keeps rlsdesk in the tray.",
    internal=True, followed=False)
SLEEP_DIARY_OPEN: Setting[bool] = Setting(
    "sleep_diary_open", False, _flag, _dump_flag,
    "Whether the check-in's sleep-diary questions are shown unfolded (as last left).",
    internal=True, followed=False)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    BEDTIME, USUAL_ONSET, ONSET_SOURCE, THEME_MODE, NIGHT_LEAD_MINUTES, TEXT_SCALE, LANGUAGE,
    REMINDER_STYLE, QUIET_START, QUIET_END, SNOOZE_MINUTES, CHECKIN_REMINDER, CHECKIN_REMINDER_AT,
    PAUSED_NIGHT, PAUSE, LONG_SIT, LONG_SIT_OFFERED, PEAK_APPLIED, MEDICATION_PINNED,
    ROUTINE_SEEDED, FIRST_RUN_DONE, TOLD_STILL_IN_TRAY, SLEEP_DIARY_OPEN, REPORT_NAME,
)
SETTINGS_BY_KEY: dict[str, Setting[Any]] = {s.key: s for s in ALL_SETTINGS}
assert len(SETTINGS_BY_KEY) == len(ALL_SETTINGS), "a settings key is declared twice"
