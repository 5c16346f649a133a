"""The note on what the diary shows against its baseline, in the person's language, for the
Insights page and the clinician's report (the English for the command line is in
export/summaries.py).
It describes the diary and never names a condition: only a clinician can judge."""

from __future__ import annotations

from dataclasses import dataclass

from rlsdesk.domain.clock import from_noon_minutes
from rlsdesk.domain.insights import (
    DAYTIME_DAYS,
    EARLIER_MINUTES,
    SIGN_DAYTIME,
    SIGN_EARLIER,
    SIGN_WORSE,
    WORSE_NIGHTS,
    AugmentationNote,
)
from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.timefmt import format_clock, format_date

DATE_FORMAT = "d MMM yyyy"
#: Where the signs the note counts come from (the diary can show only some of them).
AUGMENTATION_SOURCE = "García-Borreguero D, et al. Sleep Med 2007; 8:520-30."


@dataclass(frozen=True)
class NoteText:
    title: str
    body: str
    criteria: str
    source: str


def _duration(minutes: int) -> str:
    h, m = divmod(abs(minutes), 60)
    if m == 0:
        return fill(translate("NoteText", "%1 h"), h)
    return fill(translate("NoteText", "%1 h %2 min"), h, f"{m:02d}")


def _clock(minutes: float) -> str:
    return format_clock(from_noon_minutes(round(minutes)))


def _since(note: AugmentationNote) -> str:
    if note.baseline == "before_medicine" and note.medicine and note.medicine_start:
        return fill(translate("NoteText", "before you started %1 on %2"), note.medicine,
                    format_date(note.medicine_start, DATE_FORMAT))
    if note.baseline_first and note.baseline_last:
        return fill(translate("NoteText", "in your first nights logged (%1 to %2)"),
                    format_date(note.baseline_first, DATE_FORMAT),
                    format_date(note.baseline_last, DATE_FORMAT))
    return translate("NoteText", "in your first nights logged")


def note_text(note: AugmentationNote) -> NoteText | None:
    """The note's words, or None when the diary shows nothing to raise."""
    if not note.show:
        return None
    since = _since(note)
    sentences = []
    shift = note.shift_minutes
    if SIGN_EARLIER in note.signs and shift is not None and note.recent_onset is not None \
            and note.baseline_onset is not None:
        sentences.append(fill(translate(
            "NoteText", "Your diary shows symptoms starting about %1 earlier than %2: around "
            "%3 over the last %4 nights with an onset, against around %5 over %6 nights "
            "before."), _duration(shift), since, _clock(note.recent_onset), note.recent_nights,
            _clock(note.baseline_onset), note.baseline_nights))
    if SIGN_WORSE in note.signs:
        if sentences:
            sentences.append(fill(translate(
                "NoteText", "On %1 of the last %2 nights they were also worse than before."),
                note.worse_nights, note.worse_of))
        else:
            sentences.append(fill(translate(
                "NoteText", "Your diary shows that on %1 of the last %2 nights symptoms were "
                "worse than %3."), note.worse_nights, note.worse_of, since))
    if SIGN_DAYTIME in note.signs:
        sentences.append(fill(translate(
            "NoteText", "On %1 of the last %2 days you logged symptoms before noon."),
            note.daytime_days, note.daytime_of))
    if note.drug:
        sentences.append(fill(translate(
            "NoteText", "Only a clinician can tell what this means: it may be linked to "
            "medicines like %1, or have another cause."), note.drug))
    else:
        sentences.append(translate("NoteText", "Only a clinician can tell what this means."))
    sentences.append(translate("NoteText", "Please raise it with them soon and bring this "
                               "diary. Do not change a medicine on your own."))
    criteria = fill(translate(
        "NoteText", "What rlsdesk counts: symptoms starting %1 hours or more earlier than the "
        "baseline; symptoms logged before noon (06:00 to 11:59) on %2 or more of the last 7 "
        "days; severity above the baseline's usual on %3 or more of the last 7 nights. A diary "
        "cannot show everything a clinician asks about."),
        EARLIER_MINUTES // 60, DAYTIME_DAYS, WORSE_NIGHTS)
    return NoteText(translate("NoteText", "Something to raise with your clinician soon"),
                    " ".join(sentences), criteria, AUGMENTATION_SOURCE)
