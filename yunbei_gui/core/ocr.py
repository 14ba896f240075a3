"""Read a screenshot's words with Tesseract: one `image_to_data` call per image, cached.

Settings measured on phone screenshots (see benchmarks/ocr_speed.py): greyscale, dark
themes inverted, `chi_sim` with Sauvola thresholding, no upscaling, one OpenMP thread per
tesseract process and one process per image in parallel.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import sys
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytesseract
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps, ImageStat

from yunbei_gui.core.errors import LanguageDataMissingError, OcrFailedError
from yunbei_gui.core.models import Box, OcrWord
from yunbei_gui.core.tesseract import TesseractInstall, find_tesseract
from yunbei_gui.core.text import join_words

log = logging.getLogger(__name__)

# Bump when preprocessing or parsing changes, so stale cache entries are not reused.
ENGINE_REVISION = 14
OCR_TIMEOUT_S = 120


@dataclass(frozen=True)
class OcrSettings:
    lang: str = "chi_sim"
    psm: int = 11
    # Tesseract takes a screenshot's own 96 dpi for print: a 70 px price is then 52 pt,
    # sized out of its text rules, and Sauvola's window (a third of an inch) is 32 px,
    # narrower than a bold digit's bowl. At 200 dpi both fit phone text (68 seen sets:
    # cost +16, product +11, error +8, balance +7 and kind +6 of 4760; cause -8).
    extra: tuple[str, ...] = (
        "-c",
        "thresholding_method=2",
        "-c",
        "tessedit_do_invert=0",
        "--dpi",
        "200",
    )
    dark_median_threshold: int = 100
    # "luma": ordinary greyscale; "minrgb": the darkest channel of each pixel (coloured
    # text as dark as black), measured no better than luma; a "-dark" suffix also flips
    # dark patches (toasts) that sparse mode otherwise skips; "-bgsub" turns text into
    # ink against its local background, "rgb-bgsub" in whichever colour channel differs
    # most: it reads red text on a dark sheet, but measured worse on light pages (balance
    # exact on holdout seed 7: 90% -> 77%), so "-darkrgb" uses it on dark themes only
    # (holdout2 seeds 5-7: error text +4 points, cost +7 on average; holdout within 5).
    grey: str = "luma-bgsub-darkrgb"
    # The dark patches (toasts) left out of the background the ink is measured against:
    # with them in, the median background darkens around a toast and the page's text
    # beside it reads as ink in a dark halo (an item's name run into the smear under it).
    # 72 seen sets, against the patches in: error +7, product +5, cause +4, kind +3,
    # cost +2 of 5040, timestamps -2; every private value still found.
    patch_holes: bool = True

    def config(self, install: TesseractInstall) -> str:
        return _command_line(install, ["--psm", str(self.psm), *self.extra])

    def key(self, install: TesseractInstall) -> str:
        raw = f"{ENGINE_REVISION}|{install.version}|{self.lang}|{self.psm}|{self.extra}|{self.grey}"
        if self.patch_holes:
            raw += "|holes"
        return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _quote(value: str) -> str:
    return f'"{value}"' if " " in value else value


def _command_line(install: TesseractInstall, parts: list[str]) -> str:
    """pytesseract's config string: `parts`, after the bundled data folder if there is one."""
    if install.tessdata_dir is not None:
        parts = ["--tessdata-dir", _quote(str(install.tessdata_dir)), *parts]
    return " ".join(parts)


def upright_grey(image: Image.Image, settings: OcrSettings) -> tuple[Image.Image, bool]:
    """Greyscale, inverted whole on a dark theme (a dark median), and whether it was."""
    luma = image.convert("L")
    inverted = ImageStat.Stat(luma).median[0] < settings.dark_median_threshold
    return (ImageOps.invert(luma) if inverted else luma), inverted


