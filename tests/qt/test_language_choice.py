"""Which language 'system' means: the environment first (as gettext reads it), QLocale only
where the environment is silent."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QLocale

from rlsdesk.ui.i18n import language_code, language_from_environment


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANGUAGE": "de_AT:en", "LANG": "fr_FR.UTF-8"}, "de"),
    ({"LC_ALL": "de_DE.UTF-8", "LANG": "en_GB.UTF-8"}, "de"),
    ({"LC_MESSAGES": "sr_RS@latin", "LANG": "en_GB"}, "sr"),
    ({"LANG": "pt_BR.UTF-8"}, "pt"),
    ({"LANGUAGE": "", "LC_ALL": "C.UTF-8", "LANG": "de_CH.UTF-8"}, "de"),
    ({"LC_ALL": "POSIX"}, None),
    ({"LANG": "C"}, None),
    ({}, None),
])
def test_the_environment_names_the_language(environ: dict[str, str], expected: str | None
                                            ) -> None:
    assert language_from_environment(environ) == expected


def test_a_chosen_language_wins_over_the_environment() -> None:
    assert language_code("en", environ={"LANG": "de_DE.UTF-8"}) == "en"
    assert language_code("system", environ={"LANG": "de_DE.UTF-8"}) == "de"


def test_a_silent_environment_means_english_on_linux_and_asks_qt_elsewhere(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert language_code("system", environ={}) == "en"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert language_code("system", environ={}) == QLocale.system().name().split("_")[0]
