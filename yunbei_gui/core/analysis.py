"""The reading pipeline: files -> Screenshot -> OCR page -> kind, fields, private data."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yunbei_gui.core.errors import OutputError, YunbeiError
from yunbei_gui.core.models import Box, Fields, Kind, OcrWord, Preset, Sensitive, SensitiveType
from yunbei_gui.core.ocr import (
    REGION_BLOCK,
    OcrEngine,
    OcrPage,
    ink_around,
    ink_reaching_left,
    ink_under,
    line_margin,
    upright_grey,
)
from yunbei_gui.core.redact import RedactionMode, redact, save_clean_png
from yunbei_gui.core.screenshot import Screenshot, load_screenshot

if TYPE_CHECKING:
    from PIL import Image

    from yunbei_gui.core.fields import BalanceTail
    from yunbei_gui.core.lines import Line

log = logging.getLogger(__name__)

JSON_VERSION = 1


@dataclass
class Reading:
    """What was understood from one OCR page."""

    kind: Kind
    fields: Fields
    sensitive: list[Sensitive]
    text: str


@dataclass
class ScreenshotReport:
    """The outcome for one input file: a reading, or the error that stopped it."""

    path: Path
    screenshot: Screenshot | None = None
    reading: Reading | None = None
    error: YunbeiError | None = None
    page: OcrPage | None = field(default=None, repr=False)

    def to_json(self) -> dict[str, Any]:
        shot, reading = self.screenshot, self.reading
        fields = reading.fields if reading else None
        return {
            "path": str(self.path),
            "sha256": shot.sha256 if shot else None,
            "width": shot.width if shot else None,
            "height": shot.height if shot else None,
            "kind": reading.kind.value if reading else None,
            "text": reading.text if reading else None,
            "fields": _fields_json(fields) if fields else None,
            "sensitive": [
                {"type": s.type.value, "text": s.text, "box": s.box.as_list()}
                for s in (reading.sensitive if reading else [])
            ],
            "error": self.error.message if self.error else None,
        }


def _fields_json(f: Fields) -> dict[str, Any]:
    return {
        "balance": f.balance,
        "error_message": f.error_message,
        "cause": f.cause.value if f.cause else None,
        "product": f.product,
        "cost": f.cost,
        "timestamps": list(f.timestamps),
        "deductions": [
            {"amount": d.amount, "label": d.label, "time": d.time} for d in f.deductions
        ],
    }


def understand(page: OcrPage) -> Reading:
    """Kind, fields and private data of one OCR page (pure, no I/O)."""
    # imported here, not at the top: compiling their patterns takes longer than starting
    # the first tesseract, which should not wait for it (benchmarks/ocr_speed.py)
    from yunbei_gui.core.lines import page_lines

    return _understand_lines(page, page_lines(page))


def _understand_lines(page: OcrPage, lines: list[Line]) -> Reading:
    from yunbei_gui.core.fields import read_fields
    from yunbei_gui.core.privacy import find_private

    kind, fields = read_fields(lines, page.width, page.height)
    sensitive = find_private(lines, page.width, page.height, account_page=kind == Kind.ACCOUNT)
    return Reading(
        kind, _without_private(fields, sensitive), sensitive, "\n".join(ln.text for ln in lines)
    )


def _without_private(fields: Fields, sensitive: list[Sensitive]) -> Fields:
    """The fields with no private data in their texts: the item name and error text go
    into the appeal and the PDF. A text that is mostly a private value (a name or
    nickname line taken for the item) is dropped, for the user to fill in; a private
    value inside one (an ID-like run, or a name on an address card read into a toast's
    line: "收货信息张杰北京市今日兑换名额已抢光") is cut out of it."""
    private = [s.text.strip() for s in sensitive if len(s.text.strip()) >= 2]
    # what may be cut from inside a text: numbers, and names (a label's value area, such
    # as "话费券" after 手机 in an item's name, is no value read as private)
    cut = {
        s.text.strip()
        for s in sensitive
        if sum(ch.isdigit() for ch in s.text) >= 4
        or s.type in (SensitiveType.REAL_NAME, SensitiveType.NICKNAME, SensitiveType.EMAIL)
    }

    def cleaned(text: str | None) -> str | None:
        if text is None:
            return None
        # the longest first: a phone with its owner's name before it goes whole
        for value in sorted(private, key=len, reverse=True):
            if value not in text:
                continue
            if len(value) >= 0.6 * len(text.strip()):
                return None
            if value in cut:
                text = text.replace(value, "…")
        return text

    product, message = cleaned(fields.product), cleaned(fields.error_message)
    if product == fields.product and message == fields.error_message:
        return fields
    cause = fields.cause if message is not None else None
    return replace(fields, product=product, error_message=message, cause=cause)


def read_page(engine: OcrEngine, shot: Screenshot) -> tuple[OcrPage, Reading]:
    """OCR one screenshot and understand it, with a second look at a doubted balance.

    A big bold balance on a coloured card is the number the page preparation reads worst;
    when the first reading doubts it, those lines are read again from plain greyscale and
    a confident clean number replaces the first reading.
    """
    from yunbei_gui.core.lines import page_lines

    page = engine.read_image(shot.image, shot.sha256)
    lines = page_lines(page)
    reading = _understand_lines(page, lines)
    grey = _UprightGrey(shot, engine)
    looks: list[tuple[str, Callable[[OcrPage, Reading], tuple[OcrPage, Reading]]]] = [
        ("numbers", lambda p, r: _second_look_at_numbers(engine, shot, grey, p, lines, r)),
        ("toasts", lambda p, r: _second_look_at_toasts(engine, shot, grey, p, r)),
        ("a cut toast", lambda p, r: _second_look_at_cut_toast(engine, shot, grey, p, r)),
        ("the item's name", lambda p, r: _second_look_at_product(engine, shot, p, r)),
        ("an unread name", lambda p, r: _second_look_at_unread_name(engine, shot, p, r)),
        ("the dialog's edge", lambda p, r: _message_within_its_dialog(grey, p, r)),
        ("the message", lambda p, r: _second_look_at_message(engine, shot, p, r)),
    ]
    # the second looks are a bonus only: whatever goes wrong in one (a bug included),
    # the reading before it stands
    for name, look in looks:
        try:
            page, reading = look(page, reading)
        except Exception:
            log.exception("second look at %s failed", name)
    return page, reading


class _UprightGrey:
    """The screenshot's upright greyscale (dark themes inverted) and whether it was
    inverted, which the looks measure boxes and find panels on: made once per page,
    when a look first needs it."""

    def __init__(self, shot: Screenshot, engine: OcrEngine) -> None:
        self._shot, self._engine = shot, engine
        self._made: tuple[Image.Image, bool] | None = None
        self._plain: Image.Image | None = None
        self._toasts: list[Box] | None = None

    def __call__(self) -> tuple[Image.Image, bool]:
        if self._made is None:
            self._made = upright_grey(self._shot.image, self._engine.settings)
        return self._made

    def plain(self) -> Image.Image:
        """The greyscale as the screen shows it: dark themes not inverted."""
        from PIL import ImageOps

        if self._plain is None:
            grey, inverted = self()
            self._plain = ImageOps.invert(grey) if inverted else grey
        return self._plain

    def toasts(self) -> list[Box]:
        """Where toasts may be (`ocr.toast_boxes`): a dark theme's toast is often a dark
        pill over a bright picture, dark in the plain greyscale, not in the inverted one.
        Found once for the looks at an unread and at a cut toast."""
        from yunbei_gui.core.ocr import toast_boxes

        if self._toasts is None:
            grey, inverted = self()
            self._toasts = toast_boxes(grey) + (toast_boxes(self.plain()) if inverted else [])
        return list(self._toasts)


def _second_look_at_numbers(
    engine: OcrEngine,
    shot: Screenshot,
    upright: _UprightGrey,
    page: OcrPage,
    lines: list[Line],
    reading: Reading,
) -> tuple[OcrPage, Reading]:
    from yunbei_gui.core.fields import (
        UnreadBalance,
        after_picture,
        agreed_number,
        agreed_price,
        better_number_reading,
        cost_doubted,
        doubted_wallet_value,
        doubtful_balance_lines,
        doubtful_balance_tails,
        doubtful_prices,
        overrules_price,
        price_part,
        unread_balance_area,
        unsure_balance,
    )

    doubtful = doubtful_balance_lines(lines, reading.kind, reading.fields.balance, page.height)
    doubtful += [
        ln for ln in doubted_wallet_value(lines, reading.kind, page.height) if ln not in doubtful
    ]
    prices = (
        doubtful_prices(lines, reading.fields.product)
        if reading.kind in (Kind.REDEEM, Kind.FAILURE)
        else []
    )

    def grey() -> Image.Image:  # the upright greyscale the looks' boxes are measured on
        return upright()[0]

    # a price's first digits may have gone to the item's picture beside it: its look
    # starts where its ink does
    picture = [after_picture(lines, box) or price_part(line) is not None for line, box in prices]
    if not (
        reading.fields.cost is None
        or any(picture)
        or cost_doubted(lines, page.width, page.height, reading.fields.product)
    ):
        prices, picture = [], []
    if any(picture):
        prices = [
            (line, Box.from_edges(ink_reaching_left(grey(), box), box.y, box.right, box.bottom))
            if beside
            else (line, box)
            for (line, box), beside in zip(prices, picture, strict=True)
        ]
    # the number after a balance label in a bar ("可用云贝人256"): read alone rather than
    # with its line, whose label reads as junk around the number on a second look
    tails = doubtful_balance_tails(lines)
    if tails:
        # a tail's word box may hold only its last digits ("5)102" boxed over "102" of
        # 5,102): its look starts where its ink does, after the label
        tails = [_from_its_ink(t, grey()) for t in tails]
    doubtful = [ln for ln in doubtful if not any(t.line is ln for t in tails)]
    prices = [p for p in prices if not any(p[0] is ln for ln in doubtful)]
    unread = unread_balance_area(
        lines, reading.kind, reading.fields.balance, page.width, page.height
    )
    if unread is not None and any(ln in doubtful for ln in unread.lines):
        unread = None
    if unread is not None and unread.label is not None:
        page_grey = grey()
        ink = ink_under(
            page_grey, unread.box.clipped(page_grey.width, page_grey.height), unread.label
        )
        unread = None if ink is None else UnreadBalance(ink, [])
    # a balance read surely but not beyond doubt: stylised digits may be read wrong
    unsure = unsure_balance(lines, reading.fields.balance)
    looked_at = [*doubtful, *(t.line for t in tails), *(line for line, _ in prices)]
    if unsure is not None and any(unsure.line is ln for ln in looked_at):
        unsure = None
    if not doubtful and not tails and not prices and unread is None and unsure is None:
        return page, reading
    # a big stylised number may be boxed over a few of its digits, or a sliver of them:
    # its look takes in all the glyphs the box touches
    boxes = [ink_around(grey(), ln.box) for ln in doubtful]
    boxes += [t.box for t in tails] + [box for _, box in prices]
    if unread is not None:
        boxes.append(unread.box)
    if unsure is not None:
        boxes.append(ink_around(grey(), unsure.box))
    second = engine.read_lines(shot.image, boxes, shot.sha256)
    old: list[OcrWord] = []
    new: list[OcrWord] = []
    at_tails, at_prices = len(doubtful), len(doubtful) + len(tails)
    at_unread = at_prices + len(prices)
    if unsure is not None:
        # (readings that agree on a 1 before the number, one of them surely, show it is
        # one: the small crop reads a bold 1 unsurely; so do readings that agree on a
        # number read first under 30, "43006" at 14 read again "4306" at 90 and 61)
        doubted = min(w.conf for w in unsure.words) < _DOUBTED_DIGITS
        digits = agreed_number(second[-1], unsure.text, unsure_ok=unsure.one_before or doubted)
        if digits is not None:
            # the number takes its first reading's place on its line (a label stays)
            old.extend(unsure.words)
            new.append(_in_place_of(unsure.words, digits, _confidence(second[-1])))
    for i, (line, readings) in enumerate(zip(doubtful, second[:at_tails], strict=True)):
        text = better_number_reading(line, readings)
        if text is not None:
            old.extend(line.raw.words)
            new.append(OcrWord(text, line.box, _confidence(readings), _SECOND_LOOK_BLOCK + i, 1, 1))
            continue
        # a label and its number on one line, the label read as junk again ("BNR 5776"
        # at 92 for "云贝余额5770" at 80): readings that agree on the number give it
        number = unsure_balance([line], reading.fields.balance)
        digits = None if number is None else agreed_number(readings, number.text)
        if number is not None and digits is not None:
            old.extend(number.words)
            new.append(_in_place_of(number.words, digits, _confidence(readings)))
    for tail, readings in zip(tails, second[at_tails:at_prices], strict=True):
        text = better_number_reading(
            tail.line, readings, first=tail.text, first_conf=min(w.conf for w in tail.words)
        )
        if text is not None:
            # the number takes the tail's place on the label's line
            old.extend(tail.words)
            new.append(_in_place_of(tail.words, text, _confidence(readings), tail.box))
    if unread is not None:
        # nothing of the number was read: no first reading to weigh against
        text = better_number_reading(None, second[at_unread])
        if text is not None:
            old.extend(w for ln in unread.lines for w in ln.raw.words)
            new.append(
                OcrWord(text, unread.box, _confidence(second[at_unread]), _UNREAD_BLOCK, 1, 1)
            )
    for j, ((line, box), readings) in enumerate(
        zip(prices, second[at_prices:at_unread], strict=True)
    ):
        text = better_number_reading(line, readings, unit_after=True)
        # (a cost read with the picture's glyph in front of it is no reading to keep)
        picture_word = price_part(line) is not None
        read_as = None if picture_word else reading.fields.cost
        if text is not None and _takes_price(text, read_as, line, _confidence(readings)):
            # the price alone where the spoiled line was, opening its line as prices do
            old.extend(line.raw.words)
            new.append(OcrWord(text, box, _confidence(readings), _PRICE_BLOCK + j, 1, 1))
        # (a look that stopped short of its line's end stopped before the unit, the
        # item's list price after it: `fields.doubtful_prices`)
        elif (
            price := agreed_price(readings, unit_cut=box.right < line.box.right)
        ) is not None and overrules_price(price, read_as, line, _confidence(readings)):
            # a doubted price every reading gives otherwise, its unit marking its end
            old.extend(line.raw.words)
            new.append(OcrWord(price, box, _confidence(readings), _PRICE_BLOCK + j, 1, 1))
        elif picture_word:
            # read again as it was ("民600去" gives 600 again): the line stands without
            # the picture's glyph, which kept it from opening with its price
            old.extend(line.raw.words)
            new.extend(line.raw.words[1:])
    return _with_words_replaced(page, reading, old, new)


def _from_its_ink(tail: BalanceTail, grey: Image.Image) -> BalanceTail:
    """`tail` with its box reaching left to where its number's ink starts, never so far
    that the look's margin (`line_margin`) takes in the label's words before it: a
    label's last stroke reads as a digit ("38,319" for 3,319 after 云贝)."""
    before = [w for w in tail.line.raw.words if w.box.right <= tail.box.x]
    stop = max((w.box.right for w in before), default=0) + line_margin(tail.box)
    left = max(stop, ink_reaching_left(grey, tail.box))
    if left >= tail.box.x:
        return tail
    return replace(tail, box=Box.from_edges(left, tail.box.y, tail.box.right, tail.box.bottom))


