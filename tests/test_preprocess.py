"""What Tesseract is shown: dark text on light, whatever the theme, and nothing erased."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageStat

from yunbei_gui.core.lines import page_lines
from yunbei_gui.core.ocr import OcrEngine, OcrSettings, dark_patch_boxes, prepare
from yunbei_gui.resources import cjk_font_path


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_font_path()), size)


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    """Share of dark pixels in a box of the prepared image."""
    crop = image.crop(box)
    hist = crop.histogram()
    return sum(hist[:100]) / max(1, sum(hist))


def test_dark_theme_is_inverted() -> None:
    img = Image.new("RGB", (1080, 2340), (18, 18, 18))
    ImageDraw.Draw(img).text((60, 300), "服务器繁忙", font=_font(48), fill=(235, 235, 235))
    grey, inverted = prepare(img)
    assert inverted
    assert ImageStat.Stat(grey).median[0] > 200  # light page
    assert _ink(grey, (60, 300, 300, 360)) > 0.05  # the text is dark now


def test_white_text_on_a_toast_becomes_dark_text_on_white() -> None:
    img = Image.new("RGB", (1080, 2340), "white")
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((250, 1500, 830, 1600), radius=50, fill=(40, 40, 40))
    draw.text((300, 1525), "该商品已兑完", font=_font(46), fill="white")
    assert dark_patch_boxes(img.convert("L"))
    grey, _ = prepare(img)
    assert _ink(grey, (300, 1525, 580, 1575)) > 0.05  # strokes are dark
    assert _ink(grey, (255, 1505, 290, 1595)) < 0.2  # the pill itself is not a black frame


def test_big_bold_black_numbers_are_never_erased() -> None:
    img = Image.new("RGB", (1080, 2340), "white")
    ImageDraw.Draw(img).text(
        (60, 400), "13812345678", font=_font(150), fill="black", stroke_width=6, stroke_fill="black"
    )
    before = _ink(img.convert("L"), (60, 400, 1060, 600))
    grey, _ = prepare(img)
    assert _ink(grey, (60, 400, 1060, 600)) >= 0.8 * before


def test_light_text_on_a_coloured_card_is_kept() -> None:
    img = Image.new("RGB", (1080, 2340), (18, 18, 18))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((40, 300, 1040, 800), radius=40, fill=(240, 160, 60))
    draw.text((100, 500), "743", font=_font(120), fill="white")
    grey, _ = prepare(img)
    assert _ink(grey, (100, 500, 330, 640)) > 0.05


def test_a_wide_toast_under_a_line_of_text_is_cleaned_too() -> None:
    # a toast about 2.3 times as wide as tall, right under a text line of the page: the
    # patch found around it takes in a strip of the page, and is still cleaned
    img = Image.new("RGB", (1242, 2709), "white")
    draw = ImageDraw.Draw(img)
    draw.text((50, 1090), "兑换限制", font=_font(46), fill="black")
    draw.rounded_rectangle((180, 1135, 1060, 1300), radius=30, fill=(45, 45, 45))
    draw.text((250, 1190), "网络异常，请检查网络设置后重试", font=_font(46), fill="white")
    grey, _ = prepare(img)
    assert _ink(grey, (250, 1190, 1000, 1240)) > 0.05  # the message's strokes are dark
    assert _ink(grey, (190, 1150, 240, 1290)) < 0.2  # the toast is no black block


def test_red_text_on_a_dark_sheet_becomes_dark_ink() -> None:
    # a dark theme's confirm sheet with its error line in red: faint in luma alone
    img = Image.new("RGB", (1080, 2340), (12, 12, 14))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 1400, 1080, 2340), fill=(36, 36, 40))
    draw.text((150, 2000), "今日兑换名额已满", font=_font(46), fill=(225, 35, 45))
    grey, inverted = prepare(img)
    assert inverted
    assert _ink(grey, (150, 2000, 520, 2050)) > 0.05


def _name_over_a_toast() -> Image.Image:
    """An item's bold name on a white card with a dark toast right under it (fresh
    holdout 3232: the name came out as "黑" alone)."""
    img = Image.new("RGB", (1080, 2340), (244, 245, 248))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 1080, 800), fill=(20, 20, 60))
    draw.rounded_rectangle((32, 840, 1048, 1110), radius=24, fill="white")
    draw.text((75, 880), "黑胶VIP七天体验卡", font=_font(60), fill=(30, 30, 30))
    draw.text((75, 975), "100", font=_font(64), fill=(240, 60, 60))
    draw.rounded_rectangle((156, 958, 924, 1150), radius=22, fill=(56, 56, 56))
    draw.text((210, 990), "当前兑换人数过多，服务器开小差了，", font=_font(40), fill="white")
    draw.text((444, 1055), "请稍后重试", font=_font(40), fill="white")
    return img


def test_a_toast_leaves_no_dark_halo_on_the_text_beside_it() -> None:
    """The ink is measured against the page around it; a toast counted into that page
    darkens it, and the white card between the name and the toast turned to ink."""
    img = _name_over_a_toast()
    grey, _ = prepare(img)
    gap = (200, 948, 540, 957)  # white card between the name and the toast under it
    assert _ink(grey, gap) < 0.02
    halo, _ = prepare(img, OcrSettings(patch_holes=False))
    assert _ink(halo, gap) > 0.5  # as it was


def test_an_items_name_right_over_a_toast_is_read_whole(tmp_path: Path) -> None:
    page = OcrEngine(cache_dir=tmp_path).read_image(_name_over_a_toast())
    texts = [ln.text for ln in page_lines(page)]
    assert "黑胶VIP七天体验卡" in texts
    assert "请稍后重试" in texts


def test_a_heavy_bold_name_on_a_dark_theme_is_no_toast(tmp_path: Path) -> None:
    """White ultra-bold text on a dark page (fresh holdout2 64 #25): inverted, its strokes
    darken its box like a toast's, and cleaning it as one (light pixels as text) erased
    all but its first glyphs. Light gaps between its glyphs, top to bottom, tell it."""
    img = Image.new("RGB", (1080, 2340), (28, 28, 34))
    draw = ImageDraw.Draw(img)
    draw.text((60, 900), "480", font=_font(80), fill=(240, 60, 60))
    draw.text((200, 930), "云贝", font=_font(40), fill=(240, 60, 60))
    for i, stroke in enumerate((2, 3)):
        draw.text(
            (50, 1000 + 120 * i),
            "黑胶唱片造型钥匙扣",
            font=_font(64),
            fill=(245, 245, 245),
            stroke_width=stroke,
            stroke_fill=(245, 245, 245),
        )
    page = OcrEngine(cache_dir=tmp_path).read_image(img)
    assert [ln.text for ln in page_lines(page)].count("黑胶唱片造型钥匙扣") == 2
