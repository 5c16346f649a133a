"""Evening: a medication stored "before onset" (allowed once) is read as its clock time,
saved so, with a note in tonight's plan until the person edits the step; and the planner's
`now` comes from the clock the Evening is given."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from zoneinfo import ZoneInfo

from rlsdesk.domain.planner import NoteCode
from rlsdesk.domain.routine import Anchor
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths

BERLIN = ZoneInfo("Europe/Berlin")


def test_stored_medication_on_the_onset_is_kept_at_its_clock_time(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    try:
        now = datetime(2026, 11, 21, 15, 0, tzinfo=BERLIN)
        evening = Evening(store, lambda: BERLIN, lambda: now)
        evening.set_times(usual_onset=time(21, 30))
        step_id = store.routine.add({
            "kind": "medication", "title": "Evening tablet", "name": "pramipexole",
            "anchor": {"type": "before_onset", "minutes": 90}, "minutes": 0,
            "days": list(range(7)), "enabled": True,
        })
        step = evening.step(step_id)
        assert step is not None and step.anchor == Anchor.at(time(20, 0))
        assert store.routine.get(step_id)["anchor"] == {"type": "clock", "time": "20:00"}
        # a later onset no longer moves it
        evening.set_times(usual_onset=time(20, 0))
        planned = next(s for s in evening.plan().steps if s.step_id == step_id)
        assert planned.at.time() == time(20, 0) and not planned.moved
        pinned = [n for n in planned.issues if n.code is NoteCode.MEDICATION_PINNED]
        assert pinned and pinned[0].values == {"minutes": 90, "clock": time(20, 0)}
        # once the person saves the step, the note has done its job
        evening.update_step(replace(step, title="Evening tablet"))
        planned = next(s for s in evening.plan().steps if s.step_id == step_id)
        assert not any(n.code is NoteCode.MEDICATION_PINNED for n in planned.issues)
    finally:
        store.close()
