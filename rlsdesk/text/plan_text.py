"""The planner's structured notes (:class:`rlsdesk.domain.planner.PlanNote`) in the person's
language and clock, for the Tonight page, the Routine page and the reminders. The command
line words the same notes in English (:func:`rlsdesk.commands.tonight.note_english`)."""

from __future__ import annotations

from datetime import time

from rlsdesk.domain.planner import NightPlan, NoteCode, PlanNote
from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.timefmt import format_clock


def note_text(note: PlanNote) -> str:
    """One note about a step, as a sentence."""
    v = note.values
    if note.code is NoteCode.MOVED_LATER:
        return fill(translate("PlanText", "Tonight %1 min later than usual, to make room after "
                              "“%2”."), v["minutes"], v["other"])
    if note.code is NoteCode.MOVED_EARLIER:
        return fill(translate("PlanText", "Tonight %1 min earlier than usual, to make room "
                              "before “%2”."), v["minutes"], v["other"])
    if note.code is NoteCode.CROWDED:
        return fill(translate("PlanText", "No time tonight keeps %1 min from the steps around "
                              "it without moving it past bedtime or into the past, so it stays "
                              "at its own time."), v["gap"])
    if note.code is NoteCode.SPACING_UNRESOLVED:
        return fill(translate("PlanText", "Magnesium is less than %1 h after or %2 h before %3 "
                              "tonight, and no time before bedtime that has not already passed "
                              "keeps it apart, so it stays at its time: magnesium lowers the "
                              "absorption of %4. Ask your pharmacist about the timing. (%5)"),
                    v["after_hours"], v["before_hours"], v["medication"], v["group"],
                    v["source"])
    if note.code is NoteCode.MEDICATION_PINNED:
        clock = v["clock"]
        return fill(translate("PlanText", "This medicine was set %1 min before your symptom "
                              "onset. Medicines keep their own time, so it stays at %2 from "
                              "now on; edit the step to choose another time."),
                    v["minutes"], format_clock(clock) if isinstance(clock, time) else clock)
    return ""  # pragma: no cover - every code is worded above


def plan_warning_texts(plan: NightPlan) -> list[str]:
    """The night's warnings: the planner's own (magnesium totals, a bedtime that does not
    exist tonight) and each step it could not place well, named."""
    named = [fill(translate("PlanText", "%1: %2"), n.title, note_text(n)) for n in plan.issues]
    return [*plan.warnings, *named]
