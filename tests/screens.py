"""Synthetic phone screenshots with exact ground truth, for testing the OCR engine.

``render(kind, seed=...)`` draws an Android/iOS-style screenshot of one of the kinds the app
classifies (a 云贝商城 item page, a failed redemption, the balance page, the records list, the
account page, a network page, an unrelated page) and returns it with a :class:`Truth` that
lists exactly what is drawn: every string in the truth is the same characters as on screen,
and every private value carries the tight pixel box of its drawn text.

Pure Pillow, deterministic for a given (kind, seed, variant); the content does not depend on
the width, only the scale does. Things hidden under a dialog card or a toast are dropped from
the truth (text merely dimmed by the modal backdrop stays in it).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

FONT_PATH = str(Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc")

KINDS = ("failure", "redeem", "balance", "records", "account", "network", "other")
THEMES = ("light", "dark")
SENSITIVE_TYPES = (
    "phone",
    "email",
    "id_card",
    "bank_card",
    "real_name",
    "ip",
    "user_id",
    "nickname",
    "order_id",
)


# --------------------------------------------------------------------------- ground truth


@dataclass
class TruthSensitive:
    type: str
    text: str
    box: tuple[int, int, int, int]  # x, y, w, h of the drawn value text


@dataclass
class TruthDeduction:
    amount: int  # signed: -300 spent, +50 received
    label: str
    time: str | None  # ISO 8601


@dataclass
class Truth:
    kind: str
    balance: int | None
    error_message: str | None
    cause: str | None
    product: str | None
    cost: int | None
    timestamps: list[str]
    deductions: list[TruthDeduction]
    sensitive: list[TruthSensitive]
    theme: str
    width: int
    height: int


@dataclass
class Screen:
    image: Image.Image
    truth: Truth


def all_kinds() -> list[str]:
    return list(KINDS)


def jpeg_forward(img: Image.Image, quality: int = 70, scale: float | None = None) -> Image.Image:
    """Simulate a screenshot forwarded through a chat app: downscale, JPEG, decode to RGB."""
    out = img.convert("RGB")
    if scale is not None and scale != 1:
        size = (max(1, round(out.width * scale)), max(1, round(out.height * scale)))
        out = out.resize(size, Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    with Image.open(buf) as decoded:
        return decoded.convert("RGB")


# --------------------------------------------------------------------------- vocabulary

PRODUCTS: dict[str, tuple[int, ...]] = {
    "黑胶VIP月卡": (300, 298, 320),
    "黑胶VIP季卡": (880, 860, 900),
    "黑胶VIP年卡": (3280, 2980),
    "7天黑胶VIP体验卡": (70, 60, 80),
    "3天黑胶VIP体验卡": (30, 35),
    "网易云音乐定制耳机": (12800, 9900),
    "10元音乐包代金券": (1000, 1050),
    "云村定制帆布袋": (2600, 1980),
}

CAUSE_MESSAGES: dict[str, tuple[str, ...]] = {
    "system": (
        "服务器繁忙，请稍后重试",
        "系统维护中，请稍后再试",
        "网络异常，兑换请求未完成",
        "请求超时，请稍后重试",
    ),
    "account": (
        "账号存在安全风险，暂无法兑换",
        "账号受限，请联系客服",
        "账号存在违规记录，暂不支持兑换",
    ),
    "eligibility": (
        "云贝不足，还需支付手续费{fee}云贝",
        "该商品仅限Lv.{lv}及以上用户兑换",
        "当前地区暂不支持兑换",
        "云贝余额不足，无法兑换",
    ),
    "stock": (
        "商品库存不足",
        "该商品已兑完",
        "活动已结束",
        "未满足兑换条件：需连续签到{days}天",
    ),
}

NICKNAMES = (
    "听风的鱼",
    "夏日晚风",
    "一只小鲸鱼",
    "云上的猫",
    "南风知我意",
    "橘子汽水",
    "深海有光",
    "夜听电台",
    "MusicFan_88",
    "晚安小星球",
)
REAL_NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄婷", "吴敏", "徐子涵")
AREA_CODES = ("110101", "310104", "440305", "330106", "510107", "420102", "320102", "500103")
PHONE_PREFIXES = ("138", "139", "135", "136", "150", "152", "158", "186", "187", "189", "199")
EMAIL_LOCALS = (
    "music_fan88",
    "tingge2026",
    "xiaoyu.lin",
    "cloudlover",
    "zhang.wei90",
    "qingtian_7",
)
EMAIL_DOMAINS = ("163.com", "126.com", "qq.com", "gmail.com", "yeah.net")
BANK_PREFIXES = ("622202", "621700", "622848", "622588", "623058", "621483")
SSIDS = (
    "TP-LINK_5G_8F2A",
    "ChinaNet-3F9A",
    "CMCC-5G-7B21",
    "MERCURY_6A1C",
    "HUAWEI-1D2E",
    "Xiaomi_5G_A3",
)

SONGS = (
    ("晴天", "周杰伦", "叶惠美"),
    ("稻香", "周杰伦", "魔杰座"),
    ("光年之外", "G.E.M.邓紫棋", "光年之外"),
    ("起风了", "买辣椒也用券", "起风了"),
    ("后来", "刘若英", "我等你"),
    ("平凡之路", "朴树", "猎户星座"),
    ("夜曲", "周杰伦", "十一月的萧邦"),
    ("小幸运", "田馥甄", "小幸运"),
    ("漠河舞厅", "柳爽", "漠河舞厅"),
    ("海阔天空", "Beyond", "乐与怒"),
    ("红豆", "王菲", "唱游"),
    ("倔强", "五月天", "神的孩子都在跳舞"),
)

TASKS = (
    ("听歌30分钟", 10),
    ("分享一首歌", 3),
    ("评论一首歌", 5),
    ("收藏一个歌单", 5),
    ("连续签到7天", 20),
    ("邀请好友", 50),
)


# --------------------------------------------------------------------------- helpers


def _id_check_digit(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(first17, weights, strict=True))
    return "10X98765432"[total % 11]


def _luhn_complete(partial: str) -> str:
    """Append the Luhn check digit to ``partial``."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def id_card_ok(number: str) -> bool:
    return (
        len(number) == 18 and number[:17].isdigit() and _id_check_digit(number[:17]) == number[17]
    )


def _iso(t: datetime, seconds: bool) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M")


def _shown(t: datetime, seconds: bool) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def _num(n: int, comma: bool) -> str:
    return f"{n:,}" if comma else str(n)


def _hex(c: str) -> tuple[int, int, int]:
    c = c.lstrip("#")
    return (int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16))


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


@lru_cache(maxsize=64)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=0)


PALETTES: dict[str, dict[str, str]] = {
    "light": {
        "bg": "#F5F5F7",
        "card": "#FFFFFF",
        "text": "#1F1F1F",
        "sub": "#8C8C8C",
        "line": "#ECECEC",
        "red": "#EC4141",
        "red2": "#FF3A3A",
        "green": "#1FA54A",
        "icon": "#333333",
        "chip_bg": "#FDECEC",
        "gold_bg": "#FFF4DE",
        "gold": "#B7791F",
        "dialog": "#FFFFFF",
        "toast": "#333333",
        "blue": "#2F7CF6",
    },
    "dark": {
        "bg": "#121212",
        "card": "#1E1E1E",
        "text": "#E8E8E8",
        "sub": "#8E8E8E",
        "line": "#2C2C2C",
        "red": "#FF3A3A",
        "red2": "#EC4141",
        "green": "#3CC463",
        "icon": "#DDDDDD",
        "chip_bg": "#3A1C1C",
        "gold_bg": "#3A2E16",
        "gold": "#E8B35A",
        "dialog": "#2B2B2B",
        "toast": "#4A4A4A",
        "blue": "#4C8DF7",
    },
}

Box = tuple[int, int, int, int]


