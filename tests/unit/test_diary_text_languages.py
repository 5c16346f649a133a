"""resources/diary_text.json holds every text in each of rlsdesk's languages, as
guidance.json does: English under its name, German beside it as ``<name>_de``, with the same
sources and the same placeholders. A text without its German is refused here, so the German
window never shows English from it (the "What seems to help" introduction once did)."""

from __future__ import annotations

import string
from typing import Any

import pytest

from rlsdesk.domain.guidance import LANGUAGES
from rlsdesk.services.diary import diary_words
from rlsdesk.system.resources import load_json

#: Keys that are not text for people: the file's header, lists of names and of sources.
NOT_TEXT = {"format", "version", "about", "sources", "generic", "generic_de", "brand"}


def _texts(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(section, key, section) for each English text."""
    found = []
    for name, section in document.items():
        if not isinstance(section, dict):
            continue
        for key, value in section.items():
            if key in NOT_TEXT or any(key.endswith(f"_{lang}") for lang in LANGUAGES):
                continue
            assert isinstance(value, str), f"{name}.{key} is not text"
            found.append((name, key, section))
    return found


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_every_diary_text_has_its_german_with_the_same_placeholders() -> None:
    texts = _texts(load_json("diary_text.json"))
    assert ("helps", "intro") in {(name, key) for name, key, _ in texts}
    missing = [f"{name}.{key}_{lang}" for name, key, section in texts for lang in LANGUAGES
               if lang != "en" and not str(section.get(f"{key}_{lang}", "")).strip()]
    assert not missing, f"no translation for: {', '.join(missing)}"
    for name, key, section in texts:
        assert _fields(section[f"{key}_de"]) == _fields(section[key]), f"{name}.{key}"


def test_a_text_without_its_german_is_refused() -> None:
    document = {"helps": {"intro": "Nights when a step was done", "sources": ["own_diary"]}}
    texts = _texts(document)
    assert [f"{n}.{k}_de" for n, k, s in texts if "intro_de" not in s] == ["helps.intro_de"]


@pytest.mark.parametrize(("language", "start"), [("en", "Nights when a step was done"),
                                                  ("de", "Nächte, in denen ein Schritt")])
def test_the_helps_introduction_in_each_language(language: str, start: str) -> None:
    assert diary_words("helps", "intro", language).startswith(start)
