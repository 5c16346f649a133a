"""Which language 'system' means: on Linux the environment, read as gettext reads it (a C
locale means English whatever LANGUAGE says); QLocale on Windows and macOS."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QLocale

from rlsdesk.text.i18n import install_translator, language_choices, languages_from_environment


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANGUAGE": "de_AT:en", "LANG": "fr_FR.UTF-8"}, ["de", "en", "fr"]),
    ({"LANGUAGE": "fr:de", "LANG": "en_GB.UTF-8"}, ["fr", "de", "en"]),
    ({"LC_ALL": "de_DE.UTF-8", "LANG": "en_GB.UTF-8"}, ["de"]),
    ({"LC_MESSAGES": "sr_RS@latin", "LANG": "en_GB"}, ["sr"]),
    ({"LANG": "en_US.UTF-8@euro"}, ["en"]),
    ({"LANGUAGE": "", "LANG": "pt_BR.UTF-8"}, ["pt"]),
    ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, ["en"]),
    ({"LANGUAGE": "de", "LC_ALL": "C.UTF-8"}, ["en"]),
    ({"LANGUAGE": "de"}, None),  # no locale at all: C, so LANGUAGE does not count
    ({}, None),
])
def test_the_environment_names_the_languages(environ: dict[str, str],
                                             expected: list[str] | None) -> None:
    assert languages_from_environment(environ) == expected


def test_a_chosen_language_wins_over_the_environment() -> None:
    assert language_choices("en", environ={"LANG": "de_DE.UTF-8"}) == ["en"]


def test_linux_reads_the_environment_and_other_systems_ask_qt(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert language_choices("system", environ={"LANG": "de_DE.UTF-8"}) == ["de"]
    assert language_choices("system", environ={}) == ["en"]
    for other in ("darwin", "win32"):
        monkeypatch.setattr(sys, "platform", other)
        assert language_choices("system", environ={"LANG": "de_DE.UTF-8"}) == [
            QLocale.system().name().split("_")[0]]


def test_the_first_language_with_a_catalog_is_installed(qapp, monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("LANGUAGE", "fr:de")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    translator = install_translator(qapp, "system")
    try:
        assert translator is not None and translator.language().startswith("de")
        assert QLocale().language() == QLocale.Language.German  # dates in German too
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