@dataclass
class _Fact:
    kind: str  # timestamp|sensitive|product|cost|balance|deduction
    value: Any
    box: Box


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@dataclass
class _Painter:
    width: int
    height: int
    theme: str
    font_path: str
    rng: random.Random
    facts: list[_Fact] = field(default_factory=list)
    occluders: list[tuple[Box, int]] = field(default_factory=list)
    error_message: str | None = None
    cause: str | None = None
    free_top: float = 0.0
    # every text drawn, with the overlay layer it belongs to (for layout checks)
    drawn: list[tuple[Box, str, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.s = self.width / 1080
        self.p = dict(PALETTES[self.theme])
        if self.theme == "light" and self.rng.random() < 0.4:
            self.p["bg"] = "#FFFFFF"
        self.img = Image.new("RGB", (self.width, self.height), self.p["bg"])
        self.draw = ImageDraw.Draw(self.img)
        self.margin = self.px(48)

    # geometry ------------------------------------------------------------
    def px(self, v: float) -> int:
        return round(v * self.s)

    def font(self, size: float) -> ImageFont.FreeTypeFont:
        return _font(self.font_path, max(8, self.px(size)))

    def tw(self, text: str, size: float) -> float:
        return self.font(size).getlength(text)

    # text ------------------------------------------------------------------
    def text(
        self,
        xy: tuple[float, float],
        text: str,
        size: float = 42,
        fill: str | tuple[int, int, int] | None = None,
        anchor: str = "la",
        bold: bool = False,
    ) -> Box:
        f = self.font(size)
        sw = max(1, self.px(1.2)) if bold else 0
        color = fill if fill is not None else self.p["text"]
        self.draw.text(
            xy, text, font=f, fill=color, anchor=anchor, stroke_width=sw, stroke_fill=color
        )
        left, top, right, bottom = self.draw.textbbox(
            xy, text, font=f, anchor=anchor, stroke_width=sw
        )
        box = (left, top, right - left, bottom - top)
        self.drawn.append((box, text, len(self.occluders)))
        return box

    def runs(
        self,
        x: float,
        y: float,
        segs: list[tuple[str, float, str]],
        align: str = "l",
        valign: str = "m",
    ) -> list[Box]:
        """Draw consecutive segments (text, size, colour); return each segment's box."""
        total = sum(self.tw(t, sz) for t, sz, _ in segs)
        cx = x if align == "l" else (x - total if align == "r" else x - total / 2)
        boxes = []
        for t, sz, col in segs:
            boxes.append(self.text((cx, y), t, sz, col, anchor="l" + valign))
            cx += self.tw(t, sz)
        return boxes

    def wrap(self, text: str, size: float, max_w: float) -> list[str]:
        lines, cur = [], ""
        for ch in text:
            if cur and self.tw(cur + ch, size) > max_w:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    # facts -----------------------------------------------------------------
    def fact(self, kind: str, value: Any, box: Box) -> None:
        self.facts.append(_Fact(kind, value, box))

    def sensitive(self, type_: str, text: str, box: Box) -> None:
        assert type_ in SENSITIVE_TYPES
        self.fact("sensitive", (type_, text), box)

    def occlude(self, box: Box) -> None:
        self.occluders.append((box, len(self.facts)))

    # shapes ----------------------------------------------------------------
    def chevron(self, x: float, cy: float, color: str | None = None, size: float = 16) -> None:
        d = self.px(size)
        w = max(2, self.px(3.5))
        self.draw.line(
            [(x - d, cy - 1.6 * d), (x, cy), (x - d, cy + 1.6 * d)],
            fill=color or self.p["sub"],
            width=w,
            joint="curve",
        )

    def back_arrow(self, x: float, cy: float) -> None:
        d = self.px(20)
        self.draw.line(
            [(x + d, cy - 1.6 * d), (x, cy), (x + d, cy + 1.6 * d)],
            fill=self.p["icon"],
            width=max(2, self.px(5)),
            joint="curve",
        )

    def toggle(self, right: float, cy: float, on: bool = True) -> None:
        w, h = self.px(100), self.px(58)
        x0 = right - w
        col = (self.p["blue"] if self.rng.random() < 0.5 else self.p["green"]) if on else "#BBBBBB"
        self.draw.rounded_rectangle([x0, cy - h / 2, right, cy + h / 2], radius=h / 2, fill=col)
        r = h / 2 - self.px(5)
        kx = right - h / 2 if on else x0 + h / 2
        self.draw.ellipse([kx - r, cy - r, kx + r, cy + r], fill="#FFFFFF")

    def hline(self, y: float, x0: float | None = None, x1: float | None = None) -> None:
        self.draw.line(
            [(self.margin if x0 is None else x0, y), (self.width if x1 is None else x1, y)],
            fill=self.p["line"],
            width=max(1, self.px(2)),
        )

    def card(self, top: float, bottom: float, radius: float = 28) -> None:
        if self.p["bg"] == self.p["card"]:
            return
        m = self.px(32)
        self.draw.rounded_rectangle(
            [m, top, self.width - m, bottom], radius=self.px(radius), fill=self.p["card"]
        )

    def gradient(self, box: tuple[float, float, float, float], c0: str, c1: str, r: float) -> None:
        x0, y0, x1, y1 = (round(v) for v in box)
        w, h = x1 - x0, y1 - y0
        grad = Image.new("RGB", (w, h))
        gd = ImageDraw.Draw(grad)
        a, b = _hex(c0), _hex(c1)
        for i in range(h):
            gd.line([(0, i), (w, i)], fill=_mix(a, b, i / max(1, h - 1)))
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).rounded_rectangle([0, 0, w - 1, h - 1], radius=self.px(r), fill=255)
        self.img.paste(grad, (x0, y0), mask)

    def chip(self, x: float, cy: float, text: str, fg: str, bg: str, size: float = 28) -> float:
        pad = self.px(16)
        w = self.tw(text, size) + 2 * pad
        h = self.px(size * 1.7)
        self.draw.rounded_rectangle([x, cy - h / 2, x + w, cy + h / 2], radius=self.px(10), fill=bg)
        self.text((x + pad, cy), text, size, fg, anchor="lm")
        return x + w

    def pill_button(
        self, box: tuple[float, float, float, float], text: str, size: float = 46
    ) -> None:
        x0, y0, x1, y1 = box
        self.draw.rounded_rectangle(box, radius=(y1 - y0) / 2, fill=self.p["red"])
        self.text(((x0 + x1) / 2, (y0 + y1) / 2), text, size, "#FFFFFF", anchor="mm")

    def dim(self, alpha: float = 0.5) -> None:
        self.img = Image.blend(self.img, Image.new("RGB", self.img.size, "#000000"), alpha)
        self.draw = ImageDraw.Draw(self.img)


# --------------------------------------------------------------------------- chrome


def _status_bar(pt: _Painter, platform: str) -> int:
    rng = pt.rng
    h = pt.px(96)
    cy = h / 2 + pt.px(4)
    hour = rng.randrange(0, 24) if platform == "android" else rng.randrange(1, 13)
    clock = f"{hour}:{rng.randrange(60):02d}"
    if platform == "ios":
        pt.text((pt.px(90), cy), clock, 38, pt.p["text"], anchor="lm", bold=True)
    else:
        pt.text((pt.px(40), cy), clock, 36, pt.p["text"], anchor="lm")
    # right side, drawn right to left: battery, percent, network, signal
    x = pt.width - pt.px(40)
    bw, bh = pt.px(52), pt.px(26)
    level = rng.randrange(15, 101)
    col = pt.p["icon"]
    pt.draw.rounded_rectangle(
        [x - bw, cy - bh / 2, x, cy + bh / 2], radius=pt.px(6), outline=col, width=max(1, pt.px(3))
    )
    pt.draw.rectangle([x, cy - bh / 5, x + pt.px(4), cy + bh / 5], fill=col)
    inner = (bw - pt.px(10)) * level / 100
    pt.draw.rectangle(
        [
            x - bw + pt.px(5),
            cy - bh / 2 + pt.px(5),
            x - bw + pt.px(5) + inner,
            cy + bh / 2 - pt.px(5),
        ],
        fill=col if level > 20 else "#E53935",
    )
    x -= bw + pt.px(12)
    box = pt.text((x, cy), f"{level}%", 30, pt.p["text"], anchor="rm")
    x = box[0] - pt.px(20)
    if rng.random() < 0.5:  # Wi-Fi glyph
        r = pt.px(30)
        base = cy + r * 0.55
        for k, frac in enumerate((1.0, 0.68, 0.36)):
            rr = r * frac
            bb = [x - r - rr, base - rr, x - r + rr, base + rr]
            if k == 2:
                pt.draw.pieslice(bb, 225, 315, fill=col)
            else:
                pt.draw.arc(bb, 225, 315, fill=col, width=max(2, pt.px(5)))
        x -= 2 * r + pt.px(16)
    else:
        box = pt.text((x, cy), "5G", 28, pt.p["text"], anchor="rm", bold=True)
        x = box[0] - pt.px(12)
    for i in range(4):  # signal bars, right to left
        bh_i = pt.px(10 + 6 * (3 - i))
        bx = x - i * pt.px(10)
        fill = col if i >= rng.randrange(0, 2) else pt.p["sub"]
        pt.draw.rectangle([bx - pt.px(6), cy + pt.px(14) - bh_i, bx, cy + pt.px(14)], fill=fill)
    return h


def _title_bar(pt: _Painter, top: int, title: str, right: str | None = None) -> int:
    h = pt.px(132)
    cy = top + h / 2
    pt.back_arrow(pt.px(44), cy)
    if pt.rng.random() < 0.75:
        pt.text((pt.width / 2, cy), title, 52, pt.p["text"], anchor="mm", bold=True)
    else:
        pt.text((pt.px(110), cy), title, 52, pt.p["text"], anchor="lm", bold=True)
    if right == "dots":
        for i in range(3):
            cx = pt.width - pt.px(50) - i * pt.px(18)
            r = pt.px(5)
            pt.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=pt.p["icon"])
    elif right:
        pt.text((pt.width - pt.margin, cy), right, 36, pt.p["text"], anchor="rm")
    return top + h


