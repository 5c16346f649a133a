"""The mutation score of each domain file, from the results `mutmut run` left in mutants/.

    python -m tests.mutation_score [--survivors] [FILE ...]

A mutant counts as killed when a test failed (or it timed out, or crashed); one listed in
tests/unit/mutation_equivalents.md (equivalent: no test can tell it from the original)
counts neither way. Score = killed / (mutants - equivalents). Run `make mutation` first.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "mutants" / "rlsdesk" / "domain"
EQUIVALENTS = ROOT / "tests" / "unit" / "mutation_equivalents.md"

#: mutmut's exit codes (mutmut/stats.py): 1 and 3 a test failed, 36/24/-24/152/255 the
#: tests ran out of time (an endless loop), -9/-11 the process died, 37 a type check caught it.
KILLED = {1, 3, 24, -24, 36, 152, 255, -9, -11, 37}
SURVIVED = {0}
NO_TESTS = {5, 33}
#: A listed mutant: "- `rlsdesk.domain.planner.x_plan_night__mutmut_17`: the reason".
_LISTED = re.compile(r"^\s*-\s*`(rlsdesk\.domain\.[\w.]+__mutmut_\d+)`\s*:\s*\S")


def equivalents(path: Path = EQUIVALENTS) -> set[str]:
    if not path.exists():
        return set()
    return {m.group(1) for line in path.read_text(encoding="utf-8").splitlines()
            if (m := _LISTED.match(line))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="module names, e.g. safety planner")
    parser.add_argument("--survivors", action="store_true", help="list the survivors too")
    args = parser.parse_args(argv)
    metas = sorted(RESULTS.glob("*.py.meta"))
    if not metas:
        print("No results in mutants/: run `make mutation` first.", file=sys.stderr)
        return 2
    listed = equivalents()
    seen: set[str] = set()
    print(f"{'file':<22}{'mutants':>8}{'killed':>8}{'survived':>9}{'equiv.':>7}"
          f"{'untested':>9}{'not run':>8}{'score':>8}")
    for meta in metas:
        module = meta.name.removesuffix(".py.meta")
        if args.files and module not in args.files:
            continue
        codes: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
        if not codes:
            continue
        killed = survived = equivalent = untested = not_run = 0
        survivors: list[str] = []
        for name, code in codes.items():
            if name in listed:
                seen.add(name)
                equivalent += 1
                if code in KILLED:
                    print(f"  note: {name} is listed as equivalent but a test kills it")
            elif code is None:
                not_run += 1
            elif code in KILLED:
                killed += 1
            elif code in NO_TESTS:
                untested += 1
                survivors.append(name)
            else:
                survived += 1
                survivors.append(name)
        counted = len(codes) - equivalent - not_run
        score = f"{100 * killed / counted:.1f} %" if counted else "-"
        print(f"{module + '.py':<22}{len(codes):>8}{killed:>8}{survived:>9}{equivalent:>7}"
              f"{untested:>9}{not_run:>8}{score:>8}")
        if args.survivors:
            for name in survivors:
                print(f"    {name}")
    if not args.files:
        for name in sorted(listed - seen):
            print(f"  note: {name} is listed as equivalent but mutmut made no such mutant")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
