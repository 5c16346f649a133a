"""The routine: steps, their anchors and kind parameters, and their JSON form.

A step's kind-specific parameters are plain optional fields on :class:`Step`; each kind
requires its own and refuses the others, so a heat pack never carries a dose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from typing import Any, TypeVar

from rlsdesk.domain.clock import (
    format_clock,
    from_noon_minutes,
    parse_clock,
    parse_int,
    parse_minutes,
    to_noon_minutes,
)
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.kinds import AnchorKind, MagnesiumForm, SleepHygieneItem, StepKind
from rlsdesk.domain.text_rules import check_text

__all__ = [
    "ALL_DAYS",
    "DOCUMENT_FORMAT",
    "DOCUMENT_VERSION",
    "KIND_PARAMS",
    "MEDICATION_ANCHOR",
    "Anchor",
    "Step",
    "Stretch",
    "pin_medication_anchor",
    "routine_from_document",
    "routine_to_document",
    "step_from_dict",
    "step_to_dict",
]

DOCUMENT_FORMAT = "rlsdesk-routine"
DOCUMENT_VERSION = 1
ALL_DAYS: frozenset[int] = frozenset(range(7))

MAX_ANCHOR_MINUTES = 720
MAX_STEP_MINUTES = 240
MAX_TITLE = 80
MAX_NAME = 80
DOSE_RANGE = (1, 1000)
CYCLES_RANGE = (1, 10)
MINUTES_EACH_RANGE = (1, 20)
STRETCH_SECONDS_RANGE = (10, 300)
MAX_STRETCHES = 20

#: The parameter fields each kind requires; every other parameter field must be empty.
KIND_PARAMS: Mapping[StepKind, tuple[str, ...]] = {
    StepKind.MAGNESIUM: ("dose_mg", "form"),
    StepKind.MEDICATION: ("name",),
    StepKind.CONTRAST_PACKS: ("cycles", "minutes_each"),
    StepKind.STRETCHING: ("stretches",),
    StepKind.SLEEP_HYGIENE: ("item",),
}
#: Why a medication may not follow the learned onset (which drifts as the diary grows).
MEDICATION_ANCHOR = (
    "is not allowed for a medication: a medicine keeps its own time, a clock time or "
    "minutes before bed, never the learned symptom onset"
)
_E = TypeVar("_E", bound=StrEnum)
_PARAM_FIELDS = ("dose_mg", "form", "name", "cycles", "minutes_each", "stretches", "item")


@dataclass(frozen=True, slots=True)
class Anchor:
    """When a step happens: ``minutes`` before onset or bed, or at a ``clock`` time."""

    kind: AnchorKind
    minutes: int = 0
    clock: time | None = None

    def __post_init__(self) -> None:
        try:
            kind = AnchorKind(self.kind)
        except ValueError:
            raise ValidationError(
                "anchor.type", self.kind, f"is not one of {', '.join(AnchorKind)}",
                ProblemCode.NOT_ONE_OF, choices=tuple(AnchorKind)
            ) from None
        object.__setattr__(self, "kind", kind)
        if kind is AnchorKind.CLOCK:
            if not isinstance(self.clock, time):
                raise ValidationError("anchor.time", self.clock, "is required for a clock anchor",
                                      ProblemCode.REQUIRED, kind=AnchorKind.CLOCK)
            object.__setattr__(self, "clock", self.clock.replace(second=0, microsecond=0))
            object.__setattr__(self, "minutes", 0)
        else:
            if self.clock is not None:
                raise ValidationError(
                    "anchor.time", self.clock, f"is only allowed for a clock anchor, not {kind}",
                    ProblemCode.NOT_ALLOWED, kind=kind
                )
            object.__setattr__(
                self,
                "minutes",
                parse_minutes(self.minutes, "anchor.minutes", 0, MAX_ANCHOR_MINUTES),
            )

    @classmethod
    def before_onset(cls, minutes: int) -> Anchor:
        return cls(AnchorKind.BEFORE_ONSET, minutes)

    @classmethod
    def before_bed(cls, minutes: int) -> Anchor:
        return cls(AnchorKind.BEFORE_BED, minutes)

    @classmethod
    def at(cls, clock: time) -> Anchor:
        return cls(AnchorKind.CLOCK, 0, clock)

    def to_dict(self) -> dict[str, Any]:
        if self.kind is AnchorKind.CLOCK:
            assert self.clock is not None
            return {"type": str(self.kind), "time": format_clock(self.clock)}
        return {"type": str(self.kind), "minutes": self.minutes}

    @classmethod
    def from_dict(cls, d: object) -> Anchor:
        if not isinstance(d, Mapping):
            raise ValidationError("anchor", d, "is not an object with 'type' and 'minutes'/'time'",
                                  ProblemCode.WRONG_TYPE, expected="object")
        _refuse_unknown(d, {"type", "minutes", "time"}, "anchor")
        if "type" not in d:
            raise ValidationError("anchor.type", None, "is missing", ProblemCode.MISSING)
        kind_text = d["type"]
        try:
            kind = AnchorKind(kind_text)
        except (ValueError, TypeError):
            raise ValidationError(
                "anchor.type", kind_text, f"is not one of {', '.join(AnchorKind)}",
                ProblemCode.NOT_ONE_OF, choices=tuple(AnchorKind)
            ) from None
        if kind is AnchorKind.CLOCK:
            if "time" not in d:
                raise ValidationError("anchor.time", None, "is missing for a clock anchor",
                                      ProblemCode.MISSING)
            return cls.at(parse_clock(d["time"], "anchor.time"))
        if "minutes" not in d:
            raise ValidationError("anchor.minutes", None, f"is missing for a {kind} anchor",
                                  ProblemCode.MISSING)
        return cls(kind, parse_minutes(d["minutes"], "anchor.minutes", 0, MAX_ANCHOR_MINUTES))


@dataclass(frozen=True, slots=True)
class Stretch:
    """One stretch in a stretching sequence: a name and how long to hold it."""

    name: str
    seconds: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _text(self.name, "name", MAX_NAME))
        object.__setattr__(
            self, "seconds", parse_int(self.seconds, "seconds", *STRETCH_SECONDS_RANGE, "s")
        )


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the evening routine (validated on construction)."""

    kind: StepKind
    title: str
    anchor: Anchor
    minutes: int = 0
    days: frozenset[int] = ALL_DAYS
    enabled: bool = True
    id: int | None = None
    through_dnd: bool = False  # remind even in the desktop's Do Not Disturb (urgent)
    # kind parameters (see KIND_PARAMS)
    dose_mg: int | None = None
    form: MagnesiumForm | None = None
    name: str | None = None
    cycles: int | None = None
    minutes_each: int | None = None
    stretches: tuple[Stretch, ...] = field(default_factory=tuple)
    item: SleepHygieneItem | None = None

    def __post_init__(self) -> None:
        setattr_ = object.__setattr__
        try:
            kind = StepKind(self.kind)
        except ValueError:
            raise ValidationError(
                "kind", self.kind, f"is not a known step kind ({', '.join(StepKind)})",
                ProblemCode.NOT_ONE_OF, choices=tuple(StepKind)
            ) from None
        setattr_(self, "kind", kind)
        if self.id is not None and (isinstance(self.id, bool) or not isinstance(self.id, int)):
            raise ValidationError("id", self.id, "is not a whole number or null",
                                  ProblemCode.WRONG_TYPE, expected="whole number")
        setattr_(self, "title", _text(self.title, "title", MAX_TITLE))
        if not isinstance(self.anchor, Anchor):
            raise ValidationError("anchor", self.anchor, "is not an Anchor",
                                  ProblemCode.WRONG_TYPE, expected="anchor")
        setattr_(self, "minutes", parse_minutes(self.minutes, "minutes", 0, MAX_STEP_MINUTES))
        setattr_(self, "days", _days(self.days))
        if not isinstance(self.enabled, bool):
            raise ValidationError("enabled", self.enabled, "is not true or false",
                                  ProblemCode.WRONG_TYPE, expected="true or false")
        if not isinstance(self.through_dnd, bool):
            raise ValidationError("through_dnd", self.through_dnd, "is not true or false",
                                  ProblemCode.WRONG_TYPE, expected="true or false")
        required = KIND_PARAMS.get(kind, ())
        for name in _PARAM_FIELDS:
            value = getattr(self, name)
            empty = value is None or (name == "stretches" and value == ())
            if name in required and empty:
                raise ValidationError(name, value, f"is required for a {kind} step",
                                      ProblemCode.REQUIRED, kind=kind)
            if name not in required and not empty:
                raise ValidationError(name, value, f"is not allowed for a {kind} step",
                                      ProblemCode.NOT_ALLOWED, kind=kind)
        if kind is StepKind.MAGNESIUM:
            setattr_(self, "dose_mg", parse_int(self.dose_mg, "dose_mg", *DOSE_RANGE, "mg"))
            setattr_(self, "form", _enum(MagnesiumForm, self.form, "form"))
        elif kind is StepKind.MEDICATION:
            setattr_(self, "name", _text(self.name, "name", MAX_NAME))
            if self.anchor.kind is AnchorKind.BEFORE_ONSET:
                raise ValidationError("anchor.type", str(self.anchor.kind), MEDICATION_ANCHOR,
                                      ProblemCode.MEDICATION_ANCHOR)
        elif kind is StepKind.CONTRAST_PACKS:
            setattr_(self, "cycles", parse_int(self.cycles, "cycles", *CYCLES_RANGE))
            setattr_(
                self,
                "minutes_each",
                parse_int(self.minutes_each, "minutes_each", *MINUTES_EACH_RANGE, "min"),
            )
        elif kind is StepKind.STRETCHING:
            setattr_(self, "stretches", _stretches(self.stretches))
        elif kind is StepKind.SLEEP_HYGIENE:
            setattr_(self, "item", _enum(SleepHygieneItem, self.item, "item"))