def _home_indicator(pt: _Painter) -> int:
    """Draw the gesture bar; return the y above which content may go."""
    w, h = pt.px(300), pt.px(12)
    y = pt.height - pt.px(26)
    pt.draw.rounded_rectangle(
        [pt.width / 2 - w / 2, y - h, pt.width / 2 + w / 2, y], radius=h / 2, fill=pt.p["icon"]
    )
    return pt.height - pt.px(60)


def _bottom_nav(pt: _Painter, active: str) -> int:
    items = ("发现", "播客", "我的", "关注", "社区")
    h = pt.px(150)
    top = pt.height - pt.px(60) - h
    pt.draw.rectangle([0, top, pt.width, pt.height], fill=pt.p["card"])
    pt.hline(top, 0, pt.width)
    step = pt.width / len(items)
    for i, label in enumerate(items):
        cx = step * (i + 0.5)
        col = pt.p["red"] if label == active else pt.p["sub"]
        r = pt.px(24)
        icy = top + pt.px(50)
        if i % 2 == 0:
            pt.draw.ellipse([cx - r, icy - r, cx + r, icy + r], outline=col, width=max(2, pt.px(5)))
        else:
            pt.draw.rounded_rectangle(
                [cx - r, icy - r, cx + r, icy + r],
                radius=pt.px(8),
                outline=col,
                width=max(2, pt.px(5)),
            )
        pt.text((cx, top + pt.px(112)), label, 28, col, anchor="mm")
    return top


def _frame(pt: _Painter, platform: str, title: str, right: str | None = None) -> int:
    """Status bar and title bar; return the content top."""
    y = _status_bar(pt, platform)
    return _title_bar(pt, y, title, right)


# --------------------------------------------------------------------------- page data


@dataclass
class _Ctx:
    """Values shared by one screen (so a dialog and the page behind agree)."""

    rng: random.Random
    now: datetime
    product: str
    cost: int
    balance: int

    @classmethod
    def make(cls, rng: random.Random, variant: dict[str, Any]) -> _Ctx:
        start = datetime(2026, 1, 1)
        now = start + timedelta(minutes=rng.randrange(20 * 24 * 60, 364 * 24 * 60))
        now = now.replace(second=rng.randrange(60))
        product = variant.pop("product", None) or rng.choice(list(PRODUCTS))
        cost = variant.pop("cost", None) or rng.choice(PRODUCTS.get(product, (300,)))
        balance = variant.pop("balance", None)
        if balance is None:
            balance = rng.choice((rng.randrange(0, 400), rng.randrange(400, 5000)))
        return cls(rng, now, product, int(cost), int(balance))

    def time_before(self, max_days: int = 20) -> datetime:
        t = self.now - timedelta(minutes=self.rng.randrange(1, max_days * 24 * 60))
        return t.replace(second=self.rng.randrange(60))

    def phone(self) -> str:
        return self.rng.choice(PHONE_PREFIXES) + "".join(
            str(self.rng.randrange(10)) for _ in range(8)
        )

    def order_id(self) -> str:
        return self.now.strftime("%Y%m%d%H%M%S") + f"{self.rng.randrange(10000):04d}"


def _phone_text(ctx: _Ctx, style: str | None = None) -> str:
    p = ctx.phone()
    style = style or ctx.rng.choice(("masked", "full", "spaced"))
    if style == "masked":
        return p[:3] + "****" + p[7:]
    if style == "spaced":
        return f"{p[:3]} {p[3:7]} {p[7:]}"
    return p


def _email_text(ctx: _Ctx, masked: bool | None = None) -> str:
    rng = ctx.rng
    if rng.random() < 0.25:
        local = str(rng.randrange(10**8, 10**10))
        domain = "qq.com"
    else:
        local = rng.choice(EMAIL_LOCALS)
        domain = rng.choice(EMAIL_DOMAINS)
    if masked if masked is not None else rng.random() < 0.2:
        local = local[:2] + "***" + local[-2:]
    return f"{local}@{domain}"


def _id_card_text(ctx: _Ctx, masked: bool) -> str:
    rng = ctx.rng
    birth = datetime(1970, 1, 1) + timedelta(days=rng.randrange(0, 36 * 365))
    first17 = rng.choice(AREA_CODES) + birth.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
    full = first17 + _id_check_digit(first17)
    return full[:6] + "*" * 8 + full[14:] if masked else full


def _bank_card_text(ctx: _Ctx) -> str:
    rng = ctx.rng
    length = rng.choice((16, 19))
    partial = rng.choice(BANK_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(length - 7))
    full = _luhn_complete(partial)
    if rng.random() < 0.5:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return full


def _ip_text(ctx: _Ctx, private: bool) -> str:
    rng = ctx.rng
    if private:
        return f"192.168.{rng.choice((0, 1, 3, 31))}.{rng.randrange(2, 250)}"
    first = rng.choice((112, 117, 183, 101, 223))
    return f"{first}.{rng.randrange(1, 255)}.{rng.randrange(255)}.{rng.randrange(1, 255)}"


def _message(rng: random.Random, cause: str, ctx: _Ctx) -> str:
    tmpl = rng.choice(CAUSE_MESSAGES[cause])
    return tmpl.format(
        fee=rng.choice((10, 20, 30, 50)), lv=rng.randrange(3, 9), days=rng.choice((3, 5, 7, 15))
    )


# --------------------------------------------------------------------------- pages


