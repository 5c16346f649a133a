"""How many examples a property test tries.

`make mutation` sets RLSDESK_HYPOTHESIS_PROFILE=mutation: every property test then tries at
most MUTATION_EXAMPLES examples (and keeps no example database, so one mutant's failure is
not replayed against the next), which lets a whole domain file's mutants run in minutes;
the boundary tests, not the search, are what kill most mutants. RLSDESK_HYPOTHESIS_SCALE=20
runs a deeper search than the default suite (ignored under the mutation profile).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

MUTATION = os.environ.get("RLSDESK_HYPOTHESIS_PROFILE", "") == "mutation"
SCALE = int(os.environ.get("RLSDESK_HYPOTHESIS_SCALE", "1"))
MUTATION_EXAMPLES = 10


def examples(default: int) -> int:
    """The example count for a test whose own budget is `default` examples."""
    return min(default, MUTATION_EXAMPLES) if MUTATION else default * SCALE


settings.register_profile(
    "mutation",
    max_examples=MUTATION_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
