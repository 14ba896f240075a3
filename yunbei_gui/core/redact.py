"""Irreversible redaction of screenshot regions and metadata-free PNG output.

Security model: blurring or pixelating the real pixels of text can be undone (Depix,
brute force over a known font), so nothing written into a redacted region is computed
from any pixel inside *any* redacted region. Each box is repainted from a thin ring of
pixels just outside the union of all boxes plus a PRNG seeded from the box geometry.
Two screenshots that differ only inside the boxes therefore redact to identical bytes.
"""

from __future__ import annotations

import bisect
import io
import itertools
import math
import random
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .files import atomic_write
from .models import Box

__all__ = ["RedactionMode", "encode_clean_png", "redact", "save_clean_png"]

RGB = tuple[int, int, int]

NEUTRAL_GREY: RGB = (128, 128, 128)
_RING = 3  # px of context sampled around a box: wide enough to skip anti-aliasing noise
_SEGMENT = 12  # px of edge per colour sample: follows gradients without chasing glyphs
_FIELD_CELL = 10  # px per cell of the coarse interpolation grid (upscaled afterwards)
_DARK_INK: RGB = (34, 34, 38)
_LIGHT_INK: RGB = (228, 228, 232)


class RedactionMode(StrEnum):
    BLUR = "blur"
    BLOCKS = "blocks"
    FILL = "fill"


def redact(
    image: Image.Image, boxes: Sequence[Box], mode: RedactionMode = RedactionMode.BLUR
) -> Image.Image:
    """Return a new RGB image with every box repainted; `image` is left untouched."""
    src = _to_rgb(image)
    width, height = src.size
    # Clip, drop empty boxes, dedupe and sort: the result must not depend on input order.
    clipped = sorted({c for b in boxes if (c := _int_box(b).clipped(width, height)).area > 0})
    if not clipped:
        return src

    # 255 = may be read, 0 = private. Only ever sample through this mask.
    outside = Image.new("L", src.size, 255)
    draw = ImageDraw.Draw(outside)
    for box in clipped:
        draw.rectangle((box.x, box.y, box.right - 1, box.bottom - 1), fill=0)

    # Patches are written straight into `src`: they only cover private pixels, and rings
    # only read pixels outside every box, so no patch ever sees another patch.
    for box in clipped:
        sides = _ring_samples(src, outside, box)
        rng = random.Random(f"yunbei-redact:{mode.value}:{box.x},{box.y},{box.w},{box.h}")
        if mode is RedactionMode.BLOCKS:
            patch = _blocks_patch(box, sides, rng)
        elif mode is RedactionMode.FILL:
            patch = _fill_patch(box, sides)
        else:
            patch = _blur_patch(box, sides, rng)
        # Every pixel of the box must be overwritten: a real check, not an assert (-O).
        if patch.size != (box.w, box.h) or patch.mode != "RGB":
            raise RuntimeError(f"redaction patch {patch.size} does not cover {box}")
        src.paste(patch, (box.x, box.y))
    return src


def encode_clean_png(image: Image.Image) -> bytes:
    """PNG bytes with only IHDR/IDAT/IEND: no EXIF, ICC, text, dpi or time chunks."""
    rgb = _to_rgb(image)
    # A fresh image from raw bytes carries no `info`, so Pillow has nothing to write
    # beyond the pixels; fixed settings keep the bytes deterministic.
    fresh = Image.frombytes("RGB", rgb.size, rgb.tobytes())
    buf = io.BytesIO()
    fresh.save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def save_clean_png(image: Image.Image, path: Path) -> None:
    """Write `encode_clean_png(image)` to `path` atomically.

    The bytes go to a temp file in the same directory (same filesystem, so the rename is
    atomic), are fsynced, then os.replace'd over the final name. On any failure the temp
    file is removed and the final name is untouched.
    """
    atomic_write(Path(path), encode_clean_png(image))


# --- helpers -----------------------------------------------------------------------------


def _to_rgb(image: Image.Image) -> Image.Image:
    """Convert to RGB as the user sees it: transparent areas flattened onto white.

    A plain convert("RGB") would expose colour data hidden under alpha = 0.
    """
    has_alpha = image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        image.mode == "P" and "transparency" in image.info
    )
    if has_alpha:
        rgba = image.convert("RGBA")
        flat = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat.alpha_composite(rgba)
        return flat.convert("RGB")
    return image.convert("RGB")  # always a copy, even when already RGB


def _int_box(box: Box) -> Box:
    # Callers may hand in float edges (e.g. from textbbox); round outwards so a
    # fractional edge never leaves a sliver of private pixels uncovered.
    return Box.from_edges(
        math.floor(box.x), math.floor(box.y), math.ceil(box.right), math.ceil(box.bottom)
    )


