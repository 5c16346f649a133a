"""Where painted words go: a heading wrapped onto as many lines as its width needs, and a
chart legend's entries (a swatch and its label) flowed into rows, a label wrapping when it
is wider than a row. Pure layout: told how wide a piece of text is (``measure``, a font's
``horizontalAdvance``), how tall a line is and how much width there is, it returns boxes;
nothing here paints. The same function lays out the Insights page's charts and the report's,
so what is painted is what was measured, and a longer German label or a larger text size
takes more lines instead of running past the edge."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Measure = Callable[[str], float]

#: A legend swatch's size, the space between it and its label, between entries in a row
#: and between rows.
SWATCH_WIDTH = 22.0
SWATCH_HEIGHT = 12.0
SWATCH_GAP = 6.0
ENTRY_GAP = 20.0
ROW_GAP = 4.0


@dataclass(frozen=True)
class Box:
    """A rectangle: ``x``, ``y`` its top left."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Box) -> bool:
        """True when the two share some area (touching edges do not count)."""
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)


@dataclass(frozen=True)
class TextLine:
    text: str
    box: Box


def wrap_words(text: str, measure: Measure, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``, broken between words; a single word wider
    than ``width`` is broken between its letters (at least one letter a line)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        if measure(word) <= width:
            line = word
            continue
        for letter in word:  # a word longer than the line
            if line and measure(line + letter) > width:
                lines.append(line)
                line = ""
            line += letter
    if line or not lines:
        lines.append(line)
    return lines


def heading_lines(text: str, measure: Measure, line_height: float, width: float,
                  x: float = 0.0, y: float = 0.0) -> list[TextLine]:
    """A heading from (``x``, ``y``), wrapped to ``width``: a line each, top to bottom."""
    return [TextLine(line, Box(x, y + index * line_height, measure(line), line_height))
            for index, line in enumerate(wrap_words(text, measure, width))]


def block_height(lines: Sequence[TextLine]) -> float:
    """From the first line's top to the last line's bottom (0 without lines)."""
    return lines[-1].box.bottom - lines[0].box.y if lines else 0.0


@dataclass(frozen=True)
class HeadingWithTail:
    """A heading and something beside it at the right (a colour scale): on the heading's
    last line when there is room, else on a line of its own under it."""

    lines: list[TextLine]
    tail: Box
    height: float


def heading_with_tail(text: str, measure: Measure, line_height: float, width: float,
                      tail_width: float, x: float = 0.0, y: float = 0.0,
                      gap: float = 12.0) -> HeadingWithTail:
    lines = heading_lines(text, measure, line_height, width, x, y)
    last = lines[-1].box
    tail_x = x + max(0.0, width - tail_width)
    if last.right + gap <= tail_x:
        tail = Box(tail_x, last.y, min(tail_width, width), line_height)
    else:
        tail = Box(tail_x, last.bottom, min(tail_width, width), line_height)
    return HeadingWithTail(lines, tail, tail.bottom - y)


@dataclass(frozen=True)
class LegendEntry:
    swatch: Box
    lines: list[TextLine]


@dataclass(frozen=True)
class LegendLayout:
    entries: list[LegendEntry]
    height: float

    def boxes(self) -> list[Box]:
        """Every swatch and every line of text."""
        return [box for entry in self.entries
                for box in (entry.swatch, *(line.box for line in entry.lines))]


def flow_legend(labels: Sequence[str], measure: Measure, line_height: float, width: float,
                x: float = 0.0, y: float = 0.0) -> LegendLayout:
    """Legend entries left to right from (``x``, ``y``), a new row when the next entry does
    not fit in ``width``; an entry wider than a whole row wraps its label (and ends the
    row). Each swatch is centred on its label's first line."""
    entries: list[LegendEntry] = []
    text_offset = SWATCH_WIDTH + SWATCH_GAP
    left, row_top, row_height = x, y, 0.0
    for label in labels:
        one_line = text_offset + measure(label)
        if left > x and left + one_line > x + width:
            left, row_top, row_height = x, row_top + row_height + ROW_GAP, 0.0
        room = max(1.0, x + width - left - text_offset)
        lines = heading_lines(label, measure, line_height, room, left + text_offset, row_top)
        swatch_height = min(SWATCH_HEIGHT, line_height)
        swatch = Box(left, row_top + (line_height - swatch_height) / 2, SWATCH_WIDTH,
                     swatch_height)
        entries.append(LegendEntry(swatch, lines))
        row_height = max(row_height, len(lines) * line_height)
        if len(lines) > 1:  # a wrapped label fills its row
            left, row_top, row_height = x, row_top + row_height + ROW_GAP, 0.0
        else:
            left = lines[0].box.right + ENTRY_GAP
    bottom = row_top + row_height if row_height else row_top - ROW_GAP
    return LegendLayout(entries, max(0.0, bottom - y))
