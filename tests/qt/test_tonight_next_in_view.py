"""Tonight leads with what is next at every language and text size: in the window as it
opens (980x660, and 1024x700 at 150 %), at 21:00 with a routine of nine steps, the next
step's card and the two after it lie wholly inside the list's viewport without scrolling
by hand, in English and German, at 100 % and 150 % text, by day and by night, and again
after a re-plan makes the rows anew."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale, QRect, QSize
from PySide6.QtWidgets import QApplication

from rlsdesk.app import RlsDeskApp
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.system.zone import local_zone
from rlsdesk.text.i18n import install_translator
from rlsdesk.ui.pages.tonight_page import SHOWN_AFTER_NEXT, TonightPage

DEFAULT_SIZE = QSize(980, 660)


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication) -> Iterator[str]:
    previous = QLocale()
    translator = install_translator(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def _seed(data_paths: DataPaths, scale: float, theme: str) -> None:
    """The default routine (eight steps, the next at 21:10) and a magnesium step with its
    dose as the person typed it."""
    store = open_store(data_paths)
    zone = local_zone()
    evening = Evening(store, lambda: zone, lambda: datetime.now(zone))
    evening.ensure_routine()
    evening.add_step(Step(StepKind.MAGNESIUM, "Magnesium before bed", Anchor.at(time(21, 20)),
                          dose_mg=200, form="citrate"))
    evening.prefs.set_text_scale(scale)
    store.settings.set_many({"first_run_done": True, "told_still_in_tray": True,
                             "theme_mode": theme})
    store.close()


def _inside(page: TonightPage, index: int) -> tuple[bool, QRect, QRect]:
    viewport = page._scroll.viewport()
    row = page.rows[index]
    top_left = row.mapTo(viewport, row.rect().topLeft())
    shown = QRect(top_left, row.size())
    return viewport.rect().contains(shown), shown, viewport.rect()


@pytest.mark.parametrize("theme", ["night", "day"])
@pytest.mark.parametrize(("scale", "size"), [(1.0, DEFAULT_SIZE), (1.5, DEFAULT_SIZE),
                                             (1.5, QSize(1024, 700))])
def test_the_next_step_and_two_after_it_are_in_view(
        make_app, data_paths, qtbot, monkeypatch, language: str, scale: float, size: QSize,
        theme: str) -> None:
    _seed(data_paths, scale, theme)
    monkeypatch.setattr(RlsDeskApp, "now", lambda app: datetime.combine(
        date.today(), time(21, 0), tzinfo=app.zone))
    app = make_app()
    window = app.window
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("tonight")
    for _ in range(3):  # built, laid out, and laid out again for its scroll bars
        QApplication.processEvents()
    page = window._stack.currentWidget()
    assert isinstance(page, TonightPage)
    assert page.next is not None
    assert len(page.rows) - page.next > SHOWN_AFTER_NEXT, "enough steps still to come"
    assert page.rows[page.next].step.at.strftime("%H:%M") == "21:10"
    _assert_next_in_view(page)
    page.refresh()  # as after a change anywhere in the app: the rows are made anew
    for _ in range(3):
        QApplication.processEvents()
    _assert_next_in_view(page)


@pytest.mark.parametrize("theme", ["night", "day"])
def test_a_reminded_step_with_its_snooze_button_still_leaves_room(
        make_app, data_paths, qtbot, monkeypatch, qapp: QApplication, theme: str) -> None:
    """The common case: the reminder came, so the rows carry Snooze as well (here every
    row, the hardest case), in German at 150 %."""
    previous = QLocale()
    translator = install_translator(qapp, "de")
    try:
        _seed(data_paths, 1.5, theme)
        monkeypatch.setattr(RlsDeskApp, "now", lambda app: datetime.combine(
            date.today(), time(21, 12), tzinfo=app.zone))
        monkeypatch.setattr(RlsDeskApp, "step_state", lambda app, step_id: "notified")
        app = make_app()
        window = app.window
        qtbot.addWidget(window)
        window.resize(DEFAULT_SIZE)
        window.show()
        qtbot.waitExposed(window)
        window.show_section("tonight")
        for _ in range(3):
            QApplication.processEvents()
        page = window._stack.currentWidget()
        assert isinstance(page, TonightPage) and page.next is not None
        assert not page.rows[page.next].snooze_button.isHidden()
        _assert_next_in_view(page)
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def _assert_next_in_view(page: TonightPage) -> None:
    assert page.next is not None
    for index in range(page.next, page.next + SHOWN_AFTER_NEXT + 1):
        inside, shown, room = _inside(page, index)
        assert inside, (f"{page.rows[index].step.title} at {shown.getRect()} is not wholly "
                        f"inside the list's {room.getRect()}")