class _Sides:
    """Colour samples along each side of a box, taken from outside the private mask.

    Each side is a list of colours at evenly spaced positions, or None when that side
    has no readable pixels (image edge, or a neighbouring box).
    """

    def __init__(
        self,
        top: list[RGB] | None,
        bottom: list[RGB] | None,
        left: list[RGB] | None,
        right: list[RGB] | None,
    ) -> None:
        self.top, self.bottom, self.left, self.right = top, bottom, left, right
        present = [s for s in (top, bottom, left, right) if s]
        self.mean: RGB = _mean([_mean(s) for s in present]) if present else NEUTRAL_GREY

    @property
    def ink(self) -> RGB:
        # A contrasting tone, so the patch reads as "something was here" on light and dark.
        return _DARK_INK if _luma(self.mean) >= 128 else _LIGHT_INK

    def grid(self, w: int, h: int, cols: int, rows: int) -> bytes:
        """RGB bytes of the background interpolated at the centres of a cols x rows grid.

        Inverse-square-distance blend of the four side curves: a convex combination, so
        no overshoot, and it matches each side's colour right at that side.
        """
        xs = [(c + 0.5) * w / cols for c in range(cols)]
        ys = [(r + 0.5) * h / rows for r in range(rows)]
        # Side colours depend only on the column (top/bottom) or row (left/right).
        top = [_interp(self.top, x / w) for x in xs] if self.top else None
        bottom = [_interp(self.bottom, x / w) for x in xs] if self.bottom else None
        left = [_interp(self.left, y / h) for y in ys] if self.left else None
        right = [_interp(self.right, y / h) for y in ys] if self.right else None
        if not (top or bottom or left or right):
            return bytes(self.mean) * (cols * rows)
        data = bytearray()
        for r, py in enumerate(ys):
            for c, px in enumerate(xs):
                acc_r = acc_g = acc_b = total = 0.0
                for colours, i, dist in (
                    (top, c, py),
                    (bottom, c, h - py),
                    (left, r, px),
                    (right, r, w - px),
                ):
                    if colours is None:
                        continue
                    weight = 1.0 / (dist + 0.5) ** 2
                    col = colours[i]
                    acc_r += weight * col[0]
                    acc_g += weight * col[1]
                    acc_b += weight * col[2]
                    total += weight
                data.extend(_clamp_rgb((acc_r / total, acc_g / total, acc_b / total)))
        return bytes(data)


def _ring_samples(src: Image.Image, outside: Image.Image, box: Box) -> _Sides:
    width, height = src.size
    n_x = max(1, min(64, math.ceil(box.w / _SEGMENT)))
    n_y = max(1, min(64, math.ceil(box.h / _SEGMENT)))
    top = Box.from_edges(box.x, box.y - _RING, box.right, box.y)
    bottom = Box.from_edges(box.x, box.bottom, box.right, box.bottom + _RING)
    left = Box.from_edges(box.x - _RING, box.y, box.x, box.bottom)
    right = Box.from_edges(box.right, box.y, box.right + _RING, box.bottom)
    return _Sides(
        _side(src, outside, top.clipped(width, height), n_x, along_x=True),
        _side(src, outside, bottom.clipped(width, height), n_x, along_x=True),
        _side(src, outside, left.clipped(width, height), n_y, along_x=False),
        _side(src, outside, right.clipped(width, height), n_y, along_x=False),
    )


def _side(
    src: Image.Image, outside: Image.Image, band: Box, n: int, along_x: bool
) -> list[RGB] | None:
    """Median colour of `n` segments of a ring band, reading only non-private pixels."""
    if band.area == 0:
        return None
    samples: list[RGB | None] = []
    length = band.w if along_x else band.h
    for i in range(n):
        a, b = _band_start(length, n, i), _band_start(length, n, i + 1)
        if b <= a:
            samples.append(None)
            continue
        if along_x:
            seg = (band.x + a, band.y, band.x + b, band.bottom)
        else:
            seg = (band.x, band.y + a, band.right, band.y + b)
        mask = outside.crop(seg)
        if mask.getbbox() is None:  # entirely private: nothing may be read here
            samples.append(None)
            continue
        # Median, not mean: a stray glyph stroke in the ring should not tint the patch.
        hist = src.crop(seg).histogram(mask)
        samples.append((_median(hist[0:256]), _median(hist[256:512]), _median(hist[512:768])))
    return _fill_gaps(samples)


