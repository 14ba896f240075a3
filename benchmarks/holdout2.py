"""Second, independent HOLDOUT generator of synthetic phone screenshots with exact ground truth.

Written from the domain description only (never from the engine, its tests or the first
holdout's drawing code), so that it measures the reading engine on screenshots it was never
tuned on. It differs from `holdout.py` on purpose: other fonts (Droid Sans Fallback, LXGW
WenKai, Smiley Sans, Noto Serif / Sans Mono CJK SC, with graceful fallback when a font file is
missing), "large text" accessibility scaling, other layouts (bottom sheets, toasts, modal
dialogs over a dimmed page, result pages, order details, month-grouped records, Wi-Fi and SIM
pages, chat-app forwards), seven widths plus long scrolling shots, MIUI / HarmonyOS / ColorOS /
AOSP / iOS chrome, gesture bars and 3-button bars, JPEG, downscaling and sensor-like noise.

    python benchmarks/holdout2.py --out DIR --count N --seed S

writes N screenshots (PNG or JPG) plus DIR/truth.json: a list of
{"file", "kind", "fields": {...}, "sensitive": [...], "meta": {...}} in the app's JSON
contract (meta is extra: layout, theme, font, fonts used, platform, rom, size, text scale,
forward, downscale, jpeg quality, noise).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops, ImageDraw, ImageFont

RGB = tuple[int, int, int]
Box = tuple[int, int, int, int]  # x0, y0, x1, y1

# --------------------------------------------------------------------------- fonts

NOTO = "/usr/share/fonts/opentype/noto"
FONT_FILES: dict[str, dict[str, Any]] = {
    "droid": {
        "name": "Droid Sans Fallback",
        "regular": ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", None),
        "bold": None,
    },
    "wenkai": {
        "name": "LXGW WenKai",
        "regular": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None),
        "bold": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", None),
    },
    "mono": {
        "name": "Noto Sans Mono CJK SC",
        "regular": (f"{NOTO}/NotoSansCJK-Regular.ttc", "Noto Sans Mono CJK SC"),
        "bold": (f"{NOTO}/NotoSansCJK-Bold.ttc", "Noto Sans Mono CJK SC"),
    },
    "serif": {
        "name": "Noto Serif CJK SC",
        "regular": (f"{NOTO}/NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
        "bold": (f"{NOTO}/NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC"),
    },
    "smiley": {
        "name": "Smiley Sans",
        "regular": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", None),
        "bold": None,
    },
}
# where to go when a family's file is missing or lacks a glyph
FALLBACK = {
    "droid": ["mono", "wenkai"],
    "wenkai": ["droid", "mono"],
    "mono": ["droid", "wenkai"],
    "serif": ["droid", "mono"],
    "smiley": ["mono", "droid"],
}


def available(family: str) -> bool:
    return os.path.exists(FONT_FILES[family]["regular"][0])


@lru_cache(maxsize=64)
def _face_index(path: str, name: str | None) -> int:
    if name is None:
        return 0
    for i in range(16):
        try:
            if ImageFont.truetype(path, 12, index=i).getname()[0] == name:
                return i
        except OSError:
            break
    return 0


@lru_cache(maxsize=512)
def load_font(family: str, size: int, bold: bool) -> tuple[ImageFont.FreeTypeFont, int]:
    """(font, fake-bold stroke width): families without a bold face get a stroke."""
    spec = FONT_FILES[family]
    face = spec["bold"] if bold and spec["bold"] and os.path.exists(spec["bold"][0]) else None
    stroke = 0
    if face is None:
        face = spec["regular"]
        stroke = max(1, round(size / 30)) if bold else 0
    path, name = face
    return ImageFont.truetype(path, size, index=_face_index(path, name)), stroke


@lru_cache(maxsize=8192)
def has_glyph(family: str, ch: str) -> bool:
    font, _ = load_font(family, 24, False)
    probe = font.getmask(chr(0x10FFFD))
    mask = font.getmask(ch)
    return not (mask.size == probe.size and bytes(mask) == bytes(probe))


def resolve(family: str, text: str) -> str:
    """The family that can draw `text`: `family` itself, else the first fallback that can."""
    chain = [family, *FALLBACK[family]]
    chars = {ch for ch in text if not ch.isspace()}
    for fam in chain:
        if available(fam) and all(has_glyph(fam, ch) for ch in chars):
            return fam
    for fam in chain:
        if available(fam):
            return fam
    raise SystemExit(
        "no CJK font found (need Droid Sans Fallback or Noto CJK); on Debian/Ubuntu: "
        "apt-get install fonts-droid-fallback fonts-noto-cjk fonts-lxgw-wenkai fonts-smiley-sans"
    )


# --------------------------------------------------------------------------- palettes


@dataclass
class Palette:
    name: str
    dark: bool
    bg: RGB
    card: RGB
    text: RGB
    sub: RGB
    faint: RGB
    line: RGB
    accent: RGB
    gold: RGB


def make_palette(rng: random.Random, dark: bool) -> Palette:
    accent = rng.choice([(236, 65, 65), (254, 58, 59), (221, 0, 27), (242, 72, 72)])
    gold = rng.choice([(255, 176, 46), (242, 160, 38), (250, 190, 70)])
    if dark:
        name, bg, card = rng.choice(
            [
                ("oled", (0, 0, 0), (28, 28, 30)),
                ("graphite", (18, 18, 20), (36, 36, 40)),
                ("navy", (16, 20, 30), (30, 36, 50)),
            ]
        )
        return Palette(
            name,
            True,
            bg,
            card,
            (232, 232, 235),
            (150, 150, 158),
            (100, 100, 108),
            (52, 52, 58),
            accent,
            gold,
        )
    name, bg, card = rng.choice(
        [
            ("paper", (246, 246, 248), (255, 255, 255)),
            ("white", (255, 255, 255), (255, 255, 255)),
            ("warm", (250, 246, 241), (255, 255, 255)),
        ]
    )
    return Palette(
        name,
        False,
        bg,
        card,
        (28, 28, 30),
        (128, 128, 136),
        (178, 178, 184),
        (232, 232, 236),
        accent,
        gold,
    )


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)

# --------------------------------------------------------------------------- the screen


def empty_fields() -> dict[str, Any]:
    return {
        "balance": None,
        "error_message": None,
        "cause": None,
        "product": None,
        "cost": None,
        "timestamps": [],
        "deductions": [],
    }


class Screen:
    """A canvas in density-independent units with text helpers that record the truth."""

    def __init__(
        self,
        rng: random.Random,
        size: tuple[int, int],
        density: float,
        pal: Palette,
        fonts: dict[str, str],
        text_scale: float,
        platform: str,
        rom: str,
    ) -> None:
        self.rng = rng
        self.w, self.h = size
        self.density = density
        self.pal = pal
        self.fonts = fonts  # role -> family
        self.text_scale = text_scale
        self.platform = platform
        self.rom = rom
        self.img = Image.new("RGB", size, pal.bg)
        self.d = ImageDraw.Draw(self.img)
        self.sensitive: list[dict[str, Any]] = []
        self.fields = empty_fields()
        self.used: set[str] = set()
        self.marks: dict[str, Box] = {}  # field -> where its value is drawn
        self.pad = self.px(16)

    # ---- units
    def px(self, dp: float) -> int:
        return round(dp * self.density)

    def font(self, sp: float, role: str, bold: bool, text: str) -> tuple[Any, int, str]:
        family = resolve(self.fonts[role], text)
        self.used.add(FONT_FILES[family]["name"])
        size = max(8, round(sp * self.density * self.text_scale))
        font, stroke = load_font(family, size, bold)
        return font, stroke, family

    # ---- text
    def measure(self, s: str, sp: float, role: str = "body", bold: bool = False) -> int:
        font, stroke, _ = self.font(sp, role, bold, s)
        return round(font.getlength(s)) + 2 * stroke

    def fit(self, s: str, sp: float, maxw: int | None, role: str, bold: bool) -> float:
        """Shrink `sp` until `s` fits in `maxw` pixels."""
        if maxw is None:
            return sp
        while sp > 7 and self.measure(s, sp, role, bold) > maxw:
            sp *= 0.94
        return sp

    def text(
        self,
        xy: tuple[float, float],
        s: str,
        sp: float,
        color: RGB,
        role: str = "body",
        bold: bool = False,
        anchor: str = "la",
        maxw: int | None = None,
    ) -> Box:
        sp = self.fit(s, sp, maxw, role, bold)
        font, stroke, _ = self.font(sp, role, bold, s)
        x, y = round(xy[0]), round(xy[1])
        self.d.text(
            (x, y), s, font=font, fill=color, anchor=anchor, stroke_width=stroke, stroke_fill=color
        )
        b = self.d.textbbox((x, y), s, font=font, anchor=anchor, stroke_width=stroke)
        return (round(b[0]), round(b[1]), round(b[2]), round(b[3]))

    def ink(
        self, xy: tuple[int, int], s: str, sp: float, role: str, bold: bool, anchor: str
    ) -> Box:
        """Exact pixel box of the ink of `s` drawn at `xy` (same arguments as `text`)."""
        font, stroke, _ = self.font(sp, role, bold, s)
        left, t, r, b = self.d.textbbox((0, 0), s, font=font, anchor=anchor, stroke_width=stroke)
        lt, tp = math.floor(left), math.floor(t)
        mask = Image.new("L", (math.ceil(r) - lt + 4, math.ceil(b) - tp + 4), 0)
        ImageDraw.Draw(mask).text(
            (2 - lt, 2 - tp),
            s,
            font=font,
            fill=255,
            anchor=anchor,
            stroke_width=stroke,
            stroke_fill=255,
        )
        bb = mask.getbbox() or (0, 0, 1, 1)
        x, y = xy
        return (x + bb[0] + lt - 2, y + bb[1] + tp - 2, x + bb[2] + lt - 2, y + bb[3] + tp - 2)

    def secret(
        self,
        kind: str,
        xy: tuple[float, float],
        s: str,
        sp: float,
        color: RGB,
        role: str = "body",
        bold: bool = False,
        anchor: str = "la",
        maxw: int | None = None,
    ) -> Box:
        """Draw a private value and record it with the box of exactly its ink."""
        sp = self.fit(s, sp, maxw, role, bold)
        box = self.text(xy, s, sp, color, role, bold, anchor)
        x0, y0, x1, y1 = self.ink((round(xy[0]), round(xy[1])), s, sp, role, bold, anchor)
        self.sensitive.append({"type": kind, "text": s, "box": [x0, y0, x1 - x0, y1 - y0]})
        return box

    def wrap(
        self, s: str, sp: float, maxw: int, role: str = "body", bold: bool = False
    ) -> list[str]:
        lines, cur = [], ""
        for ch in s:
            if cur and self.measure(cur + ch, sp, role, bold) > maxw:
                lines.append(cur)
                cur = ch.lstrip() if ch.isspace() else ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def lines(
        self,
        x: float,
        y: float,
        s: str,
        sp: float,
        color: RGB,
        maxw: int,
        anchor: str = "la",
        role: str = "body",
        bold: bool = False,
        gap: float = 1.45,
    ) -> int:
        """Wrapped text; returns the y below it."""
        step = sp * self.density * self.text_scale * gap
        for i, ln in enumerate(self.wrap(s, sp, maxw, role, bold)):
            self.text((x, y + i * step), ln, sp, color, role, bold, anchor)
        n = len(self.wrap(s, sp, maxw, role, bold))
        return round(y + n * step)

    def line_h(self, sp: float, gap: float = 1.45) -> int:
        return round(sp * self.density * self.text_scale * gap)

    # ---- truth helpers
    def stamp(self, when: datetime, style: str = "") -> None:
        """`when` as shown in `style`: with its seconds where the screen shows them."""
        self.fields["timestamps"].append(iso_time(when, style))

    def mark(self, name: str, box: Box) -> None:
        self.marks[name] = box

    def place(self, h: int, lo: float, hi: float) -> int:
        """A centre y for an overlay of height `h` that hides no marked value if possible;
        values it must hide are taken out of the truth."""
        tries = [round(self.h * self.rng.uniform(lo, hi)) for _ in range(12)]
        for cy in tries:
            band = (0, cy - h // 2 - self.px(4), self.w, cy + h // 2 + self.px(4))
            if not any(overlaps(band, b) for b in self.marks.values()):
                return cy
        cy = tries[0]
        for name, b in self.marks.items():
            if overlaps((0, cy - h // 2, self.w, cy + h // 2), b):
                self.fields[name] = None
        return cy

    # ---- shapes
    def rrect(self, box: Box, r: float, fill: RGB | None, outline: RGB | None = None) -> None:
        self.d.rounded_rectangle(box, radius=round(r), fill=fill, outline=outline)

    def hline(self, y: int, x0: int | None = None, x1: int | None = None) -> None:
        self.d.line(
            (x0 if x0 is not None else self.pad, y, x1 if x1 is not None else self.w, y),
            fill=self.pal.line,
            width=max(1, self.px(0.5)),
        )

    def gradient(
        self, box: Box, top: RGB, bottom: RGB, r: int = 0, horizontal: bool = False
    ) -> None:
        x0, y0, x1, y1 = box
        w, h = max(1, x1 - x0), max(1, y1 - y0)
        band = Image.new("RGB", (w, h))
        bd = ImageDraw.Draw(band)
        n = w if horizontal else h
        for i in range(n):
            col = mix(top, bottom, i / max(1, n - 1))
            bd.line((i, 0, i, h) if horizontal else (0, i, w, i), fill=col)
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=r, fill=255)
        self.img.paste(band, (x0, y0), mask)

    def overlay(self, draw: Callable[[ImageDraw.ImageDraw], None]) -> None:
        """Composite translucent shapes drawn by `draw` on an RGBA layer."""
        layer = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        draw(ImageDraw.Draw(layer))
        self.img = Image.alpha_composite(self.img.convert("RGBA"), layer).convert("RGB")
        self.d = ImageDraw.Draw(self.img)

    def dim(self, alpha: int) -> None:
        self.overlay(lambda od: od.rectangle((0, 0, self.w, self.h), fill=(0, 0, 0, alpha)))

    def chevron(self, x: int, y: int, size: float, color: RGB, left: bool = False) -> None:
        s = self.px(size)
        w = max(2, self.px(1.6))
        if left:
            pts = [(x + s // 2, y - s), (x - s // 2, y), (x + s // 2, y + s)]
        else:
            pts = [(x - s // 2, y - s), (x + s // 2, y), (x - s // 2, y + s)]
        self.d.line(pts, fill=color, width=w, joint="curve")

    def circle(
        self, cx: int, cy: int, r: int, fill: RGB | None, outline: RGB | None = None
    ) -> None:
        w = max(2, r // 8) if outline else 0
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill, outline=outline, width=w)

    def badge_icon(self, cx: int, cy: int, r: int, color: RGB, mark: str) -> None:
        """A filled circle with a drawn mark: "!", "x", "check" or "clock"."""
        self.circle(cx, cy, r, color)
        w = max(3, r // 6)
        if mark == "!":
            self.d.rounded_rectangle(
                (cx - w // 2, cy - r * 0.55, cx + w // 2, cy + r * 0.15), radius=w // 2, fill=WHITE
            )
            self.circle(cx, round(cy + r * 0.42), max(2, w * 2 // 3), WHITE)
        elif mark == "x":
            k = r * 0.38
            self.d.line((cx - k, cy - k, cx + k, cy + k), fill=WHITE, width=w)
            self.d.line((cx - k, cy + k, cx + k, cy - k), fill=WHITE, width=w)
        elif mark == "check":
            k = r * 0.42
            self.d.line(
                [(cx - k, cy), (cx - k * 0.25, cy + k * 0.7), (cx + k, cy - k * 0.6)],
                fill=WHITE,
                width=w,
                joint="curve",
            )
        else:
            self.circle(cx, cy, round(r * 0.6), None, WHITE)
            self.d.line([(cx, cy - r * 0.35), (cx, cy), (cx + r * 0.28, cy)], fill=WHITE, width=w)

    def coin(self, cx: int, cy: int, r: int) -> None:
        """The 云贝 coin: gold disc, lighter ring and a note shape (no text)."""
        g = self.pal.gold
        self.circle(cx, cy, r, g)
        self.circle(cx, cy, round(r * 0.74), None, mix(g, WHITE, 0.5))
        k = r * 0.22
        self.d.ellipse((cx - k * 1.6, cy + k * 0.2, cx - k * 0.2, cy + k * 1.4), fill=WHITE)
        self.d.line((cx - k * 0.3, cy + k * 0.8, cx - k * 0.3, cy - k * 1.7), fill=WHITE, width=3)
        self.d.line((cx - k * 0.3, cy - k * 1.7, cx + k * 1.1, cy - k), fill=WHITE, width=3)

    def avatar(self, cx: int, cy: int, r: int) -> None:
        hue = self.rng.choice([(120, 170, 230), (240, 150, 120), (150, 200, 160), (200, 160, 230)])
        self.circle(cx, cy, r, hue)
        self.circle(cx, round(cy - r * 0.2), round(r * 0.32), mix(hue, WHITE, 0.6))
        self.d.pieslice(
            (cx - r * 0.62, cy + r * 0.22, cx + r * 0.62, cy + r * 1.3),
            180,
            360,
            fill=mix(hue, WHITE, 0.6),
        )

    def thumb(self, box: Box, motif: str) -> None:
        """An item picture placeholder: gradient tile with a simple drawn object."""
        x0, y0, x1, y1 = box
        c1, c2 = self.rng.choice(
            [
                ((255, 120, 110), (210, 40, 60)),
                ((60, 60, 70), (20, 20, 26)),
                ((250, 205, 120), (230, 150, 50)),
                ((130, 170, 255), (80, 90, 220)),
                ((150, 220, 200), (40, 150, 130)),
            ]
        )
        self.gradient(box, c1, c2, r=self.px(8))
        cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
        s = min(x1 - x0, y1 - y0) * 0.28
        wc = (255, 255, 255)
        lw = max(2, round(s / 7))
        if motif == "card":
            self.d.rounded_rectangle(
                (cx - s * 1.3, cy - s * 0.8, cx + s * 1.3, cy + s * 0.8),
                radius=round(s / 4),
                outline=wc,
                width=lw,
            )
            self.d.line((cx - s * 1.3, cy - s * 0.3, cx + s * 1.3, cy - s * 0.3), fill=wc, width=lw)
        elif motif == "disc":
            self.circle(cx, cy, round(s * 1.1), (25, 25, 25))
            self.circle(cx, cy, round(s * 0.4), c1)
            self.circle(cx, cy, round(s * 0.08), wc)
        elif motif == "bag":
            self.d.rectangle((cx - s, cy - s * 0.4, cx + s, cy + s * 1.1), outline=wc, width=lw)
            self.d.arc(
                (cx - s * 0.5, cy - s * 1.1, cx + s * 0.5, cy + s * 0.2),
                180,
                360,
                fill=wc,
                width=lw,
            )
        elif motif == "phones":
            self.d.arc((cx - s, cy - s, cx + s, cy + s), 180, 360, fill=wc, width=lw)
            self.d.rounded_rectangle(
                (cx - s * 1.15, cy, cx - s * 0.6, cy + s * 0.9), radius=lw, fill=wc
            )
            self.d.rounded_rectangle(
                (cx + s * 0.6, cy, cx + s * 1.15, cy + s * 0.9), radius=lw, fill=wc
            )
        else:  # ticket
            self.d.rounded_rectangle(
                (cx - s * 1.3, cy - s * 0.7, cx + s * 1.3, cy + s * 0.7),
                radius=round(s / 5),
                outline=wc,
                width=lw,
            )
            for dy in (-0.4, 0, 0.4):
                self.circle(round(cx + s * 0.5), round(cy + s * dy), max(2, lw // 2), wc)

    def toggle(self, x1: int, cy: int, on: bool) -> None:
        w, h = self.px(44), self.px(26)
        col = (52, 199, 89) if on else mix(self.pal.line, self.pal.sub, 0.3)
        self.rrect((x1 - w, cy - h // 2, x1, cy + h // 2), h / 2, col)
        kx = x1 - h // 2 if on else x1 - w + h // 2
        self.circle(kx, cy, h // 2 - self.px(2), WHITE)


# --------------------------------------------------------------------------- chrome


def signal_bars(c: Screen, x: int, base: int, color: RGB) -> int:
    bw, gap = c.px(3), c.px(1.5)
    for i in range(4):
        h = c.px(4 + 2.6 * i)
        c.d.rectangle((x + i * (bw + gap), base - h, x + i * (bw + gap) + bw - 1, base), fill=color)
    return x + 4 * (bw + gap)


def wifi_mark(c: Screen, cx: int, base: int, color: RGB) -> None:
    for i, r in enumerate((c.px(3), c.px(7), c.px(11))):
        if i == 0:
            c.circle(cx, base - r, r, color)
        else:
            box = (cx - r, base - r - c.px(3), cx + r, base + r - c.px(3))
            c.d.arc(box, 225, 315, fill=color, width=c.px(2))


def battery(c: Screen, x: int, cy: int, level: int, color: RGB, inside: bool) -> int:
    w, h = c.px(25), c.px(12)
    c.rrect((x, cy - h // 2, x + w, cy + h // 2), c.px(3), None, color)
    fill_w = max(c.px(2), round((w - c.px(4)) * level / 100))
    col = (52, 199, 89) if level > 20 else (255, 59, 48)
    c.d.rounded_rectangle(
        (x + c.px(2), cy - h // 2 + c.px(2), x + c.px(2) + fill_w, cy + h // 2 - c.px(2)),
        radius=c.px(1),
        fill=color if not inside else col,
    )
    c.d.rectangle((x + w + 1, cy - c.px(2), x + w + c.px(2), cy + c.px(2)), fill=color)
    return x + w + c.px(3)


def status_bar(c: Screen, clock: datetime, fg: RGB | None = None) -> int:
    """Draw the status bar for the screen's ROM; return its bottom."""
    fg = fg or c.pal.text
    t = f"{clock.hour}:{clock.minute:02d}" if c.rom == "ios" else clock.strftime("%H:%M")
    level = c.rng.randint(9, 100)
    if c.rom == "ios":
        h = c.px(c.rng.choice([44, 47, 50]))
        cy = h // 2 + c.px(3)
        c.text((c.w * 0.16, cy), t, 16, fg, "body", True, "mm")
        x = c.w - c.pad - c.px(70)
        x = signal_bars(c, x, cy + c.px(5), fg) + c.px(6)
        wifi_mark(c, x + c.px(8), cy + c.px(6), fg)
        battery(c, x + c.px(22), cy, level, fg, False)
        return h
    h = c.px(c.rng.choice([24, 28, 32]))
    cy = h // 2
    if c.rom == "harmony":
        x = c.text(
            (c.pad, cy), c.rng.choice(["中国移动", "中国联通", "中国电信"]), 11, fg, anchor="lm"
        )[2]
        signal_bars(c, x + c.px(4), cy + c.px(5), fg)
        x = c.w - c.pad - c.measure(t, 12) - c.px(4)
        c.text((c.w - c.pad, cy), t, 12, fg, anchor="rm")
        c.text((x - c.px(6), cy), f"{level}%", 10, fg, anchor="rm")
        return h
    c.text((c.pad, cy), t, 12, fg, "body", c.rom == "miui", "lm")
    x = c.w - c.pad - c.px(28)
    if c.rom == "coloros":
        c.text((c.w - c.pad, cy), f"{level}%", 10, fg, anchor="rm")
        x -= c.px(14)
    battery(c, x, cy, level, fg, c.rom == "miui")
    wifi_mark(c, x - c.px(14), cy + c.px(6), fg)
    signal_bars(c, x - c.px(46), cy + c.px(5), fg)
    if c.rom == "miui" and c.rng.random() < 0.6:
        speed = f"{c.rng.randint(0, 99)}.{c.rng.randint(0, 9)}K/s"
        c.text((x - c.px(54), cy), speed, 8, fg, anchor="rm")
    return h


