"""The guidance in German: every text of resources/guidance.json has its German beside it,
the German window shows none of the English, rlsdesk's own step titles are German (a typed
one stays as typed), and dates are written in the window's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTreeWidget, QWidget

from rlsdesk.app import RlsDeskApp
from rlsdesk.domain.guidance import Guidance
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.services.evening import Evening, builtin_titles, load_guidance
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.system.resources import load_json
from rlsdesk.system.zone import local_zone
from rlsdesk.text.i18n import install_translator, ui_language, ui_locale
from rlsdesk.text.timefmt import format_date

#: The keys of guidance.json that hold words for people (each has a ``<key>_de``).
TEXT_KEYS = {"why", "text", "title", "label", "moved_text", "unresolved_text", "caution_text",
             "late_text", "evidence_word"}


def _texts(node: object, path: str = "") -> Iterator[tuple[str, dict, str]]:
    """(path, the object holding it, key) of every English text in the guidance data."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}" if path else key
            if isinstance(value, str) and (key in TEXT_KEYS or path == "evidence_levels") \
                    and not key.endswith("_de"):
                yield here, node, key
            else:
                yield from _texts(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, f"{path}[{index}]")


def test_every_guidance_text_has_its_german_with_the_same_places() -> None:
    doc = load_json("guidance.json")
    found = list(_texts(doc))
    assert len(found) > 70  # the walk reaches every part of the data
    for path, holder, key in found:
        german = holder.get(f"{key}_de")
        assert isinstance(german, str) and german.strip(), f"{path} has no German"
        places = set(re.findall(r"\{\w+\}", holder[key]))
        assert set(re.findall(r"\{\w+\}", german)) == places, path


def test_german_guidance_keeps_the_sources_and_a_missing_text_is_refused() -> None:
    english, german = load_guidance("en"), load_guidance("de")
    for kind in StepKind:
        assert german.kinds[kind].source == english.kinds[kind].source
        assert german.kinds[kind].anchor == english.kinds[kind].anchor
    assert german.safety.cautions[0].names == english.safety.cautions[0].names
    assert "Belege:" in german.kinds[StepKind.BATH].why_with_evidence
    doc = load_json("guidance.json")
    del doc["kinds"]["bath"]["why_de"]
    with pytest.raises(Exception, match=r"kinds\.bath\.why_de"):
        Guidance.from_document(doc, load_json("sources.json"), "de")
    assert Guidance.from_document(doc, load_json("sources.json"), "en")  # English unaffected


def _english_guidance() -> set[str]:
    """Every English guidance text that differs from its German (some titles, such as
    "Magnesium", are the same word in both)."""
    doc = load_json("guidance.json")
    fragments = (max(re.split(r"\{\w+\}", holder[key]), key=len).strip()
                 for _path, holder, key in _texts(doc) if holder[key] != holder.get(f"{key}_de"))
    return {fragment for fragment in fragments if len(fragment) > 12}


def _shown_words(page: QWidget) -> str:
    words: list[str] = []
    for widget in page.findChildren(QWidget):
        words.append(widget.toolTip())
        words.append(widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
        if isinstance(widget, QTreeWidget):
            for row in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(row)
                assert item is not None
                for column in range(widget.columnCount()):
                    words += [item.text(column), item.toolTip(column)]
    return "\n".join(words)


@pytest.fixture
def in_german(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translator = install_translator(qapp, "de")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def _seed(data_paths: DataPaths, *, typed_title: str) -> None:
    """A routine seeded in English (as an English window would have), with a magnesium step
    beside a medicine magnesium must be kept apart from, and one step titled by hand."""
    store = open_store(data_paths)
    zone = local_zone()
    evening = Evening(store, lambda: zone, lambda: datetime.now(zone))
    evening.ensure_routine()
    evening.add_step(Step(StepKind.MAGNESIUM, "Magnesium", Anchor.at(time(19, 0)),
                          dose_mg=400, form="citrate"))
    evening.add_step(Step(StepKind.MEDICATION, "Doxycycline", Anchor.at(time(19, 30)),
                          name="Doxycycline"))
    evening.add_step(Step(StepKind.CUSTOM, typed_title, Anchor.at(time(20, 0))))
    store.settings.set_many({"first_run_done": True, "told_still_in_tray": True})
    store.close()


def test_the_german_window_shows_no_english_guidance(make_app, data_paths, qtbot, monkeypatch,
                                                     in_german) -> None:
    _seed(data_paths, typed_title="Warm bath or shower")  # typed, not rlsdesk's own
    evening_under_way(monkeypatch)
    app = make_app()
    assert ui_language() == "de" and app.evening.language == "de"
    window = app.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    english = _english_guidance()
    assert "Warm pack on the legs" in english
    for key in ("tonight", "routine", "insights", "about"):
        window.show_section(key)
        QApplication.processEvents()
        shown = _shown_words(window._stack.currentWidget())
        leaked = sorted(text for text in english if text in shown and text != "Warm bath or "
                        "shower")
        assert not leaked, f"{key}: {leaked}"
        assert "unruhige" in shown or key in ("routine", "insights"), key  # German reasons
    titles = {step.title for step in app.evening.steps()}
    assert "Wärmepackung auf den Beinen" in titles  # rlsdesk's own title, in German
    assert "Warm bath or shower" in titles  # the typed one, as typed (a custom step)
    assert "Warmes Bad oder warme Dusche" in titles  # the built-in bath step's


def test_builtin_titles_are_only_rlsdesks_own() -> None:
    titles = builtin_titles("de")
    assert titles[(StepKind.HEAT_PACK, "Warm pack on the legs")] == "Wärmepackung auf den Beinen"
    assert (StepKind.CUSTOM, "Warm pack on the legs") not in titles
    assert builtin_titles("en") == {}


def test_dates_follow_the_window_language(in_german) -> None:
    assert format_date(date(2026, 11, 29), "dddd d MMMM") == "Sonntag 29 November"
    assert ui_locale("de", QLocale("en_US")).name() == "de_DE"
    assert ui_locale("en", QLocale("de_DE")).name() == "en_DE"  # English words, 24 h clock
    assert ui_locale("de", QLocale("de_AT")).name() == "de_AT"  # the system's own region


def evening_under_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Half past eight tonight, so Tonight shows its steps with their reasons."""
    monkeypatch.setattr(RlsDeskApp, "now", lambda app: datetime.combine(
        date.today(), time(20, 30), tzinfo=app.zone))
