"""The routine's limits at, just under and just over each edge, and every refusal as a
person reads it: the sentence the command line prints (``str(err)``) and the code and
parameters the window words it from. Written for the survivors of `make mutation`."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import time
from typing import Any

import pytest

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.kinds import AnchorKind, MagnesiumForm, SleepHygieneItem, StepKind
from rlsdesk.domain.routine import (
    MEDICATION_ANCHOR,
    Anchor,
    Step,
    Stretch,
    pin_medication_anchor,
    routine_from_document,
    step_from_dict,
    step_to_dict,
)

MG: dict[str, Any] = {
    "kind": "magnesium",
    "title": "Magnesium",
    "anchor": {"type": "before_bed", "minutes": 90},
    "minutes": 5,
    "dose_mg": 200,
    "form": "citrate",
}
BATH: dict[str, Any] = {"kind": "bath", "title": "Bath", "anchor": {"type": "before_bed",
                                                                     "minutes": 60}}
ANCHOR_CHOICES = "before_onset, before_bed, clock"
KIND_CHOICES = ("magnesium, bath, heat_pack, cold_pack, contrast_packs, stretching, massage, "
                "sleep_hygiene, medication, bedtime, custom")


def with_(base: dict[str, Any], **changes: object) -> dict[str, Any]:
    d = copy.deepcopy(base)
    d.update(changes)
    return d


def refusal(make: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        make()
    return info.value


def assert_refused(make: Callable[[], object], text: str, code: ProblemCode,
                   **params: object) -> None:
    err = refusal(make)
    assert str(err) == text
    assert err.code is code
    assert err.params == params


# ------------------------------------------------------------------ anchors


@pytest.mark.parametrize("minutes", [0, 1, 719, 720])
def test_anchor_minutes_inside_0_to_720_are_kept(minutes: int) -> None:
    assert Anchor.before_bed(minutes).minutes == minutes
    assert Anchor.from_dict({"type": "before_onset", "minutes": minutes}).minutes == minutes


@pytest.mark.parametrize("minutes", [-1, 721])
def test_anchor_minutes_just_outside_are_refused(minutes: int) -> None:
    assert_refused(lambda: Anchor.before_onset(minutes),
                   f"anchor.minutes: {minutes} is outside 0-720 min", ProblemCode.OUT_OF_RANGE,
                   min=0, max=720, unit="min")
    assert_refused(lambda: Anchor.from_dict({"type": "before_bed", "minutes": minutes}),
                   f"anchor.minutes: {minutes} is outside 0-720 min", ProblemCode.OUT_OF_RANGE,
                   min=0, max=720, unit="min")


def test_anchor_kind_given_as_text_becomes_the_enum() -> None:
    anchor = Anchor("before_bed", 5)  # type: ignore[arg-type]
    assert anchor.kind is AnchorKind.BEFORE_BED
    assert anchor.to_dict() == {"type": "before_bed", "minutes": 5}
    assert type(anchor.to_dict()["type"]) is str


def test_an_unknown_anchor_kind_lists_the_three() -> None:
    assert_refused(lambda: Anchor("sunset"),  # type: ignore[arg-type]
                   f"anchor.type: 'sunset' is not one of {ANCHOR_CHOICES}",
                   ProblemCode.NOT_ONE_OF, choices=tuple(AnchorKind))


def test_a_clock_anchor_needs_its_time_and_drops_seconds_and_minutes() -> None:
    assert_refused(lambda: Anchor(AnchorKind.CLOCK),
                   "anchor.time: None is required for a clock anchor", ProblemCode.REQUIRED,
                   kind=AnchorKind.CLOCK)
    anchor = Anchor(AnchorKind.CLOCK, 30, time(21, 30, 45, 5))
    assert anchor.clock == time(21, 30)
    assert anchor.minutes == 0
    assert anchor.to_dict() == {"type": "clock", "time": "21:30"}
    assert anchor == Anchor.at(time(21, 30))


def test_a_time_on_a_minutes_anchor_is_refused() -> None:
    assert_refused(lambda: Anchor(AnchorKind.BEFORE_BED, 10, time(21, 0)),
                   "anchor.time: datetime.time(21, 0) is only allowed for a clock anchor, "
                   "not before_bed", ProblemCode.NOT_ALLOWED, kind=AnchorKind.BEFORE_BED)


@pytest.mark.parametrize(("d", "text", "code", "params"), [
    (5, "anchor: 5 is not an object with 'type' and 'minutes'/'time'",
     ProblemCode.WRONG_TYPE, {"expected": "object"}),
    ({"type": "clock", "time": "21:00", "extra": 1}, "anchor.extra: 1 is not a known field",
     ProblemCode.UNKNOWN_FIELD, {}),
    ({"minutes": 5}, "anchor.type: None is missing", ProblemCode.MISSING, {}),
    ({"type": "sunset", "minutes": 5}, f"anchor.type: 'sunset' is not one of {ANCHOR_CHOICES}",
     ProblemCode.NOT_ONE_OF, {"choices": tuple(AnchorKind)}),
    ({"type": ["clock"], "minutes": 5},
     f"anchor.type: ['clock'] is not one of {ANCHOR_CHOICES}",
     ProblemCode.NOT_ONE_OF, {"choices": tuple(AnchorKind)}),
    ({"type": "clock", "minutes": 5}, "anchor.time: None is missing for a clock anchor",
     ProblemCode.MISSING, {}),
    ({"type": "before_bed"}, "anchor.minutes: None is missing for a before_bed anchor",
     ProblemCode.MISSING, {}),
    ({"type": "clock", "time": "24:00"}, "anchor.time: '24:00' has an hour outside 00-23",
     ProblemCode.NOT_A_TIME, {}),
])
def test_anchor_from_dict_refusals_read_well(d: object, text: str, code: ProblemCode,
                                              params: dict[str, object]) -> None:
    assert_refused(lambda: Anchor.from_dict(d), text, code, **params)


def test_anchor_from_dict_reads_each_kind() -> None:
    assert Anchor.from_dict({"type": "clock", "time": "00:00"}) == Anchor.at(time(0, 0))
    assert Anchor.from_dict({"type": "before_onset", "minutes": 45}) == Anchor.before_onset(45)
    assert Anchor.from_dict({"type": "before_bed", "minutes": "30"}).kind is AnchorKind.BEFORE_BED


# ------------------------------------------------------------------ stretches


@pytest.mark.parametrize("seconds", [10, 11, 299, 300])
def test_stretch_seconds_inside_10_to_300_are_kept(seconds: int) -> None:
    assert Stretch("calves", seconds).seconds == seconds


@pytest.mark.parametrize("seconds", [9, 301])
def test_stretch_seconds_just_outside_are_refused(seconds: int) -> None:
    assert_refused(lambda: Stretch("calves", seconds),
                   f"seconds: {seconds} is outside 10-300 s", ProblemCode.OUT_OF_RANGE,
                   min=10, max=300, unit="s")


def test_stretch_name_is_one_line_of_at_most_80() -> None:
    assert Stretch("  " + "n" * 80 + " ", 30).name == "n" * 80
    assert_refused(lambda: Stretch("n" * 81, 30),
                   f"name: {'n' * 81!r} is longer than 80 characters", ProblemCode.TOO_LONG,
                   max=80)
    assert_refused(lambda: Stretch(" ", 30), "name: ' ' must not be empty", ProblemCode.EMPTY)


def stretching(stretches: object) -> dict[str, Any]:
    return {"kind": "stretching", "title": "Stretch",
            "anchor": {"type": "before_onset", "minutes": 30}, "stretches": stretches}


def test_twenty_stretches_fit_and_twenty_one_do_not() -> None:
    twenty = [Stretch(f"s{i}", 30) for i in range(20)]
    assert len(Step(StepKind.STRETCHING, "S", Anchor.before_onset(0), stretches=tuple(twenty))
               .stretches) == 20
    assert_refused(
        lambda: Step(StepKind.STRETCHING, "S", Anchor.before_onset(0),
                     stretches=(*twenty, Stretch("one more", 30))),
        "stretches: 21 is more than 20 stretches", ProblemCode.TOO_MANY, max=20)


def test_stretches_must_be_a_sequence_of_stretches() -> None:
    assert_refused(
        lambda: Step(StepKind.STRETCHING, "S", Anchor.before_onset(0),
                     stretches="calves"),  # type: ignore[arg-type]
        "stretches: 'calves' is not a list of stretches", ProblemCode.WRONG_TYPE,
        expected="list")
    assert_refused(
        lambda: Step(StepKind.STRETCHING, "S", Anchor.before_onset(0),
                     stretches={Stretch("a", 30)}),  # type: ignore[arg-type]
        "stretches: {Stretch(name='a', seconds=30)} is not a list of stretches",
        ProblemCode.WRONG_TYPE, expected="list")
    assert_refused(
        lambda: Step(StepKind.STRETCHING, "S", Anchor.before_onset(0),
                     stretches=(Stretch("a", 30), "b")),  # type: ignore[arg-type]
        "stretches[1]: 'b' is not a Stretch", ProblemCode.WRONG_TYPE, expected="stretch")


@pytest.mark.parametrize(("stretches", "text", "code", "params"), [
    ("calves", "stretches: 'calves' is not a list of {name, seconds}", ProblemCode.WRONG_TYPE,
     {"expected": "list"}),
    ([5], "stretches[0]: 5 is not an object {name, seconds}", ProblemCode.WRONG_TYPE,
     {"expected": "object"}),
    ([{"name": "a", "seconds": 30}, {"name": "b", "seconds": 30, "reps": 3}],
     "stretches[1].reps: 3 is not a known field", ProblemCode.UNKNOWN_FIELD, {}),
    ([{"name": "a", "seconds": 9}], "stretches[0].seconds: 9 is outside 10-300 s",
     ProblemCode.OUT_OF_RANGE, {"min": 10, "max": 300, "unit": "s"}),
    ([{"seconds": 30}], "stretches[0].name: None is not text", ProblemCode.NOT_TEXT, {}),
    ([], "stretches: () is required for a stretching step", ProblemCode.REQUIRED,
     {"kind": StepKind.STRETCHING}),
])
def test_stretches_from_json_refusals_name_the_stretch(
        stretches: object, text: str, code: ProblemCode, params: dict[str, object]) -> None:
    assert_refused(lambda: step_from_dict(stretching(stretches)), text, code, **params)


def test_stretches_from_json_read_as_a_tuple_and_write_back() -> None:
    d = stretching(({"name": "calves", "seconds": 10}, {"name": "hamstrings", "seconds": 300}))
    step = step_from_dict(d)
    assert step.stretches == (Stretch("calves", 10), Stretch("hamstrings", 300))
    assert step_to_dict(step)["stretches"] == [{"name": "calves", "seconds": 10},
                                               {"name": "hamstrings", "seconds": 300}]


def test_a_null_stretches_key_is_no_stretches() -> None:
    assert step_from_dict(with_(BATH, stretches=None)).stretches == ()


# ------------------------------------------------------------------ step fields


@pytest.mark.parametrize(("field", "inside", "outside", "text"), [
    ("dose_mg", (1, 2, 999, 1000), (0, 1001), "is outside 1-1000 mg"),
    ("minutes", (0, 1, 239, 240), (-1, 241), "is outside 0-240 min"),
])
def test_magnesium_numbers_at_their_edges(field: str, inside: tuple[int, ...],
                                          outside: tuple[int, ...], text: str) -> None:
    for value in inside:
        assert getattr(step_from_dict(with_(MG, **{field: value})), field) == value
    lo, hi = (int(part) for part in text.split()[2].split("-"))
    unit = text.split()[-1]
    for value in outside:
        assert_refused(lambda value=value: step_from_dict(with_(MG, **{field: value})),
                       f"{field}: {value} {text}", ProblemCode.OUT_OF_RANGE,
                       min=lo, max=hi, unit=unit)


def packs(cycles: object = 3, minutes_each: object = 5) -> dict[str, Any]:
    return {"kind": "contrast_packs", "title": "Packs",
            "anchor": {"type": "before_onset", "minutes": 60},
            "cycles": cycles, "minutes_each": minutes_each}


@pytest.mark.parametrize("cycles", [1, 2, 9, 10])
def test_contrast_pack_cycles_inside_1_to_10(cycles: int) -> None:
    assert step_from_dict(packs(cycles=cycles)).cycles == cycles


@pytest.mark.parametrize("cycles", [0, 11])
def test_contrast_pack_cycles_just_outside(cycles: int) -> None:
    assert_refused(lambda: step_from_dict(packs(cycles=cycles)),
                   f"cycles: {cycles} is outside 1-10", ProblemCode.OUT_OF_RANGE,
                   min=1, max=10, unit="")


@pytest.mark.parametrize("each", [1, 2, 19, 20])
def test_contrast_pack_minutes_each_inside_1_to_20(each: int) -> None:
    step = step_from_dict(packs(minutes_each=each))
    assert step.minutes_each == each
    assert step_to_dict(step)["minutes_each"] == each
    assert step_to_dict(step)["cycles"] == 3


@pytest.mark.parametrize("each", [0, 21])
def test_contrast_pack_minutes_each_just_outside(each: int) -> None:
    assert_refused(lambda: step_from_dict(packs(minutes_each=each)),
                   f"minutes_each: {each} is outside 1-20 min", ProblemCode.OUT_OF_RANGE,
                   min=1, max=20, unit="min")


def test_title_of_80_fits_81_does_not_and_spaces_around_do_not_count() -> None:
    assert step_from_dict(with_(MG, title=" " + "t" * 80 + " ")).title == "t" * 80
    assert_refused(lambda: step_from_dict(with_(MG, title="t" * 81)),
                   f"title: {'t' * 81!r} is longer than 80 characters", ProblemCode.TOO_LONG,
                   max=80)
    assert_refused(lambda: step_from_dict(with_(MG, title="  ")),
                   "title: '  ' must not be empty", ProblemCode.EMPTY)
    assert_refused(lambda: step_from_dict(with_(MG, title="a\nb")),
                   "title: 'a\\nb' holds a line break; it must be one line",
                   ProblemCode.LINE_BREAK, char="U+000A")


def medication(name: object = "Pill", anchor: object = None) -> dict[str, Any]:
    return {"kind": "medication", "title": "Medicine", "name": name,
            "anchor": anchor or {"type": "clock", "time": "21:00"}}


def test_medication_name_of_80_fits_81_does_not() -> None:
    assert step_from_dict(medication(name=" " + "m" * 80)).name == "m" * 80
    assert_refused(lambda: step_from_dict(medication(name="m" * 81)),
                   f"name: {'m' * 81!r} is longer than 80 characters", ProblemCode.TOO_LONG,
                   max=80)
    assert_refused(lambda: step_from_dict(medication(name=" ")),
                   "name: ' ' must not be empty", ProblemCode.EMPTY)


def test_a_medication_may_follow_bed_or_a_clock_but_never_the_onset() -> None:
    assert step_from_dict(medication(anchor={"type": "before_bed", "minutes": 30})).anchor \
        == Anchor.before_bed(30)
    assert_refused(
        lambda: step_from_dict(medication(anchor={"type": "before_onset", "minutes": 30})),
        f"anchor.type: 'before_onset' {MEDICATION_ANCHOR}", ProblemCode.MEDICATION_ANCHOR)


@pytest.mark.parametrize(("make", "text", "code", "params"), [
    (lambda: step_from_dict(with_(MG, kind="yoga")),
     f"kind: 'yoga' is not a known step kind ({KIND_CHOICES})", ProblemCode.NOT_ONE_OF,
     {"choices": tuple(StepKind)}),
    (lambda: step_from_dict(with_(MG, kind=["bath"])),
     f"kind: ['bath'] is not a known step kind ({KIND_CHOICES})", ProblemCode.NOT_ONE_OF,
     {"choices": tuple(StepKind)}),
    (lambda: Step("yoga", "Y", Anchor.before_bed(0)),  # type: ignore[arg-type]
     f"kind: 'yoga' is not a known step kind ({KIND_CHOICES})", ProblemCode.NOT_ONE_OF,
     {"choices": tuple(StepKind)}),
    (lambda: step_from_dict(with_(MG, id=True)), "id: True is not a whole number or null",
     ProblemCode.WRONG_TYPE, {"expected": "whole number"}),
    (lambda: step_from_dict(with_(MG, id="3")), "id: '3' is not a whole number or null",
     ProblemCode.WRONG_TYPE, {"expected": "whole number"}),
    (lambda: Step(StepKind.BATH, "B", {"type": "clock"}),  # type: ignore[arg-type]
     "anchor: {'type': 'clock'} is not an Anchor", ProblemCode.WRONG_TYPE,
     {"expected": "anchor"}),
    (lambda: step_from_dict(with_(MG, enabled="yes")), "enabled: 'yes' is not true or false",
     ProblemCode.WRONG_TYPE, {"expected": "true or false"}),
    (lambda: step_from_dict(with_(MG, enabled=1)), "enabled: 1 is not true or false",
     ProblemCode.WRONG_TYPE, {"expected": "true or false"}),
    (lambda: step_from_dict(with_(MG, through_dnd=0)), "through_dnd: 0 is not true or false",
     ProblemCode.WRONG_TYPE, {"expected": "true or false"}),
    (lambda: step_from_dict(with_(MG, dose_mg=None)),
     "dose_mg: None is required for a magnesium step", ProblemCode.REQUIRED,
     {"kind": StepKind.MAGNESIUM}),
    (lambda: step_from_dict(with_(BATH, dose_mg=100)),
     "dose_mg: 100 is not allowed for a bath step", ProblemCode.NOT_ALLOWED,
     {"kind": StepKind.BATH}),
    (lambda: Step(StepKind.BATH, "B", Anchor.before_bed(0), stretches=(Stretch("a", 30),)),
     "stretches: (Stretch(name='a', seconds=30),) is not allowed for a bath step",
     ProblemCode.NOT_ALLOWED, {"kind": StepKind.BATH}),
    (lambda: step_from_dict(with_(MG, form="chloride")),
     "form: 'chloride' is not one of citrate, glycinate, oxide, other", ProblemCode.NOT_ONE_OF,
     {"choices": tuple(MagnesiumForm)}),
    (lambda: step_from_dict(with_(MG, form=3)),
     "form: 3 is not one of citrate, glycinate, oxide, other", ProblemCode.NOT_ONE_OF,
     {"choices": tuple(MagnesiumForm)}),
    (lambda: step_from_dict({"kind": "sleep_hygiene", "title": "S", "item": "yoga",
                             "anchor": {"type": "before_bed", "minutes": 0}}),
     "item: 'yoga' is not one of screens_off, dim_lights, cool_bedroom, caffeine_cutoff, "
     "alcohol_cutoff, weighted_blanket", ProblemCode.NOT_ONE_OF,
     {"choices": tuple(SleepHygieneItem)}),
    (lambda: step_from_dict(3), "step: 3 is not an object", ProblemCode.WRONG_TYPE,
     {"expected": "object"}),
    (lambda: step_from_dict(with_(MG, colour="red")), "colour: 'red' is not a known field",
     ProblemCode.UNKNOWN_FIELD, {}),
    (lambda: step_from_dict({"title": "T", "anchor": {}}), "kind: None is missing",
     ProblemCode.MISSING, {}),
    (lambda: step_from_dict({"kind": "bath", "anchor": {}}), "title: None is missing",
     ProblemCode.MISSING, {}),
    (lambda: step_from_dict({"kind": "bath", "title": "T"}), "anchor: None is missing",
     ProblemCode.MISSING, {}),
    (lambda: step_from_dict(with_(MG, days="0123")),
     "days: '0123' is not a list of weekday numbers (0=Mon..6=Sun)", ProblemCode.NOT_WEEKDAYS,
     {}),
    (lambda: step_from_dict(with_(MG, days=[])), "days: [] must hold at least one weekday",
     ProblemCode.NO_WEEKDAY, {}),
])
def test_step_refusals_read_well(make: Callable[[], object], text: str, code: ProblemCode,
                                 params: dict[str, object]) -> None:
    assert_refused(make, text, code, **params)


def test_unknown_keys_are_reported_in_a_stable_order_whatever_their_type() -> None:
    assert str(refusal(lambda: step_from_dict(with_(MG, zeta=1, alpha=2)))) \
        == "alpha: 2 is not a known field"
    assert str(refusal(lambda: step_from_dict({**MG, 7: "x", "zeta": 1}))) \
        == "7: 'x' is not a known field"


@pytest.mark.parametrize("days", [[0], [6], [0, 6], (3,), {1, 2}, range(7)])
def test_weekdays_0_to_6_are_kept(days: object) -> None:
    step = Step(StepKind.BATH, "B", Anchor.before_bed(0), days=days)  # type: ignore[arg-type]
    assert step.days == frozenset(days)  # type: ignore[arg-type]
    assert step_to_dict(step)["days"] == sorted(days)  # type: ignore[call-overload]


@pytest.mark.parametrize("days", [[-1], [7], [True], [1.0], ["1"]])
def test_weekdays_outside_0_to_6_are_refused(days: object) -> None:
    assert_refused(lambda: Step(StepKind.BATH, "B", Anchor.before_bed(0),
                                days=days),  # type: ignore[arg-type]
                   f"days: {days!r} must hold weekday numbers 0 (Mon) to 6 (Sun)",
                   ProblemCode.NOT_WEEKDAYS)


@pytest.mark.parametrize("days", ["0123", b"\x01", {0: 1}, 5])
def test_days_that_are_no_set_of_numbers_are_refused(days: object) -> None:
    assert_refused(lambda: Step(StepKind.BATH, "B", Anchor.before_bed(0),
                                days=days),  # type: ignore[arg-type]
                   f"days: {days!r} is not a set of weekday numbers (0=Mon..6=Sun)",
                   ProblemCode.NOT_WEEKDAYS)


def test_days_as_a_tuple_from_json_are_read() -> None:
    assert step_from_dict(with_(MG, days=(5, 6))).days == frozenset({5, 6})


def test_step_defaults_when_keys_are_absent() -> None:
    step = step_from_dict({"kind": "bath", "title": "Bath",
                           "anchor": {"type": "before_bed", "minutes": 0}})
    assert (step.minutes, step.enabled, step.through_dnd, step.id) == (0, True, False, None)
    assert step.days == frozenset(range(7))


@pytest.mark.parametrize("step_id", [0, 1, 12345])
def test_a_whole_number_id_is_kept(step_id: int) -> None:
    assert step_from_dict(with_(MG, id=step_id)).id == step_id


# ------------------------------------------------------------------ the JSON form, exactly


def test_each_kind_writes_exactly_its_own_parameters_as_plain_json() -> None:
    cases = [
        (with_(MG, id=4, days=[6, 0]),
         {"id": 4, "kind": "magnesium", "title": "Magnesium",
          "anchor": {"type": "before_bed", "minutes": 90}, "minutes": 5, "days": [0, 6],
          "enabled": True, "dose_mg": 200, "form": "citrate"}),
        (medication(),
         {"id": None, "kind": "medication", "title": "Medicine",
          "anchor": {"type": "clock", "time": "21:00"}, "minutes": 0,
          "days": [0, 1, 2, 3, 4, 5, 6], "enabled": True, "name": "Pill"}),
        ({"kind": "sleep_hygiene", "title": "Screens", "item": "screens_off", "enabled": False,
          "through_dnd": True, "anchor": {"type": "before_bed", "minutes": 60}},
         {"id": None, "kind": "sleep_hygiene", "title": "Screens",
          "anchor": {"type": "before_bed", "minutes": 60}, "minutes": 0,
          "days": [0, 1, 2, 3, 4, 5, 6], "enabled": False, "through_dnd": True,
          "item": "screens_off"}),
    ]
    for given, written in cases:
        d = step_to_dict(step_from_dict(given))
        assert d == written
        assert json.loads(json.dumps(d)) == written
        for key in ("kind", "form", "item"):
            if key in d:
                assert type(d[key]) is str, key
    assert step_from_dict(medication()).form is None
    item = step_from_dict(cases[2][0]).item
    assert item is SleepHygieneItem.SCREENS_OFF


def test_step_from_dict_passes_each_key_to_its_field() -> None:
    step = step_from_dict(with_(MG, id=9, minutes=7, days=[2], enabled=False,
                                through_dnd=True))
    assert (step.id, step.minutes, step.days, step.enabled, step.through_dnd) \
        == (9, 7, frozenset({2}), False, True)
    assert (step.dose_mg, step.form) == (200, MagnesiumForm.CITRATE)
    pack = step_from_dict(packs(cycles=4, minutes_each=6))
    assert (pack.cycles, pack.minutes_each) == (4, 6)


# ------------------------------------------------------------------ documents


DOC = {"format": "rlsdesk-routine", "version": 1, "steps": []}


@pytest.mark.parametrize(("doc", "text", "code", "params"), [
    ([], "document: [] is not a JSON object", ProblemCode.WRONG_TYPE, {"expected": "object"}),
    ({**DOC, "format": "other"}, "format: 'other' is not 'rlsdesk-routine'",
     ProblemCode.UNSUPPORTED_FORMAT, {"expected": "rlsdesk-routine"}),
    ({"version": 1, "steps": []}, "format: None is not 'rlsdesk-routine'",
     ProblemCode.UNSUPPORTED_FORMAT, {"expected": "rlsdesk-routine"}),
    ({**DOC, "version": True}, "version: True is not a supported version (this app reads 1)",
     ProblemCode.UNSUPPORTED_FORMAT, {"expected": 1}),
    ({**DOC, "version": 2}, "version: 2 is not a supported version (this app reads 1)",
     ProblemCode.UNSUPPORTED_FORMAT, {"expected": 1}),
    ({**DOC, "version": 0}, "version: 0 is not a supported version (this app reads 1)",
     ProblemCode.UNSUPPORTED_FORMAT, {"expected": 1}),
    ({"format": "rlsdesk-routine", "version": 1}, "steps: None is not a list",
     ProblemCode.WRONG_TYPE, {"expected": "list"}),
    ({**DOC, "steps": [MG, with_(MG, minutes=241)]},
     "steps[1].minutes: 241 is outside 0-240 min", ProblemCode.OUT_OF_RANGE,
     {"min": 0, "max": 240, "unit": "min"}),
])
def test_document_refusals_read_well(doc: object, text: str, code: ProblemCode,
                                     params: dict[str, object]) -> None:
    assert_refused(lambda: routine_from_document(doc), text, code, **params)


def test_a_document_keeps_every_step_in_order() -> None:
    steps = routine_from_document({**DOC, "steps": [MG, BATH, medication()]})
    assert [s.kind for s in steps] == [StepKind.MAGNESIUM, StepKind.BATH, StepKind.MEDICATION]


# ------------------------------------------------------------------ pinning a medicine's anchor


def never() -> time:
    raise AssertionError("onset() must not be called")


@pytest.mark.parametrize("record", [
    with_(MG, anchor={"type": "before_onset", "minutes": 30}),
    medication(anchor={"type": "before_bed", "minutes": 30}),
    medication(anchor={"type": "clock", "time": "21:00"}),
    {**medication(), "anchor": "before_onset"},
    {"kind": "medication", "name": "Pill"},
])
def test_records_that_need_no_pinning_are_left_alone(record: dict[str, Any]) -> None:
    assert pin_medication_anchor(record, never) is None


@pytest.mark.parametrize(("onset", "minutes", "pinned"), [
    (time(21, 0), 90, "19:30"),
    (time(21, 0), 0, "21:00"),
    (time(0, 30), 60, "23:30"),   # across midnight, back into the evening
    (time(21, 0), 540, "12:00"),  # exactly back to noon
    (time(21, 0), 541, "12:00"),  # would be before noon: held at noon
    (time(21, 0), 720, "12:00"),
    (time(12, 0), 0, "12:00"),
])
def test_a_before_onset_medication_is_pinned_to_its_clock_time(
        onset: time, minutes: int, pinned: str) -> None:
    record = medication(anchor={"type": "before_onset", "minutes": minutes})
    record["id"] = 3
    out = pin_medication_anchor(record, lambda: onset)
    assert out == {**record, "anchor": {"type": "clock", "time": pinned}}
    assert record["anchor"]["type"] == "before_onset"  # the given record is left as it was
    assert step_from_dict(out).anchor == Anchor.at(time.fromisoformat(pinned))


def test_pinning_reads_missing_minutes_as_zero_and_refuses_out_of_range() -> None:
    record = medication(anchor={"type": "before_onset"})
    assert pin_medication_anchor(record, lambda: time(22, 15))["anchor"]["time"] == "22:15"  # type: ignore[index]
    bad = medication(anchor={"type": "before_onset", "minutes": 721})
    assert_refused(lambda: pin_medication_anchor(bad, lambda: time(22, 0)),
                   "anchor.minutes: 721 is outside 0-720 min", ProblemCode.OUT_OF_RANGE,
                   min=0, max=720, unit="min")
