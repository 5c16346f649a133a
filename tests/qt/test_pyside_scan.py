"""PySide6's per-import check gives the same answers with rlsdesk's byte-reading version, and
the sources of the modules imported afterwards are no longer held in linecache."""

from __future__ import annotations

import sys
import textwrap

from tests.fresh_python import json_report

_FRESH_PROCESS = textwrap.dedent("""
    import json, linecache, sys
    from rlsdesk.ui.pyside_scan import lighten_pyside_module_scan
    swapped = lighten_pyside_module_scan() if sys.argv[1] == "lighter" else None
    import email.message, csv, rlsdesk.app  # rlsdesk.app brings in the window's modules
    feature = sys.modules["shibokensupport.feature"]
    print(json.dumps({
        "swapped": swapped,
        "marks": feature.pyside_feature_dict,
        "cached": sorted(name for name in linecache.cache if "rlsdesk" in name
                         or "email" in name),
    }))
""")


def test_same_answers_and_no_sources_kept() -> None:
    upstream = json_report(_FRESH_PROCESS, "upstream")
    lighter = json_report(_FRESH_PROCESS, "lighter")
    assert lighter["swapped"] is True
    marks, upstream_marks = lighter["marks"], upstream["marks"]
    assert isinstance(marks, dict) and isinstance(upstream_marks, dict)
    # (PySide6 loads at a different moment in the two runs, so each saw a few more modules)
    both = marks.keys() & upstream_marks.keys()
    assert len(both) > 50
    assert {name: marks[name] for name in both} == {name: upstream_marks[name] for name in both}
    assert marks["rlsdesk.ui.tray"] == 0  # uses PySide6: its __feature__ switches apply
    assert marks["rlsdesk.store.store"] == -1  # PySide6 leaves it alone
    assert upstream["cached"], "PySide6 no longer caches sources: this workaround can go"
    assert lighter["cached"] == []


def test_swapping_twice_keeps_one_wrapper(qapp) -> None:
    from rlsdesk.ui.pyside_scan import lighten_pyside_module_scan

    assert lighten_pyside_module_scan()
    feature = sys.modules["shibokensupport.feature"]
    first = feature._mod_uses_pyside
    assert lighten_pyside_module_scan()
    assert feature._mod_uses_pyside is first
