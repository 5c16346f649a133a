"""Honest adherence: a step counts from the night it was added (or switched on) to the night
it was removed (or switched off). Nights before are not missed nights, anywhere: the
domain, the store's history (and its migration), the Insights figures and the report."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.chart_data import Columns, done_columns, done_share
from rlsdesk.domain.diary import NightEntry, NightImport, NightRecord
from rlsdesk.domain.insights import StepInfo, adherence, step_effects
from rlsdesk.domain.routine import Anchor, Step, step_to_dict
from rlsdesk.domain.step_life import active_spans, in_spans
from rlsdesk.export import summaries
from rlsdesk.export.report import ReportContext, Text, medicines_section
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store import migrations
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
LAST = date(2026, 11, 20)
D = date(2026, 11, 1)


def day(n: int) -> date:
    return D + timedelta(days=n)


# --- the domain -----------------------------------------------------------------------------
def test_spans_from_events() -> None:
    assert active_spans([]) == ()
    assert active_spans([("added", day(0))]) == ((day(0), None),)
    assert active_spans([("added", day(0)), ("disabled", day(3)), ("enabled", day(5)),
                         ("removed", day(9))]) == ((day(0), day(3)), (day(5), day(9)))
    assert active_spans([("added", day(2)), ("removed", day(2))]) == (), "same day: none"
    assert active_spans([("added", day(0)), ("enabled", day(1)), ("disabled", day(4)),
                         ("disabled", day(6))]) == ((day(0), day(4)),)
    assert active_spans([("added", day(5))], first_done=day(1)) == ((day(1), None),)
    assert active_spans([("added", day(5))], first_done=day(8)) == ((day(5), None),)


def test_a_step_created_today_has_nothing_planned_or_missed() -> None:
    step = StepInfo(1, "Bath", spans=((LAST + timedelta(days=1), None),))
    result = adherence([], [step], LAST - timedelta(days=89), LAST)[0]
    assert (result.done, result.planned) == (0, 0)


def test_a_step_created_ten_nights_ago_counts_ten() -> None:
    step = StepInfo(1, "Bath", spans=((LAST - timedelta(days=9), None),))
    records = [NightRecord(LAST - timedelta(days=n), done=frozenset({1})) for n in (0, 2, 40)]
    result = adherence(records, [step], LAST - timedelta(days=89), LAST)[0]
    assert result.planned == 11, "10 nights in its life, and the night 40 it was done"
    assert result.done == 3


def test_nights_switched_off_are_not_planned() -> None:
    step = StepInfo(1, "Bath", spans=((day(0), day(3)), (day(6), None)))
    result = adherence([], [step], day(0), day(9))[0]
    assert result.planned == 3 + 4


def test_helps_comparison_charts_and_calendar_count_only_active_nights() -> None:
    step = StepInfo(1, "Bath", spans=((day(10), None),))
    records = [NightRecord(day(n), NightEntry(day(n), 8)) for n in range(10)]  # before it
    records += [NightRecord(day(n), NightEntry(day(n), 2), done=frozenset({1}))
                for n in range(10, 15)]
    effect = step_effects(records, [step])[0]
    assert (effect.nights_done, effect.nights_not_done) == (5, 0)
    assert done_share(records[0], [step], day(0)) is None
    assert done_share(records[12], [step], day(12)) == 1.0
    shares = done_columns(records, [step], Columns.fit(day(0), day(14), 3))
    assert shares[1] == [None, None, 1.0], "nights 0-4, 5-9 before it; 10-14 done"


@given(
    st.dictionaries(st.integers(0, 60), st.frozensets(st.integers(1, 3), max_size=3),
                    max_size=40),
    st.lists(st.lists(st.tuples(st.sampled_from(["added", "enabled", "disabled", "removed"]),
                                st.integers(0, 60)), max_size=6), min_size=3, max_size=3),
    st.integers(0, 30), st.integers(-1, 40),
)
def test_adherence_with_spans_counts_as_a_walk_over_the_nights_would(
        marks: dict[int, frozenset[int]], events: list[list[tuple[str, int]]], start: int,
        length: int) -> None:
    records = [NightRecord(day(n), done=done) for n, done in marks.items()]
    steps = [StepInfo(i + 1, f"step {i + 1}", frozenset({0, 2, 3, 5}),
                      spans=active_spans([(e, day(n)) for e, n in evs]))
             for i, evs in enumerate(events)]
    first, last = day(start), day(start + length)
    done_by_night = {r.night: r.done for r in records}
    expected = []
    for step in steps:
        planned = done = 0
        night = first
        while night <= last:
            ids = done_by_night.get(night, frozenset())
            if night.weekday() in step.days and (in_spans(step.spans or (), night)
                                                 or step.id in ids):
                planned += 1
                done += step.id in ids
            night += timedelta(days=1)
        expected.append((planned, done))
    assert [(a.planned, a.done) for a in adherence(records, steps, first, last)] == expected


# --- the store, the service, the report --------------------------------------------------------
@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    evening = Evening(store, lambda: ZONE, lambda: NOW)
    yield DiaryService(evening)
    store.close()


def bath(title: str = "Warm bath") -> Step:
    return Step(kind="bath", title=title, anchor=Anchor.before_onset(60))


def test_the_routine_records_each_steps_lifetime(service: DiaryService) -> None:
    repo = service.evening.store.routine
    step_id = repo.add(step_to_dict(bath()), at=NOW - timedelta(days=10))
    off = {**step_to_dict(bath()), "enabled": False}
    repo.update(step_id, off, at=NOW - timedelta(days=4))
    repo.update(step_id, off, at=NOW - timedelta(days=3))  # no change: nothing recorded
    repo.update(step_id, step_to_dict(bath()), at=NOW - timedelta(days=2))
    assert repo.history()[step_id] == [
        ("added", date(2026, 11, 11)), ("disabled", date(2026, 11, 17)),
        ("enabled", date(2026, 11, 19))]
    assert repo.remove(step_id, at=NOW)
    assert repo.history()[step_id][-1] == ("removed", date(2026, 11, 21))
    evening_id = service.evening.add_step(bath("Stretch"))  # the Evening's clock
    assert repo.history()[evening_id] == [("added", NOW.date())]


def test_insights_and_report_do_not_count_nights_before_a_step_existed(
        service: DiaryService) -> None:
    repo = service.evening.store.routine
    old = repo.add(step_to_dict(bath("Old bath")), at=NOW - timedelta(days=10))
    new = service.evening.add_step(Step(kind="medication", title="Iron", name="Iron",
                                        anchor=Anchor.before_bed(60)))
    service.replace_nights([NightImport(LAST - timedelta(days=n),
                                        NightEntry(LAST - timedelta(days=n), 4), (),
                                        frozenset({old}) if n < 4 else frozenset())
                            for n in range(60)])
    data = service.insights(LAST - timedelta(days=89), LAST)
    counts = {a.step.id: (a.done, a.planned) for a in data.adherence}
    assert counts[old] == (4, 10) and counts[new] == (0, 0)
    lines = summaries.adherence_lines(data)
    assert "Old bath: done 4 of 10 planned nights (40%)" in lines
    assert "Iron (Iron): added 21 Nov 2026, no nights to count yet" in lines
    assert not any("of 90" in line for line in lines)
    section = medicines_section(ReportContext(service, data, NOW))
    text = "".join(block.html for block in section if isinstance(block, Text))
    assert "Iron" in text and "started 21 Nov 2026" in text
    assert "added after this period" in text and "of 90" not in text


def test_the_migration_dates_existing_steps_by_the_ledger(tmp_path: Path) -> None:
    index = next(i for i, m in enumerate(migrations.MIGRATIONS) if "step_history" in m)
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    for script in migrations.MIGRATIONS[:index]:
        for statement in migrations._statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {index}")
    for step_id, enabled in ((1, True), (2, False), (3, True)):
        conn.execute("INSERT INTO steps(id, position, data) VALUES (?, ?, ?)",
                     (step_id, step_id, f'{{"title": "s{step_id}", '
                                        f'"enabled": {str(enabled).lower()}}}'))
    for night, step_id, state in (("2026-10-02", 1, "missed"), ("2026-10-05", 1, "done"),
                                  ("2026-09-01", 2, "done"), ("2026-09-20", 2, "skipped")):
        conn.execute("INSERT INTO reminder_ledger(night, step_id, state, due_utc, updated_at)"
                     " VALUES (?, ?, ?, '2026-01-01T20:00:00Z', '2026-01-01T20:00:00Z')",
                     (night, step_id, state))
    migrations.migrate(conn)
    rows = conn.execute("SELECT step_id, event, night, source FROM step_history "
                        "ORDER BY step_id, id").fetchall()
    today = conn.execute("SELECT date('now', 'localtime')").fetchone()[0]
    assert rows == [(1, "added", "2026-10-02", "migration"),
                    (2, "added", "2026-09-01", "migration"),
                    (2, "disabled", "2026-09-21", "migration"),
                    (3, "added", today, "migration")]
    conn.close()
