"""Pure-Python domain: routine model, guidance, peak model, safety rules and planner.

No Qt, no I/O, deterministic. Adapters load JSON and pass dicts in.
"""

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.kinds import AnchorKind, MagnesiumForm, SleepHygieneItem, StepKind
from rlsdesk.domain.peak import (
    PeakEstimate,
    estimate_peak,
    night_of,
    onset_minutes,
    smooth_toward,
    stabilize_peak,
)
from rlsdesk.domain.planner import NightPlan, PlannedStep, plan_night, plan_to_json
from rlsdesk.domain.routine import (
    Anchor,
    Step,
    Stretch,
    routine_from_document,
    routine_to_document,
    step_from_dict,
    step_to_dict,
)
from rlsdesk.domain.safety import cautions_for_new_step

__all__ = [
    "Anchor",
    "AnchorKind",
    "Guidance",
    "MagnesiumForm",
    "NightPlan",
    "PeakEstimate",
    "PlannedStep",
    "SleepHygieneItem",
    "Step",
    "StepKind",
    "Stretch",
    "ValidationError",
    "cautions_for_new_step",
    "estimate_peak",
    "night_of",
    "onset_minutes",
    "plan_night",
    "plan_to_json",
    "routine_from_document",
    "routine_to_document",
    "smooth_toward",
    "stabilize_peak",
    "step_from_dict",
    "step_to_dict",
    "template_step",
]