def _in_place_of(words: list[OcrWord], text: str, conf: float, box: Box | None = None) -> OcrWord:
    """A second look's number as one word where `words` were, on their line (around
    them, or in `box`)."""
    first = words[0]
    box = box or Box.around(w.box for w in words)
    return OcrWord(text, box, conf, first.block, first.par, first.line)


def _takes_price(text: str, first: int | None, line: Line, conf: float) -> bool:
    """Whether a price read again (`text`, its surest reading's least sure digit at
    `conf`) replaces `first`, read first from `line`: it gives back the leading digits
    the first reading lost, or it is a grouped number, which no unit read as digits
    makes ("13,700" for "11 00云贝"), and overrules the first (`overrules_price`)."""
    from yunbei_gui.core.fields import overrules_price

    if _recovers_lost_digits(text, first):
        return True
    return "," in text and overrules_price(text.replace(",", ""), first, line, conf)


def _recovers_lost_digits(text: str, first: int | None) -> bool:
    """Whether a second reading of a price read first as `first` (doubted) gives back
    the leading digits the first reading lost ("20云贝" for 120 云贝 read again as 120).
    Read again, a price that was read right comes out with its unit as more digits
    ("16020" for 160云贝): a reading that only adds digits at the end is no news."""
    if first is None:
        return True
    digits = "".join(c for c in text if c.isdigit())
    return len(digits) > len(str(first)) and digits.endswith(str(first))


