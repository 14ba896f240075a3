"""Text helpers for OCR output: joining words, normalising, parsing numbers and times.

Every function that changes text length keeps an offset table back to the source so a
match can be mapped to pixels.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import lru_cache

_HAN_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
)
# Full-width and CJK punctuation that never needs a space next to it.
_CJK_PUNCT = set("，。、；：？！“”‘’（）《》【】〔〕「」『』…—～·￥")


def is_han(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _HAN_RANGES)


def _tight(ch: str) -> bool:
    """A character after or before which Tesseract's word space is noise."""
    return is_han(ch) or ch in _CJK_PUNCT or (0xFF00 <= ord(ch) <= 0xFFEF)


def join_words(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join OCR words of one line; no space where either side is Han or CJK punctuation.

    Returns the text and, per character, (word index, char index) or (-1, -1) for a space.
    """
    chars: list[str] = []
    offsets: list[tuple[int, int]] = []
    for wi, word in enumerate(words):
        if not word:
            continue
        if chars and not (_tight(chars[-1]) or _tight(word[0])):
            chars.append(" ")
            offsets.append((-1, -1))
        for ci, ch in enumerate(word):
            chars.append(ch)
            offsets.append((wi, ci))
    return "".join(chars), offsets


def normalize(text: str) -> tuple[str, list[int]]:
    """NFKC per character (full-width to half-width, ideographic space to space).

    Returns the normalised text and, per normalised char, the index of its source char.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in "，。：；？！（）":  # keep the common CJK punctuation but as ASCII
            mapped = {"，": ",", "。": ".", "：": ":", "；": ";", "？": "?", "！": "!"}.get(
                ch, "(" if ch == "（" else ")"
            )
        else:
            mapped = unicodedata.normalize("NFKC", ch)
        if ch in "“”":
            mapped = '"'
        for m in mapped:
            out.append(m)
            index.append(i)
    return "".join(out), index


# Letters OCR confuses with digits, applied only inside number-looking runs.
DIGIT_CONFUSABLES = {
    "O": "0",
    "o": "0",
    "D": "0",
    "Q": "0",
    "〇": "0",
    "l": "1",
    "I": "1",
    "|": "1",
    "i": "1",
    "!": "1",
    "Z": "2",
    "z": "2",
    "S": "5",
    "s": "5",
    "B": "8",
    "g": "9",
    "q": "9",
}


# A bold 1 read as a bracket; taken for a digit only between two digits ("1】10").
# (工: a bold 1 with serifs, "1工00云贝")
_ONE_BETWEEN_DIGITS = "[]【】工"
# a thousands comma and its three digits, ending the number
_THOUSANDS_AFTER = re.compile(r"[,，]\d{3}(?![\d,，])")
# the rest of a number of three digits or more ("J100": 1100)
_DIGITS_AFTER = re.compile(r"\d{2}")
# letters that open such a number, not inside a word, and the digit each is there: a
# slanted bold 1 read "J" ("J100" for 1100), a bold 5 read "D" ("D00" for 500, "D519"
# for 5519; a 0 there would make no amount). A clock's "D4:17" stays.
_NUMBER_OPENERS = {"J": "1", "D": "5"}


# 云贝 after an amount read as two small Latin letters ("310 am", "1500 sm", "90 sn",
# "2552an") or as "s=" ("90s="): chi_sim's reading of the unit in a smaller font beside
# big digits. Run before fix_digit_confusables, which would take the "s" of "1280sn"
# for a 5.
# The number must stand alone: inside an email, a user id or a nickname ("zhang1988am@…")
# the letters are the text's own.
_LATIN_UNIT = re.compile(
    r"(?<![A-Za-z0-9_@.\-])(\d[\d,]*)(\s?)(?:[asxz][amn]|aa|mn|s=)(?![A-Za-z0-9_@.\-])"
)


def fix_unit_letters(text: str) -> str:
    """The 云贝 unit read as two Latin letters after a number, as 云贝 (length-preserving)."""
    return _LATIN_UNIT.sub(lambda m: m.group(1) + m.group(2) + "云贝", text)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


_UNIT_START = re.compile(r"\s?(?:云|去贝)")


def fix_digit_confusables(text: str) -> str:
    """Map confusable letters to digits where they sit between or next to digits.

    Length-preserving, so offsets stay valid.
    """
    chars = list(text)
    n = len(chars)
    for i, ch in enumerate(chars):
        left = chars[i - 1] if i > 0 else ""
        right = chars[i + 1] if i + 1 < n else ""
        if ch in _ONE_BETWEEN_DIGITS and left.isdigit() and right.isdigit():
            chars[i] = "1"  # "1】10云贝": only between two digits
            continue
        if ch == "了" and _THOUSANDS_AFTER.match(text, i + 1):
            chars[i] = "7"  # "所需云贝了,200": a price's leading 7 before its comma
            continue
        if (
            ch in _NUMBER_OPENERS
            and not _latin(left)
            and not left.isdigit()
            and _DIGITS_AFTER.match(text, i + 1)
        ):
            chars[i] = _NUMBER_OPENERS[ch]
            continue
        if ch not in DIGIT_CONFUSABLES:
            continue
        if DIGIT_CONFUSABLES[ch] == "0" and left.isdigit() and _UNIT_START.match(text, i + 1):
            chars[i] = "0"  # "7O云贝": a price's 0 right before its unit (云 maybe as 去)
            continue
        left2 = chars[i - 2] if i > 1 else ""
        right2 = chars[i + 2] if i + 2 < n else ""
        if (left.isdigit() and right.isdigit()) or (
            (left.isdigit() and left2.isdigit()) or (right.isdigit() and right2.isdigit())
        ):
            # a letter glued to a run of two digits on one side, e.g. 138O, 1O8
            if (_latin(left) and left not in DIGIT_CONFUSABLES) or (
                _latin(right) and right not in DIGIT_CONFUSABLES
            ):
                continue  # part of a word such as "Lv5" or "ID"; leave it ("360o云贝" is 3600)
            chars[i] = DIGIT_CONFUSABLES[ch]
    return "".join(chars)


_AMOUNT_RE = re.compile(r"(?<![\d.])([+\-−－]?)\s*(\d{1,3}(?:[,，]\d{3})+|\d+)(?![\d,])")


def parse_int(text: str) -> int | None:
    """Parse '1,280', '1280', '1 280' (a thin-space separator) as an integer."""
    cleaned = re.sub(r"[,，\s'’]", "", fix_digit_confusables(text))
    if not cleaned.isdigit():
        return None
    return int(cleaned)


def find_amounts(text: str) -> list[tuple[int, int, int]]:
    """All integers in `text` with thousands separators: (value with sign, start, end)."""
    found = []
    for m in _AMOUNT_RE.finditer(text):
        value = parse_int(m.group(2))
        if value is None:
            continue
        sign = -1 if m.group(1) in ("-", "−", "－") else 1
        found.append((sign * value, m.start(), m.end()))
    return found


_TS_PATTERNS = [
    # 2026-11-20 10:32[:15], 2026/11/20, 2026.11.20, 2026年11月20日
    re.compile(
        r"(?P<y>20\d{2})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
        r"\s*(?:T|\s)?\s*(?P<h>\d{1,2})\s*[:：.]\s*(?P<mi>\d{2})(?:\s*[:：]\s*(?P<s>\d{2}))?"
    ),
]
_TS_DATE_ONLY = re.compile(
    r"(?P<y>20\d{2})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?(?!\s*\d)"
)


def find_timestamps(text: str) -> list[tuple[str, int, int]]:
    """All date-times in `text` as ISO 8601 strings with their spans.

    Seconds are kept when shown. A clock without a date (the status bar) is not a timestamp.
    """
    text = fix_digit_confusables(text)
    matches = (m for pattern in _TS_PATTERNS for m in pattern.finditer(text))
    return [stamp for m in matches if (stamp := _stamp(m, int(m["y"]))) is not None]


def _stamp(m: re.Match[str], year: int) -> tuple[str, int, int] | None:
    """A matched date-time as (ISO 8601, start, end); None when it is no real date.
    Seconds are kept when shown."""
    try:
        dt = datetime(year, int(m["mo"]), int(m["d"]), int(m["h"]), int(m["mi"]), int(m["s"] or 0))
    except ValueError:
        return None
    return dt.isoformat(timespec="seconds" if m["s"] else "minutes"), m.start(), m.end()


# A records row's time without its year ("04-06 21:31", "4月6日 21:31"): the list gives the
# year in a month heading above the rows ("2025年4月")
_TS_NO_YEAR = re.compile(
    r"(?<![\d./-])(?P<mo>\d{1,2})\s*[-/月]\s*(?P<d>\d{1,2})\s*日?\s*(?P<h>\d{1,2})\s*[:：]"
    r"\s*(?P<mi>\d{2})(?:\s*[:：]\s*(?P<s>\d{2}))?(?!\d)"
)


def find_timestamps_in_year(text: str, year: int) -> list[tuple[str, int, int]]:
    """The date-times of `text` written without a year, as ISO 8601 strings in `year`."""
    text = fix_digit_confusables(text)
    matches = _TS_NO_YEAR.finditer(text)
    return [stamp for m in matches if (stamp := _stamp(m, year)) is not None]


# Characters chi_sim reads in place of 兑 (before 换) and 贝 (after 云) on UI fonts. All
# corrections are one character for one, so offsets stay valid. 交换 is a word, but on a
# 云贝 screen it is 兑换 with the top strokes of 兑 lost to a bold or light font.
_DUI_LIKE = "苋郊兄苑部党兊免疯羌克竞况哆说悦脱叙郧喝竟总晃够欧"
# also before a count: "已兑 856" (sold), "每个账号限兑5次"
# and at a line's end after 才可/才能, 换 wrapped to the next line ("…后才可竞" over "换")
_DUI = re.compile(
    rf"[{_DUI_LIKE}](?=换|完)|交(?=换)|(?<=[已限])[{_DUI_LIKE}](?=\s?\d)"
    rf"|(?<=才可|才能)[{_DUI_LIKE}](?=\W*$)"
)
_BEI = re.compile(r"云[由风见贞员页呗史贡负则几册凡岁]")
# 云 with its top stroke lost reads as 去 or 会; "去贝" and "会贝" are not words.
_YUN = re.compile(r"[去会](?=贝)")
# after an amount, the unit is 云贝 even when both of its characters were misread
# ("150去由", "20,139 当前去凡" is not this: the digits must come first)
_UNIT = re.compile(r"(?<=\d)(\s?)[去云会][由风几凡册内上只中幢帆]")
# 异常 (abnormal), the word of account and network failures, with one character misread
# ("异党", "异尘", "异单", "弄常"), or both right after 状态/网络/连接 ("状态弄党", "网络寞党")
_YICHANG = re.compile(r"异[党尘堂帘单]|[弄寻导寞]常|(?<=状态|网络|连接)[弄寻导寞][党尘堂帘单]")
# a bold 1 with serifs read as 工 before a thousands group ("工,490云贝" for 1,490)
_ONE = re.compile(r"(?<![\d\u4e00-\u9fff])工(?=\s?,\s?\d{3}(?!\d))")
# 仅 (only) read as 仪: "仪限" is not a word, "仅限" is the eligibility wording
_JIN = re.compile(r"仪(?=限)")
# 收货 (delivery) read as 收贷 or 收负: no words in this trade, and address cards hold names
_HUO = re.compile(r"(?<=收)[贷负]")
# 违 of 违规 (a rule broken, an account prompt's word) read as 速: "速规" is no word
# (快速规划 is, and 速 before 规则 or 规定 may be one too)
_WEI = re.compile(r"速(?=规(?![划则定范律模格]))")
# 支 (support) read as 文 in "暂不支持": "不文持" is no word
_ZHI = re.compile(r"(?<=不)文(?=持)")
# 券 (coupon) at the end of an item's name read as 关, 劳 or 卷: "兑换关", "代金劳"
_QUAN = re.compile(r"(?<=兑换|充值|代金|优惠|门票|观影|体验)[关劳卷荣芬类]")
# 槛 of 消费门槛 (minimum spend) or of "5元无门槛" read as another glyph (相, 栏, 椎, 查,
# ...); 消费门店 is a shop
_KAN = re.compile(r"(?<=消费门|元无门)(?![槛店])[\u4e00-\u9fff]")
# 无 of 无门槛 (no minimum spend) read as 元 or 天 after the voucher's value ("5元元门槛")
_WU = re.compile(r"(?<=元)[元天](?=门.(?:代金|优惠|红包|券))")
_MING = re.compile(r"(?<=云贝|收支)[朋胆阴](?=细)")  # 云贝明细 / 收支明细, 明 misread
# 歌 of K歌 (the karaoke membership) misread ("K欢会员周卡", "K隐会员")
_GE = re.compile(r"(?<=[Kk])(?!歌)[\u4e00-\u9fff](?=会员|房)")
# VIP of 黑胶VIP / K歌房VIP read with a letter or its case wrong ("vIp", "VTP", "VIp")
_VIP = re.compile(r"(?<![A-Za-z])(?!VIP)[Vv][IiTl1][Pp](?![A-Za-z])")
# 黑胶 before a VIP card with both glyphs misread ("时及VIP季卡", "是受VIP月卡"): the only
# other VIP card of this trade is K歌房's, whose 房 stays; "仅限VIP用户" is left alone
_HEIJIAO = re.compile(
    r"(?<![\w])(?!黑胶)[\u4e00-\u9fff](?!房)[\u4e00-\u9fff](?=S?VIP\s?(?:[月季年周]卡|\d|[一二三七]天))"
)
# K of K歌 misread at a word's start ("x歌会员周卡", "是歌会员周卡", "k歌会员周卡")
# (a lowercase k is K even after a glyph read from the item's icon: "有k歌会员周卡")
_K = re.compile(r"(?<!\w)(?![K听唱])[A-Za-z\u4e00-\u9fff](?=歌(?:会员|房))|k(?=歌(?:会员|房))")
# 黑 of 黑胶 (the VIP membership, vinyl goods) misread at a name's start ("时胶VIP季卡")
_HEI = re.compile(r"(?<![\u4e00-\u9fff][\u4e00-\u9fff])(?!黑)[\u4e00-\u9fff](?=胶(?:S?VIP|唱片))")
# 签 of 连续签到N天 (a streak of daily check-ins) misread ("连续登到7天")
_QIAN = re.compile(r"(?<=连续)(?!签)[\u4e00-\u9fff](?=到\d{1,3}天)")


# 试 of 重试 / 再试 read as 斌 (its 讠 merged with the stroke beside it)
_SHI = re.compile(r"(?<=[再重])[斌拭]")


def fix_domain_words(text: str) -> str:
    """Repair the words every screenshot of this trade carries: 兑换, 云贝, 仅限, 异常, 收货, 券,
    支持, 违规, 明细, 重试, 门槛, 签到, K歌, 黑胶."""
    text = _DUI.sub("兑", text)
    text = _YUN.sub("云", text)
    text = _UNIT.sub(lambda m: m.group(1) + "云贝", text)
    text = _JIN.sub("仅", text)
    text = _YICHANG.sub("异常", text)
    text = _ONE.sub("1", text)
    text = _HUO.sub("货", text)
    text = _QUAN.sub("券", text)
    text = _ZHI.sub("支", text)
    text = _WEI.sub("违", text)
    text = _BEI.sub("云贝", text)
    text = _SHI.sub("试", text)
    text = _WU.sub("无", text)
    text = _KAN.sub("槛", text)
    text = _QIAN.sub("签", text)
    text = _GE.sub("歌", text)
    text = _K.sub("K", text)
    text = _VIP.sub("VIP", text)  # first: the 黑胶 repairs look for VIP
    text = _HEI.sub("黑", text)
    text = _HEIJIAO.sub("黑胶", text)
    return _MING.sub("明", text)


# (the rules ask it of the same few hundred lines thousands of times a page)
@lru_cache(maxsize=4096)
def strip_punct(text: str) -> str:
    """Drop whitespace and punctuation, for comparing texts."""
    return "".join(
        ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith("P")
    )


# a mainland address: a province or city, then a district, street or number
_ADDRESS = re.compile(r"(?:省|市|自治区).{0,14}(?:市|区|县|州|旗|镇|路|街|道|号)")
# An address line cut to its province (a dialog over the card, OCR losing the rest):
# "广东省", "北京市", "内蒙古自治区" at the start of a line, or a province's name alone
# ("广东", its 省 under the dialog's edge).
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北"
    "|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
_ADDRESS_START = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,3}省|北京市|上海市|天津市|重庆市|[\u4e00-\u9fff]{2,3}自治区"
    # (省 and 市 cut by the dialog's edge read as a look-alike: "浙江二")
    rf"|(?:{_PROVINCES})[省市二者肖首巾币]?\s*$)"
)


def is_address(text: str) -> bool:
    """Does the text read as (the start of) a postal address?"""
    # a mark read after a province cut short ("北京,") is no part of it
    bare = text.rstrip(" ,.;:，。、")
    return _ADDRESS.search(text) is not None or _ADDRESS_START.match(bare) is not None
