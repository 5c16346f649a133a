"""Clock times in the person's locale: 12 or 24 hour as their system shows them; dates in its
words."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def uses_12_hour_clock(locale: QLocale | None = None) -> bool:
    fmt = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
    return "a" in fmt.lower()


def clock_display_format(locale: QLocale | None = None) -> str:
    return "h:mm AP" if uses_12_hour_clock(locale) else "HH:mm"


def format_clock(value: time | datetime, locale: QLocale | None = None) -> str:
    qtime = QTime(value.hour, value.minute)
    return (locale or QLocale()).toString(qtime, clock_display_format(locale))


def format_date(day: date, pattern: str, locale: QLocale | None = None) -> str:
    """A date in the locale's words: ``"ddd dd MMM"`` -> "Fri 20 Nov", in German
    "Fr. 20 Nov." (Qt's date pattern letters, not strftime's)."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), pattern)
