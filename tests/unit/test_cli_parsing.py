"""The GUI path parses global options without loading any subcommand module, and gives
exactly what the full parser would."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.cli import build_parser, may_name_a_command

GLOBAL_TOKENS = st.one_of(
    st.sampled_from(["--hidden", "--verbose", "--page", "--data-dir", "--data", "-h",
                     "--help", "--", "tonight", "backup", "settings", "insights", "x"]),
    st.text(alphabet="-abcdeinrtv=/", min_size=1, max_size=12),
)


@given(st.lists(GLOBAL_TOKENS, max_size=6))
def test_the_light_parser_agrees_whenever_it_is_used(argv: list[str]) -> None:
    if may_name_a_command(argv):
        return  # the full parser decides
    light, full = build_parser(with_commands=False), build_parser()
    try:
        expected = vars(full.parse_args(argv))
    except SystemExit as stop:
        try:
            build_parser(with_commands=False).parse_args(argv)
        except SystemExit as light_stop:
            assert light_stop.code == stop.code
            return
        raise AssertionError(f"light parser accepted {argv!r}") from None
    assert vars(light.parse_args(argv)) == expected


def test_words_and_help_always_use_the_full_parser() -> None:
    assert may_name_a_command(["tonight"])
    assert may_name_a_command(["--data-dir", "d", "backup", "list"])
    assert may_name_a_command(["--help"])
    assert may_name_a_command(["--data", "d"])  # an abbreviation: let argparse decide
    assert not may_name_a_command(["--data-dir", "tonight", "--page", "diary", "--hidden"])
    assert not may_name_a_command(["--data-dir=d", "--page=about"])


def test_the_window_path_imports_no_subcommand_module() -> None:
    code = (
        "import sys; from rlsdesk.cli import build_parser, may_name_a_command; "
        "argv = ['--hidden', '--page', 'diary']; "
        "build_parser(may_name_a_command(argv)).parse_args(argv); "
        "print(sorted(m for m in sys.modules if m.startswith('rlsdesk.commands')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
