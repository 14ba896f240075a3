"""Redaction must be irreversible, deterministic, metadata-free and atomic on disk."""

from __future__ import annotations

import hashlib
import io
import os
import random
import re
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms, ImageDraw, ImageFont, ImageStat, PngImagePlugin

from yunbei_gui.core.models import Box
from yunbei_gui.core.redact import RedactionMode, encode_clean_png, redact, save_clean_png

ROOT = Path(__file__).resolve().parents[1]
FONT_PATH = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
MODES = list(RedactionMode)


def font(size: int = 42) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_PATH), size)


# --- helpers --------------------------------------------------------------------------------


def private_mask(size: tuple[int, int], boxes: Sequence[Box]) -> Image.Image:
    """255 inside any (clipped, non-empty) box."""
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for box in boxes:
        c = box.clipped(*size)
        if c.area:
            draw.rectangle((c.x, c.y, c.right - 1, c.bottom - 1), fill=255)
    return mask


def differ_only_inside(base: Image.Image, other: Image.Image, boxes: Sequence[Box]) -> Image.Image:
    """`base` outside the boxes, `other` inside them."""
    return Image.composite(other, base, private_mask(base.size, boxes))


def blank_boxes(image: Image.Image, boxes: Sequence[Box]) -> bytes:
    """Pixels of `image` with every box blacked out: compares 'everything outside'."""
    im = image.convert("RGB")
    im.paste((0, 0, 0), (0, 0, *im.size), private_mask(im.size, boxes))
    return im.tobytes()


def png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        ctype = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(ctype + body) == crc
        yield ctype, body
        pos += 12 + length
    assert pos == len(data)


def chunk_types(data: bytes) -> list[bytes]:
    return [t for t, _ in png_chunks(data)]


def assert_minimal_png(data: bytes) -> None:
    types = chunk_types(data)
    assert types[0] == b"IHDR" and types[-1] == b"IEND"
    assert set(types) == {b"IHDR", b"IDAT", b"IEND"}, types


def draw_text(
    image: Image.Image, xy: tuple[int, int], text: str, fill: object, size: int = 42
) -> Box:
    draw = ImageDraw.Draw(image)
    f = font(size)
    draw.text(xy, text, font=f, fill=fill)  # type: ignore[arg-type]
    left, top, right, bottom = draw.textbbox(xy, text, font=f)
    return Box.from_edges(int(left), int(top), int(right) + 1, int(bottom) + 1)


def account_page(values: Sequence[str], width: int = 720, dark: bool = False) -> Image.Image:
    """A fake account page; one row per value, value text starting at x = 300."""
    if dark:
        bg, card, ink = (20, 22, 26), (36, 38, 44), (230, 230, 230)
    else:
        bg, card, ink = (244, 244, 246), (255, 255, 255), (40, 40, 40)
    image = Image.new("RGB", (width, 120 + 110 * len(values)), bg)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 90), fill=(200, 40, 60))
    draw.text((30, 20), "账号与安全", font=font(40), fill="white")
    labels = ["手机号", "邮箱", "身份证", "实名", "订单号"]
    for i, value in enumerate(values):
        y = 120 + 110 * i
        draw.rounded_rectangle((16, y - 14, width - 16, y + 70), 14, fill=card)
        draw.text((40, y), labels[i % len(labels)], font=font(), fill=ink)
        draw.text((300, y), value, font=font(), fill=ink)
    return image


VALUES_A = ["13812345678", "zhang.wei88@163.com", "110105199003071234", "张伟"]
VALUES_B = ["19900001111", "li.na2024@qq.com", "440301198812125678", "王芳芳"]


def value_boxes(image: Image.Image, values: Sequence[str], pad: int = 4) -> list[Box]:
    draw = ImageDraw.Draw(image)
    boxes = []
    for i, value in enumerate(values):
        bb = draw.textbbox((300, 120 + 110 * i), value, font=font())
        boxes.append(Box.from_edges(*(int(v) for v in bb)).padded(pad))
    return boxes


# --- the core guarantee: output does not depend on anything inside the boxes ----------------


def _screenshot_pair(boxes_extra: Sequence[Box] = ()) -> tuple[Image.Image, Image.Image, list[Box]]:
    a = account_page(VALUES_A)
    b_full = account_page(VALUES_B)
    # Widest value extents of both renders, so every private glyph is covered.
    boxes = [
        ba.union(bb)
        for ba, bb in zip(value_boxes(a, VALUES_A), value_boxes(b_full, VALUES_B), strict=True)
    ]
    boxes += list(boxes_extra)
    b = differ_only_inside(a, b_full, boxes)
    assert a.tobytes() != b.tobytes()
    assert blank_boxes(a, boxes) == blank_boxes(b, boxes)
    return a, b, boxes


