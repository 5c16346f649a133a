"""The note on what the diary shows: its baseline (the nights before a dopaminergic medicine,
else the first nights), the signs it counts (onset 2 h earlier, symptoms before noon, worse
on 5 of 7 nights), and English words that describe and never diagnose."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.diary import NightEntry, NightRecord
from rlsdesk.domain.insights import (
    EARLIER_MINUTES,
    SIGN_DAYTIME,
    SIGN_EARLIER,
    SIGN_WORSE,
    AugmentationNote,
    MedicineStart,
    augmentation_note,
    dopaminergic_names,
)
from rlsdesk.export.summaries import Banner, augmentation_banner
from rlsdesk.services.diary import dopaminergic_known

START = date(2026, 9, 1)
TODAY = START + timedelta(days=59)           # 60 nights
MED_START = TODAY - timedelta(days=20)       # pramipexole added 21 nights before the end
PRAMIPEXOLE = MedicineStart("Pramipexole 0.125 mg", MED_START)
FORBIDDEN = ("you have", "augmentation is present", "you are", "diagnos")


def rec(day: date, onset: int | None, severity: int | None = 4,
        morning: tuple[int, ...] = ()) -> NightRecord:
    entry = NightEntry(day, severity) if severity is not None else None
    onsets = ((onset,) if onset is not None else ()) + morning
    return NightRecord(day, entry, onsets)


def drift_diary(before: int, after: int, change: date = MED_START,
                severities: dict[int, int] | None = None) -> list[NightRecord]:
    """60 nights, onset ``before`` until ``change``, then ``after`` (minutes since 12:00)."""
    out = []
    for i in range(60):
        day = START + timedelta(days=i)
        severity = (severities or {}).get((TODAY - day).days, 4)
        out.append(rec(day, before if day < change else after, severity))
    return out


class _Data:  # what augmentation_banner reads of Insights
    def __init__(self, note: AugmentationNote) -> None:
        self.augmentation = note


def banner(note: AugmentationNote) -> Banner | None:
    return augmentation_banner(_Data(note))  # type: ignore[arg-type]


def test_earlier_onset_after_a_pramipexole_start_is_noted_against_the_nights_before() -> None:
    records = drift_diary(630, 480)  # 22:30 -> 20:00: 2 h 30 min earlier
    note = augmentation_note(records, TODAY, PRAMIPEXOLE)
    assert note.baseline == "before_medicine"
    assert note.baseline_last == MED_START - timedelta(days=1)
    assert note.baseline_nights == 28 and note.shift_minutes == 150
    assert note.signs == {SIGN_EARLIER} and note.show
    words = banner(note)
    assert words is not None
    assert words.body.startswith(
        "Your diary shows symptoms starting about 2 h 30 min earlier than before you started "
        "Pramipexole 0.125 mg on 10 Oct 2026")
    assert "Only a clinician can tell what this means: it may be linked to" in words.body
    assert "augmentation" not in words.body.lower()  # the diary is described, not named
    assert "raise it with them soon" in words.body
    assert "García-Borreguero" in words.source


def test_the_same_drift_without_a_dopaminergic_step_is_measured_from_the_first_nights() -> None:
    records = drift_diary(630, 480)
    note = augmentation_note(records, TODAY, None)
    assert note.baseline == "first_nights"
    assert note.baseline_first == START and note.baseline_nights == 28
    assert SIGN_EARLIER in note.signs and note.medicine is None
    words = banner(note)
    assert words is not None
    assert "earlier than in your first nights logged (01 Sep 2026 to 28 Sep 2026)" in words.body
    assert "augmentation" not in words.body
    assert "Only a clinician can tell what this means." in words.body


def test_a_medicine_taken_since_the_diary_began_falls_back_to_the_first_nights() -> None:
    records = drift_diary(630, 480)
    note = augmentation_note(records, TODAY, MedicineStart("Requip", START + timedelta(days=3)))
    assert note.baseline == "first_nights" and note.medicine == "Requip"
    words = banner(note)
    assert words is not None and "first nights logged" in words.body
    assert "medicines like Requip" in words.body


def test_a_shift_under_two_hours_is_not_a_sign() -> None:
    note = augmentation_note(drift_diary(630, 520), TODAY, PRAMIPEXOLE)  # 1 h 50 min
    assert note.shift_minutes == 110 and not note.signs and not note.show
    assert banner(note) is None


def test_morning_symptoms_count_as_daytime_and_leave_the_night_onset_alone() -> None:
    records = drift_diary(630, 630)
    week = [r for r in records if r.night > TODAY - timedelta(days=7)]
    mornings = {week[1].night, week[4].night}
    records = [replace(r, onsets=(*r.onsets, 22 * 60)) if r.night in mornings else r
               for r in records]  # 10:00 the next morning
    for record in records:
        assert record.onset == 630, "a 10:00 log is not the night's onset"
    note = augmentation_note(records, TODAY, PRAMIPEXOLE)
    assert note.daytime_days == 2 and SIGN_DAYTIME in note.signs
    assert not note.show, "symptoms before noon alone: not enough to raise"


def test_four_worse_nights_of_seven_are_not_counted_five_are() -> None:
    worse4 = {0: 7, 1: 7, 2: 7, 3: 7}
    note = augmentation_note(drift_diary(630, 630, severities=worse4), TODAY, PRAMIPEXOLE)
    assert note.worse_nights == 4 and SIGN_WORSE not in note.signs
    worse5 = {**worse4, 5: 8}
    note = augmentation_note(drift_diary(630, 630, severities=worse5), TODAY, PRAMIPEXOLE)
    assert note.worse_nights == 5 and SIGN_WORSE in note.signs and not note.show


def test_worse_nights_with_symptoms_before_noon_are_raised() -> None:
    records = drift_diary(630, 630, severities={n: 8 for n in range(6)})
    records = [replace(r, onsets=(*r.onsets, 20 * 60)) if (TODAY - r.night).days in (0, 2)
               else r for r in records]  # 08:00 the next morning
    note = augmentation_note(records, TODAY, PRAMIPEXOLE)
    assert note.signs == {SIGN_WORSE, SIGN_DAYTIME} and note.show
    words = banner(note)
    assert words is not None
    assert words.body.startswith("Your diary shows that on 6 of the last 7 nights symptoms "
                                 "were worse than before you started Pramipexole")
    assert "On 2 of the last 7 days you logged symptoms before noon." in words.body


def test_dopaminergic_names_come_from_resources_in_any_case_and_language() -> None:
    known = dopaminergic_known()
    for text in ("PRAMIPEXOL 0,18 mg", "ropinirol retard", "Rotigotin-Pflaster", "madopar",
                 "Sifrol", "mirapexin", "Neupro patch", "LEVODOPA/Benserazid", "Sinemet"):
        assert dopaminergic_names([text], known), text
    assert dopaminergic_names(["Gabapentin", "Pregabalin", "levodopamine"], known) == []


nights = st.lists(
    st.tuples(st.one_of(st.none(), st.integers(0, 1079)), st.one_of(st.none(), st.integers(0, 10)),
              st.booleans()),
    min_size=0, max_size=70)


@given(nights, st.one_of(st.none(), st.integers(0, 69)))
def test_signs_follow_their_rules_and_the_words_never_diagnose(
        diary: list[tuple[int | None, int | None, bool]], med_day: int | None) -> None:
    records = [rec(START + timedelta(days=i), onset, severity, (1200,) if morning else ())
               for i, (onset, severity, morning) in enumerate(diary)]
    today = START + timedelta(days=69)
    medicine = None if med_day is None else MedicineStart("Ropinirol",
                                                          START + timedelta(days=med_day))
    note = augmentation_note(records, today, medicine)
    shift = note.shift_minutes
    assert (SIGN_EARLIER in note.signs) == (shift is not None and shift >= EARLIER_MINUTES)
    assert (SIGN_WORSE in note.signs) == (note.worse_nights >= 5)
    assert (SIGN_DAYTIME in note.signs) == (note.daytime_days >= 2)
    assert 0 <= note.worse_nights <= 7 and 0 <= note.daytime_days <= 7
    if note.baseline == "before_medicine":
        assert medicine is not None and note.baseline_last is not None
        assert note.baseline_last < medicine.night
    assert note.show == (SIGN_EARLIER in note.signs
                         or {SIGN_DAYTIME, SIGN_WORSE} <= note.signs)
    words = banner(note)
    assert (words is not None) == note.show
    if words is not None:
        text = f"{words.title} {words.body} {words.criteria}".lower()
        assert not any(phrase in text for phrase in FORBIDDEN)
        assert "only a clinician can tell" in text and "raise it" in text
