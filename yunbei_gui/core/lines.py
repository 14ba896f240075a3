"""Normalised text lines with their geometry: the common input of fields and privacy."""

from __future__ import annotations

from dataclasses import dataclass

from yunbei_gui.core.models import Box
from yunbei_gui.core.ocr import OcrPage, TextLine
from yunbei_gui.core.text import (
    fix_digit_confusables,
    fix_domain_words,
    fix_unit_letters,
    normalize,
)


@dataclass
class Line:
    """A line of OCR text, normalised (half-width, digit confusables fixed).

    `src[i]` is the index in `raw.text` of normalised character i, so a regex match on
    `text` maps to pixels through `raw.offsets` (the explicit offset table).
    """

    raw: TextLine
    text: str
    src: list[int]
    box: Box

    @property
    def height(self) -> int:
        return self.box.h

    @property
    def cy(self) -> float:
        return self.box.y + self.box.h / 2

    def word_indices(self, start: int, end: int) -> set[int]:
        """The indices in `raw.words` of the words holding characters [start, end) of
        `text` (a gap OCR had between words holds none)."""
        touched = {self.raw.offsets[self.src[i]][0] for i in range(start, min(end, len(self.src)))}
        touched.discard(-1)
        return touched

    def span_box(self, start: int, end: int) -> Box | None:
        if start >= end or not self.src:
            return None
        raw_start = self.src[min(start, len(self.src) - 1)]
        raw_end = self.src[min(end, len(self.src)) - 1] + 1
        return self.raw.span_box(raw_start, raw_end)


def to_line(raw: TextLine) -> Line:
    text, src = normalize(raw.text)
    return Line(raw, fix_domain_words(fix_digit_confusables(fix_unit_letters(text))), src, raw.box)


def page_lines(page: OcrPage) -> list[Line]:
    return [to_line(raw) for raw in page.lines()]