def _redeem_page(pt: _Painter, ctx: _Ctx, v: dict[str, Any], compact: bool) -> dict[str, Any]:
    rng = pt.rng
    platform = v["platform"]
    top = _frame(pt, platform, rng.choice(("云贝商城", "商品详情", "云贝兑换")), "dots")
    bottom_limit = _home_indicator(pt)
    bar_h = pt.px(180)
    bar_top = bottom_limit - bar_h
    m = pt.margin

    # banner
    y = top + pt.px(24)
    bh = pt.px(rng.choice((340, 400)) if compact else rng.choice((520, 600, 660)))
    c0, c1 = rng.choice(
        (
            ("#2B2B3A", "#0E0E16"),
            ("#E9C78A", "#B8894A"),
            ("#F36F6F", "#C42B2B"),
            ("#6A7BFF", "#3342B8"),
        )
    )
    pt.gradient((m, y, pt.width - m, y + bh), c0, c1, 32)
    cx, cy, r = pt.width / 2, y + bh / 2, bh * 0.36
    pt.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill="#111111")
    for k in (0.85, 0.7, 0.55):
        pt.draw.ellipse(
            [cx - r * k, cy - r * k, cx + r * k, cy + r * k],
            outline="#333333",
            width=max(1, pt.px(3)),
        )
    pt.draw.ellipse([cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3], fill=pt.p["red"])
    y += bh + pt.px(36)

    if rng.random() < 0.6:  # chips
        x = float(m)
        chip_cy = y + pt.px(24)
        for label, fg, bg in rng.sample(
            [
                ("限时兑换", pt.p["red"], pt.p["chip_bg"]),
                ("会员专享", pt.p["gold"], pt.p["gold_bg"]),
                ("热门", pt.p["red"], pt.p["chip_bg"]),
            ],
            rng.randrange(1, 3),
        ):
            x = pt.chip(x, chip_cy, label, fg, bg) + pt.px(16)
        y += pt.px(72)

    box = pt.text((m, y), ctx.product, 52, bold=True)
    pt.fact("product", ctx.product, box)
    y = box[1] + box[3] + pt.px(40)

    style = v.get("price_style") or rng.choice(("big", "label"))
    comma = ctx.cost >= 1000 and rng.random() < 0.6
    if style == "big":
        boxes = pt.runs(
            m,
            y + pt.px(60),
            [(_num(ctx.cost, comma), 72, pt.p["red"]), ("云贝", 40, pt.p["red"])],
            valign="s",
        )
        pt.fact("cost", ctx.cost, boxes[0])
        y += pt.px(96)
    else:
        boxes = pt.runs(
            m,
            y + pt.px(24),
            [("所需云贝：", 42, pt.p["red"]), (_num(ctx.cost, comma), 42, pt.p["red"])],
        )
        pt.fact("cost", ctx.cost, boxes[1])
        y += pt.px(72)

    stock = rng.choice(("count", "count", "tight", None))
    if stock == "count":
        pt.text((m, y), f"剩余库存 {rng.randrange(3, 500)} 件", 32, pt.p["sub"])
        y += pt.px(60)
    elif stock == "tight":
        pt.text((m, y), "库存紧张", 32, "#F08C00")
        y += pt.px(60)
    y += pt.px(16)
    pt.hline(y, m, pt.width - m)
    y += pt.px(36)

    show_bal = v.get("show_balance")
    if show_bal is None:
        show_bal = rng.random() < 0.6
    if show_bal:
        comma_b = ctx.balance >= 1000 and rng.random() < 0.6
        boxes = pt.runs(
            m,
            y + pt.px(26),
            [("我的云贝：", 42, pt.p["text"]), (_num(ctx.balance, comma_b), 42, pt.p["text"])],
        )
        pt.fact("balance", ctx.balance, boxes[1])
        pt.text((pt.width - m, y + pt.px(26)), "去赚云贝", 34, pt.p["red"], anchor="rm")
        y += pt.px(92)

    pt.text((m, y), rng.choice(("兑换规则", "兑换说明")), 44, bold=True)
    y += pt.px(76)
    pt.free_top = y  # first y below the product / price / balance block and rules heading
    start = (ctx.now - timedelta(days=rng.randrange(1, 25))).replace(hour=0, minute=0, second=0)
    end = (ctx.now + timedelta(days=rng.randrange(1, 25))).replace(hour=23, minute=59, second=0)
    if end.year > 2026:
        end = datetime(2026, 12, 31, 23, 59)
    rules = [
        "1. 每个账号每月限兑换1次；",
        "2. 兑换成功后权益将在24小时内发放至账号；",
        "3. 虚拟商品兑换成功后不支持退换；",
        "4. 兑换所得会员权益不可转让；",
        "5. 如有疑问请前往帮助与反馈咨询。",
    ]
    period_at = rng.randrange(0, 3)
    show_period = v.get("show_period")
    if show_period is None:
        show_period = rng.random() < 0.8
    line_h = pt.px(54)
    limit = bar_top - pt.px(20)
    for i in range(len(rules) + 1):
        if y + line_h > limit:
            break
        if i == period_at:
            if not show_period:
                continue
            segs = [
                ("活动时间：", 32, pt.p["sub"]),
                (_shown(start, False), 32, pt.p["sub"]),
                (" 至 ", 32, pt.p["sub"]),
                (_shown(end, False), 32, pt.p["sub"]),
            ]
            if pt.tw("".join(t for t, _, _ in segs), 32) > pt.width - 2 * m:
                continue
            boxes = pt.runs(m, y + line_h / 2, segs)
            pt.fact("timestamp", _iso(start, False), boxes[1])
            pt.fact("timestamp", _iso(end, False), boxes[3])
        else:
            pt.text((m, y + line_h / 2), rules[i - (i > period_at)], 32, pt.p["sub"], anchor="lm")
        y += line_h

    # bottom bar with the button
    pt.draw.rectangle([0, bar_top, pt.width, bottom_limit], fill=pt.p["card"])
    pt.hline(bar_top, 0, pt.width)
    bw = rng.choice((1.0, 0.55))
    x0 = m if bw == 1.0 else pt.width - m - (pt.width - 2 * m) * bw
    if bw != 1.0:
        pt.text((m, bar_top + bar_h / 2), "客服", 34, pt.p["sub"], anchor="lm")
    pt.pill_button((x0, bar_top + pt.px(34), pt.width - m, bar_top + bar_h - pt.px(34)), "立即兑换")
    return {"start": start, "end": end}


def _dialog(pt: _Painter, ctx: _Ctx, v: dict[str, Any], cause: str, message: str) -> None:
    rng = pt.rng
    pt.dim(0.5)
    cw = pt.width * 0.8
    x0 = (pt.width - cw) / 2
    pad = pt.px(56)
    inner = cw - 2 * pad
    title = rng.choice(("兑换失败", "兑换失败", "提示", "温馨提示"))
    msg_lines = pt.wrap(message, 40, inner)
    extra: list[tuple[str, str, Any]] = []  # (prefix, value, fact kind)
    if v.get("dialog_product") if v.get("dialog_product") is not None else rng.random() < 0.3:
        extra.append(("商品：", ctx.product, "product"))
    if v.get("show_time") if v.get("show_time") is not None else rng.random() < 0.35:
        extra.append(("时间：", ctx.now, "timestamp"))
    if v.get("order_id") if v.get("order_id") is not None else rng.random() < 0.3:
        extra.append(("订单号：", ctx.order_id(), "order_id"))
    if v.get("error_code") if v.get("error_code") is not None else rng.random() < 0.4:
        extra.append(("错误码：", str(rng.choice((50012, 40003, 10086, 50301, 60021))), None))
    two_buttons = rng.random() < 0.35
    body_h = pt.px(60) * len(msg_lines) + pt.px(50) * len(extra)
    ch = pt.px(70) + pt.px(64) + pt.px(40) + body_h + pt.px(50) + pt.px(130)
    y0 = pt.height * rng.uniform(0.47, 0.55) - ch / 2
    # real dialogs are centred; keep the card clear of the price block when it fits
    y0 = max(y0, min(pt.free_top + pt.px(24), pt.height - pt.px(260) - ch))
    card = (round(x0), round(y0), round(cw), round(ch))
    pt.occlude(card)
    pt.draw.rounded_rectangle([x0, y0, x0 + cw, y0 + ch], radius=pt.px(32), fill=pt.p["dialog"])
    y = y0 + pt.px(70)
    pt.text((pt.width / 2, y), title, 48, pt.p["text"], anchor="ma", bold=True)
    y += pt.px(64) + pt.px(40)
    for line in msg_lines:
        pt.text(
            (pt.width / 2, y + pt.px(30)),
            line,
            40,
            pt.p["text"] if pt.theme == "dark" else "#444444",
            anchor="mm",
        )
        y += pt.px(60)
    for prefix, value, kind in extra:
        shown = _shown(value, True) if kind == "timestamp" else value
        boxes = pt.runs(
            pt.width / 2,
            y + pt.px(25),
            [(prefix, 30, pt.p["sub"]), (shown, 30, pt.p["sub"])],
            align="m",
        )
        if kind == "timestamp":
            pt.fact("timestamp", _iso(value, True), boxes[1])
        elif kind == "product":
            pt.fact("product", value, boxes[1])
        elif kind == "order_id":
            pt.sensitive("order_id", value, boxes[1])
        y += pt.px(50)
    by = y0 + ch - pt.px(130)
    pt.draw.line([(x0, by), (x0 + cw, by)], fill=pt.p["line"], width=max(1, pt.px(2)))
    bcy = by + pt.px(65)
    if two_buttons:
        pt.draw.line(
            [(pt.width / 2, by), (pt.width / 2, y0 + ch)], fill=pt.p["line"], width=max(1, pt.px(2))
        )
        pt.text((x0 + cw / 4, bcy), "稍后再试", 44, pt.p["sub"], anchor="mm")
        pt.text((x0 + 3 * cw / 4, bcy), "联系客服", 44, pt.p["red"], anchor="mm")
    else:
        pt.text((pt.width / 2, bcy), rng.choice(("我知道了", "确定")), 44, pt.p["red"], anchor="mm")
    pt.error_message = message
    pt.cause = cause