def _second_look_at_toasts(
    engine: OcrEngine, shot: Screenshot, upright: _UprightGrey, page: OcrPage, reading: Reading
) -> tuple[OcrPage, Reading]:
    """A toast the page's layout analysis skipped (one over a picture or across a row of
    the page, found as a dark patch, a dialog's panel, garbled lines or a row of glyphs
    no word covers) is read again on its own; its words replace what was read there
    when they read as a failure prompt. Only where no prompt was found."""
    from yunbei_gui.core.fields import dialog_message_area, garbled_lines
    from yunbei_gui.core.lines import page_lines
    from yunbei_gui.core.ocr import dialog_boxes, unread_text_rows

    if reading.fields.error_message is not None or reading.kind in _NO_TOAST_KINDS:
        return page, reading
    grey = upright()[0]
    boxes = upright.toasts() + dialog_boxes(upright.plain())
    # a line read as a few doubted glyphs (red text on a dark sheet read as "人"): read
    # alone, the prompt may come out whole
    lines = page_lines(page)
    boxes += [
        ln.box
        for ln in garbled_lines(lines, page.width, page.height)
        if not any(_centre_in(ln.box, b) for b in boxes)
    ]
    # a dialog's message between its title and its buttons, where no panel was seen
    dialog = dialog_message_area(lines, page.width, page.height)
    if dialog is not None and not any(_centre_in(dialog, b) for b in boxes):
        boxes.append(dialog)
    # text no word was read from at all (a toast over a picture's edge, as dark as the
    # page under it: no dark patch finds it), unless on a button's bright colour
    boxes += [
        row
        for row in (
            _with_its_row(r, page.words)
            for r in unread_text_rows(grey, [w.box for w in page.words])
        )
        if not any(_centre_in(row, b) for b in boxes) and not _on_bright_colour(shot.image, row)
    ]
    regions = engine.read_regions(shot.image, boxes, shot.sha256) if boxes else []
    old: list[OcrWord] = []
    new: list[OcrWord] = []
    # of each region's readings, the one that says most of a failure, then the one
    # Tesseract is surer of; where regions overlap (a dialog's panel and its message
    # area, a toast and a wide patch of the page around it) the smaller one's words
    # stand there: read as one block, the wider one runs the page's text into the prompt
    best: list[tuple[Box, list[OcrWord]]] = []
    for box, readings in zip(boxes, regions, strict=True):
        found = _best_prompt_reading(readings)
        if found is not None and found[0] > 0:
            best.append((box, found[2]))
    taken: list[Box] = []
    for box, words in sorted(best, key=lambda item: item[0].area):
        inside = [w for w in words if not any(w.box.intersection(t) for t in taken)]
        taken.append(box)
        # the first reading's words the region's reading has nothing over stay: read as
        # one block, a dialog's row values at its right edge may be lost ("所需云贝 300")
        old.extend(
            w
            for w in page.words
            if _centre_in(w.box, box)
            and (any(w.box.intersection(n.box) for n in words) or _read_again(w, words))
        )
        new.extend(inside)
    return _with_words_replaced(page, reading, old, new)


