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
    if note.code is NoteCode.MOVED_LATER and not v["other"]:  # nothing in its way to name
        return fill(translate("PlanText", "Tonight %1 min later than usual."), v["minutes"])
    if note.code is NoteCode.MOVED_EARLIER and not v["other"]:  # e.g. a night cut short
        return fill(translate("PlanText", "Tonight %1 min earlier than usual."), v["minutes"])
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
    return _dst_or_safety_text(note)


def _clock(value: object) -> str:
    return format_clock(value) if isinstance(value, time) else str(value)


def _dst_or_safety_text(note: PlanNote) -> str:
    """The notes on clock changes, the evening's start, safety moves and cautions, and the
    night's magnesium warnings."""
    v = note.values
    if note.code is NoteCode.CLOCK_REPEATED:
        return fill(translate("PlanText", "%1 happens twice tonight (the clocks go back); this "
                              "is the first one."), _clock(v["clock"]))
    if note.code is NoteCode.CLOCK_SKIPPED:
        return fill(translate("PlanText", "%1 does not exist tonight (the clocks go forward); "
                              "moved to %2."), _clock(v["clock"]), _clock(v["moved_to"]))
    if note.code is NoteCode.BEDTIME_SKIPPED:
        return fill(translate("PlanText", "Bedtime: %1 does not exist tonight (the clocks go "
                              "forward); moved to %2."), _clock(v["clock"]),
                    _clock(v["moved_to"]))
    if note.code is NoteCode.BEFORE_EVENING:
        return fill(translate("PlanText", "It would fall at %1, before the evening starts; "
                              "moved to %2."), _clock(v["clock"]), _clock(v["moved_to"]))
    if note.code is NoteCode.SPACING_MOVED:
        text = (translate("PlanText", "Moved %1 min later to keep magnesium at least %2 h "
                          "after or %3 h before %4: magnesium lowers the absorption of %5. (%6)")
                if v["later"] else
                translate("PlanText", "Moved %1 min earlier to keep magnesium at least %2 h "
                          "after or %3 h before %4: magnesium lowers the absorption of %5. (%6)"))
        return fill(text, v["minutes"], v["after_hours"], v["before_hours"], v["medication"],
                    v["group"], v["source"])
    if note.code is NoteCode.CAFFEINE_LATE:
        return fill(translate("PlanText", "This caffeine cut-off is less than %1 h before bed; "
                              "caffeine taken even %1 h before bed can still shorten sleep. "
                              "(%2)"), v["hours"], v["source"])
    if note.code is NoteCode.MAGNESIUM_UPPER_LIMIT:
        return fill(translate("PlanText", "Tonight's magnesium adds up to %1 mg, more than the "
                              "%2 mg a day upper limit for adults from supplements and "
                              "medicines together (magnesium in antacids and laxatives counts "
                              "too). (%3)"), v["total_mg"], v["limit_mg"], v["source"])
    if note.code is NoteCode.MAGNESIUM_LAXATIVE:
        return fill(translate("PlanText", "Tonight's magnesium adds up to %1 mg. Large amounts "
                              "of supplemental magnesium often cause diarrhoea, nausea and "
                              "stomach cramps, which can keep you awake. (%2)"),
                    v["total_mg"], v["source"])
    if note.code is NoteCode.CAUTION:
        # The caution's words are guidance data (resources/guidance.json), kept as written.
        return fill(translate("PlanText", "%1 (%2)"), v["text"], v["source"])
    return ""  # pragma: no cover - every code is worded above


def plan_warning_texts(plan: NightPlan) -> list[str]:
    """The night's warnings: the planner's own (magnesium totals, a bedtime that does not
    exist tonight) and each step it could not place well, named."""
    named = [fill(translate("PlanText", "%1: %2"), n.title, note_text(n)) for n in plan.issues]
    return [*(note_text(w) for w in plan.warnings), *named]
