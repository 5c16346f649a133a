from __future__ import annotations

import copy
from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.clock import format_clock, from_noon_minutes, parse_clock, to_noon_minutes
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.kinds import AnchorKind, MagnesiumForm, SleepHygieneItem, StepKind
from rlsdesk.domain.routine import (
    Anchor,
    Step,
    routine_from_document,
    routine_to_document,
    step_from_dict,
    step_to_dict,
)
from tests.unit.domain.strategies import steps_strategy

MG = {
    "kind": "magnesium",
    "title": "Magnesium",
    "anchor": {"type": "before_onset", "minutes": 90},
    "minutes": 5,
    "dose_mg": 200,
    "form": "citrate",
}


def with_(base: dict, **changes: object) -> dict:
    d = copy.deepcopy(base)
    d.update(changes)
    return d


# ------------------------------------------------------------------ clock


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21:30", time(21, 30)),
        ("00:00", time(0, 0)),
        ("09:05", time(9, 5)),
        ("23:59", time(23, 59)),
    ],
)
def test_parse_clock_accepts_24h(text: str, expected: time) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize(
    "text", ["25:99", "", "9pm", "24:00", "12:60", "21.30", "2130", None, 2130,
             "9:05", " 23:59 ", "21:30\n", "21:30:00", "２１:３０", "2026-11-21"]
)
def test_parse_clock_rejects_with_clear_error(text: object) -> None:
    with pytest.raises(ValidationError) as err:
        parse_clock(text, "bedtime")
    assert err.value.field == "bedtime"
    assert err.value.value == text
    assert str(err.value).startswith("bedtime: ")


def test_parse_clock_messages_say_what_is_wrong() -> None:
    with pytest.raises(ValidationError, match="hour outside 00-23"):
        parse_clock("25:99")
    with pytest.raises(ValidationError, match="empty"):
        parse_clock("")
    with pytest.raises(ValidationError, match="24-hour"):
        parse_clock("9pm")


@given(st.integers(0, 23), st.integers(0, 59))
def test_clock_round_trip(hour: int, minute: int) -> None:
    t = time(hour, minute)
    assert parse_clock(format_clock(t)) == t
    assert from_noon_minutes(to_noon_minutes(t)) == t


def test_noon_minutes_orders_across_midnight() -> None:
    assert to_noon_minutes(time(23, 50)) < to_noon_minutes(time(0, 20))
    assert to_noon_minutes(time(12, 0)) == 0
    assert to_noon_minutes(time(21, 30)) == 570


# ------------------------------------------------------------------ steps


def test_step_from_dict_fills_defaults_and_strips_title() -> None:
    step = step_from_dict(with_(MG, title="  Magnesium  "))
    assert step.title == "Magnesium"
    assert step.kind is StepKind.MAGNESIUM
    assert step.form is MagnesiumForm.CITRATE
    assert step.days == frozenset(range(7))
    assert step.enabled is True
    assert step.through_dnd is False
    assert step.id is None
    assert step.anchor == Anchor.before_onset(90)


@pytest.mark.parametrize(
    ("changes", "field", "value"),
    [
        ({"dose_mg": 0}, "dose_mg", 0),
        ({"dose_mg": 99999}, "dose_mg", 99999),
        ({"dose_mg": True}, "dose_mg", True),
        ({"dose_mg": 2.5}, "dose_mg", 2.5),
        ({"dose_mg": None}, "dose_mg", None),
        ({"form": "chloride-ish"}, "form", "chloride-ish"),
        ({"kind": "yoga"}, "kind", "yoga"),
        ({"title": ""}, "title", ""),
        ({"title": "   "}, "title", "   "),
        ({"title": "x" * 81}, "title", "x" * 81),
        ({"anchor": {"type": "before_onset", "minutes": -5}}, "anchor.minutes", -5),
        ({"anchor": {"type": "before_bed", "minutes": 721}}, "anchor.minutes", 721),
        ({"anchor": {"type": "clock", "time": "25:99"}}, "anchor.time", "25:99"),
        ({"anchor": {"type": "sunset", "minutes": 5}}, "anchor.type", "sunset"),
        ({"minutes": 241}, "minutes", 241),
        ({"days": []}, "days", []),
        ({"days": [7]}, "days", [7]),
        ({"enabled": "yes"}, "enabled", "yes"),
        ({"through_dnd": 1}, "through_dnd", 1),
        ({"cycles": 3}, "cycles", 3),
        ({"colour": "red"}, "colour", "red"),
    ],
)
def test_bad_step_raises_validation_error_naming_field(
    changes: dict, field: str, value: object
) -> None:
    with pytest.raises(ValidationError) as err:
        step_from_dict(with_(MG, **changes))
    assert err.value.field == field
    assert err.value.value == value
    assert str(err.value).startswith(f"{field}: ")


def test_dose_message_reads_well() -> None:
    with pytest.raises(ValidationError) as err:
        step_from_dict(with_(MG, dose_mg=99999))
    assert str(err.value) == "dose_mg: 99999 is outside 1-1000 mg"


def test_validation_error_is_value_error() -> None:
    assert issubclass(ValidationError, ValueError)


