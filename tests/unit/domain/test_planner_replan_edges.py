"""The planner's notes name their step, and re-planning a night under way keeps what has
passed where it was: survivors of `make mutation` on planner.py, killed here."""

from __future__ import annotations

from datetime import datetime, time

from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.planner import NoteCode
from rlsdesk.domain.routine import Anchor, Step
from tests.unit.domain.test_planner_boundaries import BERLIN, MG, plan, step, wall


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2025, 6, 18, hour, minute, second, tzinfo=BERLIN)


def test_each_note_on_a_step_carries_that_steps_id_and_title(guidance: Guidance) -> None:
    cipro = Step(StepKind.MEDICATION, "Cipro", Anchor.at(time(22, 0)), name="Cipro", id=1)
    mg = Step(StepKind.MAGNESIUM, "Magnesium", Anchor.at(time(20, 0)), id=2, **MG)
    coffee = template_step("sleep_hygiene", guidance, item="caffeine_cutoff",
                           anchor=Anchor.before_bed(60), id=3)
    melatonin = Step(StepKind.CUSTOM, "Melatonin", Anchor.at(time(21, 0)), id=4)
    p = plan([cipro, mg, coffee, melatonin], guidance)
    (moved,) = [n for n in step(p, "Magnesium").notes if n.code is NoteCode.SPACING_MOVED]
    assert (moved.step_id, moved.title) == (2, "Magnesium")
    (late,) = [n for n in step(p, coffee.title).notes if n.code is NoteCode.CAFFEINE_LATE]
    assert (late.step_id, late.title) == (3, coffee.title)
    assert late.values["hours"] == 6 and "6" in late.values["text"]
    assert late.values["text"] == guidance.safety.caffeine_late_text.format(hours=6)
    (caution,) = [n for n in step(p, "Melatonin").notes if n.code is NoteCode.CAUTION]
    assert (caution.step_id, caution.title) == (4, "Melatonin")
    assert set(caution.values) == {"key", "label", "source", "text"}
    assert caution.values["key"] == "melatonin"


def test_an_unresolved_spacing_issue_carries_the_magnesium_steps_id(guidance: Guidance) -> None:
    mg = Step(StepKind.MAGNESIUM, "Magnesium", Anchor.at(time(21, 15)), id=2, **MG)
    med = Step(StepKind.MEDICATION, "Doxy", Anchor.at(time(21, 30)), name="Doxycycline", id=1)
    p = plan([med, mg], guidance, bedtime=time(22, 0), now=at(21, 0))
    (note,) = [n for n in step(p, "Magnesium").issues if n.code is NoteCode.SPACING_UNRESOLVED]
    assert (note.step_id, note.title) == (2, "Magnesium")


def test_a_step_already_reminded_earlier_tonight_stays_where_it_was(guidance: Guidance) -> None:
    """Planned for 20:00, reminded at 19:40 (an earlier plan): at 20:10 it stays at 19:40."""
    walk = Step(StepKind.CUSTOM, "Walk", Anchor.at(time(20, 0)), id=1)
    p = plan([walk], guidance, now=at(20, 10), previous={1: at(19, 40)})
    assert wall(step(p, "Walk").at) == "2025-06-18 19:40"
    # without that record it is placed at its own passed time, not moved to now
    assert wall(step(plan([walk], guidance, now=at(20, 10)), "Walk").at) == "2025-06-18 20:00"


def test_a_step_last_planned_for_this_very_minute_may_still_move(guidance: Guidance) -> None:
    """Last planned for 20:10 and it is 20:10 now: that minute has not passed, so the step
    goes back to its own 20:30."""
    walk = Step(StepKind.CUSTOM, "Walk", Anchor.at(time(20, 30)), id=1)
    p = plan([walk], guidance, now=at(20, 10), previous={1: at(20, 10)})
    assert wall(step(p, "Walk").at) == "2025-06-18 20:30"


def test_a_medicine_given_a_new_time_is_planned_at_the_new_time(guidance: Guidance) -> None:
    """The medicine was at 20:00 (the record); the person moved it to 21:00: at 20:30 it is
    planned at 21:00, not kept at the old passed time."""
    med = Step(StepKind.MEDICATION, "Ropinirole", Anchor.at(time(21, 0)), name="Ropinirole",
               id=1)
    p = plan([med], guidance, now=at(20, 30), previous={1: at(20, 0)})
    assert wall(step(p, "Ropinirole").at) == "2025-06-18 21:00"
    # its record at its own time, passed, keeps it there
    p = plan([med], guidance, now=at(21, 10), previous={1: at(21, 0)})
    assert wall(step(p, "Ropinirole").at) == "2025-06-18 21:00"


def test_a_step_record_without_an_id_is_not_looked_up(guidance: Guidance) -> None:
    """A step with no id (not yet saved) has no record: a record under no id is not its."""
    walk = Step(StepKind.CUSTOM, "Walk", Anchor.at(time(20, 30)))
    p = plan([walk], guidance, now=at(20, 10), previous={None: at(19, 0)})  # type: ignore[dict-item]
    assert wall(step(p, "Walk").at) == "2025-06-18 20:30"
