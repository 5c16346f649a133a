"""Triggers: what else happened on a night (a late coffee, a glass of wine, a long drive).

Pure. A night's triggers are a set of names: the built-in ones below (stable keys, worded by
the UI in the person's language) or one of the person's own (their own words, one line).
Names are matched ignoring case, so a diary file typed by hand with ``Alcohol`` means the
built-in ``alcohol``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rlsdesk.domain.diary import NightRecord
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.text_rules import check_text

__all__ = [
    "BUILTIN_TRIGGERS",
    "MAX_TRIGGER_NAME",
    "TriggerChoice",
    "parse_own_trigger_name",
    "resolve_trigger",
    "trigger_counts",
]

#: The built-in triggers, in the order the chips show them.
BUILTIN_TRIGGERS: tuple[str, ...] = (
    "caffeine-late", "alcohol", "nicotine", "long-sit", "short-night", "exercise",
    "medicine-change",
)
MAX_TRIGGER_NAME = 40


@dataclass(frozen=True, slots=True)
class TriggerChoice:
    """A trigger the chips can offer: built in or the person's own, shown or hidden."""

    name: str
    own: bool = False
    hidden: bool = False


def parse_own_trigger_name(value: object, taken: Iterable[str] = (),
                           field: str = "trigger") -> str:
    """A name for one of the person's own triggers: one line, 1-40 characters, not a
    built-in name and not one of ``taken`` (ignoring case); surrounding spaces dropped."""
    text = check_text(value, field, multiline=False).strip()
    if not text:
        raise ValidationError(field, value, "is empty", ProblemCode.EMPTY)
    if len(text) > MAX_TRIGGER_NAME:
        raise ValidationError(field, text, f"is longer than {MAX_TRIGGER_NAME} characters",
                              ProblemCode.TOO_LONG, max=MAX_TRIGGER_NAME)
    folded = text.casefold()
    if folded in BUILTIN_TRIGGERS or folded in {t.casefold() for t in taken}:
        raise ValidationError(field, text, "is already a trigger name", ProblemCode.NAME_TAKEN)
    return text


def resolve_trigger(value: object, own: Iterable[str], field: str = "trigger") -> str:
    """The trigger ``value`` names: a built-in key or one of ``own`` (ignoring case and
    surrounding spaces); ValidationError (NOT_ONE_OF) for any other name."""
    text = check_text(value, field, multiline=False).strip()
    folded = text.casefold()
    if folded in BUILTIN_TRIGGERS:
        return folded
    for name in own:
        if name.casefold() == folded:
            return name
    raise ValidationError(
        field, text, f"is not a trigger (built in: {', '.join(BUILTIN_TRIGGERS)}; or one "
        "of your own)", ProblemCode.NOT_ONE_OF, choices=BUILTIN_TRIGGERS)


def trigger_counts(records: Iterable[NightRecord], first: date, last: date) -> dict[str, int]:
    """How many of the nights ``first..last`` had each trigger (a report's weekly row):
    built-in ones in their order, then the others by name; triggers never noted left out."""
    counts = Counter(name for r in records if first <= r.night <= last for name in r.triggers)
    order = [n for n in BUILTIN_TRIGGERS if n in counts] + sorted(
        n for n in counts if n not in BUILTIN_TRIGGERS)
    return {name: counts[name] for name in order}
