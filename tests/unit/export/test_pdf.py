"""export pdf: the report's text read back with pdftotext (poppler-utils)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
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
        "Period: 1 Oct 2026 to 28 Oct 2026 (28 nights)",
        "Nights logged", "28 of 28",
        "A self-kept diary, not a clinical assessment.",
        "Key figures", "Average severity (0-10)", "Usual onset (median)",
        "Is it getting worse?", "Last 14 nights (15 Oct 2026 to 28 Oct 2026) against the 14",
        "Severity over time", "When symptoms started",
        "Magnesium with dinner", "magnesium citrate 200 mg", "28 of 28 nights",
        "Evening tablet", "pramipexole 0.125 mg",
        "Week by week", "What seems to help",
        "page 1 of",
        "Questions for the clinician",
        "75 ng/mL",
        "Winkelman et al., J Clin Sleep Med 2025",
    ):
        assert expected in text, expected
    # a note older than two weeks shows only when marked for the clinician
    assert "long car trip" not in text
    assert cli("log", "night", "--date", "2026-10-07", "--severity", "4", "--note",
               "long car trip", "--for-clinician")[0] == 0
    assert cli("export", "pdf", str(target), "--from", "2026-10-01", "--to", "2026-10-28",
               "--force")[0] == 0
    assert "long car trip" in _text(target)


def test_a_ten_year_diary_is_a_few_pages_with_one_log_line(cli, tmp_path: Path) -> None:
    lines = ["night,severity,onset,sleep_hours,awakenings,irls_total,note,steps_done"]
    start = date(2016, 1, 1)
    for day in range(3650):
        night = start + timedelta(days=day)
        lines.append(f"{night},{day % 9},21:{day % 60:02d},6.5,2,,Notiz 夜 🙂 {day},")
    source = tmp_path / "diary.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("import", "csv", str(source))[0] == 0
    log = cli.data / "rlsdesk.log"
    before = log.read_text().splitlines()
    target = tmp_path / "decade.pdf"
    code, _out, err = cli("export", "pdf", str(target), "--from", "2016-01-01",
                          "--to", "2025-12-28")
    assert (code, err) == (0, "")
    added = log.read_text().splitlines()[len(before):]
    assert len(added) == 1 and "report 2016-01-01 to 2025-12-28" in added[0], added
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines()
                     if line.startswith("Pages:")))
    assert pages <= 4
    text = _text(target)
    assert "Quarter by quarter" in text
    assert "3649" in text and "Notiz" in text  # the notes of the last two weeks
    assert "Notiz 夜 🙂 100 " not in text  # never a dump of every note


def test_report_of_an_empty_diary_and_no_overwrite(cli, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    assert cli("export", "pdf", str(target))[0] == 0
    text = _text(target)
    assert "0 of 90" in text and "No notes to show for this period." in text
    code, _out, err = cli("export", "pdf", str(target))
    assert code == 2 and "--force" in err
