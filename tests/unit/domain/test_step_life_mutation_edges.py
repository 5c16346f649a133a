"""A step's active spans at their edges: the night it was added and the night it was
removed, same-day pairs, repeated opens and closes, events out of order, a first done
night on, before and after the first event, and clipping to a range one night wide.
Written for the survivors of `make mutation`."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rlsdesk.domain.step_life import active_nights, active_spans, in_spans

D = date(2026, 3, 28)  # a Berlin spring-forward night; dates here are local calendar days


def day(n: int) -> date:
    return D + timedelta(days=n)


def test_events_in_any_order_are_read_by_their_dates() -> None:
    events = [("removed", day(5)), ("added", day(0)), ("disabled", day(2)), ("enabled", day(3))]
    assert active_spans(events) == ((day(0), day(2)), (day(3), day(5)))


def test_same_day_events_keep_the_order_given() -> None:
    assert active_spans([("disabled", day(2)), ("enabled", day(2)), ("added", day(0))]) \
        == ((day(0), day(2)), (day(2), None))
    assert active_spans([("enabled", day(2)), ("disabled", day(2)), ("added", day(0))]) \
        == ((day(0), day(2)),)


def test_added_and_removed_the_same_day_never_counted() -> None:
    assert active_spans([("added", day(0)), ("removed", day(0))]) == ()
    assert active_spans([("added", day(0)), ("removed", day(1))]) == ((day(0), day(1)),)


def test_a_repeated_open_keeps_the_first_and_a_repeated_close_changes_nothing() -> None:
    events = [("added", day(0)), ("enabled", day(3)), ("disabled", day(5)),
              ("disabled", day(7)), ("enabled", day(9))]
    assert active_spans(events) == ((day(0), day(5)), (day(9), None))


def test_a_close_without_an_open_is_ignored() -> None:
    assert active_spans([("removed", day(1))]) == ()
    assert active_spans([("disabled", day(1)), ("enabled", day(4))]) == ((day(4), None),)


@pytest.mark.parametrize(("first_done", "spans"), [
    (day(-3), ((day(-3), day(5)),)),      # before the first event: existed from then
    (day(-1), ((day(-1), day(5)),)),      # the night before
    (day(0), ((day(0), day(5)),)),        # on it: nothing changes
    (day(2), ((day(0), day(5)),)),        # after it: nothing changes
])
def test_a_first_done_night_before_the_first_event_opens_the_first_span(
        first_done: date, spans: tuple[tuple[date, date | None], ...]) -> None:
    assert active_spans([("added", day(0)), ("removed", day(5))], first_done) == spans


def test_a_first_done_night_before_a_lone_close() -> None:
    """Done on nights imported from a diary, then removed: active from the first done night
    up to the removal."""
    assert active_spans([("removed", day(5))], day(1)) == ((day(1), day(5)),)
    assert active_spans([("disabled", day(1))], day(1)) == ()


def test_a_first_done_night_without_any_event_opens_a_span_still_open() -> None:
    assert active_spans([], day(2)) == ((day(2), None),)
    assert active_spans([]) == ()


def test_in_spans_counts_the_first_night_and_not_the_end_night() -> None:
    spans = ((day(0), day(3)), (day(6), None))
    assert [in_spans(spans, day(n)) for n in range(-1, 9)] == [
        False, True, True, True, False, False, False, True, True, True]
    assert not in_spans((), day(0))


def test_active_nights_clip_each_span_to_the_range_oldest_first() -> None:
    spans = ((day(6), None), (day(0), day(3)))
    assert active_nights(spans, day(-5), day(10)) == [(day(0), day(2)), (day(6), day(10))]
    assert active_nights(spans, day(1), day(7)) == [(day(1), day(2)), (day(6), day(7))]


def test_active_nights_at_the_range_edges() -> None:
    spans = ((day(0), day(3)),)
    assert active_nights(spans, day(2), day(2)) == [(day(2), day(2))]  # its last night
    assert active_nights(spans, day(3), day(9)) == []                  # its end night
    assert active_nights(spans, day(-9), day(0)) == [(day(0), day(0))]  # its first night
    assert active_nights(spans, day(-9), day(-1)) == []
    assert active_nights(((day(0), None),), day(0), day(0)) == [(day(0), day(0))]
    assert active_nights(((day(0), day(1)),), day(0), day(5)) == [(day(0), day(0))]


def test_active_nights_keep_spans_that_start_the_same_night_in_the_order_given() -> None:
    """Spans handed in by hand may share a first night (an open one and a closed one): they
    are ordered by their first night only, never by comparing an open end with a date."""
    spans = ((day(0), None), (day(0), day(2)))
    assert active_nights(spans, day(0), day(4)) == [(day(0), day(4)), (day(0), day(1))]
