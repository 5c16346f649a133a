"""The report's summary table headers, fitted to their columns: a column gets a fixed share
of the page, and a header word wider than its column is shortened to an abbreviation
("Eingetragen" -> "Eingetr.") explained in a key under the table, so that a header breaks
only between words, never inside one ("Einge/trage/n"), in any language and for any step
title."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Measure = Callable[[str], float]


def abbreviate(word: str, measure: Measure, room: float) -> str:
    """The longest start of ``word`` that fits ``room`` with a full stop after it (at least
    one letter)."""
    for end in range(len(word) - 1, 0, -1):
        short = word[:end].rstrip("-–(") + "."
        if measure(short) <= room:
            return short
    return word[:1] + "."


def fit_header(header: str, measure: Measure, room: float) -> str:
    """``header`` with every word wider than ``room`` abbreviated."""
    return " ".join(word if measure(word) <= room else abbreviate(word, measure, room)
                    for word in header.split())


@dataclass(frozen=True)
class FittedColumns:
    widths: list[float]   # each column's share of the table, in per cent
    headers: list[str]    # as shown
    key: list[str]        # "Eingetr.: Eingetragen" for each header that was shortened


def _longest_word(texts: Sequence[str], measure: Measure) -> float:
    return max((measure(word) for text in texts for word in text.split()), default=0.0)


def fit_columns(headers: Sequence[str], fixed: Sequence[float | None],
                cells: Sequence[Sequence[str]], measure: Measure, cell_measure: Measure,
                table_width: float, spare: float) -> FittedColumns:
    """Column widths and headers for a table ``table_width`` wide. ``fixed[i]`` is column
    i's width in the table's units when it is set (None: the column shares what is left);
    ``cells[i]`` its cells' texts; ``spare`` what a cell's padding and borders take. A
    sharing column gets what its longest word (header or cell) needs when the room allows,
    those that need more share the rest equally and have their long header words
    abbreviated."""
    left = table_width - sum(f for f in fixed if f is not None)
    needs = {i: spare + max(_longest_word([headers[i]], measure),
                            _longest_word(cells[i], cell_measure))
             for i, f in enumerate(fixed) if f is None}
    widths = {i: f for i, f in enumerate(fixed) if f is not None}
    pending = dict(needs)
    while pending:
        share = left / len(pending)
        met = {i: need for i, need in pending.items() if need <= share}
        if not met:
            widths.update({i: share for i in pending})
            break
        widths.update(met)
        left -= sum(met.values())
        pending = {i: need for i, need in pending.items() if i not in met}
    else:  # every column has what it needs: the rest of the room is shared
        for i in needs:
            widths[i] += left / max(1, len(needs))
    ordered = [widths[i] for i in range(len(headers))]
    shown = [fit_header(h, measure, w - spare) for h, w in zip(headers, ordered, strict=True)]
    key = [f"{short}: {full}" for short, full in zip(shown, headers, strict=True)
           if short != full]
    return FittedColumns([100.0 * w / table_width for w in ordered], shown, key)
