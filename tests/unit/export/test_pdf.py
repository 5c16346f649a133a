"""export pdf: the report's text read back with pdftotext (poppler-utils)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_report_has_what_a_clinician_needs(cli, tmp_path: Path) -> None:
    # the person's own magnesium, as on their label (no routine starts with one)
    cli("routine", "add", "--kind", "magnesium", "--title", "Magnesium with dinner",
        "--before-onset", "90", "--dose-mg", "200", "--form", "citrate")
    cli("routine", "add", "--kind", "medication", "--title", "Evening tablet",
        "--before-bed", "120", "--name", "pramipexole 0.125 mg")
    lines = ["night,severity,onset,sleep_hours,awakenings,irls_total,note,steps_done"]
    for day in range(1, 29):
        note = "long car trip" if day == 7 else ""
        irls = "23" if day == 14 else ""
        lines.append(f"2026-10-{day:02d},{3 + day % 4},21:{10 + day:02d},6.5,2,{irls},{note},"
                     "Magnesium with dinner; Evening tablet")
    source = tmp_path / "diary.csv"
    source.write_text("\n".join(lines) + "\n")
    assert cli("import", "csv", str(source))[0] == 0
    target = tmp_path / "report.pdf"
    code, out, err = cli("export", "pdf", str(target), "--from", "2026-10-01",
                         "--to", "2026-10-28")
    assert (code, err) == (0, "") and "Wrote the report" in out
    text = _text(target)
    for expected in (
        "Restless legs diary report",
        "Period: 01 October 2026 to 28 October 2026 (28 nights)",
        "Nights logged: 28",
        "Generated:",
        "This is a self-kept diary recorded with rlsdesk, not a clinical assessment.",
        "How bad each night was",
        "When symptoms started",
        "Adherence per step",
        "Magnesium with dinner: magnesium citrate 200 mg; marked taken on 28 of 28",
        "Evening tablet: pramipexole 0.125 mg",
        "14 Oct 2026: 23 (severe)",
        "long car trip",
        "page 1 of",
        "Questions for the clinician",
        "75 ng/mL",
        "Winkelman et al., J Clin Sleep Med 2025",
    ):
        assert expected in text, expected


def test_report_of_an_empty_diary_and_no_overwrite(cli, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    assert cli("export", "pdf", str(target))[0] == 0
    text = _text(target)
    assert "Nights logged: 0" in text and "No notes in this period." in text
    code, _out, err = cli("export", "pdf", str(target))
    assert code == 2 and "--force" in err
