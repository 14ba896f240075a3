"""The second look at a doubted big balance: which lines get it, when its reading is taken,
and (real tesseract) that it reads a big white number on a coloured card."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytesseract
import pytest
from ocr_pieces import lines_from, lines_with_confidence, one_line
from PIL import Image, ImageDraw, ImageFont, ImageOps
from screens import FONT_PATH

from yunbei_gui.core.analysis import Reading, _takes_price, read_page, understand
from yunbei_gui.core.fields import (
    agreed_number,
    agreed_price,
    better_number_reading,
    cost_doubted,
    dialog_message_area,
    doubted_wallet_value,
    doubtful_balance_lines,
    doubtful_balance_tails,
    doubtful_prices,
    overrules_price,
    price_part,
    unread_name_area,
    unsure_balance,
)
from yunbei_gui.core.lines import Line, page_lines
from yunbei_gui.core.models import Box, Cause, Kind, OcrWord, SensitiveType
from yunbei_gui.core.ocr import (
    REGION_BLOCK,
    OcrEngine,
    OcrPage,
    dark_patch_boxes,
    dialog_boxes,
    ink_around,
    ink_reaching_left,
    ink_under,
    toast_boxes,
    unread_text_rows,
    upright_grey,
)
from yunbei_gui.core.screenshot import Screenshot

W, H = 1080, 2340


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, size)


def test_only_doubted_big_number_lines_of_a_balance_screen_get_a_second_look() -> None:
    lines = lines_from(
        (
            ("当前云贝", 100, 430, 150, 40),
            ("2DD2an", 100, 529, 286, 74),  # big, junk around the digits
            ("300云贝将于2026-12-09过期", 100, 640, 430, 30),  # small
            ("签到领云贝", 100, 900, 200, 36),
        ),
        W,
        H,
    )
    assert [ln.text for ln in doubtful_balance_lines(lines, Kind.BALANCE, None, H)] == ["2DD2an"]
    # a big clean number Tesseract is sure of needs none
    sure = lines_from((("当前云贝", 100, 430, 150, 40), ("2552", 100, 529, 200, 74)), W, H)
    assert doubtful_balance_lines(sure, Kind.BALANCE, 2552, H) == []
    # no balance on the screen: nothing to look at again
    other = lines_from((("商品详情", 400, 120, 200, 40), ("12a00", 100, 529, 286, 74)), W, H)
    assert doubtful_balance_lines(other, Kind.REDEEM, None, H) == []


def test_a_second_reading_is_taken_only_when_it_is_a_sure_or_agreed_clean_other_number() -> None:
    (line,) = lines_from((("102云贝", 100, 529, 286, 74),), W, H)
    assert better_number_reading(line, [[("162", 91.0), ("sx", 39.0)]]) == "162"
    assert better_number_reading(line, [[("162<n", 91.0)]]) == "162"
    assert better_number_reading(line, [[("162", 60.0)]]) is None  # not sure
    # two readings (two sizes) that agree are taken although neither is sure, when the
    # first reading was less sure still
    assert better_number_reading(line, [[("162", 60.0)], [("162.", 41.0)]], first_conf=30) == "162"
    assert better_number_reading(line, [[("162", 60.0)], [("162.", 41.0)]], first_conf=68) is None
    # ... a first reading that is no number at all ("4二,") has no say against them
    (junk,) = lines_from((("4二,", 114, 764, 235, 121),), W, H)
    agreeing = [[("461°", 40.0)], [("461", 18.0), (">", 18.0)]]
    assert better_number_reading(junk, agreeing, first_conf=40) == "461"
    assert better_number_reading(line, [[("162", 60.0)], [("168", 41.0)]]) is None
    # a sure reading of one size wins over a garbled one of the other
    assert better_number_reading(line, [[("1a2", 95.0)], [("162", 90.0)]]) == "162"
    assert better_number_reading(line, [[("16a2", 95.0)]]) is None  # not a clean number
    assert better_number_reading(line, [[("102", 95.0)], [("102", 95.0)]]) is None  # no news
    assert better_number_reading(line, [[], []]) is None  # nothing read
    # a letter among a word's digits is a misread digit; a bar beside the number is not
    assert better_number_reading(line, [[("24l2", 90.0)]]) == "2412"
    assert better_number_reading(line, [[("|", 80.0), ("697", 93.0)]]) == "697"


# the rest of the page, in the usual small font (nothing of it on the test image: only
# the big number's line is read again)
_SMALL_TEXT = [
    OcrWord(text, Box(100, y, 300, 36), 92.0, 3 + i, 1, 1)
    for i, (text, y) in enumerate((("每日签到", 800), ("做任务赚云贝", 900), ("收支明细", 1000)))
]


def _card_screenshot() -> Screenshot:
    """A light page with a red card holding a big white balance."""
    image = Image.new("RGB", (W, H), (244, 244, 246))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((48, 380, 1032, 710), radius=28, fill=(226, 58, 58))
    draw.text((100, 430), "当前云贝", font=ImageFont.truetype(FONT_PATH, 40), fill="white")
    draw.text((100, 500), "2552", font=ImageFont.truetype(FONT_PATH, 110), fill="white")
    return Screenshot(Path("card.png"), "cd" * 32, image, "PNG", 0, None)


def _engine_reading_first(
    tmp_path: Path, shot: Screenshot, words: list[OcrWord], inverted: bool = False
) -> OcrEngine:
    """An engine whose cache holds `words` as the first reading of `shot` (what Tesseract
    gave, or missed, on a real screenshot of this kind); the engine takes it from there."""
    engine = OcrEngine(cache_dir=tmp_path)
    width, height = shot.image.size
    engine.cache.put(shot.sha256, engine.key, OcrPage(width, height, inverted, words))
    return engine


def _read_with_english(engine: OcrEngine, shot: Screenshot) -> Reading:
    """`shot` read by `engine`, second looks included; skipped where the second look's
    English data is not installed."""
    if "eng" not in engine.install.languages:
        pytest.skip("the second look reads with English data")
    return read_page(engine, shot)[1]


def _engine_with_first_reading(
    tmp_path: Path, shot: Screenshot, big: str, conf: float, reads_again: bool = True
) -> OcrEngine:
    """An engine whose cache holds a first reading of `shot` with the big number line read
    as `big` (what a real screenshot of this kind gave); the engine takes it from there.
    With `reads_again` the test needs the real second look, which reads English data."""
    engine = OcrEngine(cache_dir=tmp_path)
    if reads_again and "eng" not in engine.install.languages:
        pytest.skip("the second look reads with English data")
    first = OcrPage(
        W,
        H,
        False,
        [
            OcrWord("当前云贝", Box(100, 437, 160, 40), 93.0, 1, 1, 1),
            OcrWord(big, Box(100, 522, 230, 90), conf, 2, 1, 1),
            *_SMALL_TEXT,
        ],
    )
    engine.cache.put(shot.sha256, engine.key, first)
    return engine


def test_a_doubted_big_balance_is_read_again_from_the_screenshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shot = _card_screenshot()
    # the first reading as it came out of a real screenshot of this kind: the big number
    # garbled and doubted (the engine takes it from its cache)
    engine = _engine_with_first_reading(tmp_path, shot, "2DD2an", 8.0)
    page, reading = read_page(engine, shot)
    assert reading.fields.balance == 2552
    assert "2552" in "".join(ln.text for ln in page_lines(page))

    # the second look is cached too: re-opening the screenshot runs no tesseract at all
    def no_tesseract(*args: object, **kwargs: object) -> None:
        raise AssertionError("tesseract ran again")

    monkeypatch.setattr(pytesseract, "image_to_data", no_tesseract)
    assert read_page(engine, shot)[1].fields.balance == 2552


def test_a_failing_second_look_keeps_the_first_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shot = _card_screenshot()
    engine = _engine_with_first_reading(tmp_path, shot, "2552个", 40.0, reads_again=False)

    def crashed(*args: object, **kwargs: object) -> None:
        raise pytesseract.TesseractError(1, "crashed")

    monkeypatch.setattr(pytesseract, "image_to_data", crashed)
    assert read_page(engine, shot)[1].fields.balance == 2552


def test_private_data_of_the_first_reading_stays_covered_after_a_second_look(
    tmp_path: Path,
) -> None:
    shot = _card_screenshot()
    # the first reading took the big line for a phone number; the second reads 2552
    engine = _engine_with_first_reading(tmp_path, shot, "13800138000", 30.0)
    _, reading = read_page(engine, shot)
    assert reading.fields.balance == 2552
    assert any(s.type == SensitiveType.PHONE for s in reading.sensitive)


def test_a_second_look_that_cannot_even_start_keeps_the_first_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shot = _card_screenshot()
    engine = _engine_with_first_reading(tmp_path, shot, "2552个", 40.0, reads_again=False)

    def broken(*args: object, **kwargs: object) -> None:
        raise UnicodeEncodeError("ascii", "临时", 0, 1, "a temp folder under a Chinese name")

    monkeypatch.setattr(OcrEngine, "read_lines", broken)
    _, reading = read_page(engine, shot)
    assert reading.fields.balance == 2552
    assert "2552个" in reading.text  # the first reading, untouched


def _bar_screenshot(top: int = 2128, number: str = "49256") -> Screenshot:
    """An item page's bottom bar: 可用云贝 and a bold balance beside it (at `top`)."""
    image = Image.new("RGB", (W, H), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.text((50, top + 7), "可用云贝", font=ImageFont.truetype(FONT_PATH, 40), fill=(90, 90, 90))
    draw.text(
        (260, top),
        number,
        font=ImageFont.truetype(FONT_PATH, 48),
        fill=(20, 20, 20),
        stroke_width=2,
        stroke_fill=(20, 20, 20),
    )
    return Screenshot(Path("bar.png"), "ab" * 32, image, "PNG", 0, None)


@pytest.mark.parametrize("top", [2128, 600], ids=["bottom bar", "header row"])
def test_a_doubted_balance_after_its_label_in_a_bar_is_read_again(tmp_path: Path, top: int) -> None:
    # near the top the row is also a big number line of the balance screen: its number is
    # still read alone, as the label read again with it comes out as junk
    shot = _bar_screenshot(top)
    engine = OcrEngine(cache_dir=tmp_path)
    if "eng" not in engine.install.languages:
        pytest.skip("the second look reads with English data")
    # the first reading as a real screenshot of this kind gave it: the bold number's first
    # digits lost, the rest doubted
    first = OcrPage(
        W,
        H,
        False,
        [
            OcrWord("可用", Box(50, top + 12, 80, 40), 96.0, 1, 1, 1),
            OcrWord("云贝", Box(130, top + 12, 80, 40), 92.0, 1, 1, 1),
            OcrWord("人256", Box(262, top + 5, 150, 52), 43.0, 1, 1, 1),
            *_SMALL_TEXT,
        ],
    )
    engine.cache.put(shot.sha256, engine.key, first)
    page, reading = read_page(engine, shot)
    assert reading.fields.balance == 49256
    assert any(ln.text.startswith("可用云贝") and "49256" in ln.text for ln in page_lines(page))


def _bar_balance(tmp_path: Path, number: str, tail: list[OcrWord]) -> int | None:
    """The balance read from `_bar_screenshot(number=number)` whose first reading gave
    its label 可用云贝 and then `tail` for the number."""
    shot = _bar_screenshot(number=number)
    engine = OcrEngine(cache_dir=tmp_path)
    if "eng" not in engine.install.languages:
        pytest.skip("the second look reads with English data")
    label = [
        OcrWord("可用", Box(50, 2140, 80, 40), 96.0, 1, 1, 1),
        OcrWord("云贝", Box(130, 2140, 80, 40), 92.0, 1, 1, 1),
    ]
    engine.cache.put(shot.sha256, engine.key, OcrPage(W, H, False, [*label, *tail, *_SMALL_TEXT]))
    return read_page(engine, shot)[1].fields.balance


def test_a_doubted_balance_boxed_over_its_last_digits_alone_is_read_again_whole(
    tmp_path: Path,
) -> None:
    """ "5)102" at 22 for 5,102 in a bar, its word box over "102" alone (fresh seeds
    holdout 4848 and holdout2 64): a look at that box gave "102" twice. The look starts
    where the number's ink does, short of the label."""
    tail = [OcrWord("5)102", Box(303, 2133, 78, 52), 22.0, 1, 1, 1)]
    assert _bar_balance(tmp_path, "5,102", tail) == 5102


def test_a_bold_first_one_read_as_a_bracket_before_a_sure_balance_is_read_again(
    tmp_path: Path,
) -> None:
    """ "云贝余哲] 629" for 1,629 (fresh holdout2 66 #37): the number sure at 90 of what
    it holds, its bold 1 read as "]" before it. A bar or bracket of the digits' height
    close before a balance gets the number a look."""
    tail = [
        OcrWord("]", Box(264, 2137, 20, 38), 24.0, 1, 1, 1),
        OcrWord("629", Box(300, 2137, 81, 38), 90.0, 1, 1, 1),
    ]
    assert _bar_balance(tmp_path, "1,629", tail) == 1629


@pytest.mark.parametrize("size", [110, 96])
def test_a_white_number_on_a_mid_grey_card_is_read_without_the_cards_edge(
    tmp_path: Path, size: int
) -> None:
    """474 in white on an orange card (fresh holdout 5151 #61): its word box began at the
    card's left edge, and the look's crop, with the page beyond that edge and not
    inverted (the card's grey is above the middle), read "1474" (81, sure) or "|" "474".
    The crop stops at the card's edge and is inverted where its stretched background is
    dark: every reading is the number alone."""
    image = Image.new("RGB", (W, H), (244, 244, 244))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((33, 400, 1047, 900), radius=40, fill=(230, 140, 30))
    draw.text(
        (82, 560),
        "474",
        font=ImageFont.truetype(FONT_PATH, size),
        fill="white",
        stroke_width=2,
        stroke_fill="white",
    )
    engine = OcrEngine(cache_dir=tmp_path)
    if "eng" not in engine.install.languages:
        pytest.skip("the second look reads with English data")
    (readings,) = engine.read_lines(image, [Box(32, 588, 256, 92)])
    assert [[text for text, _ in words] for words in readings] == [["474"], ["474"]]


def test_only_doubted_numbers_after_a_balance_label_get_a_second_look() -> None:
    def tails(*pieces: tuple[str, float]) -> list[str]:
        words = [
            OcrWord(text, Box(50 + 120 * i, 2140, 110, 40), conf, 1, 1, 1)
            for i, (text, conf) in enumerate(pieces)
        ]
        return [t.text for t in doubtful_balance_tails(page_lines(OcrPage(W, H, False, words)))]

    assert tails(("当前云贝", 93.0), (":", 90.0), ("249J1", 3.0)) == [": 249J1"]
    assert tails(("当前云贝", 93.0), ("2491", 90.0)) == []  # a sure clean number
    assert tails(("当前云贝", 93.0), ("立即兑换", 40.0)) == []  # no number there
    assert tails(("当前云贝8", 40.0)) == []  # one word with the label: nothing to swap


def test_a_doubted_number_after_a_damaged_balance_label_gets_a_second_look() -> None:
    """ "贝余额41" for 云贝余额 741 (fresh seed holdout 5353 #54): the label's damaged
    half, then the number without its first digit, doubted: the number is looked at
    on its own, not the line with the label's junk."""
    words = [
        OcrWord("贝余", Box(125, 426, 110, 62), 83.0, 1, 1, 1),
        OcrWord("额", Box(240, 426, 60, 62), 78.0, 1, 1, 1),
        OcrWord("41", Box(380, 426, 84, 62), 49.0, 1, 1, 1),
    ]
    tails = doubtful_balance_tails(page_lines(OcrPage(W, H, False, words)))
    assert [(t.text, t.box) for t in tails] == [("41", Box(380, 426, 84, 62))]
    words[2] = OcrWord("741", Box(324, 426, 140, 62), 93.0, 1, 1, 1)
    assert doubtful_balance_tails(page_lines(OcrPage(W, H, False, words))) == []


def test_one_doubted_glyph_bigger_than_its_balance_label_is_looked_at_as_its_number() -> None:
    """ "我的云贝 名" for 8 (fresh holdout 6666 #18): one glyph at 69, taller than the
    label's glyphs, is a big bold digit misread; one as small as the label is a word."""

    def tails(height: int, conf: float) -> list[str]:
        words = [
            OcrWord("我", Box(63, 384, 75, 45), 96.0, 1, 1, 1),
            OcrWord("的", Box(159, 389, 28, 41), 93.0, 1, 1, 1),
            OcrWord("云", Box(206, 386, 35, 43), 92.0, 1, 1, 1),
            OcrWord("贝", Box(240, 374, 38, 66), 86.0, 1, 1, 1),
            OcrWord("名", Box(290, 378, 45, height), conf, 1, 1, 1),
        ]
        return [t.text for t in doubtful_balance_tails(page_lines(OcrPage(W, H, False, words)))]

    assert tails(58, 69.0) == ["名"]
    assert tails(44, 69.0) == []  # as big as the label
    assert tails(58, 90.0) == []  # read surely


def test_a_doubted_glyph_after_a_balance_label_is_looked_at_as_its_number() -> None:
    """ "当前云贝:太" for 53 (fresh seed holdout2 69 #36): a glyph or two read with no
    confidence after the label may be the number; words read surely are not."""

    def tails(tail: str, conf: float) -> list[str]:
        words = [
            OcrWord("当前云贝", Box(35, 1103, 120, 40), 93.0, 1, 1, 1),
            OcrWord(":", Box(157, 1110, 6, 30), 86.0, 1, 1, 1),
            OcrWord(tail, Box(165, 1107, 28, 27), conf, 1, 1, 1),
        ]
        return [t.text for t in doubtful_balance_tails(page_lines(OcrPage(W, H, False, words)))]

    assert tails("太", 0.0) == [":太"]
    assert tails("太", 86.0) == []
    assert tails("去兑换", 0.0) == []


def test_a_label_and_its_number_read_again_with_the_label_as_junk_give_the_number(
    tmp_path: Path,
) -> None:
    """ "云贝余额5770" with the number at 80, read again as "BNR 5776" at 92 and 89
    (fresh seed holdout2 69 #24): both readings agree on the number, the label's junk
    before it counts for nothing."""
    shot = _lone_glyph_card("")
    first = [
        OcrWord("云贝余额", Box(50, 260, 230, 59), 88.0, 1, 1, 1),
        OcrWord("5770", Box(285, 260, 79, 59), 80.0, 1, 1, 1),
        OcrWord("收入", Box(322, 389, 84, 41), 96.0, 2, 1, 1),
        OcrWord("支出", Box(531, 389, 82, 41), 96.0, 3, 1, 1),
        OcrWord("全部", Box(108, 389, 94, 41), 96.0, 4, 1, 1),
    ]
    engine = _engine_reading_first(tmp_path, shot, first)
    engine.read_lines = lambda image, boxes, sha256=None: [  # type: ignore[method-assign]
        [[("BNR", 42.0), ("5776", 92.0)], [("BRM", 9.0), ("5776", 89.0)]] for _ in boxes
    ]
    assert read_page(engine, shot)[1].fields.balance == 5776
    # readings that disagree leave the first reading
    engine.read_lines = lambda image, boxes, sha256=None: [  # type: ignore[method-assign]
        [[("BNR", 42.0), ("5776", 92.0)], [("BRM", 9.0), ("5778", 89.0)]] for _ in boxes
    ]
    assert read_page(engine, shot)[1].fields.balance == 5770


def test_a_dialogs_message_read_with_the_page_beside_the_dialog_loses_those_words(
    tmp_path: Path,
) -> None:
    """Fresh seed holdout 5353 #14: "107" and "10" of the item's name and price peek out
    left of a dialog and were read into its message's line; its wrapped last line
    "不足" was left out then. The words outside the dialog's panel are no part of it."""
    image = Image.new("RGB", (1440, 3141), (120, 120, 120))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((208, 1208, 1232, 1776), radius=40, fill="white")
    shot = Screenshot(Path("dialog.png"), "d1" * 32, image, "PNG", 0, None)
    first = [
        OcrWord("107", Box(107, 1203, 134, 114), 90.0, 8, 1, 1),
        OcrWord("提示", Box(656, 1274, 126, 63), 95.0, 9, 1, 1),
        OcrWord("10", Box(107, 1340, 103, 77), 84.0, 10, 1, 1),
        OcrWord("本次兑换需额外支付手续费", Box(287, 1376, 630, 74), 92.0, 10, 1, 1),
        OcrWord("，", Box(920, 1417, 7, 13), 60.0, 10, 1, 1),
        OcrWord("云贝数量", Box(951, 1376, 200, 74), 92.0, 10, 1, 1),
        OcrWord("不足", Box(670, 1452, 101, 70), 93.0, 11, 1, 1),
        OcrWord("取消", Box(402, 1660, 119, 59), 66.0, 12, 1, 1),
    ]
    engine = _engine_reading_first(tmp_path, shot, first)
    message = read_page(engine, shot)[1].fields.error_message
    assert message == "本次兑换需额外支付手续费,云贝数量不足"


def test_a_toast_read_in_pieces_of_two_sizes_is_read_again_whole(tmp_path: Path) -> None:
    """A dark theme's toast over a section heading (fresh seed holdout 5353 #16): its
    first half read with the heading beside it, the rest as a smaller piece ",系统繁忙,mA"
    left out of the message. The message's look takes in that piece."""
    image = Image.new("RGB", (720, 1553), (24, 24, 26))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT_PATH, 30)
    draw.text((33, 440), "所需云贝", font=font, fill=(230, 230, 230))
    draw.text((575, 440), "500云贝", font=font, fill=(230, 230, 230))
    draw.text((33, 760), "活动有效期", font=ImageFont.truetype(FONT_PATH, 32), fill="white")
    draw.text((33, 824), "2026-02-01 00:00:00", font=font, fill=(120, 120, 120))
    draw.rounded_rectangle((95, 725, 625, 827), radius=20, fill=(72, 72, 76))
    prompt = "请求超时，系统繁忙，请稍后再试"
    draw.text((135, 752), prompt, font=ImageFont.truetype(FONT_PATH, 32), fill=(235, 235, 235))
    shot = Screenshot(Path("toast.png"), "7e" * 32, image, "PNG", 0, None)
    first = [
        OcrWord("所需云贝", Box(33, 440, 120, 46), 93.0, 1, 1, 1),
        OcrWord("500云贝", Box(575, 441, 116, 39), 91.0, 2, 1, 1),
        OcrWord("活动", Box(32, 760, 62, 43), 96.0, 5, 1, 1),
        OcrWord("”请求", Box(115, 733, 98, 74), 38.0, 5, 1, 1),
        OcrWord("超时", Box(213, 733, 40, 74), 39.0, 5, 1, 1),
        OcrWord(",系统", Box(267, 775, 93, 8), 59.0, 6, 1, 1),
        OcrWord("繁忙", Box(373, 754, 30, 29), 88.0, 6, 1, 1),
        OcrWord("，", Box(417, 775, 4, 8), 89.0, 6, 1, 1),
        OcrWord("mA", Box(434, 754, 131, 29), 0.0, 6, 1, 1),
    ]
    engine = _engine_reading_first(tmp_path, shot, first, inverted=True)
    reading = read_page(engine, shot)[1]
    assert reading.fields.error_message == "请求超时,系统繁忙,请稍后再试"
    assert reading.fields.cause == Cause.SYSTEM