# ---------------------------------------------------------------------------- JSON form


def step_to_dict(step: Step) -> dict[str, Any]:
    """A JSON-friendly dict; kind parameters only for the kind that has them."""
    d: dict[str, Any] = {
        "id": step.id,
        "kind": str(step.kind),
        "title": step.title,
        "anchor": step.anchor.to_dict(),
        "minutes": step.minutes,
        "days": sorted(step.days),
        "enabled": step.enabled,
    }
    if step.through_dnd:  # only when set: files without it read as before
        d["through_dnd"] = True
    for name in KIND_PARAMS.get(step.kind, ()):
        value = getattr(step, name)
        if name == "stretches":
            d[name] = [{"name": s.name, "seconds": s.seconds} for s in value]
        elif name in ("form", "item"):
            d[name] = str(value)
        else:
            d[name] = value
    return d


_STEP_KEYS = {"id", "kind", "title", "anchor", "minutes", "days", "enabled", "through_dnd",
              *_PARAM_FIELDS}


def step_from_dict(d: object) -> Step:
    """Parse and validate one step dict (as written by :func:`step_to_dict`)."""
    if not isinstance(d, Mapping):
        raise ValidationError("step", d, "is not an object",
                              ProblemCode.WRONG_TYPE, expected="object")
    _refuse_unknown(d, _STEP_KEYS, "step")
    for key in ("kind", "title", "anchor"):
        if key not in d:
            raise ValidationError(key, None, "is missing", ProblemCode.MISSING)
    kind_text = d["kind"]
    try:
        kind = StepKind(kind_text)
    except (ValueError, TypeError):
        raise ValidationError(
            "kind", kind_text, f"is not a known step kind ({', '.join(StepKind)})",
            ProblemCode.NOT_ONE_OF, choices=tuple(StepKind)
        ) from None
    stretches: tuple[Stretch, ...] = ()
    if d.get("stretches") is not None:
        stretches = _stretches_from_json(d["stretches"])
    days = d.get("days", sorted(ALL_DAYS))
    if not isinstance(days, list | tuple | set | frozenset):
        raise ValidationError("days", days, "is not a list of weekday numbers (0=Mon..6=Sun)",
                              ProblemCode.NOT_WEEKDAYS)
    return Step(
        kind=kind,
        title=d["title"],
        anchor=Anchor.from_dict(d["anchor"]),
        minutes=d.get("minutes", 0),
        days=list(days),  # type: ignore[arg-type]  # validated and frozen by Step
        enabled=d.get("enabled", True),
        id=d.get("id"),
        through_dnd=d.get("through_dnd", False),
        dose_mg=d.get("dose_mg"),
        form=d.get("form"),
        name=d.get("name"),
        cycles=d.get("cycles"),
        minutes_each=d.get("minutes_each"),
        stretches=stretches,
        item=d.get("item"),
    )


