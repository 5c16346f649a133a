"""Enumerations of the routine's vocabulary: step kinds, anchors and kind parameters."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["AnchorKind", "MagnesiumForm", "SleepHygieneItem", "StepKind"]


class StepKind(StrEnum):
    """What an evening step is."""

    MAGNESIUM = "magnesium"
    BATH = "bath"  # warm bath or shower
    HEAT_PACK = "heat_pack"
    COLD_PACK = "cold_pack"
    CONTRAST_PACKS = "contrast_packs"  # alternating heat and cold
    STRETCHING = "stretching"
    MASSAGE = "massage"
    SLEEP_HYGIENE = "sleep_hygiene"
    MEDICATION = "medication"  # records name and time only; the app never advises
    BEDTIME = "bedtime"
    CUSTOM = "custom"


class AnchorKind(StrEnum):
    """What a step's time is measured from."""

    BEFORE_ONSET = "before_onset"
    BEFORE_BED = "before_bed"
    CLOCK = "clock"


class SleepHygieneItem(StrEnum):
    SCREENS_OFF = "screens_off"
    DIM_LIGHTS = "dim_lights"
    COOL_BEDROOM = "cool_bedroom"
    CAFFEINE_CUTOFF = "caffeine_cutoff"
    ALCOHOL_CUTOFF = "alcohol_cutoff"
    WEIGHTED_BLANKET = "weighted_blanket"


class MagnesiumForm(StrEnum):
    CITRATE = "citrate"
    GLYCINATE = "glycinate"
    OXIDE = "oxide"
    OTHER = "other"