def _median(hist: list[int]) -> int:
    # First level whose running count passes half the pixels (as ImageStat.median).
    cumulative = list(itertools.accumulate(hist))
    return bisect.bisect_right(cumulative, cumulative[-1] // 2)


def _band_start(length: int, n: int, i: int) -> int:
    return (length * i) // n


def _fill_gaps(samples: list[RGB | None]) -> list[RGB] | None:
    """Replace missing samples by interpolating their readable neighbours."""
    known = [i for i, s in enumerate(samples) if s is not None]
    if not known:
        return None
    filled: list[RGB] = []
    for i, s in enumerate(samples):
        if s is not None:
            filled.append(s)
            continue
        lo = max((k for k in known if k < i), default=None)
        hi = min((k for k in known if k > i), default=None)
        if lo is None:
            filled.append(_known(samples, hi))
        elif hi is None:
            filled.append(_known(samples, lo))
        else:
            f = (i - lo) / (hi - lo)
            filled.append(_lerp(_known(samples, lo), _known(samples, hi), f))
    return filled


def _known(samples: list[RGB | None], i: int | None) -> RGB:
    assert i is not None
    s = samples[i]
    assert s is not None
    return s


def _interp(samples: list[RGB], t: float) -> RGB:
    """Linear interpolation between samples centred at (i + 0.5) / n."""
    n = len(samples)
    pos = t * n - 0.5
    if pos <= 0:
        return samples[0]
    if pos >= n - 1:
        return samples[-1]
    i = int(pos)
    return _lerp(samples[i], samples[i + 1], pos - i)


def _field(box: Box, sides: _Sides, cols: int, rows: int) -> Image.Image:
    """The interpolated background evaluated at the centres of a cols x rows grid."""
    return Image.frombytes("RGB", (cols, rows), sides.grid(box.w, box.h, cols, rows))


def _blur_patch(box: Box, sides: _Sides, rng: random.Random) -> Image.Image:
    w, h = box.w, box.h
    cols = max(2, min(256, math.ceil(w / _FIELD_CELL)))
    rows = max(2, min(256, math.ceil(h / _FIELD_CELL)))
    base = _field(box, sides, cols, rows).resize((w, h), Image.Resampling.BILINEAR)

    # Soft low-frequency smudges of the contrasting tone, strongest mid-box and fading
    # to nothing at the edges: reads as blurred content, yet depends only on geometry.
    cell = max(4.0, min(w, h) / 2.5)
    mcols, mrows = max(2, round(w / cell)), max(2, round(h / cell))
    smudge = bytearray()
    for r in range(mrows):
        vy = math.sin(math.pi * (r + 0.5) / mrows)
        for c in range(mcols):
            edge_px = min(c + 0.5, mcols - c - 0.5) * w / mcols
            vx = min(1.0, edge_px / max(1.0, h * 0.6))
            smudge.append(int(255 * 0.16 * vy * vx * (0.35 + 0.65 * rng.random())))
    alpha = Image.frombytes("L", (mcols, mrows), bytes(smudge))
    alpha = alpha.resize((w, h), Image.Resampling.BICUBIC)
    patch = Image.composite(Image.new("RGB", (w, h), sides.ink), base, alpha)

    # Fine grain (±2 levels) so the area has the texture of a photo blur, not a flat
    # vector gradient; then soften only the synthetic patch.
    patch = ImageChops.add(patch, _grain(w, h, rng, 2), scale=1.0, offset=-128)
    radius = max(1.5, min(w, h) / 6)
    return patch.filter(ImageFilter.GaussianBlur(radius))


def _blocks_patch(box: Box, sides: _Sides, rng: random.Random) -> Image.Image:
    w, h = box.w, box.h
    size = max(6, h // 2)
    cols, rows = max(1, round(w / size)), max(1, round(h / size))
    field = _field(box, sides, cols, rows)
    ink = sides.ink
    data = bytearray()
    for r, c in ((r, c) for r in range(rows) for c in range(cols)):
        colour = field.getpixel((c, r))
        assert isinstance(colour, tuple)
        vy = 0.45 + 0.55 * math.sin(math.pi * (r + 0.5) / rows)
        mixed = _lerp(_as_rgb(colour), ink, 0.26 * vy * rng.random())
        jitter = rng.randint(-4, 4)
        data.extend(_clamp_rgb(ch + jitter for ch in mixed))
    tiles = Image.frombytes("RGB", (cols, rows), bytes(data))
    # NEAREST keeps hard block edges; blocks share the box almost evenly (±1 px).
    return tiles.resize((w, h), Image.Resampling.NEAREST)


def _fill_patch(box: Box, sides: _Sides) -> Image.Image:
    # A calm solid bar a third of the way from the surroundings to the contrast tone:
    # clearly deliberate, not a shouting black rectangle.
    return Image.new("RGB", (box.w, box.h), _lerp(sides.mean, sides.ink, 0.34))


def _grain(w: int, h: int, rng: random.Random, amplitude: int) -> Image.Image:
    span = 2 * amplitude + 1
    lut = [128 - amplitude + (i * span) // 256 for i in range(256)]
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lut)
    return noise.convert("RGB")


def _as_rgb(value: tuple[float, ...]) -> RGB:
    return (int(value[0]), int(value[1]), int(value[2]))


def _mean(colours: Sequence[RGB]) -> RGB:
    n = len(colours)
    return _clamp_rgb(sum(c[i] for c in colours) / n for i in range(3))


def _lerp(a: RGB, b: RGB, f: float) -> RGB:
    return _clamp_rgb(a[i] + (b[i] - a[i]) * f for i in range(3))


def _clamp_rgb(values: Iterable[float]) -> RGB:
    r, g, b = (max(0, min(255, round(v))) for v in values)
    return (r, g, b)


def _luma(c: RGB) -> float:
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]
