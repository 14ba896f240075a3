"""Open a file the user dropped as a `Screenshot`: hashed, oriented, flattened to RGB."""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from yunbei_gui.core.errors import (
    BrokenImageError,
    EmptyFileError,
    ImageTooLargeError,
    NotAnImageError,
    UnreadablePathError,
)

log = logging.getLogger(__name__)

# A 1440x3200 phone screen is 4.6 MP; long scrolling captures reach ~20 MP. Anything far
# beyond is refused before decoding (decompression bombs).
MAX_PIXELS = 60_000_000
MAX_FILE_BYTES = 200 * 1024 * 1024
ACCEPTED_FORMATS = frozenset({"PNG", "JPEG", "MPO", "WEBP", "BMP", "HEIF", "GIF", "TIFF"})

_heif_registered = False


def _register_heif() -> bool:
    """Enable HEIC/HEIF decoding when pillow-heif is installed (optional extra)."""
    global _heif_registered
    if not _heif_registered:
        try:
            from pillow_heif import register_heif_opener
        except ImportError:
            return False
        register_heif_opener()
        _heif_registered = True
    return True


@dataclass(frozen=True)
class Screenshot:
    """A decoded screenshot. `sha256` is of the original file bytes, taken before decoding."""

    path: Path
    sha256: str
    image: Image.Image  # RGB, orientation applied
    source_format: str
    file_size: int
    exif_time: str | None  # ISO 8601 from EXIF DateTimeOriginal/DateTime, if any

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height


def _is_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in {b"heic", b"heix", b"mif1", b"msf1", b"hevc"}


def _exif_time(img: Image.Image) -> str | None:
    try:
        exif = img.getexif()
        raw = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)
    except Exception:  # EXIF is optional and often malformed; never fail a load on it
        return None
    if not isinstance(raw, str):
        return None
    try:
        return datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
    except ValueError:
        return None


def _to_rgb(img: Image.Image) -> Image.Image:
    """Flatten alpha onto white, scale 16-bit/float images, expand palettes."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        as_int = img.convert("I") if img.mode != "F" else img
        extrema = as_int.getextrema()
        lo, hi = float(extrema[0]), float(extrema[1])  # type: ignore[arg-type]
        span = (hi - lo) or 1.0
        scaled = as_int.point(lambda v: (v - lo) * 255.0 / span)
        return scaled.convert("L").convert("RGB")
    if img.mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    if img.mode in ("LA", "PA", "La"):
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "RGBa"):
        background = Image.new("RGB", img.size, (255, 255, 255))
        background.paste(img, mask=img.getchannel("A"))
        return background
    if img.mode != "RGB":
        return img.convert("RGB")
    return img


def decode_image(data: bytes, name: str = "") -> tuple[Image.Image, str, str | None]:
    """Decode image bytes to RGB. Returns (image, format, exif time). Raises ImageLoadError."""
    if not data:
        raise EmptyFileError(f"文件是空的（0 字节）：{name}")
    is_heif = _is_heif(data)
    if is_heif and not _register_heif():
        raise NotAnImageError(
            f"这是 HEIC 格式的照片，当前未安装 HEIC 支持：{name}。"
            "请在手机相册里把它导出为 JPG/PNG，或安装 pillow-heif。"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img: Image.Image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError as exc:
        raise NotAnImageError(
            f"不是图片文件，或是不支持的格式：{name}。请选择 PNG、JPG、WebP 或 BMP 截图。"
        ) from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageTooLargeError(f"图片尺寸过大，无法安全打开：{name}") from exc
    except Exception as exc:  # a header so broken that Pillow's plugins raise anything
        raise BrokenImageError(f"图片文件已损坏，无法打开：{name}", repr(exc)) from exc
    fmt = (img.format or "").upper()
    if fmt not in ACCEPTED_FORMATS:
        raise NotAnImageError(
            f"不支持的图片格式（{fmt or '未知'}）：{name}。请选择 PNG、JPG、WebP 或 BMP 截图。"
        )
    width, height = img.size
    if width <= 0 or height <= 0:
        raise BrokenImageError(f"图片尺寸无效：{name}")
    if width * height > MAX_PIXELS:
        raise ImageTooLargeError(
            f"图片过大（{width}×{height} 像素），"
            f"超过 {MAX_PIXELS // 1_000_000} 百万像素的上限：{name}"
        )
    try:
        img.load()
        if getattr(img, "n_frames", 1) > 1:
            img.seek(0)
        exif_time = _exif_time(img)
        img = ImageOps.exif_transpose(img) or img
        rgb = _to_rgb(img)
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise BrokenImageError(
            f"图片文件不完整或已损坏：{name}。请重新截图或从手机重新导出。", repr(exc)
        ) from exc
    return rgb, fmt, exif_time


def load_screenshot(path: Path | str) -> Screenshot:
    """Open one screenshot. The SHA-256 is taken from the original bytes before decoding."""
    p = Path(path)
    name = p.name or str(p)
    try:
        if p.is_dir():
            raise UnreadablePathError(f"这是一个文件夹，不是图片：{name}")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageTooLargeError(
                f"文件过大（{size // (1024 * 1024)} MB），截图通常不超过 20 MB：{name}"
            )
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadablePathError(f"找不到文件：{p}") from exc
    except PermissionError as exc:
        raise UnreadablePathError(f"没有权限读取文件：{p}") from exc
    except OSError as exc:
        raise UnreadablePathError(f"无法读取文件：{p}", repr(exc)) from exc
    sha256 = hashlib.sha256(data).hexdigest()
    image, fmt, exif_time = decode_image(data, name)
    log.debug("loaded %s (%dx%d, %s)", sha256[:12], image.width, image.height, fmt)
    return Screenshot(
        path=p,
        sha256=sha256,
        image=image,
        source_format=fmt,
        file_size=len(data),
        exif_time=exif_time,
    )
