"""Pure-Python domain: routine model, guidance, peak model, safety rules and planner.

No Qt, no I/O, deterministic. Adapters load JSON and pass dicts in.

Import the submodules themselves (``from rlsdesk.domain.planner import plan_night``):
the package imports nothing, so a light caller stays light.
"""