def nav_area(c: Screen, style: str) -> int:
    """Draw the bottom system area; return the y where page content must stop."""
    fg = c.pal.text
    if style == "home":  # iOS home indicator
        y = c.h - c.px(8)
        c.rrect((c.w // 2 - c.px(67), y - c.px(5), c.w // 2 + c.px(67), y), c.px(3), fg)
        return c.h - c.px(34)
    if style == "gesture":
        y = c.h - c.px(7)
        c.rrect((c.w // 2 - c.px(54), y - c.px(4), c.w // 2 + c.px(54), y), c.px(2), fg)
        return c.h - c.px(20)
    top = c.h - c.px(48)
    dark_bar = c.pal.dark or c.rng.random() < 0.5
    bar_bg = (0, 0, 0) if dark_bar else mix(c.pal.bg, BLACK, 0.03)
    ic = (230, 230, 230) if dark_bar else (90, 90, 90)
    c.d.rectangle((0, top, c.w, c.h), fill=bar_bg)
    cy = top + c.px(24)
    s = c.px(8)
    lw = max(2, c.px(1.6))
    xs = [c.w // 2 - c.px(90), c.w // 2, c.w // 2 + c.px(90)]
    if c.rng.random() < 0.5:
        xs.reverse()
    c.d.polygon([(xs[0] - s, cy), (xs[0] + s, cy - s), (xs[0] + s, cy + s)], outline=ic, width=lw)
    c.circle(xs[1], cy, s, None, ic)
    c.d.rectangle((xs[2] - s, cy - s, xs[2] + s, cy + s), outline=ic, width=lw)
    return top


def title_bar(
    c: Screen, y: int, title: str, fg: RGB | None = None, right: str | None = None
) -> int:
    """App header: back arrow and a centred (iOS, HarmonyOS) or left (Android) title."""
    fg = fg or c.pal.text
    h = c.px(48 if c.platform == "android" else 44)
    cy = y + h // 2
    c.chevron(c.pad + c.px(4), cy, 8, fg, left=True)
    if c.platform == "ios" or c.rom == "harmony" or c.rng.random() < 0.4:
        c.text((c.w // 2, cy), title, 17, fg, "title", True, "mm")
    else:
        c.text((c.pad + c.px(32), cy), title, 18, fg, "title", True, "lm")
    if right:
        c.text((c.w - c.pad, cy), right, 14, fg, anchor="rm")
    return y + h


# --------------------------------------------------------------------------- the facts


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严武戴孔汤"  # noqa: E501
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华玉萍红玲芬燕春兰凤洁梅琳云雪荣瑞凡佳嘉琼珍莉晶妍倩婷颖露瑶怡丹蓉琴蕊薇梦岚馨韵悦冰宁欣晓欢菲亚宜浩宇轩涵博文睿泽鸣俊辰逸航楠"  # noqa: E501
# fmt: off
NICKNAMES = [
    "晚风与猫", "一只不想起床的鲸", "Luna在听歌", "momo_1998", "耳机里的夏天", "橘子汽水bubble",
    "深夜电台收听者", "阿杰不吃香菜", "云村打工人", "Sunset_Drive", "听雨的小鹿", "旧唱片店主",
    "北岛以北", "七月的风铃", "Kiki_Wang", "咸鱼翻身失败", "小熊软糖", "山川与海", "NightOwl_07",
]
# fmt: on
# fmt: off
EMAIL_LOCAL = [
    "zhangwei", "xiaoyu", "lin.music", "chen_yy", "wangjing", "sunny", "liu.hao", "music_lover",
    "tang.qi", "ym2020", "huangli", "kk.zhou",
]
# fmt: on
# fmt: off
EMAIL_DOMAINS = [
    "163.com", "126.com", "qq.com", "foxmail.com", "outlook.com", "gmail.com", "yeah.net",
    "sina.com", "139.com",
]
# fmt: on
# fmt: off
REGIONS = [
    "110105", "310104", "330106", "440305", "510107", "420102", "320102", "370202", "610113",
    "500103", "350203", "430104",
]
# fmt: on
# fmt: off
BANKS = [
    ("招商银行", "622588"), ("工商银行", "622202"), ("建设银行", "621700"),
    ("农业银行", "622848"), ("中国银行", "601382"), ("交通银行", "622260"),
]
# fmt: on
CARRIERS = ["中国移动", "中国联通", "中国电信", "中国广电"]
# fmt: off
PUBLIC_FIRST = [
    36, 39, 58, 60, 101, 106, 111, 112, 113, 115, 116, 117, 120, 121, 122, 123, 124, 125, 171,
    180, 182, 183, 218, 219, 220, 221, 222,
]
# fmt: on


def real_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def mask_name(name: str, rng: random.Random) -> str:
    if len(name) == 2:
        return rng.choice(["*" + name[1], name[0] + "*"])
    return rng.choice([name[0] + "*" + name[-1], name[0] + "**", "**" + name[-1]])


def phone_digits(rng: random.Random) -> str:
    head = rng.choice(
        [
            "135",
            "136",
            "138",
            "139",
            "150",
            "152",
            "158",
            "177",
            "180",
            "186",
            "187",
            "189",
            "199",
            "166",
            "173",
            "195",
        ]
    )
    return head + "".join(rng.choice("0123456789") for _ in range(8))


def fmt_phone(p: str, style: str) -> str:
    spaced = f"{p[:3]} {p[3:7]} {p[7:]}"
    return {
        "plain": p,
        "spaced": spaced,
        "dashed": f"{p[:3]}-{p[3:7]}-{p[7:]}",
        "masked": f"{p[:3]}****{p[7:]}",
        "cc": f"+86 {spaced}",
        "cc_plain": f"+86 {p}",
        "cc_masked": f"+86 {p[:3]}****{p[7:]}",
    }[style]


def email_address(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return f"{rng.randint(10**7, 10**10)}@qq.com"
    local = rng.choice(EMAIL_LOCAL) + rng.choice(
        ["", str(rng.randint(1, 99)), str(rng.randint(1980, 2006))]
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def mask_email(e: str, rng: random.Random) -> str:
    local, dom = e.split("@")
    keep = rng.choice([1, 2, 3])
    return f"{local[:keep]}{'*' * rng.choice([3, 4, 6])}@{dom}" if len(local) > keep else e


def id_card(rng: random.Random) -> str:
    birth = datetime(1975, 1, 1) + timedelta(days=rng.randint(0, 31 * 365))
    body = rng.choice(REGIONS) + birth.strftime("%Y%m%d") + f"{rng.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(a) * w for a, w in zip(body, weights, strict=True)) % 11]
    return body + check


def mask_id(i: str, rng: random.Random) -> str:
    head, tail = rng.choice([(1, 1), (3, 4), (4, 4), (6, 4), (6, 2)])
    return i[:head] + "*" * (18 - head - tail) + i[-tail:]


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def public_ip(rng: random.Random) -> str:
    a, b, c = rng.randint(1, 254), rng.randint(0, 254), rng.randint(2, 254)
    return f"{rng.choice(PUBLIC_FIRST)}.{a}.{b}.{c}"


def lan_ip(rng: random.Random) -> tuple[str, str]:
    """(device address, gateway)."""
    kind = rng.random()
    if kind < 0.6:
        net = f"192.168.{rng.choice([0, 1, 1, 3, 31, 50, 100])}"
    elif kind < 0.85:
        net = f"10.{rng.randint(0, 40)}.{rng.randint(0, 254)}"
    else:
        net = f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}"
    return f"{net}.{rng.randint(2, 250)}", f"{net}.1"


def fmt_int(n: int, commas: bool) -> str:
    return f"{n:,}" if commas else str(n)


DT_STYLES = ["dash", "dash_s", "dot", "slash", "cn", "cn_s"]


def fmt_dt(d: datetime, style: str) -> str:
    return {
        "dash": d.strftime("%Y-%m-%d %H:%M"),
        "dash_s": d.strftime("%Y-%m-%d %H:%M:%S"),
        "dot": d.strftime("%Y.%m.%d %H:%M"),
        "slash": d.strftime("%Y/%m/%d %H:%M"),
        "cn": f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}",
        "cn_s": f"{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M:%S}",
    }[style]


def iso_time(d: datetime, style: str) -> str:
    """The truth of a time shown in `style` (ISO 8601): seconds only where they show."""
    return d.strftime("%Y-%m-%dT%H:%M:%S" if style.endswith("_s") else "%Y-%m-%dT%H:%M")


# products: (name, cost range, motif, money decoy or None, physical)
PRODUCTS: list[tuple[str, tuple[int, int], str, str | None, bool]] = [
    ("黑胶VIP月卡", (150, 600), "card", "¥15", False),
    ("黑胶VIP季卡（90天）", (500, 1500), "card", "¥45", False),
    ("黑胶VIP 7天体验卡", (30, 120), "card", None, False),
    ("黑胶SVIP月卡", (600, 2000), "card", "¥25", False),
    ("云村限定帆布袋", (800, 3000), "bag", "¥59", True),
    ("黑胶唱片造型钥匙扣", (300, 1200), "disc", "¥29.9", True),
    ("云音乐桌面手机支架", (500, 1800), "phones", "¥39", True),
    ("降噪蓝牙耳机 Lite", (9000, 30000), "phones", "¥299", True),
    ("数字专辑《夏夜晚风》", (60, 300), "disc", "¥6", False),
    ("数字专辑《城市漫游指南》", (60, 300), "disc", "¥10", False),
    ("10元话费充值券", (800, 1500), "ticket", "¥10", False),
    ("5元手机话费券", (400, 800), "ticket", None, False),
    ("演出票20元优惠券", (200, 900), "ticket", None, False),
    ("Live House门票立减券", (300, 1000), "ticket", None, False),
    ("有声书畅听月卡", (300, 900), "card", "¥18", False),
    ("外卖满30减8代金券", (100, 400), "ticket", None, False),
    ("评论区限定气泡（30天）", (50, 200), "card", None, False),
    ("音乐人专属头像挂件", (80, 300), "disc", None, False),
    ("K歌房VIP 3天卡", (30, 90), "card", None, False),
    ("云音乐联名T恤（M码）", (2000, 6000), "bag", "¥99", True),
]

MESSAGES: dict[str | None, list[str]] = {
    "system": [
        "网络开小差了，请稍后再试",
        "当前兑换人数较多，请稍后重试",
        "服务繁忙，请稍后再试",
        "系统升级维护中，兑换功能暂不可用",
        "请求超时，请检查网络后重试",
        "网络连接异常，兑换未完成",
        "服务器开小差啦，请刷新后重新兑换",
        "系统处理出错，请稍后重新兑换",
        "兑换失败，请稍后重试",
        "系统维护中，预计02:00后恢复",
    ],
    "account": [
        "账号存在异常，暂时无法兑换",
        "您的账号存在安全风险，已暂停兑换",
        "账号已被限制使用云贝功能",
        "检测到账号存在违规行为，兑换失败",
        "当前账号处于风控状态，请联系客服处理",
        "账号受限，暂不支持兑换商品",
        "您的账号因违规操作已被限制",
    ],
    "eligibility": [
        "云贝余额不足，还差{short}云贝",
        "云贝不足，快去做任务赚云贝吧",
        "该商品仅限黑胶VIP用户兑换",
        "仅限Lv.6及以上等级用户兑换",
        "您所在的地区暂不支持兑换该商品",
        "您的云贝不足以兑换此商品",
        "本商品仅限新用户兑换",
        "兑换需额外支付手续费，当前云贝不足",
    ],
    "stock": [
        "库存不足",
        "商品已兑完，下次早点来哦",
        "本期名额已抢完",
        "来晚啦，该商品已被抢光",
        "活动已结束，感谢参与",
        "不在活动时间内，无法兑换",
        "今日兑换名额已满，明天再来吧",
        "需连续签到7天才可兑换",
        "本月消费满30元后才可兑换",
        "每人限兑1次，您已兑换过",
        "商品库存不足，兑换失败",
    ],
    None: ["兑换未成功，请联系客服", "兑换失败（错误码：E4031）"],
}
SHORT_BALANCE = {
    "云贝余额不足，还差{short}云贝",
    "云贝不足，快去做任务赚云贝吧",
    "您的云贝不足以兑换此商品",
    "兑换需额外支付手续费，当前云贝不足",
}

INCOME = [
    ("每日签到", 1, 10),
    ("听歌任务奖励", 5, 10),
    ("分享歌曲奖励", 2, 5),
    ("评论获赞奖励", 3, 8),
    ("连续签到7天奖励", 20, 30),
    ("开通黑胶VIP赠送", 50, 200),
    ("邀请好友奖励", 10, 50),
]
EXPENSE = [
    ("云贝抽奖", 10, 30),
    ("购买评论气泡", 50, 120),
    ("打赏音乐人", 10, 100),
    ("兑换 黑胶VIP 7天体验卡", 30, 120),
    ("兑换-评论区限定气泡", 50, 200),
]


@dataclass
class Person:
    name: str
    phone: str
    email: str
    id_card: str
    bank: tuple[str, str]  # bank name, card number
    uid: str
    nick: str


@dataclass
class Scene:
    now: datetime
    person: Person
    product: str
    cost: int
    motif: str
    money: str | None
    physical: bool
    balance: int
    cause: str | None
    message: str
    order_id: str
    commas: bool
    dt_style: str
    records: list[tuple[str, int, datetime]] = field(default_factory=list)


def new_scene(rng: random.Random, kind: str) -> Scene:
    now = datetime(2025, 1, 1, 8) + timedelta(minutes=rng.randint(0, 560 * 24 * 60))
    now = now.replace(second=rng.randint(0, 59))
    name, (lo, hi), motif, money, physical = rng.choice(PRODUCTS)
    cost = round(rng.randint(lo, hi), -1 if hi < 2000 else -2)
    tier = rng.random()
    if tier < 0.06:
        balance = 0
    elif tier < 0.3:
        balance = rng.randint(1, 999)
    elif tier < 0.85:
        balance = rng.randint(1000, 9999)
    else:
        balance = rng.randint(10000, 99999)
    cause: str | None = rng.choice(["system", "account", "eligibility", "stock"])
    if kind == "failure" and rng.random() < 0.06:
        cause = None
    message = rng.choice(MESSAGES[cause])
    if kind == "failure" and message in SHORT_BALANCE:
        balance = rng.randint(0, max(0, cost - 10))
    elif balance < cost and kind in ("redeem", "failure"):
        balance = cost + rng.randint(0, 5000)
    message = message.format(short=max(1, cost - balance))
    bank_name, prefix = rng.choice(BANKS)
    person = Person(
        real_name(rng),
        phone_digits(rng),
        email_address(rng),
        id_card(rng),
        (bank_name, luhn_complete(prefix, rng.choice([16, 19]), rng)),
        str(rng.randint(10**8, 10**10 - 1)),
        rng.choice(NICKNAMES),
    )
    stamp = now.strftime("%Y%m%d%H%M%S")
    order_id = rng.choice(
        [
            f"YB{stamp}{rng.randint(1000, 9999)}",
            f"{stamp}{rng.randint(10000, 99999)}",
            f"{rng.randint(10**17, 10**18 - 1)}",
        ]
    )
    sc = Scene(
        now,
        person,
        name,
        cost,
        motif,
        money,
        physical,
        balance,
        cause,
        message,
        order_id,
        rng.random() < 0.5,
        rng.choice(DT_STYLES),
    )
    sc.records = make_records(rng, sc)
    return sc


def make_records(rng: random.Random, sc: Scene) -> list[tuple[str, int, datetime]]:
    """Newest first: (label, signed amount, time)."""
    out = []
    t = sc.now - timedelta(minutes=rng.randint(1, 30))
    redeem = rng.choice(["兑换 {p}", "兑换-{p}", "云贝兑换：{p}", "{p}"]).format(p=sc.product)
    refund = rng.random() < 0.3  # the failed redemption came back (newest row)
    for i in range(rng.randint(14, 26)):
        if i == 0 and refund:
            label, amount = rng.choice(["云贝退回-兑换失败", "兑换失败退还"]), sc.cost
        elif i == int(refund):
            label, amount = redeem, -sc.cost
        elif rng.random() < 0.3:
            label, lo, hi = rng.choice(EXPENSE)
            amount = -rng.randint(lo, hi)
        else:
            label, lo, hi = rng.choice(INCOME)
            amount = rng.randint(lo, hi)
        out.append((label, amount, t.replace(second=rng.randint(0, 59))))
        t -= timedelta(hours=rng.randint(2, 60), minutes=rng.randint(0, 59))
    return out


# --------------------------------------------------------------------------- shared page parts


def money_decoy(c: Screen, sc: Scene, x: int, y: int, sp: float) -> None:
    """A real-money price (not the 云贝 cost), struck through."""
    if not sc.money:
        return
    s = f"价值{sc.money}" if c.rng.random() < 0.5 else sc.money
    b = c.text((x, y), s, sp, c.pal.faint, anchor="ls")
    if not s.startswith("价值"):
        c.d.line((b[0], (b[1] + b[3]) // 2, b[2], (b[1] + b[3]) // 2), fill=c.pal.faint, width=2)


def price_text(c: Screen, sc: Scene, x: int, y: int, sp: float, color: RGB) -> int:
    """The 云贝 price: number (digit font) and a smaller unit on the same baseline."""
    num = fmt_int(sc.cost, sc.commas)
    b = c.text((x, y), num, sp, color, "digits", True, "ls")
    u = c.text((b[2] + c.px(3), y), "云贝", sp * 0.55, color, anchor="ls")
    c.fields["cost"] = sc.cost
    c.mark("cost", (x, b[1], u[2], b[3]))
    return u[2]


def item_page(c: Screen, sc: Scene, y: int, bottom: int, show_balance: bool) -> None:
    """A 云贝商城 item detail page from `y` down to `bottom` (product, cost, maybe balance)."""
    pal = c.pal
    img_h = round(c.w * c.rng.choice([0.62, 0.75, 0.85]))
    c.thumb((0, y, c.w, y + img_h), sc.motif)
    y += img_h
    c.d.rectangle((0, y, c.w, bottom), fill=pal.card)
    y += c.px(16)
    ys = y + c.line_h(26, 1.05)
    end = price_text(c, sc, c.pad, ys, 26, pal.accent)
    money_decoy(c, sc, end + c.px(10), ys, 13)
    sold = c.rng.choice(["已兑 1.2万", "已兑 856", "剩余 23 件", "已兑 3.4万件", "限量 500 份"])
    c.text((c.w - c.pad, ys), sold, 12, pal.sub, anchor="rs")
    y0 = y = ys + c.px(14)
    y = c.lines(c.pad, y, sc.product, 18, pal.text, c.w - 2 * c.pad, bold=True, role="title")
    c.fields["product"] = sc.product
    c.mark("product", (c.pad, y0, c.w - c.pad, y))
    y += c.px(10)
    c.d.rectangle((0, y, c.w, y + c.px(8)), fill=pal.bg)
    y += c.px(22)
    c.text((c.pad, y), "兑换须知", 15, pal.text, bold=True)
    y += c.line_h(15) + c.px(4)
    start = sc.now.date().replace(day=1)
    rules = [
        f"活动时间：{start:%Y.%m.%d}-{start:%Y.%m}.28",
        "兑换成功后权益将在 24 小时内发放至当前账号",
        "虚拟商品一经兑换不支持退换" if not sc.physical else "实物商品将在 7 个工作日内发货",
        f"每个账号限兑 {c.rng.choice([1, 2, 5])} 次",
    ]
    for r in rules:
        if y > bottom - c.px(120):
            break
        y = c.lines(c.pad, y, "· " + r, 13, pal.sub, c.w - 2 * c.pad) + c.px(4)
    # bottom action bar
    bar = bottom - c.px(64)
    c.d.rectangle((0, bar, c.w, bottom), fill=pal.card)
    c.hline(bar, 0)
    cy = bar + c.px(32)
    bw = c.px(150)
    c.rrect((c.w - c.pad - bw, cy - c.px(21), c.w - c.pad, cy + c.px(21)), c.px(21), pal.accent)
    c.text(
        (c.w - c.pad - bw // 2, cy),
        c.rng.choice(["立即兑换", "马上兑换", "兑换"]),
        16,
        WHITE,
        bold=True,
        anchor="mm",
    )
    if show_balance:
        lab = c.text(
            (c.pad, cy),
            c.rng.choice(["我的云贝：", "可用云贝 ", "当前云贝："]),
            13,
            pal.sub,
            anchor="lm",
        )
        b = c.text(
            (lab[2] + c.px(2), cy),
            fmt_int(sc.balance, sc.commas),
            15,
            pal.text,
            "digits",
            True,
            "lm",
        )
        c.fields["balance"] = sc.balance
        c.mark("balance", b)


def set_error(c: Screen, sc: Scene) -> None:
    c.fields["error_message"] = sc.message
    c.fields["cause"] = sc.cause


def button(c: Screen, box: Box, label: str, filled: bool, color: RGB | None = None) -> None:
    color = color or c.pal.accent
    r = (box[3] - box[1]) / 2
    if filled:
        c.rrect(box, r, color)
        fg = WHITE
    else:
        c.d.rounded_rectangle(box, radius=round(r), outline=color, width=max(2, c.px(1)))
        fg = color
    c.text(
        ((box[0] + box[2]) // 2, (box[1] + box[3]) // 2), label, 15, fg, bold=filled, anchor="mm"
    )


def kv_row(
    c: Screen,
    y: int,
    label: str,
    value: str,
    private: str | None = None,
    chevron: bool = True,
    h: float = 54,
    x0: int | None = None,
    x1: int | None = None,
    divider: bool = True,
) -> int:
    """Settings-style row: label left, value right; a private value is recorded."""
    x0 = c.pad if x0 is None else x0
    x1 = c.w - c.pad if x1 is None else x1
    cy = y + c.px(h) // 2
    lab = c.text((x0, cy), label, 15, c.pal.text, anchor="lm")
    right = x1 - (c.px(16) if chevron else 0)
    if chevron:
        c.chevron(x1 - c.px(4), cy, 5, c.pal.faint)
    maxw = right - lab[2] - c.px(16)
    if value:
        if private:
            c.secret(private, (right, cy), value, 14, c.pal.sub, anchor="rm", maxw=maxw)
        else:
            c.text((right, cy), value, 14, c.pal.sub, anchor="rm", maxw=maxw)
    if divider:
        c.hline(y + c.px(h), x0, x1)
    return y + c.px(h)


def record_row(
    c: Screen, y: int, rec: tuple[str, int, datetime], tstyle: str, h: float = 66
) -> int:
    """One 明细 row: label and time on the left, signed amount on the right."""
    label, amount, when = rec
    pal = c.pal
    tx = c.pad
    c.text((tx, y + c.px(13)), label, 15, pal.text, maxw=c.w - 2 * c.pad - c.px(80))
    if tstyle == "short":
        ts = f"{when:%m-%d %H:%M}"
    elif tstyle == "md":
        ts = f"{when.month}月{when.day}日 {when:%H:%M}"
    else:
        ts = fmt_dt(when, tstyle)
    c.text((tx, y + c.px(13) + c.line_h(15, 1.25)), ts, 12, pal.sub)
    sign = "+" if amount > 0 else "-"
    col = (232, 80, 60) if amount > 0 else pal.text
    c.text((c.w - c.pad, y + c.px(h) // 2), f"{sign}{abs(amount)}", 17, col, "digits", True, "rm")
    c.hline(y + c.px(h), c.pad)
    iso = iso_time(when, tstyle)
    c.fields["deductions"].append({"amount": amount, "label": label, "time": iso})
    c.stamp(when, tstyle)
    return y + c.px(h)


# --------------------------------------------------------------------------- failure screens


def failure(c: Screen, sc: Scene, layout: str, clock: datetime, bottom: int) -> str:
    if layout == "toast":
        y = status_bar(c, clock)
        y = title_bar(c, y, "商品详情")
        item_page(c, sc, y, bottom, c.rng.random() < 0.6)
        toast(c, sc)
    elif layout == "modal":
        y = status_bar(c, clock)
        y = title_bar(c, y, c.rng.choice(["商品详情", "云贝商城"]))
        item_page(c, sc, y, bottom, c.rng.random() < 0.5)
        c.dim(c.rng.randint(90, 150))
        modal(c, sc)
    elif layout == "sheet":
        y = status_bar(c, clock)
        y = title_bar(c, y, "商品详情")
        item_page(c, sc, y, bottom, False)
        c.dim(c.rng.randint(90, 150))
        confirm_sheet(c, sc, bottom, error=True)
    elif layout == "order":
        order_page(c, sc, clock, bottom)
    else:
        result_page(c, sc, clock, bottom)
    return layout


def toast(c: Screen, sc: Scene) -> None:
    """A dark translucent pill (or icon square) in the middle of the page with the error."""
    set_error(c, sc)
    maxw = round(c.w * 0.72)
    lines = c.wrap(sc.message, 14, maxw - c.px(40))
    if len(lines) > 1:  # balance the lines as a toast does
        even = c.measure(sc.message, 14) // len(lines) + c.measure("字", 14)
        lines = c.wrap(sc.message, 14, min(even, maxw - c.px(40)))
    lh = c.line_h(14, 1.4)
    tw = max(c.measure(ln, 14) for ln in lines)
    with_icon = c.rng.random() < 0.35
    bw = max(tw + c.px(40), c.px(130) if with_icon else 0)
    bh = len(lines) * lh + c.px(24) + (c.px(44) if with_icon else 0)
    cy = c.place(bh, 0.3, 0.8)
    box = (c.w // 2 - bw // 2, cy - bh // 2, c.w // 2 + bw // 2, cy + bh // 2)
    radius = c.px(10) if with_icon or len(lines) > 1 else bh // 2
    alpha = c.rng.randint(170, 215)
    c.overlay(lambda od: od.rounded_rectangle(box, radius=radius, fill=(20, 20, 20, alpha)))
    y = box[1] + c.px(12)
    if with_icon:
        c.circle(c.w // 2, y + c.px(16), c.px(14), None, WHITE)
        c.d.line((c.w // 2, y + c.px(8), c.w // 2, y + c.px(18)), fill=WHITE, width=c.px(2))
        c.circle(c.w // 2, y + c.px(23), c.px(1.5), WHITE)
        y += c.px(44)
    for i, ln in enumerate(lines):
        c.text((c.w // 2, y + i * lh + lh // 2), ln, 14, WHITE, anchor="mm")


def modal(c: Screen, sc: Scene) -> None:
    """A centred white dialog over the dimmed page."""
    set_error(c, sc)
    pal = c.pal
    dw = round(c.w * c.rng.uniform(0.72, 0.82))
    x0 = (c.w - dw) // 2
    title = c.rng.choice(["兑换失败", "提示", "温馨提示", None])
    lines = c.wrap(sc.message, 15, dw - c.px(48))
    lh = c.line_h(15, 1.5)
    h = c.px(28) + (c.line_h(17, 1.6) if title else 0) + len(lines) * lh + c.px(24) + c.px(50)
    y0 = c.place(h, 0.36, 0.56) - h // 2
    bg = (44, 44, 48) if pal.dark else WHITE
    c.rrect((x0, y0, x0 + dw, y0 + h), c.px(12), bg)
    y = y0 + c.px(28)
    if title:
        c.text((c.w // 2, y), title, 17, pal.text, "title", True, "ma")
        y += c.line_h(17, 1.6)
    anchor = "ma" if c.rng.random() < 0.75 else "la"
    for i, ln in enumerate(lines):
        x = c.w // 2 if anchor == "ma" else x0 + c.px(24)
        c.text((x, y + i * lh), ln, 15, pal.sub if title else pal.text, anchor=anchor)
    by = y0 + h - c.px(50)
    c.d.line((x0, by, x0 + dw, by), fill=pal.line, width=max(1, c.px(0.5)))
    buttons = c.rng.choice([["我知道了"], ["确定"], ["取消", "联系客服"], ["取消", "去赚云贝"]])
    if sc.cause != "eligibility" and "去赚云贝" in buttons:
        buttons = ["取消", "重试"]
    n = len(buttons)
    for i, b in enumerate(buttons):
        cx = x0 + dw * (2 * i + 1) // (2 * n)
        col = pal.accent if i == n - 1 else pal.sub
        c.text((cx, by + c.px(25)), b, 16, col, bold=i == n - 1, anchor="mm")
        if i:
            c.d.line((x0 + dw * i // n, by, x0 + dw * i // n, y0 + h), fill=pal.line, width=1)


def confirm_sheet(c: Screen, sc: Scene, bottom: int, error: bool) -> None:
    """A bottom sheet "确认兑换" with thumbnail, price, balance and balance after."""
    pal = c.pal
    bg = (36, 36, 40) if pal.dark else WHITE
    after = sc.balance - sc.cost
    rows = [
        ("所需云贝", fmt_int(sc.cost, sc.commas)),
        (c.rng.choice(["当前云贝", "我的云贝", "云贝余额"]), fmt_int(sc.balance, sc.commas)),
    ]
    if after >= 0 and c.rng.random() < 0.7:
        rows.append(("兑换后剩余", fmt_int(after, sc.commas)))
    if not sc.physical and c.rng.random() < 0.5:
        rows.insert(1, ("兑换数量", "1"))
    # measure first so that the sheet ends right above the system bar
    t = c.px(72)
    x = c.pad + t + c.px(12)
    name_h = len(c.wrap(sc.product, 15, c.w - x - c.pad, bold=True)) * c.line_h(15)
    item_h = max(t, name_h + c.px(20) + c.line_h(18, 1.0)) + c.px(20)
    err_lines = len(c.wrap(sc.message, 13, c.w - 2 * c.pad)) if error else 0
    h = c.px(68) + item_h + len(rows) * c.line_h(14, 2.0) + c.px(70)
    h += c.px(4) + err_lines * c.line_h(13) if error else 0
    top = bottom - h
    c.d.rounded_rectangle((0, top, c.w, c.h + c.px(20)), radius=c.px(16), fill=bg)
    c.rrect((c.w // 2 - c.px(18), top + c.px(8), c.w // 2 + c.px(18), top + c.px(12)), 2, pal.faint)
    y = top + c.px(24)
    c.text((c.w // 2, y), c.rng.choice(["确认兑换", "兑换确认"]), 17, pal.text, "title", True, "ma")
    k = c.px(14)
    c.d.line((c.w - c.pad - k, y + c.px(2), c.w - c.pad, y + c.px(2) + k), fill=pal.sub, width=3)
    c.d.line((c.w - c.pad - k, y + c.px(2) + k, c.w - c.pad, y + c.px(2)), fill=pal.sub, width=3)
    y += c.px(44)
    c.thumb((c.pad, y, c.pad + t, y + t), sc.motif)
    yy = c.lines(x, y, sc.product, 15, pal.text, c.w - x - c.pad, bold=True)
    c.fields["product"] = sc.product
    price_text(c, sc, x, max(yy + c.px(20) + c.line_h(18, 0.8), y + t - c.px(6)), 18, pal.accent)
    y += item_h
    for lab, val in rows:
        c.text((c.pad, y), lab, 14, pal.sub)
        c.text((c.w - c.pad, y), val, 14, pal.text, "digits", anchor="ra")
        y += c.line_h(14, 2.0)
    c.fields["balance"] = sc.balance
    if error:
        set_error(c, sc)
        y += c.px(4)
        y = c.lines(c.w // 2, y, sc.message, 13, pal.accent, c.w - 2 * c.pad, anchor="ma")
    by = y + c.px(12)
    label = "确认兑换" if not error else c.rng.choice(["确认兑换", "重新兑换"])
    color = pal.accent if not error else mix(pal.accent, bg, 0.45)
    button(c, (c.pad, by, c.w - c.pad, by + c.px(46)), label, True, color)


def result_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """Full-page result: big icon, 兑换失败, reason line, a small info card, buttons."""
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, c.rng.choice(["兑换结果", "兑换详情", ""]))
    y += c.px(c.rng.choice([30, 50]))
    r = c.px(34)
    mark = c.rng.choice(["!", "x", "clock"])
    col = pal.accent if mark != "clock" else (250, 150, 40)
    c.badge_icon(c.w // 2, y + r, r, col, mark)
    y += 2 * r + c.px(22)
    head = c.rng.choice(["兑换失败", "兑换未成功", "很抱歉，兑换失败"])
    c.text((c.w // 2, y), head, 21, pal.text, "title", True, "ma")
    y += c.line_h(21, 1.5)
    set_error(c, sc)
    prefix = c.rng.choice(["", "", "失败原因："])
    if prefix:
        pw = c.measure(prefix, 14)
        line_w = pw + c.measure(sc.message, 14)
        if line_w < c.w - 2 * c.pad:
            x = (c.w - line_w) // 2
            c.text((x, y), prefix, 14, pal.sub)
            c.text((x + pw, y), sc.message, 14, pal.sub)
            y += c.line_h(14)
        else:
            y = c.lines(c.w // 2, y, sc.message, 14, pal.sub, c.w - 2 * c.pad, anchor="ma")
    else:
        y = c.lines(c.w // 2, y, sc.message, 14, pal.sub, c.w - 4 * c.pad, anchor="ma")
    if c.rng.random() < 0.6:
        y = c.lines(
            c.w // 2,
            y + c.px(2),
            "已扣除的云贝将在24小时内退回",
            12,
            pal.faint,
            c.w - 2 * c.pad,
            anchor="ma",
        )
    y += c.px(26)
    # info card
    x0, x1 = c.pad, c.w - c.pad
    card = mix(pal.bg, pal.text, 0.04) if pal.bg == pal.card else pal.card
    rows: list[tuple[str, str, str | None]] = [("商品名称", sc.product, "product")]
    rows.append(
        (
            c.rng.choice(["消耗云贝", "所需云贝", "商品价格"]),
            f"{fmt_int(sc.cost, sc.commas)} 云贝",
            "cost",
        )
    )
    if c.rng.random() < 0.5:
        rows.append(("兑换时间", fmt_dt(sc.now, sc.dt_style), "time"))
    if c.rng.random() < 0.4:
        rows.append(("当前云贝", fmt_int(sc.balance, sc.commas), "balance"))
    h = c.px(20) + len(rows) * c.line_h(14, 2.1)
    c.rrect((x0, y, x1, y + h), c.px(10), card)
    yy = y + c.px(14)
    for lab, val, what in rows:
        l_box = c.text((x0 + c.px(14), yy), lab, 14, pal.sub)
        c.text((x1 - c.px(14), yy), val, 14, pal.text, anchor="ra", maxw=x1 - l_box[2] - c.px(40))
        if what == "product":
            c.fields["product"] = sc.product
        elif what == "cost":
            c.fields["cost"] = sc.cost
        elif what == "time":
            c.stamp(sc.now, sc.dt_style)
        elif what == "balance":
            c.fields["balance"] = sc.balance
        yy += c.line_h(14, 2.1)
    y += h + c.px(30)
    bw = c.px(130)
    if y + c.px(44) < bottom:
        button(c, (c.w // 2 - bw - c.px(8), y, c.w // 2 - c.px(8), y + c.px(42)), "联系客服", False)
        button(c, (c.w // 2 + c.px(8), y, c.w // 2 + bw + c.px(8), y + c.px(42)), "返回", True)


def order_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """Order detail: status band with the reason, item, order number, times, receiver."""
    pal = c.pal
    band_h = c.px(150)
    c.gradient((0, 0, c.w, band_h + c.px(60)), pal.accent, mix(pal.accent, (255, 140, 90), 0.6))
    y = status_bar(c, clock, WHITE)
    y = title_bar(c, y, "订单详情", WHITE)
    c.text(
        (c.pad, y + c.px(8)),
        c.rng.choice(["兑换失败", "交易关闭", "兑换异常"]),
        20,
        WHITE,
        "title",
        True,
    )
    y += c.px(8) + c.line_h(20, 1.45)
    set_error(c, sc)
    prefix = c.rng.choice(["", "原因："])
    xm = c.pad
    if prefix:
        xm = c.text((c.pad, y), prefix, 13, WHITE)[2]
    y = c.lines(xm, y, sc.message, 13, WHITE, c.w - xm - c.pad) + c.px(16)
    # item card
    x0, x1 = c.px(12), c.w - c.px(12)
    t = c.px(76)
    c.rrect((x0, y, x1, y + t + c.px(28)), c.px(10), pal.card)
    c.thumb((x0 + c.px(14), y + c.px(14), x0 + c.px(14) + t, y + c.px(14) + t), sc.motif)
    tx = x0 + c.px(26) + t
    c.lines(tx, y + c.px(16), sc.product, 15, pal.text, x1 - tx - c.px(14))
    c.fields["product"] = sc.product
    price_text(c, sc, tx, y + c.px(14) + t - c.px(4), 16, pal.text)
    c.text((x1 - c.px(14), y + c.px(14) + t - c.px(4)), "x1", 13, pal.sub, anchor="rs")
    y += t + c.px(40)
    # order facts
    rows: list[tuple[str, str, str | None]] = [("订单编号", sc.order_id, "order_id")]
    rows.append(("下单时间", fmt_dt(sc.now, sc.dt_style), "time"))
    rows.append(("支付方式", "云贝支付", None))
    if c.rng.random() < 0.5:
        rows.append(("退还状态", "预计24小时内原路退回", None))
    if sc.physical:
        rows += [
            ("收货人", sc.person.name, "real_name"),
            (
                "联系电话",
                fmt_phone(sc.person.phone, c.rng.choice(["masked", "plain", "spaced"])),
                "phone",
            ),
        ]
    lh = c.line_h(14, 2.2)
    h = c.px(16) + len(rows) * lh
    c.rrect((x0, y, x1, y + h), c.px(10), pal.card)
    yy = y + c.px(14)
    for lab, val, what in rows:
        if yy + lh > bottom:
            break
        c.text((x0 + c.px(14), yy), lab, 14, pal.sub)
        vx = x0 + c.px(14) + c.measure("联系电话", 14) + c.px(24)
        if what in ("order_id", "real_name", "phone"):
            box = c.secret(what, (vx, yy), val, 14, pal.text, maxw=x1 - vx - c.px(60))
            if what == "order_id":
                c.rrect(
                    (box[2] + c.px(10), yy - c.px(1), box[2] + c.px(46), yy + c.px(19)),
                    c.px(10),
                    None,
                    pal.faint,
                )
                c.text((box[2] + c.px(28), yy + c.px(9)), "复制", 11, pal.sub, anchor="mm")
        else:
            c.text((vx, yy), val, 14, pal.text, maxw=x1 - vx - c.px(14))
            if what == "time":
                c.stamp(sc.now, sc.dt_style)
        yy += lh
    y += h + c.px(16)
    if y + c.px(44) < bottom:
        button(c, (c.w - c.pad - c.px(110), y, c.w - c.pad, y + c.px(38)), "联系客服", False)


# --------------------------------------------------------------------------- redeem screens


def redeem(c: Screen, sc: Scene, layout: str, clock: datetime, bottom: int) -> str:
    if layout == "sheet":
        y = status_bar(c, clock)
        y = title_bar(c, y, "商品详情")
        item_page(c, sc, y, bottom, False)
        c.dim(c.rng.randint(90, 150))
        confirm_sheet(c, sc, bottom, error=False)
    elif layout == "checkout":
        checkout_page(c, sc, clock, bottom)
    else:
        y = status_bar(c, clock)
        y = title_bar(c, y, c.rng.choice(["商品详情", "云贝商城", "兑换详情"]))
        item_page(c, sc, y, bottom, c.rng.random() < 0.7)
    return layout


def checkout_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """确认订单 for merchandise: address block with receiver, item, total in 云贝."""
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, "确认订单")
    x0, x1 = c.px(12), c.w - c.px(12)
    y += c.px(8)
    h = c.px(96)
    c.rrect((x0, y, x1, y + h), c.px(10), pal.card)
    p = sc.person
    nb = c.secret("real_name", (x0 + c.px(16), y + c.px(18)), p.name, 16, pal.text, bold=True)
    c.secret(
        "phone",
        (nb[2] + c.px(14), y + c.px(20)),
        fmt_phone(p.phone, c.rng.choice(["masked", "plain", "spaced"])),
        14,
        pal.sub,
    )
    region = c.rng.choice(
        [
            "浙江省 杭州市 滨江区",
            "广东省 深圳市 南山区",
            "上海市 徐汇区",
            "四川省 成都市 武侯区",
            "北京市 朝阳区",
        ]
    )
    c.text((x0 + c.px(16), y + c.px(56)), region, 13, pal.sub)
    c.chevron(x1 - c.px(16), y + h // 2, 5, pal.faint)
    y += h + c.px(12)
    t = c.px(84)
    c.rrect((x0, y, x1, y + t + c.px(28)), c.px(10), pal.card)
    c.thumb((x0 + c.px(14), y + c.px(14), x0 + c.px(14) + t, y + c.px(14) + t), sc.motif)
    tx = x0 + c.px(26) + t
    c.lines(tx, y + c.px(16), sc.product, 15, pal.text, x1 - tx - c.px(14))
    c.fields["product"] = sc.product
    price_text(c, sc, tx, y + c.px(14) + t - c.px(4), 17, pal.accent)
    y += t + c.px(40)
    rows = [("配送方式", "快递 免邮"), ("运费", "¥0.00"), ("订单备注", "选填")]
    c.rrect((x0, y, x1, y + c.px(52) * len(rows)), c.px(10), pal.card)
    for lab, val in rows:
        y = kv_row(
            c,
            y,
            lab,
            val,
            chevron=False,
            h=52,
            x0=x0 + c.px(14),
            x1=x1 - c.px(14),
            divider=lab != rows[-1][0],
        )
    bar = bottom - c.px(60)
    c.d.rectangle((0, bar, c.w, bottom), fill=pal.card)
    cy = bar + c.px(30)
    bw = c.px(120)
    button(c, (c.w - c.pad - bw, cy - c.px(20), c.w - c.pad, cy + c.px(20)), "提交订单", True)
    lab = c.text((c.pad, cy), "合计：", 14, pal.text, anchor="lm")
    num = c.text((lab[2], cy), fmt_int(sc.cost, sc.commas), 19, pal.accent, "digits", True, "lm")
    c.text((num[2] + c.px(3), cy), "云贝", 12, pal.accent, anchor="lm")


# --------------------------------------------------------------------------- balance screens


def balance(c: Screen, sc: Scene, layout: str, clock: datetime, bottom: int) -> str:
    if layout == "center":
        center_page(c, sc, clock, bottom)
    elif layout == "wallet":
        wallet_page(c, sc, clock, bottom)
    else:
        hero_page(c, sc, clock, bottom)
    return layout


def big_number(c: Screen, x: int, y: int, sc: Scene, sp: float, color: RGB, anchor: str) -> None:
    """The balance in a big digit font with a smaller 云贝 unit after it (baseline "ls")."""
    num = fmt_int(sc.balance, sc.commas)
    unit = c.rng.choice(["云贝", "个", ""])
    uw = c.measure(unit, sp * 0.4) + c.px(6) if unit else 0
    nw = c.measure(num, sp, "digits", True)
    x0 = x - (nw + uw) // 2 if anchor == "ms" else x
    b = c.text((x0, y), num, sp, color, "digits", True, "ls")
    if unit:
        c.text((b[2] + c.px(6), y), unit, sp * 0.4, mix(color, c.pal.gold, 0.35), anchor="ls")
    c.fields["balance"] = sc.balance


def hero_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """我的云贝: gradient header, big number, expiry note, a few 明细 rows."""
    pal = c.pal
    top, bot = c.rng.choice(
        [
            (pal.accent, mix(pal.accent, (255, 150, 110), 0.7)),
            ((255, 196, 90), (245, 140, 40)),
            ((40, 40, 48), (80, 60, 50)),
        ]
    )
    hh = c.px(c.rng.choice([260, 290, 320]))
    c.gradient((0, 0, c.w, hh), top, bot)
    y = status_bar(c, clock, WHITE)
    y = title_bar(
        c,
        y,
        c.rng.choice(["我的云贝", "云贝", "云贝账户"]),
        WHITE,
        c.rng.choice([None, "规则", "明细"]),
    )
    y += c.px(22)
    centred = c.rng.random() < 0.5
    lab = c.rng.choice(["云贝余额", "当前云贝", "可用云贝（个）", "我的云贝"])
    if centred:
        c.text((c.w // 2, y), lab, 14, mix(WHITE, top, 0.15), anchor="ma")
    else:
        c.text((c.pad + c.px(8), y), lab, 14, mix(WHITE, top, 0.15))
    y += c.line_h(14) + c.px(54)
    big_number(
        c, c.w // 2 if centred else c.pad + c.px(8), y, sc, 44, WHITE, "ms" if centred else "ls"
    )
    y += c.px(24)
    if c.rng.random() < 0.7:
        exp = (sc.now + timedelta(days=c.rng.randint(5, 60))).date()
        note = f"{c.rng.randint(5, 300)}云贝将于{exp:%Y-%m-%d}过期"
        c.text(
            (c.w // 2 if centred else c.pad + c.px(8), y),
            note,
            12,
            mix(WHITE, top, 0.25),
            anchor="ma" if centred else "la",
        )
    y = hh + c.px(12)
    # shortcut buttons
    x0, x1 = c.px(12), c.w - c.px(12)
    c.rrect((x0, y, x1, y + c.px(84)), c.px(12), pal.card)
    for i, name in enumerate(["赚云贝", "云贝商城", "兑换记录", "帮助"]):
        cx = x0 + (x1 - x0) * (2 * i + 1) // 8
        c.circle(cx, y + c.px(28), c.px(15), mix(pal.card, pal.gold, 0.25))
        c.coin(cx, y + c.px(28), c.px(9))
        c.text((cx, y + c.px(58)), name, 12, pal.text, anchor="ma")
    y += c.px(100)
    if c.rng.random() < 0.25:
        return
    c.text((c.pad, y), "云贝明细", 16, pal.text, "title", True)
    c.text((c.w - c.pad, y + c.px(2)), "全部 >", 12, pal.sub, anchor="ra")
    y += c.line_h(16, 1.8)
    tstyle = c.rng.choice(["dash", "dash_s", "dot", "slash"])
    for rec in sc.records:
        if y + c.px(66) > bottom:
            break
        y = record_row(c, y, rec, tstyle)


def center_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """云贝中心: profile line (nickname), balance card, 7-day sign-in strip, tasks."""
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, "云贝中心", right=c.rng.choice([None, "规则"]))
    y += c.px(6)
    r = c.px(22)
    c.avatar(c.pad + r, y + r, r)
    c.secret(
        "nickname",
        (c.pad + 2 * r + c.px(12), y + r),
        sc.person.nick,
        16,
        pal.text,
        bold=True,
        anchor="lm",
        maxw=c.w // 2,
    )
    c.rrect(
        (c.w - c.pad - c.px(54), y + r - c.px(11), c.w - c.pad, y + r + c.px(11)),
        c.px(11),
        mix(pal.card, pal.gold, 0.3),
    )
    c.text((c.w - c.pad - c.px(27), y + r), f"Lv.{c.rng.randint(3, 10)}", 11, pal.text, anchor="mm")
    y += 2 * r + c.px(16)
    x0, x1 = c.px(12), c.w - c.px(12)
    ch = c.px(120)
    c.gradient((x0, y, x1, y + ch), (255, 226, 170), (255, 186, 90), r=c.px(12), horizontal=True)
    ink = (90, 50, 10)
    c.text((x0 + c.px(18), y + c.px(18)), c.rng.choice(["我的云贝", "云贝余额"]), 13, ink)
    bl = y + c.px(18) + c.line_h(13) + c.px(40)
    num = fmt_int(sc.balance, sc.commas)
    b = c.text((x0 + c.px(18), bl), num, 34, ink, "digits", True, "ls")
    c.chevron(b[2] + c.px(12), bl - c.px(12), 5, ink)
    c.fields["balance"] = sc.balance
    button(
        c,
        (x1 - c.px(104), y + ch // 2 - c.px(18), x1 - c.px(16), y + ch // 2 + c.px(18)),
        "去兑换",
        True,
        (200, 90, 20),
    )
    y += ch + c.px(16)
    c.rrect((x0, y, x1, y + c.px(150)), c.px(12), pal.card)
    days = c.rng.randint(1, 6)
    c.text((x0 + c.px(16), y + c.px(16)), f"已连续签到 {days} 天", 15, pal.text, bold=True)
    step = (x1 - x0 - c.px(32)) / 7
    for i in range(7):
        cx = round(x0 + c.px(16) + step * (i + 0.5))
        done = i < days
        c.rrect(
            (cx - round(step * 0.42), y + c.px(52), cx + round(step * 0.42), y + c.px(112)),
            c.px(8),
            mix(pal.card, pal.gold, 0.45 if done else 0.12),
        )
        c.text((cx, y + c.px(60)), f"+{[1, 1, 2, 2, 3, 3, 10][i]}", 12, pal.text, anchor="ma")
        c.text((cx, y + c.px(122)), f"第{i + 1}天", 10, pal.sub, anchor="ma")
    y += c.px(166)
    tasks = [
        ("每日听歌30分钟", "+5"),
        ("分享一首歌给好友", "+2"),
        ("给喜欢的歌评论", "+3"),
        ("开通黑胶VIP", "+100"),
        ("完善个人资料", "+10"),
        ("邀请好友加入云村", "+50"),
    ]
    c.text((c.pad, y), "做任务赚云贝", 16, pal.text, "title", True)
    y += c.line_h(16, 1.8)
    for name, gain in tasks:
        if y + c.px(60) > bottom:
            break
        c.coin(c.pad + c.px(16), y + c.px(28), c.px(14))
        c.text((c.pad + c.px(42), y + c.px(12)), name, 14, pal.text)
        c.text((c.pad + c.px(42), y + c.px(12) + c.line_h(14, 1.3)), f"{gain} 云贝", 12, pal.gold)
        done = c.rng.random() < 0.3
        button(
            c,
            (c.w - c.pad - c.px(72), y + c.px(14), c.w - c.pad, y + c.px(42)),
            "已完成" if done else "去完成",
            not done,
        )
        y += c.px(60)


def wallet_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """我的钱包: rows of assets, the 云贝 row carries the balance; ¥ rows are decoys."""
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, c.rng.choice(["我的钱包", "钱包"]))
    y += c.px(8)
    x0, x1 = c.px(12), c.w - c.px(12)
    rows = [
        ("云贝", fmt_int(sc.balance, sc.commas), "balance"),
        ("账户余额", f"¥{c.rng.randint(0, 300)}.{c.rng.randint(0, 99):02d}", None),
        ("优惠券", f"{c.rng.randint(0, 9)}张可用", None),
        ("云音乐礼品卡", "去绑定", None),
        ("自动续费管理", "", None),
    ]
    if c.rng.random() < 0.5:
        rows.insert(1, rows.pop(0))
    c.rrect((x0, y, x1, y + c.px(58) * len(rows)), c.px(12), pal.card)
    for lab, val, what in rows:
        cy = y + c.px(29)
        if lab == "云贝":
            c.coin(x0 + c.px(26), cy, c.px(12))
        else:
            c.circle(x0 + c.px(26), cy, c.px(12), mix(pal.card, pal.accent, 0.2))
        c.text((x0 + c.px(48), cy), lab, 15, pal.text, anchor="lm")
        c.chevron(x1 - c.px(18), cy, 5, pal.faint)
        if val:
            big = what == "balance"
            c.text(
                (x1 - c.px(34), cy),
                val,
                17 if big else 14,
                pal.text if big else pal.sub,
                "digits" if big else "body",
                big,
                "rm",
            )
        if what == "balance":
            c.fields["balance"] = sc.balance
        y += c.px(58)
        if lab != rows[-1][0]:
            c.hline(y, x0 + c.px(48), x1)
    y += c.px(20)
    c.text(
        (c.w // 2, y),
        "云贝仅可用于网易云音乐站内兑换，不可提现",
        12,
        pal.faint,
        anchor="ma",
        maxw=c.w - 2 * c.pad,
    )


# --------------------------------------------------------------------------- records screens


def records(c: Screen, sc: Scene, layout: str, clock: datetime, bottom: int) -> str:
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, c.rng.choice(["云贝明细", "收支明细", "云贝记录"]))
    if c.rng.random() < 0.45:
        y += c.px(8)
        lab = c.text(
            (c.pad, y + c.px(14)), c.rng.choice(["当前云贝", "云贝余额"]), 14, pal.sub, anchor="lm"
        )
        c.text(
            (lab[2] + c.px(10), y + c.px(14)),
            fmt_int(sc.balance, sc.commas),
            20,
            pal.text,
            "digits",
            True,
            "lm",
        )
        c.fields["balance"] = sc.balance
        y += c.px(36)
    tabs = ["全部", "收入", "支出"]
    tw = c.px(70)
    for i, t in enumerate(tabs):
        cx = c.pad + tw * i + tw // 2
        c.text((cx, y + c.px(20)), t, 15, pal.text if i == 0 else pal.sub, bold=i == 0, anchor="mm")
    c.rrect(
        (c.pad + tw // 2 - c.px(10), y + c.px(34), c.pad + tw // 2 + c.px(10), y + c.px(37)),
        2,
        pal.accent,
    )
    y += c.px(46)
    c.hline(y, 0)
    if layout == "grouped":
        grouped_rows(c, sc, y, bottom)
    else:
        tstyle = c.rng.choice(["dash", "dash_s", "dot", "slash", "cn"])
        for rec in sc.records:
            if y + c.px(66) > bottom:
                break
            y = record_row(c, y, rec, tstyle)
    return layout


def grouped_rows(c: Screen, sc: Scene, y: int, bottom: int) -> None:
    """Rows under month headers ("2026年5月") with 收入/支出 totals of that month."""
    pal = c.pal
    short = c.rng.random() < 0.4  # rows without the year, taken from the header
    tstyle = c.rng.choice(["short", "md"]) if short else c.rng.choice(["dash", "dot", "dash_s"])
    month = None
    for rec in sc.records:
        m = (rec[2].year, rec[2].month)
        if m != month:
            if y + c.px(48 + 66) > bottom:
                break
            month = m
            same = [r for r in sc.records if (r[2].year, r[2].month) == m]
            inc = sum(r[1] for r in same if r[1] > 0)
            out = -sum(r[1] for r in same if r[1] < 0)
            c.d.rectangle((0, y, c.w, y + c.px(48)), fill=mix(pal.bg, pal.text, 0.03))
            c.text((c.pad, y + c.px(24)), f"{m[0]}年{m[1]}月", 15, pal.text, bold=True, anchor="lm")
            c.text((c.w - c.pad, y + c.px(24)), f"收入 {inc}  支出 {out}", 12, pal.sub, anchor="rm")
            y += c.px(48)
        if y + c.px(66) > bottom:
            break
        y = record_row(c, y, rec, tstyle)


# --------------------------------------------------------------------------- account screens


def account(c: Screen, sc: Scene, layout: str, clock: datetime, bottom: int) -> str:
    {
        "security": security_page,
        "profile": profile_page,
        "realname": realname_page,
        "bank": bank_page,
        "address": address_page,
    }[layout](c, sc, clock, bottom)
    return layout


def grouped_card(c: Screen, y: int, n: int, h: float = 54) -> tuple[int, int]:
    """An inset card for n rows; returns the row x range."""
    x0, x1 = c.px(12), c.w - c.px(12)
    c.rrect((x0, y, x1, y + c.px(h) * n), c.px(12), c.pal.card)
    return x0 + c.px(14), x1 - c.px(14)


def security_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    p = sc.person
    y = status_bar(c, clock)
    y = title_bar(c, y, c.rng.choice(["账号与安全", "账号安全", "账号管理"]))
    y += c.px(10)
    rows: list[tuple[str, str, str | None]] = [
        (
            "手机号",
            fmt_phone(p.phone, c.rng.choice(["masked", "masked", "plain", "cc_masked"])),
            "phone",
        ),
        ("邮箱", mask_email(p.email, c.rng) if c.rng.random() < 0.5 else p.email, "email"),
        (c.rng.choice(["网易云ID", "用户ID", "账号ID"]), p.uid, "user_id"),
        ("实名认证", "已认证 " + mask_name(p.name, c.rng), "real_name"),
    ]
    if c.rng.random() < 0.5:
        rows.append(("身份证号", mask_id(p.id_card, c.rng), "id_card"))
    rows += [
        ("修改密码", "", None),
        ("登录设备管理", f"{c.rng.randint(1, 4)}台设备", None),
        ("第三方账号绑定", "微信 已绑定", None),
    ]
    head = rows[:4]
    c.rng.shuffle(head)
    rows[:4] = head
    xa, xb = grouped_card(c, y, len(rows))
    for i, (lab, val, what) in enumerate(rows):
        if what == "real_name":
            # "已认证" status, then the masked name as its own private text
            cy = y + c.px(27)
            c.text((xa, cy), lab, 15, c.pal.text, anchor="lm")
            c.chevron(xb - c.px(4), cy, 5, c.pal.faint)
            name = val.split(" ", 1)[1]
            nb = c.secret("real_name", (xb - c.px(16), cy), name, 14, c.pal.sub, anchor="rm")
            c.text((nb[0] - c.px(8), cy), "已认证", 14, (52, 170, 90), anchor="rm")
            if i < len(rows) - 1:
                c.hline(y + c.px(54), xa, xb)
            y += c.px(54)
        else:
            y = kv_row(c, y, lab, val, what, x0=xa, x1=xb, divider=i < len(rows) - 1)
    y += c.px(20)
    if y + c.px(54) < bottom:
        xa, xb = grouped_card(c, y, 1)
        c.text((c.w // 2, y + c.px(27)), "注销账号", 15, c.pal.accent, anchor="mm")


def profile_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    p = sc.person
    y = status_bar(c, clock)
    y = title_bar(c, y, c.rng.choice(["个人资料", "编辑资料", "个人信息"]))
    y += c.px(10)
    xa, xb = grouped_card(c, y, 1, 80)
    c.text((xa, y + c.px(40)), "头像", 15, c.pal.text, anchor="lm")
    c.avatar(xb - c.px(44), y + c.px(40), c.px(26))
    c.chevron(xb - c.px(4), y + c.px(40), 5, c.pal.faint)
    y += c.px(92)
    rows: list[tuple[str, str, str | None]] = [
        ("昵称", p.nick, "nickname"),
        (c.rng.choice(["用户ID", "云音乐号"]), p.uid, "user_id"),
        ("性别", c.rng.choice(["男", "女", "保密"]), None),
        ("地区", c.rng.choice(["浙江 杭州", "广东 深圳", "北京", "四川 成都"]), None),
        ("个性签名", c.rng.choice(["耳机是我的避难所", "未填写", "好好听歌"]), None),
    ]
    if c.rng.random() < 0.5:
        rows.append(
            ("绑定手机", fmt_phone(p.phone, c.rng.choice(["masked", "dashed", "cc"])), "phone")
        )
    if c.rng.random() < 0.5:
        rows.append(("电子邮箱", p.email, "email"))
    xa, xb = grouped_card(c, y, len(rows))
    for i, (lab, val, what) in enumerate(rows):
        y = kv_row(c, y, lab, val, what, x0=xa, x1=xb, divider=i < len(rows) - 1)


def realname_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """实名认证 detail: labels above values, an authentication time."""
    p = sc.person
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, "实名认证")
    y += c.px(24)
    c.badge_icon(c.w // 2, y + c.px(30), c.px(30), (52, 170, 90), "check")
    y += c.px(76)
    c.text((c.w // 2, y), "您已完成实名认证", 18, pal.text, "title", True, "ma")
    y += c.line_h(18, 1.6)
    when = sc.now - timedelta(days=c.rng.randint(30, 900), minutes=c.rng.randint(0, 900))
    show_time = c.rng.random() < 0.6
    if show_time:
        c.text(
            (c.w // 2, y),
            "认证时间 " + fmt_dt(when, c.rng.choice(["dash", "dot", "slash"])),
            12,
            pal.sub,
            anchor="ma",
        )
        c.stamp(when)
    y += c.px(34)
    full = c.rng.random() < 0.4
    items = [
        (
            c.rng.choice(["真实姓名", "姓名"]),
            p.name if full else mask_name(p.name, c.rng),
            "real_name",
        ),
        ("证件类型", "居民身份证", None),
        ("证件号码", p.id_card if full else mask_id(p.id_card, c.rng), "id_card"),
        (
            "手机号码",
            fmt_phone(p.phone, c.rng.choice(["cc", "spaced", "masked", "cc_plain"])),
            "phone",
        ),
    ]
    x0, x1 = c.px(12), c.w - c.px(12)
    ih = c.px(20) + c.line_h(12, 1.5) + c.line_h(16, 1.5)
    c.rrect((x0, y, x1, y + ih * len(items)), c.px(12), pal.card)
    for lab, val, what in items:
        c.text((x0 + c.px(16), y + c.px(12)), lab, 12, pal.sub)
        vy = y + c.px(12) + c.line_h(12, 1.5)
        if what:
            c.secret(
                what,
                (x0 + c.px(16), vy),
                val,
                16,
                pal.text,
                role="digits" if what in ("id_card", "phone") else "body",
                maxw=x1 - x0 - c.px(32),
            )
        else:
            c.text((x0 + c.px(16), vy), val, 16, pal.text)
        y += ih
        c.hline(y, x0 + c.px(16), x1 - c.px(16))
    y += c.px(16)
    c.lines(
        c.pad,
        y,
        "实名信息仅用于账号安全验证，网易云音乐将严格保护您的隐私",
        12,
        pal.faint,
        c.w - 2 * c.pad,
    )


def bank_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """A bank card face (gradient) plus holder and reserved phone rows."""
    p = sc.person
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, c.rng.choice(["银行卡", "我的银行卡", "银行卡详情"]))
    y += c.px(14)
    x0, x1 = c.px(16), c.w - c.px(16)
    ch = round((x1 - x0) / 1.7)
    top, bot = c.rng.choice(
        [
            ((220, 60, 70), (160, 30, 50)),
            ((40, 110, 200), (20, 60, 140)),
            ((30, 150, 120), (10, 100, 80)),
            ((60, 60, 70), (25, 25, 30)),
        ]
    )
    c.gradient((x0, y, x1, y + ch), top, bot, r=c.px(14))
    bank_name, number = p.bank
    c.circle(x0 + c.px(34), y + c.px(36), c.px(16), WHITE)
    c.circle(x0 + c.px(34), y + c.px(36), c.px(9), top)
    c.text((x0 + c.px(60), y + c.px(24)), bank_name, 17, WHITE, bold=True)
    c.text((x0 + c.px(60), y + c.px(24) + c.line_h(17, 1.35)), "储蓄卡", 12, mix(WHITE, top, 0.3))
    full = c.rng.random() < 0.45
    if full:
        shown = group4(number)
    else:
        tail = number[-4:]
        shown = c.rng.choice(
            [
                f"**** **** **** {tail}",
                f"{number[:4]} **** **** {tail}",
                f"{number[:6]}******{number[-4:]}",
            ]
        )
    c.secret(
        "bank_card",
        (x0 + c.px(24), y + ch - c.px(40)),
        shown,
        20,
        WHITE,
        "digits",
        anchor="lm",
        maxw=x1 - x0 - c.px(48),
    )
    y += ch + c.px(20)
    rows: list[tuple[str, str, str | None]] = [
        ("持卡人", mask_name(p.name, c.rng) if c.rng.random() < 0.5 else p.name, "real_name"),
        ("预留手机号", fmt_phone(p.phone, c.rng.choice(["masked", "plain", "spaced"])), "phone"),
        ("单笔限额", "¥5,000.00", None),
        ("开通快捷支付", "已开通", None),
    ]
    xa, xb = grouped_card(c, y, len(rows))
    for i, (lab, val, what) in enumerate(rows):
        y = kv_row(c, y, lab, val, what, chevron=False, x0=xa, x1=xb, divider=i < len(rows) - 1)
    y += c.px(24)
    if y + c.px(46) < bottom:
        button(c, (c.pad, y, c.w - c.pad, y + c.px(46)), "解除绑定", False, pal.sub)


def address_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """收货地址 list: receiver names and phones with a region line."""
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, "收货地址", right="管理")
    y += c.px(8)
    people = [(sc.person.name, sc.person.phone)]
    for _ in range(c.rng.randint(1, 2)):
        people.append((real_name(c.rng), phone_digits(c.rng)))
    x0, x1 = c.px(12), c.w - c.px(12)
    for i, (name, phone) in enumerate(people):
        h = c.px(98)
        if y + h > bottom:
            break
        c.rrect((x0, y, x1, y + h), c.px(12), pal.card)
        nb = c.secret("real_name", (x0 + c.px(16), y + c.px(18)), name, 16, pal.text, bold=True)
        style = c.rng.choice(["masked", "plain", "spaced", "dashed"])
        pb = c.secret(
            "phone", (nb[2] + c.px(12), y + c.px(20)), fmt_phone(phone, style), 14, pal.sub
        )
        if i == 0:
            c.rrect(
                (pb[2] + c.px(10), y + c.px(19), pb[2] + c.px(44), y + c.px(39)),
                c.px(4),
                None,
                pal.accent,
            )
            c.text((pb[2] + c.px(27), y + c.px(29)), "默认", 11, pal.accent, anchor="mm")
        region = c.rng.choice(
            [
                "浙江省杭州市西湖区",
                "广东省广州市天河区",
                "江苏省南京市鼓楼区",
                "湖北省武汉市洪山区",
                "上海市浦东新区",
            ]
        )
        c.text((x0 + c.px(16), y + c.px(60)), region, 13, pal.sub)
        c.d.line((x1 - c.px(30), y + c.px(56), x1 - c.px(18), y + c.px(44)), fill=pal.sub, width=3)
        y += h + c.px(10)
    if bottom - c.px(60) > y:
        button(
            c, (c.pad, bottom - c.px(58), c.w - c.pad, bottom - c.px(14)), "+ 新增收货地址", True
        )


# --------------------------------------------------------------------------- network screens


def network(c: Screen, sc: Scene, layout: str, clock: datetime, bottom: int) -> str:
    if layout in ("wifi", "ios_wifi"):  # the system's own Wi-Fi page
        layout = "ios_wifi" if c.platform == "ios" else "wifi"
    {"wifi": wifi_android, "ios_wifi": wifi_ios, "diagnose": diagnose_page, "sim": sim_page}[
        layout
    ](c, sc, clock, bottom)
    return layout


def ssid(rng: random.Random) -> str:
    return rng.choice(
        [
            f"TP-LINK_5G_{rng.randint(0, 0xFFFF):04X}",
            f"ChinaNet-{rng.choice('abcdefgh')}{rng.randint(100, 999)}",
            f"CMCC-{rng.randint(1000, 9999)}",
            f"Xiaomi_{rng.randint(0, 0xFFFF):04X}_5G",
            "HUAWEI-Home",
            "Office-Guest",
        ]
    )


def wifi_android(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, c.rng.choice(["WLAN", "网络详情", "WLAN 详情"]))
    y += c.px(12)
    c.circle(c.w // 2, y + c.px(30), c.px(30), mix(pal.card, (40, 120, 240), 0.2))
    wifi_mark(c, c.w // 2, y + c.px(44), (40, 120, 240))
    y += c.px(72)
    c.text((c.w // 2, y), ssid(c.rng), 19, pal.text, "title", True, "ma")
    y += c.line_h(19, 1.5)
    c.text((c.w // 2, y), "已连接", 13, pal.sub, anchor="ma")
    y += c.px(36)
    ip, gw = lan_ip(c.rng)
    rows: list[tuple[str, str, str | None]] = [
        ("信号强度", c.rng.choice(["强", "较强", "一般"]), None),
        ("连接速度", f"{c.rng.choice([144, 286, 433, 866, 1201, 2402])} Mbps", None),
        ("频率", c.rng.choice(["2.4 GHz", "5 GHz"]), None),
        ("加密类型", c.rng.choice(["WPA2-PSK", "WPA3-SAE", "WPA/WPA2-Personal"]), None),
        ("IP 地址", ip, "ip"),
    ]
    if c.rng.random() < 0.6:
        rows.append(("子网掩码", "255.255.255.0", None))
    if c.rng.random() < 0.5:
        rows.append(("网关", gw, None))
    rows.append(("隐私", "使用随机 MAC", None))
    xa, xb = grouped_card(c, y, len(rows))
    for i, (lab, val, what) in enumerate(rows):
        if y + c.px(54) > bottom:
            break
        y = kv_row(c, y, lab, val, what, chevron=False, x0=xa, x1=xb, divider=i < len(rows) - 1)
    y += c.px(20)
    if y + c.px(46) < bottom:
        button(c, (c.pad, y, c.w - c.pad, y + c.px(44)), "取消保存", False, pal.accent)


def wifi_ios(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """iOS-style grouped tables: joined network, IPv4 section, DNS section."""
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, ssid(c.rng))
    ip, gw = lan_ip(c.rng)

    def section(y: int, title: str | None, rows: list[tuple[str, str, str | None]]) -> int:
        if title:
            c.text((c.pad + c.px(8), y + c.px(14)), title, 12, pal.sub)
            y += c.px(34)
        xa, xb = grouped_card(c, y, len(rows), 46)
        for i, (lab, val, what) in enumerate(rows):
            if what == "toggle":
                c.text((xa, y + c.px(23)), lab, 15, pal.text, anchor="lm")
                c.toggle(xb, y + c.px(23), val == "on")
                if i < len(rows) - 1:
                    c.hline(y + c.px(46), xa, xb)
                y += c.px(46)
            else:
                y = kv_row(
                    c,
                    y,
                    lab,
                    val,
                    what,
                    chevron=False,
                    h=46,
                    x0=xa,
                    x1=xb,
                    divider=i < len(rows) - 1,
                )
        return y + c.px(12)

    y += c.px(10)
    y = section(y, None, [("忽略此网络", "", None), ("自动加入", "on", "toggle")])
    y = section(
        y,
        None,
        [
            ("低数据模式", c.rng.choice(["on", "off"]), "toggle"),
            ("私有无线局域网地址", "on", "toggle"),
        ],
    )
    rows = [
        ("配置 IP", "自动", None),
        ("IP 地址", ip, "ip"),
        ("子网掩码", "255.255.255.0", None),
        ("路由器", gw, None),
    ]
    if y + c.px(34 + 46 * 4) < bottom:
        y = section(y, "IPV4 地址", rows)
    if y + c.px(34 + 46) < bottom:
        section(y, "DNS", [("配置 DNS", "自动", None)])


def diagnose_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """In-app 网络诊断 result with the public IP and the time of the check."""
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, c.rng.choice(["网络诊断", "网络检测"]))
    y += c.px(26)
    good = c.rng.random() < 0.7
    c.badge_icon(
        c.w // 2,
        y + c.px(32),
        c.px(32),
        (52, 170, 90) if good else (250, 150, 40),
        "check" if good else "!",
    )
    y += c.px(80)
    c.text(
        (c.w // 2, y), "网络连接正常" if good else "网络质量较差", 18, pal.text, "title", True, "ma"
    )
    y += c.line_h(18, 1.6)
    when = sc.now + timedelta(minutes=c.rng.randint(1, 20))
    if c.rng.random() < 0.7:
        c.text((c.w // 2, y), "检测时间 " + fmt_dt(when, sc.dt_style), 12, pal.sub, anchor="ma")
        c.stamp(when, sc.dt_style)
    y += c.px(34)
    net = c.rng.choice(["Wi-Fi", "5G", "4G"])
    rows: list[tuple[str, str, str | None]] = [
        ("网络类型", net, None),
        ("运营商", c.rng.choice(CARRIERS), None),
        (c.rng.choice(["本机IP", "出口IP", "公网 IP"]), public_ip(c.rng), "ip"),
        ("DNS 解析", f"正常 {c.rng.randint(8, 90)}ms", None),
        ("服务器连接", f"正常 {c.rng.randint(20, 300)}ms", None),
        ("下载速度", f"{c.rng.randint(1, 60)}.{c.rng.randint(0, 9)} MB/s", None),
        ("App 版本", f"9.{c.rng.randint(0, 3)}.{c.rng.randint(0, 90)}", None),
    ]
    if net == "Wi-Fi" and c.rng.random() < 0.5:
        rows.insert(3, ("局域网IP", lan_ip(c.rng)[0], "ip"))
    xa, xb = grouped_card(c, y, len(rows), 50)
    for i, (lab, val, what) in enumerate(rows):
        if y + c.px(50) > bottom:
            break
        y = kv_row(
            c, y, lab, val, what, chevron=False, h=50, x0=xa, x1=xb, divider=i < len(rows) - 1
        )


def sim_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """SIM card info: carrier, own number (private), network type, data used."""
    y = status_bar(c, clock)
    y = title_bar(
        c, y, c.rng.choice(["蜂窝网络"] if c.platform == "ios" else ["SIM 卡信息", "移动网络"])
    )
    y += c.px(12)
    rows: list[tuple[str, str, str | None]] = [
        ("SIM 卡 1", c.rng.choice(CARRIERS), None),
        (
            "本机号码",
            fmt_phone(sc.person.phone, c.rng.choice(["cc", "cc_plain", "spaced", "plain"])),
            "phone",
        ),
        ("网络类型", c.rng.choice(["5G", "4G LTE"]), None),
        ("信号强度", f"-{c.rng.randint(70, 115)} dBm", None),
        ("本月已用流量", f"{c.rng.randint(1, 80)}.{c.rng.randint(0, 99):02d} GB", None),
        ("移动数据", "on", "toggle"),
        ("数据漫游", "off", "toggle"),
    ]
    xa, xb = grouped_card(c, y, len(rows))
    for i, (lab, val, what) in enumerate(rows):
        if what == "toggle":
            c.text((xa, y + c.px(27)), lab, 15, c.pal.text, anchor="lm")
            c.toggle(xb, y + c.px(27), val == "on")
            if i < len(rows) - 1:
                c.hline(y + c.px(54), xa, xb)
            y += c.px(54)
        else:
            y = kv_row(c, y, lab, val, what, chevron=False, x0=xa, x1=xb)


# --------------------------------------------------------------------------- other screens


def other(c: Screen, sc: Scene, layout: str, clock: datetime, bottom: int) -> str:
    {"player": player_page, "help": help_page, "about": about_page, "settings": settings_page}[
        layout
    ](c, sc, clock, bottom)
    return layout


# fmt: off
LYRICS = [
    "把晚风装进口袋", "走过长长的街", "路灯一盏一盏亮起来", "我们都忘了说再见", "夏天停在旧相片",
    "耳机里还是那首歌", "云朵慢慢地散开", "等一个不会来的回答",
]
# fmt: on


def player_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    c.img.paste((34, 30, 40), (0, 0, c.w, c.h))
    c.gradient((0, 0, c.w, c.h // 2), (90, 70, 80), (34, 30, 40))
    y = status_bar(c, clock, WHITE)
    y = title_bar(c, y, c.rng.choice(["夏夜晚风", "城市漫游", "旧相片"]), WHITE)
    c.text(
        (c.w // 2, y),
        c.rng.choice(["林小满", "Echo乐队", "南方旅人"]) + " >",
        13,
        (200, 200, 200),
        anchor="ma",
    )
    y += c.px(40)
    lyrics_h = 4 * c.line_h(16, 1.9)
    r = min(round(c.w * 0.34), (bottom - c.px(170) - lyrics_h - y) // 2)
    c.circle(c.w // 2, y + r, r, (15, 15, 15))
    c.circle(c.w // 2, y + r, round(r * 0.62), (200, 120, 110))
    y += 2 * r + c.px(36)
    for i, ln in enumerate(c.rng.sample(LYRICS, 4)):
        c.text(
            (c.w // 2, y),
            ln,
            16 if i == 1 else 14,
            WHITE if i == 1 else (170, 170, 170),
            anchor="ma",
        )
        y += c.line_h(16, 1.9)
    py = bottom - c.px(120)
    total = c.rng.randint(150, 320)
    pos = c.rng.randint(5, total - 5)
    c.d.line((c.pad + c.px(40), py, c.w - c.pad - c.px(40), py), fill=(120, 120, 120), width=3)
    c.text((c.pad, py), f"{pos // 60:02d}:{pos % 60:02d}", 11, (200, 200, 200), anchor="lm")
    c.text(
        (c.w - c.pad, py), f"{total // 60:02d}:{total % 60:02d}", 11, (200, 200, 200), anchor="rm"
    )
    cy = py + c.px(60)
    c.circle(c.w // 2, cy, c.px(28), None, WHITE)
    c.d.rectangle(
        (c.w // 2 - c.px(8), cy - c.px(10), c.w // 2 - c.px(3), cy + c.px(10)), fill=WHITE
    )
    c.d.rectangle(
        (c.w // 2 + c.px(3), cy - c.px(10), c.w // 2 + c.px(8), cy + c.px(10)), fill=WHITE
    )
    for dx in (-1, 1):
        x = c.w // 2 + dx * c.px(90)
        c.d.polygon(
            [
                (x - dx * c.px(8), cy - c.px(10)),
                (x + dx * c.px(8), cy),
                (x - dx * c.px(8), cy + c.px(10)),
            ],
            fill=WHITE,
        )


def help_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """帮助与反馈: search box, category tiles and FAQ titles (no prompt on screen)."""
    pal = c.pal
    y = status_bar(c, clock)
    y = title_bar(c, y, "帮助与反馈")
    y += c.px(8)
    c.rrect((c.pad, y, c.w - c.pad, y + c.px(38)), c.px(19), mix(pal.card, pal.text, 0.06))
    c.text((c.pad + c.px(40), y + c.px(19)), "搜索你遇到的问题", 14, pal.faint, anchor="lm")
    c.circle(c.pad + c.px(20), y + c.px(17), c.px(7), None, pal.faint)
    y += c.px(54)
    cats = ["会员与支付", "账户问题", "云贝", "播放问题", "下载问题", "其他"]
    cw = (c.w - 2 * c.pad) // 3
    for i, name in enumerate(cats):
        cx = c.pad + cw * (i % 3) + cw // 2
        cy = y + c.px(72) * (i // 3)
        c.circle(cx, cy + c.px(18), c.px(16), mix(pal.card, pal.accent, 0.18))
        c.text((cx, cy + c.px(42)), name, 12, pal.text, anchor="ma")
    y += c.px(156)
    c.text((c.pad, y), "常见问题", 16, pal.text, "title", True)
    y += c.line_h(16, 1.8)
    faqs = [
        "云贝兑换失败怎么办？",
        "云贝被扣了但商品没到账",
        "如何查看云贝收支明细",
        "实名认证失败的常见原因",
        "黑胶VIP兑换后多久生效",
        "如何联系人工客服",
        "账号被限制了怎么办",
        "兑换的实物商品什么时候发货",
    ]
    for q in faqs:
        if y + c.px(52) > bottom - c.px(60):
            break
        y = kv_row(c, y, q, "", h=52)
    button(c, (c.pad, bottom - c.px(54), c.w - c.pad, bottom - c.px(10)), "在线客服", True)


def about_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    """关于手机: model and version numbers (decoys only)."""
    y = status_bar(c, clock)
    y = title_bar(c, y, c.rng.choice(["关于手机", "关于本机"]))
    y += c.px(20)
    os_name, ver = c.rng.choice(
        [
            ("HyperOS", "1.0.5.0.UNCCNXM"),
            ("HarmonyOS", "4.2.0"),
            ("ColorOS", "14.0"),
            ("MIUI", "14.0.8"),
        ]
    )
    c.text((c.w // 2, y), os_name, 30, c.pal.text, "title", True, "ma")
    y += c.line_h(30, 1.4)
    c.text((c.w // 2, y), ver, 14, c.pal.sub, anchor="ma")
    y += c.px(40)
    rows = [
        ("设备名称", c.rng.choice(["Xiaomi 14", "HUAWEI Mate 60", "OPPO Find X7", "Redmi K70"])),
        ("处理器", c.rng.choice(["骁龙 8 Gen 3", "天玑 9200+", "麒麟 9000S"])),
        ("运行内存", f"{c.rng.choice([8, 12, 16])}.0 GB"),
        ("机身存储", f"{c.rng.choice([128, 256, 512])} GB"),
        ("Android 版本", str(c.rng.choice([12, 13, 14]))),
        ("安全补丁", f"{sc.now.year}-0{c.rng.randint(1, 9)}-01"),
    ]
    xa, xb = grouped_card(c, y, len(rows))
    for i, (lab, val) in enumerate(rows):
        y = kv_row(c, y, lab, val, chevron=False, x0=xa, x1=xb, divider=i < len(rows) - 1)


def settings_page(c: Screen, sc: Scene, clock: datetime, bottom: int) -> None:
    y = status_bar(c, clock)
    y = title_bar(c, y, "设置")
    y += c.px(10)
    groups = [
        [("账号与安全", ""), ("隐私设置", ""), ("消息通知", "")],
        [("播放与音质", "极高"), ("下载设置", ""), ("清除缓存", f"{c.rng.randint(100, 3000)} MB")],
        [
            ("关于网易云音乐", f"v9.{c.rng.randint(0, 3)}.{c.rng.randint(0, 90)}"),
            ("帮助与反馈", ""),
        ],
    ]
    for g in groups:
        if y + c.px(54) * len(g) > bottom:
            break
        xa, xb = grouped_card(c, y, len(g))
        for i, (lab, val) in enumerate(g):
            y = kv_row(c, y, lab, val, x0=xa, x1=xb, divider=i < len(g) - 1)
        y += c.px(14)
    if y + c.px(54) < bottom:
        grouped_card(c, y, 1)
        c.text((c.w // 2, y + c.px(27)), "退出登录", 15, c.pal.accent, anchor="mm")


# --------------------------------------------------------------------------- plan and render

KIND_PLAN = ["failure"] * 6 + ["redeem"] * 2 + ["balance"] * 3 + ["records"] * 3
KIND_PLAN += ["account"] * 3 + ["network"] * 2 + ["other"] * 2
LAYOUTS = {
    "failure": ["result", "toast", "modal", "order", "sheet"],
    "redeem": ["detail", "sheet", "checkout"],
    "balance": ["hero", "center", "wallet"],
    "records": ["plain", "grouped"],
    "account": ["security", "profile", "realname", "bank", "address"],
    "network": ["wifi", "ios_wifi", "diagnose", "sim"],
    "other": ["player", "help", "about", "settings"],
}
BUILDERS: dict[str, Callable[[Screen, Scene, str, datetime, int], str]] = {
    "failure": failure,
    "redeem": redeem,
    "balance": balance,
    "records": records,
    "account": account,
    "network": network,
    "other": other,
}
# (width, height, platform): 19.5:9, 20:9 and 16:9 Android, notched iPhones
# fmt: off
SIZES = [
    (720, 1600, "android"), (720, 1280, "android"), (828, 1792, "ios"), (1080, 2340, "android"),
    (1080, 2400, "android"), (1080, 1920, "android"), (1125, 2436, "ios"), (1170, 2532, "ios"),
    (1242, 2688, "ios"), (1440, 3200, "android"), (1440, 3120, "android"),
    (1440, 2560, "android"),
]
# fmt: on
DENSITY = {720: 2.0, 828: 2.0, 1080: 3.0, 1125: 3.0, 1170: 3.0, 1242: 3.0, 1440: 4.0}


def kinds_for(count: int, seed: int) -> list[str]:
    kinds = [KIND_PLAN[i % len(KIND_PLAN)] for i in range(count)]
    random.Random(f"holdout2-plan-{seed}").shuffle(kinds)
    return kinds


def pick_fonts(rng: random.Random) -> dict[str, str]:
    body = rng.choices(["droid", "wenkai", "mono"], weights=[45, 30, 25])[0]
    title = rng.choices([body, "serif", "smiley"], weights=[70, 15, 15])[0]
    digits = rng.choices([body, "mono", "smiley"], weights=[50, 25, 25])[0]
    fonts = {"body": body, "title": title, "digits": digits}
    return {role: fam if available(fam) else resolve(fam, "") for role, fam in fonts.items()}


def draw_screen(
    rng: random.Random, kind: str, size: tuple[int, int], platform: str
) -> tuple[Screen, str, Scene]:
    w, h = size
    rom = "ios" if platform == "ios" else rng.choice(["miui", "harmony", "coloros", "aosp"])
    pal = make_palette(rng, dark=rng.random() < 0.3 and kind != "other")
    text_scale = round(rng.uniform(1.15, 1.3), 2) if rng.random() < 0.25 else 1.0
    c = Screen(rng, (w, h), DENSITY[w], pal, pick_fonts(rng), text_scale, platform, rom)
    sc = new_scene(rng, kind)
    if platform == "ios":
        nav = "home"
    else:
        nav = "buttons" if (h / w < 1.9 or rng.random() < 0.35) else "gesture"
    bottom = nav_area(c, nav)
    clock = sc.now + timedelta(minutes=rng.randint(0, 40))
    layout = rng.choice(LAYOUTS[kind])
    layout = BUILDERS[kind](c, sc, layout, clock, bottom)
    nav_area(c, nav)  # the system bar stays on top of sheets and dimming
    return c, layout, sc


def chat_forward(rng: random.Random, inner: Screen) -> tuple[Screen, float, tuple[int, int]]:
    """Put `inner` as an image message in a chat view; return (outer, scale, offset)."""
    w, h = rng.choice([(1080, 2400), (1170, 2532), (1080, 2340)])
    platform = "ios" if w == 1170 else "android"
    dark = rng.random() < 0.25
    pal = make_palette(rng, dark)
    pal.bg = (17, 17, 17) if dark else (237, 237, 237)
    c = Screen(
        rng,
        (w, h),
        DENSITY[w],
        pal,
        {"body": "droid", "title": "droid", "digits": "droid"},
        1.0,
        platform,
        "ios" if platform == "ios" else rng.choice(["miui", "harmony"]),
    )
    bottom = nav_area(c, "home" if platform == "ios" else "gesture")
    y = status_bar(c, datetime(2026, 1, 1, rng.randint(7, 23), rng.randint(0, 59)))
    y = title_bar(c, y, rng.choice(["文件传输助手", "我的电脑"]), right="···")
    c.hline(y, 0)
    y += c.px(14)
    c.text(
        (c.w // 2, y),
        rng.choice(["昨天 21:14", "星期三 09:02", "10:26", "上午 11:40"]),
        12,
        pal.sub,
        anchor="ma",
    )
    y += c.px(34)
    bar = bottom - c.px(56)
    c.d.rectangle((0, bar, c.w, c.h), fill=mix(pal.bg, WHITE if not dark else BLACK, 0.4))
    c.rrect(
        (c.px(52), bar + c.px(10), c.w - c.px(100), bar + c.px(46)),
        c.px(6),
        (40, 40, 40) if dark else WHITE,
    )
    for x in (c.px(26), c.w - c.px(76), c.w - c.px(30)):
        c.circle(x, bar + c.px(28), c.px(13), None, pal.sub)
    nav_area(c, "home" if platform == "ios" else "gesture")
    av = c.px(40)
    c.rrect((c.w - c.px(12) - av, y, c.w - c.px(12), y + av), c.px(6), (110, 170, 120))
    avail_h = bar - c.px(16) - y
    f = min(rng.uniform(0.5, 0.66) * w / inner.w, avail_h / inner.h)
    iw, ih = round(inner.w * f), round(inner.h * f)
    x = c.w - c.px(22) - av - iw
    shot = inner.img.resize((iw, ih), Image.Resampling.LANCZOS)
    mask = Image.new("L", (iw, ih), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, iw - 1, ih - 1), radius=c.px(6), fill=255)
    c.d.rounded_rectangle(
        (x - 2, y - 2, x + iw + 1, y + ih + 1), radius=c.px(6) + 2, fill=mix(pal.bg, BLACK, 0.15)
    )
    c.img.paste(shot, (x, y), mask)
    return c, f, (x, y)


def scale_boxes(sens: list[dict[str, Any]], f: float, off: tuple[int, int] = (0, 0)) -> None:
    for s in sens:
        x, y, w, h = s["box"]
        x0, y0 = math.floor(x * f) + off[0], math.floor(y * f) + off[1]
        x1, y1 = math.ceil((x + w) * f) + off[0], math.ceil((y + h) * f) + off[1]
        s["box"] = [x0, y0, x1 - x0, y1 - y0]


def render(index: int, seed: int, kind: str) -> tuple[Image.Image, dict[str, Any], str]:
    """Draw screenshot `index`; return (image, truth, file extension).

    A "jpg" image must be saved with quality truth["meta"]["jpeg"] (see `save`)."""
    rng = random.Random(f"holdout2-{seed}-{index}")
    long_shot = kind == "records" and rng.random() < 0.3
    w, h, platform = (1080, 3600, "android") if long_shot else rng.choice(SIZES)
    c, layout, _ = draw_screen(rng, kind, (w, h), platform)
    img, sensitive = c.img, c.sensitive
    meta: dict[str, Any] = {
        "layout": layout,
        "theme": c.pal.name,
        "font": FONT_FILES[c.fonts["body"]]["name"],
        "fonts_used": sorted(c.used),
        "platform": platform,
        "rom": c.rom,
        "width": w,
        "height": h,
        "text_scale": c.text_scale,
        "long": long_shot,
        "forward": False,
        "scale": 1.0,
        "jpeg": None,
        "noise": None,
    }
    roll = rng.random()
    if not long_shot and w <= 1170 and roll < 0.12:
        outer, f, off = chat_forward(rng, c)
        img = outer.img
        scale_boxes(sensitive, f, off)
        meta.update(forward=True, scale=round(f, 4), width=outer.w, height=outer.h)
        meta["inner_size"] = [w, h]
        meta["fonts_used"] = sorted(c.used | outer.used)
    elif w >= 1080 and roll < 0.32:
        f = rng.uniform(0.5, 0.8)
        img = img.resize((round(w * f), round(img.height * f)), Image.Resampling.LANCZOS)
        scale_boxes(sensitive, f)
        meta["scale"] = round(f, 4)
    if rng.random() < 0.1:
        sigma = round(rng.uniform(3, 7), 1)
        noise = Image.effect_noise(img.size, sigma).convert("RGB")
        img = ImageChops.add(img, noise, 1.0, -128)
        meta["noise"] = sigma
    ext = "png"
    if rng.random() < 0.34:
        meta["jpeg"] = rng.randint(55, 90)
        ext = "jpg"
    fields = c.fields
    fields["timestamps"] = sorted(set(fields["timestamps"]))
    truth = {"kind": kind, "fields": fields, "sensitive": sensitive, "meta": meta}
    return img, truth, ext


def save(img: Image.Image, path: Path, jpeg_quality: int | None) -> None:
    if jpeg_quality:
        img.save(path, "JPEG", quality=jpeg_quality)
    else:
        img.save(path, "PNG", optimize=False)


def generate(out: Path, count: int, seed: int) -> list[dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    truths = []
    for i, kind in enumerate(kinds_for(count, seed)):
        img, truth, ext = render(i, seed, kind)
        name = f"holdout2_{seed}_{i:03d}_{kind}.{ext}"
        save(img, out / name, truth["meta"]["jpeg"])
        truths.append({"file": name, **truth})
    (out / "truth.json").write_text(json.dumps(truths, ensure_ascii=False, indent=1), "utf-8")
    return truths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--count", type=int, default=70)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    truths = generate(a.out, a.count, a.seed)
    print(f"wrote {len(truths)} screenshots and truth.json to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