def _toast(pt: _Painter, v: dict[str, Any], cause: str, message: str) -> None:
    rng = pt.rng
    prefix = v.get("toast_prefix")
    if prefix is None:
        prefix = rng.random() < 0.6
    text = ("兑换失败：" if prefix else "") + message
    size = 40
    while pt.tw(text, size) > pt.width * 0.8 and size > 28:
        size -= 2
    w = pt.tw(text, size) + pt.px(96)
    h = pt.px(size * 2.4)
    x0 = (pt.width - w) / 2
    # a toast floats over the page; prefer a spot that hides none of the page's facts
    cys = [pt.height * rng.uniform(0.6, 0.74)] + [pt.height * f / 100 for f in range(56, 80, 2)]
    for cy in cys:
        box = (round(x0), round(cy - h / 2), round(w), round(h))
        if not any(_overlaps(box, f.box) for f in pt.facts):
            break
    else:
        cy = cys[0]
    card = (round(x0), round(cy - h / 2), round(w), round(h))
    pt.occlude(card)
    pt.draw.rounded_rectangle(
        [x0, cy - h / 2, x0 + w, cy + h / 2], radius=h / 2, fill=pt.p["toast"]
    )
    pt.text((pt.width / 2, cy), text, size, "#FFFFFF", anchor="mm")
    pt.error_message = message
    pt.cause = cause


def _confirm(pt: _Painter, ctx: _Ctx) -> None:
    rng = pt.rng
    pt.dim(0.5)
    cw = pt.width * 0.8
    x0 = (pt.width - cw) / 2
    segs = [
        ("确认使用", 40, pt.p["text"]),
        (str(ctx.cost), 40, pt.p["red"]),
        ("云贝兑换", 40, pt.p["text"]),
    ]
    second = [(ctx.product, 40, pt.p["text"]), ("？", 40, pt.p["text"])]
    ch = pt.px(70 + 64 + 40 + 120 + 60 + 130)
    y0 = pt.height * rng.uniform(0.4, 0.5) - ch / 2
    pt.occlude((round(x0), round(y0), round(cw), round(ch)))
    pt.draw.rounded_rectangle([x0, y0, x0 + cw, y0 + ch], radius=pt.px(32), fill=pt.p["dialog"])
    y = y0 + pt.px(70)
    pt.text((pt.width / 2, y), "确认兑换", 48, anchor="ma", bold=True)
    y += pt.px(104)
    boxes = pt.runs(pt.width / 2, y + pt.px(30), segs, align="m")
    pt.fact("cost", ctx.cost, boxes[1])
    boxes = pt.runs(pt.width / 2, y + pt.px(90), second, align="m")
    pt.fact("product", ctx.product, boxes[0])
    by = y0 + ch - pt.px(130)
    pt.draw.line([(x0, by), (x0 + cw, by)], fill=pt.p["line"], width=max(1, pt.px(2)))
    pt.draw.line(
        [(pt.width / 2, by), (pt.width / 2, y0 + ch)], fill=pt.p["line"], width=max(1, pt.px(2))
    )
    pt.text((x0 + cw / 4, by + pt.px(65)), "取消", 44, pt.p["sub"], anchor="mm")
    pt.text((x0 + 3 * cw / 4, by + pt.px(65)), "确认", 44, pt.p["red"], anchor="mm")


def _page_redeem(pt: _Painter, ctx: _Ctx, v: dict[str, Any], overlay: str | None) -> None:
    _redeem_page(pt, ctx, v, compact=overlay == "confirm")
    if overlay == "confirm":
        _confirm(pt, ctx)


def _page_failure(pt: _Painter, ctx: _Ctx, v: dict[str, Any], overlay: str | None) -> None:
    rng = pt.rng
    cause = v.get("cause") or rng.choice(list(CAUSE_MESSAGES))
    message = v.get("message") or _message(rng, cause, ctx)
    if "云贝不足" in message or "余额不足" in message:
        ctx.balance = rng.randrange(0, max(1, ctx.cost))
    _redeem_page(pt, ctx, v, compact=True)
    if overlay == "toast":
        _toast(pt, v, cause, message)
    else:
        _dialog(pt, ctx, v, cause, message)


def _page_balance(pt: _Painter, ctx: _Ctx, v: dict[str, Any], overlay: str | None) -> None:
    rng = pt.rng
    top = _frame(pt, v["platform"], "我的云贝", rng.choice((None, "规则", "dots")))
    nav = v.get("bottom_nav")
    if nav is None:
        nav = rng.random() < 0.3
    bottom = _bottom_nav(pt, "我的") if nav else _home_indicator(pt)
    if nav:
        _home_indicator(pt)
    m = pt.margin
    y = top + pt.px(20)

    if rng.random() < 0.55:  # user header
        r = pt.px(50)
        cy = y + r
        pt.draw.ellipse(
            [m, cy - r, m + 2 * r, cy + r], fill=rng.choice(("#F6B6B6", "#9BC4F5", "#B9E3C6"))
        )
        nick = rng.choice(NICKNAMES)
        show_mail = v.get("email")
        if show_mail is None:
            show_mail = rng.random() < 0.4
        ny = cy - (pt.px(24) if show_mail else 0)
        box = pt.text((m + 2 * r + pt.px(28), ny), nick, 42, anchor="lm")
        pt.sensitive("nickname", nick, box)
        pt.chip(
            box[0] + box[2] + pt.px(16),
            ny,
            f"Lv.{rng.randrange(3, 10)}",
            pt.p["gold"],
            pt.p["gold_bg"],
            24,
        )
        if show_mail:
            mail = _email_text(ctx)
            boxes = pt.runs(
                m + 2 * r + pt.px(28),
                cy + pt.px(30),
                [("绑定邮箱 ", 30, pt.p["sub"]), (mail, 30, pt.p["sub"])],
            )
            pt.sensitive("email", mail, boxes[1])
        y += 2 * r + pt.px(36)

    # balance card
    red_card = rng.random() < 0.6
    ch = pt.px(330)
    if red_card:
        pt.gradient((m, y, pt.width - m, y + ch), "#FF5A5A", "#D92B2B", 28)
        fg, fg2 = "#FFFFFF", "#FFE3E3"
    else:
        pt.card(y, y + ch)
        fg, fg2 = pt.p["red"], pt.p["sub"]
    label = v.get("label") or rng.choice(("云贝余额", "当前云贝", "我的云贝"))
    pt.text((m + pt.px(48), y + pt.px(50)), label, 36, fg2)
    style = v.get("number_style") or rng.choice(("comma", "plain", "suffix"))
    num = _num(ctx.balance, style == "comma")
    if style == "suffix":
        boxes = pt.runs(
            m + pt.px(48), y + pt.px(215), [(num, 96, fg), ("云贝", 40, fg)], valign="s"
        )
    else:
        boxes = pt.runs(m + pt.px(48), y + pt.px(215), [(num, 96, fg)], valign="s")
    pt.fact("balance", ctx.balance, boxes[0])
    if rng.random() < 0.5:
        t = (ctx.now + timedelta(days=rng.randrange(5, 60))).replace(hour=23, minute=59)
        if t.year == 2026:
            n = rng.choice((50, 100, 300))
            boxes = pt.runs(
                m + pt.px(48),
                y + pt.px(275),
                [(f"{n}云贝将于", 28, fg2), (_shown(t, False), 28, fg2), ("过期", 28, fg2)],
            )
            pt.fact("timestamp", _iso(t, False), boxes[1])
    y += ch + pt.px(32)

    # sign-in card
    ch = pt.px(170)
    pt.card(y, y + ch)
    pt.text((m + pt.px(24), y + pt.px(40)), "每日签到", 42, bold=True)
    pt.text((m + pt.px(24), y + pt.px(110)), f"已连续签到{rng.randrange(1, 30)}天", 30, pt.p["sub"])
    pt.pill_button(
        (pt.width - m - pt.px(240), y + pt.px(45), pt.width - m - pt.px(24), y + pt.px(125)),
        "签到 +5",
        36,
    )
    y += ch + pt.px(32)

    # tasks
    entries_h = pt.px(2 * 120 + 40)
    pt.text((m, y), "做任务赚云贝", 42, bold=True)
    y += pt.px(80)
    tasks = rng.sample(TASKS, rng.randrange(2, 5))
    row_h = pt.px(140)
    for name, reward in tasks:
        if y + row_h + entries_h > bottom - pt.px(20):
            break
        pt.text((m, y + pt.px(45)), name, 40, anchor="lm")
        pt.text((m, y + pt.px(100)), f"+{reward}云贝", 30, "#F08C00", anchor="lm")
        bw, bh = pt.px(170), pt.px(66)
        bx0 = pt.width - m - bw
        pt.draw.rounded_rectangle(
            [bx0, y + row_h / 2 - bh / 2, pt.width - m, y + row_h / 2 + bh / 2],
            radius=bh / 2,
            outline=pt.p["red"],
            width=max(2, pt.px(3)),
        )
        pt.text((bx0 + bw / 2, y + row_h / 2), "去完成", 32, pt.p["red"], anchor="mm")
        y += row_h
    y += pt.px(20)
    # entries
    for label in rng.sample(["云贝明细", "兑换记录"], 2):
        if y + pt.px(120) > bottom:
            break
        pt.hline(y)
        pt.text((m, y + pt.px(60)), label, 42, anchor="lm")
        pt.chevron(pt.width - m, y + pt.px(60))
        y += pt.px(120)


