"""Diary CSV: export then import gives back every step title and note, whatever they hold
(a ';', a backslash, a leading '#', quotes, commas, line breaks, any script, a leading '=',
'+', '-', '@' or "'"), byte for byte, and no exported cell starts a spreadsheet formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rlsdesk.domain.diary import MAX_NOTE, NightEntry, NightImport
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.formats.diary_csv import (
    DiaryFileError,
    escape_title,
    format_steps_done,
    split_steps_done,
)
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.ledger_repo import LedgerRepo
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
NIGHT = date(2026, 11, 20)

# Text as people type it, often with what the CSV and steps_done formats give meaning to.
_SPECIAL = st.sampled_from([";", "; ", "\\", "\\;", "\\\\", "#", "#12", '"', "'", ",", "\n",
                            "\r\n", "\t", " ", "=", "+", "-", "@", "''", "'=", "=1+1",
                            "@SUM(A1)", "-2+3"])
_TEXT = st.lists(
    st.one_of(_SPECIAL, st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=6)),
    max_size=12,
).map("".join)


def _valid(build, value):  # type: ignore[no-untyped-def]
    try:
        build(value)
    except ValidationError:
        return False
    return True


TITLES = _TEXT.filter(
    lambda t: _valid(lambda v: Step(StepKind.CUSTOM, v, Anchor.at(time(21, 0))), t)
).map(str.strip)  # as a step keeps it
NOTES = _TEXT.filter(
    lambda n: _valid(lambda v: NightEntry(NIGHT, 3, note=v), n)
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DiaryService]:
    paths = prepare_data_dir(tmp_path_factory.mktemp("roundtrip") / "data")
    store = open_store(paths)
    yield DiaryService(Evening(store, lambda: ZONE, lambda: NOW))
    store.close()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(titles=st.lists(TITLES, min_size=1, max_size=6), data=st.data(), note=NOTES)
def test_export_then_import_round_trips_titles_and_notes(
    service: DiaryService, titles: list[str], data: st.DataObject, note: str,
) -> None:
    evening = service.evening
    ids = evening.replace_routine(
        [Step(StepKind.CUSTOM, title, Anchor.at(time(21, 0))) for title in titles]
    )
    done = data.draw(st.sets(st.sampled_from(ids), min_size=1), label="done")
    service.replace_nights([NightImport(NIGHT, None)])  # forget the last example's night
    ledger = LedgerRepo(evening.store.conn)
    for step_id in ids:  # only the drawn steps are done that night
        if step_id in done:
            ledger.mark_done(NIGHT, step_id, NOW, NOW)
        else:
            ledger.skip(NIGHT, step_id, NOW, NOW)
    entry = NightEntry(NIGHT, 4, note=note)
    service.save(entry)

    exported = service.export_csv(NIGHT, NIGHT)
    for row in csv.reader(io.StringIO(exported, newline="")):
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    nights = service.read_csv(exported.encode("utf-8"))

    assert len(nights) == 1
    assert nights[0].done == frozenset(done)
    assert nights[0].entry == entry
    assert service.preview_import(nights).changes_anything is False
    service.replace_nights(nights)
    assert service.export_csv(NIGHT, NIGHT) == exported


@settings(deadline=None, suppress_health_check=[HealthCheck.filter_too_much,
                                               HealthCheck.too_slow])
@given(titles=st.lists(TITLES, min_size=1, max_size=6, unique=True))
def test_the_steps_done_cell_splits_back_into_its_titles(titles: list[str]) -> None:
    by_id = dict(enumerate(titles, start=1))
    unique = {i: t for i, t in by_id.items()
              if [x.casefold() for x in titles].count(t.casefold()) == 1}
    cell = format_steps_done(by_id, by_id)
    names = split_steps_done(cell)
    assert sorted(n for n in names if isinstance(n, str)) == sorted(unique.values())
    assert sorted(n for n in names if isinstance(n, int)) == sorted(set(by_id) - set(unique))


def test_escaping_is_readable() -> None:
    assert escape_title("Heat; then cold") == "Heat\\; then cold"
    assert escape_title("#2 stretch") == "\\#2 stretch"
    assert escape_title("a\\b") == "a\\\\b"
    assert split_steps_done("Heat\\; then cold; #12; \\#2 stretch") == [
        "Heat; then cold", 12, "#2 stretch"]
    assert split_steps_done("Old\\export") == ["Old\\export"]  # an unknown escape is kept


def test_a_semicolon_title_round_trips_through_the_command_line(cli, tmp_path: Path) -> None:
    code, _out, err = cli("routine", "add", "--kind", "custom", "--title",
                         "Heat; then cold", "--at", "21:00")
    assert code == 0, err
    source = tmp_path / "in.csv"
    source.write_text("night,severity,steps_done\n2026-11-01,3,Heat\\; then cold\n",
                      encoding="utf-8")
    assert cli("import", "csv", str(source))[0] == 0
    target = tmp_path / "out.csv"
    assert cli("export", "csv", str(target))[0] == 0
    assert "Heat\\; then cold" in target.read_text(encoding="utf-8")
    assert cli("import", "csv", str(target))[0] == 0


def test_an_ambiguous_title_is_refused_by_name(service: DiaryService) -> None:
    service.evening.replace_routine([
        Step(StepKind.CUSTOM, "Bath", Anchor.at(time(21, 0))),
        Step(StepKind.CUSTOM, "BATH", Anchor.at(time(22, 0))),
    ])
    with pytest.raises(DiaryFileError, match="line 2, steps_done: 'bath' names more than one"):
        service.read_csv(b"night,steps_done\n2026-11-01,bath\n")
    assert service.read_csv(b"night,steps_done\n2026-11-01,Bath\n")[0].done


def test_notes_up_to_the_limit_round_trip(service: DiaryService) -> None:
    entry = NightEntry(NIGHT, 2, note="x;\"," * (MAX_NOTE // 4))
    service.save(entry)
    nights = service.read_csv(service.export_csv(NIGHT, NIGHT).encode("utf-8"))
    assert nights[0].entry == entry
