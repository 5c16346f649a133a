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
from rlsdesk.ui.timeline import LABEL_GAP, TimelineWidget, layout_labels

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


CLUSTER = [("Leg stretches", time(21, 10)), ("Warm pack on the legs", time(21, 14)),
           ("Warm bath or shower", time(21, 18)), ("Screens off", time(21, 22)),
           ("Dim the lights", time(21, 29))]  # five steps within 20 minutes


def _leader_crosses(label: tuple[int, object, float], other: tuple[int, object, float]) -> bool:
    """Whether ``label``'s leader line (down from its left edge) runs through ``other``."""
    _i, rect, _x = label
    _j, box, _y = other
    lead_x = rect.left() + 1
    return (box.top() > rect.bottom() and box.left() - 3 <= lead_x <= box.right() + 3)


@pytest.mark.parametrize("width", [560, 700, 900])
@pytest.mark.parametrize("next_step", [None, 0, 3])
def test_clustered_labels_neither_overlap_nor_cover_a_leader(
        qtbot, evening: Evening, width: int, next_step: int | None) -> None:
    evening.replace_routine([Step(StepKind.CUSTOM, title, Anchor.at(at))
                             for title, at in CLUSTER])
    plan = evening.plan()
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(width, 220)
    widget.set_plan(plan, {}, next_step, NOW)
    widget.grab()  # paints: the layout is made while painting
    boxes = widget.label_boxes
    assert len(boxes) == len(CLUSTER), "every clustered step keeps its label"
    for a in boxes:
        for b in boxes:
            if a is b:
                continue
            assert not a[1].adjusted(-3, 0, 3, 0).intersects(b[1].adjusted(-3, 0, 3, 0)), \
                (plan.steps[a[0]].title, plan.steps[b[0]].title)
            assert not _leader_crosses(a, b), (plan.steps[a[0]].title, plan.steps[b[0]].title)
    lefts = [rect.left() for _i, rect, _x in sorted(boxes)]
    assert lefts == sorted(lefts), "labels step to the right in the order of their dots"


@pytest.mark.parametrize("width", [560, 700, 900])
@pytest.mark.parametrize("next_step", [0, 2, 4])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_compact_timeline_keeps_the_next_label_in_one_lane(
        qtbot, evening: Evening, width: int, next_step: int, scale: float) -> None:
    """At large text on a small screen the timeline folds to one lane: shorter, the next
    step's label always kept, no label over another, over a leader or over the "now" word
    (the others are named in the list and by the tooltip)."""
    evening.replace_routine([Step(StepKind.CUSTOM, title, Anchor.at(at))
                             for title, at in CLUSTER])
    plan = evening.plan()
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    widget.set_compact(True)
    assert widget.height_for(compact=True) < widget.height_for(compact=False)
    assert widget.sizeHint().height() == widget.height_for(compact=True)
    widget.resize(width, widget.sizeHint().height())
    now = datetime.combine(plan.night, CLUSTER[next_step][1], tzinfo=ZONE)
    widget.set_plan(plan, {}, next_step, now)
    widget.grab()
    boxes = widget.label_boxes
    assert next_step in [index for index, _rect, _x in boxes], "the next step keeps its label"
    assert len({rect.top() for _i, rect, _x in boxes}) == 1, "one lane"
    for a in boxes:
        assert a[1].bottom() < widget.height() - 32, "above the axis and its hours"
        for b in boxes:
            if a is not b:
                assert not a[1].adjusted(-3, 0, 3, 0).intersects(b[1].adjusted(-3, 0, 3, 0))
                assert not _leader_crosses(a, b)
    assert widget.now_box is not None
    assert not any(widget.now_box.intersects(rect.adjusted(-3, 0, 3, 0))
                   for _i, rect, _x in boxes), "the 'now' word stays readable"


def test_when_not_every_label_fits_the_next_and_coming_ones_are_kept() -> None:
    """Seven labels 20 px apart, each 120 px wide, in two lanes: not all fit. The next
    step's label and those after it go first; earlier steps give up theirs."""
    from rlsdesk.ui.timeline import label_order, layout_labels_by_priority

    wanted = [(100.0 + 20 * i, 120.0) for i in range(7)]
    in_time_order = layout_labels(wanted, 0, 400, 2)
    assert [i for i, spot in enumerate(in_time_order) if spot] == [0, 1], "the past first"
    placed = layout_labels_by_priority(wanted, label_order(7, 4), 0, 400, 2)
    assert [i for i, spot in enumerate(placed) if spot] == [4, 5], "the next and the one after"
    boxes = [(spot[0], spot[0] + wanted[i][1], spot[1])
             for i, spot in enumerate(placed) if spot is not None]
    for a in boxes:
        for b in boxes:
            if a is not b and a[2] == b[2]:
                assert a[1] + LABEL_GAP <= b[0] or b[1] + LABEL_GAP <= a[0]
