"""Parsing command options into domain values, with one clear message when they are wrong."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import parse_clock
from rlsdesk.domain.errors import ValidationError
from rlsdesk.errors import UserError


def option_clock(value: str, option: str) -> time:
    try:
        return parse_clock(value, option)
    except ValidationError as exc:
        raise UserError(f"{option}: {value!r} is not a time like 21:30 (00:00-23:59)") from exc


def option_date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option}: {value!r} is not a date like 2026-11-21") from None


def option_moment(value: str, option: str, zone: ZoneInfo) -> datetime:
    """'YYYY-MM-DD HH:MM' in the local zone (an offset may be given)."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UserError(f"{option}: {value!r} is not a time like '2026-11-21 21:40'") from None
    if moment.tzinfo is None:
        local = moment.replace(tzinfo=zone)  # in an hour the clocks repeat: the first one
        if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
            raise UserError(f"{option}: {value!r} does not exist in {zone.key} "
                            "(the clocks go forward then)")
        moment = local
    return moment


def option_int(value: str, option: str, lo: int, hi: int, unit: str = "") -> int:
    try:
        number = int(value)
    except ValueError:
        raise UserError(f"{option}: {value!r} is not a whole number") from None
    if not lo <= number <= hi:
        suffix = f" {unit}" if unit else ""
        raise UserError(f"{option}: {number} is outside {lo}-{hi}{suffix}")
    return number


def domain_error(exc: ValidationError, option_names: dict[str, str] | None = None) -> UserError:
    """Say which command option a domain validation error is about."""
    field = exc.field.split(".")[-1].split("[")[0]
    option = (option_names or {}).get(field, f"--{field.replace('_', '-')}")
    detail = str(exc).split(": ", 1)[1] if ": " in str(exc) else str(exc)
    return UserError(f"{option}: {detail}")
