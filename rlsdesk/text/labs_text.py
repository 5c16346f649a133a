"""Words about a planned blood test, for the reminder the evening before and the Tonight
page. The guideline text is data in ``resources/labs_sleep_text.json`` (with its source);
Qt's catalog finds it here, marked with QT_TRANSLATE_NOOP, word for word (a test checks),
and :func:`blood_test_note` looks it up in the loaded translation. Information, never
advice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rlsdesk.system.resources import load_cited
from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.timefmt import format_date

CONTEXT = "LabsText"

#: Word for word as ``blood_test_reminder.text`` in labs_sleep_text.json.
REMINDER_TEXT = QT_TRANSLATE_NOOP(
    "LabsText",
    "For information: the 2024 AASM guideline asks for iron studies (ferritin and "
    "transferrin saturation) to be drawn in the morning, with no iron-containing tablets "
    "or foods in the 24 hours before. What your clinician told you comes first.",
)


def blood_test_title(planned: date) -> str:
    """``Blood test tomorrow morning (Tue 24 Nov)``."""
    return fill(translate("LabsText", "Blood test tomorrow morning (%1)"),
                format_date(planned, "ddd d MMM"))


def blood_test_note() -> str:
    """The guideline's note on the morning draw, with its source."""
    cited = load_cited("labs_sleep_text.json")["blood_test_reminder"]
    return fill(translate("LabsText", "%1 Source: %2"), translate(CONTEXT, cited["text"]),
                cited["source"])
