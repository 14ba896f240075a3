"""OCR lines as sparse-mode Tesseract reports them, written by hand for the rule tests."""

from __future__ import annotations

from yunbei_gui.core.lines import Line, page_lines
from yunbei_gui.core.models import Box, OcrWord
from yunbei_gui.core.ocr import OcrPage

Piece = tuple[str, int, int, int, int]  # (text, x, y, w, h) of one OCR line, in pixels


def lines_from(pieces: tuple[Piece, ...], width: int, height: int) -> list[Line]:
    """One confident OCR line per piece, on a page of width x height."""
    words = [
        OcrWord(text, Box(x, y, w, h), 90.0, block, 1, 1)
        for block, (text, x, y, w, h) in enumerate(pieces, start=1)
    ]
    return page_lines(OcrPage(width, height, False, words))


SurePiece = tuple[str, int, int, int, int, float]  # (text, x, y, w, h, confidence)


def lines_with_confidence(pieces: tuple[SurePiece, ...], width: int, height: int) -> list[Line]:
    """One OCR line per piece, each read with the confidence Tesseract gave it."""
    words = [
        OcrWord(text, Box(x, y, w, h), conf, block, 1, 1)
        for block, (text, x, y, w, h, conf) in enumerate(pieces, start=1)
    ]
    return page_lines(OcrPage(width, height, False, words))


def one_line(pieces: list[SurePiece], block: int) -> list[OcrWord]:
    """The words of one OCR line (block `block`), each piece read with its confidence."""
    return [OcrWord(text, Box(x, y, w, h), conf, block, 1, 1) for text, x, y, w, h, conf in pieces]
