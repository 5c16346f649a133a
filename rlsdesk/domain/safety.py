"""Safety rules the planner and the step editor apply; the wording comes from guidance.

- total supplemental magnesium on a night above the adult upper limit, or at the level
  that brings cramping and a laxative effect, is flagged;
- magnesium is kept at least N h after or M h before medicines whose absorption it lowers
  (tetracyclines, fluoroquinolones, bisphosphonates; names are data, matched as whole
  words in any case);
- substances that may worsen RLS (sedating antihistamines, serotonergic antidepressants,
  antipsychotics, dopamine-blocking anti-sickness medicines, melatonin) named in a
  medication or custom step get a caution that ends by sending the person to their
  prescriber;
- a magnesium step always carries the kidney-disease caution.

Names are data (English and German, generic and brand) and match as whole words whatever
the case or accents: "Diphenhydramin", "SERTRALINE" and "Alendronsäure" are all found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from rlsdesk.domain.guidance import Caution, Guidance, InteractionGroup
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Step

__all__ = [
    "cautions_for_new_step",
    "interaction_group",
    "magnesium_total_warnings",
    "mentions",
    "spacing_ok",
    "worsening_cautions",
]


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold(text: str) -> str:
    """Text compared without case or accents; German umlauts as their usual two letters
    ("Alendronsäure" and "alendronsaeure" read alike), other accents dropped."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=64)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted(
        (r"\s+".join(re.escape(part) for part in fold(name).split()) for name in names),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def mentions(names: Iterable[str], text: str) -> bool:
    """Whether ``text`` names any of ``names`` as a whole word, whatever the case or accents."""
    names = tuple(names)
    return bool(names) and _pattern(names).search(fold(text)) is not None


def _texts(step: Step) -> str:
    return " ".join(t for t in (step.name, step.title) if t)


def interaction_group(step: Step, guidance: Guidance) -> InteractionGroup | None:
    """The group of a medication step that magnesium must be kept apart from, if any."""
    if step.kind is not StepKind.MEDICATION:
        return None
    text = _texts(step)
    for group in guidance.safety.spacing_groups:
        if mentions(group.names, text):
            return group
    return None


def worsening_cautions(step: Step, guidance: Guidance) -> list[Caution]:
    """Cautions for substances that may worsen RLS named in a medication or custom step."""
    if step.kind not in (StepKind.MEDICATION, StepKind.CUSTOM):
        return []
    text = _texts(step)
    return [c for c in guidance.safety.cautions if mentions(c.names, text)]


def spacing_ok(magnesium_at: datetime, medicine_at: datetime, guidance: Guidance) -> bool:
    """Magnesium at least ``after`` h after the medicine, or at least ``before`` h before it.

    Compared as instants (real elapsed time), so DST changes do not matter. Both go to UTC
    first: Python adds to and compares two datetimes of one zone on the wall clock, which in
    the hour the clocks go back is an hour off.
    """
    after = timedelta(hours=guidance.safety.spacing_after_hours)
    before = timedelta(hours=guidance.safety.spacing_before_hours)
    magnesium, medicine = magnesium_at.astimezone(UTC), medicine_at.astimezone(UTC)
    return magnesium >= medicine + after or magnesium <= medicine - before


@dataclass(frozen=True, slots=True)
class MagnesiumWarning:
    """A night's total magnesium over a limit: ``code`` is "magnesium_upper_limit" or
    "magnesium_laxative"; ``text`` is the guidance's English, with its ``source``."""

    code: str
    total_mg: int
    limit_mg: int
    text: str
    source: str

    def __str__(self) -> str:
        return f"{self.text} ({self.source})"


def magnesium_total_warnings(total_mg: int, guidance: Guidance) -> list[MagnesiumWarning]:
    """Warnings for a night's total supplemental magnesium."""
    s = guidance.safety
    out: list[MagnesiumWarning] = []
    if total_mg > s.magnesium_upper_limit_mg:
        limit = s.magnesium_upper_limit_mg
        text = s.magnesium_upper_limit_text.format(total_mg=total_mg, limit_mg=limit)
        out.append(MagnesiumWarning("magnesium_upper_limit", total_mg, limit, text,
                                    s.magnesium_upper_limit_source))
    if total_mg >= s.magnesium_laxative_mg:
        limit = s.magnesium_laxative_mg
        text = s.magnesium_laxative_text.format(total_mg=total_mg, limit_mg=limit)
        out.append(MagnesiumWarning("magnesium_laxative", total_mg, limit, text,
                                    s.magnesium_laxative_source))
    return out


def spacing_caution(step: Step, group: InteractionGroup, guidance: Guidance) -> str:
    s = guidance.safety
    text = s.spacing_caution_text.format(
        medication=step.name or step.title,
        group=group.label,
        after_hours=s.spacing_after_hours,
        before_hours=s.spacing_before_hours,
    )
    return f"{text} ({s.spacing_source})"


def cautions_for_new_step(step: Step, guidance: Guidance) -> list[str]:
    """What the step editor should show about a step before saving it (with sources)."""
    out = [f"{c.text} ({c.source})" for c in worsening_cautions(step, guidance)]
    group = interaction_group(step, guidance)
    if group is not None:
        out.append(spacing_caution(step, group, guidance))
    if step.kind is StepKind.MAGNESIUM:
        kidney = guidance.safety.magnesium_kidney
        out.append(f"{kidney.text} ({kidney.source})")
        if step.dose_mg is not None:
            out.extend(str(w) for w in magnesium_total_warnings(step.dose_mg, guidance))
    return out
