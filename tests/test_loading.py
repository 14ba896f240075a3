"""Opening what the user drops: every image kind works, every bad file gets a clear refusal."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from yunbei_gui.core import screenshot as shot_mod
from yunbei_gui.core.analysis import load_all
from yunbei_gui.core.errors import (
    BrokenImageError,
    EmptyFileError,
    ImageLoadError,
    ImageTooLargeError,
    NotAnImageError,
    UnreadablePathError,
)
from yunbei_gui.core.screenshot import load_screenshot


def _png_bytes(img: Image.Image, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", **kw)
    return buf.getvalue()


def _chunk(tag: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "fmt,ext", [("PNG", "png"), ("JPEG", "jpg"), ("WEBP", "webp"), ("BMP", "bmp")]
)
def test_common_formats_open_as_rgb_with_hash_of_original_bytes(
    tmp_path: Path, fmt: str, ext: str
) -> None:
    img = Image.new("RGB", (90, 160), (200, 30, 30))
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    path = _write(tmp_path, f"shot.{ext}", buf.getvalue())
    shot = load_screenshot(path)
    assert shot.image.mode == "RGB"
    assert (shot.width, shot.height) == (90, 160)
    assert shot.sha256 == hashlib.sha256(buf.getvalue()).hexdigest()


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    img = Image.new("RGB", (100, 40), (255, 255, 255))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise for display
    exif[0x0132] = "2026:11:20 10:32:15"
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif)
    shot = load_screenshot(_write(tmp_path, "rotated.jpg", buf.getvalue()))
    assert (shot.width, shot.height) == (40, 100)
    assert shot.exif_time == "2026-11-20T10:32:15"


def test_alpha_is_flattened_onto_white(tmp_path: Path) -> None:
    img = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    shot = load_screenshot(_write(tmp_path, "clear.png", _png_bytes(img)))
    assert shot.image.getpixel((5, 5)) == (255, 255, 255)


def test_palette_and_16_bit_images_are_converted(tmp_path: Path) -> None:
    pal = Image.new("RGB", (8, 8), (10, 200, 10)).convert("P")
    assert (
        load_screenshot(_write(tmp_path, "p.png", _png_bytes(pal))).image.getpixel((1, 1))[1] > 150
    )
    deep = Image.new("I;16", (8, 8))
    deep.putpixel((0, 0), 65535)
    shot = load_screenshot(_write(tmp_path, "deep.png", _png_bytes(deep)))
    assert shot.image.mode == "RGB"
    assert shot.image.getpixel((0, 0)) == (255, 255, 255)
    assert shot.image.getpixel((1, 1)) == (0, 0, 0)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError) as info:
        load_screenshot(_write(tmp_path, "empty.png", b""))
    assert "空" in info.value.message


def test_text_file_is_not_an_image(tmp_path: Path) -> None:
    with pytest.raises(NotAnImageError) as info:
        load_screenshot(_write(tmp_path, "notes.png", "这不是图片".encode()))
    assert "不是图片" in info.value.message


def test_truncated_png_is_broken(tmp_path: Path) -> None:
    data = _png_bytes(Image.effect_noise((300, 300), 60).convert("RGB"))
    with pytest.raises(BrokenImageError) as info:
        load_screenshot(_write(tmp_path, "cut.png", data[: len(data) // 2]))
    assert "损坏" in info.value.message


def test_decompression_bomb_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shot_mod, "MAX_PIXELS", 10_000)
    data = _png_bytes(Image.new("L", (200, 200)))
    with pytest.raises(ImageTooLargeError) as info:
        load_screenshot(_write(tmp_path, "huge.png", data))
    assert "过大" in info.value.message


def test_real_pillow_bomb_limit_is_a_typed_error(tmp_path: Path) -> None:
    # A hand-made PNG whose header claims 60000x60000 pixels (3.6 gigapixels).
    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\0" * 64))
    data += _chunk(b"IEND", b"")
    with pytest.raises(ImageTooLargeError):
        load_screenshot(_write(tmp_path, "bomb.png", data))


def test_missing_file_and_folder_are_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadablePathError) as info:
        load_screenshot(tmp_path / "nope.png")
    assert "找不到" in info.value.message
    with pytest.raises(UnreadablePathError):
        load_screenshot(tmp_path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_permissions(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.png", _png_bytes(Image.new("RGB", (4, 4))))
    path.chmod(0)
    with pytest.raises(UnreadablePathError):
        load_screenshot(path)


def test_heic_without_support_gets_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shot_mod, "_register_heif", lambda: False)
    fake_heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00heicmif1" + b"\x00" * 64
    with pytest.raises(NotAnImageError) as info:
        shot_mod.decode_image(fake_heic, "IMG_0001.HEIC")
    assert "HEIC" in info.value.message


def test_one_bad_file_never_stops_the_others(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.png", _png_bytes(Image.new("RGB", (20, 20))))
    bad = _write(tmp_path, "bad.png", b"garbage")
    empty = _write(tmp_path, "empty.jpg", b"")
    reports = load_all([bad, good, empty, tmp_path / "missing.png"])
    assert [r.screenshot is not None for r in reports] == [False, True, False, False]
    assert all(isinstance(r.error, ImageLoadError) for r in reports if r.screenshot is None)
    assert all(r.error.message for r in reports if r.error)