_RECORD_LABELS = (
    ("exchange", 6),
    ("sign", 5),
    ("refund", 2),
    ("listen", 3),
    ("expire", 1),
    ("share", 2),
)


def _record_row(rng: random.Random, ctx: _Ctx) -> tuple[str, int, bool]:
    kind = rng.choices([k for k, _ in _RECORD_LABELS], [w for _, w in _RECORD_LABELS])[0]
    if kind == "exchange":
        prod = rng.choice(list(PRODUCTS))
        return f"兑换-{prod}", -rng.choice(PRODUCTS[prod]), True
    if kind == "refund":
        return rng.choice(("兑换失败退回", "兑换失败返还")), rng.choice((300, 880, 70, 1000)), False
    if kind == "sign":
        return "每日签到", rng.choice((5, 5, 10)), False
    if kind == "listen":
        return "听歌任务奖励", rng.choice((10, 20)), False
    if kind == "share":
        return "分享任务奖励", 3, False
    return "云贝过期", -rng.choice((12, 50, 100)), False


def _page_records(pt: _Painter, ctx: _Ctx, v: dict[str, Any], overlay: str | None) -> None:
    rng = pt.rng
    top = _frame(pt, v["platform"], rng.choice(("云贝明细", "云贝记录")))
    bottom = _home_indicator(pt)
    m = pt.margin
    y = top + pt.px(16)
    header = v.get("header_balance")
    if header is None:
        header = rng.random() < 0.5
    phone_header = v.get("phone_header")
    if phone_header is None:
        phone_header = rng.random() < 0.3
    if header or phone_header:
        ch = pt.px(210 if header else 110)
        pt.card(y, y + ch)
        yy = y + pt.px(30)
        if header:
            pt.text((m + pt.px(24), yy), "当前云贝", 32, pt.p["sub"])
            box = pt.text(
                (m + pt.px(24), yy + pt.px(50)),
                _num(ctx.balance, rng.random() < 0.5),
                64,
                pt.p["red"],
                bold=True,
            )
            pt.fact("balance", ctx.balance, box)
        if phone_header:
            phone = _phone_text(ctx, "masked")
            anchor_x = pt.width - m - pt.px(24) if header else m + pt.px(24)
            py = yy + (pt.px(90) if header else pt.px(25))
            size = 30 if header else 36
            segs = [("账号 ", size, pt.p["sub"]), (phone, size, pt.p["sub"])]
            boxes = pt.runs(anchor_x, py, segs, align="r" if header else "l")
            pt.sensitive("phone", phone, boxes[1])
        y += ch + pt.px(20)
    tabs = v.get("tabs")
    if tabs is None:
        tabs = rng.random() < 0.6
    if tabs:
        sel = rng.randrange(3)
        step = pt.width / 3
        for i, t in enumerate(("全部", "收入", "支出")):
            col = pt.p["text"] if i == sel else pt.p["sub"]
            pt.text(
                (step * (i + 0.5), y + pt.px(50)),
                t,
                42 if i == sel else 40,
                col,
                anchor="mm",
                bold=i == sel,
            )
            if i == sel:
                pt.draw.rounded_rectangle(
                    [
                        step * (i + 0.5) - pt.px(30),
                        y + pt.px(88),
                        step * (i + 0.5) + pt.px(30),
                        y + pt.px(96),
                    ],
                    radius=pt.px(4),
                    fill=pt.p["red"],
                )
        y += pt.px(110)
        pt.hline(y, 0, pt.width)
    seconds = v.get("seconds")
    if seconds is None:
        seconds = rng.random() < 0.5
    with_order = v.get("order_id")
    if with_order is None:
        with_order = rng.random() < 0.3
    n_rows = v.get("rows") or rng.randrange(4, 12)
    t = ctx.now
    ctx_rows = 0
    while ctx_rows < n_rows:
        label, amount, is_exchange = _record_row(rng, ctx)
        if tabs and sel == 1 and amount < 0:
            continue
        if tabs and sel == 2 and amount > 0:
            continue
        show_order = with_order and is_exchange
        row_h = pt.px(200 if show_order else 160)
        if y + row_h > bottom:
            break
        t = t - timedelta(minutes=rng.randrange(30, 3 * 24 * 60), seconds=rng.randrange(60))
        if t.year < 2026:
            break
        pt.text((m, y + pt.px(32)), label, 42)
        tb = pt.text((m, y + pt.px(96)), _shown(t, seconds), 30, pt.p["sub"])
        pt.fact("timestamp", _iso(t, seconds), tb)
        if show_order:
            oid = t.strftime("%Y%m%d%H%M%S") + f"{rng.randrange(10000):04d}"
            boxes = pt.runs(
                m, y + pt.px(160), [("订单号：", 28, pt.p["sub"]), (oid, 28, pt.p["sub"])]
            )
            pt.sensitive("order_id", oid, boxes[1])
        amt = ("+" if amount > 0 else "-") + _num(
            abs(amount), abs(amount) >= 1000 and rng.random() < 0.5
        )
        col = pt.p["red"] if amount < 0 else (pt.p["green"] if rng.random() < 0.6 else pt.p["sub"])
        box = pt.text((pt.width - m, y + row_h / 2), amt, 46, col, anchor="rm", bold=True)
        pt.fact("deduction", TruthDeduction(amount, label, _iso(t, seconds)), box)
        y += row_h
        pt.hline(y)
        ctx_rows += 1


