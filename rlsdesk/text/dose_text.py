"""A medicine's or supplement's dose and name, as the person entered them, in their language.

Shown wherever a dose matters: the Routine table, the reminder, Tonight. Only what was
entered is shown; rlsdesk never suggests a dose."""

from __future__ import annotations

from rlsdesk.domain.kinds import MagnesiumForm, StepKind
from rlsdesk.domain.routine import Step
from rlsdesk.text.i18n import fill, translate


def form_name(form: MagnesiumForm) -> str:
    names = {
        MagnesiumForm.CITRATE: translate("DoseText", "magnesium citrate"),
        MagnesiumForm.GLYCINATE: translate("DoseText", "magnesium glycinate"),
        MagnesiumForm.OXIDE: translate("DoseText", "magnesium oxide"),
        MagnesiumForm.OTHER: translate("DoseText", "magnesium"),
    }
    return names[MagnesiumForm(form)]


def dose_text(step: Step) -> str:
    """"300 mg magnesium citrate"; a medicine's name as entered; "" for other steps."""
    if step.kind is StepKind.MAGNESIUM and step.dose_mg is not None:
        name = form_name(step.form) if step.form is not None else translate("DoseText",
                                                                             "magnesium")
        return fill(translate("DoseText", "%1 mg %2"), step.dose_mg, name)
    if step.kind is StepKind.MEDICATION and step.name:
        return step.name
    return ""


def with_dose(title: str, step: Step | None) -> str:
    """The step's title and its dose ("Magnesium with dinner: 300 mg magnesium citrate"),
    unless the title already says it."""
    dose = dose_text(step) if step is not None else ""
    if not dose or dose.casefold() in title.casefold():
        return title
    return fill(translate("DoseText", "%1: %2"), title, dose)