def _read_again(word: OcrWord, words: list[OcrWord]) -> bool:
    """Whether a region's reading holds `word`'s text (two glyphs or more), though no
    new word's box lies over it: Tesseract may box a word with a mark before it far off
    ("”当前" boxed 16 px wide under its row), and the old word, kept, reads twice (and
    "当前" alone under an address card was covered as a name)."""
    from yunbei_gui.core.text import strip_punct

    text = strip_punct(word.text)
    return len(text) >= 2 and text in strip_punct("".join(w.text for w in words))


def _on_bright_colour(image: Image.Image, box: Box) -> bool:
    """Whether most of `box` is a bright saturated colour: a button's fill ("立即兑换" in
    white on red). Toasts are grey or black, and a prompt's red text stands on white."""
    from PIL import ImageStat

    area = image.crop((box.x, box.y, box.right, box.bottom)).convert("RGB").convert("HSV")
    _, saturation, value = ImageStat.Stat(area).median
    return saturation > 120 and value > 120


def _with_its_row(row: Box, words: list[OcrWord]) -> Box:
    """`row` (unread ink) grown over the words read beside it on its row, glyph by glyph:
    a toast's ends may have been read ("兑换" ... "客服") and its middle not."""
    grown = row
    while True:
        beside = [
            w.box
            for w in words
            if w.box.h <= 1.5 * row.h
            and w.box.vertical_overlap(grown) >= 0.5 * min(w.box.h, grown.h)
            and grown.horizontal_gap(w.box) <= row.h
            and not _centre_in(w.box, grown)
        ]
        if not beside:
            return grown
        grown = Box.around([grown, *beside])