@dataclass
class TextLine:
    """One line of text as Tesseract grouped it, joined without spaces between Han."""

    words: list[OcrWord]
    text: str
    # For each character of `text`: index into `words` and the character's index in that
    # word, or (-1, -1) for a joining space. This is the offset table used to map a text
    # match back to pixels.
    offsets: list[tuple[int, int]]

    @property
    def box(self) -> Box:
        return Box.around(w.box for w in self.words)

    def span_boxes(self, start: int, end: int) -> list[Box]:
        """Pixel boxes covering characters [start, end) of `text`, one per word touched."""
        per_word: dict[int, tuple[int, int]] = {}
        for idx in range(max(0, start), min(end, len(self.offsets))):
            w, c = self.offsets[idx]
            if w < 0:
                continue
            lo, hi = per_word.get(w, (c, c))
            per_word[w] = (min(lo, c), max(hi, c))
        boxes = []
        for w, (lo, hi) in sorted(per_word.items()):
            word = self.words[w]
            n = max(1, len(word.text))
            if lo == 0 and hi == n - 1:
                boxes.append(word.box)
                continue
            # Characters inside one word: split its box proportionally (CJK and digits in
            # UI fonts are close to fixed width); callers pad the result.
            x0 = word.box.x + (word.box.w * lo) // n
            x1 = word.box.x + -(-word.box.w * (hi + 1) // n)
            boxes.append(Box(x0, word.box.y, max(1, x1 - x0), word.box.h))
        return boxes

    def span_box(self, start: int, end: int) -> Box | None:
        boxes = self.span_boxes(start, end)
        return Box.around(boxes) if boxes else None


@dataclass
class OcrPage:
    """What Tesseract read on one image."""

    width: int
    height: int
    inverted: bool
    words: list[OcrWord] = field(default_factory=list)

    def lines(self) -> list[TextLine]:
        groups: dict[tuple[int, int, int], list[OcrWord]] = {}
        for word in self.words:
            groups.setdefault((word.block, word.par, word.line), []).append(word)
        lines = []
        for words in _merge_fragments(list(groups.values())):
            words.sort(key=lambda w: w.box.x)
            text, offsets = join_words([w.text for w in words])
            if text.strip():
                lines.append(TextLine(words, text, offsets))
        lines.sort(key=lambda ln: (ln.box.y + ln.box.h // 2, ln.box.x))
        return lines

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())

    def to_json(self) -> dict[str, Any]:
        return {
            "width": self.width,
            "height": self.height,
            "inverted": self.inverted,
            "words": [
                [w.text, *w.box.as_list(), round(w.conf, 1), w.block, w.par, w.line]
                for w in self.words
            ],
        }

    def with_words_replaced(self, old: list[OcrWord], new: list[OcrWord]) -> OcrPage:
        """This page with the words `old` taken out and `new` put in."""
        gone = {id(w) for w in old}
        kept = [w for w in self.words if id(w) not in gone]
        return OcrPage(self.width, self.height, self.inverted, kept + new)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OcrPage:
        words = [
            OcrWord(str(t), Box(int(x), int(y), int(w), int(h)), float(c), int(b), int(p), int(n))
            for t, x, y, w, h, c, b, p, n in data["words"]
        ]
        return cls(int(data["width"]), int(data["height"]), bool(data["inverted"]), words)


def _merge_fragments(groups: list[list[OcrWord]]) -> list[list[OcrWord]]:
    """Join pieces of one text line that Tesseract's sparse mode reported apart.

    Two pieces merge when they sit on the same baseline with similar height and a gap
    narrower than about one character; a label and its value far to the right stay apart.
    A region read on its own (a toast, an item's name; block numbers from REGION_BLOCK
    on) joins none of the pieces of the page or of another region beside it: what lies
    outside the region is no part of its lines.
    """
    items = sorted(
        ((g, Box.around(w.box for w in g)) for g in groups if g), key=lambda item: item[1].x
    )
    merged: list[tuple[list[OcrWord], Box]] = []
    for words, box in items:
        region = words[0].block // REGION_BLOCK
        for i, (m_words, m_box) in enumerate(merged):
            if m_words[0].block // REGION_BLOCK != region:
                continue
            small, big = sorted((box.h, m_box.h))
            if small < 0.7 * big:
                continue
            overlap = min(box.bottom, m_box.bottom) - max(box.y, m_box.y)
            gap = box.x - m_box.right
            if overlap >= 0.6 * small and -small <= gap <= 0.9 * big:
                merged[i] = (m_words + words, m_box.union(box))
                break
        else:
            merged.append((list(words), box))
    return [words for words, _ in merged]


def prepare(image: Image.Image, settings: OcrSettings = OcrSettings()) -> tuple[Image.Image, bool]:
    """Greyscale with dark text on light everywhere (what Tesseract reads best).

    Dark themes are inverted whole. Then, per `settings.grey`: "-bgsub" turns every text
    into ink against its local background (light text on coloured cards included), and
    dark patches such as toasts are flipped; "-dark" only flips dark patches.
    """
    base, _, inverted = _prepare(image, settings)
    return base, inverted


def _prepare(image: Image.Image, settings: OcrSettings) -> tuple[Image.Image, Image.Image, bool]:
    """(the prepared page, the upright greyscale it was made from, inverted)."""
    luma_grey, inverted = upright_grey(image, settings)

    def upright_rgb() -> Image.Image:
        rgb = image.convert("RGB")
        return ImageOps.invert(rgb) if inverted else rgb

    if settings.grey.startswith("luma"):
        grey = luma_grey
    else:
        r, g, b = upright_rgb().split()
        grey = ImageChops.darker(ImageChops.darker(r, g), b)
    colour_ink = settings.grey == "rgb-bgsub" or (settings.grey.endswith("-darkrgb") and inverted)
    cores = (
        [_dark_core(grey, box) for box in dark_patch_boxes(grey)]
        if "-bgsub" in settings.grey or settings.grey.endswith("-dark")
        else []
    )
    holes = cores if settings.patch_holes else []
    if colour_ink:
        # ink in any channel: red text on a dark sheet is faint in luma, strong in red
        base = ink_against_background(upright_rgb(), holes)
    elif "-bgsub" in settings.grey:
        base = ink_against_background(grey, holes)
    else:
        base = grey
    # a toast's text is thinner than the background window: clean it on its own
    for core in cores:
        area = (core.x, core.y, core.right, core.bottom)
        base.paste(clean_dark_patch(grey.crop(area)), area[:2])
    return base, luma_grey, inverted


_CELL = 8  # px per background cell: wider than a text stroke, narrower than a toast


def ink_against_background(image: Image.Image, holes: Sequence[Box] = ()) -> Image.Image:
    """Dark ink on white wherever text differs from its local background.

    The background is a median over ~120 px on an 8x reduced copy (text strokes do not
    move it), scaled back up smoothly so gradients follow. Light text on a coloured card
    and dark text on white both become dark strokes on white. On an RGB image the ink is
    the largest difference over the three channels.
    """
    small = image.reduce(_CELL)
    for hole in holes:
        # a dark patch (a toast) is no background of the page around it: filled with the
        # page's level around it, it leaves no dark halo of "ink" on the text beside it
        _fill_with_surroundings(small, hole)
    background = small.filter(ImageFilter.MedianFilter(15)).resize(
        image.size, Image.Resampling.BILINEAR
    )
    diff = ImageChops.difference(image, background)
    if diff.mode == "RGB":
        r, g, b = diff.split()
        diff = ImageChops.lighter(ImageChops.lighter(r, g), b)
    ink = diff.point(lambda v: min(255, v * 2))
    return ImageOps.invert(ink)


def _fill_with_surroundings(small: Image.Image, hole: Box) -> None:
    """Fill `hole` (page pixels) of the reduced image with the median of a ring of cells
    around it, band by band."""
    x0, y0 = max(0, hole.x // _CELL - 1), max(0, hole.y // _CELL - 1)
    x1 = min(small.width, -(-hole.right // _CELL) + 1)
    y1 = min(small.height, -(-hole.bottom // _CELL) + 1)
    ring = (max(0, x0 - 2), max(0, y0 - 2), min(small.width, x1 + 2), min(small.height, y1 + 2))
    around = small.crop(ring)
    inner = Image.new("L", around.size, 255)
    inner.paste(0, (x0 - ring[0], y0 - ring[1], x1 - ring[0], y1 - ring[1]))
    level = tuple(int(v) for v in ImageStat.Stat(around, inner).median)
    small.paste(level if len(level) > 1 else level[0], (x0, y0, x1, y1))


_INK_STEP = 2  # px: ink is looked for on every second pixel of every second row
_INK_PIXELS = 250_000  # at most this many pixels are scanned: a huge area more coarsely


def _runs(marks: list[bool], gap: int) -> list[tuple[int, int]]:
    """[start, end) of the runs of True in `marks`, runs closer than `gap` joined."""
    runs: list[tuple[int, int]] = []
    for i, mark in enumerate(marks):
        if not mark:
            continue
        if runs and i - runs[-1][1] < gap:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def ink_under(grey: Image.Image, area: Box, label: Box, contrast: int = 45) -> Box | None:
    """The box around the topmost ink in `area` under `label` (a lone glyph the page's
    layout analysis skipped: the "0" under 当前云贝), or None where the area is blank.

    Ink is what differs from its row's background (the row's median grey: a card's
    gradient moves it, text strokes do not). Of the ink, the topmost band of rows is
    kept (a button or a note further down is not the number), and of that band the
    columns that reach into the label's width, with what lies closer to them than the
    label's height (the number's other digits and its unit, not a card's edge or an
    icon at the side).
    """
    # every second pixel of every second row; coarser on a huge screenshot, so the
    # pure-Python scan stays within `_INK_PIXELS`
    step = max(_INK_STEP, math.ceil(math.sqrt(area.w * area.h / _INK_PIXELS)))
    crop = grey.crop((area.x, area.y, area.right, area.bottom)).reduce(step)
    width = crop.width
    data = crop.tobytes()  # one byte a pixel: the crop is greyscale
    ink_rows: list[list[int]] = []
    for y in range(crop.height):
        row = data[y * width : (y + 1) * width]
        median = sorted(row)[width // 2]
        ink_rows.append([x for x, v in enumerate(row) if abs(v - median) > contrast])
    gap = max(2, label.h // step)
    left = (label.x - area.x) // step
    right = (label.right - area.x) // step

    def columns(rows: list[list[int]], within: tuple[int, int]) -> tuple[int, int] | None:
        marks = [False] * width
        for xs in rows:
            for x in xs:
                if within[0] <= x < within[1]:
                    marks[x] = True
        spans = [(a, b) for a, b in _runs(marks, gap) if a < right and b > left]
        return (spans[0][0], spans[-1][1]) if spans else None

    def band(within: tuple[int, int]) -> tuple[int, int] | None:
        marks = [any(within[0] <= x < within[1] for x in xs) for xs in ink_rows]
        bands = _runs(marks, gap // 2 + 1)
        return bands[0] if bands else None

    # the topmost band of ink right under the label, the columns of that band that reach
    # into the label's width (a card's edge or an icon at the side left out), and the
    # band of those columns
    rows = band((left, right))
    span = None if rows is None else columns(ink_rows[rows[0] : rows[1]], (0, width))
    rows = None if span is None else band(span)
    if rows is None or span is None:
        return None
    top, bottom = rows
    return Box.from_edges(
        area.x + span[0] * step,
        area.y + top * step,
        min(area.right, area.x + span[1] * step),
        min(area.bottom, area.y + bottom * step),
    )


def ink_reaching_left(grey: Image.Image, box: Box, contrast: int = 45) -> int:
    """Where the ink of a line that runs on left of `box` starts: the line's first glyphs
    that layout analysis gave to a picture beside them ("2600云贝" read as "00云贝", the
    "26" in the picture's block). Glyphs follow each other closer than a third of the
    line's height; the gap to a picture is wider. Where no such gap is found within
    three heights (a picture touching the text), `box.x` stands."""
    h = box.h
    x0 = max(0, box.x - 3 * h)
    if box.x - x0 < h // 2 or h <= 0:
        return box.x
    own = grey.crop((box.x, box.y, box.right, box.bottom))
    histogram = own.histogram()
    background = max(range(256), key=histogram.__getitem__)
    crop = grey.crop((x0, box.y, box.x, box.bottom))
    width = crop.width
    data = crop.tobytes()
    ink = [False] * width
    for y in range(0, crop.height, 2):
        row = data[y * width : (y + 1) * width]
        for x, v in enumerate(row):
            if not ink[x] and abs(v - background) > contrast:
                ink[x] = True
    gap = max(2, round(0.35 * h))
    left, blank = width, 0
    for x in range(width - 1, -1, -1):
        if ink[x]:
            left, blank = x, 0
        else:
            blank += 1
            if blank >= gap:
                return x0 + left if left < width else box.x
    return box.x  # ink all the way: a picture touching the line, or a longer line


def ink_around(grey: Image.Image, box: Box, contrast: int = 45) -> Box:
    """`box` grown to the glyphs whose ink it touches: a big stylised number read as one
    glyph ("2" boxed over the last digits of 1,086, or over a 2 px strip of 4535) is
    read whole only from the box around all its digits.

    Ink is what differs from its row's median grey within the area looked at (three
    line heights either side, two above and below). Glyphs of a row closer than a third
    of a height join. `box` stays as it is where what its glyphs join reaches the area's
    edge (a card's edge, the page's text running on), is solid (a picture, a button),
    or adds under a quarter to its width and height.
    """
    # a box a few pixels high is a sliver of its glyphs: its width gives their height
    h = box.h if box.h >= 10 else max(8, box.w // 2)
    area = Box.from_edges(
        max(0, box.x - 3 * h),
        max(0, box.y - 2 * h),
        min(grey.width, box.right + 3 * h),
        min(grey.height, box.bottom + 2 * h),
    )
    if area.w <= 0 or area.h <= 0:
        return box
    step = max(_INK_STEP, math.ceil(math.sqrt(area.w * area.h / _INK_PIXELS)))
    crop = grey.crop((area.x, area.y, area.right, area.bottom)).reduce(step)
    width, height = crop.size
    data = crop.tobytes()
    mask = bytearray(width * height)
    for y in range(height):
        row = data[y * width : (y + 1) * width]
        median = sorted(row)[width // 2]
        for x, v in enumerate(row):
            if abs(v - median) > contrast:
                mask[y * width + x] = 255
    ink = Image.frombytes("L", (width, height), bytes(mask))
    # glyphs of a line a third of a height apart join: each grown sideways by a sixth
    # (not up or down: a label over the number stays apart), then grouped
    reach = max(1, round(h / 6 / step))
    joined = ink
    for dx in range(1, reach + 1):
        for shift in (dx, -dx):
            moved = Image.new("L", ink.size, 0)
            moved.paste(ink, (shift, 0))  # (no wrapping round, as ImageChops.offset does)
            joined = ImageChops.lighter(joined, moved)
    x0, y0 = (box.x - area.x) // step, (box.y - area.y) // step
    x1 = max(x0, (box.right - area.x) // step - 1)
    y1 = max(y0, (box.bottom - area.y) // step - 1)
    in_box = ink.crop((x0, y0, x1 + 1, y1 + 1)).histogram()[255]
    if in_box == 0:
        return box
    found: list[tuple[int, int, int, int]] = []
    for gx0, gy0, gx1, gy1 in _patches(joined.tobytes(), width, height):
        if gx0 > x1 or gx1 < x0 or gy0 > y1 or gy1 < y0:
            continue
        # a group the box holds a good part of its ink of (not only a picture's edge it
        # touches, nor the dilation's rim reaching into it)
        inside = ink.crop((max(gx0, x0), max(gy0, y0), min(gx1, x1) + 1, min(gy1, y1) + 1))
        if inside.histogram()[255] < 0.1 * in_box:
            continue
        if gx0 == 0 or gy0 == 0 or gx1 == width - 1 or gy1 == height - 1:
            return box  # joined to something beyond the area: no glyphs of their own
        own = ink.crop((gx0, gy0, gx1 + 1, gy1 + 1)).histogram()[255]
        if own > 0.7 * (gx1 - gx0 + 1) * (gy1 - gy0 + 1):
            return box  # a solid patch (a picture, a button) is no glyph
        found.append((gx0, gy0, gx1, gy1))
    if not found:
        return box
    # the groups' own ink, without the dilation's rim
    gx0 = min(g[0] for g in found)
    gy0 = min(g[1] for g in found)
    gx1 = max(g[2] for g in found) + 1
    gy1 = max(g[3] for g in found) + 1
    tight = ink.crop((gx0, gy0, gx1, gy1)).getbbox()
    if tight is None:
        return box
    grown = Box.from_edges(
        area.x + (gx0 + tight[0]) * step,
        area.y + (gy0 + tight[1]) * step,
        min(area.right, area.x + (gx0 + tight[2]) * step),
        min(area.bottom, area.y + (gy0 + tight[3]) * step),
    )
    grown = Box.from_edges(
        min(box.x, grown.x),
        min(box.y, grown.y),
        max(box.right, grown.right),
        max(box.bottom, grown.bottom),
    )
    # a box that holds its glyphs but for a pixel or two stays: the look reads the same
    # crop as before (Tesseract may read a crop a pixel wider otherwise)
    if grown.w < 1.25 * box.w and grown.h < 1.25 * box.h:
        return box
    return grown


def dark_patch_boxes(grey: Image.Image) -> list[Box]:
    """Pixel boxes of the dark patches (toasts, dark pills and cards) of a light page.

    On an 8x reduced copy, cells whose neighbourhood median (over ~90 px, so text strokes
    do not count) is dark seed the patches; they grow over the patch's own darkish cells
    and are then grouped; a group must be mostly dark to count.
    """
    return _dark_patches(grey).boxes


def toast_boxes(grey: Image.Image) -> list[Box]:
    """Where toasts may be: the dark patches, and the pills inside dark groups that were
    no patch (a dark toast over a mid-dark picture grows into the picture, and the two
    are rejected together): grown again there over the darkest cells only. Not used to
    prepare the page (measured: binarising those pills there cost more than it gained),
    only for a second look at a prompt the page's reading missed."""
    found = _dark_patches(grey)
    boxes = list(found.boxes)
    if not found.rejected:
        return boxes
    small = found.small
    inside = Image.new("L", small.size, 0)
    for x0, y0, x1, y1 in found.rejected:
        inside.paste(255, (x0, y0, x1 + 1, y1 + 1))
    strict = small.point(lambda v: 255 if v < 90 else 0)
    w, h = small.size
    reached = _grow(ImageChops.darker(found.seeds, inside), strict, steps=60)
    for group in _patches(reached.tobytes(), w, h):
        box = _patch_box(group, found.dark_cells, w * h)
        if box is not None:
            boxes.append(box)
    return boxes


_Cells = tuple[int, int, int, int]  # x0, y0, x1, y1 of a group of cells, inclusive
_ROW_SCALE = 4  # px per cell of the unread-row search: a glyph's strokes stay apart
_ROW_INK = 60  # a cell's difference from its neighbour that says a stroke's edge
_ROW_FILL = 0.25  # the least share of a row's cells that are strokes' edges


def unread_text_rows(grey: Image.Image, read: Sequence[Box]) -> list[Box]:
    """Rows of glyph-like ink that no word read covers: text the page's layout analysis
    skipped (a toast over the edge of a picture, whose fill is as dark as the page under
    it, so no dark patch finds it). Edges between neighbouring cells, joined along a row,
    shaped like a line of text, dense with strokes and crossed by them (a picture's edge
    is a thin band; a home bar's outline is crossed at its two ends only)."""
    small = grey.reduce(_ROW_SCALE)
    # (a neighbour difference, not a 3x3 max-min filter, which cost 10 ms a page alone;
    # the whole search takes 3-6 ms)
    edges = ImageChops.lighter(
        ImageChops.difference(small, ImageChops.offset(small, 1, 0)),
        ImageChops.difference(small, ImageChops.offset(small, 0, 1)),
    )
    ink = edges.point(lambda v: 255 if v > _ROW_INK else 0)
    draw = ImageDraw.Draw(ink)
    s = _ROW_SCALE
    for box in read:
        draw.rectangle((box.x // s - 1, box.y // s - 1, box.right // s + 1, box.bottom // s + 1), 0)
    # a line's glyphs joined into one group (a 5x5 dilation)
    joined = _dilated(_dilated(ink))
    w, h = joined.size
    # pieces of rows 16-96 px high, two glyphs wide at least
    pieces = [
        (x0, y0, x1, y1)
        for x0, y0, x1, y1 in _patches(joined.tobytes(), w, h)
        if 4 <= y1 - y0 + 1 <= 24 and x1 - x0 + 1 >= 2 * (y1 - y0 + 1)
    ]
    rows = []
    for (x0, y0, x1, y1), parts in _joined_along_rows(pieces):
        bw, bh = x1 - x0 + 1, y1 - y0 + 1
        if bw < 3 * bh:
            continue  # a line of text is at least three glyphs wide
        # dense with strokes where it was found (not across the words read between)
        crops = [ink.crop((a0, b0, a1 + 1, b1 + 1)) for a0, b0, a1, b1 in parts]
        inks = [c.crop(bbox) for c in crops if (bbox := c.getbbox())]
        if sum(c.histogram()[255] for c in inks) < _ROW_FILL * sum(
            c.width * c.height for c in inks
        ):
            continue
        cells = ink.crop((x0, y0, x1 + 1, y1 + 1))
        inner = cells.getbbox()
        if inner is None or inner[3] - inner[1] < 5:
            continue
        body = cells.crop(inner)
        strokes = max(
            len(_RUN.findall(body.crop((0, y, body.width, y + 1)).tobytes()))
            for y in range(body.height)
        )
        if strokes < 4:
            continue
        rows.append(Box(x0 * s, y0 * s, bw * s, bh * s))
    return rows


def _joined_along_rows(pieces: list[_Cells]) -> list[tuple[_Cells, list[_Cells]]]:
    """Pieces of a row (the two sides of a full-width comma's space) joined: ones that
    share most of their height, no further apart than a glyph's height. Each row with
    the pieces it was joined from."""
    out: list[tuple[_Cells, list[_Cells]]] = []
    for x0, y0, x1, y1 in sorted(pieces):
        for i, ((a0, b0, a1, b1), parts) in enumerate(out):
            shared = min(y1, b1) - max(y0, b0) + 1
            height = min(y1 - y0, b1 - b0) + 1
            if shared >= 0.5 * height and x0 - a1 <= height:
                joined = (a0, min(y0, b0), max(x1, a1), max(y1, b1))
                out[i] = (joined, [*parts, (x0, y0, x1, y1)])
                break
        else:
            out.append(((x0, y0, x1, y1), [(x0, y0, x1, y1)]))
    return out


def dialog_boxes(luma: Image.Image) -> list[Box]:
    """Where a dialog or bottom sheet may be: the brightest large panel of the screen's
    middle with dimmer page around it (a dimmed page behind a card; in a dark theme the
    card is lighter than the page too, so this takes the plain, not inverted, greyscale)."""
    small = luma.reduce(_CELL).filter(ImageFilter.MedianFilter(5))
    w, h = small.size
    band = small.crop((0, int(0.15 * h), w, int(0.9 * h)))
    hist = band.histogram()
    median = ImageStat.Stat(band).median[0]
    # the panel's level: one of the commonest levels of the middle, well above the page's
    levels = [v for v in sorted(range(256), key=lambda v: -hist[v])[:6] if v > median + 20]
    boxes: list[Box] = []
    for top in levels:
        # neighbouring levels find the same panel: it is read once
        boxes += [b for b in _panels(small, top) if b not in boxes]
    return boxes


def _panels(small: Image.Image, top: int) -> list[Box]:
    """The dialog-like panels of level `top` (see dialog_boxes)."""
    w, h = small.size
    panel = small.point(lambda v: 255 if abs(v - top) <= 10 else 0)
    boxes = []
    for x0, y0, x1, y1 in _patches(panel.tobytes(), w, h):
        bw, bh = x1 - x0 + 1, y1 - y0 + 1
        if bw < 0.5 * w or not 0.05 * h <= bh <= 0.5 * h:
            continue
        # a toast's text, icon and rounded corners may take over a quarter of it
        if panel.crop((x0, y0, x1 + 1, y1 + 1)).histogram()[255] < 0.65 * bw * bh:
            continue
        # the page right above the panel (and below it, unless the panel is a sheet at
        # the foot of the screen) is dimmer
        around = [small.crop((x0, max(0, y0 - 3), x1 + 1, max(1, y0 - 1)))]
        if y1 + 3 < h:
            around.append(small.crop((x0, y1 + 2, x1 + 1, y1 + 4)))
        if y0 < 3 or any(ImageStat.Stat(a).median[0] > top - 25 for a in around):
            continue
        boxes.append(Box.from_edges(x0 * _CELL, y0 * _CELL, (x1 + 1) * _CELL, (y1 + 1) * _CELL))
    return boxes


@dataclass
class _DarkGroups:
    boxes: list[Box]  # the patches, in pixels
    rejected: list[tuple[int, int, int, int]]  # cell boxes of dark groups that were none
    small: Image.Image  # the 8x reduced page
    seeds: Image.Image  # its dark cells, by neighbourhood median
    dark_cells: Image.Image


def _dark_patches(grey: Image.Image) -> _DarkGroups:
    """The dark patches of a page, and what was found on the way to them."""
    small = grey.reduce(_CELL)
    seeds = small.filter(ImageFilter.MedianFilter(7)).point(lambda v: 255 if v < 100 else 0)
    dark_cells = small.point(lambda v: 255 if v < 128 else 0)
    if seeds.getextrema()[1] == 0:
        return _DarkGroups([], [], small, seeds, dark_cells)
    # cells with white text on the patch stay well below page-white on average; cells of
    # dark text on the page around it do not get this dark, so the patch stops there
    darkish = small.point(lambda v: 255 if v < 160 else 0)
    w, h = small.size
    reached = _grow(seeds, darkish, steps=60)
    boxes = []
    rejected = []
    for group in _patches(reached.tobytes(), w, h):
        box = _patch_box(group, dark_cells, w * h)
        if box is None:
            rejected.append(group)
        else:
            boxes.append(box)
    return _DarkGroups(boxes, rejected, small, seeds, dark_cells)


def _patch_box(group: tuple[int, int, int, int], dark_cells: Image.Image, page: int) -> Box | None:
    """The pixel box of a group of cells that is a toast or a pill, else None."""
    x0, y0, x1, y1 = group
    area = (x1 - x0 + 1) * (y1 - y0 + 1)
    dark = dark_cells.crop((x0, y0, x1 + 1, y1 + 1)).histogram()[255]
    # a real patch is mostly dark (bold black text on white never is) and small: a dimmed
    # page behind a dialog is left to the background difference; and shaped like a toast
    # or pill: square dark things are pictures
    pill = (x1 - x0 + 1) >= 2.0 * (y1 - y0 + 1)
    if pill and area >= 6 and dark >= 0.6 * area and area <= 0.12 * page:
        return Box.from_edges(x0 * _CELL, y0 * _CELL, (x1 + 1) * _CELL, (y1 + 1) * _CELL)
    return None


def _dilated(cells: Image.Image) -> Image.Image:
    """`cells` (0 or 255) grown by one cell every way: a 3x3 box mean is non-zero wherever
    a neighbour is set, a dilation far cheaper than a 3x3 max (rank) filter."""
    return cells.filter(ImageFilter.BoxBlur(1)).point(lambda v: 255 if v else 0)


def _grow(seeds: Image.Image, within: Image.Image, steps: int) -> Image.Image:
    """Cells of `within` reached from `seeds` in at most `steps` 8-neighbour steps, each
    step staying on `within` cells: a 3x3 dilation masked with `within`, repeated until
    nothing changes (Pillow's filters do in C what a Python search did cell by cell)."""

    reached = ImageChops.darker(_dilated(seeds), within)
    for _ in range(steps - 1):
        nxt = ImageChops.darker(_dilated(reached), within)
        if ImageChops.difference(nxt, reached).getbbox() is None:
            break
        reached = nxt
    return reached


_RUN = re.compile(rb"[^\x00]+")


def _patches(cells: bytes, w: int, h: int) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (x0, y0, x1, y1, inclusive) of the 4-connected groups of non-zero
    cells, in the order of each group's first cell (row-major). Built from runs of cells
    along the rows, joined where runs of neighbouring rows overlap."""
    runs: list[tuple[int, int, int]] = []  # (row, first, last)
    parent: list[int] = []

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    above: list[int] = []
    for y in range(h):
        row = cells[y * w : (y + 1) * w]
        here = []
        for m in _RUN.finditer(row):
            idx = len(runs)
            runs.append((y, m.start(), m.end() - 1))
            parent.append(idx)
            here.append(idx)
            for j in above:
                _, a0, a1 = runs[j]
                if a0 <= m.end() - 1 and m.start() <= a1:  # overlapping columns
                    ra, rb = root(j), root(idx)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
        above = here
    groups: dict[int, list[int]] = {}
    for i, (y, x0, x1) in enumerate(runs):
        r = root(i)
        g = groups.get(r)
        if g is None:
            groups[r] = [x0, y, x1, y]
        else:
            g[0], g[2], g[3] = min(g[0], x0), max(g[2], x1), y
    return [(g[0], g[1], g[2], g[3]) for _, g in sorted(groups.items())]


def _dark_core(grey: Image.Image, box: Box) -> Box:
    """`box` without its light rows and columns: the patch grid is 8 px coarse and may
    take in a strip of page (or a line of text) around a toast."""
    patch = grey.crop((box.x, box.y, box.right, box.bottom))
    rows = patch.resize((1, patch.height), Image.Resampling.BOX).tobytes()
    cols = patch.resize((patch.width, 1), Image.Resampling.BOX).tobytes()
    dark_rows = [i for i, v in enumerate(rows) if v < 160]
    # columns through a toast's rounded ends are half page: only plain page goes
    dark_cols = [i for i, v in enumerate(cols) if v < 230]
    if not dark_rows or not dark_cols:
        return box
    return Box.from_edges(
        box.x + dark_cols[0],
        box.y + dark_rows[0],
        box.x + dark_cols[-1] + 1,
        box.y + dark_rows[-1] + 1,
    )


def clean_dark_patch(patch: Image.Image) -> Image.Image:
    """Black text on white from a dark patch with light text.

    Light pixels are text unless they connect to the patch's border: those are the page
    around the rounded ends of a toast. Binarising here beats inverting, which would
    leave a dark frame that Tesseract's sparse mode reads as a picture.
    """
    if not _edges_are_dark(patch):
        return patch  # bold dark text on the page, not a toast: leave it alone
    hist = patch.histogram()
    total = sum(hist)
    # the patch colour: median; the text colour: the 97th percentile
    acc, median, bright = 0, 0, 255
    for value, count in enumerate(hist):
        acc += count
        if acc >= total * 0.5 and not median:
            median = value or 1
        if acc >= total * 0.97:
            bright = value
            break
    threshold = (median + bright) // 2
    if bright - median < 40:
        return patch  # no light text on it
    binary = patch.point(lambda v: 255 if v > threshold else 0)
    framed = ImageOps.expand(binary, border=1, fill=255)
    ImageDraw.floodfill(framed, (0, 0), 128)
    inner = framed.crop((1, 1, framed.width - 1, framed.height - 1))
    return inner.point(lambda v: 0 if v == 255 else 255)


def _edges_are_dark(patch: Image.Image) -> bool:
    """A toast's long straight sides are dark along their middle; the box around a bold
    black word on a white page has white top and bottom rows. Nor does a toast have a
    light column from top to bottom between two dark ones: the gap between two glyphs of
    a heavy black line of text, whose strokes may darken its box as much as a toast (a
    strip of page at a toast's end is light, with no dark column beyond it)."""
    w, h = patch.size
    if w < 10 or h < 10:
        return False
    inset_x, inset_y = w // 5, max(2, h // 10)
    rows = [
        patch.crop((inset_x, inset_y, w - inset_x, inset_y + 2)),
        patch.crop((inset_x, h - inset_y - 2, w - inset_x, h - inset_y)),
    ]
    for row in rows:
        hist = row.histogram()
        if sum(hist[:128]) < 0.7 * sum(hist):
            return False
    # each column's share of dark pixels, as its mean over the binarised patch
    binary = patch.point(lambda v: 255 if v < 128 else 0)
    columns = binary.resize((w, 1), Image.Resampling.BOX).tobytes()
    dark = [x for x, v in enumerate(columns) if v >= 0.6 * 255]
    if not dark:
        return True
    return all(v > 0.1 * 255 for v in columns[dark[0] : dark[-1]])


def parse_tsv(data: dict[str, list[Any]]) -> list[OcrWord]:
    return [word for _, word in parse_tsv_pages(data)]


def parse_tsv_pages(data: dict[str, list[Any]]) -> list[tuple[int, OcrWord]]:
    """The words of Tesseract's TSV columns, each with its 0-based page (image) number."""
    words = []
    for i, raw in enumerate(data.get("text", [])):
        text = str(raw).strip() if raw is not None else ""
        if not text:
            continue
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        box = Box(
            int(data["left"][i]), int(data["top"][i]), int(data["width"][i]), int(data["height"][i])
        )
        page = int(data["page_num"][i]) - 1 if "page_num" in data else 0
        block, par, line = (int(data[k][i]) for k in ("block_num", "par_num", "line_num"))
        words.append((page, OcrWord(text, box, conf, block, par, line)))
    return words


_REGION_PAD = 8  # px of page around a region's crop: Tesseract wants a margin
REGION_BLOCK = 20_000  # block numbers of region words: (region + 1) * this + block


def _words_by_region(words: list[OcrWord], count: int) -> list[list[list[OcrWord]]]:
    """Per region, its readings (the prepared page's, then a binarised one if any)."""
    regions: list[list[list[OcrWord]]] = [[[], []] for _ in range(count)]
    for w in words:
        n = w.block // REGION_BLOCK - 1
        if 0 <= n < 2 * count:
            regions[n // 2][n % 2].append(w)
    return [[r for r in readings if r] for readings in regions]


_temp_lock = threading.Lock()


def ensure_ascii_tempdir() -> None:
    """Tesseract cannot open non-ASCII paths on Windows; pytesseract writes its image
    and output into the temp folder, which can sit under a Chinese user name."""
    with _temp_lock:
        current = tempfile.gettempdir()
        if current.isascii():
            return
        roots = [os.environ.get("PUBLIC", ""), os.environ.get("PROGRAMDATA", ""), "C:\\"]
        for root in roots:
            if not root or not root.isascii():
                continue
            candidate = Path(root) / "yunbei-gui-tmp"
            try:
                candidate.mkdir(parents=True, exist_ok=True)
            except OSError:
                continue
            tempfile.tempdir = str(candidate)
            return
        log.warning("no ASCII temp folder found; OCR may fail on this system")


class OcrCache:
    """On-disk cache of OCR pages keyed by image SHA-256 and engine settings."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _path(self, sha256: str, key: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / sha256[:2] / f"{sha256}-{key}.json"

    def get(self, sha256: str, key: str) -> OcrPage | None:
        path = self._path(sha256, key)
        if path is None or not path.is_file():
            return None
        try:
            return OcrPage.from_json(json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a damaged entry is simply re-read

    def put(self, sha256: str, key: str, page: OcrPage) -> None:
        self._write(sha256, key, json.dumps(page.to_json(), ensure_ascii=False))

    def _write(self, sha256: str, key: str, text: str) -> None:
        path = self._path(sha256, key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if sys.platform != "win32":
                os.chmod(path.parent.parent, 0o700)  # OCR text is private
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(text, "utf-8")
            os.replace(tmp, path)
        except OSError as exc:  # a cache that cannot be written is not an error
            log.warning("OCR cache not written: %s", exc)

    def get_lines(self, sha256: str, key: str) -> list[list[tuple[str, float]]] | None:
        path = self._path(sha256, key)
        if path is None or not path.is_file():
            return None
        try:
            data = json.loads(path.read_text("utf-8"))
            return [[(str(t), float(c)) for t, c in words] for words in data]
        except (OSError, ValueError, TypeError):
            return None

    def put_lines(self, sha256: str, key: str, lines: list[list[tuple[str, float]]]) -> None:
        self._write(sha256, key, json.dumps(lines, ensure_ascii=False))


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("yunbei-gui", appauthor=False)) / "ocr"


def default_workers() -> int:
    """Tesseract processes to run at once: a whole case's screenshots, or one per core.

    A case holds 3-5 screenshots and one image's OCR time varies threefold with the
    amount of text on it: with fewer processes than screenshots the last long one runs
    alone at the end while the other cores idle. Each process holds about 90 MB, so five
    at once stay well inside any machine that runs the app.
    """
    return max(5, os.cpu_count() or 1)


# heights in px a second look scales a line's box down to, each a reading of its own: on
# 96 big balance lines of the holdout sets (box heights 40-350 px) English data read 76
# right at full size, 87 at 20 px alone, 93 taking a sure reading at 20 or 28 px or else
# the two agreeing (see fields.better_number_reading); big digits read small no longer
# turn 7 into 1 or 9 into 6
LINE_HEIGHTS = (20, 28)


def line_margin(box: Box) -> int:
    """How far a second look at the line in `box` reaches beyond its left and right."""
    return 2 * max(4, box.h // 4)


def _panel_edge(grey: Image.Image, top: int, bottom: int, start: int, stop: int, step: int) -> int:
    """How far a line's crop reaches from `start` towards `stop` (step -1: left, 1:
    right) before a card's or panel's edge: a step in brightness between two neighbouring
    columns through nearly every row of the crop (a glyph's stroke, with the crop's margin
    above and below the line, never runs through so many). Beyond it lies the page around
    the card, which a look reads as a glyph ("1474" for 474 at a card's left edge)."""
    lo, hi = min(start, stop), max(start, stop)
    if top >= bottom or hi - lo < 2:
        return stop
    strip = grey.crop((lo, top, hi, bottom))
    width, rows = strip.size
    data = strip.tobytes()

    def edge(x: int) -> bool:  # between columns x and x + 1 of the strip
        return (
            sum(abs(data[y * width + x] - data[y * width + x + 1]) >= 24 for y in range(rows))
            >= 0.9 * rows
        )

    if step < 0:
        return next((lo + x + 1 for x in range(width - 2, -1, -1) if edge(x)), stop)
    return next((lo + x + 1 for x in range(width - 1) if edge(x)), stop)


def _line_crops(grey: Image.Image, box: Box) -> list[Image.Image]:
    """The line in `box` with a margin (that stops at a card's edge: `_panel_edge`), dark
    on light and stretched to full contrast, once per height of `LINE_HEIGHTS` (a line
    already smaller stays as it is)."""
    margin = line_margin(box) // 2
    top, bottom = max(0, box.y - margin), min(grey.height, box.bottom + margin)
    # (a word's box may take in the card's edge beside it: looked for a little inside too)
    inside = min(margin, box.w // 4)
    left = _panel_edge(grey, top, bottom, box.x + inside, max(0, box.x - 2 * margin), -1)
    right = _panel_edge(
        grey, top, bottom, box.right - inside, min(grey.width, box.right + 2 * margin), 1
    )
    crop = grey.crop((left, top, right, bottom))
    # light text on a darker card (white on red, on orange): dark on light for Tesseract;
    # judged after the stretch, which takes a mid-grey card down to black
    crop = ImageOps.autocontrast(crop, cutoff=1)
    if ImageStat.Stat(crop).median[0] < 128:
        crop = ImageOps.invert(crop)
    crops = []
    for height in LINE_HEIGHTS:
        scale = min(1.0, height / max(1, box.h))
        size = (max(1, round(crop.width * scale)), max(1, round(crop.height * scale)))
        crops.append(crop.resize(size, Image.Resampling.LANCZOS) if scale < 1 else crop)
    return crops


def _tell_pytesseract_the_version(version: str) -> None:
    """Fill pytesseract's cache of `tesseract --version` (its `run_once` wrapper keeps
    the answer in `_result`); where that detail differs, pytesseract asks itself."""
    from packaging.version import InvalidVersion, parse

    cached = getattr(pytesseract.pytesseract.get_tesseract_version, "_result", None)
    if cached is None:
        return
    try:
        pytesseract.pytesseract.get_tesseract_version._result = parse(version.partition("-")[0])
    except InvalidVersion:
        return


class OcrEngine:
    """Runs Tesseract on screenshots, in parallel, with a cache."""

    def __init__(
        self,
        install: TesseractInstall | None = None,
        settings: OcrSettings | None = None,
        cache_dir: Path | bool | None = True,
        workers: int | None = None,
    ) -> None:
        self.install = install or find_tesseract()
        self.settings = settings or OcrSettings()
        missing = [
            lang for lang in self.settings.lang.split("+") if lang not in self.install.languages
        ]
        if missing:
            raise LanguageDataMissingError(
                f"文字识别程序缺少语言包：{'、'.join(missing)}。", f"{self.install.cmd}"
            )
        if cache_dir is True:
            cache_dir = default_cache_dir()
        self.cache = OcrCache(cache_dir if isinstance(cache_dir, Path) else None)
        self.workers = workers or default_workers()
        self.key = self.settings.key(self.install)
        # decoding and preparing an image is Python work under the GIL: with more of it
        # at once than cores, every image waits for all, and the first tesseract starts late
        self.prepare_gate = threading.BoundedSemaphore(os.cpu_count() or 1)
        ensure_ascii_tempdir()
        # pytesseract asks `tesseract --version` once and caches it; told here what the
        # probe found (one process less before the first OCR), else asked here, before
        # the worker threads, so they do not each start that process at the same moment
        self._use_install()
        try:
            _tell_pytesseract_the_version(self.install.version)
            pytesseract.get_tesseract_version(cached=True)
        except (Exception, SystemExit):  # pytesseract exits on a version it cannot parse
            log.debug("tesseract version not cached; the first read will ask again")

    def read_image(self, image: Image.Image, sha256: str | None = None) -> OcrPage:
        """OCR one image (cached by sha256 when given)."""
        if sha256:
            cached = self.cache.get(sha256, self.key)
            if cached is not None:
                return cached
        with self.prepare_gate:
            grey, inverted = prepare(image, self.settings)
        # pytesseract writes the image to a temporary file in image.format: BMP is
        # written and read ten times faster than PNG and loses nothing
        grey.format = "BMP"

        self._use_install()
        try:
            data = pytesseract.image_to_data(
                grey,
                lang=self.settings.lang,
                config=self.settings.config(self.install),
                output_type=pytesseract.Output.DICT,
                timeout=OCR_TIMEOUT_S,
            )
        except pytesseract.TesseractNotFoundError as exc:
            raise OcrFailedError("文字识别程序无法启动，请检查 Tesseract 是否完整安装。") from exc
        except (pytesseract.TesseractError, OSError) as exc:  # TesseractError is a RuntimeError
            raise OcrFailedError("文字识别失败，请重试或换一张截图。", repr(exc)) from exc
        except RuntimeError as exc:  # pytesseract's timeout
            raise OcrFailedError("文字识别超时，请重试或换一张截图。", repr(exc)) from exc

        page = OcrPage(image.width, image.height, inverted, parse_tsv(data))
        log.debug("OCR %s: %d words", (sha256 or "-")[:12], len(page.words))
        if sha256:
            self.cache.put(sha256, self.key, page)
        return page

    def read_lines(
        self, image: Image.Image, boxes: list[Box], sha256: str | None = None
    ) -> list[list[list[tuple[str, float]]]]:
        """A second look at single text lines: for each box, one reading per height of
        `LINE_HEIGHTS`, each the words (text, confidence) of the box read from the plain
        greyscale (dark themes inverted) as one line, scaled down to that height.

        The page's preparation suits small text; a big bold number on a coloured card
        loses strokes to its background estimate, and plain grey reads it whole. All the
        crops go to one tesseract process (a list of images, one page each), so the
        language data is loaded once. Cached like a page.
        """
        if not boxes:
            return []
        key = (
            # ("v3": the crops stop at a card's edge; looks cut otherwise are not reused)
            f"{self.key}-lines-v3-"
            + hashlib.sha256(
                json.dumps(
                    [self._line_languages(), LINE_HEIGHTS, *(b.as_list() for b in boxes)]
                ).encode()
            ).hexdigest()[:12]
        )
        per_box = len(LINE_HEIGHTS)
        if sha256:
            cached = self.cache.get_lines(sha256, key)
            if cached is not None and len(cached) == per_box * len(boxes):
                return [cached[i : i + per_box] for i in range(0, len(cached), per_box)]
        grey, _ = upright_grey(image, self.settings)
        self._use_install()
        crops = [crop for box in boxes for crop in _line_crops(grey, box)]
        try:
            # one line per image, Tesseract's own thresholding of the crop
            data = self._read_crops(crops, self._line_languages(), ["--psm", "7"])
        except (pytesseract.TesseractError, OSError, RuntimeError) as exc:
            # the first reading stands; a second look is only a bonus
            log.debug("second look failed: %r", exc)
            return [[[] for _ in LINE_HEIGHTS] for _ in boxes]
        flat: list[list[tuple[str, float]]] = [[] for _ in crops]
        for page_no, word in parse_tsv_pages(data):
            if 0 <= page_no < len(crops):
                flat[page_no].append((word.text, word.conf))
        if sha256:
            self.cache.put_lines(sha256, key, flat)
        return [flat[i : i + per_box] for i in range(0, len(flat), per_box)]

    def read_regions(
        self, image: Image.Image, boxes: list[Box], sha256: str | None = None
    ) -> list[list[list[OcrWord]]]:
        """A second look at whole regions (a toast the page's layout analysis skipped):
        for each box, the readings of its crop alone, as a block of text, in page pixels:
        of the prepared page, and, where the region is a dark pill or card with light text
        (a dark theme's toast or dialog, a toast over a picture), of its text binarised on
        its own. All crops go to one tesseract process. Cached like a page; on failure,
        no words."""
        if not boxes:
            return []
        key = (
            f"{self.key}-regions-v2-"
            + hashlib.sha256(json.dumps([b.as_list() for b in boxes]).encode()).hexdigest()[:12]
        )
        if sha256:
            cached = self.cache.get(sha256, key)
            if cached is not None:
                return _words_by_region(cached.words, len(boxes))
        with self.prepare_gate:
            prepared, grey, inverted = _prepare(image, self.settings)
        plain = ImageOps.invert(grey) if inverted else grey
        self._use_install()
        crops: list[tuple[int, int, tuple[int, int], Image.Image]] = []  # box, variant
        for i, box in enumerate(boxes):
            area = (
                max(0, box.x - _REGION_PAD),
                max(0, box.y - _REGION_PAD),
                min(image.width, box.right + _REGION_PAD),
                min(image.height, box.bottom + _REGION_PAD),
            )
            crops.append((i, 0, area[:2], prepared.crop(area)))
            patch = plain.crop(area)
            if _edges_are_dark(patch):
                crops.append((i, 1, area[:2], clean_dark_patch(patch)))
        try:
            data = self._read_crops(
                [crop for *_, crop in crops],
                self.settings.lang,
                ["--psm", "6", *self.settings.extra],
            )
        except (pytesseract.TesseractError, OSError, RuntimeError) as exc:
            log.debug("region look failed: %r", exc)
            return [[] for _ in boxes]
        words = []
        for page_no, word in parse_tsv_pages(data):
            if not 0 <= page_no < len(crops):
                continue
            i, variant, (ox, oy), _ = crops[page_no]
            words.append(
                OcrWord(
                    word.text,
                    Box(word.box.x + ox, word.box.y + oy, word.box.w, word.box.h),
                    word.conf,
                    # a block number of its own per region and reading, so no line joins
                    # another's
                    REGION_BLOCK * (2 * i + variant + 1) + word.block,
                    word.par,
                    word.line,
                )
            )
        if sha256:
            self.cache.put(sha256, key, OcrPage(image.width, image.height, inverted, words))
        return _words_by_region(words, len(boxes))

    def _read_crops(
        self, crops: list[Image.Image], lang: str, options: list[str]
    ) -> dict[str, list[Any]]:
        """Tesseract's words (TSV columns) of several images in one process: the images
        go as a list file, each one page, so the language data is loaded once."""
        with tempfile.TemporaryDirectory(prefix="yunbei-crops-") as tmp:
            names = []
            for n, crop in enumerate(crops):
                name = os.path.join(tmp, f"crop{n}.bmp")
                crop.save(name, "BMP")
                names.append(name)
            listing = os.path.join(tmp, "crops.txt")
            Path(listing).write_text("\n".join(names) + "\n", encoding="ascii")
            data: dict[str, list[Any]] = pytesseract.image_to_data(
                listing,
                lang=lang,
                config=_command_line(self.install, options),
                output_type=pytesseract.Output.DICT,
                timeout=OCR_TIMEOUT_S,
            )
        return data

    def _use_install(self) -> None:
        """pytesseract reads the module-level command and the process environment."""
        pytesseract.pytesseract.tesseract_cmd = str(self.install.cmd)
        os.environ["OMP_THREAD_LIMIT"] = "1"
        if self.install.tessdata_dir is not None:
            os.environ["TESSDATA_PREFIX"] = str(self.install.tessdata_dir)

    def _line_languages(self) -> str:
        # English data reads a lone big number as well as chi_sim does (holdout sets:
        # 182 of 210 balances either way; "2552" that chi_sim reads "2DD2") in half the
        # time (0.08 s against 0.17 s for one line, most of it loading the model)
        return "eng" if "eng" in self.install.languages else self.settings.lang
