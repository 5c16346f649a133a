"""The clinician report as PDF (matplotlib's PDF backend; no Qt, so it runs headless).

Page 1: period, nights logged, summary, medications and supplements with doses, the
severity chart. Page 2: the onset chart and adherence per step. Then the questions for the
clinician from the guidance (with sources), and the person's notes.
Every page carries the generated date and the line that this is a self-kept diary.
"""

from __future__ import annotations

import io
import statistics
import textwrap
from datetime import date
from typing import TYPE_CHECKING

from rlsdesk import __version__
from rlsdesk.domain.diary import irls_band
from rlsdesk.export import summaries
from rlsdesk.services.diary import TAKEN_KINDS, DiaryService, Insights
from rlsdesk.services.evening import load_guidance

if TYPE_CHECKING:
    from matplotlib.figure import Figure, SubFigure

    from rlsdesk.domain.guidance import ClinicianQuestion, Note
    from rlsdesk.domain.routine import Step

A4 = (8.27, 11.69)
_WRAP = 100
_LINES_PER_PAGE = 58


def build_report(service: DiaryService, first: date, last: date) -> bytes:
    import matplotlib

    from rlsdesk.export.figures import Colours, draw_onsets, draw_severity

    data = service.insights(first, last)
    words = service.text["report"]
    generated = service.evening.now()
    taken = [s for s in service.steps() if s.kind in TAKEN_KINDS and s.id is not None]
    colours = Colours.light()
    buffer = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42, "font.size": 9}):
        from matplotlib.backends.backend_pdf import PdfPages

        with PdfPages(buffer, metadata={
            "Title": f"{words['title']} {first.isoformat()} to {last.isoformat()}",
            "Creator": f"rlsdesk {__version__}", "Subject": words["disclaimer"],
        }) as pdf:
            footer = (f"{words['disclaimer']} Generated {generated:%Y-%m-%d %H:%M} by "
                      f"rlsdesk {__version__}.")
            pages: list[Figure] = []

            page = _page()
            _text_block(page, _first_page_lines(data, service, taken, words, generated))
            pages.append(page)

            page = _page()
            halves = page.subfigures(2, 1, squeeze=False, height_ratios=[1.1, 0.9])
            top, bottom = halves[0, 0], halves[1, 0]
            draw_severity(top, data, colours)
            draw_onsets(bottom, data, colours)
            pages.append(page)

            lines = [("h", "When symptoms started"),
                     *(("p", t) for t in _wrap(summaries.onset_summary(data))),
                     ("p", words["onset_note"]), ("p", ""),
                     ("h", "Adherence per step (nights done of nights planned)"),
                     ("p", "Nights count from the night a step was added or switched on, "
                           "until it was switched off or removed."),
                     *(("p", t) for t in summaries.adherence_lines(data)), ("p", ""),
                     *_question_lines(service), ("p", ""),
                     *_note_lines(data)]
            for chunk in _chunks(lines):
                page = _page()
                _text_block(page, chunk)
                pages.append(page)

            for number, page in enumerate(pages, 1):
                page.text(0.04, 0.012, footer, fontsize=7, color="#444444")
                page.text(0.96, 0.012, f"page {number} of {len(pages)}", fontsize=7,
                          ha="right", color="#444444")
                pdf.savefig(page)
    return buffer.getvalue()


