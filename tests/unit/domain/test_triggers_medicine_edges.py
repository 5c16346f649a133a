"""Triggers and medicine changes at their edges: an own trigger's name at 40 and 41
characters, names matched ignoring case and spaces, the weekly count's first and last
night; a medicine step's detail for each form, added switched off, a step that becomes or
stops being a medicine, and the events of a period's first and last night."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from rlsdesk.domain.diary import NightRecord
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.medicine_events import (
    CHANGES,
    MedicineEvent,
    events_between,
    medicine_changes,
    taken_detail,
)
from rlsdesk.domain.triggers import (
    BUILTIN_TRIGGERS,
    TriggerChoice,
    parse_own_trigger_name,
    resolve_trigger,
    trigger_counts,
)

NIGHT = date(2026, 11, 20)


def refused(call: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


# --- triggers ----------------------------------------------------------------------------
def test_an_own_name_may_be_40_characters_and_not_41() -> None:
    assert parse_own_trigger_name("x" * 40) == "x" * 40
    assert parse_own_trigger_name("  " + "x" * 40 + "  ") == "x" * 40  # spaces dropped first
    err = refused(lambda: parse_own_trigger_name("x" * 41, field="own"))
    assert err.field == "own" and err.code is ProblemCode.TOO_LONG
    assert err.problem == "is longer than 40 characters" and err.params == {"max": 40}
    assert err.value == "x" * 41
    assert parse_own_trigger_name("a") == "a"


@pytest.mark.parametrize("blank", ["", "   "])
def test_an_empty_own_name_is_refused(blank: str) -> None:
    err = refused(lambda: parse_own_trigger_name(blank))
    assert (err.field, err.code, err.problem) == ("trigger", ProblemCode.EMPTY, "is empty")
    assert err.value == blank


@pytest.mark.parametrize(("name", "taken"), [
    ("Alcohol", ()), ("LONG-SIT", ()), (" medicine-change ", ()), ("Wine", ["wine"]),
    ("wine", ["Beer", "WINE"]),
])
def test_a_name_already_used_is_refused_ignoring_case(name: str, taken: list[str]) -> None:
    err = refused(lambda: parse_own_trigger_name(name, taken))
    assert err.code is ProblemCode.NAME_TAKEN and err.problem == "is already a trigger name"
    assert err.value == name.strip() and err.field == "trigger"


def test_a_new_own_name_is_kept_as_written() -> None:
    assert parse_own_trigger_name(" Late Dinner ", ["Wine"]) == "Late Dinner"
    assert parse_own_trigger_name("Alcoholic", ["Wine"]) == "Alcoholic"
    assert refused(lambda: parse_own_trigger_name("two\nlines")).code is (
        ProblemCode.LINE_BREAK)


def test_resolve_finds_the_builtin_key_then_the_own_name() -> None:
    assert resolve_trigger(" CAFFEINE-LATE ", ()) == "caffeine-late"
    assert resolve_trigger("late dinner", ["Wine", "Late Dinner"]) == "Late Dinner"
    assert resolve_trigger("Alcohol", ["alcohol"]) == "alcohol"  # the built-in comes first
    err = refused(lambda: resolve_trigger(" Gin ", ["Wine"], field="triggers"))
    assert err.field == "triggers" and err.value == "Gin"
    assert err.code is ProblemCode.NOT_ONE_OF and err.params == {"choices": BUILTIN_TRIGGERS}
    assert err.problem == ("is not a trigger (built in: caffeine-late, alcohol, nicotine, "
                           "long-sit, short-night, exercise, medicine-change; or one of "
                           "your own)")
    assert refused(lambda: resolve_trigger("x", [])).field == "trigger"
    assert refused(lambda: resolve_trigger(None, [])).code is ProblemCode.NOT_TEXT


def test_counts_take_the_first_and_last_night_and_nothing_outside() -> None:
    def rec(offset: int, *names: str) -> NightRecord:
        return NightRecord(NIGHT + timedelta(days=offset), triggers=frozenset(names))

    records = [rec(-1, "alcohol", "Wine"), rec(0, "alcohol", "Wine", "nicotine"),
               rec(3, "alcohol", "Beer"), rec(6, "caffeine-late", "alcohol"),
               rec(7, "exercise", "Wine")]
    counts = trigger_counts(records, NIGHT, NIGHT + timedelta(days=6))
    assert counts == {"caffeine-late": 1, "alcohol": 3, "nicotine": 1, "Beer": 1, "Wine": 1}
    # built-ins in the chips' order, then the own ones by name
    assert list(counts) == ["caffeine-late", "alcohol", "nicotine", "Beer", "Wine"]
    assert trigger_counts(records, NIGHT + timedelta(days=1), NIGHT + timedelta(days=2)) == {}


def test_a_choice_is_builtin_and_shown_unless_told() -> None:
    assert TriggerChoice("alcohol") == TriggerChoice("alcohol", own=False, hidden=False)


# --- medicine changes ----------------------------------------------------------------------
def mg(dose: int = 200, form: str | None = "citrate", enabled: bool | None = True,
       title: str = "Magnesium") -> dict[str, object]:
    step: dict[str, object] = {"kind": "magnesium", "title": title, "dose_mg": dose}
    if form is not None:
        step["form"] = form
    if enabled is not None:
        step["enabled"] = enabled
    return step


def medicine(name: str | None = "Pramipexole 0.125 mg", title: str = "Evening tablet",
             enabled: bool = True) -> dict[str, object]:
    step: dict[str, object] = {"kind": "medication", "title": title, "enabled": enabled}
    if name is not None:
        step["name"] = name
    return step


@pytest.mark.parametrize(("step", "detail"), [
    (mg(200, "citrate"), "magnesium citrate 200 mg"),
    (mg(150, "glycinate"), "magnesium glycinate 150 mg"),
    (mg(100, "other"), "magnesium 100 mg"),
    (mg(100, ""), "magnesium 100 mg"),
    (mg(100, None), "magnesium 100 mg"),
    (medicine("Pramipexole 0.125 mg"), "Pramipexole 0.125 mg"),
    (medicine(None), "Evening tablet"),
    (medicine(""), "Evening tablet"),
    ({"kind": "medication"}, ""),
    ({"kind": "custom", "title": "Stretch"}, None),
    ({"title": "Bath"}, None),
    (None, None),
])
def test_what_a_step_has_the_person_take(step: dict[str, object] | None,
                                         detail: str | None) -> None:
    assert taken_detail(step) == detail


def test_a_step_added_switched_off_is_added_then_paused() -> None:
    assert medicine_changes(None, mg(enabled=False)) == [
        ("added", "Magnesium", "magnesium citrate 200 mg", ""),
        ("paused", "Magnesium", "magnesium citrate 200 mg", "")]
    # a step without the enabled key is on
    assert medicine_changes(None, mg(enabled=None)) == [
        ("added", "Magnesium", "magnesium citrate 200 mg", "")]
    assert medicine_changes(None, {"kind": "medication", "name": "X"}) == [("added", "", "X", "")]


def test_a_step_that_becomes_or_stops_being_a_medicine() -> None:
    stretch = {"kind": "custom", "title": "Stretch", "enabled": True}
    assert medicine_changes(stretch, medicine(title="Tablet")) == [
        ("added", "Tablet", "Pramipexole 0.125 mg", "")]
    assert medicine_changes(medicine(title="Tablet"), stretch) == [
        ("removed", "Tablet", "Pramipexole 0.125 mg", "")]
    assert medicine_changes({"kind": "medication", "name": "X"}, None) == [
        ("removed", "", "X", "")]


def test_a_change_is_titled_with_the_new_title() -> None:
    assert medicine_changes(mg(200, title="Mg"), mg(250, title="Magnesium at night")) == [
        ("dose_changed", "Magnesium at night", "magnesium citrate 250 mg",
         "magnesium citrate 200 mg")]
    assert medicine_changes(mg(title="Mg"), mg(title="Magnesium at night")) == []
    assert medicine_changes(medicine(enabled=True), {**medicine(enabled=False),
                                                     "title": "Later"}) == [
        ("paused", "Later", "Pramipexole 0.125 mg", "")]


def test_switching_off_and_on_without_a_dose_change() -> None:
    assert medicine_changes(mg(enabled=True), mg(enabled=False)) == [
        ("paused", "Magnesium", "magnesium citrate 200 mg", "")]
    assert medicine_changes(mg(enabled=False), mg(enabled=None)) == [
        ("resumed", "Magnesium", "magnesium citrate 200 mg", "")]
    assert medicine_changes(mg(enabled=False), mg(enabled=False)) == []
    assert medicine_changes(mg(enabled=False), mg(300, enabled=True)) == [
        ("dose_changed", "Magnesium", "magnesium citrate 300 mg", "magnesium citrate 200 mg"),
        ("resumed", "Magnesium", "magnesium citrate 300 mg", "")]


def test_events_of_the_first_and_last_night_count_oldest_first() -> None:
    def event(offset: int, step: int, change: str = "added") -> MedicineEvent:
        return MedicineEvent(NIGHT + timedelta(days=offset), step, change, "T", "d")  # type: ignore[arg-type]

    events = [event(7, 1, "removed"), event(0, 2), event(-1, 3), event(0, 1),
              event(6, 4, "paused"), event(8, 5)]
    found = events_between(events, NIGHT, NIGHT + timedelta(days=7))
    assert [((e.night - NIGHT).days, e.step_id) for e in found] == [
        (0, 2), (0, 1), (6, 4), (7, 1)]  # the same night: as recorded
    assert events_between(events, NIGHT + timedelta(days=1), NIGHT + timedelta(days=5)) == []
    assert CHANGES == ("added", "dose_changed", "paused", "resumed", "removed")
    assert MedicineEvent(NIGHT, 1, "added", "T", "d").before == ""


def test_a_line_break_is_refused_naming_the_field_even_around_a_known_name() -> None:
    err = refused(lambda: resolve_trigger("alcohol\n", [], field="triggers"))
    assert (err.field, err.code) == ("triggers", ProblemCode.LINE_BREAK)
    own = refused(lambda: parse_own_trigger_name("Late\ndinner", field="own"))
    assert (own.field, own.code) == ("own", ProblemCode.LINE_BREAK)


def test_a_change_to_a_step_without_a_title_has_an_empty_title() -> None:
    before = {"kind": "medication", "name": "A 1 mg"}
    after = {"kind": "medication", "name": "A 2 mg", "enabled": False}
    assert medicine_changes(before, after) == [("dose_changed", "", "A 2 mg", "A 1 mg"),
                                               ("paused", "", "A 2 mg", "")]
