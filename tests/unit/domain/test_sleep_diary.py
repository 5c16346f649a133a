"""The sleep-diary computations: time in bed, total sleep time and efficiency count the
real time a night had (midnight crossed, the clocks going back or forward), and answers
out of order are refused naming the question."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from rlsdesk.domain.clock import from_noon_minutes, skipped_on_night
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.sleep_diary import (
    SleepDiary,
    SleepTime,
    check_sleep_order,
    parse_quality,
    sleep_period,
    summarise_night,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
FALL_BACK = date(2026, 10, 24)     # Berlin: 03:00 -> 02:00 on the 25th
SPRING_FORWARD = date(2026, 3, 28)  # Berlin: 02:00 -> 03:00 on the 29th
ORDINARY = date(2026, 11, 20)

NIGHTS = st.sampled_from([ORDINARY, FALL_BACK, SPRING_FORWARD, date(2026, 10, 31),
                          date(2026, 3, 7), date(2026, 6, 1)])
ZONES = st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("UTC"), ZoneInfo("Australia/Sydney")])


def _real_minutes(a: time, b: time, night: date, zone: ZoneInfo) -> int:
    """Minutes between two wall times of a night, worked out apart from the code under
    test: each wall time (the first of a repeated one) turned into UTC, then subtracted."""
    def wall(t: time) -> datetime:
        day = night if t.hour >= 12 else night + timedelta(days=1)
        return datetime.combine(day, t).replace(tzinfo=zone).astimezone(UTC)
    return round((wall(b) - wall(a)).total_seconds() / 60)


def _d(**kw: object) -> SleepDiary:
    return SleepDiary(**{k: (SleepTime(v) if isinstance(v, time) else v)  # type: ignore[arg-type]
                         for k, v in kw.items()})


def test_an_ordinary_night_across_midnight() -> None:
    diary = _d(into_bed=time(22, 30), try_sleep=time(23, 0), minutes_to_sleep=20,
               minutes_awake=40, final_wake=time(6, 30), out_of_bed=time(7, 0), quality=4)
    night = summarise_night(ORDINARY, diary, BERLIN, awakenings=2)
    assert night.time_in_bed == 510            # 22:30 -> 07:00
    assert night.total_sleep == 450 - 20 - 40  # 23:00 -> 06:30 less the minutes awake
    assert night.efficiency == round(100 * 390 / 510, 1)
    assert night.quality == 4


def test_the_night_the_clocks_go_back_has_an_hour_more() -> None:
    diary = _d(into_bed=time(23, 0), try_sleep=time(23, 0), minutes_to_sleep=0,
               minutes_awake=0, final_wake=time(7, 0), out_of_bed=time(7, 0))
    night = summarise_night(FALL_BACK, diary, BERLIN)
    assert night.time_in_bed == night.total_sleep == 9 * 60
    assert night.efficiency == 100.0


def test_the_night_the_clocks_go_forward_has_an_hour_less() -> None:
    diary = _d(into_bed=time(23, 0), try_sleep=time(23, 0), minutes_to_sleep=0,
               minutes_awake=0, final_wake=time(7, 0), out_of_bed=time(7, 0))
    night = summarise_night(SPRING_FORWARD, diary, BERLIN)
    assert night.time_in_bed == night.total_sleep == 7 * 60


def test_the_second_0130_of_the_repeated_hour_is_an_hour_later() -> None:
    first = _d(try_sleep=time(23, 0), minutes_to_sleep=0, minutes_awake=0,
               final_wake=time(1, 30))
    second = SleepDiary(try_sleep=SleepTime(time(23, 0)), minutes_to_sleep=0, minutes_awake=0,
                        final_wake=SleepTime(time(1, 30), timedelta(hours=1)))
    assert summarise_night(FALL_BACK, first, BERLIN).total_sleep == 150
    assert summarise_night(FALL_BACK, second, BERLIN).total_sleep == 210


def test_a_time_the_clocks_skip_is_refused_naming_it() -> None:
    diary = _d(try_sleep=time(23, 0), final_wake=time(2, 30))
    with pytest.raises(ValidationError) as caught:
        check_sleep_order(diary, SPRING_FORWARD, BERLIN)
    assert caught.value.field == "final_wake"
    assert caught.value.code is ProblemCode.SKIPPED_TIME


def test_times_out_of_order_are_refused_naming_the_later_question() -> None:
    diary = _d(into_bed=time(23, 0), try_sleep=time(22, 0))
    with pytest.raises(ValidationError) as caught:
        check_sleep_order(diary, ORDINARY, BERLIN)
    assert (caught.value.field, caught.value.code) == ("try_sleep", ProblemCode.OUT_OF_ORDER)
    assert caught.value.params["before"] == "into_bed"
    # answers left out are skipped over: out of bed is compared with into bed
    with pytest.raises(ValidationError, match="out_of_bed"):
        check_sleep_order(_d(into_bed=time(23, 0), out_of_bed=time(22, 59)), ORDINARY, BERLIN)


def test_minutes_longer_than_the_night_are_refused() -> None:
    diary = _d(try_sleep=time(23, 0), minutes_to_sleep=100, minutes_awake=400,
               final_wake=time(7, 0))
    with pytest.raises(ValidationError) as caught:
        check_sleep_order(diary, ORDINARY, BERLIN)
    assert caught.value.field == "minutes_awake"
    assert caught.value.params["max"] == 480
    assert summarise_night(ORDINARY, diary, BERLIN).total_sleep is None


def test_missing_answers_leave_the_figures_they_need_out() -> None:
    assert summarise_night(ORDINARY, _d(quality=2), BERLIN).total_sleep is None
    no_latency = _d(try_sleep=time(23, 0), final_wake=time(7, 0), minutes_awake=0)
    assert summarise_night(ORDINARY, no_latency, BERLIN).total_sleep is None
    no_awake = _d(try_sleep=time(23, 0), final_wake=time(7, 0), minutes_to_sleep=10)
    assert summarise_night(ORDINARY, no_awake, BERLIN).total_sleep is None
    # never woken: no minutes awake to give
    assert summarise_night(ORDINARY, no_awake, BERLIN, awakenings=0).total_sleep == 470
    assert summarise_night(ORDINARY, no_awake, BERLIN, awakenings=0).efficiency is None


def test_bad_single_answers_are_refused_naming_them() -> None:
    for kwargs, field in (({"minutes_to_sleep": 721}, "minutes_to_sleep"),
                          ({"minutes_awake": -1}, "minutes_awake"),
                          ({"quality": 6}, "sleep_quality"),
                          ({"into_bed": "9:30"}, "into_bed"),
                          ({"out_of_bed": "07:00+15:00"}, "out_of_bed")):
        with pytest.raises(ValidationError) as caught:
            SleepDiary(**kwargs)  # type: ignore[arg-type]
        assert caught.value.field == field


def test_quality_reads_words_and_numbers() -> None:
    assert parse_quality("Very good") == parse_quality("very_good") == parse_quality("5") == 5
    assert parse_quality(1) == 1
    with pytest.raises(ValidationError):
        parse_quality("excellent")


@st.composite
def _ordered(draw: st.DrawFn) -> tuple[date, ZoneInfo, list[time], int, int]:
    """A night, a zone, and four wall times that follow in real time, none skipped."""
    night, zone = draw(NIGHTS), draw(ZONES)
    minutes = sorted(draw(st.lists(st.integers(0, 1439), min_size=4, max_size=4)))
    clocks = [from_noon_minutes(m) for m in minutes]
    assume(not any(skipped_on_night(c, night, zone) for c in clocks))
    reals = [_real_minutes(clocks[0], c, night, zone) for c in clocks]
    assume(reals == sorted(reals))  # the wall order is the real order (true off the
    # repeated hour; a plain time there is the first one)
    span = reals[2] - reals[1]
    latency = draw(st.integers(0, min(span, 720)))
    awake = draw(st.integers(0, span - latency))
    return night, zone, clocks, latency, awake


@given(_ordered())
def test_figures_follow_the_definitions_on_any_night(
    case: tuple[date, ZoneInfo, list[time], int, int],
) -> None:
    night, zone, (bed, trying, woke, up), latency, awake = case
    diary = _d(into_bed=bed, try_sleep=trying, minutes_to_sleep=latency,
               minutes_awake=awake, final_wake=woke, out_of_bed=up)
    check_sleep_order(diary, night, zone)  # an ordered night is accepted
    found = summarise_night(night, diary, zone)
    assert found.time_in_bed == _real_minutes(bed, up, night, zone)
    assert found.total_sleep == _real_minutes(trying, woke, night, zone) - latency - awake
    assert found.total_sleep is not None and 0 <= found.total_sleep <= found.time_in_bed
    if found.time_in_bed:
        assert found.efficiency is not None and 0.0 <= found.efficiency <= 100.0
    else:
        assert found.efficiency is None


@given(_ordered())
def test_swapping_two_different_times_is_refused(
    case: tuple[date, ZoneInfo, list[time], int, int],
) -> None:
    night, zone, (bed, _trying, _woke, up), _, _ = case
    assume(_real_minutes(bed, up, night, zone) > 0)
    with pytest.raises(ValidationError) as caught:
        check_sleep_order(_d(into_bed=up, out_of_bed=bed), night, zone)
    assert caught.value.field == "out_of_bed"


def test_a_period_averages_the_nights_that_give_each_figure() -> None:
    full = _d(into_bed=time(23, 0), try_sleep=time(23, 0), minutes_to_sleep=0,
              minutes_awake=60, final_wake=time(7, 0), out_of_bed=time(7, 0), quality=3)
    nights = [summarise_night(ORDINARY, full, BERLIN),
              summarise_night(ORDINARY + timedelta(days=1), _d(quality=5), BERLIN)]
    period = sleep_period(nights)
    assert period.mean_total_sleep == 420 and period.nights_with_total == 1
    assert period.mean_efficiency == 87.5 and period.mean_quality == 4
    assert [n.night for n in period.nights] == [ORDINARY, ORDINARY + timedelta(days=1)]
    assert sleep_period([]).mean_efficiency is None