def test_a_toast_whose_end_was_read_apart_as_junk_is_read_again_whole(tmp_path: Path) -> None:
    """Fresh seed holdout 5454 #0: a toast over the rules, its prompt read as "请求超时,"
    and, apart, as junk and "请稍后再试"; the message stopped at its comma. The toast
    read alone gives the whole prompt, which starts with the part read."""
    image = Image.new("RGB", (1170, 2545), (246, 246, 248))
    draw = ImageDraw.Draw(image)
    draw.text((50, 1150), "2. 兑换成功后权益将在24小时内到账", font=_font(40), fill="black")
    draw.text((50, 1215), "3. 每个账号限兑换1次", font=_font(40), fill="black")
    draw.rounded_rectangle((184, 1200, 984, 1352), radius=30, fill=(40, 40, 44))
    draw.text((249, 1238), "请求超时，系统繁忙，请稍后再试", font=_font(44), fill="white")
    shot = Screenshot(Path("toast.png"), "5e" * 32, image, "PNG", 0, None)
    first = [
        OcrWord("请", Box(249, 1240, 40, 42), 93.0, 21, 1, 1),
        OcrWord("求", Box(313, 1240, 48, 42), 93.0, 21, 1, 1),
        OcrWord("超时", Box(361, 1236, 63, 64), 93.0, 21, 1, 1),
        OcrWord("，", Box(434, 1273, 5, 10), 84.0, 21, 1, 1),
        OcrWord("系", Box(475, 1241, 36, 40), 91.0, 22, 1, 1),
        OcrWord("、\\", Box(497, 1258, 16, 35), 28.0, 23, 1, 1),
        OcrWord("50", Box(520, 1262, 59, 20), 29.0, 23, 1, 1),
        OcrWord("和", Box(591, 1274, 11, 7), 48.0, 23, 1, 1),
        OcrWord("他", Box(616, 1240, 34, 42), 46.0, 24, 1, 1),
        OcrWord("，", Box(660, 1273, 4, 10), 0.0, 24, 1, 1),
        OcrWord("请", Box(708, 1240, 31, 42), 92.0, 24, 1, 1),
        OcrWord("稍", Box(760, 1240, 52, 42), 91.0, 24, 1, 1),
        OcrWord("后", Box(834, 1241, 22, 41), 96.0, 24, 1, 1),
        OcrWord("再", Box(856, 1236, 40, 64), 92.0, 24, 1, 1),
        OcrWord("试", Box(896, 1240, 24, 41), 53.0, 24, 1, 1),
    ]
    engine = _engine_reading_first(tmp_path, shot, first)
    message = read_page(engine, shot)[1].fields.error_message
    assert message is not None
    assert message.startswith("请求超时,系统") and message.endswith("请稍后再试")


def test_a_doubted_number_at_the_end_of_a_balance_labels_row_gets_a_second_look() -> None:
    def tails(value: str, conf: float) -> list[str]:
        words = [
            OcrWord("当前云贝", Box(53, 1961, 165, 60), 93.0, 1, 1, 1),
            OcrWord(value, Box(1005, 1964, 75, 34), conf, 2, 1, 1),
            OcrWord("兑换后剩余", Box(50, 2046, 206, 59), 95.0, 3, 1, 1),
            OcrWord("5297", Box(1006, 2048, 74, 34), 47.0, 4, 1, 1),
        ]
        return [t.text for t in doubtful_balance_tails(page_lines(OcrPage(W, H, False, words)))]

    assert tails("5847", 44.0) == ["5847"]  # the balance's row only, not the next row's
    assert tails("5847", 92.0) == []  # sure of it


def test_a_reading_with_a_glyph_it_could_not_tell_agrees_where_it_could() -> None:
    """ "2070" read at 35 under 我的云贝, read again as "2672»" at 57 and "26?2" at 75
    (fresh seed holdout2 70 #24): the second reading agrees but for its "?"."""
    (line,) = lines_with_confidence((("2070", 85, 624, 210, 106, 35.0),), W, H)
    assert better_number_reading(line, [[("2672»", 57.0)], [("26?2", 75.0), ("»", 61.0)]]) == (
        "2672"
    )
    # a "?" where the digits differ elsewhere is no agreement
    assert better_number_reading(line, [[("2672»", 57.0)], [("28?2", 75.0)]]) is None
    # nor is a lone unsure reading against a first reading surer than it
    (sure,) = lines_with_confidence((("2070", 85, 624, 210, 106, 70.0),), W, H)
    assert better_number_reading(sure, [[("2672»", 57.0)], [("26?2", 75.0)]]) is None


def test_a_sure_reading_of_a_part_of_the_number_is_not_taken() -> None:
    (line,) = lines_from((("当前云贝: 249J1", 37, 1626, 199, 42),), W, H)
    assert better_number_reading(line, [[("9", 95.0)]], first=": 249J1") is None
    assert better_number_reading(line, [[("24911", 90.0)]], first=": 249J1") == "24911"


def test_a_sure_reading_that_opens_with_zero_is_no_number() -> None:
    # "7099" read again: small as "099", larger as "7099", both at 96 (holdout2 37 #41)
    (line,) = lines_from((("着19.71", 851, 478, 148, 47),), W, H)
    assert better_number_reading(line, [[("099", 96.0)], [("7099", 96.0)]]) == "7099"
    assert better_number_reading(line, [[("099", 96.0)]]) is None


def test_a_sure_reading_that_holds_anothers_digits_and_more_is_taken() -> None:
    (line,) = lines_from((("当前云贝:", 60, 1567, 170, 38), ("6", 236, 1567, 51, 38)), W, H)
    # the small crop lost the narrow 1 and 4 of "146" (holdout2 6 #46)
    assert better_number_reading(line, [[("6", 96.0)], [("146", 95.0)]], first="6") == "146"
    # a grouped reading is whole: "33903" is its comma read as a 3 (holdout2 13 #17)
    readings = [[("3,903", 94.0)], [("33903", 81.0)]]
    assert better_number_reading(line, readings, first="3903", first_conf=40) == "3,903"


def test_a_bracket_glued_after_a_readings_digits_is_its_last_1() -> None:
    # a bold "4471" read again as "447]" twice (holdout2 23 #66)
    (line,) = lines_from((("447", 989, 1840, 80, 43),), W, H)
    assert better_number_reading(line, [[("447]", 78.0)], [("447]", 19.0)]]) == "4471"
    # a bracket of its own stays a mark
    assert better_number_reading(line, [[("447", 78.0), ("]", 60.0)]]) is None


def test_a_big_balance_whose_unit_reads_as_two_more_glyphs_is_agreed_on_without_them() -> None:
    """The first reading saw '295252云贝' (2552 and its unit, white on a red card); read
    again, the unit came out as 'a0' and '20'. Cut before their last two glyphs, the
    two readings agree on 2552."""

    def first(text: str) -> Line:
        # the first reading as it came, doubted (18)
        return page_lines(
            OcrPage(W, H, False, [OcrWord(text, Box(100, 529, 286, 74), 18.0, 1, 1, 1)])
        )[0]

    line = first("295252云贝")
    assert better_number_reading(line, [[("2552a0", 0.0)], [("255220", 39.0)]]) == "2552"
    # one whole, one with the unit as glyphs: "4 7名云贝" read again as "4,578." and "4,578=0"
    mixed = [[("4,578.", 52.0)], [("4,578", 89.0), ("=0", 22.0)]]
    assert (better_number_reading(first("4 7名云贝"), mixed) or "").replace(",", "") == "4578"
    # they must agree: no guess from one reading
    assert better_number_reading(line, [[("2552a0", 0.0)], [("255920", 39.0)]]) is None
    # without the unit in the first reading nothing is cut
    assert better_number_reading(first("295252"), [[("2552a0", 0.0)], [("255220", 39.0)]]) is None


def test_a_number_after_its_label_read_in_pieces_takes_the_sure_whole_reading() -> None:
    (line,) = lines_from((("当前云贝651 1", 56, 246, 389, 73),), W, H)
    # "651 1" parses as 651: a sure 6511 of the same digits is news
    assert better_number_reading(line, [[("6511", 95.0)]], first="651 1") == "6511"
    assert better_number_reading(line, [[("6511", 95.0)]], first="6511") is None
    # a whole line read again as its number alone would lose its label: left as it was
    (whole,) = lines_from((("我的云贝697", 62, 355, 321, 63),), W, H)
    assert better_number_reading(whole, [[("|", 73.0), ("697", 93.0)]]) is None
    # a number alone read again the same and sure: it vouches for it (a condensed "5847"
    # doubted at 44 no longer looks like a coin icon's phantom digit before "847")
    (row,) = lines_from((("5847", 1005, 1964, 75, 34),), W, H)
    assert better_number_reading(row, [[("5847", 95.0)]], first="5847", first_conf=44) == "5847"
    assert better_number_reading(row, [[("5847", 60.0)], [("5847", 62.0)]], first="5847") is None


