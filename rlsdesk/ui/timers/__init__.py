"""Guided timers for evening steps: heat/cold packs, stretches, bath and massage.

The timer window (and the Qt SVG module its figures need) loads only when a timer opens;
Tonight asks :func:`has_timer` for every step, which stays light.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rlsdesk.ui.timers.phases import has_timer, phases_for

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rlsdesk.domain.guidance import Guidance
    from rlsdesk.domain.routine import Step
    from rlsdesk.ui.timers.engine import Clock
    from rlsdesk.ui.timers.window import TimerWindow

__all__ = ["has_timer", "phases_for", "timer_for_step"]


def timer_for_step(
    step: Step, guidance: Guidance, parent: QWidget | None = None, clock: Clock = time.monotonic
) -> TimerWindow | None:
    """A guided timer window for a saved step, or None when its kind has no timer."""
    from PySide6.QtCore import Qt

    from rlsdesk.ui.timers.window import TimerWindow

    phases = phases_for(step, guidance)
    if not phases or step.id is None:
        return None
    window = TimerWindow(step.id, step.title, phases, clock, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return window
