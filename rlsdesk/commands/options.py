"""Parsing command options into domain values, with one clear message when they are wrong.

Dates, times and date-times go through :mod:`rlsdesk.domain.parsing` (one spelling each,
exactly); whole numbers are plain ASCII digits.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.parsing import EARLIEST_NIGHT, parse_date, parse_moment, parse_time
from rlsdesk.system.errors import UserError

_WHOLE_RE = re.compile(r"-?[0-9]{1,19}")


def option_clock(value: str, option: str) -> time:
    try:
        return parse_time(value, option)
    except ValidationError as exc:
        raise UserError(str(exc)) from None


def option_date(value: str, option: str) -> date:
    try:
        return parse_date(value, option)
    except ValidationError as exc:
        raise UserError(str(exc)) from None


def option_night(value: str, option: str, tonight: date) -> date:
    """A diary night: ``YYYY-MM-DD`` from 1900-01-01 to tonight (later ones have not
    happened yet)."""
    return option_date_between(value, option, EARLIEST_NIGHT, tonight, "is in the future")


def option_date_between(value: str, option: str, first: date, last: date,
                        after_last: str) -> date:
    day = option_date(value, option)
    if day < first:
        raise UserError(f"{option}: {day} is before {first}")
    if day > last:
        raise UserError(f"{option}: {day} {after_last}")
    return day


def option_moment(value: str, option: str, zone: ZoneInfo) -> datetime:
    """``YYYY-MM-DD HH:MM`` in the local zone, both parts required."""
    try:
        return parse_moment(value, option, zone)
    except ValidationError as exc:
        raise UserError(str(exc)) from None


def option_int(value: str, option: str, lo: int, hi: int, unit: str = "") -> int:
    suffix = f" {unit}" if unit else ""
    if not _WHOLE_RE.fullmatch(value):
        raise UserError(f"{option}: {value!r} is not a whole number ({lo}-{hi}{suffix})")
    number = int(value)
    if not lo <= number <= hi:
        raise UserError(f"{option}: {number} is outside {lo}-{hi}{suffix}")
    return number


def domain_error(exc: ValidationError, option_names: dict[str, str] | None = None) -> UserError:
    """Say which command option a domain validation error is about."""
    field = exc.field.split(".")[-1].split("[")[0]
    option = (option_names or {}).get(field, f"--{field.replace('_', '-')}")
    detail = str(exc).split(": ", 1)[1] if ": " in str(exc) else str(exc)
    return UserError(f"{option}: {detail}")