def test_a_sure_second_reading_keeps_a_narrow_numbers_first_digit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A condensed italic "163" in a box only 1.4 heights wide looks like a coin icon read
    as a digit before "63"; the rule that drops such a digit must not overrule a second
    look sure of all three digits (a doubted '.' after them does not make it unsure)."""
    shot = _card_screenshot()
    engine = _engine_reading_first(
        tmp_path,
        shot,
        [
            OcrWord("云贝余额", Box(74, 336, 164, 59), 91.0, 1, 1, 1),
            OcrWord("人向、", Box(76, 442, 225, 163), 14.0, 2, 1, 1),
            *_SMALL_TEXT,
        ],
    )
    # the two readings tesseract gave for such a number on a generated screenshot
    readings = [[("163.", 49.0)], [("163", 83.0), (".", 55.0)]]
    monkeypatch.setattr(engine, "read_lines", lambda image, boxes, sha256=None: [readings])
    assert read_page(engine, shot)[1].fields.balance == 163


def _toast_over_picture() -> Screenshot:
    """An item page whose picture (a mid-dark blue card) has a dark toast over it."""
    image = Image.new("RGB", (W, H), (246, 246, 246))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 240, 1040, 900), radius=24, fill=(80, 110, 190))
    draw.rounded_rectangle((200, 700, 880, 800), radius=20, fill=(35, 38, 52))
    font = ImageFont.truetype(FONT_PATH, 40)
    draw.text((240, 728), "本商品仅限新用户兑换", font=font, fill="white")
    draw.text((60, 960), "690云贝", font=ImageFont.truetype(FONT_PATH, 56), fill=(230, 60, 60))
    draw.text((60, 1060), "5元手机话费券", font=font, fill=(20, 20, 20))
    return Screenshot(Path("toast.png"), "ef" * 32, image, "PNG", 0, None)


def test_a_toast_over_a_picture_that_the_page_reading_missed_is_read_on_its_own(
    tmp_path: Path,
) -> None:
    shot = _toast_over_picture()
    grey = shot.image.convert("L")
    # the toast grows into the picture under it: no dark patch to prepare the page with,
    # but a place to look again
    assert not any(b.y <= 720 <= b.bottom for b in dark_patch_boxes(grey))
    assert any(b.y <= 750 <= b.bottom and b.x < 300 for b in toast_boxes(grey))
    engine = OcrEngine(cache_dir=tmp_path)
    # the first reading as Tesseract gave it on a real screenshot of this kind: the page
    # read, the toast over the picture not at all
    first = OcrPage(
        W,
        H,
        False,
        [
            OcrWord("690云贝", Box(60, 965, 190, 56), 92.0, 1, 1, 1),
            OcrWord("5元手机话费券", Box(60, 1065, 270, 42), 93.0, 2, 1, 1),
        ],
    )
    engine.cache.put(shot.sha256, engine.key, first)
    _, reading = read_page(engine, shot)
    assert reading.kind == Kind.FAILURE
    assert reading.fields.error_message is not None
    assert "仅限新用户" in reading.fields.error_message
    assert reading.fields.cause == Cause.ELIGIBILITY
    assert reading.fields.product == "5元手机话费券"  # the rest of the page is kept


def test_a_toasts_own_reading_joins_no_page_text_beside_it() -> None:
    # holdout2 45 #10: a toast over a rules card, read again on its own; the card's
    # "每个账" (of 每个账号限兑1次) on the toast's baseline, left of it, stayed from the
    # page's reading and ran into the prompt, which then read as a rule
    toast = REGION_BLOCK + 1
    words = [
        OcrWord("每个账", Box(125, 1949, 230, 70), 93.0, 5, 1, 1),
        OcrWord("今日兑换名额已满", Box(371, 1949, 430, 73), 90.0, toast, 1, 1),
        OcrWord("，明天再来吧", Box(446, 2028, 299, 51), 92.0, toast, 1, 2),
        OcrWord("440云贝", Box(60, 900, 300, 80), 93.0, 2, 1, 1),
        OcrWord("黑胶VIP月卡", Box(60, 1000, 300, 60), 93.0, 3, 1, 1),
    ]
    page = OcrPage(1170, 2532, False, words)
    assert "今日兑换名额已满" in [ln.text for ln in page.lines()]
    reading = understand(page)
    assert reading.kind == Kind.FAILURE and reading.fields.cause == Cause.STOCK
    assert (reading.fields.error_message or "").startswith("今日兑换名额已满")


def test_a_toast_that_is_no_failure_prompt_changes_nothing(tmp_path: Path) -> None:
    shot = _toast_over_picture()
    draw = ImageDraw.Draw(shot.image)
    draw.rounded_rectangle((200, 700, 880, 800), radius=20, fill=(35, 38, 52))
    draw.text((240, 728), "已加入收藏", font=ImageFont.truetype(FONT_PATH, 40), fill="white")
    engine = OcrEngine(cache_dir=tmp_path)
    first = OcrPage(W, H, False, [OcrWord("5元手机话费券", Box(60, 1065, 270, 42), 93.0, 2, 1, 1)])
    engine.cache.put(shot.sha256, engine.key, first)
    page, reading = read_page(engine, shot)
    assert reading.fields.error_message is None
    assert [w.text for w in page.words] == ["5元手机话费券"]


def _toast_over_a_card() -> Screenshot:
    """An item page with a two-line dark toast over a white card of the page."""
    image = Image.new("RGB", (W, H), (240, 240, 244))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((34, 820, 1046, 1110), radius=24, fill="white")
    font = ImageFont.truetype(FONT_PATH, 44)
    draw.text((78, 867), "云音乐周边马克杯", font=font, fill=(30, 30, 30))
    draw.text((78, 960), "2600 云贝", font=font, fill=(230, 60, 60))
    draw.rounded_rectangle((157, 1070, 923, 1272), radius=20, fill=(38, 38, 40))
    small = ImageFont.truetype(FONT_PATH, 38)
    draw.text((212, 1110), "本次兑换需额外支付手续费，云贝数", font=small, fill="white")
    draw.text((481, 1172), "量不足", font=small, fill="white")
    return Screenshot(Path("toast-card.png"), "7c" * 32, image, "PNG", 0, None)


def test_a_prompt_read_from_part_of_its_toast_is_read_again_from_the_whole_toast(
    tmp_path: Path,
) -> None:
    """The toast's first line went into the page's text under it (junk Tesseract doubts,
    a fresh set): only its second line, "量不足", read as the prompt. Read alone, the
    toast gives the whole prompt."""
    shot = _toast_over_a_card()
    engine = _engine_reading_first(
        tmp_path,
        shot,
        [
            OcrWord("云音乐周边马克杯", Box(78, 867, 443, 50), 92.0, 1, 1, 1),
            OcrWord("2600", Box(78, 960, 110, 48), 92.0, 2, 1, 1),
            OcrWord("云贝", Box(210, 960, 90, 48), 90.0, 2, 1, 1),
            OcrWord("人", Box(176, 1050, 471, 98), 0.0, 3, 1, 1),
            OcrWord("支费,云贝数", Box(636, 1105, 233, 52), 42.0, 4, 1, 1),
            OcrWord("量不足", Box(481, 1172, 118, 37), 87.0, 5, 1, 1),
        ],
    )
    _, reading = read_page(engine, shot)
    assert reading.kind == Kind.FAILURE
    assert reading.fields.error_message is not None
    assert "额外支付手续费" in reading.fields.error_message
    assert reading.fields.error_message.endswith("量不足")
    assert reading.fields.cause == Cause.ELIGIBILITY
    assert reading.fields.cost == 2600  # the rest of the first reading stands


def test_a_prompt_read_whole_stays_when_its_toast_holds_a_stray_line(tmp_path: Path) -> None:
    """A junk line inside the toast beside a prompt read whole: the toast's own reading
    says no more, and the first reading stands as it was."""
    shot = _toast_over_a_card()
    first = [
        OcrWord("云音乐周边马克杯", Box(78, 867, 443, 50), 92.0, 1, 1, 1),
        OcrWord("人", Box(170, 1230, 60, 30), 0.0, 3, 1, 1),
        OcrWord("本次兑换需额外支付手续费，云贝数", Box(212, 1110, 660, 44), 91.0, 4, 1, 1),
        OcrWord("量不足", Box(481, 1172, 118, 37), 90.0, 4, 1, 2),
    ]
    engine = _engine_reading_first(tmp_path, shot, first)
    page, reading = read_page(engine, shot)
    assert reading.fields.error_message == "本次兑换需额外支付手续费,云贝数量不足"
    assert [w.text for w in page.words] == [w.text for w in first]


def _dialog_over_dimmed_page(dark: bool) -> Screenshot:
    """An item page dimmed behind a failure dialog (light or dark theme)."""
    page, card, ink = (
        ((16, 16, 18), (44, 44, 46), (235, 235, 235))
        if dark
        else (
            (128, 128, 130),
            (255, 255, 255),
            (40, 40, 40),
        )
    )
    image = Image.new("RGB", (W, H), page)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((120, 900, 960, 1380), radius=28, fill=card)
    draw.text((420, 950), "兑换失败", font=ImageFont.truetype(FONT_PATH, 52), fill=ink)
    font = ImageFont.truetype(FONT_PATH, 38)
    draw.text((180, 1080), "当前账号状态异常，请完成安全", font=font, fill=ink)
    draw.text((180, 1135), "验证后再试", font=font, fill=ink)
    draw.text((700, 1280), "重试", font=font, fill=(230, 60, 60))
    return Screenshot(Path("dialog.png"), ("aa" if dark else "bb") * 32, image, "PNG", 0, None)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_dialog_that_the_page_reading_missed_is_read_on_its_own(
    tmp_path: Path, dark: bool
) -> None:
    shot = _dialog_over_dimmed_page(dark)
    engine = OcrEngine(cache_dir=tmp_path)
    # the first reading as Tesseract gave it on a real screenshot of this kind: the
    # page's button read, the dialog not at all
    first = OcrPage(W, H, False, [OcrWord("立即兑换", Box(700, 2200, 200, 50), 90.0, 1, 1, 1)])
    engine.cache.put(shot.sha256, engine.key, first)
    _, reading = read_page(engine, shot)
    assert reading.kind == Kind.FAILURE
    assert reading.fields.cause == Cause.ACCOUNT
    assert reading.fields.error_message is not None
    assert "账号状态异常" in reading.fields.error_message


def test_a_dialogs_words_its_own_reading_has_nothing_over_stay(tmp_path: Path) -> None:
    """Read as one block, a dialog loses row values at its right edge now and then (a
    "300" across from 所需云贝): what the first reading had where the second reads
    nothing is kept. (The test dialog has no ink there, so its reading cannot have it.)"""
    shot = _dialog_over_dimmed_page(dark=False)
    engine = _engine_reading_first(
        tmp_path,
        shot,
        [
            OcrWord("所需云贝", Box(180, 1205, 160, 40), 92.0, 1, 1, 1),
            OcrWord("690", Box(840, 1205, 70, 40), 88.0, 2, 1, 1),
            OcrWord("立即兑换", Box(700, 2200, 200, 50), 90.0, 3, 1, 1),
        ],
    )
    page, reading = read_page(engine, shot)
    assert reading.fields.error_message is not None  # the dialog was read again
    assert "账号状态异常" in reading.fields.error_message
    assert any(w.text == "690" for w in page.words)
    assert reading.fields.cost == 690


def test_a_page_without_a_dialog_has_no_dialog_box() -> None:
    image = Image.new("L", (W, H), 244)
    draw = ImageDraw.Draw(image)
    for top in (300, 800, 1300):  # white cards on a light grey page: not dimmed
        draw.rounded_rectangle((40, top, 1040, top + 400), radius=24, fill=255)
    assert dialog_boxes(image) == []
    draw.rectangle((0, 0, W, H), fill=128)  # the page dimmed, one card left bright
    draw.rounded_rectangle((120, 900, 960, 1380), radius=28, fill=255)
    (box,) = dialog_boxes(image)
    assert box.x <= 130 and box.right >= 950 and box.y <= 910 and box.bottom >= 1370


def test_a_dark_themes_toast_lighter_than_the_page_is_a_panel_though_its_text_fills_it() -> None:
    """A grey toast over a dark theme's card (fresh holdout 4444): its text, big and on
    two lines, and its rounded corners cover more than a quarter of it."""
    w, h = 750, 1619
    image = Image.new("L", (w, h), 18)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 630, w, 880), fill=28)  # the rules card under it
    draw.rounded_rectangle((108, 718, 642, 900), radius=24, fill=66)
    font = ImageFont.truetype(FONT_PATH, 38)
    draw.text((130, 760), "本次兑换需额外支付手续费，", font=font, fill=250)
    draw.text((148, 820), "云贝数量不足，请稍后重试", font=font, fill=250)
    (box,) = dialog_boxes(image)
    assert box.x <= 112 and box.right >= 636 and box.y <= 722 and box.bottom >= 890


def test_a_dark_themes_toast_over_a_bright_picture_is_read_on_its_own(tmp_path: Path) -> None:
    # a dark page; the item's picture a bright card, the toast a dark pill over it
    image = Image.new("RGB", (W, H), (18, 18, 20))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 240, 1040, 900), radius=24, fill=(120, 200, 170))
    draw.rounded_rectangle((200, 700, 880, 800), radius=48, fill=(40, 44, 48))
    font = ImageFont.truetype(FONT_PATH, 40)
    draw.text((260, 728), "商品已兑完，下次早点来哦", font=font, fill="white")
    draw.text((60, 1060), "黑胶VIP季卡", font=font, fill=(235, 235, 235))
    shot = Screenshot(Path("dark-toast.png"), "dd" * 32, image, "PNG", 0, None)
    engine = OcrEngine(cache_dir=tmp_path)
    # the page read (white text on the dark page comes out of the inverted page), the
    # toast over the picture not at all
    first = OcrPage(W, H, True, [OcrWord("黑胶VIP季卡", Box(60, 1065, 230, 42), 93.0, 1, 1, 1)])
    engine.cache.put(shot.sha256, engine.key, first)
    _, reading = read_page(engine, shot)
    assert reading.kind == Kind.FAILURE
    assert reading.fields.cause == Cause.STOCK
    assert reading.fields.error_message is not None
    assert "已兑完" in reading.fields.error_message


def _read_after(tmp_path: Path, image: Image.Image, first: list[OcrWord]) -> Reading:
    """Read an item page whose first reading (cached, so no OCR) was `first`: only the
    second looks run the real tesseract."""
    shot = Screenshot(
        Path("item.png"), hashlib.sha256(image.tobytes()).hexdigest(), image, "PNG", 0, None
    )
    return _read_with_english(_engine_reading_first(tmp_path, shot, first), shot)


def test_a_big_price_spoiled_by_the_items_picture_beside_it_is_read_again(
    tmp_path: Path,
) -> None:
    # an item page: a record-like picture at the left, the name and a big red price right
    # of it; Tesseract read the price line together with the picture's edge
    image = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 200, 300, 460), radius=16, fill=(150, 200, 140))
    draw.ellipse((70, 230, 270, 430), fill=(20, 20, 22))
    draw.text((340, 230), "黑胶VIP年卡", font=ImageFont.truetype(FONT_PATH, 48), fill=(20, 20, 20))
    draw.text((340, 330), "4500", font=ImageFont.truetype(FONT_PATH, 80), fill=(220, 50, 50))
    draw.text((560, 360), "云贝", font=ImageFont.truetype(FONT_PATH, 40), fill=(220, 50, 50))
    first = [
        OcrWord("商品详情", Box(440, 100, 200, 50), 95.0, 1, 1, 1),
        OcrWord("黑胶VIP年卡", Box(340, 236, 280, 52), 92.0, 2, 1, 1),
        OcrWord("隐5oo", Box(280, 335, 250, 90), 0.0, 3, 1, 1),
        OcrWord("sx", Box(560, 362, 80, 45), 52.0, 3, 1, 1),
        OcrWord("立即兑换", Box(700, 2200, 200, 50), 93.0, 4, 1, 1),
    ]
    reading = _read_after(tmp_path, image, first)
    assert reading.fields.product == "黑胶VIP年卡"
    assert reading.fields.cost == 4500


def test_a_price_whose_first_digits_went_into_the_items_picture_is_read_again_whole(
    tmp_path: Path,
) -> None:
    """ "2600 云贝" right of the item's picture, read sure of itself as "600云贝": the
    picture's block (as tall as the card) took the "2" (fresh seed holdout 2929 lost
    "26" so)."""
    image = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((56, 371, 350, 665), radius=24, fill=(250, 150, 120))
    draw.ellipse((100, 420, 300, 620), fill=(30, 30, 30))
    orange = (230, 120, 20)
    name_font = ImageFont.truetype(FONT_PATH, 64)
    draw.text((400, 390), "云音乐周边马克杯", font=name_font, fill="#282828")
    draw.text((400, 490), "2600", font=ImageFont.truetype(FONT_PATH, 88), fill=orange)
    draw.text((630, 530), "云贝", font=ImageFont.truetype(FONT_PATH, 44), fill=orange)
    grey = image.convert("L")
    # the price's ink runs on left of the box read to its first digit, not to the picture
    assert 395 <= ink_reaching_left(grey, Box(509, 504, 218, 74)) <= 410
    # where the box starts after a blank gap, nothing is added
    assert ink_reaching_left(grey, Box(400, 504, 327, 74)) == 400
    first = [
        OcrWord("云贝商城", Box(440, 100, 200, 50), 95.0, 1, 1, 1),
        OcrWord("音乐周边马克杯", Box(457, 386, 418, 90), 93.0, 2, 1, 1),
        OcrWord("人", Box(56, 371, 396, 295), 53.0, 3, 1, 1),
        OcrWord("600云贝", Box(452, 504, 275, 74), 92.0, 4, 1, 1),
        OcrWord("马上兑换", Box(1049, 2846, 227, 82), 93.0, 5, 1, 1),
    ]
    assert _read_after(tmp_path, image, first).fields.cost == 2600


def _order_card(price: str, name: str = "外卖满30减8代金券", quantity: bool = False) -> Image.Image:
    """An order's item card: the item's picture at the left, its name and, lower down,
    a bold price with a small unit right of the picture (and the quantity at the card's
    right end)."""
    image = Image.new("RGB", (W, H), (248, 246, 242))
    draw = ImageDraw.Draw(image)
    draw.text((40, 240), "交易关闭", font=ImageFont.truetype(FONT_PATH, 56), fill="#202020")
    draw.text(
        (40, 320),
        "原因：当前兑换人数较多，请稍后重试",
        font=ImageFont.truetype(FONT_PATH, 40),
        fill="#202020",
    )
    draw.rounded_rectangle((36, 440, 1044, 760), radius=30, fill="white")
    draw.rounded_rectangle((78, 482, 306, 710), radius=26, fill=(240, 170, 80))
    draw.rounded_rectangle((112, 550, 272, 640), radius=12, outline="white", width=8)
    draw.text((342, 495), name, font=ImageFont.truetype(FONT_PATH, 46), fill="#202020")
    draw.text((342, 645), price, font=ImageFont.truetype(FONT_PATH, 52), fill="#202020")
    draw.text((460, 665), "云贝", font=ImageFont.truetype(FONT_PATH, 28), fill="#202020")
    if quantity:
        draw.text((960, 660), "x1", font=ImageFont.truetype(FONT_PATH, 36), fill="#909090")
    return image


def test_a_small_balance_at_the_far_end_of_a_damaged_label_row_is_read_again(
    tmp_path: Path,
) -> None:
    """剩余云贝 read "全利余二" on its row, the lone "3" right-aligned at the row's end not
    read at all; the page's title "< 云贝" above reads like a wallet row too (a seen set).
    The look reads the labelled row's right end, out to the screen's edge."""
    image = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(image)
    draw.text((140, 115), "云贝", font=ImageFont.truetype(FONT_PATH, 56), fill="#202020")
    draw.ellipse((48, 320, 136, 408), fill=(245, 190, 60))
    draw.text((165, 335), "剩余云贝", font=ImageFont.truetype(FONT_PATH, 56), fill="#202020")
    draw.text((990, 320), "3", font=ImageFont.truetype(FONT_PATH, 80), fill="#202020")
    first = [
        *one_line([("《", 40, 125, 40, 60, 22.0), (",云贝", 90, 120, 130, 63, 38.0)], 1),
        *one_line([("全", 50, 330, 80, 77, 37.0), ("利余二", 165, 335, 230, 64, 40.0)], 2),
        OcrWord("云贝明细", Box(60, 700, 170, 60), 92.0, 3, 1, 1),
        OcrWord("兑换记录", Box(60, 850, 170, 60), 92.0, 4, 1, 1),
    ]
    assert _read_after(tmp_path, image, first).fields.balance == 3


def test_a_price_read_in_doubted_pieces_before_its_unit_is_read_again(tmp_path: Path) -> None:
    """ "11 00云贝" for 13,700 云贝 over the item's name (fresh holdout2 61): the "00" before
    the unit is passed over as no price, and the cost found by its place, "11", read at
    0, is no sure price: read again, the grouped number stands."""
    image = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(image)
    red = (215, 20, 40)
    draw.text((50, 1100), "13,700", font=ImageFont.truetype(FONT_PATH, 88), fill=red)
    draw.text((340, 1140), "云贝", font=ImageFont.truetype(FONT_PATH, 44), fill=red)
    draw.text((50, 1240), "降噪蓝牙耳机", font=ImageFont.truetype(FONT_PATH, 60), fill="#202020")
    first = [
        OcrWord("商品详情", Box(439, 144, 203, 51), 96.0, 1, 1, 1),
        *one_line(
            [
                ("11", 50, 1116, 60, 87, 0.0),
                ("00云贝", 120, 1125, 270, 70, 91.0),
            ],
            2,
        ),
        OcrWord("降噪蓝牙耳机", Box(50, 1245, 360, 62), 92.0, 3, 1, 1),
        OcrWord("立即兑换", Box(711, 1654, 192, 71), 96.0, 4, 1, 1),
    ]
    lines = page_lines(OcrPage(W, H, False, first))
    assert cost_doubted(lines, W, H, "降噪蓝牙耳机")
    assert _read_after(tmp_path, image, first).fields.cost == 13700
    # a grouped number read surely overrules a doubted price it has nothing in common with
    price_line = next(ln for ln in lines if ln.text.startswith("11"))
    assert _takes_price("13,700", 11, price_line, 93.0)
    # ungrouped, it may be the price and its unit read as digits ("16020" for 160)
    assert not _takes_price("13700", 11, price_line, 93.0)
    assert _takes_price("120", 20, price_line, 93.0)  # a lost first digit given back
    assert not _takes_price("1,100", 1100, price_line, 93.0)  # no news


def test_a_price_read_into_the_items_picture_word_is_read_again_without_it(
    tmp_path: Path,
) -> None:
    """The item's picture read as the first word of the price's line ("EL" as tall as the
    picture, the price after it read as ":ro"; fresh holdout2 50): the price is read again
    from where the picture's word ends."""
    first = [
        OcrWord("订单详情", Box(440, 120, 200, 60), 95.0, 1, 1, 1),
        OcrWord("交易关闭", Box(40, 240, 240, 60), 96.0, 4, 1, 1),
        OcrWord("原因:当前兑换人数较多,请稍后重试", Box(40, 320, 700, 44), 92.0, 4, 1, 2),
        OcrWord("外卖满30减8代金券", Box(342, 497, 400, 48), 92.0, 2, 1, 1),
        OcrWord("EL", Box(78, 600, 240, 110), 14.0, 3, 1, 1),
        OcrWord(":ro", Box(345, 648, 150, 52), 11.0, 3, 1, 1),
    ]
    lines = page_lines(OcrPage(W, H, False, first))
    (price,) = doubtful_prices(lines, "外卖满30减8代金券")
    assert price[1].x >= 340  # from the price on, not from the picture
    assert _read_after(tmp_path, _order_card("370"), first).fields.cost == 370


