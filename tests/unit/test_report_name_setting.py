"""The optional name on the clinician report: one line, up to 80 characters, empty clears;
bad input gets a one-line message and changes nothing (settings schema and the command
line)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.settings_schema import REPORT_NAME, REPORT_NAME_MAX, parse_report_name
from tests.unit.conftest import dump


def test_the_schema_keeps_one_trimmed_line() -> None:
    assert REPORT_NAME.default == ""
    assert parse_report_name("  Anna Beispiel ") == "Anna Beispiel"
    assert parse_report_name("") == ""
    assert parse_report_name("x" * REPORT_NAME_MAX) == "x" * REPORT_NAME_MAX
    with pytest.raises(ValidationError) as long:
        REPORT_NAME.write("x" * (REPORT_NAME_MAX + 1))
    assert long.value.code is ProblemCode.TOO_LONG and long.value.field == "report_name"
    for bad in ("Anna\nBeispiel", "Anna\u202eBeispiel", "tab\there", 42):
        with pytest.raises(ValidationError):
            REPORT_NAME.write(bad)  # type: ignore[arg-type]


@given(st.text(max_size=120))
def test_what_is_written_reads_back_as_itself(text: str) -> None:
    try:
        stored = REPORT_NAME.write(text)
    except ValidationError:
        return
    assert REPORT_NAME.read(stored) == stored == text.strip()
    assert "\n" not in stored and len(stored) <= REPORT_NAME_MAX


def test_the_command_line_sets_shows_and_clears_it(cli) -> None:
    code, out, err = cli("settings", "--report-name", "Anna Beispiel")
    assert (code, err) == (0, "") and "name on the report: Anna Beispiel" in out
    code, out, _ = cli("settings")
    assert "name on the report: Anna Beispiel" in out
    code, out, _ = cli("settings", "--report-name", "")
    assert code == 0 and "name on the report: none" in out


def test_bad_names_are_refused_in_one_line_and_change_nothing(cli) -> None:
    cli("settings", "--report-name", "Anna")
    before = dump(cli.data)
    for bad, says in (("x" * 81, "longer than 80 characters"),
                      ("Anna\nBeispiel", "line break")):
        code, out, err = cli("settings", "--report-name", bad, "--bedtime", "23:00")
        assert code != 0 and out == ""
        assert err.startswith("rlsdesk: --report-name:") or "--report-name:" in err, err
        assert says in err and len(err.strip().splitlines()) == 1, err
        assert dump(cli.data) == before
