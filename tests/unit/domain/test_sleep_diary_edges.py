"""The sleep diary at its edges: each answer's range at its ends (0 and 720 minutes to fall
asleep, 0 and 1440 awake, quality 1 and 5), times that are equal, minutes that fill the
night exactly or one more, no time in bed, the efficiency's rounding, and the message a
person reads when an answer is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.sleep_diary import (
    NightSleep,
    SleepDiary,
    SleepPeriod,
    SleepTime,
    check_sleep_order,
    format_quality,
    parse_quality,
    parse_sleep_time,
    sleep_period,
    summarise_night,
)

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 11, 20)


def refused(call: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def t(clock: str) -> SleepTime:
    return parse_sleep_time(clock, "t")


# --- single answers -----------------------------------------------------------------------
def test_a_time_is_read_as_hh_mm_with_an_optional_offset() -> None:
    assert parse_sleep_time("23:10", "into_bed") == SleepTime(time(23, 10))
    assert parse_sleep_time(" 01:30+01:00 ", "f") == SleepTime(time(1, 30), timedelta(hours=1))
    assert parse_sleep_time("01:30-03:30", "f").offset == -timedelta(hours=3, minutes=30)
    assert parse_sleep_time(time(23, 10, 45, 7, tzinfo=BERLIN), "f") == SleepTime(time(23, 10))
    given = SleepTime(time(1, 30), timedelta(hours=2))
    assert parse_sleep_time(given, "f") is given
    assert str(given) == "01:30+02:00" and str(SleepTime(time(7, 5))) == "07:05"


@pytest.mark.parametrize("value", ["9:30", "24:00", "23:60", "", "late", 2310, None, 23.1])
def test_anything_else_is_not_a_time(value: object) -> None:
    err = refused(lambda: parse_sleep_time(value, "into_bed"))
    assert err.field == "into_bed" and err.code is ProblemCode.NOT_A_TIME
    assert err.problem == "is not a time like 23:10 (00:00-23:59)"
    assert err.value == value


def test_a_bad_offset_is_told_as_such() -> None:
    err = refused(lambda: parse_sleep_time("01:30+15:00", "final_wake"))
    assert err.field == "final_wake" and err.code is ProblemCode.BAD_OFFSET
    assert err.problem == "has an offset outside -14:00 to +14:00"


@pytest.mark.parametrize(("value", "quality"), [
    ("very poor", 1), ("Very_Poor", 1), ("  very   GOOD ", 5), ("poor", 2), ("fair", 3),
    ("good", 4), ("very_good", 5), ("1", 1), ("5", 5), (1, 1), (5, 5), (3.0, 3),
])
def test_quality_from_words_or_numbers_at_both_ends(value: object, quality: int) -> None:
    assert parse_quality(value) == quality


@pytest.mark.parametrize(("value", "code"), [
    ("0", ProblemCode.OUT_OF_RANGE), ("6", ProblemCode.OUT_OF_RANGE),
    ("-1", ProblemCode.OUT_OF_RANGE), (0, ProblemCode.OUT_OF_RANGE),
    (6, ProblemCode.OUT_OF_RANGE), (2.5, ProblemCode.NOT_WHOLE_NUMBER),
    ("excellent", ProblemCode.NOT_ONE_OF), ("very", ProblemCode.NOT_ONE_OF),
    ("X5", ProblemCode.NOT_ONE_OF), ("5-", ProblemCode.NOT_ONE_OF),
    ("", ProblemCode.NOT_ONE_OF),
])
def test_quality_outside_1_to_5_is_refused(value: object, code: ProblemCode) -> None:
    err = refused(lambda: parse_quality(value))
    assert err.field == "sleep_quality" and err.code is code
    if code is ProblemCode.NOT_ONE_OF:
        assert str(err) == (f"sleep_quality: {value!r} is not one of very poor, poor, fair, "
                            "good, very good (or 1-5)")
        assert err.params == {"choices": ("very poor", "poor", "fair", "good", "very good")}
    elif code is ProblemCode.OUT_OF_RANGE:
        assert err.problem == "is outside 1-5"
    assert refused(lambda: parse_quality("x", field="q")).field == "q"


def test_quality_is_written_in_the_diarys_words() -> None:
    assert [format_quality(q) for q in range(1, 6)] == [
        "very poor", "poor", "fair", "good", "very good"]


@pytest.mark.parametrize(("field", "lo", "hi"), [("minutes_to_sleep", 0, 720),
                                                  ("minutes_awake", 0, 1440),
                                                  ("quality", 1, 5)])
def test_each_number_at_the_ends_of_its_range(field: str, lo: int, hi: int) -> None:
    assert getattr(SleepDiary(**{field: lo}), field) == lo  # type: ignore[arg-type]
    assert getattr(SleepDiary(**{field: str(hi)}), field) == hi  # type: ignore[arg-type]
    for outside in (lo - 1, hi + 1):
        err = refused(lambda v=outside: SleepDiary(**{field: v}))  # type: ignore[misc,arg-type]
        assert err.code is ProblemCode.OUT_OF_RANGE
        assert err.field == ("sleep_quality" if field == "quality" else field)
        unit = "" if field == "quality" else " min"
        assert err.problem == f"is outside {lo}-{hi}{unit}"


def test_every_time_answer_is_read_on_construction() -> None:
    diary = SleepDiary(into_bed="22:30", try_sleep="23:00", final_wake="06:45",  # type: ignore[arg-type]
                       out_of_bed="07:00", quality="good")  # type: ignore[arg-type]
    assert (diary.into_bed, diary.try_sleep, diary.final_wake, diary.out_of_bed) == (
        t("22:30"), t("23:00"), t("06:45"), t("07:00"))
    assert diary.quality == 4
    assert refused(lambda: SleepDiary(try_sleep="7")).field == "try_sleep"  # type: ignore[arg-type]
    assert refused(lambda: SleepDiary(final_wake="x")).field == "final_wake"  # type: ignore[arg-type]


@pytest.mark.parametrize("answer", [
    {"into_bed": "22:30"}, {"try_sleep": "22:30"}, {"minutes_to_sleep": 0},
    {"minutes_awake": 0}, {"final_wake": "06:00"}, {"out_of_bed": "06:00"}, {"quality": 1},
])
def test_any_one_answer_makes_a_diary_not_empty(answer: dict[str, object]) -> None:
    assert not SleepDiary(**answer).is_empty  # type: ignore[arg-type]
    assert SleepDiary().is_empty


# --- the order of the night ---------------------------------------------------------------
def test_equal_times_are_in_order() -> None:
    same = SleepDiary(t("23:00"), t("23:00"), 0, 0, t("23:00"), t("23:00"))
    check_sleep_order(same, NIGHT, BERLIN)
    found = summarise_night(NIGHT, same, BERLIN)
    assert found == NightSleep(NIGHT, 0, 0, None, None)  # no time in bed: no efficiency


def test_a_time_a_minute_early_is_refused_naming_both() -> None:
    diary = SleepDiary(try_sleep=t("23:00"), final_wake=t("06:00"), out_of_bed=t("05:59"))
    err = refused(lambda: check_sleep_order(diary, NIGHT, BERLIN))
    assert str(err) == "out_of_bed: '05:59' is before final_wake (06:00)"
    assert err.code is ProblemCode.OUT_OF_ORDER and err.params == {"before": "final_wake"}
    assert summarise_night(NIGHT, SleepDiary(try_sleep=t("23:00"), final_wake=t("22:59"),
                                             quality=2), BERLIN) == NightSleep(NIGHT,
                                                                               quality=2)


def test_the_minutes_may_fill_the_night_exactly_and_not_one_more() -> None:
    # 23:00 -> 07:00 is 480 minutes
    full = SleepDiary(try_sleep=t("23:00"), minutes_to_sleep=200, minutes_awake=280,
                      final_wake=t("07:00"))
    check_sleep_order(full, NIGHT, BERLIN)
    assert summarise_night(NIGHT, full, BERLIN).total_sleep == 0
    over = SleepDiary(try_sleep=t("23:00"), minutes_to_sleep=200, minutes_awake=281,
                      final_wake=t("07:00"))
    err = refused(lambda: check_sleep_order(over, NIGHT, BERLIN))
    assert str(err) == ("minutes_awake: 281 with the other minutes awake is longer than the "
                        "480 min from try_sleep to final_wake")
    assert err.code is ProblemCode.LONGER_THAN_NIGHT and err.params == {"max": 480}


def test_the_night_the_clocks_go_back_the_minutes_may_fill_its_real_length() -> None:
    # Berlin, 24/25 Oct 2026: 23:00 -> 07:00 on the wall is 540 real minutes
    diary = SleepDiary(try_sleep=t("23:00"), minutes_to_sleep=500, minutes_awake=30,
                       final_wake=t("07:00"))
    check_sleep_order(diary, date(2026, 10, 24), BERLIN)
    assert summarise_night(date(2026, 10, 24), diary, BERLIN).total_sleep == 10
    over = SleepDiary(try_sleep=t("23:00"), minutes_to_sleep=500, minutes_awake=41,
                      final_wake=t("07:00"))
    assert refused(lambda: check_sleep_order(over, date(2026, 10, 24), BERLIN)).params == {
        "max": 540}


@pytest.mark.parametrize("awake", [None, 0])
def test_too_long_to_fall_asleep_names_that_answer(awake: int | None) -> None:
    diary = SleepDiary(try_sleep=t("23:00"), minutes_to_sleep=481, minutes_awake=awake,
                       final_wake=t("07:00"))
    err = refused(lambda: check_sleep_order(diary, NIGHT, BERLIN))
    assert (err.field, err.value) == ("minutes_to_sleep", 481)
    # only the minutes awake alone, too: named as such
    alone = SleepDiary(try_sleep=t("23:00"), minutes_awake=481, final_wake=t("07:00"))
    assert refused(lambda: check_sleep_order(alone, NIGHT, BERLIN)).field == "minutes_awake"


def test_the_minutes_are_not_checked_without_both_times() -> None:
    check_sleep_order(SleepDiary(try_sleep=t("23:00"), minutes_awake=1440), NIGHT, BERLIN)
    check_sleep_order(SleepDiary(final_wake=t("07:00"), minutes_to_sleep=720), NIGHT, BERLIN)


# --- the figures --------------------------------------------------------------------------
def test_awakenings_stand_in_for_the_minutes_awake_only_when_none() -> None:
    base = {"try_sleep": t("23:00"), "minutes_to_sleep": 10, "final_wake": t("07:00")}
    assert summarise_night(NIGHT, SleepDiary(**base), BERLIN, 0).total_sleep == 470  # type: ignore[arg-type]
    assert summarise_night(NIGHT, SleepDiary(**base), BERLIN, 1).total_sleep is None  # type: ignore[arg-type]
    assert summarise_night(NIGHT, SleepDiary(**base), BERLIN).total_sleep is None  # type: ignore[arg-type]
    given = SleepDiary(**base, minutes_awake=30)  # type: ignore[arg-type]
    assert summarise_night(NIGHT, given, BERLIN, 0).total_sleep == 440
    assert summarise_night(NIGHT, given, BERLIN, 3).total_sleep == 440


def test_time_in_bed_needs_both_ends() -> None:
    assert summarise_night(NIGHT, SleepDiary(into_bed=t("22:00")), BERLIN).time_in_bed is None
    assert summarise_night(NIGHT, SleepDiary(out_of_bed=t("07:00")), BERLIN).time_in_bed is None
    found = summarise_night(NIGHT, SleepDiary(into_bed=t("12:00"), out_of_bed=t("11:59")),
                            BERLIN)
    assert found.time_in_bed == 1439 and found.total_sleep is None and found.efficiency is None


def test_efficiency_is_rounded_to_a_tenth() -> None:
    # 23:00 -> 06:00 in bed (420), asleep 23:00 -> 06:00 less 1 minute: 419 / 420 = 99.76 %
    diary = SleepDiary(t("23:00"), t("23:00"), 1, 0, t("06:00"), t("06:00"), 3)
    assert summarise_night(NIGHT, diary, BERLIN) == NightSleep(NIGHT, 420, 419, 99.8, 3)
    # 2 / 3 of the night: 66.666... -> 66.7
    third = SleepDiary(t("23:00"), t("23:00"), 60, 0, t("02:00"), t("02:00"))
    assert summarise_night(NIGHT, third, BERLIN).efficiency == 66.7


def test_a_period_averages_each_figure_over_the_nights_that_have_it() -> None:
    nights = [NightSleep(NIGHT + timedelta(days=2), 480, 400, 80.1, 4),
              NightSleep(NIGHT, 480, 401, 80.0, None),
              NightSleep(NIGHT + timedelta(days=1), None, 300, None, 1),
              NightSleep(NIGHT + timedelta(days=3), 400, 320, 80.0)]
    period = sleep_period(nights)
    assert [n.night.day for n in period.nights] == [20, 21, 22, 23]
    # efficiency (80.0 + 80.1 + 80.0) / 3 = 80.033 shown to a tenth; the others exact
    assert period == SleepPeriod(tuple(sorted(nights, key=lambda n: n.night)),
                                 1421 / 4, 80.0, 2.5, 4, 3)
    assert sleep_period([]) == SleepPeriod((), None, None, None, 0, 0)