def test_a_price_after_the_pictures_word_read_again_alike_stands_without_that_word(
    tmp_path: Path,
) -> None:
    """ "民600去": the picture read as a narrow glyph far left of the price (a seen set).
    Read again the price is 600 as before; the line now opens with it."""
    first = [
        OcrWord("订单详情", Box(440, 120, 200, 60), 95.0, 1, 1, 1),
        OcrWord("交易关闭", Box(40, 240, 240, 60), 96.0, 4, 1, 1),
        OcrWord("原因:当前兑换人数较多,请稍后重试", Box(40, 320, 700, 44), 92.0, 4, 1, 2),
        OcrWord("外卖满30减8代金券", Box(342, 497, 400, 48), 92.0, 2, 1, 1),
        OcrWord("民", Box(78, 560, 61, 150), 0.0, 3, 1, 1),
        OcrWord("600", Box(342, 648, 100, 52), 91.0, 3, 1, 1),
        OcrWord("去", Box(460, 665, 40, 30), 59.0, 3, 1, 1),
    ]
    assert _read_after(tmp_path, _order_card("600"), first).fields.cost == 600


def test_a_tall_first_digit_close_before_the_rest_is_no_picture() -> None:
    """ "1 700 = ic": the 1 of 1,700 read tall and doubted right before 700 (a seen set)
    is the price's own digit, not the item's picture."""
    (line,) = page_lines(
        OcrPage(
            W,
            H,
            False,
            [
                OcrWord("1", Box(51, 1231, 43, 106), 0.0, 1, 1, 1),
                OcrWord("700", Box(103, 1230, 134, 88), 0.0, 1, 1, 1),
                OcrWord("=", Box(251, 1268, 104, 49), 9.0, 1, 1, 1),
                OcrWord("ic", Box(390, 1269, 170, 46), 0.0, 1, 1, 1),
            ],
        )
    )
    assert price_part(line) is None


def test_a_price_read_as_the_tall_word_before_a_few_marks_keeps_its_line() -> None:
    """A price read into one tall doubted word with the picture's edge ("1.090sn" then
    "，。"): the marks after it are no price; the line is looked at from its start."""
    lines = page_lines(
        OcrPage(
            775,
            1378,
            False,
            [
                OcrWord("1.090sn", Box(41, 746, 211, 104), 0.0, 1, 1, 1),
                OcrWord("，。", Box(278, 818, 50, 21), 0.0, 1, 1, 1),
                OcrWord("10元话费充值券", Box(32, 876, 275, 58), 90.0, 2, 1, 1),
            ],
        )
    )
    ((line, box),) = doubtful_prices(lines, "10元话费充值券")
    assert line.text.startswith("1.090") and box.x == 41


def test_an_items_name_read_with_doubted_glyphs_is_read_again_on_its_own(
    tmp_path: Path,
) -> None:
    """ "铺声书畅听月上" for 有声书畅听月卡: the name's first glyph run into the picture
    beside it, its last misread (fresh holdout2 50). Read alone, it comes out whole; the
    prompt, doubted too and read again as well, keeps its own words."""
    image = Image.new("RGB", (W, H), (248, 246, 242))
    draw = ImageDraw.Draw(image)
    draw.text((60, 240), "兑换异常", font=ImageFont.truetype(FONT_PATH, 60), fill="#202020")
    reason = "来晚啦，该商品已被抢光"
    draw.text((60, 330), reason, font=ImageFont.truetype(FONT_PATH, 42), fill="#202020")
    draw.rounded_rectangle((36, 440, 1044, 760), radius=30, fill="white")
    draw.rounded_rectangle((78, 482, 306, 710), radius=26, fill=(240, 170, 80))
    draw.text((342, 495), "有声书畅听月卡", font=ImageFont.truetype(FONT_PATH, 52), fill="#202020")
    draw.text((342, 645), "730", font=ImageFont.truetype(FONT_PATH, 52), fill="#202020")
    draw.text((450, 665), "云贝", font=ImageFont.truetype(FONT_PATH, 28), fill="#202020")
    first = [
        OcrWord("兑换异常", Box(60, 240, 240, 62), 95.0, 1, 1, 1),
        OcrWord("来晚啦,该商品", Box(60, 330, 280, 46), 91.0, 2, 1, 1),
        OcrWord("已被抢光", Box(340, 330, 170, 46), 41.0, 2, 1, 1),
        OcrWord("铺", Box(300, 495, 95, 56), 0.0, 3, 1, 1),
        OcrWord("声书畅听月", Box(395, 495, 262, 56), 90.0, 3, 1, 1),
        OcrWord("上", Box(657, 495, 52, 56), 49.0, 3, 1, 1),
        OcrWord("730", Box(342, 648, 100, 52), 92.0, 4, 1, 1),
        OcrWord("云贝", Box(450, 665, 60, 30), 90.0, 4, 1, 1),
    ]
    reading = _read_after(tmp_path, image, first)
    assert reading.fields.product == "有声书畅听月卡"
    assert reading.fields.error_message == "来晚啦,该商品已被抢光"
    assert reading.fields.cost == 730


def test_a_name_read_again_with_more_glyphs_read_surely_is_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fresh holdout2 80 #9: "黑胶VIP月卡" run into the picture, read "全 sxv P 月 卡".
    Read alone, the picture still reads as doubted glyphs ("| 痢") and the average is
    barely surer, but twice as many glyphs are sure: the name is taken. The readings
    are what Tesseract gave on that screenshot; this tests how they are weighed."""
    image = Image.new("RGB", (1242, 2688), "white")
    first = [
        OcrWord("竞", Box(47, 309, 194, 63), 26.0, 1, 1, 1),
        OcrWord("痪", Box(117, 305, 47, 92), 0.0, 1, 1, 1),
        OcrWord("异常", Box(163, 309, 78, 63), 83.0, 1, 1, 1),
        OcrWord("您的账号存在安全风险,已暂停兑换", Box(51, 394, 620, 55), 93.0, 2, 1, 1),
        OcrWord("全", Box(36, 498, 185, 107), 22.0, 3, 1, 1),
        OcrWord("sxv", Box(358, 552, 109, 40), 19.0, 3, 1, 1),
        OcrWord("P", Box(477, 554, 58, 39), 91.0, 3, 1, 1),
        OcrWord("月", Box(513, 545, 46, 65), 91.0, 3, 1, 1),
        OcrWord("卡", Box(548, 551, 40, 42), 92.0, 3, 1, 1),
        OcrWord("230", Box(344, 721, 81, 36), 90.0, 4, 1, 1),
        OcrWord("去", Box(438, 736, 48, 22), 19.0, 4, 1, 1),
        OcrWord("X1", Box(1122, 728, 33, 28), 67.0, 5, 1, 1),
    ]
    again = [
        ("|", Box(28, 500, 28, 118), 57.0),
        ("痢", Box(274, 543, 32, 75), 0.0),
        ("黑", Box(345, 553, 58, 39), 88.0),
        ("胶", Box(406, 552, 24, 40), 85.0),
        ("VIP", Box(442, 556, 58, 33), 96.0),
        ("月", Box(515, 554, 20, 39), 93.0),
        ("卡", Box(560, 551, 28, 42), 87.0),
    ]

    def read_regions(
        self: OcrEngine, img: Image.Image, boxes: list[Box], sha: str | None = None
    ) -> list[list[list[OcrWord]]]:
        # the name's line read again; any other region, nothing new
        return [
            [[OcrWord(t, b, c, 9, 1, 1) for t, b, c in again]] if box.y == 498 else [[]]
            for box in boxes
        ]

    monkeypatch.setattr(OcrEngine, "read_regions", read_regions)
    monkeypatch.setattr(OcrEngine, "read_lines", lambda self, img, boxes, sha=None: [])
    reading = _read_after(tmp_path, image, first)
    assert reading.fields.product == "黑胶VIP月卡"


def test_a_name_doubted_in_its_last_glyph_alone_gets_no_second_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "云村定制帆布袋" with its 袋 read right at 0: a name doubted in one Han glyph after
    sure ones costs no second tesseract run (the speed benchmark's failure page)."""
    image = Image.new("RGB", (W, H), "white")
    first = [
        OcrWord("立即兑换", Box(450, 2145, 583, 91), 90.0, 1, 1, 1),
        OcrWord("云村定制帆布", Box(50, 630, 300, 61), 93.0, 2, 1, 1),
        OcrWord("袋", Box(352, 630, 60, 61), 0.0, 2, 1, 1),
        OcrWord("2,600云贝", Box(51, 727, 253, 79), 92.0, 3, 1, 1),
    ]

    regions: list[object] = []
    monkeypatch.setattr(OcrEngine, "read_regions", lambda *args: regions.append(args) or [[]])
    reading = _read_after(tmp_path, image, first)
    assert reading.fields.product == "云村定制帆布袋"
    assert regions == []


def test_a_price_agreed_on_but_for_its_unit_read_as_digits() -> None:
    (line,) = lines_from((("隐5oo sx", 207, 229, 193, 74),), W, H)
    readings = [[("|", 30.0), ("450020", 33.0)], [("4500", 56.0), ("=n", 72.0)]]
    assert better_number_reading(line, readings) is None  # a balance's look: not agreed
    assert better_number_reading(line, readings, unit_after=True) == "4500"
    other = [[("3800", 40.0)], [("4500", 56.0)]]
    assert better_number_reading(line, other, unit_after=True) is None


def test_a_sure_price_with_its_unit_read_as_digits_gives_way_to_the_unit_as_letters() -> None:
    """ "020云贝1" read again as "52020" at 77 and as "520" "zn" (a seen set): the
    second reading ends the number where its unit starts. A reading without such an
    end, or whose extra digits are no misread 云, changes nothing."""
    (line,) = lines_from((("020云贝1", 62, 1457, 335, 104),), W, H)
    readings = [[("52020", 77.0)], [("520", 84.0), ("zn", 55.0)]]
    assert better_number_reading(line, readings, unit_after=True) == "520"
    assert better_number_reading(line, [[("52020", 77.0)]], unit_after=True) == "52020"
    other = [[("52080", 77.0)], [("520", 84.0), ("zn", 55.0)]]
    assert better_number_reading(line, other, unit_after=True) == "52080"


def test_a_misread_number_on_a_wallet_rows_right_gets_a_second_look() -> None:
    words = [
        OcrWord("四云贝", Box(57, 224, 119, 48), 49.0, 1, 1, 1),  # coin icon + 云贝
        OcrWord("9%388", Box(592, 231, 86, 37), 36.0, 2, 1, 1),
        OcrWord("账户余额", Box(120, 345, 115, 29), 94.0, 3, 1, 1),
    ]
    tails = doubtful_balance_tails(page_lines(OcrPage(W, H, False, words)))
    assert [t.text for t in tails] == ["9%388"]
    # 所需云贝 with 所 lost is a price's label, not a wallet row
    words[0] = OcrWord("需云贝", Box(57, 224, 119, 48), 92.0, 1, 1, 1)
    assert doubtful_balance_tails(page_lines(OcrPage(W, H, False, words))) == []


