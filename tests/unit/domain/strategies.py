"""Hypothesis strategies for domain objects."""

from __future__ import annotations

from hypothesis import strategies as st

from rlsdesk.domain.kinds import MagnesiumForm, SleepHygieneItem, StepKind
from rlsdesk.domain.routine import Anchor, Step, Stretch

titles = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=80
).filter(lambda s: s.strip() == s and s)
anchors = st.one_of(
    st.builds(Anchor.before_onset, st.integers(0, 720)),
    st.builds(Anchor.before_bed, st.integers(0, 720)),
    st.builds(Anchor.at, st.times().map(lambda t: t.replace(second=0, microsecond=0))),
)
#: A medication keeps its own time: never an anchor on the learned onset.
medication_anchors = st.one_of(
    st.builds(Anchor.before_bed, st.integers(0, 720)),
    st.builds(Anchor.at, st.times().map(lambda t: t.replace(second=0, microsecond=0))),
)
common = {
    "title": titles,
    "anchor": anchors,
    "minutes": st.integers(0, 240),
    "days": st.frozensets(st.integers(0, 6), min_size=1),
    "enabled": st.booleans(),
    "through_dnd": st.booleans(),
    "id": st.none() | st.integers(1, 10_000),
}
steps_strategy = st.one_of(
    st.builds(
        Step,
        kind=st.just(StepKind.MAGNESIUM),
        dose_mg=st.integers(1, 1000),
        form=st.sampled_from(MagnesiumForm),
        **common,
    ),
    st.builds(Step, kind=st.just(StepKind.MEDICATION), name=titles,
              **{**common, "anchor": medication_anchors}),
    st.builds(
        Step,
        kind=st.just(StepKind.CONTRAST_PACKS),
        cycles=st.integers(1, 10),
        minutes_each=st.integers(1, 20),
        **common,
    ),
    st.builds(
        Step,
        kind=st.just(StepKind.STRETCHING),
        stretches=st.lists(
            st.builds(
                Stretch,
                st.sampled_from(["calves", "hamstrings", "quadriceps", "hip_flexors"]),
                st.integers(10, 300),
            ),
            min_size=1,
            max_size=6,
        ).map(tuple),
        **common,
    ),
    st.builds(
        Step,
        kind=st.just(StepKind.SLEEP_HYGIENE),
        item=st.sampled_from(SleepHygieneItem),
        **common,
    ),
    st.builds(
        Step,
        kind=st.sampled_from(
            [
                StepKind.BATH,
                StepKind.HEAT_PACK,
                StepKind.COLD_PACK,
                StepKind.MASSAGE,
                StepKind.BEDTIME,
                StepKind.CUSTOM,
            ]
        ),
        **common,
    ),
)


MEDICINE_NAMES = ["Doxycycline", "Cipro", "Fosamax weekly", "Ropinirole", "Melatonin", "Benadryl"]

plan_steps_strategy = st.one_of(
    steps_strategy,
    st.builds(
        Step,
        kind=st.just(StepKind.MEDICATION),
        name=st.sampled_from(MEDICINE_NAMES),
        **{**common, "anchor": medication_anchors},
    ),
    st.builds(
        Step,
        kind=st.just(StepKind.MAGNESIUM),
        dose_mg=st.sampled_from([100, 200, 400, 700]),
        form=st.sampled_from(MagnesiumForm),
        **common,
    ),
)
