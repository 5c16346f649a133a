"""The one error type: its sentence, its data, a field nested under a path, and a long value
cut at 60 characters. Written for the survivors of `make mutation`."""

from __future__ import annotations

from rlsdesk.domain.errors import ProblemCode, ValidationError


def test_the_sentence_and_the_data_say_the_same() -> None:
    err = ValidationError("dose_mg", 99999, "is outside 1-1000 mg", ProblemCode.OUT_OF_RANGE,
                          min=1, max=1000, unit="mg")
    assert str(err) == "dose_mg: 99999 is outside 1-1000 mg"
    assert (err.field, err.value, err.problem, err.code) \
        == ("dose_mg", 99999, "is outside 1-1000 mg", ProblemCode.OUT_OF_RANGE)
    assert err.params == {"min": 1, "max": 1000, "unit": "mg"}
    assert isinstance(err, ValueError)


def test_without_a_code_it_is_unspecified() -> None:
    err = ValidationError("x", 1, "is wrong")
    assert err.code is ProblemCode.UNSPECIFIED
    assert err.params == {}


def test_text_is_shown_quoted_whatever_its_length() -> None:
    long_text = "t" * 100
    assert str(ValidationError("title", long_text, "is long")) == f"title: {long_text!r} is long"


def test_other_values_are_cut_after_60_characters() -> None:
    sixty = list(range(21))            # repr is 81 characters
    shown = repr(sixty)[:57] + "..."
    assert str(ValidationError("days", sixty, "bad")) == f"days: {shown} bad"
    exactly = [1] * 20                 # "[1, 1, ..., 1]": 60 characters
    assert len(repr(exactly)) == 60
    assert str(ValidationError("days", exactly, "bad")) == f"days: {exactly!r} bad"
    sixty_one = [1] * 19 + [10]
    assert len(repr(sixty_one)) == 61
    assert str(ValidationError("days", sixty_one, "bad")) \
        == f"days: {repr(sixty_one)[:57]}... bad"
    one_more = [1] * 20 + [2]
    assert len(repr(one_more)) == 63
    assert str(ValidationError("days", one_more, "bad")) \
        == f"days: {repr(one_more)[:57]}... bad"


def test_under_nests_the_field_and_keeps_everything_else() -> None:
    err = ValidationError("dose_mg", 0, "is outside 1-1000 mg", ProblemCode.OUT_OF_RANGE,
                          min=1, max=1000, unit="mg")
    nested = err.under("steps[2]")
    assert str(nested) == "steps[2].dose_mg: 0 is outside 1-1000 mg"
    assert (nested.field, nested.value, nested.problem, nested.code, nested.params) \
        == ("steps[2].dose_mg", 0, "is outside 1-1000 mg", ProblemCode.OUT_OF_RANGE,
            {"min": 1, "max": 1000, "unit": "mg"})


def test_under_joins_an_index_without_a_dot_and_an_empty_field_as_the_prefix() -> None:
    assert ValidationError("[3]", 1, "bad").under("stretches").field == "stretches[3]"
    assert ValidationError("", 1, "bad").under("bedtime").field == "bedtime"
    assert str(ValidationError("", 1, "bad").under("bedtime")) == "bedtime: 1 bad"