def test_a_second_look_that_goes_wrong_keeps_the_first_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in a second look must not cost the screenshot its first reading."""
    import yunbei_gui.core.fields as fields_module

    shot = _card_screenshot()
    engine = _engine_with_first_reading(tmp_path, shot, "2552", 40.0, reads_again=False)

    def broken(*args: object) -> None:
        raise ValueError("substring not found")

    monkeypatch.setattr(fields_module, "doubtful_balance_tails", broken)
    monkeypatch.setattr(fields_module, "failure_score", broken)
    assert read_page(engine, shot)[1].fields.balance == 2552


def test_a_prompt_line_read_as_doubted_glyphs_is_read_again_on_its_own(tmp_path: Path) -> None:
    """Red text on a dark sheet (the sheet's error line): the page reading saw a line
    there but made one doubted glyph of it. Read alone, the prompt comes out."""
    image = Image.new("RGB", (W, H), (14, 14, 16))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 1500, W, H), radius=36, fill=(36, 36, 40))
    font = ImageFont.truetype(FONT_PATH, 36)
    draw.text((60, 1600), "所需云贝", font=font, fill=(200, 200, 200))
    draw.text((900, 1600), "1,230", font=font, fill=(200, 200, 200))
    draw.text((230, 1800), "网络开小差了，请稍后再试", font=font, fill=(230, 60, 60))
    shot = Screenshot(Path("sheet.png"), "5e" * 32, image, "PNG", 0, None)
    engine = _engine_reading_first(
        tmp_path,
        shot,
        [
            OcrWord("所需云贝", Box(60, 1600, 150, 38), 92.0, 1, 1, 1),
            OcrWord("1,230", Box(900, 1602, 95, 36), 86.0, 2, 1, 1),
            OcrWord("人", Box(225, 1790, 440, 60), 0.0, 3, 1, 1),
        ],
        inverted=True,
    )
    _, reading = read_page(engine, shot)
    assert reading.kind == Kind.FAILURE
    assert reading.fields.error_message is not None
    assert "网络开小差" in reading.fields.error_message
    assert reading.fields.cause == Cause.SYSTEM
    assert reading.fields.cost == 1230  # the rest of the first reading stands


def test_a_huge_balance_broken_into_glyph_like_pieces_is_read_again_whole(
    tmp_path: Path,
) -> None:
    """A huge bold 3,897 on a red card came out as doubted pieces ("个作", "人", "加要")
    under its label, nothing of it a digit: the pieces are read again as one line."""
    image = Image.new("RGB", (W, H), (244, 244, 246))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, W, 780), fill=(236, 80, 70))
    draw.text((80, 340), "当前云贝", font=ImageFont.truetype(FONT_PATH, 40), fill="white")
    # the number's ink spans about x 70-390, y 455-570
    draw.text((70, 430), "3,897", font=ImageFont.truetype(FONT_PATH, 130), fill="white")
    draw.text((420, 520), "个", font=ImageFont.truetype(FONT_PATH, 50), fill="white")
    shot = Screenshot(Path("huge.png"), "ab" * 32, image, "PNG", 0, None)
    engine = _engine_reading_first(
        tmp_path,
        shot,
        [
            OcrWord("当前云贝", Box(79, 344, 155, 38), 93.0, 11, 1, 1),
            OcrWord("个作", Box(150, 455, 120, 64), 17.0, 12, 1, 1),
            OcrWord("人", Box(250, 490, 50, 46), 38.0, 13, 1, 1),
            OcrWord("个", Box(422, 528, 50, 49), 96.0, 14, 1, 1),
            OcrWord("加要", Box(90, 510, 280, 62), 8.0, 15, 1, 1),
            OcrWord("197云贝将于2025-08-04过期", Box(77, 635, 473, 48), 92.0, 16, 1, 1),
            *_SMALL_TEXT,
        ],
    )
    reading = _read_with_english(engine, shot)
    assert reading.kind == Kind.BALANCE
    assert reading.fields.balance == 3897


def test_a_skipped_balance_over_buttons_read_as_glyphs_is_looked_for_under_its_label(
    tmp_path: Path,
) -> None:
    """Fresh holdout 5151 #21: a bold 892 under 当前云贝 not read at all, and the
    buttons further down read as doubted glyphs ("他", "羡史" for 赚云贝). Those were
    taken for the number's pieces; pieces come right under the label, and below a gap
    the gap is searched for the number's ink."""
    image = Image.new("RGB", (W, H), (246, 246, 246))
    draw = ImageDraw.Draw(image)
    draw.text((450, 540), "当前云贝", font=ImageFont.truetype(FONT_PATH, 40), fill="#888888")
    draw.text(
        (430, 610),
        "892",
        font=ImageFont.truetype(FONT_PATH, 110),
        fill="#202020",
        stroke_width=2,
        stroke_fill="#202020",
    )
    draw.rounded_rectangle((80, 900, 520, 1010), radius=55, fill=(236, 130, 30))
    draw.text((230, 930), "去兑换", font=ImageFont.truetype(FONT_PATH, 44), fill="white")
    draw.rounded_rectangle((560, 900, 1000, 1010), radius=55, outline=(236, 130, 30), width=3)
    draw.text((710, 930), "赚云贝", font=ImageFont.truetype(FONT_PATH, 44), fill=(236, 130, 30))
    shot = Screenshot(Path("skipped.png"), "ef" * 32, image, "PNG", 0, None)
    engine = _engine_reading_first(
        tmp_path,
        shot,
        [
            # (its box taller than its glyphs, as Tesseract gave it)
            OcrWord("当前云贝", Box(450, 530, 160, 74), 93.0, 11, 1, 1),
            OcrWord("去兑换", Box(230, 932, 135, 46), 90.0, 12, 1, 1),
            OcrWord("他", Box(600, 900, 150, 110), 0.0, 13, 1, 1),
            OcrWord("羡史", Box(760, 930, 80, 46), 0.0, 14, 1, 1),
            *_SMALL_TEXT,
        ],
    )
    reading = _read_with_english(engine, shot)
    assert reading.kind == Kind.BALANCE
    assert reading.fields.balance == 892


def test_a_big_balance_read_in_pieces_with_its_unit_takes_the_sure_whole_reading() -> None:
    (line,) = lines_from((("829 9云贝", 77, 474, 380, 102),), W, H)
    assert better_number_reading(line, [[("8299", 90.0), ("cn", 35.0)]]) == "8299"
    # with a label on the line, a sure reading of the same digits would lose it
    (labelled,) = lines_from((("余额 829 9", 77, 474, 380, 102),), W, H)
    assert better_number_reading(labelled, [[("8299", 90.0)]]) is None


def test_of_two_sure_readings_that_disagree_the_surer_is_taken() -> None:
    (line,) = lines_from((("855,", 854, 296, 145, 85),), W, H)
    assert better_number_reading(line, [[("88", 92.0)], [("885", 94.0)]]) == "885"


def _result_page() -> Screenshot:
    """A failure result page: its title, a red prompt under it, the item's rows."""
    image = Image.new("RGB", (W, H), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.text((424, 125), "兑换结果", font=ImageFont.truetype(FONT_PATH, 60), fill="black")
    draw.text((397, 603), "兑换失败", font=ImageFont.truetype(FONT_PATH, 66), fill="black")
    font = ImageFont.truetype(FONT_PATH, 44)
    draw.text((319, 710), "服务繁忙，请稍后再试", font=font, fill=(225, 80, 60))
    draw.text((93, 897), "商品名称", font=font, fill=(120, 120, 120))
    draw.text((650, 897), "有声书畅听月卡", font=font, fill="black")
    return Screenshot(Path("result.png"), "0a" * 32, image, "PNG", 0, None)


# the page as Tesseract read it on a real screenshot of this kind: the red prompt with
# glyphs it doubted
_RESULT_FIRST = [
    OcrWord("兑换结果", Box(424, 125, 233, 70), 90.0, 1, 1, 1),
    OcrWord("兑换失败", Box(397, 603, 288, 71), 90.0, 2, 1, 1),
    OcrWord("民务繁", Box(319, 710, 140, 47), 44.0, 3, 1, 1),
    OcrWord(",信,", Box(459, 710, 70, 47), 0.0, 3, 1, 1),
    OcrWord("请稍后再试", Box(529, 710, 254, 47), 91.0, 3, 1, 1),
    OcrWord("商品名称", Box(93, 897, 176, 44), 93.0, 4, 1, 1),
    OcrWord("有声书畅听月卡", Box(650, 897, 337, 45), 92.0, 5, 1, 1),
]


def test_a_prompt_read_with_doubted_glyphs_is_read_again_on_its_own(tmp_path: Path) -> None:
    shot = _result_page()
    engine = _engine_reading_first(tmp_path, shot, _RESULT_FIRST)
    reading = read_page(engine, shot)[1]
    assert reading.kind == Kind.FAILURE
    assert reading.fields.error_message == "服务繁忙,请稍后再试"
    assert reading.fields.cause == Cause.SYSTEM
    assert reading.fields.product == "有声书畅听月卡"


def test_a_second_reading_of_a_prompt_that_reads_less_of_it_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A block reading that splits the prompt's amount off ("您的云贝余额不足,还需" and
    "120云贝" apart) reads surer but less: the first reading stands."""
    shot = _result_page()
    first = [
        *_RESULT_FIRST[:2],
        OcrWord("您的云贝余额不足还需", Box(216, 1871, 400, 63), 92.0, 3, 1, 1),
        OcrWord("120云贝", Box(616, 1871, 200, 63), 92.0, 3, 1, 1),
        OcrWord("由", Box(816, 1871, 49, 63), 0.0, 3, 1, 1),
    ]
    engine = _engine_reading_first(tmp_path, shot, first)

    def block_reading(
        image: Image.Image, boxes: list[Box], sha256: str | None = None
    ) -> list[list[list[OcrWord]]]:
        return [
            [
                [
                    OcrWord("您的云贝余额不足，还需", Box(216, 1875, 400, 60), 95.0, 901, 1, 1),
                    OcrWord("120云贝", Box(616, 1874, 200, 60), 95.0, 901, 1, 2),
                ]
            ]
            for _ in boxes
        ]

    monkeypatch.setattr(engine, "read_regions", block_reading)
    message = read_page(engine, shot)[1].fields.error_message
    assert message is not None
    assert message.startswith("您的云贝余额不足还需120云贝")


def test_a_price_labels_row_value_read_as_no_clean_number_gets_a_second_look() -> None:
    """ "所需云贝 ...... 12,8600云骸" (12,800云贝): the value is read again; a clean one
    is not."""
    page = (
        ("黑胶唱片蓝牙音箱", 220, 198, 263, 33),
        ("12,8600云骸", 533, 424, 156, 35),
        ("所需云贝", 32, 422, 115, 45),
    )
    lines = lines_from(page, W, H)
    assert [(ln.text, box) for ln, box in doubtful_prices(lines, None)] == [
        ("12,8600云骸", Box(533, 424, 156, 35))
    ]
    clean = lines_from((*page[:1], ("12,800", 533, 424, 156, 35), page[2]), W, H)
    assert doubtful_prices(clean, None) == []


def test_a_big_balance_read_with_a_leading_zero_gets_a_second_look() -> None:
    """No balance starts with 0: a sure "072" is a bold 5 misread (572)."""
    rest = (
        ("我的云贝", 606, 727, 219, 78),
        ("有50云贝将于2026年12月31", 272, 1142, 592, 62),
        ("云贝明细", 81, 1712, 205, 68),
    )
    lines = lines_from((*rest, ("072", 586, 840, 270, 125)), W, H)
    assert [ln.text for ln in doubtful_balance_lines(lines, Kind.BALANCE, 72, H)] == ["072"]
    sure = lines_from((*rest, ("572", 586, 840, 270, 125)), W, H)
    assert doubtful_balance_lines(sure, Kind.BALANCE, 572, H) == []
    (line,) = lines_from((("072", 586, 840, 270, 125),), W, H)
    assert better_number_reading(line, [[("572", 95.0)], [("572", 96.0)]]) == "572"


def test_a_doubted_number_on_a_wallet_row_with_an_unread_label_gets_a_second_look() -> None:
    """A wallet's 云贝 row with its coin and label read as doubted glyphs ("和鸭云贝"
    at 0-82) and its number as "52901" at 55 (5901): the number is looked at again."""
    page = (
        ("我的钱包", 197, 162, 332, 113),
        ("和鸭云贝", 104, 400, 272, 105),
        ("账户余领", 244, 645, 280, 84),
        ("7张可用", 1023, 884, 223, 83),
        ("优惠", 242, 882, 125, 64),
    )
    words = [
        OcrWord(t, Box(x, y, w, h), 0.0 if t == "和鸭云贝" else 92.0, i + 1, 1, 1)
        for i, (t, x, y, w, h) in enumerate(page)
    ]
    doubted = OcrWord("52901", Box(1069, 422, 169, 58), 55.0, 20, 1, 1)
    lines = page_lines(OcrPage(1440, 3200, False, [*words, doubted]))
    assert [ln.text for ln in doubted_wallet_value(lines, Kind.BALANCE, 3200)] == ["52901"]
    sure = OcrWord("5901", Box(1069, 422, 169, 58), 93.0, 20, 1, 1)
    lines = page_lines(OcrPage(1440, 3200, False, [*words, sure]))
    assert doubted_wallet_value(lines, Kind.BALANCE, 3200) == []


def test_a_price_read_again_with_its_unit_as_two_more_glyphs_is_agreed_on_without_them() -> None:
    """520云贝 under a voucher's name read as "后20asn", then as "52020" and "))520-0"."""
    (line,) = lines_from((("后20asn", 186, 226, 164, 64),), W, H)
    readings = [[("52020", 13.0)], [("))", 0.0), ("520-0", 12.0)]]
    assert better_number_reading(line, readings, unit_after=True) == "520"
    # not a price: no unit to cut
    assert better_number_reading(line, readings) is None


def test_a_doubted_price_rows_value_is_looked_at_beside_a_doubted_price_under_the_name() -> None:
    pieces = (
        ("兑换确认", 549, 816, 109, 44, 90.0),
        ("10元话费充值券", 470, 889, 177, 41, 90.0),
        ("避1H0an", 420, 961, 134, 41, 31.0),
        ("1M0", 835, 1039, 33, 19, 27.0),
        ("所需云贝", 339, 1040, 88, 21, 90.0),
    )
    lines = lines_with_confidence(pieces, W, H)
    looked = [ln.text for ln, _ in doubtful_prices(lines, "10元话费充值券")]
    assert looked == ["避1H0an", "1M0"]


def test_a_wallet_rows_number_that_was_not_read_at_all_is_read_again(tmp_path: Path) -> None:
    """A wallet's 云贝 row whose label came out as "傅云n" and whose number (7099 at the
    row's right end) was not read: the row's right part is read on its own."""
    image = Image.new("RGB", (W, H), (24, 24, 28))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT_PATH, 44)
    draw.text((146, 118), "钱包", font=font, fill="white")
    draw.ellipse((78, 470, 138, 530), fill=(240, 190, 60))
    draw.text((180, 475), "云贝", font=font, fill="white")
    draw.text((800, 475), "7099", font=ImageFont.truetype(FONT_PATH, 50), fill="white")
    draw.text((180, 650), "优惠券", font=font, fill="white")
    shot = Screenshot(Path("wallet.png"), "7e" * 32, image, "PNG", 0, None)
    engine = _engine_reading_first(
        tmp_path,
        shot,
        [
            OcrWord("钱包", Box(146, 118, 104, 50), 96.0, 1, 1, 1),
            OcrWord("傅云n", Box(78, 461, 189, 81), 0.0, 2, 1, 1),
            OcrWord("优惠券", Box(181, 649, 138, 63), 93.0, 3, 1, 1),
            *_SMALL_TEXT,
        ],
        inverted=True,
    )
    reading = _read_with_english(engine, shot)
    assert reading.kind == Kind.BALANCE
    assert reading.fields.balance == 7099


def test_a_wallet_row_read_as_a_bare_yunbei_gets_its_unread_number_read(tmp_path: Path) -> None:
    """Fresh holdout2 55 #31: the coin before 云贝 not read at all, and the row's "0" at
    its right end not read either: the row's right part is read on its own."""
    image = Image.new("RGB", (W, H), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT_PATH, 44)
    draw.text((440, 118), "我的钱包", font=font, fill="black")
    draw.text((180, 475), "云贝", font=font, fill="black")
    draw.text((900, 475), "0", font=ImageFont.truetype(FONT_PATH, 50), fill="black")
    draw.text((180, 650), "优惠券", font=font, fill="black")
    shot = Screenshot(Path("wallet0.png"), "7f" * 32, image, "PNG", 0, None)
    engine = _engine_reading_first(
        tmp_path,
        shot,
        [
            OcrWord("我的钱包", Box(440, 118, 202, 50), 96.0, 1, 1, 1),
            OcrWord("云贝", Box(182, 481, 88, 61), 90.0, 2, 1, 1),
            OcrWord("优惠券", Box(181, 649, 138, 63), 93.0, 3, 1, 1),
            *_SMALL_TEXT,
        ],
    )
    reading = _read_with_english(engine, shot)
    assert (reading.kind, reading.fields.balance) == (Kind.BALANCE, 0)


def test_a_price_whose_readings_both_trail_junk_is_agreed_on_by_its_leading_digits() -> None:
    """3600云贝 read again as "|360020asus" and "|3600.27seus": the unit read as two more
    digits in one reading, junk after both."""
    (line,) = lines_from((("司600 nm wwe", 213, 286, 340, 72),), W, H)
    readings = [
        [("|", 44.0), ("360020", 45.0), ("asus", 18.0)],
        [("|", 67.0), ("3600.27", 43.0), ("seus", 37.0)],
    ]
    assert better_number_reading(line, readings, unit_after=True) == "3600"
    # two numbers that part before their last two digits agree on nothing
    apart = [[("1280", 40.0), ("asus", 18.0)], [("1230", 40.0), ("seus", 37.0)]]
    assert better_number_reading(line, apart, unit_after=True) is None


