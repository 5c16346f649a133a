"""The guidance texts the About page shows, made translatable.

The texts are data in ``resources/guidance.json`` (the PDF report reads them there, in
English); Qt's catalog finds them here, marked with QT_TRANSLATE_NOOP, and :func:`shown`
looks the data's text up in the loaded translation. A test checks that every such text in
the data is listed here word for word, so none is left untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rlsdesk.text.i18n import translate

CONTEXT = "GuidanceText"

# Word for word as in guidance.json: the iron note, and the clinician questions with their
# introduction.
TRANSLATABLE = (
    QT_TRANSLATE_NOOP(
        "GuidanceText",
        "Low iron can bring on or worsen restless legs even without anaemia. In the "
        "2024 AASM guideline, clinicians consider iron when ferritin is 75 ng/mL (the "
        "same as 75 µg/L) or lower, or transferrin saturation is below 20%. Take iron "
        "only if your clinician advises it."
    ),
    QT_TRANSLATE_NOOP(
        "GuidanceText",
        "Questions you may want to ask your clinician. This is information from the "
        "2024 AASM guideline and patient guidance, not advice for you: only your "
        "clinician can judge what applies to you."
    ),
    QT_TRANSLATE_NOOP(
        "GuidanceText",
        "Could my iron be checked? The guideline asks clinicians to test ferritin and "
        "transferrin saturation in everyone with troublesome restless legs, ideally "
        "with a morning blood test, without iron tablets or supplements containing iron "
        "in the 24 hours before."
    ),
    QT_TRANSLATE_NOOP(
        "GuidanceText",
        "Is my iron low for restless legs? Clinicians consider iron when ferritin is 75 "
        "ng/mL (75 µg/L) or lower, or transferrin saturation is below 20%, levels a "
        "general blood test may still call normal. Do not start iron on your own."
    ),
    QT_TRANSLATE_NOOP(
        "GuidanceText",
        "Could one of my medicines make my legs worse? Sedating antihistamines, "
        "serotonergic antidepressants (SSRIs, SNRIs, tricyclics, and mirtazapine in "
        "particular), antipsychotics and anti-sickness medicines that block dopamine "
        "(such as metoclopramide and prochlorperazine) can aggravate restless legs. Do "
        "not stop or change a prescribed medicine yourself; ask your prescriber."
    ),
    QT_TRANSLATE_NOOP(
        "GuidanceText",
        "Could I have sleep apnoea? Untreated obstructive sleep apnoea is one of the "
        "things the guideline asks clinicians to look for and treat in people with "
        "restless legs."
    ),
    QT_TRANSLATE_NOOP(
        "GuidanceText",
        "Do alcohol, nicotine or caffeine play a part for me? All three can make "
        "restless legs worse, and the guideline asks clinicians to talk them through "
        "with you."
    ),
    QT_TRANSLATE_NOOP(
        "GuidanceText",
        "Are treatments without medicines an option for me? Pneumatic compression of "
        "the legs and high-frequency stimulation of the peroneal nerve (tonic motor "
        "activation) have been tested in randomised trials and are listed in the "
        "guideline; a regular exercise programme was tested in a randomised trial too."
    ),
    QT_TRANSLATE_NOOP(
        "GuidanceText",
        "If I take a dopamine medicine (such as pramipexole, ropinirole, rotigotine or "
        "levodopa): are my symptoms starting earlier, spreading or getting stronger? "
        "Bring your diary; only a clinician can judge this."
    ),
)


def shown(text: str) -> str:
    """A guidance text from the data in the person's language (as it is, if untranslated)."""
    return translate(CONTEXT, text)
