"""Triggers: the names (built in and own), the per-night store, the CSV ``triggers`` column
round trip, and the command line's ``log night --trigger``."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rlsdesk.domain.diary import NightEntry, NightImport
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.triggers import BUILTIN_TRIGGERS, parse_own_trigger_name, resolve_trigger
from rlsdesk.formats.diary_csv import DiaryFileError, format_triggers, parse_triggers
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir
from tests.hypothesis_budget import examples
from tests.unit.conftest import dump

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
NIGHT = date(2026, 11, 20)

_SPECIAL = st.sampled_from([";", "; ", "\\", "\\;", "#", "#12", '"', "'", ",", "=", "+",
                            "-", "@", "''", "=1+1", " ", "Wein"])
_NAME_TEXT = st.lists(
    st.one_of(_SPECIAL, st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=5)),
    max_size=8).map("".join)


def _own_name(text: str) -> str | None:
    try:
        return parse_own_trigger_name(text)
    except ValidationError:
        return None


OWN_NAMES = _NAME_TEXT.map(_own_name).filter(lambda n: n is not None)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[DiaryService]:
    store = open_store(prepare_data_dir(tmp_path / "data"))
    yield DiaryService(Evening(store, lambda: ZONE, lambda: NOW))
    store.close()


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DiaryService]:
    store = open_store(prepare_data_dir(tmp_path_factory.mktemp("triggers") / "data"))
    yield DiaryService(Evening(store, lambda: ZONE, lambda: NOW))
    store.close()


# --- names -------------------------------------------------------------------------------
def test_builtin_names_resolve_in_any_case_and_others_are_refused() -> None:
    assert resolve_trigger(" Alcohol ", []) == "alcohol"
    assert resolve_trigger("WINE", ["Wine"]) == "Wine"
    with pytest.raises(ValidationError) as caught:
        resolve_trigger("gin", ["Wine"])
    assert caught.value.code is ProblemCode.NOT_ONE_OF
    assert "is not a trigger" in str(caught.value)


@pytest.mark.parametrize(("name", "code"), [
    ("", ProblemCode.EMPTY), ("   ", ProblemCode.EMPTY), ("x" * 41, ProblemCode.TOO_LONG),
    ("two\nlines", ProblemCode.LINE_BREAK), ("Alcohol", ProblemCode.NAME_TAKEN),
    ("wine", ProblemCode.NAME_TAKEN),
])
def test_bad_own_names_are_refused(name: str, code: ProblemCode) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_own_trigger_name(name, ["Wine"])
    assert caught.value.code is code


# --- the store ---------------------------------------------------------------------------
def test_add_rename_hide_own_triggers_and_nights_follow_a_rename(service: DiaryService) -> None:
    assert [c.name for c in service.trigger_choices()] == list(BUILTIN_TRIGGERS)
    service.add_trigger("  Spicy dinner ")
    service.set_triggers(NIGHT, ["alcohol", "spicy DINNER"])
    assert service.night_triggers(NIGHT) == {"alcohol", "Spicy dinner"}
    service.rename_trigger("Spicy dinner", "Chili")
    assert service.night_triggers(NIGHT) == {"alcohol", "Chili"}
    service.hide_trigger("nicotine")
    service.hide_trigger("Chili")
    hidden = {c.name for c in service.trigger_choices() if c.hidden}
    assert hidden == {"nicotine", "Chili"}
    assert service.night_triggers(NIGHT) == {"alcohol", "Chili"}  # hiding keeps the nights
    service.hide_trigger("nicotine", hidden=False)
    assert {c.name for c in service.trigger_choices() if c.hidden} == {"Chili"}
    with pytest.raises(ValidationError):
        service.rename_trigger("Chili", "alcohol")
    with pytest.raises(ValidationError):
        service.add_trigger("chili")


def test_an_unknown_name_changes_nothing(service: DiaryService) -> None:
    service.set_triggers(NIGHT, ["exercise"])
    with pytest.raises(ValidationError):
        service.set_triggers(NIGHT, ["alcohol", "gin"])
    assert service.night_triggers(NIGHT) == {"exercise"}


def test_set_trigger_toggles_one_and_records_carry_them(service: DiaryService) -> None:
    service.set_trigger(NIGHT, "long-sit", True)
    service.set_trigger(NIGHT, "alcohol", True)
    service.set_trigger(NIGHT, "long-sit", False)
    (record,) = service.records(NIGHT, NIGHT)
    assert record.triggers == {"alcohol"} and record.entry is None


def test_the_fingerprint_changes_with_triggers(service: DiaryService) -> None:
    before = service.fingerprint()
    service.set_trigger(NIGHT, "alcohol", True)
    assert service.fingerprint() != before


def test_a_check_in_saves_its_triggers_in_the_same_transaction(service: DiaryService) -> None:
    service.set_triggers(NIGHT, ["exercise"])
    with pytest.raises(ValidationError):
        service.save(NightEntry(NIGHT, 5), ["alcohol", "gin"])
    assert service.entry(NIGHT) is None and service.night_triggers(NIGHT) == {"exercise"}
    service.save(NightEntry(NIGHT, 5), ["alcohol"])
    assert service.night_triggers(NIGHT) == {"alcohol"}
    service.save(NightEntry(NIGHT, 6))  # without triggers: the night's stay
    assert service.night_triggers(NIGHT) == {"alcohol"}


# --- CSV ---------------------------------------------------------------------------------
def test_the_triggers_cell_escapes_like_steps_done() -> None:
    cell = format_triggers({"alcohol", "Tea; late", "#2 beers", "a\\b"})
    assert cell == "\\#2 beers; Tea\\; late; a\\\\b; alcohol"
    assert parse_triggers(cell) == {"alcohol", "Tea; late", "#2 beers", "a\\b"}
    assert parse_triggers(" ALCOHOL ;; exercise ") == {"alcohol", "exercise"}


@settings(max_examples=examples(120), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(own=st.lists(OWN_NAMES, max_size=5, unique_by=str.casefold),
       builtin=st.sets(st.sampled_from(BUILTIN_TRIGGERS)), severity=st.integers(0, 10) | st.none())
def test_export_then_import_round_trips_the_triggers_column(
    shared: DiaryService, own: list[str], builtin: set[str], severity: int | None,
) -> None:
    names = frozenset(own) | builtin
    entry = None if severity is None else NightEntry(NIGHT, severity)
    shared.replace_nights([NightImport(NIGHT, entry, triggers=names)])  # adds own names
    exported = shared.export_csv(NIGHT, NIGHT)
    for row in csv.reader(io.StringIO(exported, newline="")):
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    if not names and entry is None:
        assert exported.count("\r\n") == 1  # nothing that night: the header only
        return
    nights = shared.read_csv(exported.encode("utf-8"))
    assert [n.triggers for n in nights] == [names]
    assert shared.preview_import(nights).changes_anything is False
    shared.replace_nights(nights)
    assert shared.export_csv(NIGHT, NIGHT) == exported
    assert shared.night_triggers(NIGHT) == names


def test_importing_into_a_fresh_diary_adds_the_own_triggers(service: DiaryService) -> None:
    data = (b"night,severity,triggers\n2026-11-19,4,Alcohol; Late dinner\n"
            b"2026-11-20,,late DINNER\n")
    service.replace_nights(service.read_csv(data))
    assert [c.name for c in service.trigger_choices() if c.own] == ["Late dinner"]
    assert service.night_triggers(date(2026, 11, 19)) == {"alcohol", "Late dinner"}
    assert service.night_triggers(NIGHT) == {"Late dinner"}


def test_a_bad_trigger_name_in_a_file_names_the_line(service: DiaryService) -> None:
    data = ("night,severity,triggers\n2026-11-19,4,alcohol\n2026-11-20,3,"
            + "x" * 41 + "\n").encode()
    with pytest.raises(DiaryFileError, match=r"line 3, triggers: .* longer than 40"):
        service.read_csv(data)


# --- command line ------------------------------------------------------------------------
def test_log_night_with_triggers_and_export(cli, tmp_path: Path) -> None:
    code, out, err = cli("log", "night", "--date", "2026-11-20", "--severity", "6",
                         "--trigger", "alcohol", "--trigger", "Long-Sit")
    assert (code, err) == (0, ""), err
    assert "triggers: alcohol, long-sit" in out
    target = tmp_path / "out.csv"
    assert cli("export", "csv", str(target))[0] == 0
    with open(target, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[-1]["triggers"] == "alcohol; long-sit"
    code, _, err = cli("log", "night", "--date", "2026-11-20", "--severity", "5")
    assert code == 0
    with open(target, newline="", encoding="utf-8") as handle:
        assert list(csv.DictReader(handle))[-1]["triggers"] == "alcohol; long-sit"


def test_log_night_with_an_unknown_trigger_is_one_line_and_changes_nothing(cli) -> None:
    cli("log", "night", "--date", "2026-11-19", "--severity", "2")
    before = dump(cli.data)
    code, out, err = cli("log", "night", "--date", "2026-11-19", "--severity", "7",
                         "--trigger", "alcohol", "--trigger", "gin")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--trigger: 'gin' is not a trigger" in err
    assert dump(cli.data) == before