def _best_prompt_reading(
    readings: list[list[OcrWord]],
) -> tuple[int, float, list[OcrWord]] | None:
    """Of a region's readings, the one that says most of a failure, then the one
    Tesseract is surer of: (its failure score, its mean confidence, its words)."""
    from yunbei_gui.core.fields import failure_score

    scored = [
        (failure_score("".join(w.text for w in ws)), sum(w.conf for w in ws) / len(ws), ws)
        for ws in readings
        if ws
    ]
    return max(scored, key=lambda item: item[:2]) if scored else None


def _second_look_at_cut_toast(
    engine: OcrEngine, shot: Screenshot, upright: _UprightGrey, page: OcrPage, reading: Reading
) -> tuple[OcrPage, Reading]:
    """A prompt read from part of its toast only ("量不足" of 本次兑换需额外支付手续费，云贝
    数量不足, whose first line was read into the page's text under the toast): where the
    toast around the prompt holds other lines too, it is read alone, and its reading
    stands when it says as much of a failure, ends or starts with the part and says
    more, all inside the toast ("请求超时," whose end was read apart as junk)."""

    from yunbei_gui.core.fields import error_lines, failure_score
    from yunbei_gui.core.lines import page_lines
    from yunbei_gui.core.text import strip_punct

    message = reading.fields.error_message
    if message is None or reading.kind in _NO_TOAST_KINDS:
        return page, reading
    lines = page_lines(page)
    mine = error_lines(lines, page.width, page.height)
    if not mine:
        return page, reading
    inner = Box.around(ln.box for ln in mine)
    boxes = upright.toasts()
    holding = [
        b
        for b in boxes
        if _centre_in(inner, b)
        and any(all(ln is not m for m in mine) and _centre_in(ln.box, b) for ln in lines)
    ]
    if not holding:
        return page, reading
    box = min(holding, key=lambda b: b.area)
    (readings,) = engine.read_regions(shot.image, [box], shot.sha256)
    found = _best_prompt_reading(readings)
    if found is None or found[0] < failure_score(message):
        return page, reading
    # the crop's margin may take in the page's text beside the toast
    words = _renumbered([w for w in found[2] if _centre_in(w.box, box)], _CUT_TOAST_BLOCK)
    old = [w for w in page.words if _centre_in(w.box, box)]
    second_page, second = _with_words_replaced(page, reading, old, words)
    again = second.fields.error_message
    if (
        again is None
        or second.kind != reading.kind
        # the part read is the prompt's end, its start gone to the text under the toast,
        # or its start, its end read apart as junk ("请求超时," then "系、\ 50和他,请稍后
        # 再试"); a reading that adds text on both sides took in the page around it
        or not (
            strip_punct(again).endswith(strip_punct(message))
            or strip_punct(again).startswith(strip_punct(message))
        )
        or len(strip_punct(again)) <= len(strip_punct(message))
        # and the toast's text alone, not joined to the page's around it
        or not all(
            _centre_in(ln.box, box)
            for ln in error_lines(page_lines(second_page), page.width, page.height)
        )
    ):
        return page, reading
    return second_page, second


def _second_look_at_product(
    engine: OcrEngine, shot: Screenshot, page: OcrPage, reading: Reading
) -> tuple[OcrPage, Reading]:
    """An item's name read with glyphs Tesseract doubts ("铺声书畅听月上" for 有声书畅听月卡,
    its first glyph run into the picture beside it) is read again on its own, as a block;
    the new words take the old ones' place when Tesseract is clearly surer of them."""
    from yunbei_gui.core.fields import name_line
    from yunbei_gui.core.lines import page_lines
    from yunbei_gui.core.text import strip_punct

    if reading.kind not in (Kind.REDEEM, Kind.FAILURE):
        return page, reading
    lines = page_lines(page)
    line = name_line(lines, reading.fields.product)
    if line is None:
        return page, reading
    doubted = [i for i, w in enumerate(line.raw.words) if w.conf < _DOUBTED_WORD]
    # one doubted Han glyph after sure ones is mostly read right ("云村定制帆布袋", its 袋
    # at 0): a look costs a tesseract run, so only a name that may read wrong gets one
    if not doubted or (
        len(doubted) == 1
        and doubted[0] > 0
        and re.fullmatch(r"[\u4e00-\u9fff]", line.raw.words[doubted[0]].text)
    ):
        return page, reading
    (readings,) = engine.read_regions(shot.image, [line.box], shot.sha256)
    before = sum(w.conf for w in line.raw.words) / len(line.raw.words)
    surest = _surest_reading(readings, line.box)
    if surest is None:
        return page, reading
    conf, words = surest
    text = strip_punct("".join(w.text for w in words))
    # surer on average, or with more glyphs read surely: the picture beside the name,
    # read as doubted glyphs both times, drags both averages down alike
    surer = conf >= before + _SURER or _sure_chars(words) >= _sure_chars(line.raw.words) + 2
    if not surer or not -1 <= len(text) - len(strip_punct(line.text)) <= 3:
        return page, reading
    words = _renumbered(words, _NAME_BLOCK)
    second_page, second = _with_words_replaced(page, reading, list(line.raw.words), words)
    if second.fields.product is None or second.kind != reading.kind:
        return page, reading
    return second_page, second