@pytest.mark.parametrize("mode", MODES)
def test_screenshots_differing_only_inside_boxes_redact_identically(mode: RedactionMode) -> None:
    a, b, boxes = _screenshot_pair()
    out_a, out_b = redact(a, boxes, mode), redact(b, boxes, mode)
    assert encode_clean_png(out_a) == encode_clean_png(out_b)
    assert blank_boxes(out_a, boxes) == blank_boxes(a, boxes)


@pytest.mark.parametrize("mode", MODES)
def test_neighbouring_overlapping_and_edge_boxes(mode: RedactionMode) -> None:
    page = account_page(VALUES_A)
    w, h = page.size
    phone = value_boxes(page, VALUES_A)[0]
    half = phone.w // 2
    extra = [
        Box(phone.x, phone.y, half + 6, phone.h),  # overlaps the right half
        Box(phone.x + half, phone.y, phone.w - half, phone.h),
        Box(phone.right, phone.y, 40, phone.h),  # touches the phone box
        # Rings that are partly private: staggered, and 2 px below the phone box.
        Box(phone.right + 41, phone.y + phone.h // 2, 50, phone.h),
        Box(phone.x + 10, phone.bottom + 2, 90, 20),
        Box(0, 0, 120, 40),  # top-left corner
        Box(w - 90, h - 30, 200, 200),  # runs off the bottom-right
        Box(-20, 300, 60, 50),  # runs off the left
        Box(200, -10, 80, 30),  # runs off the top
    ]
    a, b, boxes = _screenshot_pair(extra)
    # Other text inside, and random noise inside: same bytes out every time.
    noisy = differ_only_inside(a, _random_image(*a.size, seed=7, smooth=False), boxes)
    assert a.tobytes() != noisy.tobytes()
    out_a = encode_clean_png(redact(a, boxes, mode))
    assert encode_clean_png(redact(b, boxes, mode)) == out_a
    assert encode_clean_png(redact(noisy, boxes, mode)) == out_a
    assert blank_boxes(redact(a, boxes, mode), boxes) == blank_boxes(a, boxes)


@st.composite
def image_pair_and_boxes(draw: st.DrawFn) -> tuple[Image.Image, Image.Image, list[Box]]:
    w = draw(st.integers(4, 72))
    h = draw(st.integers(4, 72))
    boxes = draw(
        st.lists(
            st.builds(
                Box,
                st.integers(-12, w + 4),
                st.integers(-12, h + 4),
                st.integers(-4, w + 12),
                st.integers(-4, h + 12),
            ),
            min_size=1,
            max_size=5,
        )
    )
    seed_a, seed_b = draw(st.integers(0, 2**32)), draw(st.integers(0, 2**32))
    smooth = draw(st.booleans())
    a = _random_image(w, h, seed_a, smooth)
    b = differ_only_inside(a, _random_image(w, h, seed_b, smooth=False), boxes)
    return a, b, boxes


def _random_image(w: int, h: int, seed: int, smooth: bool) -> Image.Image:
    rng = random.Random(seed)
    if smooth:  # a flat screenshot-like background with some text
        image = Image.new("RGB", (w, h), tuple(rng.randrange(256) for _ in range(3)))
        ImageDraw.Draw(image).text((1, 1), str(rng.randrange(10**8)), fill=(0, 0, 0))
        return image
    return Image.frombytes("RGB", (w, h), rng.randbytes(w * h * 3))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(image_pair_and_boxes())
def test_property_output_independent_of_box_contents(
    case: tuple[Image.Image, Image.Image, list[Box]],
) -> None:
    a, b, boxes = case
    for mode in MODES:
        out_a, out_b = redact(a, boxes, mode), redact(b, boxes, mode)
        assert out_a.size == a.size and out_a.mode == "RGB"
        assert out_a.tobytes() == out_b.tobytes(), mode
        assert blank_boxes(out_a, boxes) == blank_boxes(a, boxes), mode


def test_box_order_and_duplicates_do_not_matter() -> None:
    a, _, boxes = _screenshot_pair()
    for mode in MODES:
        ref = redact(a, boxes, mode).tobytes()
        assert redact(a, [*reversed(boxes), boxes[0]], mode).tobytes() == ref


def test_deterministic_across_processes() -> None:
    a, _, boxes = _screenshot_pair()
    here = [encode_clean_png(redact(a, boxes, m)) for m in MODES]
    script = (
        "import sys, hashlib\n"
        "from tests.test_redact import _screenshot_pair, MODES\n"
        "from yunbei_gui.core.redact import redact, encode_clean_png\n"
        "a, _, boxes = _screenshot_pair()\n"
        "for m in MODES: print(hashlib.sha256(encode_clean_png(redact(a, boxes, m))).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    res = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == [hashlib.sha256(d).hexdigest() for d in here]


# --- basic contract -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_input_untouched_output_new_rgb(mode: RedactionMode) -> None:
    a, _, boxes = _screenshot_pair()
    rgba = a.convert("RGBA")
    rgba.info["comment"] = "keep"
    before = rgba.tobytes()
    out = redact(rgba, boxes, mode)
    assert out is not rgba
    assert rgba.tobytes() == before and rgba.mode == "RGBA" and rgba.info == {"comment": "keep"}
    assert out.mode == "RGB" and out.size == rgba.size
    assert blank_boxes(out, boxes) == blank_boxes(a, boxes)
    # Every box was repainted.
    for box in boxes:
        assert (
            out.crop((box.x, box.y, box.right, box.bottom)).tobytes()
            != a.crop((box.x, box.y, box.right, box.bottom)).tobytes()
        )


def test_no_boxes_returns_equal_copy() -> None:
    a = account_page(VALUES_A)
    out = redact(a, [])
    assert out is not a and out.tobytes() == a.tobytes()


def test_transparency_is_flattened_not_revealed() -> None:
    # Colour hidden under alpha = 0 must not resurface in the output.
    image = Image.new("RGBA", (60, 30), (255, 0, 0, 0))
    out = redact(image, [Box(0, 0, 5, 5)])
    assert out.getpixel((40, 20)) == (255, 255, 255)
    assert b"\xff\x00\x00" not in encode_clean_png(image)


@pytest.mark.parametrize("mode", MODES)
def test_degenerate_boxes(mode: RedactionMode) -> None:
    a = account_page(VALUES_A)
    w, h = a.size
    # Zero-size, negative-size and fully-outside boxes are ignored.
    ignored = [Box(10, 10, 0, 0), Box(50, 50, 0, 30), Box(50, 50, -20, 10), Box(w + 5, 0, 30, 30)]
    ignored += [Box(-40, -40, 30, 30), Box(0, h, 40, 40)]
    assert redact(a, ignored, mode).tobytes() == a.tobytes()
    # Partly outside: clipped, the inside part is repainted.
    part = Box(w - 30, h - 30, 100, 100)
    out = redact(a, [part], mode)
    assert out.size == a.size
    assert blank_boxes(out, [part]) == blank_boxes(a, [part])
    # Whole image: nothing outside to sample, falls back to a neutral tone, no crash, and
    # the result cannot depend on the input at all.
    whole = [Box(-5, -5, w + 10, h + 10)]
    out1 = redact(a, whole, mode)
    out2 = redact(account_page(VALUES_B, dark=True), whole, mode)
    assert out1.tobytes() == out2.tobytes()
    lo, hi = zip(*out1.getextrema(), strict=True)
    assert min(lo) >= 60 and max(hi) <= 200  # a calm mid tone, not black/white noise


@pytest.mark.parametrize("mode", MODES)
def test_patch_stays_close_to_surroundings(mode: RedactionMode) -> None:
    # On a flat background the patch stays close to it: redaction looks calm, not garish.
    for bg in ((255, 255, 255), (24, 24, 28), (200, 40, 60)):
        image = Image.new("RGB", (300, 120), bg)
        draw_text(image, (20, 30), "13812345678", (128, 128, 128))
        box = Box(10, 20, 280, 70)
        out = redact(image, [box], mode).crop((box.x, box.y, box.right, box.bottom))
        mean = ImageStat.Stat(out).mean
        assert max(abs(m - b) for m, b in zip(mean, bg, strict=True)) < 90


# --- metadata -------------------------------------------------------------------------------


def _image_with_metadata() -> Image.Image:
    base = account_page(VALUES_A)
    exif = Image.Exif()
    exif[0x010E] = "13812345678"  # ImageDescription
    exif[0x0131] = "SecretCam 1.0"  # Software
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "phone 13812345678")
    info.add_itxt("Author", "张伟 zhang.wei88@163.com")
    info.add_text("Zipped", "id 110105199003071234", zip=True)
    buf = io.BytesIO()
    base.save(buf, format="PNG", exif=exif, icc_profile=icc, pnginfo=info, dpi=(300, 300))
    raw = buf.getvalue()
    assert {b"eXIf", b"iCCP", b"tEXt", b"iTXt", b"zTXt", b"pHYs"} <= set(chunk_types(raw))
    image = Image.open(io.BytesIO(raw))
    image.load()
    assert "icc_profile" in image.info and "exif" in image.info
    return image


@pytest.mark.parametrize("mode", MODES)
def test_output_png_has_no_metadata(mode: RedactionMode) -> None:
    image = _image_with_metadata()
    boxes = value_boxes(image, VALUES_A)
    data = encode_clean_png(redact(image, boxes, mode))
    assert_minimal_png(data)
    for secret in (b"13812345678", b"SecretCam", b"zhang", "张伟".encode()):
        assert secret not in data
    assert Image.open(io.BytesIO(data)).info == {}


def test_encode_clean_png_directly_strips_metadata_and_is_deterministic() -> None:
    image = _image_with_metadata()
    data = encode_clean_png(image)
    assert_minimal_png(data)
    assert data == encode_clean_png(image)
    assert Image.open(io.BytesIO(data)).convert("RGB").tobytes() == image.convert("RGB").tobytes()


def test_encode_clean_png_from_jpeg_with_exif() -> None:
    exif = Image.Exif()
    exif[0x010E] = "13812345678"
    buf = io.BytesIO()
    account_page(VALUES_A).save(buf, format="JPEG", exif=exif)
    image = Image.open(buf)
    data = encode_clean_png(redact(image, [Box(0, 0, 10, 10)]))
    assert_minimal_png(data)
    assert b"13812345678" not in data


# --- OCR read-back with real Tesseract ------------------------------------------------------

pytesseract = pytest.importorskip("pytesseract")


def _tesseract_ready() -> bool:
    try:
        return {"chi_sim", "eng"} <= set(pytesseract.get_languages(config=""))
    except Exception:
        return False


needs_tesseract = pytest.mark.skipif(not _tesseract_ready(), reason="tesseract chi_sim+eng")


def ocr(image: Image.Image) -> str:
    text: str = pytesseract.image_to_string(
        image.convert("L"), lang="chi_sim+eng", config="--psm 7"
    )
    return re.sub(r"\s+", "", text)


def alnum(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def leaked_runs(private: str, read: str, run: int = 4) -> list[str]:
    p, r = alnum(private), alnum(read)
    return [p[i : i + run] for i in range(len(p) - run + 1) if p[i : i + run] in r]


OCR_CASES = [
    ("手机号", "13812345678"),
    ("邮箱", "zhang.wei88@163.com"),
    ("身份证", "110105199003071234"),
]


@needs_tesseract
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize(("label", "value"), OCR_CASES)
def test_ocr_cannot_read_redacted_value(
    label: str, value: str, dark: bool, mode: RedactionMode
) -> None:
    bg, fg = ((28, 30, 36), (235, 235, 235)) if dark else ((255, 255, 255), (30, 30, 30))
    image = Image.new("RGB", (900, 110), bg)
    label_box = draw_text(image, (24, 30), label, fg)
    value_box = draw_text(image, (label_box.right + 30, 30), value, fg).padded(4)
    crop_box = value_box.padded(12).clipped(*image.size)
    crop = (crop_box.x, crop_box.y, crop_box.right, crop_box.bottom)

    # The test has teeth: before redaction Tesseract does read the value.
    assert len(leaked_runs(value, ocr(image.crop(crop)))) >= 3

    out = redact(image, [value_box], mode)
    read_back = ocr(out.crop(crop))
    assert leaked_runs(value, read_back) == [], read_back
    assert not re.search(r"\d{4}", read_back), read_back
    # What is outside the box is still readable.
    assert label in ocr(out), ocr(out)


# --- atomic save ----------------------------------------------------------------------------


def test_save_clean_png_writes_clean_file(tmp_path: Path) -> None:
    image = _image_with_metadata()
    target = tmp_path / "out.png"
    save_clean_png(image, target)
    assert target.read_bytes() == encode_clean_png(image)
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]
    # Overwriting an existing file works too.
    save_clean_png(redact(image, [Box(0, 0, 50, 50)]), target)
    assert_minimal_png(target.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_save_clean_png_is_atomic_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    image = account_page(VALUES_A)
    existing = tmp_path / "old.png"
    existing.write_bytes(b"previous")

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    if failing == "write":
        # Half the bytes reach the temp file, then the disk "fills up".
        real_fdopen = os.fdopen

        class Exploding(io.RawIOBase):
            def __init__(self, fd: int) -> None:
                self._f = real_fdopen(fd, "wb")

            def write(self, data: object) -> int:
                self._f.write(b"half")
                self._f.flush()
                raise OSError("disk full")

            def fileno(self) -> int:
                return self._f.fileno()

            def close(self) -> None:
                self._f.close()
                super().close()

        monkeypatch.setattr(os, "fdopen", lambda fd, mode="r": Exploding(fd))
    else:
        monkeypatch.setattr(os, failing, boom)

    for name in ("new.png", "old.png"):
        with pytest.raises(OSError, match="disk full"):
            save_clean_png(image, tmp_path / name)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.png"]
    assert existing.read_bytes() == b"previous"
