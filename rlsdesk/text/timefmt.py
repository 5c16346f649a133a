"""Clock times in the person's locale: 12 or 24 hour as their system shows them; dates in its
words."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from rlsdesk.domain.tonight_view import shown_minute, shown_time


def uses_12_hour_clock(locale: QLocale | None = None) -> bool:
    fmt = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
    return "a" in fmt.lower()


def clock_display_format(locale: QLocale | None = None) -> str:
    return "h:mm AP" if uses_12_hour_clock(locale) else "HH:mm"


def format_clock(value: time | datetime, locale: QLocale | None = None) -> str:
    """The clock time as shown everywhere: at its nearest minute (one rounding rule, see
    :mod:`rlsdesk.domain.tonight_view`), so 21:29:40 reads 21:30 in every place."""
    shown = shown_minute(value) if isinstance(value, datetime) else shown_time(value)
    qtime = QTime(shown.hour, shown.minute)
    return (locale or QLocale()).toString(qtime, clock_display_format(locale))


def format_date(day: date, pattern: str, locale: QLocale | None = None) -> str:
    """A date in the locale's words: ``"ddd dd MMM"`` -> "Fri 20 Nov", in German
    "Fr. 20 Nov." (Qt's date pattern letters, not strftime's)."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), pattern)


def format_number(value: float, locale: QLocale | None = None) -> str:
    """A measured value as the language writes it, without needless zeros: 6.5 is "6,5" in
    German, 7.0 is "7"."""
    locale = QLocale(locale or QLocale())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 12)