def _sure_chars(words: list[OcrWord]) -> int:
    """How many characters of `words` Tesseract read surely (80 and up)."""
    from yunbei_gui.core.text import strip_punct

    return sum(len(strip_punct(w.text)) for w in words if w.conf >= 80)


def _second_look_at_unread_name(
    engine: OcrEngine, shot: Screenshot, page: OcrPage, reading: Reading
) -> tuple[OcrPage, Reading]:
    """An order card's item name that was not read at all (run into the picture beside
    it, or skipped with it) is read where it should be, over the price's row; the words
    read there replace what was read in that place, when they give the page its item."""
    from yunbei_gui.core.fields import unread_name_area
    from yunbei_gui.core.lines import page_lines

    if reading.kind not in (Kind.REDEEM, Kind.FAILURE) or reading.fields.product is not None:
        return page, reading
    area = unread_name_area(page_lines(page), page.width)
    if area is None:
        return page, reading
    (readings,) = engine.read_regions(shot.image, [area], shot.sha256)
    surest = _surest_reading(readings, area)
    if surest is None:
        return page, reading
    _, words = surest
    old = [w for w in page.words if _centre_in(w.box, area)]
    second_page, second = _with_words_replaced(
        page, reading, old, _renumbered(words, _UNREAD_NAME_BLOCK)
    )
    if second.fields.product is None or second.kind != reading.kind:
        return page, reading
    return second_page, second


def _surest_reading(readings: list[list[OcrWord]], area: Box) -> tuple[float, list[OcrWord]] | None:
    """Of a region's readings, the words inside `area` of the one Tesseract is surest
    of on average, with that average; None where no reading has a word there."""
    inside = [[w for w in ws if _centre_in(w.box, area)] for ws in readings]
    scored = [(sum(w.conf for w in ws) / len(ws), ws) for ws in inside if ws]
    return max(scored, key=lambda item: item[0]) if scored else None


_SURER = 10  # a second reading this much surer on average replaces the first


