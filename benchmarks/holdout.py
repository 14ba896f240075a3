"""Independent HOLDOUT generator of synthetic phone screenshots with exact ground truth.

Designed from the domain description alone (never from the engine or its tests) so that
accuracy measured on it is honest. It deliberately varies what a home-grown generator
tends to keep fixed: fonts (Noto Sans CJK SC, WenQuanYi Zen Hei, AR PL UMing), iOS-like and
Android-like chrome, cards vs plain lists, label above vs beside the value, light and dark
themes, five screen widths, JPEG recompression and chat-app downscaling, wording variants.

    python benchmarks/holdout.py --out DIR --count N --seed S

writes N screenshots (PNG or JPG) plus DIR/truth.json: a list of
{"file", "kind", "fields": {...}, "sensitive": [...], "meta": {...}} in the app's JSON
contract (meta is extra: layout, theme, font, width, jpeg quality, downscale).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from datetime import datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

# --------------------------------------------------------------------------- fonts

NOTO_R = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"

# family -> (regular file, face name, bold file or None when bold is faked by a stroke)
FAMILIES: dict[str, tuple[str, str, str | None]] = {
    "noto": (NOTO_R, "Noto Sans CJK SC", NOTO_B),
    "zenhei": (ZENHEI, "WenQuanYi Zen Hei", None),
    "uming": (UMING, "AR PL UMing CN", None),
}


@cache
def _face_index(path: str, name: str) -> int:
    for i in range(16):
        try:
            f = ImageFont.truetype(path, 12, index=i)
        except OSError:
            break
        if f.getname()[0] == name:
            return i
    raise SystemExit(
        f"font face {name!r} not found in {path}; on Debian/Ubuntu: "
        "apt-get install fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-uming"
    )


@lru_cache(maxsize=512)
def load_font(family: str, size: int, bold: bool) -> tuple[ImageFont.FreeTypeFont, int]:
    """(font, stroke width used to fake bold)."""
    reg, name, bold_file = FAMILIES[family]
    if bold and bold_file:
        return ImageFont.truetype(bold_file, size, index=_face_index(bold_file, name)), 0
    font = ImageFont.truetype(reg, size, index=_face_index(reg, name))
    return font, (max(1, round(size / 36)) if bold else 0)


# --------------------------------------------------------------------------- themes


class Theme:
    def __init__(self, name: str, dark: bool, **colors: tuple[int, int, int]) -> None:
        self.name = name
        self.dark = dark
        for k, v in colors.items():
            setattr(self, k, v)

    bg: tuple[int, int, int]
    surface: tuple[int, int, int]
    text: tuple[int, int, int]
    sub: tuple[int, int, int]
    faint: tuple[int, int, int]
    divider: tuple[int, int, int]
    accent: tuple[int, int, int]
    plus: tuple[int, int, int]


def make_theme(rng: random.Random, dark: bool) -> Theme:
    accent = rng.choice([(236, 65, 65), (255, 58, 58), (232, 126, 20), (214, 48, 49)])
    if dark:
        return Theme(
            "dark",
            True,
            bg=rng.choice([(0, 0, 0), (18, 18, 20), (22, 22, 26)]),
            surface=rng.choice([(30, 30, 33), (36, 36, 40), (28, 28, 30)]),
            text=(236, 236, 240),
            sub=(150, 150, 158),
            faint=(96, 96, 102),
            divider=(54, 54, 58),
            accent=tuple(min(255, c + 20) for c in accent),  # type: ignore[arg-type]
            plus=(82, 196, 120),
        )
    return Theme(
        "light",
        False,
        bg=rng.choice([(242, 242, 247), (245, 245, 245), (247, 248, 250)]),
        surface=(255, 255, 255),
        text=rng.choice([(28, 28, 30), (34, 34, 34), (51, 51, 51)]),
        sub=rng.choice([(134, 134, 139), (128, 128, 128), (140, 140, 148)]),
        faint=(196, 196, 200),
        divider=(230, 230, 234),
        accent=accent,
        plus=(40, 160, 80),
    )


# --------------------------------------------------------------------------- data pools

PRODUCTS: list[tuple[str, list[int], bool]] = [
    ("黑胶VIP月卡", [300, 450, 500], False),
    ("黑胶VIP季卡", [880, 1280, 1350], False),
    ("黑胶VIP年卡", [3280, 3600, 4500], False),
    ("黑胶VIP七天体验卡", [70, 100, 120], False),
    ("音乐包月卡", [200, 240], False),
    ("5元无门槛代金券", [500, 520], False),
    ("10元话费充值券", [1000, 1100], False),
    ("数字专辑兑换券", [400, 680], False),
    ("K歌会员周卡", [150, 180], False),
    ("网易云音乐定制耳机", [6800, 7200], True),
    ("云村限定帆布袋", [1580, 1800], True),
    ("黑胶唱片蓝牙音箱", [9800, 12800], True),
    ("云音乐周边马克杯", [2200, 2600], True),
    ("音乐人签名明信片", [960, 1200], True),
]

CAUSE_MESSAGES: dict[str, list[str]] = {
    "system": [
        "服务器繁忙，请稍后重试",
        "系统维护中，兑换功能暂时无法使用，请稍后再试",
        "网络异常，请检查网络设置后重试",
        "当前兑换人数过多，服务器开小差了，请稍后重试",
        "请求超时，系统繁忙，请稍后再试",
    ],
    "account": [
        "您的账号存在安全风险，暂时无法兑换",
        "账号受限，该功能暂不可用",
        "检测到账号存在违规行为，兑换功能已被限制",
        "当前账号状态异常，请完成安全验证后再试",
    ],
    "eligibility": [
        "云贝不足，无法完成本次兑换",
        "您的云贝余额不足，还需120云贝",
        "该商品仅限黑胶VIP用户兑换",
        "该商品仅限Lv.6及以上等级用户兑换",
        "您所在的地区暂不支持兑换该商品",
        "本次兑换需额外支付手续费，云贝数量不足",
    ],
    "stock": [
        "商品库存不足，请选择其他商品",
        "该商品已兑完，下次早点来哦",
        "活动已结束，感谢您的参与",
        "未满足兑换条件：需连续签到7天",
        "您未达到本活动的消费门槛，暂时无法兑换",
        "今日兑换名额已抢光，明天再来吧",
    ],
}

SURNAMES = "张王李刘陈杨赵黄周吴徐孙马朱胡林郭何高罗"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "洋",
    "静",
    "帆",
    "磊",
    "婷",
    "杰",
    "敏",
    "晓燕",
    "靖宇",
    "雨桐",
    "鹏",
    "佳怡",
    "子涵",
    "浩然",
    "思远",
    "梦琪",
    "建国",
]
NICKNAMES = [
    "云村居民小林",
    "晚风与歌",
    "夜听电台",
    "Mooncake93",
    "不睡觉的鲸鱼",
    "听海的猫",
    "一只小耳机",
    "Lemon_Tree",
    "故事与酒",
    "北纬三十度",
    "rainyday_07",
    "橘子汽水",
]
EMAIL_USERS = [
    "lin.xiaoyu",
    "zhangwei88",
    "musiclover2020",
    "chen_jing",
    "yangfan1994",
    "sunny.hao",
    "qq_cat_77",
    "liuyang.work",
    "mkt2046",
    "huang_ting",
]
EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "gmail.com", "foxmail.com", "outlook.com"]
PHONE_PREFIX = ["138", "139", "135", "186", "159", "177", "188", "199", "131", "152", "187"]
ID_REGIONS = ["110105", "310104", "330106", "440305", "510107", "420111", "320102", "370202"]
BANK_BINS = ["622202", "622848", "621700", "621483", "622588", "623668", "621226"]
WIFI_NAMES = [
    "ChinaNet-5G-A3F2",
    "TP-LINK_8C2E",
    "CMCC-7xkQ",
    "HUAWEI-1F9B_5G",
    "Xiaomi_3A21",
    "MERCURY_604",
    "Tenda_5G_88",
]
SONGS = [
    "晚风告白",
    "夏夜的海",
    "城南旧梦",
    "星河漫游",
    "雨后的街",
    "给未来的信",
    "山海之间",
    "月光航线",
    "回忆的沙漏",
    "蓝色星期五",
    "微光",
    "远方来信",
    "白日梦想家",
    "旧时光",
]
ARTISTS = ["林一舟", "陈小北", "阿木乐队", "Sunny Lee", "北岛之声", "周末乐团", "许知远"]
SPEND_LABELS = ["兑换 {p}", "云贝兑换-{p}", "兑换商品：{p}", "购买数字专辑", "赠送礼物"]
INCOME_LABELS = ["每日签到", "听歌任务奖励", "兑换失败退回", "云贝退回", "分享任务奖励", "活动奖励"]
BALANCE_LABELS = ["云贝余额", "可用云贝", "剩余云贝", "我的云贝", "当前云贝"]
RULES = [
    "每个账号限兑换1次，兑换后不可退换",
    "兑换成功后权益将在24小时内到账",
    "虚拟商品兑换后不支持退款，请谨慎操作",
    "实物商品将在7个工作日内发货",
    "如遇问题请前往帮助与反馈联系客服",
    "本活动最终解释权归活动方所有",
    "需完成实名认证后方可参与兑换",
    "部分商品仅限中国大陆地区用户兑换",
]

DATE_STYLES = ["dash", "dash_s", "slash", "slash_s", "cn", "cn0", "dot"]


def fmt_dt(d: datetime, style: str) -> tuple[str, str]:
    """(displayed text, ISO truth)."""
    if style == "dash":
        s = d.strftime("%Y-%m-%d %H:%M")
    elif style == "dash_s":
        s = d.strftime("%Y-%m-%d %H:%M:%S")
    elif style == "slash":
        s = d.strftime("%Y/%m/%d %H:%M")
    elif style == "slash_s":
        s = d.strftime("%Y/%m/%d %H:%M:%S")
    elif style == "cn":
        s = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    elif style == "cn0":
        s = d.strftime("%Y年%m月%d日 %H:%M")
    else:
        s = d.strftime("%Y.%m.%d %H:%M")
    iso = d.strftime("%Y-%m-%dT%H:%M:%S" if style.endswith("_s") else "%Y-%m-%dT%H:%M")
    return s, iso


def fmt_int(n: int, commas: bool) -> str:
    return f"{n:,}" if commas else str(n)


def real_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def phone_number(rng: random.Random) -> str:
    p = rng.choice(PHONE_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))
    style = rng.random()
    if style < 0.35:
        return p
    if style < 0.7:
        return f"{p[:3]}****{p[7:]}"
    if style < 0.9:
        return f"{p[:3]} {p[3:7]} {p[7:]}"
    return f"+86 {p[:3]} {p[3:7]} {p[7:]}"


def email_address(rng: random.Random) -> str:
    user = rng.choice(EMAIL_USERS)
    if rng.random() < 0.25:
        user = user[:3] + "***"
    return f"{user}@{rng.choice(EMAIL_DOMAINS)}"


def id_card(rng: random.Random) -> str:
    birth = datetime(1970, 1, 1) + timedelta(days=rng.randint(0, 12500))
    body = rng.choice(ID_REGIONS) + birth.strftime("%Y%m%d") + f"{rng.randint(1, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]
    full = body + check
    r = rng.random()
    if r < 0.5:
        return full
    if r < 0.8:
        return full[:4] + "*" * 10 + full[14:]
    return full[:1] + "*" * 16 + full[17:]


def bank_card(rng: random.Random) -> str:
    n = rng.choice([16, 19])
    body = rng.choice(BANK_BINS) + "".join(rng.choice("0123456789") for _ in range(n - 7))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    full = body + str((10 - total % 10) % 10)
    r = rng.random()
    if r < 0.4:
        return " ".join(full[i : i + 4] for i in range(0, n, 4))
    if r < 0.6:
        return full
    return f"{full[:4]} **** **** {full[-4:]}"


def user_id(rng: random.Random) -> str:
    return str(rng.randint(10**8, 10**10 - 1))


def public_ip(rng: random.Random) -> str:
    first = rng.choice([36, 58, 101, 112, 117, 120, 183, 222, 223])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def lan_ip(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"192.168.{rng.choice([0, 1, 3, 31])}.{rng.randint(2, 250)}"
    return f"10.{rng.randint(0, 60)}.{rng.randint(0, 254)}.{rng.randint(2, 250)}"


def order_id(rng: random.Random, when: datetime) -> str:
    tail = "".join(rng.choice("0123456789") for _ in range(rng.choice([6, 8])))
    return when.strftime("%Y%m%d%H%M") + tail


# --------------------------------------------------------------------------- canvas

RGB = tuple[int, int, int]
Rect = tuple[int, int, int, int]


def _intersects(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class Screen:
    """One screenshot being drawn, plus the ground truth of what ends up visible."""

    def __init__(self, rng: random.Random, width: int, theme: Theme, family: str, platform: str):
        self.rng = rng
        self.W = width
        self.H = round(width * rng.uniform(2.14, 2.2))
        self.s = width / rng.choice([360, 375, 390, 393, 412])
        self.theme = theme
        self.family = family
        self.platform = platform  # "ios" | "android"
        self.commas = rng.random() < 0.5  # thousands separators, one style per screen
        self.img = Image.new("RGB", (self.W, self.H), theme.bg)
        self.d = ImageDraw.Draw(self.img)
        self.reserved: list[Rect] = []  # areas an overlay will cover: nothing is drawn there
        self.fields: dict[str, Any] = {
            "balance": None,
            "error_message": None,
            "cause": None,
            "product": None,
            "cost": None,
            "timestamps": [],
            "deductions": [],
        }
        self.sensitive: list[dict[str, Any]] = []
        self.top = 0
        self.bottom = self.H

    # ---- units and text
    def p(self, v: float) -> int:
        return round(v * self.s)

    def font(self, pt: float, bold: bool = False) -> tuple[ImageFont.FreeTypeFont, int]:
        return load_font(self.family, max(9, round(pt * self.s)), bold)

    def tw(self, s: str, pt: float, bold: bool = False) -> int:
        f, sw = self.font(pt, bold)
        return math.ceil(f.getlength(s)) + 2 * sw

    def th(self, pt: float, bold: bool = False) -> int:
        f, sw = self.font(pt, bold)
        _, t, _, b = f.getbbox("云贝Ag8")
        return b - t + 2 * sw

    def bbox(self, xy: tuple[float, float], s: str, pt: float, bold: bool, anchor: str) -> Rect:
        f, sw = self.font(pt, bold)
        return self.d.textbbox(xy, s, font=f, anchor=anchor, stroke_width=sw)

    def text(
        self,
        xy: tuple[float, float],
        s: str,
        pt: float,
        color: RGB,
        *,
        bold: bool = False,
        anchor: str = "la",
        private: bool = False,
    ) -> Rect | None:
        """Draw text; return its tight box, or None when an overlay will cover part of it.

        Text an overlay will cover is still drawn (the overlay hides it for real), except
        private values, which are left out so that no half-hidden private data is unmarked.
        """
        box = self.bbox(xy, s, pt, bold, anchor)
        padded = (box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2)
        covered = any(_intersects(padded, r) for r in self.reserved)
        if covered and private:
            return None
        f, sw = self.font(pt, bold)
        self.d.text(xy, s, font=f, fill=color, anchor=anchor, stroke_width=sw, stroke_fill=color)
        return None if covered else box

    def fit(self, s: str, pt: float, maxw: int, bold: bool = False) -> float:
        while pt > 9 and self.tw(s, pt, bold) > maxw:
            pt -= 0.5
        return pt

    def wrap(self, s: str, pt: float, maxw: int, bold: bool = False) -> list[str]:
        tokens = re.findall(r"[A-Za-z0-9_.@%+\-/,:]+|.", s)
        lines: list[str] = []
        cur = ""
        for t in tokens:
            if not cur or self.tw(cur + t, pt, bold) <= maxw or t in "，。！？、；：）":
                cur += t
            else:
                lines.append(cur)
                cur = t
        if cur:
            lines.append(cur)
        return lines

    # ---- truth recording
    def secret(self, kind: str, value: str, box: Rect | None) -> None:
        if box is not None:
            x0, y0, x1, y1 = box
            self.sensitive.append({"type": kind, "text": value, "box": [x0, y0, x1 - x0, y1 - y0]})

    def field(self, name: str, value: Any, *boxes: Rect | None) -> None:
        if all(b is not None for b in boxes):
            self.fields[name] = value

    def stamp(
        self,
        xy: tuple[float, float],
        when: datetime,
        style: str,
        pt: float,
        color: RGB,
        anchor: str = "la",
        prefix: str = "",
    ) -> tuple[Rect | None, str]:
        shown, iso = fmt_dt(when, style)
        box = self.text(xy, prefix + shown, pt, color, anchor=anchor)
        if box is not None and iso not in self.fields["timestamps"]:
            self.fields["timestamps"].append(iso)
        return box, iso

    # ---- shapes
    def rrect(
        self, box: Rect, r: float, fill: RGB | None, outline: RGB | None = None, width: int = 1
    ) -> None:
        self.d.rounded_rectangle(box, radius=self.p(r), fill=fill, outline=outline, width=width)

    def hline(self, x0: int, x1: int, y: int, color: RGB | None = None) -> None:
        self.d.line((x0, y, x1, y), fill=color or self.theme.divider, width=max(1, self.p(0.5)))

    def chevron(self, x: int, cy: int, size: float, color: RGB, left: bool = False) -> None:
        h = self.p(size)
        w = h // 2
        pts = (
            [(x + w, cy - h // 2), (x, cy), (x + w, cy + h // 2)]
            if left
            else [(x, cy - h // 2), (x + w, cy), (x, cy + h // 2)]
        )
        self.d.line(pts, fill=color, width=max(2, self.p(1.8)), joint="curve")

    def gradient(self, box: Rect, c0: RGB, c1: RGB) -> None:
        x0, y0, x1, y1 = box
        n = max(1, y1 - y0)
        for i in range(n):
            t = i / n
            col = tuple(round(a + (b - a) * t) for a, b in zip(c0, c1, strict=True))
            self.d.line((x0, y0 + i, x1 - 1, y0 + i), fill=col)

    def toggle(self, right: int, cy: int, on: bool) -> None:
        w, h = self.p(50), self.p(30)
        fill = (52, 199, 89) if on else self.theme.faint
        self.d.rounded_rectangle(
            (right - w, cy - h // 2, right, cy + h // 2), radius=h // 2, fill=fill
        )
        r = h // 2 - self.p(2)
        kx = right - h // 2 if on else right - w + h // 2
        self.d.ellipse((kx - r, cy - r, kx + r, cy + r), fill=(255, 255, 255))

    def avatar(self, cx: int, cy: int, r: int) -> None:
        rng = self.rng
        col = rng.choice([(255, 179, 102), (120, 170, 230), (160, 210, 150), (230, 140, 170)])
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=col)
        hr = r * 0.38
        self.d.ellipse((cx - hr, cy - r * 0.55, cx + hr, cy + r * 0.2), fill=(255, 255, 255))
        self.d.chord(
            (cx - r * 0.7, cy + r * 0.25, cx + r * 0.7, cy + r * 1.3),
            180,
            360,
            fill=(255, 255, 255),
        )

    def vinyl(self, cx: int, cy: int, r: int, label: RGB) -> None:
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(20, 20, 22))
        for k in range(3, 10):
            rr = r * k / 10
            self.d.ellipse(
                (cx - rr, cy - rr, cx + rr, cy + rr),
                outline=(48, 48, 52),
                width=max(1, self.p(0.6)),
            )
        lr = r * 0.32
        self.d.ellipse((cx - lr, cy - lr, cx + lr, cy + lr), fill=label)
        hr = r * 0.05
        self.d.ellipse((cx - hr, cy - hr, cx + hr, cy + hr), fill=(20, 20, 22))

    def coin(self, cx: int, cy: int, r: int) -> None:
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(246, 190, 60))
        ir = r * 0.68
        self.d.ellipse(
            (cx - ir, cy - ir, cx + ir, cy + ir), outline=(255, 226, 140), width=max(1, r // 7)
        )

    def dim(self, alpha: float) -> None:
        self.img = Image.blend(self.img, Image.new("RGB", self.img.size, (0, 0, 0)), alpha)
        self.d = ImageDraw.Draw(self.img)

    def translucent_rrect(self, box: Rect, r: float, color: RGB, alpha: int) -> None:
        mask = Image.new("L", self.img.size, 0)
        ImageDraw.Draw(mask).rounded_rectangle(box, radius=self.p(r), fill=alpha)
        self.img.paste(color, (0, 0, *self.img.size), mask)
        self.d = ImageDraw.Draw(self.img)


# --------------------------------------------------------------------------- chrome


def status_bar(c: Screen, now: datetime) -> int:
    t = c.theme
    color = t.text
    if c.platform == "ios":
        h = c.p(50)
        cy = c.p(27)
        c.text((c.p(52), cy), f"{now.hour}:{now.minute:02d}", 15, color, bold=True, anchor="mm")
        x = c.W - c.p(22)
        bw, bh = c.p(25), c.p(12)
        c.d.rounded_rectangle(
            (x - bw, cy - bh // 2, x, cy + bh // 2),
            radius=c.p(3.5),
            outline=t.sub,
            width=max(1, c.p(1)),
        )
        lvl = c.rng.uniform(0.3, 0.95)
        c.d.rounded_rectangle(
            (
                x - bw + c.p(2),
                cy - bh // 2 + c.p(2),
                x - bw + c.p(2) + round((bw - c.p(4)) * lvl),
                cy + bh // 2 - c.p(2),
            ),
            radius=c.p(2),
            fill=color,
        )
        wifi_icon(c, x - bw - c.p(16), cy + c.p(5), c.p(9), color)
        signal_icon(c, x - bw - c.p(52), cy + c.p(6), color)
    else:
        h = c.p(30)
        cy = c.p(15)
        c.text((c.p(16), cy), f"{now:%H:%M}", 12.5, color, anchor="lm")
        x = c.W - c.p(14)
        bw, bh = c.p(9), c.p(15)
        c.d.rectangle((x - bw, cy - bh // 2, x, cy + bh // 2), fill=color)
        wifi_icon(c, x - bw - c.p(14), cy + c.p(5), c.p(8), color)
        signal_icon(c, x - bw - c.p(44), cy + c.p(6), color)
    return h


def wifi_icon(c: Screen, cx: int, base: int, r: int, color: RGB) -> None:
    for k, frac in enumerate((1.0, 0.66, 0.33)):
        rr = r * frac * 1.6
        box = (cx - rr, base - rr, cx + rr, base + rr)
        if k == 2:
            c.d.pieslice(box, 225, 315, fill=color)
        else:
            c.d.arc(box, 225, 315, fill=color, width=max(2, c.p(1.6)))


def signal_icon(c: Screen, x: int, base: int, color: RGB) -> None:
    bw = c.p(3)
    for i in range(4):
        h = c.p(4 + 2.5 * i)
        c.d.rectangle(
            (x + i * (bw + c.p(1.5)), base - h, x + i * (bw + c.p(1.5)) + bw, base), fill=color
        )


def nav_bar(
    c: Screen,
    y: int,
    title: str,
    right: str | None = None,
    bg: RGB | None = None,
    fg: RGB | None = None,
) -> int:
    fg = fg or c.theme.text
    h = c.p(44) if c.platform == "ios" else c.p(56)
    if bg is not None:
        c.d.rectangle((0, y, c.W, y + h), fill=bg)
    cy = y + h // 2
    c.chevron(c.p(16), cy, 18, fg, left=True)
    if c.platform == "ios":
        c.text((c.W // 2, cy), title, 17, fg, bold=True, anchor="mm")
    else:
        c.text((c.p(52), cy), title, 19, fg, bold=c.rng.random() < 0.5, anchor="lm")
    if right:
        c.text((c.W - c.p(16), cy), right, 15, fg, anchor="rm")
    return y + h


def home_area(c: Screen) -> int:
    """Draw the bottom system area; return the y where content must stop."""
    if c.platform == "ios":
        w, h = c.p(134), c.p(5)
        col = (230, 230, 230) if c.theme.dark else (20, 20, 20)
        c.d.rounded_rectangle(
            (c.W // 2 - w // 2, c.H - c.p(13), c.W // 2 + w // 2, c.H - c.p(13) + h),
            radius=h // 2,
            fill=col,
        )
        return c.H - c.p(34)
    if c.rng.random() < 0.5:  # three-button navigation
        h = c.p(48)
        col = c.theme.sub
        cy = c.H - h // 2
        c.d.rectangle((0, c.H - h, c.W, c.H), fill=c.theme.surface if c.theme.dark else c.theme.bg)
        r = c.p(8)
        for i, x in enumerate((c.W * 0.25, c.W * 0.5, c.W * 0.75)):
            if i == 0:
                c.d.polygon(
                    [(x + r * 0.8, cy - r), (x + r * 0.8, cy + r), (x - r, cy)],
                    outline=col,
                    width=max(1, c.p(1.5)),
                )
            elif i == 1:
                c.d.ellipse((x - r, cy - r, x + r, cy + r), outline=col, width=max(1, c.p(1.5)))
            else:
                c.d.rectangle(
                    (x - r * 0.85, cy - r * 0.85, x + r * 0.85, cy + r * 0.85),
                    outline=col,
                    width=max(1, c.p(1.5)),
                )
        return c.H - h
    w, h = c.p(110), c.p(4)
    c.d.rounded_rectangle(
        (c.W // 2 - w // 2, c.H - c.p(12), c.W // 2 + w // 2, c.H - c.p(12) + h),
        radius=h // 2,
        fill=c.theme.sub,
    )
    return c.H - c.p(24)


# --------------------------------------------------------------------------- scene


def new_scene(rng: random.Random) -> dict[str, Any]:
    now = datetime(2026, 1, 1) + timedelta(days=rng.randint(0, 330), minutes=rng.randint(0, 1439))
    name, prices, physical = rng.choice(PRODUCTS)
    return {
        "now": now,
        "product": name,
        "price": rng.choice(prices),
        "physical": physical,
        "balance": rng.choice(
            [
                rng.randint(0, 99),
                rng.randint(100, 999),
                rng.randint(1000, 9999),
                rng.randint(10000, 28000),
            ]
        ),
        "date_style": rng.choice(DATE_STYLES),
    }


def price_line(c: Screen, x: int, y: int, price: int, variant: int) -> int:
    """Draw the item price in one of three wordings; return the next y."""
    t = c.theme
    rng = c.rng
    if variant == 0:  # "300云贝", big number with a small unit on the same baseline
        base = y + c.th(26, True)
        b1 = c.text((x, base), str(price), 26, t.accent, bold=True, anchor="ls")
        b2 = None
        if b1:
            b2 = c.text((b1[2] + c.p(3), base), "云贝", 14, t.accent, anchor="ls")
            c.field("cost", price, b1, b2)
        nxt = base + c.p(10)
        if rng.random() < 0.5 and b2:
            orig = f"原价¥{rng.choice([12, 15, 18, 30, 45, 88])}"
            ob = c.text((b2[2] + c.p(10), base), orig, 12, t.sub, anchor="ls")
            if ob:
                c.d.line(
                    (ob[0], (ob[1] + ob[3]) // 2, ob[2], (ob[1] + ob[3]) // 2),
                    fill=t.sub,
                    width=max(1, c.p(1)),
                )
        return nxt
    if variant == 1:  # "所需云贝 1,280"
        cy = y + c.p(16)
        b1 = c.text((x, cy), "所需云贝", 14, t.sub, anchor="lm")
        if b1:
            b2 = c.text(
                (b1[2] + c.p(10), cy),
                fmt_int(price, c.commas),
                20,
                t.accent,
                bold=True,
                anchor="lm",
            )
            c.field("cost", price, b2)
        return cy + c.p(22)
    base = y + c.th(22, True)  # "1280 云贝"
    b = c.text((x, base), f"{price} 云贝", 22, t.accent, bold=True, anchor="ls")
    c.field("cost", price, b)
    return base + c.p(10)


def card_box(c: Screen, y0: int, y1: int, inset: float = 12) -> None:
    c.rrect((c.p(inset), y0, c.W - c.p(inset), y1), 12, c.theme.surface)


# --------------------------------------------------------------------------- redeem pages


def page_redeem(c: Screen, sc: dict[str, Any], layout: str) -> str:
    t = c.theme
    rng = c.rng
    y = status_bar(c, sc["now"])
    title = rng.choice(["商品详情", "兑换详情", "云贝兑换", "云贝商城"])
    y = nav_bar(c, y, title, right=rng.choice([None, "规则", "兑换记录"]))
    limit = home_area(c)
    # bottom action bar
    bar_h = c.p(64)
    bar_top = limit - bar_h
    show_balance = rng.random() < 0.6
    btn_text = rng.choice(["立即兑换", "兑换", "确认兑换", "马上兑换"])
    c.d.rectangle((0, bar_top, c.W, limit), fill=t.surface)
    c.hline(0, c.W, bar_top)
    bx1 = c.W - c.p(16)
    bw = c.p(128 if show_balance else 0) or (c.W - c.p(32))
    c.rrect((bx1 - bw, bar_top + c.p(10), bx1, limit - c.p(10)), 22, t.accent)
    c.text(
        (bx1 - bw // 2, (bar_top + limit) // 2),
        btn_text,
        16,
        (255, 255, 255),
        bold=True,
        anchor="mm",
    )
    if show_balance:
        label = rng.choice(["可用云贝", "我的云贝：", "云贝余额", "当前云贝"])
        cy = (bar_top + limit) // 2
        b1 = c.text((c.p(16), cy), label, 14, t.sub, anchor="lm")
        if b1:
            b2 = c.text(
                (b1[2] + c.p(6), cy),
                fmt_int(sc["balance"], c.commas),
                17,
                t.text,
                bold=True,
                anchor="lm",
            )
            c.field("balance", sc["balance"], b2)
    limit = bar_top - c.p(8)

    if layout == "card":
        bh = c.p(rng.randint(190, 240))
        c0 = rng.choice([(255, 120, 110), (70, 60, 120), (240, 170, 90), (60, 130, 200)])
        c1 = tuple(max(0, v - 70) for v in c0)
        c.gradient((0, y, c.W, y + bh), c0, c1)  # type: ignore[arg-type]
        c.vinyl(c.W // 2, y + bh // 2, round(bh * 0.36), t.accent)
        y += bh + c.p(10)
        top = y
        x = c.p(28)
        inner = c.W - 2 * c.p(28)
        lines = c.wrap(sc["product"], 20, inner, True)
        card_h = c.p(16) + len(lines) * c.p(30) + c.p(58)
        card_box(c, top, top + card_h)
        yy = top + c.p(16)
        boxes = []
        for ln in lines:
            boxes.append(c.text((x, yy), ln, 20, t.text, bold=True))
            yy += c.p(30)
        c.field("product", sc["product"], *boxes)
        price_line(c, x, yy, sc["price"], rng.randrange(3))
        if rng.random() < 0.6:
            c.text(
                (c.W - c.p(28), top + card_h - c.p(22)),
                rng.choice(["已兑2.3万件", "剩余库存 128", "限量500份", "已兑9,812件"]),
                12,
                t.sub,
                anchor="rm",
            )
        y = top + card_h + c.p(10)
    else:  # "plain" (label beside value) or "stack" (label above value)
        th = c.p(84)
        c.d.rectangle((0, y, c.W, y + th + c.p(24)), fill=t.surface)
        ix = c.p(16)
        col = rng.choice([(255, 150, 120), (110, 150, 220), (150, 200, 140)])
        c.rrect((ix, y + c.p(12), ix + th, y + c.p(12) + th), 8, col)
        c.vinyl(ix + th // 2, y + c.p(12) + th // 2, round(th * 0.34), t.accent)
        tx = ix + th + c.p(14)
        lines = c.wrap(sc["product"], 17, c.W - tx - c.p(16), True)
        yy = y + c.p(16)
        boxes = [
            c.text((tx, yy + i * c.p(24)), ln, 17, t.text, bold=True) for i, ln in enumerate(lines)
        ]
        c.field("product", sc["product"], *boxes)
        if layout == "stack":
            price_line(c, tx, yy + len(lines) * c.p(24) + c.p(2), sc["price"], rng.choice([0, 2]))
        else:
            sub = "实物商品 · 包邮" if sc["physical"] else "虚拟权益 · 兑换后立即生效"
            c.text((tx, yy + len(lines) * c.p(24) + c.p(6)), sub, 12.5, t.sub)
        y += th + c.p(24)
        if layout == "plain":
            rows = [
                ("所需云贝", fmt_int(sc["price"], c.commas) + rng.choice(["", " 云贝", "云贝"]))
            ]
            rows.append(("商品类型", "实物商品" if sc["physical"] else "虚拟权益"))
            rows.append(("兑换限制", rng.choice(["每人限兑1次", "每月限兑2次", "不限"])))
            y += c.p(10)
            for label, value in rows:
                h = c.p(50)
                c.d.rectangle((0, y, c.W, y + h), fill=t.surface)
                c.text((c.p(16), y + h // 2), label, 15, t.text, anchor="lm")
                vb = c.text((c.W - c.p(16), y + h // 2), value, 15, t.sub, anchor="rm")
                if label == "所需云贝":
                    c.field("cost", sc["price"], vb)
                c.hline(c.p(16), c.W, y + h - 1)
                y += h
        y += c.p(10)

    # activity period
    start = sc["now"].replace(day=1, hour=0, minute=0) - timedelta(days=rng.choice([0, 0, 10]))
    end = start + timedelta(days=rng.choice([14, 29, 30, 45]), hours=23, minutes=59)
    style = sc["date_style"]
    s_text, _ = fmt_dt(start, style)
    e_text, _ = fmt_dt(end, style)
    head = rng.choice(["活动时间", "兑换时间", "活动有效期", "兑换期限"])
    one_line = f"{s_text} 至 {e_text}"
    inner = c.W - 2 * c.p(28)
    fits = c.tw(one_line, 14) <= inner and layout != "stack"
    block_h = c.p(44) + (c.p(24) if fits else c.p(50))
    if y + block_h < limit:
        if layout == "card":
            card_box(c, y, y + block_h)
        else:
            c.d.rectangle((0, y, c.W, y + block_h), fill=t.surface)
        x = c.p(28) if layout == "card" else c.p(16)
        c.text((x, y + c.p(14)), head, 16, t.text, bold=True)
        ly = y + c.p(44)
        if fits:
            b1 = c.text((x, ly), s_text, 14, t.sub)
            if b1:
                b2 = c.text((b1[2], ly), " 至 ", 14, t.sub)
                if b2:
                    c.stamp((b2[2], ly), end, style, 14, t.sub)
                    c.fields["timestamps"].insert(0, fmt_dt(start, style)[1])
        else:
            c.stamp((x, ly), start, style, 14, t.sub, prefix="开始：")
            c.stamp((x, ly + c.p(25)), end, style, 14, t.sub, prefix="结束：")
        y += block_h + c.p(10)

    # shipping address for physical goods: real name + phone
    if sc["physical"] and rng.random() < 0.7 and y + c.p(96) < limit:
        h = c.p(96)
        if layout == "card":
            card_box(c, y, y + h)
        else:
            c.d.rectangle((0, y, c.W, y + h), fill=t.surface)
        x = c.p(28) if layout == "card" else c.p(16)
        c.text((x, y + c.p(14)), "收货信息", 16, t.text, bold=True)
        nm, ph = real_name(rng), phone_number(rng)
        ny = y + c.p(44)
        nb = c.text((x, ny), nm, 15, t.text, private=True)
        c.secret("real_name", nm, nb)
        if nb:
            pb = c.text((nb[2] + c.p(14), ny), ph, 15, t.text, private=True)
            c.secret("phone", ph, pb)
        c.text(
            (x, ny + c.p(24)),
            rng.choice(
                ["浙江省杭州市西湖区文三路", "广东省深圳市南山区科技园", "北京市海淀区中关村大街"]
            ),
            13,
            t.sub,
        )
        y += h + c.p(10)

    # rules
    pool = [r for r in RULES if ("实物" not in r or sc["physical"])]
    pool = [r for r in pool if ("虚拟" not in r or not sc["physical"])]
    rules = rng.sample(pool, rng.randint(3, 5))
    x = c.p(28) if layout == "card" else c.p(16)
    inner = c.W - 2 * x
    wrapped = [c.wrap(f"{i + 1}. {r}", 14, inner) for i, r in enumerate(rules)]
    need = c.p(48) + sum(len(w) for w in wrapped) * c.p(22) + c.p(12)
    while wrapped and y + need > limit:
        wrapped.pop()
        need = c.p(48) + sum(len(w) for w in wrapped) * c.p(22) + c.p(12)
    if wrapped:
        if layout == "card":
            card_box(c, y, y + need)
        else:
            c.d.rectangle((0, y, c.W, y + need), fill=t.surface)
        c.text(
            (x, y + c.p(14)),
            rng.choice(["兑换规则", "兑换说明", "活动规则"]),
            16,
            t.text,
            bold=True,
        )
        yy = y + c.p(48)
        for w in wrapped:
            for ln in w:
                c.text((x, yy), ln, 14, t.sub)
                yy += c.p(22)
    return layout


# --------------------------------------------------------------------------- failure


def failure(c: Screen, sc: dict[str, Any], style: str) -> str:
    rng = c.rng
    t = c.theme
    cause = rng.choice(list(CAUSE_MESSAGES))
    msg = rng.choice(CAUSE_MESSAGES[cause])
    if style == "order":
        return failure_order_page(c, sc, cause, msg)
    under = rng.choice(["card", "plain", "stack"])
    icon = False
    # geometry of the overlay first, so the page beneath leaves that area empty
    if style == "dialog_ios":
        w = c.p(280)
        x0 = (c.W - w) // 2
        title = rng.choice(["兑换失败", "提示", "温馨提示", "兑换未成功", None])
        lines = c.wrap(msg, 14, w - c.p(32))
        buttons = rng.choice([["确定"], ["我知道了"], ["取消", "重试"], ["联系客服", "好的"]])
        h = c.p(20) + (c.p(28) if title else 0) + len(lines) * c.p(21) + c.p(20) + c.p(46)
        y0 = (c.H - h) // 2 - c.p(rng.randint(0, 40))
        box = (x0, y0, x0 + w, y0 + h)
    elif style == "dialog_md":
        w = c.p(310)
        x0 = (c.W - w) // 2
        title = rng.choice(["兑换失败", "提示", None])
        lines = c.wrap(msg, 15.5, w - c.p(48))
        buttons = rng.choice([["确定"], ["取消", "重试"], ["知道了"]])
        h = c.p(24) + (c.p(40) if title else 0) + len(lines) * c.p(24) + c.p(8) + c.p(52)
        y0 = (c.H - h) // 2
        box = (x0, y0, x0 + w, y0 + h)
    elif style == "toast":
        maxw = c.p(250)
        lines = c.wrap(msg, 15, maxw)
        w = max(c.tw(ln, 15) for ln in lines) + c.p(40)
        icon = rng.random() < 0.4
        h = len(lines) * c.p(23) + c.p(28) + (c.p(40) if icon else 0)
        y0 = round(c.H * rng.choice([0.45, 0.5, 0.72])) - h // 2
        x0 = (c.W - w) // 2
        box = (x0, y0, x0 + w, y0 + h)
        title, buttons = None, []
    else:  # bottom sheet
        lines = c.wrap(msg, 15, c.W - c.p(64))
        title = rng.choice(["兑换失败", "兑换未完成"])
        buttons = ["我知道了"]
        h = c.p(150) + len(lines) * c.p(23) + c.p(120)
        box = (0, c.H - h, c.W, c.H)
    c.reserved.append(box)
    page_redeem(c, sc, under)
    c.reserved.clear()

    x0, y0, x1, y1 = box
    white = t.surface if not t.dark else (44, 44, 48)
    msg_boxes: list[Rect | None] = []
    if style == "dialog_ios":
        c.dim(rng.uniform(0.35, 0.55))
        c.rrect(box, 14, white)
        yy = y0 + c.p(20)
        if title:
            c.text(((x0 + x1) // 2, yy), title, 17, t.text, bold=True, anchor="mt")
            yy += c.p(28)
        for ln in lines:
            msg_boxes.append(c.text(((x0 + x1) // 2, yy), ln, 14, t.text, anchor="mt"))
            yy += c.p(21)
        by = y1 - c.p(46)
        c.hline(x0, x1, by)
        n = len(buttons)
        for i, b in enumerate(buttons):
            cx = x0 + (x1 - x0) * (2 * i + 1) // (2 * n)
            c.text((cx, by + c.p(23)), b, 17, (10, 132, 255), bold=(i == n - 1), anchor="mm")
            if i:
                c.d.line(
                    (x0 + (x1 - x0) * i // n, by, x0 + (x1 - x0) * i // n, y1),
                    fill=t.divider,
                    width=max(1, c.p(0.5)),
                )
    elif style == "dialog_md":
        c.dim(rng.uniform(0.4, 0.6))
        c.rrect(box, 8 if rng.random() < 0.5 else 18, white)
        yy = y0 + c.p(24)
        if title:
            c.text((x0 + c.p(24), yy), title, 20, t.text, bold=True)
            yy += c.p(40)
        for ln in lines:
            msg_boxes.append(c.text((x0 + c.p(24), yy), ln, 15.5, t.sub))
            yy += c.p(24)
        bx = x1 - c.p(24)
        for b in reversed(buttons):
            bb = c.text((bx, y1 - c.p(28)), b, 15, t.accent, bold=True, anchor="rm")
            bx = (bb[0] if bb else bx) - c.p(28)
    elif style == "toast":
        col = (40, 40, 40) if not t.dark else (70, 70, 74)
        c.translucent_rrect(box, 10, col, rng.choice([232, 245, 255]))
        yy = y0 + c.p(14)
        if icon:
            r = c.p(14)
            cx = (x0 + x1) // 2
            c.d.ellipse(
                (cx - r, yy, cx + r, yy + 2 * r), outline=(255, 255, 255), width=max(2, c.p(2))
            )
            c.d.line(
                (cx, yy + r * 0.45, cx, yy + r * 1.2), fill=(255, 255, 255), width=max(2, c.p(2.4))
            )
            c.d.ellipse(
                (cx - c.p(1.5), yy + r * 1.45, cx + c.p(1.5), yy + r * 1.45 + c.p(3)),
                fill=(255, 255, 255),
            )
            yy += c.p(40)
        for ln in lines:
            msg_boxes.append(c.text(((x0 + x1) // 2, yy), ln, 15, (255, 255, 255), anchor="mt"))
            yy += c.p(23)
    else:
        c.dim(rng.uniform(0.4, 0.6))
        c.d.rounded_rectangle((x0, y0, x1, y1 + c.p(20)), radius=c.p(18), fill=white)
        cx = c.W // 2
        r = c.p(26)
        c.d.ellipse((cx - r, y0 + c.p(28), cx + r, y0 + c.p(28) + 2 * r), fill=t.accent)
        k = r * 0.4
        yc = y0 + c.p(28) + r
        c.d.line((cx - k, yc - k, cx + k, yc + k), fill=(255, 255, 255), width=max(2, c.p(3)))
        c.d.line((cx - k, yc + k, cx + k, yc - k), fill=(255, 255, 255), width=max(2, c.p(3)))
        c.text((cx, y0 + c.p(98)), title, 19, t.text, bold=True, anchor="mt")
        yy = y0 + c.p(136)
        for ln in lines:
            msg_boxes.append(c.text((cx, yy), ln, 15, t.sub, anchor="mt"))
            yy += c.p(23)
        by = yy + c.p(24)
        c.rrect((c.p(24), by, c.W - c.p(24), by + c.p(46)), 23, t.accent)
        c.text((cx, by + c.p(23)), buttons[0], 16, (255, 255, 255), bold=True, anchor="mm")
        home_area(c)
    c.field("error_message", msg, *msg_boxes)
    c.field("cause", cause, *msg_boxes)
    return f"{style}/{under}"


def failure_order_page(c: Screen, sc: dict[str, Any], cause: str, msg: str) -> str:
    rng = c.rng
    t = c.theme
    y = status_bar(c, sc["now"])
    y = nav_bar(c, y, rng.choice(["订单详情", "兑换详情", "兑换结果"]), right="客服")
    limit = home_area(c)
    layout = rng.choice(["card", "plain"])
    # status header
    hh = c.p(128)
    if layout == "card":
        card_box(c, y + c.p(10), y + c.p(10) + hh)
    else:
        c.d.rectangle((0, y, c.W, y + hh + c.p(10)), fill=t.surface)
    cx = c.W // 2
    r = c.p(22)
    top = y + c.p(30)
    c.d.ellipse((cx - r, top, cx + r, top + 2 * r), fill=t.accent)
    k = r * 0.42
    c.d.line((cx - k, top + r - k, cx + k, top + r + k), fill=(255, 255, 255), width=c.p(3))
    c.d.line((cx - k, top + r + k, cx + k, top + r - k), fill=(255, 255, 255), width=c.p(3))
    c.text((cx, top + 2 * r + c.p(12)), "兑换失败", 20, t.text, bold=True, anchor="mt")
    y = y + c.p(10) + hh + c.p(12)
    # reason block
    prefix = rng.choice(["失败原因：", "原因：", ""])
    x = c.p(28) if layout == "card" else c.p(16)
    inner = c.W - 2 * x
    pw = c.tw(prefix, 15) if prefix else 0
    lines = c.wrap(msg, 15, inner - pw)
    rh = c.p(28) + len(lines) * c.p(24)
    if layout == "card":
        card_box(c, y, y + rh)
    else:
        c.d.rectangle((0, y, c.W, y + rh), fill=t.surface)
    yy = y + c.p(14)
    boxes = []
    if prefix:
        c.text((x, yy), prefix, 15, t.sub)
    for ln in lines:
        boxes.append(c.text((x + pw, yy), ln, 15, t.text))
        yy += c.p(24)
    c.field("error_message", msg, *boxes)
    c.field("cause", cause, *boxes)
    y += rh + c.p(12)
    # detail rows, label beside value
    oid = order_id(rng, sc["now"])
    style = sc["date_style"]
    rows: list[tuple[str, str, str | None]] = [
        ("商品名称", sc["product"], "product"),
        (
            rng.choice(["消耗云贝", "所需云贝", "兑换价格"]),
            rng.choice(["{}", "{}云贝", "{} 云贝"]).format(fmt_int(sc["price"], c.commas)),
            "cost",
        ),
        ("订单编号", oid, "order_id"),
        ("下单时间", fmt_dt(sc["now"], style)[0], "time"),
        ("云贝退回", rng.choice(["处理中", "预计24小时内退回", "未退回"]), None),
    ]
    if rng.random() < 0.4:
        rows.insert(3, ("绑定手机", phone_number(rng), "phone"))
    rh = c.p(48)
    total = rh * len(rows) + c.p(8)
    if layout == "card":
        card_box(c, y, y + total)
    else:
        c.d.rectangle((0, y, c.W, y + total), fill=t.surface)
    yy = y + c.p(4)
    for label, value, role in rows:
        if yy + rh > limit:
            break
        cy = yy + rh // 2
        lb = c.text((x, cy), label, 14.5, t.sub, anchor="lm")
        pt = c.fit(value, 14.5, c.W - 2 * x - (lb[2] - lb[0] if lb else 0) - c.p(20))
        vb = c.text((c.W - x, cy), value, pt, t.text, anchor="rm")
        if role == "product":
            c.field("product", sc["product"], vb)
        elif role == "cost":
            c.field("cost", sc["price"], vb)
        elif role == "order_id":
            c.secret("order_id", value, vb)
        elif role == "phone":
            c.secret("phone", value, vb)
        elif role == "time" and vb:
            c.fields["timestamps"].append(fmt_dt(sc["now"], style)[1])
        yy += rh
    y = y + total + c.p(16)
    if y + c.p(48) < limit:
        half = (c.W - c.p(48)) // 2
        c.rrect((c.p(16), y, c.p(16) + half, y + c.p(44)), 22, None, t.sub, max(1, c.p(1)))
        c.text((c.p(16) + half // 2, y + c.p(22)), "联系客服", 15, t.text, anchor="mm")
        c.rrect((c.W - c.p(16) - half, y, c.W - c.p(16), y + c.p(44)), 22, t.accent)
        c.text(
            (c.W - c.p(16) - half // 2, y + c.p(22)), "重新兑换", 15, (255, 255, 255), anchor="mm"
        )
    return f"order/{layout}"


# --------------------------------------------------------------------------- balance


def record_rows(
    c: Screen,
    sc: dict[str, Any],
    y: int,
    limit: int,
    n_max: int,
    x0: int,
    x1: int,
    with_orders: bool,
    bg: RGB | None,
) -> int:
    """Draw 云贝明细 rows (label, time, signed amount) until the space ends; return y."""
    rng = c.rng
    t = c.theme
    when = sc["now"]
    style = sc["date_style"] if rng.random() < 0.7 else rng.choice(DATE_STYLES)
    variant = rng.choice(["time_below", "time_right"])
    unit = rng.choice(["", "", "", " 云贝"])
    drawn = 0
    first = True
    while drawn < n_max:
        if first and rng.random() < 0.8:
            spend = True
            amount = -sc["price"]
            label = rng.choice(SPEND_LABELS[:3]).format(p=sc["product"])
        else:
            spend = rng.random() < 0.45
            if spend:
                pname = rng.choice(PRODUCTS)
                amount = -rng.choice(pname[1])
                label = rng.choice(SPEND_LABELS).format(p=pname[0])
            else:
                label = rng.choice(INCOME_LABELS)
                amount = (
                    rng.choice([5, 10, 20, 30, 50])
                    if "退回" not in label
                    else rng.choice([300, 450, 880, 1280])
                )
        first = False
        show_order = with_orders and spend and rng.random() < 0.6
        h = c.p(72 if variant == "time_below" else 64) + (c.p(22) if show_order else 0)
        if y + h > limit:
            break
        if bg is not None:
            c.d.rectangle((x0, y, x1, y + h), fill=bg)
        pad = c.p(16)
        sign = "-" if amount < 0 else "+"
        mag = abs(amount)
        amount_text = sign + fmt_int(mag, c.commas) + unit
        color = t.text if amount < 0 else t.plus
        right_w = c.tw(amount_text, 17, True)
        if variant == "time_right":
            right_w = max(right_w, c.tw(fmt_dt(when, style)[0], 11.5))
        lmax = x1 - x0 - 2 * pad - right_w - c.p(16)
        lpt = c.fit(label, 15.5, lmax)
        if variant == "time_below":
            lb = c.text((x0 + pad, y + c.p(14)), label, lpt, t.text)
            tb, iso = c.stamp((x0 + pad, y + c.p(42)), when, style, 12.5, t.sub)
            ab = c.text((x1 - pad, y + c.p(36)), amount_text, 17, color, bold=True, anchor="rm")
        else:
            lb = c.text((x0 + pad, y + c.p(32)), label, lpt, t.text, anchor="lm")
            ab = c.text((x1 - pad, y + c.p(22)), amount_text, 17, color, bold=True, anchor="rm")
            tb, iso = c.stamp((x1 - pad, y + c.p(46)), when, style, 11.5, t.sub, anchor="rm")
        if show_order:
            oid = order_id(rng, when)
            ob = c.text((x0 + pad, y + h - c.p(26)), "订单号 ", 12, t.sub)
            if ob:
                vb = c.text((ob[2], y + h - c.p(26)), oid, 12, t.sub)
                c.secret("order_id", oid, vb)
        if lb and ab:
            c.fields["deductions"].append(
                {"amount": amount, "label": label, "time": iso if tb else None}
            )
        c.hline(x0 + pad, x1, y + h - 1)
        y += h
        drawn += 1
        when -= timedelta(
            hours=rng.randint(2, 70), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
        )
    return y


def page_balance(c: Screen, sc: dict[str, Any], layout: str) -> str:
    rng = c.rng
    t = c.theme
    y = status_bar(c, sc["now"])
    y = nav_bar(
        c, y, rng.choice(["我的云贝", "云贝中心", "云贝"]), right=rng.choice([None, "明细", "规则"])
    )
    limit = home_area(c)
    label = rng.choice(BALANCE_LABELS)
    bal_text = fmt_int(sc["balance"], c.commas)
    unit = rng.random() < 0.2
    if layout == "header":  # gradient card, label above the big number
        if rng.random() < 0.4:
            nick = rng.choice(NICKNAMES)
            c.avatar(c.p(36), y + c.p(26), c.p(18))
            nb = c.text((c.p(62), y + c.p(26)), nick, 15, t.text, anchor="lm")
            c.secret("nickname", nick, nb)
            y += c.p(52)
        top = y + c.p(8)
        h = c.p(150)
        g0 = rng.choice([(255, 110, 90), (250, 170, 60), (230, 70, 70)])
        g1 = tuple(max(0, v - 50) for v in g0)
        mask = Image.new("L", c.img.size, 0)
        ImageDraw.Draw(mask).rounded_rectangle(
            (c.p(12), top, c.W - c.p(12), top + h), radius=c.p(14), fill=255
        )
        grad = Image.new("RGB", c.img.size)
        gd = ImageDraw.Draw(grad)
        for i in range(h):
            col = tuple(round(a + (b - a) * i / h) for a, b in zip(g0, g1, strict=True))
            gd.line((0, top + i, c.W, top + i), fill=col)
        c.img.paste(grad, (0, 0), mask)
        c.d = ImageDraw.Draw(c.img)
        white = (255, 255, 255)
        c.text((c.p(32), top + c.p(22)), label, 15, white)
        c.coin(c.W - c.p(70), top + h // 2, c.p(34))
        base = top + c.p(100)
        nb = c.text((c.p(30), base), bal_text, 42, white, bold=True, anchor="ls")
        if unit and nb:
            c.text((nb[2] + c.p(6), base), "云贝", 15, white, anchor="ls")
        c.field("balance", sc["balance"], nb)
        chip = rng.choice(["明细", "收支明细", "兑换记录"])
        c.text((c.p(32), top + h - c.p(22)), chip + " >", 13, white, anchor="lm")
        y = top + h + c.p(12)
        # daily tasks (rewards are not records)
        tasks = rng.sample(
            [
                ("每日签到", 5),
                ("听歌30分钟", 10),
                ("分享一首歌", 5),
                ("评论一首歌", 3),
                ("完善个人资料", 20),
            ],
            4,
        )
        rh = c.p(60)
        need = c.p(50) + rh * len(tasks)
        while tasks and y + need > limit:
            tasks.pop()
            need = c.p(50) + rh * len(tasks)
        if tasks:
            card_box(c, y, y + need)
            c.text(
                (c.p(28), y + c.p(16)),
                rng.choice(["做任务赚云贝", "每日任务"]),
                16,
                t.text,
                bold=True,
            )
            yy = y + c.p(50)
            for name, rew in tasks:
                c.text((c.p(28), yy + c.p(8)), name, 15, t.text)
                c.text((c.p(28), yy + c.p(32)), f"+{rew}云贝", 12, t.accent)
                bw = c.p(70)
                done = rng.random() < 0.3
                c.rrect(
                    (c.W - c.p(28) - bw, yy + c.p(14), c.W - c.p(28), yy + c.p(44)),
                    15,
                    None if done else t.accent,
                    t.faint if done else None,
                )
                c.text(
                    (c.W - c.p(28) - bw // 2, yy + c.p(29)),
                    "已完成" if done else "去完成",
                    13,
                    t.sub if done else (255, 255, 255),
                    anchor="mm",
                )
                yy += rh
    elif layout == "row":  # plain list, label beside the number, recent records below
        h = c.p(88)
        c.d.rectangle((0, y + c.p(10), c.W, y + c.p(10) + h), fill=t.surface)
        cy = y + c.p(10) + h // 2
        c.coin(c.p(34), cy, c.p(16))
        c.text((c.p(60), cy), label, 17, t.text, anchor="lm")
        nb = c.text((c.W - c.p(20), cy), bal_text, 30, t.text, bold=True, anchor="rm")
        c.field("balance", sc["balance"], nb)
        y += c.p(10) + h + c.p(10)
        for entry in rng.sample(["云贝明细", "兑换记录", "云贝规则", "常见问题"], 3):
            rh = c.p(52)
            c.d.rectangle((0, y, c.W, y + rh), fill=t.surface)
            c.text((c.p(20), y + rh // 2), entry, 15.5, t.text, anchor="lm")
            c.chevron(c.W - c.p(26), y + rh // 2, 12, t.faint)
            c.hline(c.p(20), c.W, y + rh - 1)
            y += rh
        y += c.p(10)
        if rng.random() < 0.7 and y + c.p(150) < limit:
            c.text((c.p(20), y + c.p(8)), rng.choice(["最近记录", "近期明细"]), 14, t.sub)
            y += c.p(36)
            record_rows(c, sc, y, limit, rng.randint(2, 4), 0, c.W, False, t.surface)
    else:  # centred big number, label above, buttons, maybe an expiry notice
        y += c.p(40)
        c.coin(c.W // 2, y + c.p(24), c.p(24))
        y += c.p(64)
        c.text((c.W // 2, y), label, 15, t.sub, anchor="mt")
        y += c.p(30)
        nb = c.text((c.W // 2, y), bal_text, 48, t.text, bold=True, anchor="mt")
        c.field("balance", sc["balance"], nb)
        y += c.p(80)
        if rng.random() < 0.4:
            exp = datetime(sc["now"].year, 12, 31, 23, 59)
            amt = rng.choice([20, 50, 120, 300])
            style = sc["date_style"]
            shown = fmt_dt(exp, style)[0]
            line = f"有{amt}云贝将于{shown}过期"
            pt = c.fit(line, 13, c.W - c.p(40))
            b = c.text((c.W // 2, y), line, pt, t.accent, anchor="mt")
            if b:
                c.fields["timestamps"].append(fmt_dt(exp, style)[1])
            y += c.p(36)
        bw = c.p(150)
        gap = c.p(16)
        x0 = c.W // 2 - bw - gap // 2
        c.rrect((x0, y, x0 + bw, y + c.p(44)), 22, t.accent)
        c.text((x0 + bw // 2, y + c.p(22)), "去兑换", 16, (255, 255, 255), anchor="mm")
        x0 = c.W // 2 + gap // 2
        c.rrect((x0, y, x0 + bw, y + c.p(44)), 22, None, t.accent, max(1, c.p(1)))
        c.text((x0 + bw // 2, y + c.p(22)), "赚云贝", 16, t.accent, anchor="mm")
        y += c.p(76)
        c.hline(c.p(16), c.W - c.p(16), y)
        y += c.p(16)
        for entry in ["云贝明细", "兑换记录", "帮助与反馈"]:
            if y + c.p(52) > limit:
                break
            c.text((c.p(20), y + c.p(26)), entry, 15.5, t.text, anchor="lm")
            c.chevron(c.W - c.p(26), y + c.p(26), 12, t.faint)
            y += c.p(52)
    return layout


# --------------------------------------------------------------------------- records


def page_records(c: Screen, sc: dict[str, Any], layout: str) -> str:
    rng = c.rng
    t = c.theme
    y = status_bar(c, sc["now"])
    y = nav_bar(
        c, y, rng.choice(["云贝明细", "收支明细", "云贝记录"]), right=rng.choice([None, "筛选"])
    )
    limit = home_area(c)
    if rng.random() < 0.45:
        h = c.p(70)
        c.d.rectangle((0, y, c.W, y + h), fill=t.surface)
        lab = rng.choice(BALANCE_LABELS)
        lb = c.text((c.p(20), y + h // 2), lab, 15, t.sub, anchor="lm")
        if lb:
            nb = c.text(
                (lb[2] + c.p(12), y + h // 2),
                fmt_int(sc["balance"], c.commas),
                24,
                t.text,
                bold=True,
                anchor="lm",
            )
            c.field("balance", sc["balance"], nb)
        y += h + c.p(2)
    elif rng.random() < 0.4:
        h = c.p(56)
        c.d.rectangle((0, y, c.W, y + h), fill=t.surface)
        c.text(
            (c.p(20), y + h // 2),
            f"本月支出 {rng.randint(300, 3000)}   收入 {rng.randint(5, 90)}",
            13.5,
            t.sub,
            anchor="lm",
        )
        y += h + c.p(2)
    # tabs
    h = c.p(46)
    c.d.rectangle((0, y, c.W, y + h), fill=t.surface)
    tabs = ["全部", "收入", "支出"]
    for i, tab in enumerate(tabs):
        cx = c.W * (2 * i + 1) // 6
        c.text((cx, y + h // 2), tab, 15, t.text if i == 0 else t.sub, bold=(i == 0), anchor="mm")
        if i == 0:
            c.d.rounded_rectangle(
                (cx - c.p(12), y + h - c.p(5), cx + c.p(12), y + h - c.p(2)),
                radius=c.p(1.5),
                fill=t.accent,
            )
    y += h + c.p(8)
    if layout == "cards":
        x0, x1, bg = c.p(12), c.W - c.p(12), t.surface
        c.rrect((x0, y, x1, limit - c.p(8)), 12, t.surface)
    else:
        x0, x1, bg = 0, c.W, t.surface
        c.d.rectangle((0, y, c.W, limit), fill=t.surface)
    record_rows(c, sc, y, limit - c.p(8), 12, x0, x1, rng.random() < 0.5, bg)
    return layout


# --------------------------------------------------------------------------- account


def page_account(c: Screen, sc: dict[str, Any], layout: str) -> str:
    rng = c.rng
    t = c.theme
    y = status_bar(c, sc["now"])
    y = nav_bar(c, y, rng.choice(["账号与安全", "个人信息", "账号信息", "我的资料"]))
    limit = home_area(c)
    nick = rng.choice(NICKNAMES)
    uid = user_id(rng)
    name = real_name(rng)
    name_shown = rng.choice([name, name, "*" + name[1:], name[0] + "*" * (len(name) - 1)])
    rows: list[tuple[str, str, str | None]] = []
    header = layout != "stack" and rng.random() < 0.7
    if not header:
        rows.append(("昵称", nick, "nickname"))
        rows.append((rng.choice(["用户ID", "UID", "账号ID"]), uid, "user_id"))
    rows.append((rng.choice(["手机号", "绑定手机", "手机号码"]), phone_number(rng), "phone"))
    if rng.random() < 0.8:
        rows.append((rng.choice(["邮箱", "绑定邮箱", "电子邮箱"]), email_address(rng), "email"))
    if rng.random() < 0.8:
        rows.append((rng.choice(["真实姓名", "姓名", "实名认证"]), name_shown, "real_name"))
    if rng.random() < 0.7:
        rows.append((rng.choice(["身份证号", "证件号码"]), id_card(rng), "id_card"))
    if rng.random() < 0.6:
        rows.append((rng.choice(["银行卡", "银行卡号", "绑定银行卡"]), bank_card(rng), "bank_card"))
    if rng.random() < 0.7:
        rows.append((rng.choice(["登录IP", "最近登录IP", "上次登录IP"]), public_ip(rng), "ip"))
    if rng.random() < 0.5:
        rows.append(("最近登录", "", "login_time"))
    if rng.random() < 0.4:
        rows.append(("IP属地", rng.choice(["浙江", "广东", "北京", "四川", "江苏"]), None))
    if rng.random() < 0.5:
        rows.append(("账号状态", rng.choice(["正常", "已实名", "安全"]), None))

    if header:
        hh = c.p(96)
        if layout == "card":
            card_box(c, y + c.p(10), y + c.p(10) + hh)
        else:
            c.d.rectangle((0, y + c.p(10), c.W, y + c.p(10) + hh), fill=t.surface)
        cy = y + c.p(10) + hh // 2
        c.avatar(c.p(56), cy, c.p(30))
        nb = c.text((c.p(100), cy - c.p(14)), nick, 19, t.text, bold=True, anchor="lm")
        c.secret("nickname", nick, nb)
        lab = rng.choice(["ID：", "UID: ", "用户ID "])
        lb = c.text((c.p(100), cy + c.p(16)), lab, 13, t.sub, anchor="lm")
        if lb:
            ub = c.text((lb[2], cy + c.p(16)), uid, 13, t.sub, anchor="lm")
            c.secret("user_id", uid, ub)
        c.chevron(c.W - c.p(30), cy, 12, t.faint)
        y += c.p(10) + hh + c.p(14)

    style = sc["date_style"]
    for label, value, role in rows:
        login_iso = ""
        if role == "login_time":
            value, login_iso = fmt_dt(sc["now"] - timedelta(minutes=rng.randint(3, 600)), style)
        if layout == "stack":  # label above value
            rh = c.p(72)
            if y + rh > limit:
                break
            c.d.rectangle((0, y, c.W, y + rh), fill=t.surface)
            c.text((c.p(20), y + c.p(12)), label, 13, t.sub)
            pt = c.fit(value, 16.5, c.W - c.p(56))
            vb = c.text((c.p(20), y + c.p(38)), value, pt, t.text)
            c.chevron(c.W - c.p(26), y + rh // 2, 12, t.faint)
            c.hline(c.p(20), c.W, y + rh - 1)
        else:  # label beside value
            rh = c.p(54)
            if y + rh > limit:
                break
            x0, x1 = (c.p(12), c.W - c.p(12)) if layout == "card" else (0, c.W)
            c.d.rectangle((x0, y, x1, y + rh), fill=t.surface)
            lb = c.text((x0 + c.p(16), y + rh // 2), label, 15.5, t.text, anchor="lm")
            chev = rng.random() < 0.5
            right = x1 - c.p(16) - (c.p(18) if chev else 0)
            room = right - (lb[2] if lb else x0) - c.p(18)
            pt = c.fit(value, 15, room)
            vb = c.text((right, y + rh // 2), value, pt, t.sub, anchor="rm")
            if chev:
                c.chevron(x1 - c.p(24), y + rh // 2, 11, t.faint)
            c.hline(x0 + c.p(16), x1, y + rh - 1)
        if role == "login_time":
            if vb:
                c.fields["timestamps"].append(login_iso)
        elif role:
            c.secret(role, value, vb)
        y += rh
    return layout


# --------------------------------------------------------------------------- network


def page_network(c: Screen, sc: dict[str, Any], layout: str) -> str:
    rng = c.rng
    t = c.theme
    y = status_bar(c, sc["now"])
    ios = c.platform == "ios"
    ssid = rng.choice(WIFI_NAMES)
    limit = home_area(c)
    if layout == "detail":
        y = nav_bar(c, y, ssid if ios else "网络详情")
        rows = [
            ("IP地址", lan_ip(rng), "ip"),
            ("信号强度", rng.choice(["强", "较强", "一般"]), None),
            ("链路速度", f"{rng.choice([144, 433, 866, 1201])} Mbps", None),
            ("频率", rng.choice(["2.4 GHz", "5 GHz"]), None),
            ("安全性", rng.choice(["WPA2-Personal", "WPA3", "WPA2/WPA3"]), None),
        ]
        if not ios:
            rows.insert(0, ("网络名称", ssid, None))
            rows.insert(1, ("状态", "已连接", None))
        y += c.p(12)
        if ios:
            rh = c.p(50)
            c.rrect((c.p(16), y, c.W - c.p(16), y + rh), 10, t.surface)
            c.text((c.p(32), y + rh // 2), "忽略此网络", 16, (10, 132, 255), anchor="lm")
            y += rh + c.p(24)
        for label, value, role in rows:
            rh = c.p(50) if ios else c.p(68)
            if y + rh > limit:
                break
            if ios:
                c.d.rectangle((c.p(16), y, c.W - c.p(16), y + rh), fill=t.surface)
                c.text((c.p(32), y + rh // 2), label, 16, t.text, anchor="lm")
                vb = c.text((c.W - c.p(32), y + rh // 2), value, 16, t.sub, anchor="rm")
                c.hline(c.p(32), c.W - c.p(16), y + rh - 1)
            else:
                c.text((c.p(24), y + c.p(12)), label, 16, t.text)
                vb = c.text((c.p(24), y + c.p(38)), value, 13.5, t.sub)
            if role:
                c.secret(role, value, vb)
            y += rh
        return layout
    # list page: WLAN switch, connected network, other networks, mobile data
    y = nav_bar(c, y, "无线局域网" if ios else "WLAN")
    y += c.p(12)
    rh = c.p(52)

    def group_row(label: str, value: str | None, toggle: bool | None, bold: bool = False) -> None:
        nonlocal y
        x0, x1 = (c.p(16), c.W - c.p(16)) if ios else (0, c.W)
        c.d.rectangle((x0, y, x1, y + rh), fill=t.surface)
        c.text((x0 + c.p(16), y + rh // 2), label, 16, t.text, bold=bold, anchor="lm")
        if toggle is not None:
            c.toggle(x1 - c.p(16), y + rh // 2, toggle)
        elif value:
            c.text((x1 - c.p(16), y + rh // 2), value, 14, t.sub, anchor="rm")
        c.hline(x0 + c.p(16), x1, y + rh - 1)
        y += rh

    group_row("无线局域网" if ios else "WLAN", None, True)
    y += c.p(4)
    x0, x1 = (c.p(16), c.W - c.p(16)) if ios else (0, c.W)
    c.d.rectangle((x0, y, x1, y + c.p(62)), fill=t.surface)
    c.text((x0 + c.p(16), y + c.p(20)), ssid, 16, t.text, anchor="lm")
    c.text((x0 + c.p(16), y + c.p(44)), "已连接", 12.5, t.accent if not ios else t.sub, anchor="lm")
    wifi_icon(c, x1 - c.p(30), y + c.p(38), c.p(9), t.text)
    y += c.p(62)
    if rng.random() < 0.6:
        ip = lan_ip(rng)
        c.d.rectangle((x0, y, x1, y + rh), fill=t.surface)
        c.text((x0 + c.p(16), y + rh // 2), "IP地址", 15, t.text, anchor="lm")
        vb = c.text((x1 - c.p(16), y + rh // 2), ip, 15, t.sub, anchor="rm")
        c.secret("ip", ip, vb)
        y += rh
    y += c.p(14)
    c.text(
        (x0 + c.p(16), y + c.p(6)), rng.choice(["其他网络", "可用网络", "附近的WLAN"]), 13, t.sub
    )
    y += c.p(32)
    for name in rng.sample([n for n in WIFI_NAMES if n != ssid], rng.randint(3, 5)):
        if y + rh > limit - c.p(140):
            break
        group_row(name, None, None)
    y += c.p(14)
    if y + 2 * rh < limit:
        group_row(rng.choice(["移动数据", "蜂窝网络"]), None, rng.random() < 0.5)
        group_row(
            "网络诊断" if rng.random() < 0.5 else "流量使用",
            rng.choice([None, f"本月已用 {rng.randint(1, 40)}.{rng.randint(0, 9)}GB"]),
            None,
        )
    return layout


# --------------------------------------------------------------------------- other


def page_other(c: Screen, sc: dict[str, Any], layout: str) -> str:
    rng = c.rng
    t = c.theme
    y = status_bar(c, sc["now"])
    limit = home_area(c)
    if layout == "playlist":
        y = nav_bar(c, y, "歌单")
        cs = c.p(120)
        col = rng.choice([(240, 120, 110), (90, 120, 200), (120, 180, 150)])
        c.rrect((c.p(16), y + c.p(10), c.p(16) + cs, y + c.p(10) + cs), 10, col)
        c.vinyl(c.p(16) + cs // 2, y + c.p(10) + cs // 2, round(cs * 0.33), (255, 255, 255))
        c.text(
            (c.p(150), y + c.p(22)),
            rng.choice(["每日推荐", "我喜欢的音乐", "私人雷达", "深夜独处时听"]),
            19,
            t.text,
            bold=True,
        )
        c.text((c.p(150), y + c.p(56)), f"共{rng.randint(20, 300)}首", 13, t.sub)
        y += cs + c.p(30)
        i = 1
        while y + c.p(60) < limit:
            c.text((c.p(28), y + c.p(30)), str(i), 15, t.sub, anchor="mm")
            c.text((c.p(54), y + c.p(18)), rng.choice(SONGS), 16, t.text, anchor="lm")
            c.text(
                (c.p(54), y + c.p(42)),
                f"{rng.choice(ARTISTS)} - {rng.choice(SONGS)}",
                12.5,
                t.sub,
                anchor="lm",
            )
            for k in range(3):
                cy = y + c.p(22) + k * c.p(6)
                c.d.ellipse((c.W - c.p(26), cy, c.W - c.p(22), cy + c.p(4)), fill=t.sub)
            y += c.p(60)
            i += 1
    elif layout == "player":
        bg0 = (60, 50, 70) if not t.dark else (20, 18, 26)
        c.gradient((0, 0, c.W, c.H), bg0, (20, 20, 24))
        white = (240, 240, 240)
        y = status_bar_on_dark(c, sc["now"])
        c.text((c.W // 2, y + c.p(20)), rng.choice(SONGS), 18, white, bold=True, anchor="mm")
        c.text((c.W // 2, y + c.p(46)), rng.choice(ARTISTS), 13.5, (190, 190, 190), anchor="mm")
        r = c.p(135)
        cy = y + c.p(90) + r
        c.vinyl(c.W // 2, cy, r, rng.choice([(200, 80, 80), (80, 120, 200)]))
        y = cy + r + c.p(40)
        lyrics = ["风吹过安静的街角", "我们走过漫长的夜", "灯火一盏一盏亮起", "把思念写进旋律里"]
        for k, ln in enumerate(lyrics):
            c.text(
                (c.W // 2, y),
                ln,
                15 if k == 1 else 14,
                white if k == 1 else (150, 150, 150),
                anchor="mm",
            )
            y += c.p(34)
        y = limit - c.p(130)
        c.d.line((c.p(60), y, c.W - c.p(60), y), fill=(90, 90, 90), width=c.p(2))
        c.d.line((c.p(60), y, c.p(60) + (c.W - c.p(120)) // 3, y), fill=white, width=c.p(2))
        c.text(
            (c.p(28), y),
            f"0{rng.randint(0, 2)}:{rng.randint(10, 59)}",
            11,
            (170, 170, 170),
            anchor="lm",
        )
        c.text(
            (c.W - c.p(28), y),
            f"0{rng.randint(3, 5)}:{rng.randint(10, 59)}",
            11,
            (170, 170, 170),
            anchor="rm",
        )
        cy = y + c.p(60)
        rr = c.p(26)
        c.d.ellipse((c.W // 2 - rr, cy - rr, c.W // 2 + rr, cy + rr), outline=white, width=c.p(2))
        c.d.polygon(
            [
                (c.W // 2 - c.p(7), cy - c.p(11)),
                (c.W // 2 - c.p(7), cy + c.p(11)),
                (c.W // 2 + c.p(11), cy),
            ],
            fill=white,
        )
    else:  # search page with a hot list
        y += c.p(8)
        c.rrect(
            (c.p(16), y, c.W - c.p(16), y + c.p(38)), 19, t.surface if not t.dark else (44, 44, 48)
        )
        c.text((c.p(44), y + c.p(19)), rng.choice(SONGS) + " 最近很火", 14, t.sub, anchor="lm")
        y += c.p(60)
        c.text((c.p(20), y), "热搜榜", 18, t.text, bold=True)
        y += c.p(40)
        k = 1
        while y + c.p(50) < limit:
            c.text(
                (c.p(30), y + c.p(25)),
                str(k),
                16,
                t.accent if k <= 3 else t.sub,
                bold=True,
                anchor="mm",
            )
            c.text((c.p(56), y + c.p(25)), rng.choice(SONGS), 15.5, t.text, anchor="lm")
            c.text(
                (c.W - c.p(20), y + c.p(25)), f"{rng.randint(100, 999)}万", 12, t.sub, anchor="rm"
            )
            y += c.p(50)
            k += 1
    return layout


def status_bar_on_dark(c: Screen, now: datetime) -> int:
    saved = c.theme
    c.theme = Theme("x", True, text=(240, 240, 240), sub=(180, 180, 180))
    h = status_bar(c, now)
    c.theme = saved
    return h


# --------------------------------------------------------------------------- driver

KIND_PLAN = ["failure"] * 4 + ["redeem", "balance", "records", "account"] * 2 + ["network", "other"]
LAYOUTS: dict[str, list[str]] = {
    "failure": ["dialog_ios", "dialog_md", "toast", "sheet", "order"],
    "redeem": ["card", "plain", "stack"],
    "balance": ["header", "row", "center"],
    "records": ["cards", "plain"],
    "account": ["card", "plain", "stack"],
    "network": ["list", "detail"],
    "other": ["playlist", "player", "search"],
}
BUILDERS = {
    "failure": failure,
    "redeem": page_redeem,
    "balance": page_balance,
    "records": page_records,
    "account": page_account,
    "network": page_network,
    "other": page_other,
}


def kinds_for(count: int, seed: int) -> list[str]:
    kinds = [KIND_PLAN[i % len(KIND_PLAN)] for i in range(count)]
    random.Random(f"plan-{seed}").shuffle(kinds)
    return kinds


def render(index: int, seed: int, kind: str) -> tuple[Image.Image, dict[str, Any], str]:
    """Draw screenshot `index`; return (image, truth, file extension).

    A "jpg" image must be saved with quality truth["meta"]["jpeg"] (see `save`)."""
    rng = random.Random(f"holdout-{seed}-{index}")
    width = rng.choice([720, 1080, 1170, 1242, 1440])
    platform = "ios" if width in (1170, 1242) or rng.random() < 0.3 else "android"
    theme = make_theme(rng, dark=rng.random() < 0.35)
    family = rng.choice(list(FAMILIES))
    c = Screen(rng, width, theme, family, platform)
    sc = new_scene(rng)
    layout = rng.choice(LAYOUTS[kind])
    layout = BUILDERS[kind](c, sc, layout)
    img = c.img
    sensitive = c.sensitive
    meta: dict[str, Any] = {
        "layout": layout,
        "theme": theme.name,
        "font": family,
        "platform": platform,
        "width": width,
        "scale": 1.0,
        "jpeg": None,
    }
    # chat-app style downscale, then maybe JPEG recompression
    if width >= 1080 and rng.random() < 0.3:
        target = rng.choice([720, 750, 828, 864])
        f = target / width
        img = img.resize((target, round(img.height * f)), Image.Resampling.LANCZOS)
        for s in sensitive:
            x, y, w, h = s["box"]
            x0, y0 = math.floor(x * f), math.floor(y * f)
            x1, y1 = math.ceil((x + w) * f), math.ceil((y + h) * f)
            s["box"] = [x0, y0, x1 - x0, y1 - y0]
        meta["scale"] = round(f, 4)
    ext = "png"
    if rng.random() < 0.35:
        meta["jpeg"] = rng.randint(55, 80)
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
        name = f"holdout_{seed}_{i:03d}_{kind}.{ext}"
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