def pin_medication_anchor(
    record: Mapping[str, Any], onset: Callable[[], time]
) -> dict[str, Any] | None:
    """A stored medication step anchored "before onset" (allowed once, refused now), read as
    the clock time that anchor gives with the ``onset()`` in use: a copy of the record with
    a clock anchor, or None when the record needs no change (``onset`` is not called)."""
    anchor = record.get("anchor")
    if (record.get("kind") != str(StepKind.MEDICATION) or not isinstance(anchor, Mapping)
            or anchor.get("type") != str(AnchorKind.BEFORE_ONSET)):
        return None
    minutes = parse_minutes(anchor.get("minutes", 0), "anchor.minutes", 0, MAX_ANCHOR_MINUTES)
    clock = from_noon_minutes(max(0, to_noon_minutes(onset()) - minutes))  # not before noon
    return {**record, "anchor": {"type": str(AnchorKind.CLOCK), "time": format_clock(clock)}}


def routine_to_document(steps: Iterable[Step]) -> dict[str, Any]:
    """The versioned export document ``{"format", "version", "steps"}``."""
    return {
        "format": DOCUMENT_FORMAT,
        "version": DOCUMENT_VERSION,
        "steps": [step_to_dict(s) for s in steps],
    }


def routine_from_document(doc: object) -> list[Step]:
    """Parse an export document; errors name the path, e.g. ``steps[2].dose_mg``."""
    if not isinstance(doc, Mapping):
        raise ValidationError("document", doc, "is not a JSON object",
                              ProblemCode.WRONG_TYPE, expected="object")
    if doc.get("format") != DOCUMENT_FORMAT:
        raise ValidationError("format", doc.get("format"), f"is not '{DOCUMENT_FORMAT}'",
                              ProblemCode.UNSUPPORTED_FORMAT, expected=DOCUMENT_FORMAT)
    version = doc.get("version")
    if isinstance(version, bool) or version != DOCUMENT_VERSION:
        raise ValidationError(
            "version", version, f"is not a supported version (this app reads {DOCUMENT_VERSION})",
            ProblemCode.UNSUPPORTED_FORMAT, expected=DOCUMENT_VERSION
        )
    raw_steps = doc.get("steps")
    if not isinstance(raw_steps, list):
        raise ValidationError("steps", raw_steps, "is not a list",
                              ProblemCode.WRONG_TYPE, expected="list")
    steps: list[Step] = []
    for index, raw in enumerate(raw_steps):
        try:
            steps.append(step_from_dict(raw))
        except ValidationError as err:
            raise err.under(f"steps[{index}]") from None
    return steps