def _page_account(pt: _Painter, ctx: _Ctx, v: dict[str, Any], overlay: str | None) -> None:
    rng = pt.rng
    top = _frame(pt, v["platform"], rng.choice(("账号与安全", "个人信息")))
    bottom = _home_indicator(pt)
    m = pt.margin
    masked = v.get("masked")

    def mask_choice(p: float = 0.5) -> bool:
        return masked if masked is not None else rng.random() < p

    groups: list[list[tuple[str, str, str | None, str | None]]] = []  # label, value, type, colour
    nick = rng.choice(NICKNAMES)
    uid = str(rng.randrange(10**8, 10**10))
    groups.append(
        [
            ("昵称", nick, "nickname", None),
            (rng.choice(("用户ID", "云音乐号")), uid, "user_id", None),
        ]
    )
    phone_style = v.get("phone_style") or (
        "masked" if masked else ("full" if masked is False else None)
    )
    g2 = [("手机号", _phone_text(ctx, phone_style), "phone", None)]
    if v.get("email") is not False:
        g2.append(("邮箱", _email_text(ctx, masked), "email", None))
    groups.append(g2)
    name = rng.choice(REAL_NAMES)
    if mask_choice():
        name = name[0] + "*" * (len(name) - 1)
    g3: list[tuple[str, str, str | None, str | None]] = [
        ("实名认证", "已认证", None, pt.p["green"]),
        ("姓名", name, "real_name", None),
    ]
    show_id = v.get("id_card")
    if show_id is None:
        show_id = rng.random() < 0.8
    if show_id:
        g3.append(("身份证", _id_card_text(ctx, mask_choice()), "id_card", None))
    bank = v.get("bank_card")
    if bank is None:
        bank = rng.random() < 0.4
    if bank:
        g3.append(("银行卡", _bank_card_text(ctx), "bank_card", None))
    groups.append(g3)
    g4: list[tuple[str, str, str | None, str | None]] = [
        ("账号安全", rng.choice(("安全", "正常")), None, None)
    ]
    if v.get("order_id") if v.get("order_id") is not None else rng.random() < 0.3:
        g4.append(("最近订单号", ctx.order_id(), "order_id", None))
    groups.append(g4)
    show_ip = v.get("ip")
    if show_ip is None:
        show_ip = rng.random() < 0.5
    ip_inline = rng.random() < 0.5

    if rng.random() < 0.5:
        # an avatar row first
        r = pt.px(46)
        y = top + pt.px(24)
        pt.card(y, y + pt.px(150))
        pt.text((m + pt.px(16), y + pt.px(75)), "头像", 42, anchor="lm")
        cx = pt.width - m - pt.px(70)
        pt.draw.ellipse([cx - r, y + pt.px(75) - r, cx + r, y + pt.px(75) + r], fill="#9BC4F5")
        pt.chevron(pt.width - m, y + pt.px(75))
        top = y + pt.px(150)

    row_h = pt.px(132)
    y = top + pt.px(24)
    for group in groups:
        gh = row_h * len(group)
        if y + gh > bottom - pt.px(160):
            group = group[: max(0, int((bottom - pt.px(160) - y) // row_h))]
            gh = row_h * len(group)
            if not group:
                break
        pt.card(y, y + gh)
        for i, (label, value, type_, colour) in enumerate(group):
            cy = y + row_h * i + row_h / 2
            pt.text((m + pt.px(16), cy), label, 42, anchor="lm")
            chev = type_ not in ("user_id", "real_name", "id_card")
            vx = pt.width - m - (pt.px(40) if chev else pt.px(16))
            size = 40
            while pt.tw(value, size) > pt.width * 0.62 and size > 26:
                size -= 2
            box = pt.text((vx, cy), value, size, colour or pt.p["sub"], anchor="rm")
            if type_:
                pt.sensitive(type_, value, box)
            if chev:
                pt.chevron(pt.width - m, cy)
            if i:
                pt.hline(y + row_h * i, m + pt.px(16), pt.width - m)
        y += gh + pt.px(28)
    if show_ip and y + pt.px(140) < bottom:
        ip = _ip_text(ctx, private=False)
        if ip_inline:
            boxes = pt.runs(
                m + pt.px(16), y + pt.px(30), [("登录IP：", 32, pt.p["sub"]), (ip, 32, pt.p["sub"])]
            )
            pt.sensitive("ip", ip, boxes[1])
            t = ctx.time_before(3)
            if rng.random() < 0.6:
                boxes = pt.runs(
                    m + pt.px(16),
                    y + pt.px(84),
                    [("最近登录：", 32, pt.p["sub"]), (_shown(t, False), 32, pt.p["sub"])],
                )
                pt.fact("timestamp", _iso(t, False), boxes[1])
        else:
            pt.card(y, y + row_h)
            pt.text((m + pt.px(16), y + row_h / 2), "登录IP", 42, anchor="lm")
            box = pt.text(
                (pt.width - m - pt.px(16), y + row_h / 2), ip, 40, pt.p["sub"], anchor="rm"
            )
            pt.sensitive("ip", ip, box)
        y += pt.px(150)
    if y + pt.px(120) < bottom and rng.random() < 0.6:
        pt.text((pt.width / 2, y + pt.px(60)), "注销账号", 40, pt.p["red"], anchor="mm")


def _page_network(pt: _Painter, ctx: _Ctx, v: dict[str, Any], overlay: str | None) -> None:
    rng = pt.rng
    mode = v.get("mode") or rng.choice(("wlan", "speedtest"))
    m = pt.margin
    ssid = rng.choice(SSIDS)
    ip = _ip_text(ctx, private=rng.random() < 0.75)
    latency = rng.randrange(8, 180)
    bottom = _home_indicator(pt)
    row_h = pt.px(132)
    if mode == "wlan":
        top = _frame(pt, v["platform"], rng.choice(("WLAN", "无线局域网")))
        y = top + pt.px(24)
        pt.card(y, y + row_h)
        pt.text((m + pt.px(16), y + row_h / 2), "WLAN", 44, anchor="lm")
        pt.toggle(pt.width - m, y + row_h / 2)
        y += row_h + pt.px(40)
        pt.text((m, y), "已连接", 32, pt.p["sub"])
        y += pt.px(60)
        pt.card(y, y + pt.px(150))
        pt.text((m + pt.px(16), y + pt.px(54)), ssid, 44, pt.p["blue"], anchor="lm")
        pt.text((m + pt.px(16), y + pt.px(110)), "已连接", 30, pt.p["sub"], anchor="lm")
        y += pt.px(178)
        rows = [
            ("信号强度", rng.choice(("强", "较强", "一般")), None),
            ("连接速度", f"{rng.choice((433, 866, 1201, 144))} Mbps", None),
            ("频率", rng.choice(("5 GHz", "2.4 GHz")), None),
            ("IP地址", ip, "ip"),
            ("延迟", f"{latency}ms", None),
        ]
        rng.shuffle(rows)
        pt.card(y, y + row_h * len(rows))
        for i, (label, value, t) in enumerate(rows):
            cy = y + row_h * i + row_h / 2
            pt.text((m + pt.px(16), cy), label, 42, anchor="lm")
            box = pt.text((pt.width - m - pt.px(16), cy), value, 40, pt.p["sub"], anchor="rm")
            if t:
                pt.sensitive(t, value, box)
        y += row_h * len(rows) + pt.px(40)
        pt.card(y, y + row_h)
        pt.text((m + pt.px(16), y + row_h / 2), "移动数据", 42, anchor="lm")
        pt.toggle(pt.width - m, y + row_h / 2, on=rng.random() < 0.5)
        y += row_h + pt.px(40)
        pt.text((m, y), "可用WLAN", 32, pt.p["sub"])
        y += pt.px(60)
        for other in rng.sample([s for s in SSIDS if s != ssid], 3):
            if y + row_h > bottom:
                break
            pt.text((m + pt.px(16), y + row_h / 2), other, 42, anchor="lm")
            pt.text((pt.width - m, y + row_h / 2), "加密", 30, pt.p["sub"], anchor="rm")
            y += row_h
    else:
        top = _frame(pt, v["platform"], rng.choice(("网速测试", "网络测速")))
        y = top + pt.px(40)
        r = pt.px(230)
        cx, cy = pt.width / 2, y + r + pt.px(20)
        pt.draw.arc([cx - r, cy - r, cx + r, cy + r], 135, 405, fill=pt.p["line"], width=pt.px(28))
        down = round(rng.uniform(5, 300), 1)
        pt.draw.arc(
            [cx - r, cy - r, cx + r, cy + r],
            135,
            135 + 270 * min(1, down / 300),
            fill=pt.p["blue"],
            width=pt.px(28),
        )
        pt.text((cx, cy), f"{down}", 96, anchor="mm", bold=True)
        pt.text((cx, cy + pt.px(90)), "Mbps", 36, pt.p["sub"], anchor="mm")
        y = cy + r + pt.px(40)
        rows: list[tuple[str, str, str | None]] = [
            ("下载速度", f"{down} Mbps", None),
            ("上传速度", f"{round(rng.uniform(2, 80), 1)} Mbps", None),
            ("延迟", f"{latency}ms", None),
            ("抖动", f"{rng.randrange(1, 30)}ms", None),
            ("网络", f"Wi-Fi {ssid}" if rng.random() < 0.6 else "移动数据 5G", None),
            ("IP地址", ip, "ip"),
        ]
        when = ctx.time_before(2)
        pt.card(y, y + row_h * len(rows))
        for i, (label, value, t) in enumerate(rows):
            cyy = y + row_h * i + row_h / 2
            pt.text((m + pt.px(16), cyy), label, 42, anchor="lm")
            box = pt.text((pt.width - m - pt.px(16), cyy), value, 40, pt.p["sub"], anchor="rm")
            if t:
                pt.sensitive(t, value, box)
        y += row_h * len(rows) + pt.px(36)
        if rng.random() < 0.7:
            boxes = pt.runs(
                m,
                y + pt.px(20),
                [("测试时间：", 32, pt.p["sub"]), (_shown(when, False), 32, pt.p["sub"])],
            )
            pt.fact("timestamp", _iso(when, False), boxes[1])
        bh = pt.px(112)
        pt.pill_button((m, bottom - bh - pt.px(30), pt.width - m, bottom - pt.px(30)), "重新测速")


def _page_other(pt: _Painter, ctx: _Ctx, v: dict[str, Any], overlay: str | None) -> None:
    rng = pt.rng
    mode = v.get("mode") or rng.choice(("songs", "player"))
    m = pt.margin
    songs = rng.sample(SONGS, len(SONGS))
    if mode == "songs":
        top = _frame(pt, v["platform"], rng.choice(("每日推荐", "我喜欢的音乐", "最近播放")))
        nav = v.get("bottom_nav")
        if nav is None:
            nav = rng.random() < 0.5
        bottom = _bottom_nav(pt, "发现") if nav else _home_indicator(pt)
        if nav:
            _home_indicator(pt)
        y = top + pt.px(16)
        pt.draw.ellipse([m, y + pt.px(20), m + pt.px(60), y + pt.px(80)], fill=pt.p["red"])
        pt.draw.polygon(
            [
                (m + pt.px(22), y + pt.px(35)),
                (m + pt.px(22), y + pt.px(65)),
                (m + pt.px(46), y + pt.px(50)),
            ],
            fill="#FFFFFF",
        )
        pt.text(
            (m + pt.px(84), y + pt.px(50)), f"播放全部 ({rng.randrange(20, 300)})", 42, anchor="lm"
        )
        y += pt.px(110)
        row_h = pt.px(150)
        for i, (title, artist, album) in enumerate(songs):
            if y + row_h > bottom:
                break
            pt.text((m + pt.px(20), y + row_h / 2), str(i + 1), 38, pt.p["sub"], anchor="mm")
            pt.text((m + pt.px(80), y + pt.px(48)), title, 44)
            pt.text((m + pt.px(80), y + pt.px(110)), f"{artist} - {album}", 30, pt.p["sub"])
            for k in range(3):
                r = pt.px(5)
                dy = y + row_h / 2 + (k - 1) * pt.px(16)
                pt.draw.ellipse(
                    [pt.width - m - r, dy - r, pt.width - m + r, dy + r], fill=pt.p["sub"]
                )
            y += row_h
    else:
        title, artist, _ = songs[0]
        _status_bar(pt, v["platform"])
        bottom = _home_indicator(pt)
        y = pt.px(96) + pt.px(40)
        pt.back_arrow(pt.px(44), y + pt.px(40))
        pt.text((pt.width / 2, y + pt.px(20)), title, 48, anchor="mm", bold=True)
        pt.text((pt.width / 2, y + pt.px(80)), artist, 32, pt.p["sub"], anchor="mm")
        r = pt.width * 0.36
        cx, cy = pt.width / 2, pt.height * 0.36
        pt.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill="#111111")
        for k in (0.9, 0.8, 0.7):
            pt.draw.ellipse(
                [cx - r * k, cy - r * k, cx + r * k, cy + r * k],
                outline="#2A2A2A",
                width=max(1, pt.px(3)),
            )
        pt.draw.ellipse(
            [cx - r * 0.62, cy - r * 0.62, cx + r * 0.62, cy + r * 0.62],
            fill=rng.choice(("#C47A5A", "#5A7FC4", "#7AC45A")),
        )
        y = cy + r + pt.px(70)
        lyric = rng.sample(
            ("风吹过的街道", "我们都在努力奔跑", "把回忆留给明天", "你说的那句话", "还在耳边回响"),
            3,
        )
        for i, line in enumerate(lyric):
            pt.text(
                (pt.width / 2, y),
                line,
                40 if i == 1 else 34,
                pt.p["text"] if i == 1 else pt.p["sub"],
                anchor="mm",
            )
            y += pt.px(70)
        y += pt.px(40)
        total = rng.randrange(150, 330)
        pos = rng.randrange(0, total)
        pt.draw.line([(m, y), (pt.width - m, y)], fill=pt.p["line"], width=pt.px(6))
        px_ = m + (pt.width - 2 * m) * pos / total
        pt.draw.line([(m, y), (px_, y)], fill=pt.p["red"], width=pt.px(6))
        pt.draw.ellipse(
            [px_ - pt.px(14), y - pt.px(14), px_ + pt.px(14), y + pt.px(14)], fill=pt.p["red"]
        )
        pt.text((m, y + pt.px(50)), f"{pos // 60:02d}:{pos % 60:02d}", 28, pt.p["sub"], anchor="lm")
        pt.text(
            (pt.width - m, y + pt.px(50)),
            f"{total // 60:02d}:{total % 60:02d}",
            28,
            pt.p["sub"],
            anchor="rm",
        )
        cy = min(bottom - pt.px(120), y + pt.px(220))
        r = pt.px(70)
        pt.draw.ellipse([pt.width / 2 - r, cy - r, pt.width / 2 + r, cy + r], fill=pt.p["red"])
        pt.draw.rectangle(
            [pt.width / 2 - pt.px(22), cy - pt.px(28), pt.width / 2 - pt.px(8), cy + pt.px(28)],
            fill="#FFFFFF",
        )
        pt.draw.rectangle(
            [pt.width / 2 + pt.px(8), cy - pt.px(28), pt.width / 2 + pt.px(22), cy + pt.px(28)],
            fill="#FFFFFF",
        )
        for side in (-1, 1):
            x = pt.width / 2 + side * pt.px(230)
            d = pt.px(26)
            pt.draw.polygon(
                [(x - side * d, cy - d), (x - side * d, cy + d), (x + side * d, cy)],
                fill=pt.p["icon"],
            )


_PAGES = {
    "redeem": _page_redeem,
    "failure": _page_failure,
    "balance": _page_balance,
    "records": _page_records,
    "account": _page_account,
    "network": _page_network,
    "other": _page_other,
}

_OVERLAYS = {"failure": ("dialog", "toast"), "redeem": ("confirm",)}

_VARIANTS = {
    "platform",
    "bottom_nav",
    "product",
    "cost",
    "balance",
    "price_style",
    "show_balance",
    "show_period",
    "cause",
    "message",
    "error_code",
    "order_id",
    "show_time",
    "dialog_product",
    "toast_prefix",
    "label",
    "number_style",
    "email",
    "rows",
    "seconds",
    "tabs",
    "header_balance",
    "phone_header",
    "masked",
    "phone_style",
    "id_card",
    "bank_card",
    "ip",
    "mode",
}


# --------------------------------------------------------------------------- entry point


def render(
    kind: str,
    *,
    seed: int = 0,
    width: int = 1080,
    theme: str = "light",
    font_path: str | None = None,
    overlay: str | None = None,
    **variant: Any,
) -> Screen:
    """Draw one screenshot of ``kind``; see the module docstring and ``_VARIANTS``."""
    return render_debug(
        kind, seed=seed, width=width, theme=theme, font_path=font_path, overlay=overlay, **variant
    )[0]


def render_debug(
    kind: str,
    *,
    seed: int = 0,
    width: int = 1080,
    theme: str = "light",
    font_path: str | None = None,
    overlay: str | None = None,
    **variant: Any,
) -> tuple[Screen, list[tuple[Box, str, int]]]:
    """Like :func:`render`, plus every text drawn: (box, text, overlay layer)."""
    if kind not in _PAGES:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    unknown = set(variant) - _VARIANTS
    if unknown:
        raise TypeError(f"unknown variant option(s): {sorted(unknown)}")
    if overlay is not None and overlay not in _OVERLAYS.get(kind, ()):
        raise ValueError(f"overlay {overlay!r} not available for kind {kind!r}")
    if kind == "failure" and overlay is None:
        overlay = "dialog"
    if variant.get("cause") is not None and variant["cause"] not in CAUSE_MESSAGES:
        raise ValueError(f"unknown cause {variant['cause']!r}")
    height = round(width * 19.5 / 9)
    rng = random.Random(f"{kind}:{seed}")
    v = dict(variant)
    ctx = _Ctx.make(rng, v)
    v.setdefault("platform", rng.choice(("android", "ios")))
    if v["platform"] not in ("android", "ios"):
        raise ValueError("platform must be 'android' or 'ios'")
    pt = _Painter(width, height, theme, font_path or FONT_PATH, rng)
    _PAGES[kind](pt, ctx, v, overlay)
    return Screen(pt.img, _truth(pt, kind)), pt.drawn


def _truth(pt: _Painter, kind: str) -> Truth:
    def hidden(i: int, f: _Fact) -> bool:
        return any(i < upto and _overlaps(f.box, box) for box, upto in pt.occluders)

    visible = [f for i, f in enumerate(pt.facts) if not hidden(i, f)]

    def first(k: str) -> Any:
        vals = [f.value for f in visible if f.kind == k]
        assert len(set(vals)) <= 1, (k, vals)
        return vals[0] if vals else None

    by_pos = sorted(visible, key=lambda f: (f.box[1] + f.box[3] / 2, f.box[0]))
    return Truth(
        kind=kind,
        balance=first("balance"),
        error_message=pt.error_message,
        cause=pt.cause,
        product=first("product"),
        cost=first("cost"),
        timestamps=[f.value for f in by_pos if f.kind == "timestamp"],
        deductions=[f.value for f in by_pos if f.kind == "deduction"],
        sensitive=[
            TruthSensitive(f.value[0], f.value[1], tuple(int(c) for c in f.box))  # type: ignore[arg-type]
            for f in by_pos
            if f.kind == "sensitive"
        ],
        theme=pt.theme,
        width=pt.width,
        height=pt.height,
    )
