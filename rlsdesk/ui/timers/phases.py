"""What a guided timer goes through for a step: a list of timed phases."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rlsdesk.domain.guidance import Guidance
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Step
from rlsdesk.system.resources import resource_path
from rlsdesk.text.i18n import translate


class PhaseKind(StrEnum):
    HEAT = "heat"
    COLD = "cold"
    STRETCH = "stretch"
    PLAIN = "plain"


@dataclass(frozen=True, slots=True)
class Phase:
    kind: PhaseKind
    label: str
    seconds: int
    cycle: int | None = None  # 1-based, for heat/cold cycles
    cycles: int | None = None
    picture: Path | None = None
    detail: str = ""


#: Kinds that have a guided timer (when they last at least a minute, for plain ones).
TIMED_KINDS = frozenset(
    {
        StepKind.CONTRAST_PACKS,
        StepKind.STRETCHING,
        StepKind.BATH,
        StepKind.MASSAGE,
        StepKind.HEAT_PACK,
        StepKind.COLD_PACK,
    }
)


def stretch_picture(key: str) -> Path | None:
    path = resource_path("stretches", f"{key}.svg")
    return path if path.is_file() else None


def has_timer(kind: StepKind, minutes: int) -> bool:
    if kind in (StepKind.CONTRAST_PACKS, StepKind.STRETCHING):
        return True
    return kind in TIMED_KINDS and minutes > 0


def phases_for(step: Step, guidance: Guidance) -> list[Phase]:
    """The phases of a step's guided timer; empty when the step has none."""
    if not has_timer(step.kind, step.minutes):
        return []
    if step.kind is StepKind.CONTRAST_PACKS:
        assert step.cycles is not None and step.minutes_each is not None
        out: list[Phase] = []
        for cycle in range(1, step.cycles + 1):
            for kind, label in ((PhaseKind.HEAT, translate("TimerPhases", "Heat")),
                                (PhaseKind.COLD, translate("TimerPhases", "Cold"))):
                out.append(
                    Phase(kind, label, step.minutes_each * 60, cycle=cycle, cycles=step.cycles)
                )
        return out
    if step.kind is StepKind.STRETCHING:
        out = []
        for stretch in step.stretches:
            known = guidance.stretches.get(stretch.name)
            out.append(
                Phase(
                    PhaseKind.STRETCH,
                    known.title if known else stretch.name,
                    stretch.seconds,
                    picture=stretch_picture(stretch.name),
                    detail=f"{known.why} ({known.source})" if known else "",
                )
            )
        return out
    kind = {StepKind.HEAT_PACK: PhaseKind.HEAT, StepKind.COLD_PACK: PhaseKind.COLD}.get(
        step.kind, PhaseKind.PLAIN
    )
    return [Phase(kind, step.title, step.minutes * 60)]