# ---------------------------------------------------------------------------- helpers


def _text(value: object, field: str, limit: int) -> str:
    """One line of text (a title or name): no line break, control or direction character;
    surrounding spaces dropped."""
    text = check_text(value, field, multiline=False).strip()
    if not text:
        raise ValidationError(field, value, "must not be empty", ProblemCode.EMPTY)
    if len(text) > limit:
        raise ValidationError(field, value, f"is longer than {limit} characters",
                              ProblemCode.TOO_LONG, max=limit)
    return text


def _enum(cls: type[_E], value: object, field: str) -> _E:
    if isinstance(value, str):  # anything else is no member's value either
        try:
            return cls(value)
        except ValueError:
            pass
    raise ValidationError(field, value, f"is not one of {', '.join(cls)}",
                          ProblemCode.NOT_ONE_OF, choices=tuple(cls))


def _days(value: object) -> frozenset[int]:
    if not isinstance(value, Iterable) or isinstance(value, str | bytes | Mapping):
        raise ValidationError("days", value, "is not a set of weekday numbers (0=Mon..6=Sun)",
                              ProblemCode.NOT_WEEKDAYS)
    days = list(value)
    for day in days:
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            raise ValidationError("days", value, "must hold weekday numbers 0 (Mon) to 6 (Sun)",
                                  ProblemCode.NOT_WEEKDAYS)
    if not days:
        raise ValidationError("days", value, "must hold at least one weekday",
                              ProblemCode.NO_WEEKDAY)
    return frozenset(days)


def _stretches(value: object) -> tuple[Stretch, ...]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise ValidationError("stretches", value, "is not a list of stretches",
                              ProblemCode.WRONG_TYPE, expected="list")
    if len(value) > MAX_STRETCHES:
        raise ValidationError("stretches", len(value), f"is more than {MAX_STRETCHES} stretches",
                              ProblemCode.TOO_MANY, max=MAX_STRETCHES)
    for i, stretch in enumerate(value):
        if not isinstance(stretch, Stretch):
            raise ValidationError(f"stretches[{i}]", stretch, "is not a Stretch",
                                  ProblemCode.WRONG_TYPE, expected="stretch")
    return tuple(value)


def _stretches_from_json(value: object) -> tuple[Stretch, ...]:
    if not isinstance(value, list | tuple):
        raise ValidationError("stretches", value, "is not a list of {name, seconds}",
                              ProblemCode.WRONG_TYPE, expected="list")
    out: list[Stretch] = []
    for i, raw in enumerate(value):
        if not isinstance(raw, Mapping):
            raise ValidationError(f"stretches[{i}]", raw, "is not an object {name, seconds}",
                                  ProblemCode.WRONG_TYPE, expected="object")
        _refuse_unknown(raw, {"name", "seconds"}, f"stretches[{i}]")
        try:
            out.append(Stretch(raw.get("name"), raw.get("seconds")))  # type: ignore[arg-type]  # Stretch validates
        except ValidationError as err:
            raise err.under(f"stretches[{i}]") from None
    return tuple(out)


def _refuse_unknown(d: Mapping[Any, Any], allowed: set[str], where: str) -> None:
    unknown = sorted((k for k in d if k not in allowed), key=str)
    if unknown:
        key = unknown[0]
        raise ValidationError(
            f"{where}.{key}" if where != "step" else str(key), d[key], "is not a known field",
            ProblemCode.UNKNOWN_FIELD
        )