def _first_page_lines(data: Insights, service: DiaryService, taken: list[Step], words: dict,
                      generated: object) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = [
        ("t", words["title"]),
        ("p", f"Period: {data.first:%d %B %Y} to {data.last:%d %B %Y} "
              f"({(data.last - data.first).days + 1} nights)"),
        ("p", f"Nights logged: {data.nights_logged}"),
        *([("p", f"{data.left_out} stored "
                 f"{'entry' if data.left_out == 1 else 'entries'} could not be read and "
                 f"{'is' if data.left_out == 1 else 'are'} left out.")] if data.left_out else []),
        ("p", f"Generated: {generated:%d %B %Y %H:%M} ({service.evening.zone.key})"),
        ("b", words["disclaimer"]),
        ("p", ""),
        ("h", "Summary"),
        *(("p", t) for t in _wrap(summaries.severity_summary(data))),
    ]
    sleep = [r.entry.sleep_hours for r in data.records
             if r.entry is not None and r.entry.sleep_hours is not None]
    woken = [r.entry.awakenings for r in data.records
             if r.entry is not None and r.entry.awakenings is not None]
    if sleep:
        lines.append(("p", f"Sleep: {statistics.fmean(sleep):.1f} h a night on average "
                           f"({len(sleep)} nights)."))
    if woken:
        lines.append(("p", f"Awakenings: {statistics.fmean(woken):.1f} a night on average "
                           f"({len(woken)} nights)."))
    irls = [(r.night, r.entry.irls_total) for r in data.records
            if r.entry is not None and r.entry.irls_total is not None]
    if irls:
        lines.append(("p", "IRLS totals given by a clinician: " + "; ".join(
            f"{night:%d %b %Y}: {total} ({irls_band(total)})" for night, total in irls)))
    lines += [("p", t) for t in _wrap(f"{words['severity_note']} (IRLS: {words['source']})")]
    lines += [("p", ""), ("h", "Medications and supplements in the routine")]
    adherence = {a.step.id: a for a in data.adherence}
    if not taken:
        lines.append(("p", "None listed."))
    for step in taken:
        label = summaries_label(step)
        item = adherence.get(step.id) if step.id is not None else None  # taken have ids
        spans = item.step.spans if item else None
        if item and item.planned:
            count = f"marked taken on {item.done} of {item.planned} planned nights"
        elif spans and spans[0][0] > data.last:
            count = f"added {spans[0][0]:%d %B %Y}, no nights to count yet"
        else:
            count = "not planned in this period"
        state = "" if step.enabled else " (switched off)"
        lines.append(("p", f"- {step.title}: {label}{state}; {count}"))
    lines.append(("p", words["medication_note"]))
    banner = summaries.augmentation_banner(data, service.text)
    if banner is not None:
        lines += [("p", ""), ("h", banner.title)]
        lines += [("p", t) for t in _wrap(banner.body)]
        lines += [("p", t) for t in _wrap(banner.criteria)]
        lines.append(("p", f"Source: {banner.source}"))
    return lines


def summaries_label(step: Step) -> str:
    from rlsdesk.services.diary import step_label

    return step_label(step)


def _question_lines(service: DiaryService) -> list[tuple[str, str]]:
    """The clinician questions from the guidance (2024 AASM guideline), each with its source."""
    guidance = load_guidance("en")  # the report is in English, whatever the window speaks
    lines: list[tuple[str, str]] = [("h", "Questions for the clinician")]
    items: tuple[Note | ClinicianQuestion, ...] = (
        guidance.clinician_intro, *guidance.clinician_questions)
    for item in items:
        lines += [("p", t) for t in _wrap(f"{item.text} (Source: {item.source})")]
    return lines


def _note_lines(data: Insights) -> list[tuple[str, str]]:
    notes = [(r.night, r.entry.note) for r in data.records
             if r.entry is not None and r.entry.note]
    lines: list[tuple[str, str]] = [("h", "Notes from the diary")]
    if not notes:
        lines.append(("p", "No notes in this period."))
    for night, note in notes:
        wrapped = _wrap(note.replace("\n", " "), _WRAP - 18)
        lines.append(("p", f"{night:%a %d %b %Y}:  {wrapped[0]}"))
        lines += [("p", f"{'':18}{t}") for t in wrapped[1:]]
    return lines


def _chunks(lines: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    return [lines[i:i + _LINES_PER_PAGE] for i in range(0, len(lines), _LINES_PER_PAGE)]


def _page() -> Figure:
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    # leave the bottom strip for the footer
    return Figure(figsize=A4, layout=ConstrainedLayoutEngine(rect=(0, 0.03, 1, 0.97)))


def _wrap(text: str, width: int = _WRAP) -> list[str]:
    return textwrap.wrap(text, width) or [""]


def _text_block(fig: Figure | SubFigure, lines: list[tuple[str, str]]) -> None:
    """Lines top-down from the top of ``fig`` (a Figure or SubFigure): t title,
    h heading, b bold, p plain; spaced in points so any height works."""
    from matplotlib.transforms import offset_copy

    root = fig.figure
    down = 14.0
    for kind, text in lines:
        size, weight = {"t": (16, "bold"), "h": (11, "bold"), "b": (9, "bold"),
                        "p": (9, "normal")}[kind]
        if kind == "h":
            down += 4
        where = offset_copy(fig.transSubfigure, fig=root, x=0, y=-down,
                            units="points")
        fig.text(0.04, 1.0, text, fontsize=size, fontweight=weight, va="top",
                 color="#111111", transform=where)
        down += size * 1.45
