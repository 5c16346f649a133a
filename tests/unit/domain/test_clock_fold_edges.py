"""Clock times at a DST repeat given with ``fold=1`` (as ``datetime.timetz()`` of a second
pass gives them), and a clock with a stray character where an offset's sign would be."""

from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.clock import moment_on_night, parse_clock_offset, repeats_on_night
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.sleep_diary import parse_sleep_time

BERLIN = ZoneInfo("Europe/Berlin")
AUTUMN_NIGHT = date(2026, 10, 24)  # clocks go back 03:00 -> 02:00 on the 25th


@pytest.mark.parametrize("fold", [0, 1])
def test_a_repeated_time_is_the_first_pass_whatever_its_fold(fold: int) -> None:
    moment = moment_on_night(time(2, 30, fold=fold), AUTUMN_NIGHT, BERLIN)
    assert moment.fold == 0
    assert moment.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize("fold", [0, 1])
def test_a_repeated_time_repeats_whatever_its_fold(fold: int) -> None:
    assert repeats_on_night(time(2, 30, fold=fold), AUTUMN_NIGHT, BERLIN)
    assert not repeats_on_night(time(3, 0, fold=fold), AUTUMN_NIGHT, BERLIN)


def test_a_letter_where_the_offset_sign_goes_is_no_time_not_a_bad_offset() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_clock_offset("01:30X02:00", "final_wake")
    assert caught.value.code is ProblemCode.NOT_A_TIME
    with pytest.raises(ValidationError) as caught:
        parse_sleep_time("01:30X02:00", "final_wake")
    assert caught.value.code is ProblemCode.NOT_A_TIME
    assert "offset" not in str(caught.value)