def _second_look_at_message(
    engine: OcrEngine, shot: Screenshot, page: OcrPage, reading: Reading
) -> tuple[OcrPage, Reading]:
    """A prompt read with glyphs Tesseract doubts ("了额已抢完" for 本期名额已抢完, "民务繁,
    信," for 服务繁忙，) is read again on its own, as a block; the new words take the
    old ones' place when Tesseract is surer of them and they still read as a prompt.
    So is a prompt read surely in two pieces of its row with glyphs lost between them
    ("网络" ... "检查网络设置后重试"); then the new reading must hold it and say more."""
    from yunbei_gui.core.fields import error_lines, failure_score
    from yunbei_gui.core.lines import page_lines
    from yunbei_gui.core.text import strip_punct

    message = reading.fields.error_message
    if message is None:
        return page, reading
    everything = page_lines(page)
    lines = error_lines(everything, page.width, page.height)
    words = [w for ln in lines for w in ln.raw.words]
    if not words:
        return page, reading
    inner = Box.around(ln.box for ln in lines)
    h = max(ln.height for ln in lines)
    # a message read surely may still have lost words: a piece of its row read apart,
    # glyphs lost between ("网络" ... "检查网络设置后重试" for 网络异常，请检查…); its row
    # is read whole, and the look must give the message and more
    only_apart = min(w.conf for w in words) >= _DOUBTED_WORD
    apart = [
        ln
        for ln in everything
        if only_apart
        and not any(w in words for w in ln.raw.words)
        and abs(ln.height - h) <= 0.3 * h
        and ln.box.vertical_overlap(inner) >= 0.6 * min(ln.height, h)
        and 1 <= len(strip_punct(ln.text)) <= 4
        and re.fullmatch(r"[\u4e00-\u9fff]+", strip_punct(ln.text)) is not None
        and 0.5 * h < inner.horizontal_gap(ln.box) <= 4 * h
    ]
    if only_apart and not apart:
        return page, reading
    # a toast over the page's text may be read in pieces, some smaller than the
    # message's line and left out of it ("活动\"请求超时" then ",系统繁忙,mA"): the look
    # takes in the smaller pieces of a prompt on the message's rows up to a line height
    # beside it (not the whole of a line the message is a part of: `_split_overlay`;
    # nor a piece as big, whose look would take in the page's text around the toast)
    beside = [
        ln
        for ln in everything
        if not any(w in words for w in ln.raw.words)
        and failure_score(ln.text)
        and ln.height <= 0.7 * h
        and ln.box.vertical_overlap(inner) >= 0.5 * ln.height
        and ln.box.x <= inner.right + h
        and ln.box.right >= inner.x - h
    ]
    # and glyphs of the message's row read as doubted junk beside it ("账号受" then "K，"
    # "年可" "pm" for 账号受限，暂不支持兑换商品 on a toast over a picture), joined one
    # after another while each is within three line heights of the last
    junk = [
        ln
        for ln in everything
        if not only_apart
        and ln not in beside
        and not any(w in words for w in ln.raw.words)
        and ln.height <= 1.3 * h
        and ln.box.vertical_overlap(inner) >= 0.5 * ln.height
        and max(w.conf for w in ln.raw.words) < _JUNK_WORD
    ]
    pieces = beside + apart
    inner = Box.around([inner, *(ln.box for ln in pieces)])
    for ln in sorted(junk, key=lambda ln: inner.horizontal_gap(ln.box)):
        if inner.horizontal_gap(ln.box) <= 3 * h:
            inner = Box.around([inner, ln.box])
            pieces.append(ln)
    # (how long the prompt may read at most: the message and those pieces, twice over)
    most = 2 * (len(message) + sum(len(strip_punct(ln.text)) for ln in pieces)) + 4
    box = Box.from_edges(
        max(0, inner.x - h),
        max(0, inner.y - h // 2),
        min(page.width, inner.right + h),
        min(page.height, inner.bottom + h // 2),
    )
    (readings,) = engine.read_regions(shot.image, [box], shot.sha256)
    before = sum(w.conf for w in words) / len(words)
    found = _best_prompt_reading(readings)
    if found is None:
        return page, reading
    score, conf, words_read = found
    # (a row read whole again may be read as surely as before, not more)
    if score < failure_score(message) or conf <= before - (_APART_MARGIN if only_apart else 0):
        return page, reading
    # only the message's own rows change: the padding may take in a piece of the item's
    # name or of a rules card, read worse than the first time
    rows = Box.from_edges(0, inner.y - h // 3, page.width, inner.bottom + h // 3)
    new = [w for w in words_read if _centre_in(w.box, rows)]
    old = [w for w in page.words if _centre_in(w.box, inner)]
    second_page, second = _with_words_replaced(page, reading, old, new)
    again = second.fields.error_message
    if again is None or second.kind != reading.kind or len(again) > most:
        return page, reading  # no prompt now, or one that took in the text around it
    if only_apart and not (
        strip_punct(message) in strip_punct(again) and len(again) > len(message)
    ):
        return page, reading  # the row read whole must hold the message and more
    if strip_punct(again) in strip_punct(message):
        # read as less than before: taken only where what it lost was junk Tesseract
        # doubted ("<所几]J六小又J号…" before 您所在的地区…), not a line of the prompt
        # read apart ("量不足") or its amount ("还需120云贝")
        lost = [w for w in words if strip_punct(w.text) and strip_punct(w.text) not in again]
        if any(w.conf >= _SURE_WORD for w in lost):
            return page, reading
    return second_page, second


def _message_within_its_dialog(
    upright: _UprightGrey, page: OcrPage, reading: Reading
) -> tuple[OcrPage, Reading]:
    """A dialog's message read with the dimmed page beside the dialog ("107" "10" of an
    item's name and price, peeking out left of it, before "本次兑换需额外支付手续费"): the
    message's words outside the dialog's panel are no part of it. Nothing is read
    again; the message stands without them when it still reads as a prompt, and its
    wrapped last line may join it then ("不足")."""

    from yunbei_gui.core.fields import dialog_message_area, error_lines, failure_score
    from yunbei_gui.core.lines import page_lines
    from yunbei_gui.core.ocr import dialog_boxes

    message = reading.fields.error_message
    if message is None:
        return page, reading
    lines = page_lines(page)
    # (no dialog's frame read, a title over its buttons: no panel to look for)
    if dialog_message_area(lines, page.width, page.height) is None:
        return page, reading
    words = [w for ln in error_lines(lines, page.width, page.height) for w in ln.raw.words]
    if not words:
        return page, reading
    for panel in dialog_boxes(upright.plain()):
        inside = [w for w in words if _centre_in(w.box, panel)]
        outside = [w for w in words if not _centre_in(w.box, panel)]
        # (most of the message in the panel: its words beside it are the page's)
        if not outside or _chars(inside) < 2 * _chars(outside):
            continue
        second_page = page.with_words_replaced(outside, [])
        second = _understood_again(second_page, reading)
        again = second.fields.error_message
        if (
            again is None
            or second.kind != reading.kind
            or failure_score(again) < failure_score(message)
        ):
            return page, reading
        return second_page, second
    return page, reading


def _chars(words: list[OcrWord]) -> int:
    """How many characters `words` hold: how much of a message they are."""
    return sum(len(w.text.strip()) for w in words)


_SURE_WORD = 85  # a prompt's word read at this confidence is no junk to lose
_JUNK_WORD = 60  # glyphs all read under this beside a doubted message may be more of it
_DOUBTED_WORD = 50  # a prompt's word read under this confidence gets the message a second look


def _with_words_replaced(
    page: OcrPage, reading: Reading, old: list[OcrWord], new: list[OcrWord]
) -> tuple[OcrPage, Reading]:
    """The page with a second look's words in place of the first reading's, understood
    again; whatever the first reading took for private data stays covered (fail safe)."""
    if not new:
        return page, reading
    page = page.with_words_replaced(old, new)
    return page, _understood_again(page, reading)


def _understood_again(page: OcrPage, reading: Reading) -> Reading:
    """`page` understood anew, keeping covered whatever `reading` (the page's reading
    before its words changed) took for private data: fail safe."""
    second = understand(page)
    second.sensitive += [s for s in reading.sensitive if s not in second.sensitive]
    return second


def _centre_in(inner: Box, outer: Box) -> bool:
    cx, cy = inner.x + inner.w / 2, inner.y + inner.h / 2
    return outer.x <= cx <= outer.right and outer.y <= cy <= outer.bottom


# pages whose dark patches are no prompt (a records list's tabs, an account's cards)
# a first reading's digits under this confidence have no say against agreeing readings
_DOUBTED_DIGITS = 30.0
# how much less surely a message's row read whole may be read than its pieces were
_APART_MARGIN = 10.0
_NO_TOAST_KINDS = (Kind.RECORDS, Kind.ACCOUNT, Kind.NETWORK)


def _confidence(readings: list[list[tuple[str, float]]]) -> float:
    """How sure the second look is of its number: the best reading's least sure digit
    word (a doubted '.' or unit glyph beside sure digits does not lower it)."""
    per_reading = [
        [c for t, c in words if any(ch.isdigit() for ch in t)] or [c for _, c in words]
        for words in readings
        if words
    ]
    return max(min(confs) for confs in per_reading)


_SECOND_LOOK_BLOCK = 10_000  # block numbers of re-read lines: each its own line
_PRICE_BLOCK = 15_000  # block numbers of re-read prices
_UNREAD_BLOCK = 16_000  # block number of a balance read again where it was not read
# block numbers of a region read again on its own, above any `read_regions` gives: its
# pieces join none of the page's (`ocr._merge_fragments`)
_NAME_BLOCK = 1_000 * REGION_BLOCK  # an item's name read again
_CUT_TOAST_BLOCK = 1_001 * REGION_BLOCK  # a toast read again around a prompt's part
_UNREAD_NAME_BLOCK = 1_002 * REGION_BLOCK  # an order card's name read where it was not


def _renumbered(words: list[OcrWord], base: int) -> list[OcrWord]:
    """A region's words under block numbers of their own (`base`, a multiple of
    REGION_BLOCK): every region reading numbers its blocks alike, and two looks' words
    under one number would read as one line."""
    return [replace(w, block=base + w.block % REGION_BLOCK) for w in words]


ProgressCallback = Callable[[int, ScreenshotReport], None]


def _load(path: Path | str) -> ScreenshotReport:
    """Open one file; its error is kept on the report, never raised."""
    report = ScreenshotReport(Path(path))
    try:
        report.screenshot = load_screenshot(path)
    except YunbeiError as exc:
        report.error = exc
    except Exception as exc:  # never let one odd file take the batch down
        log.exception("unexpected error opening a file")
        report.error = YunbeiError("无法打开这个文件。", repr(exc))
    return report


def load_all(paths: Sequence[Path | str]) -> list[ScreenshotReport]:
    """Open every file; a bad file gets its error and never stops the others."""
    if len(paths) <= 1:
        return [_load(p) for p in paths]
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(_load, paths))


def _read(report: ScreenshotReport, engine: OcrEngine) -> None:
    """OCR and understand one opened screenshot, filling its report."""
    shot = report.screenshot
    if shot is None:
        return
    try:
        report.page, report.reading = read_page(engine, shot)
    except YunbeiError as exc:
        report.error = exc
    except Exception as exc:  # a parsing bug must not lose the other files
        log.exception("could not understand a page")
        report.error = YunbeiError("无法理解这张截图的内容。", repr(exc))


def analyze(
    paths: Sequence[Path | str],
    engine: OcrEngine | None = None,
    on_progress: ProgressCallback | None = None,
) -> list[ScreenshotReport]:
    """Open, read and understand screenshots, one tesseract process per image.

    Each file goes through open -> OCR -> understand in one task, so the first OCR starts
    as soon as the first file is decoded rather than after all of them.
    """
    if engine is None:
        try:
            engine = OcrEngine()
        except YunbeiError as exc:
            reports = load_all(paths)
            for r in reports:
                if r.screenshot is not None:
                    r.error = exc
            return reports

    def process(index: int) -> ScreenshotReport:
        with engine.prepare_gate:
            report = _load(paths[index])
        _read(report, engine)
        if on_progress is not None:
            on_progress(index, report)
        return report

    if len(paths) <= 1 or engine.workers <= 1:
        return [process(i) for i in range(len(paths))]
    with ThreadPoolExecutor(max_workers=min(engine.workers, len(paths))) as pool:
        return list(pool.map(process, range(len(paths))))


def unique_output(out_dir: Path, stem: str, used: set[str]) -> Path:
    name = f"{stem}.png"
    n = 2
    while name in used:
        name = f"{stem}-{n}.png"
        n += 1
    used.add(name)
    return out_dir / name


def redact_files(
    paths: Sequence[Path | str],
    out_dir: Path,
    preset: Preset = Preset.OFFICIAL,
    mode: RedactionMode = RedactionMode.BLUR,
    engine: OcrEngine | None = None,
) -> list[tuple[ScreenshotReport, Path | None]]:
    """Write a redacted copy of each screenshot into out_dir as <name>.png."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"无法创建输出文件夹：{out_dir}", repr(exc)) from exc
    from yunbei_gui.core.privacy import for_preset

    reports = analyze(paths, engine)
    used: set[str] = set()
    results: list[tuple[ScreenshotReport, Path | None]] = []
    for report in reports:
        if report.screenshot is None or report.reading is None:
            results.append((report, None))
            continue
        boxes = [s.box for s in for_preset(report.reading.sensitive, preset)]
        target = unique_output(out_dir, report.path.stem, used)
        try:
            save_clean_png(redact(report.screenshot.image, boxes, mode), target)
        except OSError as exc:
            report.error = OutputError(
                f"无法写入文件（磁盘已满或没有写入权限？）：{target}", repr(exc)
            )
            results.append((report, None))
            continue
        results.append((report, target))
    return results