def _lone_glyph_card(digit: str) -> Screenshot:
    """A light page with an orange card (a gradient down it): a white label, a lone big
    white `digit` under it, a coin at the card's right and a button under the card."""
    image = Image.new("RGB", (W, H), (244, 244, 246))
    draw = ImageDraw.Draw(image)
    for y in range(420, 760):  # the card's gradient, darker downwards
        shade = (y - 420) * 40 // 340
        draw.line((60, y, 1020, y), fill=(246 - shade, 166 - shade, 64 - shade // 2))
    draw.text((120, 460), "可用云贝", font=ImageFont.truetype(FONT_PATH, 40), fill="white")
    if digit:
        draw.text((120, 530), digit, font=ImageFont.truetype(FONT_PATH, 120), fill="white")
    draw.ellipse((820, 520, 960, 660), fill=(250, 200, 70), outline="white", width=8)
    draw.rounded_rectangle((120, 800, 960, 900), radius=50, outline=(60, 60, 60), width=4)
    return Screenshot(Path("lone.png"), "ef" * 32, image, "PNG", 0, None)


# what Tesseract's page reading gave on such a card: the label and the rest of the page,
# not a stroke of the lone number under the label
_LONE_GLYPH_FIRST_READING = [
    OcrWord("可用云贝", Box(121, 468, 160, 40), 94.0, 1, 1, 1),
    OcrWord("兑换商品", Box(460, 828, 160, 40), 93.0, 2, 1, 1),
    OcrWord("每日签到", Box(100, 1000, 160, 36), 92.0, 3, 1, 1),
    OcrWord("做任务赚云贝", Box(100, 1100, 240, 36), 92.0, 4, 1, 1),
]


@pytest.mark.parametrize("digit", ["0", "9"])
def test_a_lone_big_digit_the_page_reading_skipped_is_read_from_the_ink_under_its_label(
    tmp_path: Path, digit: str
) -> None:
    """A balance of 0 or 9, one big glyph alone under its label, is no line to Tesseract's
    layout analysis: nothing of it is read. The ink under the label (not the card's edge,
    the coin beside it or the button under it) is read again on its own."""
    shot = _lone_glyph_card(digit)
    engine = _engine_reading_first(tmp_path, shot, _LONE_GLYPH_FIRST_READING)
    reading = _read_with_english(engine, shot)
    assert reading.kind == Kind.BALANCE
    assert reading.fields.balance == int(digit)


def test_the_ink_under_a_label_leaves_out_a_cards_edge_an_icon_and_what_lies_further_down() -> None:
    shot = _lone_glyph_card("9")
    grey = shot.image.convert("L")
    label = Box(121, 468, 160, 40)
    area = Box.from_edges(0, label.bottom + 2, 1080, label.bottom + 5 * label.h + 200)
    ink = ink_under(grey, area, label)
    assert ink is not None
    # the glyph "9" at 120 px drawn from (120, 530): its ink, and nothing beyond it
    assert 110 <= ink.x <= 135 and ink.right <= 220
    assert 540 <= ink.y <= 575 and ink.bottom <= 660
    # a blank card under the label: no ink, so no look
    blank = _lone_glyph_card("").image.convert("L")
    assert ink_under(blank, Box.from_edges(60, 512, 700, 700), label) is None


def test_a_blank_gap_under_the_label_costs_no_second_look(tmp_path: Path) -> None:
    shot = _lone_glyph_card("")
    engine = _engine_reading_first(tmp_path, shot, _LONE_GLYPH_FIRST_READING)
    looked: list[list[Box]] = []
    engine.read_lines = lambda image, boxes, sha256=None: looked.append(boxes) or []  # type: ignore[method-assign]
    reading = read_page(engine, shot)[1]
    assert reading.fields.balance is None
    assert looked == []


def _slanted_number_card(number: str) -> Screenshot:
    """An orange card with a label and, under it, `number` huge, heavy and slanted, as a
    display font draws it (holdout2 69's wallet: "1,086" read as one glyph "2")."""
    image = Image.new("RGB", (W, H), (244, 244, 246))
    draw = ImageDraw.Draw(image)
    for y in range(420, 820):  # the card's gradient, darker downwards
        shade = (y - 420) * 40 // 400
        draw.line((60, y, 1020, y), fill=(246 - shade, 166 - shade, 64 - shade // 2))
    draw.text((120, 460), "可用云贝", font=ImageFont.truetype(FONT_PATH, 40), fill="white")
    glyphs = Image.new("L", (700, 240), 0)
    big = ImageFont.truetype(FONT_PATH, 170)
    ImageDraw.Draw(glyphs).text(
        (40, 10), number, font=big, fill=255, stroke_width=7, stroke_fill=255
    )
    glyphs = glyphs.transform(glyphs.size, Image.Transform.AFFINE, (1, 0.22, -40, 0, 1, 0))
    image.paste("white", (100, 540), glyphs)
    draw.text((620, 680), "云贝", font=ImageFont.truetype(FONT_PATH, 48), fill=(255, 236, 200))
    return Screenshot(Path("slanted.png"), "5a" * 32, image, "PNG", 0, None)


def test_the_glyphs_a_box_touches_give_the_box_around_a_whole_number() -> None:
    grey = _slanted_number_card("1,086").image.convert("L")
    # the box over "86" only grows to the number's ink, 1 to 6: not to the label above
    # it, nor to the unit beyond a wide gap, nor to the page beyond the card
    whole = ink_around(grey, Box(440, 600, 110, 110))
    assert 150 <= whole.x <= 185 and 560 <= whole.right <= 590
    assert 560 <= whole.y <= 590 and 720 <= whole.bottom <= 750
    # a sliver of its glyphs (2 px high) grows the same way
    assert ink_around(grey, Box(300, 640, 250, 2)) == whole
    # a box that holds its glyphs stays as it is
    assert ink_around(grey, Box(150, 560, 440, 195)) == Box(150, 560, 440, 195)
    assert ink_around(grey, Box(120, 462, 160, 44)) == Box(120, 462, 160, 44)


def test_a_huge_slanted_number_read_as_one_glyph_is_read_again_whole(tmp_path: Path) -> None:
    shot = _slanted_number_card("1,086")
    first = [
        OcrWord("可用云贝", Box(121, 468, 160, 40), 94.0, 1, 1, 1),
        OcrWord("2", Box(440, 600, 110, 110), 68.0, 2, 1, 1),
        OcrWord("人", Box(250, 640, 150, 40), 0.0, 3, 1, 1),
        OcrWord("羡)", Box(620, 690, 95, 50), 2.0, 4, 1, 1),
        OcrWord("兑换记录", Box(460, 900, 160, 40), 93.0, 5, 1, 1),
    ]
    engine = _engine_reading_first(tmp_path, shot, first)
    reading = _read_with_english(engine, shot)
    assert reading.kind == Kind.BALANCE
    assert reading.fields.balance == 1086


def test_a_number_with_a_stray_bracket_before_it_is_a_number_alone() -> None:
    """ "]1832" at 54 under 我的云贝: the bracket is a stroke of the card, the number is
    the balance; a sure second reading "1832" vouches for it."""
    (line,) = lines_with_confidence((("]1832", 414, 432, 253, 99, 54.0),), W, H)
    assert better_number_reading(line, [[("1832", 96.0)], [("1832", 96.0)]]) == "1832"


def _item_page_with_red_price(price: str) -> Screenshot:
    """An item page: a bold red price over the item's name, as on holdout2 15's pages."""
    image = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(image)
    draw.text((52, 1030), price, font=ImageFont.truetype(FONT_PATH, 96), fill=(220, 20, 40))
    draw.text((250, 1070), "云贝", font=ImageFont.truetype(FONT_PATH, 48), fill=(220, 20, 40))
    draw.text((50, 1170), "外卖满30减8代金券", font=ImageFont.truetype(FONT_PATH, 64), fill="black")
    return Screenshot(Path("red.png"), price.encode().hex().ljust(64, "0"), image, "PNG", 0, None)


def _item_page_first_reading(price_read: str) -> list[OcrWord]:
    return [
        OcrWord("商品详情", Box(440, 171, 200, 60), 95.0, 1, 1, 1),
        OcrWord(price_read, Box(52, 1037, 258, 93), 0.0, 2, 1, 1),
        OcrWord("外卖满30减8代金券", Box(49, 1172, 589, 93), 92.0, 3, 1, 1),
        OcrWord("马上兑换", Box(733, 2212, 240, 59), 93.0, 4, 1, 1),
    ]


def test_a_short_doubted_price_that_lost_its_first_digit_is_read_again(tmp_path: Path) -> None:
    """A bold red "120 云贝" read "20云贝" with its digits doubted: read again, 120."""
    shot = _item_page_with_red_price("120")
    engine = _engine_reading_first(tmp_path, shot, _item_page_first_reading("20云贝"))
    reading = _read_with_english(engine, shot)
    assert reading.fields.product == "外卖满30减8代金券"
    assert reading.fields.cost == 120


def test_a_doubted_price_read_again_with_its_unit_as_digits_keeps_the_first_reading(
    tmp_path: Path,
) -> None:
    """A doubted "160云贝" read right, read again as "16020" (the unit as digits): the
    second reading only adds digits at the end and is no news."""
    shot = _item_page_with_red_price("160")
    engine = _engine_reading_first(tmp_path, shot, _item_page_first_reading("160云贝"))
    engine.read_lines = lambda image, boxes, sha256=None: [  # type: ignore[method-assign]
        [[("16020", 90.0)], [("16020", 88.0)]] for _ in boxes
    ]
    assert read_page(engine, shot)[1].fields.cost == 160


def _price_over_name(price_words: list[tuple[str, float, Box]]) -> list[Line]:
    """An item page with its price line (`price_words`, one OCR line) over the name."""
    words = [OcrWord("云贝商城", Box(520, 189, 203, 74), 93.0, 1, 1, 1)]
    words += [OcrWord(t, box, conf, 2, 1, 1) for t, conf, box in price_words]
    words += [
        OcrWord("黑胶SVIP月卡", Box(50, 1517, 323, 67), 90.0, 3, 1, 1),
        OcrWord("兑换须知", Box(93, 1688, 137, 68), 92.0, 4, 1, 1),
    ]
    return page_lines(OcrPage(1242, 2688, False, words))


def test_a_han_glyph_of_the_pictures_edge_before_a_price_is_no_digit_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fresh holdout 6666 #17: "有" (18x70 at 12, the picture's edge) read right before
    "4500" under the item's name. It is the picture's glyph, not the price's first digit
    (as a narrow "1" or "工" there would be): the price is looked at after it and, read
    again with its unit as junk, stands as 4500. The readings are what Tesseract gave on
    that screenshot; this tests how they are weighed."""

    def first(glyph: str) -> list[OcrWord]:
        return [
            OcrWord("《", Box(27, 85, 30, 33), 92.0, 1, 1, 1),
            OcrWord("商品详情", Box(60, 85, 162, 33), 90.0, 1, 1, 1),
            OcrWord("黑胶VIP年卡", Box(199, 175, 165, 47), 89.0, 2, 1, 1),
            OcrWord(glyph, Box(172, 219, 18, 70), 12.0, 3, 1, 1),
            OcrWord("4500", Box(200, 234, 140, 33), 91.0, 3, 1, 1),
            OcrWord("二", Box(301, 218, 30, 58), 55.0, 3, 1, 1),
            OcrWord("由", Box(330, 218, 15, 58), 11.0, 3, 1, 1),
            OcrWord("二", Box(366, 248, 22, 19), 19.0, 3, 1, 1),
            OcrWord("He", Box(388, 249, 47, 19), 11.0, 3, 1, 1),
            OcrWord("兑换说明", Box(28, 558, 114, 47), 90.0, 4, 1, 1),
        ]

    again = [[("4500", 77.0), ("5,", 39.0), ("aie", 19.0)], [("4500", 91.0), ("2", 56.0)]]
    monkeypatch.setattr(
        OcrEngine, "read_lines", lambda self, img, boxes, sha=None: [again for _ in boxes]
    )
    monkeypatch.setattr(
        OcrEngine, "read_regions", lambda self, img, boxes, sha=None: [[] for _ in boxes]
    )
    image = Image.new("RGB", (720, 1555), (150, 150, 150))
    assert _read_after(tmp_path, image, first("有")).fields.cost == 4500
    for one in ("1", "工"):
        price = next(
            ln for ln in page_lines(OcrPage(720, 1555, False, first(one))) if "450" in ln.text
        )
        assert price_part(price) is None, one


def test_a_price_before_the_items_list_price_is_looked_at_up_to_its_unit() -> None:
    """ "1800 云贝 价值¥25" in a heavy slanted font read "J600 云见 价值 y25" (fresh seed
    holdout2 69 #21): the big doubted first word is the price, not the item's picture,
    and its look stops before the unit ("1800云贝" read again gave "180025.")."""
    lines = _price_over_name(
        [
            ("J600", 18.0, Box(14, 1334, 169, 140)),
            ("云", 89.0, Box(197, 1435, 81, 37)),
            ("见", 0.0, Box(265, 1431, 28, 53)),
            ("价值", 92.0, Box(325, 1436, 77, 35)),
            ("y25", 9.0, Box(401, 1431, 43, 53)),
        ]
    )
    # (the J opening a number is taken for a slanted 1: "1600")
    price = next(ln for ln in lines if ln.text.startswith("1600"))
    assert price_part(price) is None
    [(line, box)] = doubtful_prices(lines, "黑胶SVIP月卡")
    assert line is price and box.right == 183 and box.x <= 50
    # read again up to its unit: a mark after the number ends it ...
    assert agreed_price([[("1800:", 17.0)], [("1800", 90.0), ("=:", 83.0)]]) == "1800"
    # ... and so does the reading's end, where the look stopped before the unit
    readings = [[("1800", 17.0)], [("1800", 90.0)]]
    assert agreed_price(readings) is None  # the number might go on past a crop's end
    assert agreed_price(readings, unit_cut=True) == "1800"


def test_a_price_whose_last_digits_read_as_doubted_glyphs_is_looked_at_however_long() -> None:
    """ "24200 云贝" read "2420" at 91 and "O0" at 43 before the unit (fresh seed holdout2
    69 #64): four sure digits, yet the number goes on; its look's reading, longer by the
    doubted digits, replaces it."""
    lines = _price_over_name(
        [
            ("2420", 91.0, Box(52, 1380, 177, 58)),
            ("O0", 43.0, Box(236, 1376, 40, 74)),
            ("云", 92.0, Box(293, 1404, 79, 37)),
            ("贝", 92.0, Box(365, 1400, 30, 51)),
            ("价值", 93.0, Box(422, 1406, 84, 34)),
            ("299", 0.0, Box(510, 1409, 66, 28)),
        ]
    )
    assert cost_doubted(lines, 1242, 2688, "黑胶SVIP月卡")
    price = next(ln for ln in lines if ln.text.startswith("2420"))
    assert overrules_price("24200", 2420, price, 90.0)
    assert not overrules_price("2420000", 2420, price, 90.0)
    # with no doubted glyphs before the unit, a sure first reading stands
    sure = _price_over_name(
        [("2420", 91.0, Box(52, 1380, 177, 58)), ("云贝", 92.0, Box(293, 1400, 102, 51))]
    )
    assert not cost_doubted(sure, 1242, 2688, "黑胶SVIP月卡")


def test_a_price_read_again_with_its_unit_as_one_glyph_or_two_is_read() -> None:
    """A dimmed "330云贝" read "d3避去风", read again as "33020" and "3300" (fresh seed
    holdout2 69 #62): the unit came out as two glyphs once and as one once; 330 is the
    number both hold. Where the two-glyph cut agrees on one number, it decides ("16222"
    and "16225" give 162, not 1622)."""
    (junk,) = lines_with_confidence((("d3避去风", 52, 1227, 231, 75, 0.0),), W, H)
    readings = [[("33020", 48.0)], [("3300", 22.0)]]
    assert better_number_reading(junk, readings, unit_after=True) == "330"
    (line,) = lines_with_confidence((("1062 云贝", 257, 272, 208, 69, 22.0),), W, H)
    readings = [[("16222", 70.0)], [("16225", 24.0)]]
    assert better_number_reading(line, readings) == "162"


def test_a_price_read_with_a_letter_among_its_digits_takes_a_reading_of_them() -> None:
    """ "190 云贝" read "1J90=n" (fresh seed holdout2 71 #50): read again "190" "20" and
    "190" "zn", both give 190, the same digits the first reading had among its junk;
    the clean reading replaces it. A line with a label keeps its words."""
    (junk,) = lines_with_confidence((("1J90=n", 26, 530, 113, 42, 19.0),), W, H)
    readings = [[("190", 80.0), ("20", 59.0)], [("190", 69.0), ("zn", 50.0)]]
    assert better_number_reading(junk, readings, unit_after=True) == "190"
    (labelled,) = lines_with_confidence((("所需1J90", 26, 530, 200, 42, 19.0),), W, H)
    assert better_number_reading(labelled, readings, unit_after=True) is None


def test_only_a_short_doubted_price_gets_a_second_look_under_a_prompt() -> None:
    def lines(price: str, conf: float, prompt: bool = False) -> list[Line]:
        return lines_with_confidence(
            (
                ("商品详情", 440, 171, 200, 60, 95.0),
                (price, 52, 1037, 258, 93, conf),
                ("外卖满30减8代金券", 49, 1172, 589, 93, 92.0),
                *((("兑换失败,请稍后重试", 300, 1500, 480, 50, 95.0),) if prompt else ()),
            ),
            W,
            H,
        )

    product = "外卖满30减8代金券"
    assert cost_doubted(lines("20云贝", 0.0), W, H, product)
    assert not cost_doubted(lines("20云贝", 93.0), W, H, product)  # sure of it
    # a long one costs a look on every failure page with a dimmed price: none there
    assert not cost_doubted(lines("2,600云贝", 22.0, prompt=True), W, H, product)
    # on an item page with no prompt it gets one ("1000云贝" at 46 for a slanted 1,600:
    # fresh seed holdout2 75 #67)
    assert cost_doubted(lines("2,600云贝", 22.0), W, H, product)
    assert not cost_doubted(lines("2,600云贝", 93.0), W, H, product)


def _dark_dialog_over_a_picture() -> Screenshot:
    """A dark theme's dialog over an item's bright picture (holdout2 36): grey text on a
    dark grey card, the picture around it brighter than the card, so no panel shows."""
    image = Image.new("RGB", (W, H), (18, 18, 18))
    draw = ImageDraw.Draw(image)
    for y in range(240, 1160):  # the picture, a green gradient
        shade = (y - 240) * 50 // 920
        draw.line((0, y, W, y), fill=(80 - shade, 130 - shade, 110 - shade))
    draw.rounded_rectangle((120, 500, 960, 1070), radius=30, fill=(44, 44, 48))
    draw.text((480, 560), "提示", font=ImageFont.truetype(FONT_PATH, 58), fill=(235, 235, 235))
    font = ImageFont.truetype(FONT_PATH, 50)
    draw.text((205, 690), "云贝不足，快去做任务赚云", font=font, fill=(170, 170, 170))
    draw.text((490, 770), "贝吧", font=font, fill=(170, 170, 170))
    draw.line((120, 920, 960, 920), fill=(60, 60, 64), width=2)
    draw.text((270, 965), "取消", font=font, fill=(170, 170, 170))
    draw.text((630, 965), "联系客服", font=font, fill=(220, 20, 40))
    draw.text((50, 1250), "270云贝", font=font, fill=(120, 20, 20))
    draw.text((50, 1360), "黑胶VIP月卡", font=font, fill=(200, 200, 200))
    return Screenshot(Path("dark-dialog.png"), "da" * 32, image, "PNG", 0, None)


# the first reading of such a page: the dialog's title, the end of its message and its
# buttons; not its first line
_DARK_DIALOG_FIRST_READING = [
    OcrWord("商品详情", Box(140, 140, 360, 64), 95.0, 1, 1, 1),
    OcrWord("提示", Box(480, 568, 116, 58), 96.0, 2, 1, 1),
    OcrWord("贝吧", Box(490, 778, 100, 50), 90.0, 3, 1, 1),
    OcrWord("取消", Box(270, 972, 100, 50), 96.0, 4, 1, 1),
    OcrWord("联系客服", Box(630, 972, 200, 50), 96.0, 5, 1, 1),
    OcrWord("270云贝", Box(50, 1256, 180, 50), 90.0, 6, 1, 1),
    OcrWord("黑胶VIP月卡", Box(50, 1366, 280, 50), 92.0, 7, 1, 1),
]


def test_a_dialogs_unread_message_between_its_title_and_buttons_is_read_on_its_own(
    tmp_path: Path,
) -> None:
    shot = _dark_dialog_over_a_picture()
    # no panel the page's look would read holds the message
    assert not any(b.y <= 720 <= b.bottom for b in dialog_boxes(shot.image.convert("L")))
    engine = _engine_reading_first(tmp_path, shot, _DARK_DIALOG_FIRST_READING, inverted=True)
    reading = read_page(engine, shot)[1]
    assert reading.kind == Kind.FAILURE
    assert reading.fields.error_message is not None
    assert "云贝不足" in reading.fields.error_message
    assert reading.fields.cause == Cause.ELIGIBILITY


def test_a_dialogs_message_area_lies_between_its_title_and_its_buttons() -> None:
    def area(pieces: tuple[tuple[str, int, int, int, int], ...]) -> Box | None:
        return dialog_message_area(lines_from(pieces, 720, 1280), 720, 1280)

    title = ("提示", 320, 403, 79, 40)
    buttons = (("取消", 182, 649, 74, 37), ("联系客服", 422, 648, 154, 39))
    found = area((title, *buttons))
    assert found is not None
    assert found.y == 443 and found.bottom == 648  # under the title, over the buttons
    assert found.x <= 140 and found.right >= 582  # the whole message line's width
    # no title read: the two buttons side by side frame the dialog all the same
    untitled = area(buttons)
    assert untitled is not None and untitled.bottom == 648 and untitled.y < 560
    # a page's own button under a heading is no dialog
    assert area((("兑换须知", 40, 900, 160, 40), ("立即兑换", 400, 1180, 200, 50))) is None


def test_where_two_regions_read_the_same_prompt_the_smaller_ones_words_stand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dialog's panel read as a block runs the page's text into the prompt; the
    message area read alone has the prompt clean: the prompt is not read twice."""
    shot = _dark_dialog_over_a_picture()
    engine = _engine_reading_first(tmp_path, shot, _DARK_DIALOG_FIRST_READING, inverted=True)
    # a panel seen over the dialog's upper half (its centre outside the message area)
    panel_box = Box(0, 450, 1080, 300)
    message = [OcrWord("云贝不足，快去做任务赚云贝吧", Box(205, 690, 600, 130), 90.0, 1, 1, 1)]
    panel = [
        OcrWord("网提示", Box(120, 520, 600, 60), 60.0, 1, 1, 1),
        OcrWord("云贝不足，快去做任务赚云贝吧万", Box(205, 690, 600, 130), 70.0, 1, 2, 1),
    ]
    monkeypatch.setattr("yunbei_gui.core.ocr.dialog_boxes", lambda luma: [panel_box])
    monkeypatch.setattr("yunbei_gui.core.ocr.toast_boxes", lambda grey: [])

    def regions(image: Image.Image, boxes: list[Box], sha256: str | None = None) -> list:
        return [[panel if b == panel_box else message] for b in boxes]

    engine.read_regions = regions  # type: ignore[method-assign]
    page, reading = read_page(engine, shot)
    texts = [w.text for w in page.words]
    assert "云贝不足，快去做任务赚云贝吧" in texts  # the message area's reading
    assert "云贝不足，快去做任务赚云贝吧万" not in texts  # not the panel's over it
    assert "网提示" in texts  # the panel's words elsewhere stand
    assert reading.fields.error_message is not None
    assert "云贝不足" in reading.fields.error_message


def test_a_lone_digit_between_its_label_and_an_expiry_note_is_read_under_the_page_title(
    tmp_path: Path,
) -> None:
    """A centred "2" under 当前云贝, an expiry note right under it and the page title
    我的云贝 over it all (holdout 2020, 8989): the gap under the card's own label, down to
    the note, is read; the title's gap, which holds the label, is not."""
    image = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(image)
    draw.text((440, 180), "我的云贝", font=ImageFont.truetype(FONT_PATH, 60), fill="black")
    draw.text((460, 560), "当前云贝", font=ImageFont.truetype(FONT_PATH, 40), fill=(90, 90, 90))
    draw.text((510, 640), "2", font=ImageFont.truetype(FONT_PATH, 110), fill="black")
    note = "有20云贝将于2026年12月31日23:59过期"
    draw.text((200, 800), note, font=ImageFont.truetype(FONT_PATH, 36), fill=(120, 120, 120))
    shot = Screenshot(Path("two.png"), "2e" * 32, image, "PNG", 0, None)
    engine = _engine_reading_first(
        tmp_path,
        shot,
        [
            OcrWord("我的云贝", Box(440, 190, 240, 60), 96.0, 1, 1, 1),
            OcrWord("当前云贝", Box(460, 566, 160, 40), 92.0, 2, 1, 1),
            OcrWord(note, Box(200, 806, 670, 36), 92.0, 3, 1, 1),
            OcrWord("云贝明细", Box(60, 1300, 160, 40), 90.0, 4, 1, 1),
            OcrWord("兑换记录", Box(60, 1450, 160, 40), 90.0, 5, 1, 1),
        ],
    )
    reading = _read_with_english(engine, shot)
    assert reading.kind == Kind.BALANCE
    assert reading.fields.balance == 2


def test_the_ink_under_a_label_is_found_on_a_huge_screenshot_too() -> None:
    """A 6000x12000 screenshot with a label 300 px high: the area under it is scanned
    more coarsely, and the glyph's box still comes out within a few pixels."""
    grey = Image.new("L", (6000, 12000), 230)
    ImageDraw.Draw(grey).rectangle((700, 3300, 1199, 4199), fill=20)
    ink = ink_under(grey, Box(0, 2802, 6000, 1500), Box(600, 2500, 900, 300))
    assert ink is not None
    assert abs(ink.x - 700) <= 8 and abs(ink.y - 3300) <= 8
    assert abs(ink.right - 1200) <= 8 and abs(ink.bottom - 4200) <= 8


def test_a_balance_read_surely_but_not_beyond_doubt_is_checked_by_a_second_look(
    tmp_path: Path,
) -> None:
    # stylised big digits are read wrong yet surely: 2552 read as "2532" at 86
    shot = _card_screenshot()
    engine = _engine_with_first_reading(tmp_path, shot, "2532", 86.0)
    page, reading = read_page(engine, shot)
    assert reading.fields.balance == 2552
    assert "2552" in "".join(ln.text for ln in page_lines(page))


def test_a_balance_read_beyond_doubt_gets_no_second_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shot = _card_screenshot()
    engine = _engine_with_first_reading(tmp_path, shot, "2552", 95.0, reads_again=False)

    def no_tesseract(*args: object, **kwargs: object) -> None:
        raise AssertionError("tesseract ran again")

    monkeypatch.setattr(pytesseract, "image_to_data", no_tesseract)
    assert read_page(engine, shot)[1].fields.balance == 2552


def test_a_checked_balance_after_its_label_keeps_the_label(tmp_path: Path) -> None:
    shot = _bar_screenshot(2128)
    engine = OcrEngine(cache_dir=tmp_path)
    if "eng" not in engine.install.languages:
        pytest.skip("the second look reads with English data")
    # the bold 5 read as 0, surely enough to pass for a clean number
    first = OcrPage(
        W,
        H,
        False,
        [
            OcrWord("可用", Box(50, 2140, 80, 40), 96.0, 1, 1, 1),
            OcrWord("云贝", Box(130, 2140, 80, 40), 92.0, 1, 1, 1),
            OcrWord("49206", Box(262, 2133, 150, 52), 84.0, 1, 1, 1),
            *_SMALL_TEXT,
        ],
    )
    engine.cache.put(shot.sha256, engine.key, first)
    page, reading = read_page(engine, shot)
    assert reading.fields.balance == 49256
    assert any(ln.text.startswith("可用云贝") and "49256" in ln.text for ln in page_lines(page))


def test_which_balance_line_a_check_reads_again() -> None:
    def checked(*pieces: tuple[str, float], balance: int | None) -> str | None:
        lines = lines_with_confidence(
            tuple((t, 100, 500 + 100 * i, 300, 60, c) for i, (t, c) in enumerate(pieces)), W, H
        )
        found = unsure_balance(lines, balance)
        return None if found is None else found.text

    assert checked(("538", 86), balance=538) == "538"
    # a label before the number; a leading digit the first reading left out of the balance
    assert checked(("当前云中042", 80), balance=42) == "042"
    assert checked(("当前云贝: 1.929", 66), balance=929) == "1.929"
    # beyond doubt, or not the balance's line, or a line with more than label and number
    assert checked(("538", 92), balance=538) is None
    assert checked(("538", 60), balance=938) is None
    assert checked(("兑换需要538云贝才可兑换", 60), balance=538) is None
    assert checked(("538", 60), balance=None) is None


def test_a_check_takes_only_a_number_every_reading_gives_surely() -> None:
    assert agreed_number([[("938", 95)], [("938", 95)]], "538") == "938"
    # a label read as junk before the number; grouping and a trailing mark
    assert agreed_number([[("“aia", 27), ("87,327", 93)], [("87,327>", 79)]], "6127") == "87327"
    # the readings disagree, one is unsure, or one has no number
    assert agreed_number([[("938", 95)], [("988", 95)]], "538") is None
    assert agreed_number([[("938", 95)], [("938", 60)]], "538") is None
    assert agreed_number([[("938", 95)], [("=", 40)]], "538") is None
    # no news, a number opening with 0, or only a part of what was read first
    assert agreed_number([[("538", 95)], [("538", 95)]], "538") is None
    assert agreed_number([[("038", 95)], [("038", 95)]], "538") is None
    assert agreed_number([[("6", 95)], [("6", 95)]], "65") is None


def test_a_sure_number_is_read_without_the_doubted_unit_glyphs_after_it() -> None:
    # 736 over a small 云贝, read again as "736" and two doubted glyphs
    (line,) = lines_from((("{移a", 106, 557, 538, 237),), W, H)
    readings = [[("736", 81.0), ("20", 40.0)], [("736", 81.0), ("0", 45.0)]]
    assert better_number_reading(line, readings, first_conf=0) == "736"
    # a digit group read surely after the number is part of it
    assert better_number_reading(line, [[("736", 81.0), ("20", 80.0)]], first_conf=0) == "73620"


def test_a_number_read_among_marks_is_taken_again_as_a_clean_number() -> None:
    # "3,980" read first as "3)980、", no number; read again with the same digits
    (line,) = lines_from((("3)980、", 456, 559, 528, 132),), W, H)
    assert better_number_reading(line, [[("3,980.", 62.0)], [("3,980.", 86.0)]]) == "3,980"
    # the same digits after a label on its line: the label would be lost, so no
    (labelled,) = lines_from((("当前云贝3980", 100, 559, 528, 132),), W, H)
    assert better_number_reading(labelled, [[("3,980", 86.0)], [("3,980", 86.0)]]) is None


# what Tesseract read of `_order_card(.., quantity=True)` when the name ran into the
# picture: junk
_ORDER_FIRST = [
    OcrWord("交易关闭", Box(40, 240, 240, 60), 96.0, 1, 1, 1),
    OcrWord("原因:当前兑换人数较多,请稍后重试", Box(40, 320, 700, 44), 92.0, 2, 1, 1),
    OcrWord("站", Box(80, 484, 600, 90), 0.0, 3, 1, 1),
    OcrWord("590云", Box(342, 648, 150, 52), 91.0, 4, 1, 1),
    OcrWord("x1", Box(960, 664, 36, 30), 85.0, 5, 1, 1),
]


def test_an_order_cards_unread_name_is_read_where_it_should_be(tmp_path: Path) -> None:
    image = _order_card("590", name="黑胶VIP月卡", quantity=True)
    reading = _read_after(tmp_path, image, _ORDER_FIRST)
    assert reading.fields.product == "黑胶VIP月卡"
    assert reading.fields.cost == 590
    assert reading.fields.error_message == "当前兑换人数较多,请稍后重试"


def test_an_order_cards_unread_name_is_read_under_a_misread_status(tmp_path: Path) -> None:
    """Fresh holdout2 64 #66: the status 交易关闭 read "交易关堵" was taken for the item,
    and the card's edge read after its quantity ("X1|") hid the card."""
    image = _order_card("590", name="黑胶VIP月卡", quantity=True)
    first = [
        OcrWord("交易关堵", Box(40, 240, 240, 60), 93.0, 1, 1, 1),
        *_ORDER_FIRST[1:4],
        OcrWord("X1|", Box(960, 664, 40, 30), 47.0, 5, 1, 1),
    ]
    reading = _read_after(tmp_path, image, first)
    assert reading.fields.product == "黑胶VIP月卡"
    assert reading.fields.cost == 590


def test_an_order_cards_unread_name_over_a_price_read_with_the_picture_as_a_wide_glyph(
    tmp_path: Path,
) -> None:
    """Fresh holdout2 80 #69: the name went unread, and the picture, cut by the card's
    edge, was read as one glyph twice as wide as high before the price ("划 610 二 nn").
    That line is no item's name; the name is read over the price's row, and the price
    read again after the picture."""
    image = _order_card("610", name="5元手机话费券", quantity=True)
    first = [
        *_ORDER_FIRST[:2],
        OcrWord("划", Box(80, 600, 226, 110), 0.0, 3, 1, 1),
        OcrWord("610", Box(342, 648, 80, 52), 87.0, 3, 1, 1),
        OcrWord("二", Box(440, 672, 10, 20), 0.0, 3, 1, 1),
        OcrWord("nn", Box(460, 665, 56, 30), 0.0, 3, 1, 1),
        _ORDER_FIRST[4],
    ]
    reading = _read_after(tmp_path, image, first)
    assert reading.fields.product == "5元手机话费券"
    assert reading.fields.cost == 610


def test_a_toasts_row_read_as_its_first_words_then_junk_is_read_again_whole(
    tmp_path: Path,
) -> None:
    """Seen holdout2 61 #50: a dark toast over a picture, "账号受限，暂不支持兑换商品"
    read "账号受" then tiny doubted junk along its row ("K，" "年可" "pm"). "账号受" is a
    prompt already, so the message's look reads it again: it takes in the junk beside it,
    one piece after another, and reads the row whole."""
    # (the toast's fill is as dark as the picture's card under it: no dark patch finds it;
    # the picture's white outline shows through it as grey)
    image = Image.new("RGB", (576, 1248), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 150, 576, 500), radius=20, fill=(33, 33, 40))
    draw.rectangle((190, 280, 385, 420), outline="white", width=14)
    draw.rounded_rectangle((118, 337, 458, 470), radius=16, fill=(23, 23, 25))
    draw.rectangle((190, 337, 385, 420), outline=(99, 99, 99), width=14)
    draw.rectangle((204, 337, 371, 406), fill=(23, 23, 25))
    toast = "账号受限，暂不支持兑换商品"
    draw.text((137, 425), toast, font=ImageFont.truetype(FONT_PATH, 22), fill=(235, 235, 235))
    draw.text((26, 598), "云村限定帆布袋", font=ImageFont.truetype(FONT_PATH, 26), fill="#202020")
    first = [
        OcrWord("账号", Box(138, 424, 56, 28), 91.0, 2, 1, 1),
        OcrWord("受", Box(205, 424, 16, 28), 44.0, 2, 1, 1),
        OcrWord("K，", Box(228, 437, 14, 8), 58.0, 3, 1, 1),
        OcrWord("年可", Box(300, 431, 28, 6), 10.0, 4, 1, 1),
        OcrWord("pm", Box(392, 437, 16, 9), 37.0, 5, 1, 1),
        OcrWord("云村限定帆布袋", Box(27, 602, 180, 24), 93.0, 6, 1, 1),
    ]
    reading = _read_after(tmp_path, image, first)
    assert reading.fields.error_message == "账号受限,暂不支持兑换商品"
    assert reading.fields.cause == Cause.ACCOUNT


def test_where_an_order_cards_unread_name_is_looked_for() -> None:
    lines = page_lines(OcrPage(W, H, False, list(_ORDER_FIRST)))
    area = unread_name_area(lines, W)
    # from the price's left to the quantity's right, under the reason, over the price
    assert area is not None
    assert (area.x, area.right) == (342, 996)
    assert 364 <= area.y <= 495 and 600 <= area.bottom <= 648
    # no quantity at the row's right end: no order card
    assert unread_name_area(lines[:-1], W) is None
    # the picture read as a tall "1" on the price's row is not where the name starts
    tall = [*_ORDER_FIRST, OcrWord("1", Box(150, 600, 130, 110), 40.0, 6, 1, 1)]
    area = unread_name_area(page_lines(OcrPage(W, H, False, tall)), W)
    assert area is not None and area.x == 342


def test_a_doubted_price_is_replaced_by_one_every_reading_ends_with_its_unit() -> None:
    # the unit read as letters glued on or after it, or as doubted glyphs
    assert agreed_price([[("610an", 24.0)], [("610an", 28.0)]]) == "610"
    assert agreed_price([[("1,750", 79.0), ("25", 39.0)], [("1,750", 87.0), ("a0.", 26.0)]]) == (
        "1750"
    )
    assert (
        agreed_price([[("|", 60.0), ("1100", 64.0), ("zn", 64.0)], [("1100", 87.0), ("zx", 78.0)]])
        == "1100"
    )
    # or as a mark and a digit, fairly surely (fresh holdout2 61: 780 read "18" first)
    assert agreed_price([[("780", 68.0), ("=0.", 54.0)], [("780", 81.0), ("x0", 42.0)]]) == "780"
    # no telling where the number ends: the unit read as digits, or nothing after it
    assert agreed_price([[("16020", 45.0), ("sav", 58.0)], [("160", 60.0), ("20", 80.0)]]) is None
    # ... unless another reading marks the end: "82020" beside "820" "an" (fresh holdout2
    # 82 #9, a slanted 820 read "520" first)
    assert agreed_price([[("82020", 42.0)], [("820", 37.0), ("an", 37.0)]]) == "820"
    assert agreed_price([[("82050", 42.0)], [("820", 37.0), ("an", 37.0)]]) is None
    assert agreed_price([[("82020", 42.0)], [("82020", 37.0)]]) is None
    # (a separator may go on with the number: "1" ",450")
    assert agreed_price([[("1", 70.0), (",450", 80.0)], [("1", 70.0), (",450", 80.0)]]) is None
    assert agreed_price([[("5205", 56.0)], [("5205", 39.0)]]) is None
    # the readings disagree, one has junk with digits first, or there is one reading
    assert agreed_price([[("610an", 24.0)], [("810an", 28.0)]]) is None
    assert agreed_price([[("W120", 39.0), ("zn", 50.0)], [("120an", 28.0)]]) is None
    assert agreed_price([[("610an", 24.0)]]) is None


def test_an_agreed_price_overrules_only_a_first_reading_it_says_more_than() -> None:
    def line(text: str, conf: float) -> Line:
        return lines_with_confidence(((text, 68, 1506, 344, 104, conf),), W, H)[0]

    # the second look read "610an" at 24 and 28: its surest reading's digits at 28
    assert overrules_price("610", 6010, line("6010云贝", 29.0), 28.0)
    assert not overrules_price("610", 610, line("610云贝", 29.0), 28.0)  # no news
    # a lost last digit, or the unit's first glyph read as a digit after the price
    assert not overrules_price("49", 490, line("490云贝", 29.0), 28.0)
    assert not overrules_price("16020", 160, line("160云贝", 29.0), 28.0)
    assert overrules_price("320", 32, line("32云贝", 29.0), 28.0)  # a lost 0
    # first digits Tesseract was sure of give way only to surer ones: "160" read at 61
    # and 62 against "760" at 77; "320" at 73 and 90 against "32" at 85
    assert not overrules_price("160", 760, line("760去", 77.0), 62.0)
    assert overrules_price("320", 32, line("32云贝", 85.0), 90.0)


def test_a_doubted_price_read_with_a_digit_changed_is_read_again(tmp_path: Path) -> None:
    # 860 云贝 read first as "800云贝" at 20 (seen holdout2 52 #57)
    first = [
        OcrWord("交易关闭", Box(40, 240, 240, 60), 96.0, 1, 1, 1),
        OcrWord("原因:当前兑换人数较多,请稍后重试", Box(40, 320, 700, 44), 92.0, 2, 1, 1),
        OcrWord("外卖满30减8代金券", Box(342, 497, 400, 48), 92.0, 3, 1, 1),
        OcrWord("800云贝", Box(342, 648, 200, 52), 20.0, 4, 1, 1),
    ]
    assert _read_after(tmp_path, _order_card("860"), first).fields.cost == 860


def test_a_price_whose_unit_reads_with_a_digit_in_it_is_not_cut_to_its_first_digit() -> None:
    """A heavy slanted "590 云贝" read "090云幢" (fresh seed holdout2 72 #31): read again
    as "5" "an" at 78 and "590" "a0" at 83. The unit's word, which opens with a letter,
    ends the longer reading's number; the one-digit reading lost the narrow 9 and 0."""
    (junk,) = lines_with_confidence((("090云幢", 45, 948, 201, 87, 13.0),), W, H)
    readings = [[("5", 78.0), ("an", 65.0)], [("590", 83.0), ("a0", 59.0)]]
    assert better_number_reading(junk, readings, unit_after=True) == "590"
    # no unit after it: a number followed by a digit word may go on, and is not taken
    assert better_number_reading(junk, [[("5", 78.0)], [("590", 83.0), ("00", 59.0)]]) == "5"


def test_a_big_number_whose_unit_read_as_a_doubted_glyph_takes_a_sure_reading() -> None:
    """A white "37 云贝" on an orange card read "37" "翅" at 66 and 0 (fresh seed holdout
    5858 #36): no number alone, so the balance under 剩余云贝 went unread. Read again
    "37" at 86 and 88: the number stands alone."""

    def line(unit: str, conf: float) -> Line:
        words = one_line([("37", 60, 312, 100, 63, 66.0), (unit, 170, 330, 50, 40, conf)], 1)
        (read,) = page_lines(OcrPage(W, H, False, words))
        return read

    readings = [[("37", 86.0), ("=n", 42.0)], [("37", 88.0), ("an", 69.0)]]
    assert better_number_reading(line("翅", 0.0), readings) == "37"
    # a glyph read surely after the number is no misread unit
    assert better_number_reading(line("翅", 80.0), readings) is None


def _dark_page_toast_over_picture_edge() -> Screenshot:
    """A dark item page (fresh seed holdout2 73 #27): a toast as dark as the page, half
    over the bottom of a blue picture, half over the page under it; a home bar below."""
    image = Image.new("RGB", (W, H), (30, 36, 50))
    draw = ImageDraw.Draw(image)
    for y in range(200, 910):  # the picture: a blue gradient
        t = (y - 200) / 710
        draw.line((0, y, W, y), fill=(int(130 - 50 * t), int(170 - 80 * t), int(250 - 30 * t)))
    draw.rounded_rectangle((240, 845, 840, 960), radius=57, fill=(22, 23, 25))
    font = ImageFont.truetype(FONT_PATH, 40)
    draw.text((330, 880), "兑换失败，请稍后重试", font=font, fill=(240, 240, 240))
    draw.text((45, 1000), "600云贝", font=ImageFont.truetype(FONT_PATH, 56), fill=(246, 73, 72))
    draw.text((45, 1100), "黑胶VIP月卡", font=font, fill=(240, 240, 240))
    # a button whose text the page's reading missed, and the home bar
    draw.rounded_rectangle((620, 2120, 1040, 2220), radius=50, fill=(246, 73, 72))
    draw.text((750, 2150), "立即兑换", font=font, fill="white")
    draw.rounded_rectangle((400, 2250, 680, 2262), radius=6, fill=(230, 230, 230))
    return Screenshot(Path("edge.png"), "ed" * 32, image, "PNG", 0, None)


def test_a_toast_no_dark_patch_finds_is_found_as_unread_text_and_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shot = _dark_page_toast_over_picture_edge()
    engine = OcrEngine(cache_dir=tmp_path)
    grey, inverted = upright_grey(shot.image, engine.settings)
    plain = ImageOps.invert(grey) if inverted else grey
    # the toast is as dark as the page: no dark patch holds it
    assert not any(b.y <= 900 <= b.bottom for b in toast_boxes(grey) + toast_boxes(plain))
    first = [
        OcrWord("600云贝", Box(45, 1005, 190, 56), 92.0, 1, 1, 1),
        OcrWord("黑胶VIP月卡", Box(45, 1105, 230, 42), 93.0, 2, 1, 1),
    ]
    # its text is a row of glyphs no word covers, so is the button's; the picture's
    # edge and the home bar are no text
    toast, button = sorted(unread_text_rows(grey, [w.box for w in first]), key=lambda b: b.y)
    assert toast.y <= 885 and toast.bottom >= 915 and toast.x <= 335 and toast.right >= 720
    assert button.y <= 2160 and button.bottom >= 2190
    # the first reading as Tesseract gave it on such a screenshot: the toast not at all
    engine = _engine_reading_first(tmp_path, shot, first, inverted)
    looked_at: list[Box] = []
    read_regions = engine.read_regions

    def spy(image: Image.Image, boxes: list[Box], sha256: str | None = None) -> object:
        looked_at.extend(boxes)
        return read_regions(image, boxes, sha256)

    monkeypatch.setattr(engine, "read_regions", spy)
    reading = _read_with_english(engine, shot)
    # a button's text on its bright colour is no prompt: not worth a tesseract run
    assert not any(b.y >= 2100 for b in looked_at)
    assert reading.kind == Kind.FAILURE
    assert reading.fields.error_message is not None
    assert "请稍后重试" in reading.fields.error_message
    assert reading.fields.cause == Cause.SYSTEM
    assert reading.fields.product == "黑胶VIP月卡"  # the rest of the page is kept


def test_a_message_row_read_in_two_pieces_with_glyphs_lost_between_is_read_whole(
    tmp_path: Path,
) -> None:
    """A sheet's grey message "网络异常，请检查网络设置后重试" read as "网络" and, apart,
    "检查网络设置后重试" (fresh seed holdout 5858 #28): 异常，请 was lost between them and
    the message lacked its cause. Both pieces were read surely: their row is read again
    whole."""
    image = Image.new("RGB", (W, H), (240, 240, 240))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 1500, W, H), radius=40, fill="white")
    draw.text((430, 1620), "兑换失败", font=_font(60), fill=(20, 20, 20))
    draw.text((200, 1760), "网络异常，请检查网络设置后重试", font=_font(46), fill=(130, 130, 130))
    draw.rounded_rectangle((70, 1900, 1010, 2030), radius=65, fill=(250, 60, 60))
    draw.text((440, 1935), "我知道了", font=_font(50), fill="white")
    shot = Screenshot(Path("sheet.png"), "5a" * 32, image, "PNG", 0, None)
    first = [
        OcrWord("兑换失败", Box(430, 1625, 240, 62), 96.0, 1, 1, 1),
        OcrWord("网络", Box(200, 1762, 94, 50), 93.0, 2, 1, 1),
        OcrWord("检查网络设置后重试", Box(433, 1762, 420, 50), 93.0, 3, 1, 1),
        OcrWord("我知道了", Box(440, 1940, 200, 52), 96.0, 4, 1, 1),
    ]
    reading = _read_with_english(_engine_reading_first(tmp_path, shot, first), shot)
    assert reading.fields.error_message is not None
    assert "网络异常" in reading.fields.error_message
    assert reading.fields.error_message.endswith("检查网络设置后重试")
    assert reading.fields.cause == Cause.SYSTEM


def test_a_toasts_reading_replaces_a_word_it_holds_however_it_boxed_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A toast under a delivery card (fresh seed holdout 5959 #64), first read
    "当前账号状六-开帅,请完成安全验证". Read again as a region, Tesseract boxed "”当前"
    16 px wide, off its row: the first reading's "当前" was kept beside the new words,
    read twice, and, alone under the address, covered as a name."""
    image = Image.new("RGB", (1440, 3165), (245, 245, 247))
    # the toast's dark panel (its text is what the readings below give)
    ImageDraw.Draw(image).rounded_rectangle((205, 2140, 1235, 2410), radius=20, fill=(58, 58, 58))
    shot = Screenshot(Path("card.png"), "c4" * 32, image, "PNG", 0, None)
    first = [
        OcrWord("收货信息", Box(103, 1843, 237, 91), 93.0, 1, 1, 1),
        OcrWord("陈希", Box(106, 1955, 100, 67), 90.0, 2, 1, 1),
        OcrWord("13987848514", Box(280, 1955, 346, 67), 90.0, 2, 1, 1),
        OcrWord("广东省深圳市南山区科技园", Box(104, 2042, 574, 70), 96.0, 3, 1, 1),
        OcrWord("当前", Box(285, 2192, 128, 52), 96.0, 4, 1, 1),
        OcrWord("账号状六-开帅,", Box(416, 2192, 360, 68), 13.0, 4, 1, 1),
        OcrWord("请完成安全验证", Box(786, 2196, 371, 54), 96.0, 4, 1, 1),
        OcrWord("后再试", Box(638, 2276, 163, 76), 96.0, 5, 1, 1),
    ]
    engine = _engine_reading_first(tmp_path, shot, first)
    # what the region's reading gave on that screenshot
    region = [
        OcrWord(text, Box(*box), conf, REGION_BLOCK + 1, 1, 1)
        for text, box, conf in (
            ("”当前", (181, 2259, 16, 19), 60.0),
            ("账号", (416, 2166, 109, 116), 93.0),
            ("状态", (525, 2166, 109, 116), 96.0),
            ("异常", (633, 2166, 110, 116), 87.0),
            ("，", (744, 2236, 6, 13), 89.0),
            ("请", (786, 2197, 41, 52), 90.0),
            ("完成", (851, 2196, 117, 54), 96.0),
            ("安全", (967, 2166, 80, 116), 96.0),
            ("验证", (1068, 2198, 88, 51), 92.0),
        )
    ]
    monkeypatch.setattr(
        engine,
        "read_regions",
        lambda image, boxes, sha256=None: [
            [region] if b.y <= 2200 <= b.bottom else [] for b in boxes
        ],
    )
    _, reading = read_page(engine, shot)
    assert reading.fields.error_message is not None
    assert reading.fields.error_message.count("当前") == 1
    assert not any(s.text == "当前" for s in reading.sensitive)
    # the card's name and phone stay covered
    assert any(s.type == SensitiveType.PHONE for s in reading.sensitive)


def test_a_balance_read_in_doubted_pieces_takes_a_reading_of_it_whole() -> None:
    """A thin white "4712 云贝" on a dark gradient read "47" "1" "2" at 67, 0 and 0
    (fresh seed holdout2 74 #66); read again "AT12" "28" and "4712.0" at 50, no sure
    clean number. The whole reading holds the pieces' digits and the unit's glyphs after
    them: both agree. One that goes on with more digits does not."""
    words = one_line(
        [
            ("47", 78, 418, 150, 138, 67.0),
            ("1", 260, 418, 60, 138, 0.0),
            ("2", 330, 418, 90, 138, 0.0),
        ],
        1,
    )
    (line,) = page_lines(OcrPage(W, H, False, words))
    readings = [[("AT12", 51.0), ("28", 51.0)], [("4712.0", 50.0)]]
    assert better_number_reading(line, readings) == "4712"
    assert better_number_reading(line, [[("AT12", 51.0)], [("4712856", 50.0)]]) is None


def test_a_price_found_by_its_place_alone_is_doubted_when_its_digits_were() -> None:
    """ "805" at 0 right over the item's name, for 80 云贝 its unit read as a 5 (fresh
    seed holdout2 75 #40): found by its place, it counted as sure and got no look."""

    def lines(conf: float) -> list[Line]:
        return lines_with_confidence(
            (
                ("商品详情", 321, 107, 125, 37, 96.0),
                ("805", 29, 678, 105, 43, conf),
                ("限量500份", 616, 698, 120, 22, 90.0),
                ("K歌房VIP 3天卡", 31, 747, 231, 46, 90.0),
            ),
            766,
            1657,
        )

    assert cost_doubted(lines(0.0), 766, 1657, "K歌房VIP 3天卡")
    assert not cost_doubted(lines(92.0), 766, 1657, "K歌房VIP 3天卡")


def test_a_balance_read_first_under_30_takes_readings_that_agree_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A profile card's "我的云贝 4306 >" read "43006" at 14 (fresh seed holdout2 76
    #25); read again "4306>" at 90 and "4306" ">" at 61. A first reading that doubted
    its digits has no say: the readings agree, one of them surely."""
    shot = Screenshot(
        Path("card.png"), "43" * 32, Image.new("RGB", (W, H), "white"), "PNG", 0, None
    )
    first = [
        OcrWord("我的云贝", Box(368, 639, 81, 33), 93.0, 1, 1, 1),
        OcrWord("43006", Box(369, 691, 101, 39), 14.0, 2, 1, 1),
        OcrWord(",", Box(480, 700, 15, 30), 81.0, 2, 1, 1),
    ]
    engine = _engine_reading_first(tmp_path, shot, first)
    readings = [[("4306>", 90.0)], [("4306", 61.0), (">", 61.0)]]
    monkeypatch.setattr(engine, "read_lines", lambda image, boxes, sha256=None: [readings])
    assert read_page(engine, shot)[1].fields.balance == 4306
