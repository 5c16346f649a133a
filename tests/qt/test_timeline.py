"""The timeline's hover tooltip names the step under the pointer, with its time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.text.timefmt import format_clock
from rlsdesk.ui.timeline import TimelineWidget

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2024, 3, 5, 18, 0, tzinfo=ZONE)


@pytest.fixture
def evening(data_paths: DataPaths) -> Iterator[Evening]:
    store = open_store(data_paths)
    yield Evening(store, lambda: ZONE, lambda: NOW)
    store.close()


def test_hovering_a_marker_shows_its_step(qtbot, evening: Evening) -> None:
    evening.replace_routine([Step(StepKind.CUSTOM, "Warm bath", Anchor.at(time(20, 15)))])
    plan = evening.plan()
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(700, 220)
    widget.set_plan(plan, {}, None, NOW)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()  # painting places the markers the tooltip looks up
    step = plan.steps[0]
    where = QPoint(round(widget.x_for(step.at)) + 3, 120)

    handled = QApplication.sendEvent(
        widget, QHelpEvent(QEvent.Type.ToolTip, where, widget.mapToGlobal(where)))

    assert handled
    assert QToolTip.text() == f"{format_clock(step.at)}  Warm bath"