@pytest.mark.parametrize(
    ("d", "field"),
    [
        (
            {"kind": "medication", "title": "Pill", "anchor": {"type": "clock", "time": "21:00"}},
            "name",
        ),
        (
            {
                "kind": "medication",
                "title": "P",
                "name": " ",
                "anchor": {"type": "clock", "time": "09:00"},
            },
            "name",
        ),
        (
            {
                "kind": "contrast_packs",
                "title": "C",
                "anchor": {"type": "before_onset", "minutes": 0},
                "cycles": 11,
                "minutes_each": 5,
            },
            "cycles",
        ),
        (
            {
                "kind": "contrast_packs",
                "title": "C",
                "anchor": {"type": "before_onset", "minutes": 0},
                "cycles": 2,
                "minutes_each": 0,
            },
            "minutes_each",
        ),
        (
            {
                "kind": "stretching",
                "title": "S",
                "anchor": {"type": "before_onset", "minutes": 0},
                "stretches": [{"name": "calves", "seconds": 5}],
            },
            "stretches[0].seconds",
        ),
        (
            {
                "kind": "stretching",
                "title": "S",
                "anchor": {"type": "before_onset", "minutes": 0},
                "stretches": [],
            },
            "stretches",
        ),
        (
            {
                "kind": "sleep_hygiene",
                "title": "S",
                "anchor": {"type": "before_bed", "minutes": 0},
                "item": "yoga",
            },
            "item",
        ),
        ({"kind": "bath", "title": "B", "anchor": {"type": "clock"}}, "anchor.time"),
        ({"kind": "bath", "title": "B"}, "anchor"),
    ],
)
def test_kind_params_are_validated(d: dict, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        step_from_dict(d)
    assert err.value.field == field


def test_step_constructor_validates_too() -> None:
    with pytest.raises(ValidationError) as err:
        Step(StepKind.HEAT_PACK, "Heat", Anchor.before_onset(0), dose_mg=100)
    assert err.value.field == "dose_mg"
    with pytest.raises(ValidationError):
        Anchor(AnchorKind.CLOCK)
    with pytest.raises(ValidationError):
        Anchor.before_bed(-1)


def test_through_dnd_is_written_only_when_set() -> None:
    """A step marked "remind me even in Do Not Disturb" keeps the mark through its JSON
    form; an unmarked one writes no key, so older files and exports read the same."""
    plain = step_from_dict(MG)
    assert "through_dnd" not in step_to_dict(plain)
    marked = step_from_dict(with_(MG, through_dnd=True))
    assert marked.through_dnd is True
    assert step_to_dict(marked)["through_dnd"] is True
    assert step_from_dict(step_to_dict(marked)) == marked


# ------------------------------------------------------------------ round trips


@given(steps_strategy)
def test_step_dict_round_trip(step: Step) -> None:
    assert step_from_dict(step_to_dict(step)) == step


@given(st.lists(steps_strategy, max_size=8))
def test_document_round_trip(steps: list[Step]) -> None:
    doc = routine_to_document(steps)
    assert doc["format"] == "rlsdesk-routine"
    assert doc["version"] == 1
    assert routine_from_document(doc) == steps


def test_step_dict_is_json_friendly() -> None:
    import json

    step = step_from_dict(
        {
            "kind": "bath",
            "title": "Bath",
            "anchor": {"type": "clock", "time": "20:15"},
            "minutes": 20,
        }
    )
    d = step_to_dict(step)
    assert d["anchor"] == {"type": "clock", "time": "20:15"}
    assert json.loads(json.dumps(d)) == d
    assert "dose_mg" not in d


def test_document_errors_name_the_path() -> None:
    doc = routine_to_document([step_from_dict(MG)] * 2)
    doc["steps"].append(with_(MG, dose_mg=99999))
    with pytest.raises(ValidationError) as err:
        routine_from_document(doc)
    assert err.value.field == "steps[2].dose_mg"
    assert err.value.value == 99999
    assert "steps[2].dose_mg: 99999" in str(err.value)


def test_document_errors_nested_anchor_path() -> None:
    doc = routine_to_document([])
    doc["steps"] = [with_(MG, anchor={"type": "before_bed", "minutes": -10})]
    with pytest.raises(ValidationError) as err:
        routine_from_document(doc)
    assert err.value.field == "steps[0].anchor.minutes"


@pytest.mark.parametrize(
    ("doc", "field"),
    [
        ({"format": "other", "version": 1, "steps": []}, "format"),
        ({"format": "rlsdesk-routine", "version": 2, "steps": []}, "version"),
        ({"format": "rlsdesk-routine", "version": 1, "steps": {}}, "steps"),
        ({"format": "rlsdesk-routine", "version": 1, "steps": [3]}, "steps[0].step"),
        ([], "document"),
    ],
)
def test_bad_documents(doc: object, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        routine_from_document(doc)
    assert err.value.field == field


def test_default_routine_is_valid_and_sensible(default_routine: list[Step]) -> None:
    kinds = {s.kind for s in default_routine}
    assert {StepKind.BATH, StepKind.STRETCHING, StepKind.BEDTIME} <= kinds
    items = {s.item for s in default_routine if s.kind is StepKind.SLEEP_HYGIENE}
    assert {SleepHygieneItem.CAFFEINE_CUTOFF, SleepHygieneItem.SCREENS_OFF} <= items
    # no supplement or medicine is presumed for a new person, switched on or off
    assert not kinds & {StepKind.MAGNESIUM, StepKind.MEDICATION}
    assert all(s.dose_mg is None and s.form is None and s.name is None for s in default_routine)
    caffeine = next(s for s in default_routine if s.item is SleepHygieneItem.CAFFEINE_CUTOFF)
    assert caffeine.anchor == Anchor.before_bed(360)
    assert routine_from_document(routine_to_document(default_routine)) == default_routine
