"""The routine document's refusals show the value a person wrote (not an empty one), and a
medication once anchored before onset is pinned to a clock time at the 720-minute limit."""

from __future__ import annotations

from datetime import time

import pytest

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.kinds import AnchorKind
from rlsdesk.domain.routine import Anchor, pin_medication_anchor, routine_from_document


@pytest.mark.parametrize("steps", ["bath", {"kind": "bath"}, 3])
def test_steps_that_are_not_a_list_are_shown_as_written(steps: object) -> None:
    with pytest.raises(ValidationError) as caught:
        routine_from_document({"format": "rlsdesk-routine", "version": 1, "steps": steps})
    err = caught.value
    assert (err.field, err.value, err.code) == ("steps", steps, ProblemCode.WRONG_TYPE)
    assert str(err) == f"steps: {steps!r} is not a list"


def test_a_pinned_medication_at_the_anchor_limit() -> None:
    record = {"kind": "medication", "title": "Pill", "name": "Pill",
              "anchor": {"type": "before_onset", "minutes": 720}}
    pinned = pin_medication_anchor(record, lambda: time(22, 0))
    assert pinned is not None
    assert pinned["anchor"] == {"type": "clock", "time": "12:00"}
    with pytest.raises(ValidationError) as caught:
        pin_medication_anchor({**record, "anchor": {"type": "before_onset", "minutes": 721}},
                              lambda: time(22, 0))
    assert caught.value.field == "anchor.minutes"
    assert caught.value.code is ProblemCode.OUT_OF_RANGE


def test_a_clock_anchor_given_text_for_its_time_shows_that_text() -> None:
    with pytest.raises(ValidationError) as caught:
        Anchor(AnchorKind.CLOCK, 0, "21:30")  # type: ignore[arg-type]
    err = caught.value
    assert (err.field, err.value, err.code) == ("anchor.time", "21:30", ProblemCode.REQUIRED)
    assert str(err) == "anchor.time: '21:30' is required for a clock anchor"
