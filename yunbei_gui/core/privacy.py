"""Find private data on a screenshot, with boxes in original-image pixels.

Two sources, both fail-safe: patterns (phone, email, ID, bank card, IP, long numbers) on
every line, and labels ("手机号", "姓名", ...) whose value area is marked even where OCR
could not read the value. When unsure, a thing is marked; the user may un-mark it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from yunbei_gui.core.fields import failure_score
from yunbei_gui.core.lexicon import lexicon
from yunbei_gui.core.lines import Line, to_line
from yunbei_gui.core.models import PRESET_TYPES, Box, Preset, Sensitive, SensitiveType
from yunbei_gui.core.ocr import TextLine
from yunbei_gui.core.text import find_timestamps, is_address, join_words, strip_punct

T = SensitiveType

# --- validators -------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def is_valid_id_number(value: str) -> bool:
    """An 18-digit resident ID with a valid check digit and birth date."""
    value = value.upper()
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    year, month, day = int(value[6:10]), int(value[10:12]), int(value[12:14])
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return False
    return id_check_digit(value[:17]) == value[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _plausible_id_date(digits: str) -> bool:
    if len(digits) < 14 or not digits[6:14].isdigit():
        return False
    year, month, day = int(digits[6:10]), int(digits[10:12]), int(digits[12:14])
    return 1900 <= year <= 2030 and 1 <= month <= 12 and 1 <= day <= 31


# --- patterns ---------------------------------------------------------------------

# Characters OCR produces for the mask stars of "138****5678".
_MASK = r"(?:[^\d\s\u4e00-\u9fff]|[米氺关长一])"
_PHONE = re.compile(
    r"(?<![\dA-Za-z])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}[\s-]?\d{4}|\s?"
    + _MASK
    + r"{1,8}\s?\d{4})(?!\d)"
)
# An email OCR garbled beyond the strict pattern (@ read as "a", ".com" as ".conm"), by
# the mail providers Chinese users have.
_EMAIL_LOOSE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9._*\-]*(?:[ _][A-Za-z0-9._*\-]+)?\s?[@a©®Q]?\s?"
    r"(?:163|126|qq|QQ|gmail|yeah|sina|foxmail|outlook|hotmail|icloud|sohu|139|aliyun)"
    r"\s?[.,]\s?(?:com|cn|net|co)\w{0,3}"
)
# A QQ address is digits; OCR may read "@qq" as "0qq", which the digit fixes make "099":
# a run of digits right before ".com" is an address whatever came of its middle.
_EMAIL_DIGITS = re.compile(r"(?<![\w.])\d{5,16}\s?[.,]\s?(?:com|cn|net)(?![A-Za-z])")
# A person's name right before a phone number, as on an address card ("张三 138...").
_NAME_BEFORE_PHONE = re.compile(
    # OCR reads the gap between them as "_", "|", "·"... as well
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff][\u4e00-\u9fff*]{1,3})[\s\"'“”:,_|·.;-]*"
    r"(?=(?:\+?86)?\s?1[3-9]\d)"
)
_NOT_NAMES = (
    "说明",
    "规则",
    "信息",
    "兑换",
    "交换",
    "地址",
    "须知",
    "提示",
    "详情",
    "账号",
    "手机",
    "电话",
    "号码",
    "绑定",
    "联系",
    "用户",
    "客服",
    "收货",
    "热线",
    "尾号",
    "会员",
    "号",
    # the wallet's own headings ("云贝明细" over a records row whose date was misread)
    "云贝",
    "明细",
    "记录",
    # a dialog's message wrapped onto a line of its own ("后再试" of "…安全验证后再试")
    "再试",
    "重试",
    "稍后",
)
_EMAIL = re.compile(
    # a local part OCR split at "_" ("music fan88@qq.com") is taken whole
    r"[A-Za-z0-9][A-Za-z0-9._%+*\-]*(?:[ _][A-Za-z0-9._%+*\-]+)?\s?[@©®]\s?[A-Za-z0-9\-]+"
    r"(?:\s?[.,]\s?[A-Za-z0-9\-]+)*\s?[.,]\s?[A-Za-z]{2,6}"
)
# A masked number whose mask OCR garbled so much that a digit crept in at its end
# ("187****5206" read as 187""50206): two or more mask glyphs, then 3 to 5 digits.
_PHONE_MASKED_LOOSE = re.compile(r"(?<![\dA-Za-z])1[3-9]\d\s?" + _MASK + r"{2,8}\s?\d{3,5}(?!\d)")
# A masked phone whose mask OCR read as anything, Han glyphs too ("1 35#冰4342"): the
# 1[3-9]x head, up to six glyphs, four digits; no other number on a phone screen looks so
# but for an amount of coins due to expire in a year ("197云贝将于2025-08-04过期").
_PHONE_GARBLED = re.compile(
    r"(?<![\dA-Za-z])1\s?[3-9]\d\s?(?:(?![云于年月日])[^\d\s]){1,6}\s?\d{4}(?!\d)"
)
# "+86" says phone whatever OCR made of the digits after it ("+86 129 ..." for 159)
_PHONE_INTL = re.compile(r"(?<![\dA-Za-z])\+\s?86[\s-]?1\d{2}[\s-]?\d{4}[\s-]?\d{4}(?!\d)")
# The domain half of an address whose local part sparse mode read as another piece.
_EMAIL_DOMAIN = re.compile(
    r"^\s*[@©®]\s?[A-Za-z0-9\-]+(?:\s?[.,]\s?[A-Za-z0-9\-]+)*\s?[.,]\s?[A-Za-z]{2,6}"
)
# A phone in three groups whose middle or last group OCR gave a digit too many or too few
# ("187-99470-1320" for 187-9970-1320)
_PHONE_GROUPS = re.compile(r"(?<![\dA-Za-z])1[3-9]\d[\s-]\d{3,5}[\s-]\d{3,5}(?![\d-])")
# Digits right after a phone's match, at most a mark and spaces away (see find); a glyph
# read into them (a question mark or quote: "135-8139-2?481") does not end them.
_PHONE_TAIL = re.compile(r"\s?[\-.,·]?\s?(?:\d[?'\"]?){2,4}\d(?!\d)")
# Every shape a phone number takes on screen, strictest first.
_PHONES = (_PHONE_INTL, _PHONE, _PHONE_GROUPS, _PHONE_MASKED_LOOSE, _PHONE_GARBLED)


def _has_phone(text: str) -> bool:
    return any(p.search(text) for p in _PHONES)


_ID_MASKED = re.compile(r"(?<![\dA-Za-z])\d{1,6}" + _MASK + r"{6,14}\d{1,4}[\dXx]?(?![\dA-Za-z])")
# (the last part may carry one glyph more, a trailing letter read as a digit: 1050)
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\s?[.,]\s?){3}\d{1,4}(?![\d.])")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])")
_DIGIT_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[\d\s-]{5,28}\d)(?![\d])")
# A long number with OCR junk inside ("04L84049.5480 9020" for 6228 4849 5480 9025): single
# glyphs between its digit groups; dates and times in it do not count ("2025.12.01-2025.12.28"
# is an activity's period)
_GARBLED_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[\d\s-]|[^\d\s](?=\d)){10,40}\d(?!\d)")
_DATE_PIECE = re.compile(r"\d{4}\s?[./年-]\s?\d{1,2}\s?[./月-]\s?\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?")
# A masked card or ID whose mask OCR read as anything: repeated glyphs ("大大大大3469",
# even Han ones) or, after four or more leading digits, a few non-digits ("6222"7393").
_MASKED_LOOSE = re.compile(
    r"(?<![\dA-Za-z])(\d{0,8})\s?([^\d\s](?:[^\d\n]{0,23}?|[^\d\s]{0,3}\d))\s?(\d{4})(?!\d)"
)


def _loosely_masked(m: re.Match[str]) -> bool:
    head, mask = m.group(1), re.sub(r"\s", "", m.group(2))
    # a mask is one glyph repeated ("大大大大"): the commonest character fills half of it;
    # a card's twelve stars read as a dozen glyphs repeat some of them ("米求米米汶米炒求六")
    commonest = max(mask.count(c) for c in set(mask))
    repeated = (len(mask) >= 4 and commonest >= len(mask) // 2) or (
        len(mask) >= 8 and commonest >= 3
    )
    if len(head) >= 4:
        # after a card's first four digits a short mask may hold one misread digit
        # ("6225\"7 5279")
        short = re.sub(r"\d$", "", mask) if len(mask) <= 4 else mask
        return repeated or re.fullmatch(_MASK + "{1,12}", short) is not None
    return repeated and commonest >= 3


_CARD_MASKED = re.compile(
    r"(?:\d{4}|\*{4}|" + _MASK + r"{4})(?:\s?(?:" + _MASK + r"{4}|\d{4})){2,3}"
)

# --- labels -----------------------------------------------------------------------

# Label words at the start of a cell; what follows on the row (or the line under it)
# is that kind of private data. Longer labels first.
LABELS: list[tuple[str, SensitiveType]] = [
    ("绑定手机号", T.PHONE),
    ("绑定手机", T.PHONE),
    ("手机号码", T.PHONE),
    ("本机号码", T.PHONE),  # a SIM card's details (设置 > SIM卡信息)
    ("本机号", T.PHONE),
    ("联系电话", T.PHONE),
    ("联系方式", T.PHONE),
    ("手机号", T.PHONE),
    ("手机", T.PHONE),
    ("于机号码", T.PHONE),
    ("于机号", T.PHONE),  # 手 and 于 differ by one stroke; OCR swaps them
    ("于机", T.PHONE),
    ("电话", T.PHONE),
    ("绑定邮箱", T.EMAIL),
    ("电子邮箱", T.EMAIL),
    ("注册邮箱", T.EMAIL),
    ("邮箱", T.EMAIL),
    ("Email", T.EMAIL),
    ("E-mail", T.EMAIL),
    ("身份证号码", T.ID_CARD),
    ("证件信息", T.ID_CARD),
    ("身份证号", T.ID_CARD),
    ("身份证", T.ID_CARD),
    ("份证号", T.ID_CARD),  # 身 lost or misread (寻份证号)
    ("份证", T.ID_CARD),
    ("证件号码", T.ID_CARD),
    ("证件号", T.ID_CARD),
    ("证件", T.ID_CARD),
    ("银行卡号", T.BANK_CARD),
    ("储蓄卡", T.BANK_CARD),
    ("信用卡", T.BANK_CARD),
    ("银行卡", T.BANK_CARD),
    ("卡号", T.BANK_CARD),
    ("银行", T.BANK_CARD),
    ("真实姓名", T.REAL_NAME),
    ("真实姓", T.REAL_NAME),  # 名 lost at the label's end
    ("实名认证", T.REAL_NAME),
    ("名认证", T.REAL_NAME),  # 实 is often lost next to an icon
    ("实名", T.REAL_NAME),
    ("认证姓名", T.REAL_NAME),
    ("实名信息", T.REAL_NAME),
    ("姓名", T.REAL_NAME),
    ("持卡人", T.REAL_NAME),
    ("收货人", T.REAL_NAME),
    ("联系人", T.REAL_NAME),
    ("登录IP", T.IP),
    ("IP地址", T.IP),
    ("P地址", T.IP),  # its I read as a stray glyph ("1P地址")
    ("IP", T.IP),
    ("用户ID", T.USER_ID),
    ("账号ID", T.USER_ID),
    ("网易云ID", T.USER_ID),
    ("云音乐号", T.USER_ID),
    ("UID", T.USER_ID),
    ("ID", T.USER_ID),
    ("昵称", T.NICKNAME),
    ("用户名", T.NICKNAME),
    ("订单编号", T.ORDER_ID),
    ("订单号", T.ORDER_ID),
    ("交易单号", T.ORDER_ID),
    ("交易号", T.ORDER_ID),
    ("流水号", T.ORDER_ID),
    ("兑换单号", T.ORDER_ID),
    ("单号", T.ORDER_ID),
]
_QUALIFIERS = ("绑定", "注册", "我的", "当前", "登录", "认证", "账号", "账户", "已绑定")
_LABEL_RE = re.compile(
    # a label may follow a qualifier (绑定/注册/...) or one stray glyph OCR put before it
    r"^\s*(?:"
    + "|".join(_QUALIFIERS)
    + r"|.{1,2})??\s*("
    # (the IP of "黑胶VIP月卡", its 黑 lost, is no label)
    + "|".join(("(?<![Vv])" if w.startswith("IP") else "") + re.escape(w) for w, _ in LABELS)
    # (手机 in an item's name is no label: "5元手机话费券", "手机充值")
    + r")(?![A-Za-z])(?!属地|话费|充值)\s*[:]?\s*",
    re.IGNORECASE,
)
_LABEL_TYPES = {w.lower(): t for w, t in LABELS}
# Values that say something about the data without being it.
_STATUS_VALUES = (
    "已认证",
    "未认证",
    "去认证",
    "认证",
    "已绑定",
    "未绑定",
    "去绑定",
    "绑定",
    "未设置",
    "已设置",
    "去设置",
    "修改",
    "更换",
    "查看",
    "复制",
    "未填写",
    "去填写",
    "已实名",
    "未实名",
    "去实名",
    "正常",
    "已开通",
    "未开通",
    "去开通",
)
_ORDER_CONTEXT = ("订单", "单号", "流水", "交易号", "编号")
_ID_CONTEXT = ("身份证", "证件")
_BANK_CONTEXT = ("银行", "卡号", "储蓄卡", "信用卡")


@dataclass
class _Found:
    type: SensitiveType
    text: str
    box: Box
    from_label: bool = False


def _pad(box: Box, line: Line, width: int, height: int) -> Box:
    """Pad a value box: sub-word boxes are estimates, glyph edges must not survive."""
    px = max(4, round(line.height * 0.25))
    return box.padded(px).clipped(width, height)


def _classify_digits(digits: str, context: str) -> SensitiveType:
    """The type of an unexplained run of 7+ digits, erring toward the official preset."""
    n = len(digits)
    if n == 11 and digits.startswith("1"):
        return T.PHONE
    if (
        n in (17, 18)
        and (is_valid_id_number(digits) or _plausible_id_date(digits))
        and not any(w in context for w in _ORDER_CONTEXT)
    ):
        return T.ID_CARD
    if any(w in context for w in _ID_CONTEXT):
        return T.ID_CARD
    if any(w in context for w in _BANK_CONTEXT):
        return T.BANK_CARD
    if any(w in context for w in _ORDER_CONTEXT):
        return T.ORDER_ID
    if 15 <= n <= 19:
        return T.BANK_CARD  # could be a card misread by one digit: hide it for support too
    if 10 <= n <= 12 and digits.startswith("1"):
        return T.PHONE  # a phone number with a digit lost or added by OCR
    if n <= 11:
        return T.USER_ID
    return T.ORDER_ID


def _pattern_matches(line: Line) -> Iterable[tuple[SensitiveType, int, int]]:
    text = line.text
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def local_part_start(start: int) -> int:
        # a masked local part ("mkt***") may be read as glyphs the pattern does not take
        # ("mktk#k"): the address runs back to the last space, Han character or colon
        # (米 and 氺 are OCR's stars: "zha***" read as "Zha玉米米")
        while start > 0 and (
            not re.match(r"[\s\u4e00-\u9fff:>]", text[start - 1]) or text[start - 1] in "米氺"
        ):
            start -= 1
        return start

    for m in _EMAIL.finditer(text):
        span = (local_part_start(m.start()), m.end())
        taken.append(span)
        yield T.EMAIL, *span
    for m in _EMAIL_LOOSE.finditer(text):
        if free(*m.span()):
            span = (local_part_start(m.start()), m.end())
            taken.append(span)
            yield T.EMAIL, *span
    for m in _EMAIL_DIGITS.finditer(text):
        if free(*m.span()):
            taken.append(m.span())
            yield T.EMAIL, m.start(), m.end()
    for m in _EMAIL_DOMAIN.finditer(text):
        if free(*m.span()):
            taken.append(m.span())
            yield T.EMAIL, m.start(), m.end()
    for m in (m for pattern in _PHONES for m in pattern.finditer(text)):
        if free(*m.span()):
            # a group of digits right after the match is the number's rest: a stray mark
            # read between its groups ("199 .5510 7602") let a masked shape end early
            tail = _PHONE_TAIL.match(text, m.end())
            end = tail.end() if tail else m.end()
            taken.append((m.start(), end))
            yield T.PHONE, m.start(), end
            name = _NAME_BEFORE_PHONE.search(text, max(0, m.start() - 8), m.end())
            if name and not any(w in name.group(1) for w in _NOT_NAMES):
                yield T.REAL_NAME, name.start(1), name.end(1)
    for m in _IPV4.finditer(text):
        parts = re.split(r"\s?[.,]\s?", m.group())
        parts[-1] = parts[-1][:3]
        if free(*m.span()) and all(p.isdigit() and int(p) <= 255 for p in parts):
            taken.append(m.span())
            yield T.IP, m.start(), m.end()
    for m in _IPV6.finditer(text):
        if free(*m.span()) and not find_timestamps(m.group()) and m.group().count(":") >= 3:
            taken.append(m.span())
            yield T.IP, m.start(), m.end()
    for m in _ID_MASKED.finditer(text):
        if free(*m.span()):
            taken.append(m.span())
            yield T.ID_CARD, m.start(), m.end()
    for m in _CARD_MASKED.finditer(text):
        if free(*m.span()) and sum(c.isdigit() for c in m.group()) < len(strip_punct(m.group())):
            # digits glued before the mask are the card's first digits ("622848******")
            head = re.search(r"\d+\s?$", text[: m.start()])
            start = head.start() if head else m.start()
            taken.append((start, m.end()))
            yield T.BANK_CARD, start, m.end()
    for m in _MASKED_LOOSE.finditer(text):
        if free(*m.span()) and _loosely_masked(m):
            # the card's first group glued before the mask, misread with letters, maybe
            # with the mask's first glyph ("O0222火" for 6222 *): part of the card too
            head = re.search(r"([0-9A-Za-z]{2,6})\s?[^\s\d]?$", text[: m.start()])
            start = head.start() if head and re.search(r"\d", head.group(1)) else m.start()
            # the match may begin inside a longer run of the mask's glyphs (twelve stars
            # read as "火" before a last group misread with a fifth digit, "31306"): the
            # whole run is the card
            glyphs = "".join(sorted(set(re.sub(r"[\d\s]", "", m.group(2)))))
            if glyphs:
                run = re.search(rf"(?:[{re.escape(glyphs)}]\s?)+$", text[:start])
                if run:
                    start = run.start()
                # ... and a dozen stars read as assorted glyphs ("炎炎火炎火炎兴火火…") are
                # one run too: whatever glyphs are glued before it, up to a colon
                glued = re.search(r"[^\d\s:：]{1,16}$", text[:start])
                if glued and m.start() - glued.start() <= 24:
                    start = glued.start()
            taken.append((start, m.end()))
            yield T.BANK_CARD, start, m.end()
    # Timestamps are long digit runs that are not private.
    for _, start, end in find_timestamps(text):
        taken.append((start, end))
    for m in _GARBLED_RUN.finditer(text):
        digits = re.sub(r"\D", "", _DATE_PIECE.sub("", m.group()))
        junk = len(re.sub(r"[\d\s-]", "", m.group()))
        if free(*m.span()) and junk and len(digits) >= 12 and junk <= len(digits) // 3:
            taken.append(m.span())
            yield _classify_digits(digits, text), m.start(), m.end()
    for m in _DIGIT_RUN.finditer(text):
        if not free(*m.span()):
            continue
        digits = re.sub(r"\D", "", m.group())
        if len(digits) < 7:
            continue
        start = m.start()
        if len(digits) >= 12:
            # a long number's first group misread as a glyph or two ("节8868 8379 ..."
            # for 6225 8868 8379 ...): the glyphs glued to it are its digits too
            glued = re.search(r"[^\s:：]{1,4}$", text[:start])
            if glued:
                start = glued.start()
        # an 18-digit ID ends with X
        end = m.end() + (1 if text[m.end() : m.end() + 1] in ("X", "x") else 0)
        if end > m.end():
            digits += "X"
        taken.append((start, end))
        yield _classify_digits(digits, text), start, end


_CHEVRONS = set(">›〉》<Oo0口3)|1lI")


def _is_chevron(line: Line) -> bool:
    """A row's trailing ">" (or OCR's guess at it): one narrow non-Han glyph."""
    core = line.text.strip()
    return (not strip_punct(core) or core in _CHEVRONS) and line.box.w <= 1.2 * line.height


def _label_match(line: Line) -> re.Match[str] | None:
    m = _LABEL_RE.match(line.text)
    if m is None:
        return None
    prefix = line.text[: m.start(1)].strip()
    if prefix and prefix not in _QUALIFIERS and _is_status(line.text):
        return None  # "已实名" is a status, not the label 实名 after a stray glyph
    kind = _LABEL_TYPES[m.group(1).lower()]
    # a bare "ID" must be followed by digits to count
    if (
        kind == T.USER_ID
        and m.group(1).upper() == "ID"
        and not re.match(r"\s*.{0,2}ID\s*[:]?\s*\d", line.text)
    ):
        return None
    return m


def _label_value(
    line: Line, lines: list[Line], width: int
) -> list[tuple[SensitiveType, str, Box, Line]]:
    """A labelled row: the value right of the label (even where it was not read), or, in a
    label-over-value layout, the line under the label."""
    m = _label_match(line)
    if not m:
        return []
    kind = _LABEL_TYPES[m.group(1).lower()]
    value = line.text[m.end() :].strip()
    label_box = line.span_box(m.start(1), m.end(1)) or line.box
    # values on the same visual row, beyond this OCR line
    row_boxes: list[Box] = []
    row_texts: list[str] = [value] if strip_punct(value) else []
    for other in lines:
        if other is line or other.box.x < label_box.right or _is_chevron(other):
            continue
        top, bottom = max(other.box.y, line.box.y), min(other.box.bottom, line.box.bottom)
        if (bottom - top) >= 0.5 * min(other.height, line.height):
            row_boxes.append(other.box)
            row_texts.append(other.text.strip())
    value_text = " ".join(t for t in row_texts if t)
    margin = max(8, width // 60)
    if _is_status(value_text):
        if not strip_punct(value_text).startswith("已"):
            return []  # 未绑定, 去认证...: there is no value to show
        # "已认证 *洁": the masked value after the status may be too light or small to be
        # read; the row's rest is covered (fail safe), the status stays readable
        status_end = max(line.box.right, *(b.right for b in row_boxes))
        rest = Box.from_edges(
            status_end + max(4, line.height // 3),
            min(line.box.y, *(b.y for b in row_boxes)),
            width - margin,
            max(line.box.bottom, *(b.bottom for b in row_boxes)),
        )
        return [(kind, "", rest, line)] if rest.w >= line.height else []
    if len(strip_punct(value_text)) == 1 and not row_boxes:
        value_text = ""  # one glyph left of a longer label ("于机号码"): no value read
    if (
        not row_boxes
        and kind not in (T.REAL_NAME, T.NICKNAME)
        and len(strip_punct(value_text)) <= 2
        and not re.search(r"[\dA-Za-z@*]", value_text)
    ):
        # the label's own end misread ("证件叶码" for 证件号码): no number or address
        # was read beside it, so it may be under it
        value_text = ""
    # a long sentence that merely starts with a label word ("手机号已绑定..."): the
    # pattern search covers real values inside it
    if (
        len(strip_punct(m.group(1))) + 6 < len(strip_punct(line.text))
        and not row_boxes
        and not re.search(r"\d{4}|@|\*", value)
    ):
        return []
    if value_text:
        value_area = Box.from_edges(
            label_box.right + max(4, line.height // 3),
            min(line.box.y, *(b.y for b in row_boxes)) if row_boxes else line.box.y,
            width - margin,
            max(line.box.bottom, *(b.bottom for b in row_boxes)) if row_boxes else line.box.bottom,
        )
        return [(kind, value_text, value_area, line)]
    # label alone on its row: the value sits on the line under it (label-over-value)
    below = [
        other
        for other in lines
        if 0 <= other.box.y - line.box.bottom <= 2.5 * line.height
        and abs(other.box.x - line.box.x) <= 2 * line.height
        and not _is_chevron(other)
    ]
    if below:
        nxt = min(below, key=lambda o: o.box.y)
        if _label_match(nxt) is None and not _is_status(nxt.text):
            # the value line may be split in fragments of odd heights ("高*" read as two)
            parts = [o for o in lines if o.box.vertical_overlap(nxt.box) > 0 and o not in (line,)]
            top = min(o.box.y for o in parts)
            bottom = max(o.box.bottom for o in parts)
            slack = round(0.3 * max(line.height, nxt.height))
            # a value read as a few tiny glyphs ("*杰" as "赤") is still as tall as the label
            bottom = max(bottom + slack, top + round(1.4 * line.height))
            band = Box.from_edges(line.box.x, top - slack, width - margin, bottom)
            text = " ".join(o.text.strip() for o in sorted(parts, key=lambda o: o.box.x))
            # the value may also sit on the label's row unread (a light masked number),
            # and the line under it be the next row's: mark both (fail safe)
            beside = Box.from_edges(
                label_box.right + max(4, line.height // 3),
                line.box.y,
                width - margin,
                line.box.bottom,
            )
            return [(kind, text, band.union(nxt.box), nxt), (kind, "", beside, line)]
        if _is_status(nxt.text):
            return []
    # nothing read beside or under the label: mark both places the value could be
    beside = Box.from_edges(
        label_box.right + max(4, line.height // 3), line.box.y, width - margin, line.box.bottom
    )
    next_top = min(
        (o.box.y for o in lines if o.box.y > line.box.bottom and not _is_chevron(o)),
        default=line.box.bottom + 3 * line.height,
    )
    under = Box.from_edges(
        line.box.x,
        line.box.bottom,
        width - margin,
        min(next_top, line.box.bottom + round(2.2 * line.height)),
    )
    areas = [(kind, "", beside, line)]
    if under.h >= line.height // 2:
        areas.append((kind, "", under, line))
    return areas


def _is_status(text: str) -> bool:
    """A status word alone ("已认证", maybe with a stray glyph); "已认证 吴*" shows a
    masked name after it and is no status (fail safe)."""
    core = strip_punct(text)
    for s in _STATUS_VALUES:
        if core.startswith(s) and len(core) <= len(s) + 2:
            rest = core[len(s) :]
            after = text[text.find(s[-1]) + 1 :] if s[-1] in text else ""
            if not re.search(r"[\u4e00-\u9fff]", rest) and "*" not in after:
                return True
    return False


_NAME_ALONE = re.compile(r"^\s*([\u4e00-\u9fff][\u4e00-\u9fff*]{1,3})\s*$")
# What is left of a name when OCR lost all but one character ("何" of 何婷).
_NAME_PART = re.compile(r"^\s*([\u4e00-\u9fff])\s*$")
# A name with the first digits of the phone beside it read into its line ("郭帆188", the
# phone's stars and the rest read apart as "下393").
_NAME_THEN_DIGITS = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})\s*\d")
# A short line of glyphs and marks with at most one digit, no Latin word.
_GARBLED_NAME = re.compile(r"^\s*(?=\S*[\u4e00-\u9fff])(?!(?:\S*\d){2})[^\sA-Za-z]{2,5}\s*$")
# Headings of an address card; matched loosely, since 息 is often misread.
_CONTACT_HEADINGS = ("收货", "收件", "货信息", "件信息", "联系人", "配送信息", "地址信息")


# An address line: a province/city followed by a district, county, road... Names stand
# right above or beside it on address cards.
def _names_near_contacts(lines: list[Line]) -> list[tuple[Line, Box]]:
    """Person names on an address card: a short Han line beside a phone number, or
    among the few lines under a 收货信息 heading; each with the box to cover: from the
    card's edge (left of what was read when OCR lost the first glyphs), and for a name
    read short or garbled, three glyphs wide."""
    names: list[tuple[Line, Box]] = []
    phones = [ln for ln in lines if _has_phone(ln.text)]
    for whole in lines:
        line = whole
        m = _NAME_ALONE.match(line.text) or _NAME_PART.match(line.text)
        split = _split_at_first_gap(whole) if m is None else None
        if split is not None and _is_button_row(split[1]):
            # a dialog's button read on the name's row ("祈建国人联系客服" for 杨建国 left
            # of a dialog's 联系客服): the row's first piece, before a wide gap
            line = split[0]
            m = _NAME_ALONE.match(line.text) or _NAME_PART.match(line.text)
            if m is None:
                continue
        # a name read as marks and glyphs ("子/口" for 李浩然, "杨佳|"): one only right
        # over an address or under a delivery heading (below)
        garbled = m is None and _GARBLED_NAME.match(line.text) is not None
        # (where the phone was found whole on the line, it is covered as a phone)
        with_phone = (
            None if m or garbled or _has_phone(line.text) else _NAME_THEN_DIGITS.match(line.text)
        )
        m = m or with_phone
        if not (m or garbled) or (m and any(w in m.group(1) for w in _NOT_NAMES)):
            continue
        beside_phone = any(
            p.box.x > line.box.x and p.box.vertical_overlap(line.box) > 0.3 * line.height
            for p in phones
        )
        under_heading = any(
            any(w in h.text for w in _CONTACT_HEADINGS)
            and 0 <= line.box.y - h.box.bottom <= 3 * h.height
            and abs(line.box.x - h.box.x) <= 2 * h.height
            for h in lines
            if h is not line
        )
        # the name's first glyphs may be lost ("洋" of 罗洋), so what was read may start
        # right of the address line; but then nothing read on its row may lie further
        # left (a row label: that is a list value, "性别 ... 男", not a name)
        row_left = min(
            (
                o.box.x
                for o in lines
                if o is not line
                and o is not whole
                and o.box.right <= line.box.x
                and o.box.vertical_overlap(line.box) > 0.3 * min(o.height, line.height)
            ),
            default=line.box.x,
        )
        addresses = [
            a
            for a in lines
            if a is not line
            and is_address(a.text)
            # the address line's box may reach up into the name's (noise of a dimmed
            # page behind a dialog made it twice its font's height): its middle is below
            and -0.5 * line.height <= a.box.y - line.box.bottom <= 1.5 * line.height
            and a.cy >= line.box.bottom
            and -line.height <= line.box.x - a.box.x <= 2.5 * line.height
            and (line.box.x - a.box.x <= line.height or row_left >= a.box.x - line.height)
        ]
        above_address = bool(addresses)
        # a name in a details list, the contact phone's value right under it
        phones_below = [
            p
            for p in lines
            if p is not line
            and sum(c.isdigit() for c in p.text) >= 6
            and not find_timestamps(p.text)
            and not _DATE_PIECE.search(p.text)  # "197云贝将于2025-08-04过期"
            and 0 <= p.box.y - line.box.bottom <= 3 * line.height
            and abs(p.box.x - line.box.x) <= 1.5 * line.height
        ]
        above_phone = bool(phones_below)
        if (garbled or with_phone) and not (above_address or under_heading):
            continue  # (a name with digits: only on an address card's contact row)
        if garbled and line.text.strip().startswith(_CONTACT_HEADINGS):
            continue  # the card's heading read with its end garbled ("收货八\"")
        if m and len(m.group(1)) == 1 and not (under_heading or above_address):
            continue  # one character is a name only where a name is expected
        if beside_phone or under_heading or above_address or above_phone:
            # (a value column's edge: the phone under it starts there, and a name that
            # starts right of it lost its first glyph: "洁梦" of 谢洁梦)
            left = min(
                [line.box.x, *(a.box.x for a in addresses), *(p.box.x for p in phones_below)]
            )
            box = line.box
            if len(strip_punct(line.text)) < 3 or garbled:
                # a name read short or garbled may have lost glyphs to its right, and a
                # garbled one be read smaller than it is: three glyphs of the address's
                # height, from the card's edge down to the address
                h = max([line.height, *(a.height for a in addresses)] if garbled else [line.height])
                top = min([line.box.y, *(a.box.y - round(1.3 * h) for a in addresses)])
                bottom = max(line.box.bottom, min((a.box.y for a in addresses), default=0))
                box = Box.from_edges(left, top, max(box.right, box.x + round(3.2 * h)), bottom)
            names.append((line, Box.from_edges(left, box.y, box.right, box.bottom)))
    return names


def _is_button_row(text: str) -> bool:
    """Whether `text` is a dialog's buttons (one or more, a mark or glyph of junk between)."""
    core = strip_punct(text)
    buttons = lexicon().failure_buttons
    for _ in range(3):
        core = core.lstrip("人丨一")
        word = next((b for b in buttons if core.startswith(b)), None)
        if word is None:
            break
        core = core[len(word) :]
    return not core and strip_punct(text) != ""


def _split_at_first_gap(line: Line) -> tuple[Line, str] | None:
    """The line's words before its first gap of a glyph's height or more, as a line of
    their own, and the text of the words after it; None where the line has no such gap."""
    words = line.raw.words
    h = max(w.box.h for w in words)
    for i in range(1, len(words)):
        if words[i].box.x - words[i - 1].box.right >= h:
            piece = to_line(TextLine(words[:i], *join_words([w.text for w in words[:i]])))
            return piece, join_words([w.text for w in words[i:]])[0]
    return None


def _unread_names_on_cards(lines: list[Line]) -> list[tuple[Box, Line]]:
    """On an address card the name stands left of the phone number: mark that space as a
    name, whatever OCR read in it."""
    areas: list[tuple[Box, Line]] = []
    headings = [h for h in lines if any(w in h.text for w in _CONTACT_HEADINGS)]
    for phone in lines:
        if not _has_phone(phone.text):
            continue
        for h in headings:
            if not (0 <= phone.box.y - h.box.bottom <= 3 * h.height):
                continue
            if phone.box.x - h.box.x < h.height:
                continue
            # whatever OCR made of the name there ("JE" for 罗思远, "郭" + "明于" for 郭靖宇),
            # the whole space left of the phone is the name's
            areas.append((_left_of(phone, h), h))
        # in a list of addresses the card's own address line, right under the phone and
        # starting well left of it, marks where the name stands
        for a in lines:
            if (
                a is not phone
                and is_address(a.text)
                and 0 <= a.box.y - phone.box.bottom <= 3 * phone.height
                and phone.box.x - a.box.x >= phone.height
            ):
                areas.append((_left_of(phone, a), a))
    return areas


def _left_of(phone: Line, edge: Line) -> Box:
    """The space on the phone's row from `edge`'s left edge to the phone, at least as tall
    as `edge`'s font."""
    top = min(phone.box.y, phone.box.bottom - edge.height)
    bottom = top + max(edge.height, phone.height)
    return Box.from_edges(edge.box.x, top, phone.box.x, bottom)


_ID_LINE = re.compile(
    r"^\s*(?:U[I1l|]D|[I1l|]D|用户[I1l|]D|云音乐号|账号[I1l|]D)\s*[:]?\s*\d{5,}", re.IGNORECASE
)


def _nicknames_over_ids(lines: list[Line], height: int) -> list[Line]:
    """A profile header shows the nickname right above the user id ("UID: 4011629737"),
    or above the bound email or phone."""
    found = []
    for id_line in lines:
        header_contact = id_line.box.y < 0.3 * height and (
            _EMAIL.search(id_line.text) or _PHONE.search(id_line.text)
        )
        if not (_ID_LINE.match(id_line.text) or header_contact):
            continue
        above = [
            o
            for o in lines
            if o is not id_line
            and 0 <= id_line.box.y - o.box.bottom <= 1.5 * max(o.height, id_line.height)
            and abs(o.box.x - id_line.box.x) <= 2 * id_line.height
            and 1 <= len(strip_punct(o.text)) <= 20
        ]
        if above:
            found.append(max(above, key=lambda o: o.box.bottom))
    return found


def find_private(
    lines: list[Line], width: int, height: int, account_page: bool = False
) -> list[Sensitive]:
    """All private data on a page, boxes padded and in image pixels.

    On an account page (`account_page`), a value whose row label could not be read is
    marked too: such pages list little else than private data.
    """
    found: list[_Found] = []
    names = _names_near_contacts(lines)
    for line, name_box in names:
        found.append(_Found(T.REAL_NAME, line.text.strip(), _pad(name_box, line, width, height)))
    for line in _numbers_beside([line for line, _ in names], lines):
        found.append(_Found(T.PHONE, line.text.strip(), _pad(line.box, line, width, height)))
    for line in _contact_rows(lines):
        # the row starts at the card's left edge even where OCR lost its first glyph (王)
        row_box = Box.from_edges(
            _card_left(line, lines, reach=None), line.box.y, line.box.right, line.box.bottom
        )
        found.append(_Found(T.PHONE, line.text.strip(), _pad(row_box, line, width, height)))
    for area, ref in _unread_names_on_cards(lines):
        found.append(_Found(T.REAL_NAME, "", _pad(area, ref, width, height)))

    for line in _nicknames_over_ids(lines, height):
        found.append(_Found(T.NICKNAME, line.text.strip(), _pad(line.box, line, width, height)))

    for line in lines:
        for kind, start, end in _pattern_matches(line):
            box = line.span_box(start, end)
            if box is not None and kind == T.REAL_NAME and not line.text[:start].strip():
                # a name opening its line ("芬岚 139****5021") may have lost its first
                # glyph (谭): it reaches back to the card's edge, the lines near it show
                box = Box.from_edges(_card_left(line, lines), box.y, box.right, box.bottom)
            if box is not None:
                found.append(
                    _Found(kind, line.text[start:end].strip(), _pad(box, line, width, height))
                )
        for kind, text, value_area, ref in _label_value(line, lines, width):
            found.append(_Found(kind, text, _pad(value_area, ref, width, height), from_label=True))
        name = _real_name_inline(line)
        if name is not None:
            start, end = name
            box = line.span_box(start, end)
            if box is not None:
                found.append(
                    _Found(T.REAL_NAME, line.text[start:end], _pad(box, line, width, height))
                )
    for area, ref in _unread_card_values(lines, found, width):
        found.append(_Found(T.REAL_NAME, "", _pad(area, ref, width, height)))
    if account_page:
        for line, box in _card_face_numbers(lines, width):
            found.append(_Found(T.BANK_CARD, line.text.strip(), _pad(box, line, width, height)))
        for area, ref in _card_faces(lines, width):
            found.append(_Found(T.BANK_CARD, "", _pad(area, ref, width, height)))
        for line in _digit_lines(lines, found, height):
            kind = T.BANK_CARD if len(re.findall(r"[\d*]", line.text)) >= 12 else T.PHONE
            found.append(_Found(kind, line.text.strip(), _pad(line.box, line, width, height)))
        for line in _junk_lines(lines, found, height):
            found.append(
                _Found(T.REAL_NAME, line.text.strip(), _pad(line.box, line, width, height))
            )
        # fragments of one value (a glyph read apart from the rest) become one box
        rows: list[list[Line]] = []
        for line in sorted(
            _unlabelled_values(lines, found, width, height), key=lambda ln: ln.box.x
        ):
            for row in rows:
                if any(
                    o.box.vertical_overlap(line.box) > -0.3 * max(o.height, line.height)
                    and line.box.x - o.box.right <= 2 * max(o.height, line.height)
                    for o in row
                ):
                    row.append(line)
                    break
            else:
                rows.append([line])
        for area, ref in _unread_values(lines, found, width, height):
            found.append(_Found(T.REAL_NAME, "", _pad(area, ref, width, height)))
        for row in rows:
            text = " ".join(o.text.strip() for o in row)
            tallest = max(row, key=lambda o: o.height)
            box = _to_value_column_edge(Box.around(o.box for o in row), lines, width)
            kind = (
                T.EMAIL
                if "@" in text
                else T.PHONE
                if sum(c.isdigit() for c in text) >= 4
                else T.REAL_NAME
            )
            if kind == T.REAL_NAME and len(strip_punct(text)) < 3:
                box = _three_glyphs_wide(box, lines, width)
            found.append(_Found(kind, text, _pad(box, tallest, width, height)))
    found = _with_row_fragments(found, lines, width, height)
    return _dedupe(_with_overlapping_pieces(found, lines, width, height))


# Row labels of account pages whose values are not private (or are said by a status).
_PUBLIC_LABELS = (
    "头像",
    "限额",
    "账号安全",
    "安全",
    "会员",
    "等级",
    "注册时间",
    "地区",
    "所在地",
    "性别",
    "生日",
    "年龄",
    "简介",
    "签名",
    "二维码",
    "设置",
    "版本",
    "退出",
    "注销",
    "密码",
    "隐私",
    "通知",
    "帮助",
    "关于",
    "设备",
)


def _unlabelled_values(
    lines: list[Line], found: list[_Found], width: int, height: int
) -> list[Line]:
    """Right-hand values on rows whose label is unreadable or unknown (fail safe)."""
    out = []
    for value in lines:
        if value.box.x < 0.45 * width or _is_chevron(value) or _is_status(value.text):
            continue
        if value.box.bottom < 0.05 * height:  # the phone's status bar: clock, signal
            continue
        if not strip_punct(value.text) or any(_contains(f.box, value.box) for f in found):
            continue
        row = [
            o
            for o in lines
            if o is not value
            and o.box.right <= value.box.x
            and o.box.vertical_overlap(value.box) > 0.3 * min(o.height, value.height)
        ]
        labels = " ".join(o.text for o in row)
        if any(w in labels for w in _PUBLIC_LABELS) or any(_label_match(o) for o in row):
            continue
        out.append(value)
    return out


def _to_value_column_edge(box: Box, lines: list[Line], width: int) -> Box:
    """A value box reaching on to the right edge of the values in the rows around it.

    An account page's values stand right-aligned in one column; a value read only in
    part ("丰-" for 顾*霞, its last glyph lost) ends short of that edge, and the glyphs
    it lost lie between (fail safe: the rest of a value's row holds nothing else)."""
    h = box.h
    edges = [
        o.box.right
        for o in lines
        if o.box.x >= 0.45 * width
        and o.box.right > box.right
        and abs(o.cy - (box.y + box.h / 2)) <= 4 * h
        and o.box.vertical_overlap(box) <= 0
    ]
    if not edges:
        return box
    return Box.from_edges(box.x, box.y, max(box.right, min(max(edges), width)), box.bottom)


def _three_glyphs_wide(box: Box, lines: list[Line], width: int) -> Box:
    """A right-aligned name read short ("春" of *春) lost its first glyphs: its box
    reaches left to three glyphs wide, short of the row's label and the value column,
    and up and down as far as the row's label does (晶 read as its lower half "日日"
    was boxed short of its top)."""
    row = [
        o
        for o in lines
        if o.box.right <= box.x
        and o.box.vertical_overlap(box) > 0.3 * min(o.height, box.h)
        and o.height <= 2.5 * box.h
    ]
    label_end = max((o.box.right for o in row), default=0)
    left = max(label_end + 1, round(0.45 * width), box.right - round(3.2 * box.h))
    return Box.from_edges(
        min(box.x, left),
        min([box.y, *(o.box.y for o in row)]),
        box.right,
        max([box.bottom, *(o.box.bottom for o in row)]),
    )


def _unread_values(
    lines: list[Line], found: list[_Found], width: int, height: int
) -> list[tuple[Box, Line]]:
    """Value areas of rows whose label is unknown and whose value was not read at all
    (a light masked ID number): the right part of the row (fail safe)."""
    out = []
    for label in lines:
        core = strip_punct(label.text)
        if label.box.y < 0.1 * height or label.box.right > 0.45 * width:
            continue
        if not 2 <= len(core) <= 6 or _is_status(label.text) or _label_match(label):
            continue
        if any(w in label.text for w in _PUBLIC_LABELS):
            continue
        if any(
            o is not label
            and o.box.x > label.box.right
            and o.box.vertical_overlap(label.box) > 0.3 * min(o.height, label.height)
            for o in lines
        ):
            continue  # something was read on the row: the other rules judge it
        area = Box.from_edges(
            round(0.45 * width), label.box.y, round(0.96 * width), label.box.bottom
        )
        if not any(_contains(f.box, area) for f in found):
            out.append((area, label))
    return out


# Row labels of detail cards (an order's, an item's) whose values are not private.
_PLAIN_ROW_LABELS = (
    "时间",
    "日期",
    "方式",
    "状态",
    "名称",
    "数量",
    "云贝",
    "金额",
    "实付",
    "价格",
    "类型",
    "规格",
    "有效期",
    "商品",
)


def _unread_card_values(
    lines: list[Line], found: list[_Found], width: int
) -> list[tuple[Box, Line]]:
    """A detail card's row whose label came out as a few glyphs ("收" "人" for 收货人) and
    whose value was not read at all: the value column of that row (fail safe, any page).

    A detail card stacks three or more rows with their labels at one left edge and
    their values at another; a row there with glyphs at the label edge, nothing at the
    value edge and no label known to hold plain data may hide a name."""
    out: list[tuple[Box, Line]] = []
    for label in lines:
        h = label.height
        rows = [
            o
            for o in lines
            if abs(o.box.x - label.box.x) <= 0.5 * h and 0.6 * h <= o.height <= 1.6 * h
        ]
        values = [
            v
            for r in rows
            for v in lines
            if v.box.x > r.box.right + h
            and v.box.vertical_overlap(r.box) > 0.3 * min(v.height, r.height)
        ]
        if len(rows) < 3 or len(values) < 2:
            continue
        value_x = sorted(v.box.x for v in values)[len(values) // 2]
        if sum(abs(v.box.x - value_x) <= h for v in values) < 2 or value_x > 0.6 * width:
            continue  # no common value edge: not a detail card
        # the row lies inside the card: rows with a value at its edge right above and
        # right below it
        aligned = [v for v in values if abs(v.box.x - value_x) <= h]
        if not (
            any(0.5 * h <= label.cy - v.cy <= 3 * h for v in aligned)
            and any(0.5 * h <= v.cy - label.cy <= 3 * h for v in aligned)
        ):
            continue
        on_row = [
            o
            for o in lines
            if o is not label and o.box.vertical_overlap(label.box) > 0.3 * min(o.height, h)
        ]
        if any(o.box.right > value_x for o in on_row):
            continue  # something was read in the value column: the other rules judge it
        row_text = "".join(o.text for o in sorted([label, *on_row], key=lambda o: o.box.x))
        if _label_match(label) or any(w in row_text for w in _PLAIN_ROW_LABELS):
            continue
        # a label read as one to three glyphs; not a numbered rule ("3.", "4.如")
        core = strip_punct(row_text)
        if not 1 <= len(core) <= 3 or core[0].isdigit():
            continue
        right = max(v.box.right for v in values)
        area = Box.from_edges(value_x, label.box.y, max(right, value_x + 4 * h), label.box.bottom)
        if not any(_contains(f.box, area) for f in found):
            out.append((area, label))
    return out


# a bank's name or card type, also read with a glyph lost or misread ("(工商银" and
# "储菏卡" for 工商银行 储蓄卡 on a dark card)
# (or a bank's short name, its 银行 misread: "人招商岂生" for 招商银行)
_BANK_HEADING = re.compile(
    r"银行|银\s*$|储.卡|.蓄卡|信用卡|借记卡|借.卡"
    r"|招商|工商|建设|农业|交通|邮储|邮政|浦发|民生|兴业|光大|中信|华夏|平安|广发"
)


def _card_face_numbers(lines: list[Line], width: int) -> list[tuple[Line, Box]]:
    """The number on a bank card's picture, however little of it was read (thin white
    digits on a red card read as one "2"): a line with a digit or a mask star under the
    bank's name, with at most a few Han characters, covered from its start across the
    card's width (fail safe)."""
    out = []
    for heading in lines:
        if not _BANK_HEADING.search(heading.text):
            continue
        for line in lines:
            gap = line.box.y - heading.box.bottom
            if line is heading or not 0 <= gap <= 6 * heading.height:
                continue
            junk = not re.search(r"[\u4e00-\u9fff]", line.text) and _doubted(line)
            if not (re.search(r"[\d*]", line.text) or junk) or _label_match(line):
                continue  # ("ii" across the card: its number read as nothing, covered)
            han = sum(1 for c in line.text if "\u4e00" <= c <= "\u9fff")
            if han > 2 and sum(c.isdigit() for c in line.text) < 4:
                continue  # a row of text, not a number whose mask read as Han glyphs
                # ("O0228类大大大大大大大00005" for 6228 **** **** 6605)
            if line.box.x > 0.45 * width:
                continue  # a value at a row's right end: the row rules judge it
            right = min(width, max(line.box.right, line.box.x + round(0.55 * width)))
            out.append((line, Box.from_edges(line.box.x, line.box.y, right, line.box.bottom)))
    return out


def _doubted(line: Line) -> bool:
    """Whether Tesseract doubted every word of the line."""
    return all(w.conf < 60 for w in line.raw.words)


_NOT_PRIVATE_NUMBER = re.compile(r"[¥￥元%]|\d[.,]\d{2}(?!\d)|" + _DATE_PIECE.pattern)


def _digit_lines(lines: list[Line], found: list[_Found], height: int) -> list[Line]:
    """On an account page, a line that is mostly digits and is no date, time or amount
    holds a number of the user's, however OCR garbled it ("6L2人00一3096" for a card
    number on a dark card picture): marked whole (fail safe). A number of 12 digits or
    more is marked so even where a part of it was taken for a user id, which the support
    email does not hide ("6013 84002 0C人0 83170": its start read as an id)."""
    official = PRESET_TYPES[Preset.OFFICIAL]
    out = []
    for line in lines:
        text = re.sub(r"\s", "", line.text)
        digits = sum(c.isdigit() for c in text)
        if line.box.bottom < 0.05 * height or digits < 5 or digits + text.count("*") < 6:
            continue
        if digits + text.count("*") < 0.5 * len(text) or _NOT_PRIVATE_NUMBER.search(text):
            continue
        long = digits + text.count("*") >= 12
        if not any(_contains(f.box, line.box) and (f.type in official or not long) for f in found):
            out.append(line)
    return out


def _junk_lines(lines: list[Line], found: list[_Found], height: int) -> list[Line]:
    """On an account page, a line of glyphs Tesseract doubts every one of (under 30),
    below the status bar: an account page lists little but private data, and such a
    line may be one read as junk ("ww" for a card's "**** **** **** 5983" in thin white
    digits on a card whose bank name was not read either). Marked whole (fail safe)."""
    official = PRESET_TYPES[Preset.OFFICIAL]
    return [
        line
        for line in lines
        if line.box.y >= 0.06 * height
        and len(strip_punct(line.text)) >= 2
        and all(w.conf < 30 for w in line.raw.words)
        and _label_match(line) is None
        and not any(_contains(f.box, line.box) and f.type in official for f in found)
    ]


def _card_faces(lines: list[Line], width: int) -> list[tuple[Box, Line]]:
    """A bank card's picture: from under the bank's name down to the first line read at
    the left below it (the card's number, which `_card_face_numbers` covers, or the
    first row under the card: 持卡人 ...), at most six headings tall, across the card.
    The number may not be read at all ("**** **** **** 1972" in thin white digits), and
    the picture holds nothing else to keep."""
    out = []
    for heading in lines:
        if not _BANK_HEADING.search(heading.text) or heading.box.x > 0.45 * width:
            continue
        h = heading.height
        top = heading.box.bottom
        bottom = min(
            (ln.box.y for ln in lines if ln.box.y > top + 1.5 * h and ln.box.x < 0.45 * width),
            default=top + 6 * h,
        )
        bottom = min(bottom, top + 6 * h)
        if bottom - top > h:
            area = Box.from_edges(max(0, heading.box.x - h), top, round(0.9 * width), bottom)
            out.append((area, heading))
    return out


def _contains(outer: Box, inner: Box) -> bool:
    cx, cy = inner.x + inner.w / 2, inner.y + inner.h / 2
    return outer.x <= cx <= outer.right and outer.y <= cy <= outer.bottom


def _numbers_beside(names: list[Line], lines: list[Line]) -> list[Line]:
    """On an address card the phone follows the name on its row; a piece of it OCR read
    ("152" of 152****8247) is marked whole, pattern or not, and so is a phone read as
    glyphs Tesseract doubts ("工本和]和有7" for 188****1967)."""
    found = []
    for name in names:
        for other in lines:
            if (
                other is not name
                and other.box.x >= name.box.right
                and other.box.x - name.box.right <= 4 * name.height
                and other.box.vertical_overlap(name.box) > 0.3 * min(other.height, name.height)
                and (
                    sum(c.isdigit() for c in other.text) >= 3
                    or sum(w.conf for w in other.raw.words) / len(other.raw.words) < 50
                )
            ):
                found.append(other)
    return found


def _card_left(line: Line, lines: list[Line], reach: float | None = 3.0) -> int:
    """The left edge of the card `line` opens a row of: the leftmost line start near it,
    at most `reach` line heights left of it (a glyph or two OCR lost; None: any), else
    its own."""
    near = [
        o.box.x
        for o in lines
        if abs(o.cy - line.cy) <= 2.5 * line.height
        and 0 < line.box.x - o.box.x <= (reach or math.inf) * line.height
    ]
    return min(near, default=line.box.x)


def _contact_rows(lines: list[Line]) -> list[Line]:
    """Under a 收货信息 heading the first rows hold the name and the phone; a row with
    digits there is marked whole, however badly OCR read the number ("朱洋102半六洲2042")."""
    headings = [h for h in lines if any(w in h.text for w in _CONTACT_HEADINGS)]
    rows = []
    for line in lines:
        digits = sum(c.isdigit() for c in line.text)
        if digits < 3 or _label_match(line) is not None:
            continue
        if digits <= 4 and failure_score(line.text) and "云贝" in line.text:
            # a dialog over the card says why the redemption failed ("余额不足,还需120
            # 云贝"): a sentence with no room for a phone in it
            continue
        if any(
            h is not line
            and 0 <= line.box.y - h.box.bottom <= 3 * h.height
            and abs(line.box.x - h.box.x) <= 2 * h.height
            for h in headings
        ):
            rows.append(line)
    return rows


def _with_row_fragments(
    found: list[_Found], lines: list[Line], width: int, height: int
) -> list[_Found]:
    """Sparse mode splits a masked value into pieces ("yan" "洲洲六" "@foxmail.com"):
    an email or phone box takes in the pieces that touch it on its row."""
    out = []
    for item in found:
        if item.type not in (T.EMAIL, T.PHONE) or item.from_label:
            out.append(item)
            continue
        box = item.box
        grew = True
        while grew:
            grew = False
            for line in lines:
                b = line.box
                if b.vertical_overlap(box) < 0.5 * min(b.h, box.h) or box.x <= b.x:
                    continue
                gap = box.x - b.right
                # (the gap measured by the taller of the two: a card's stars read as a
                # thin run of glyphs, "太太太太六大太太太太太太", 13 px high, stand 25 px
                # left of its last four digits)
                if b.right < box.right and -b.w < gap <= 0.8 * max(b.h, box.h) and b.x < box.x:
                    box = box.union(_pad(b, line, width, height))
                    grew = True
        out.append(_Found(item.type, item.text, box, from_label=item.from_label))
    return out


def _with_overlapping_pieces(
    found: list[_Found], lines: list[Line], width: int, height: int
) -> list[_Found]:
    """A value's glyphs read as two lines laid over each other ("差蓉水" over "交合Tv" for
    the name 姜蓉杰, its lower half in the second): a box takes in whole any line of no
    greater size that lies mostly inside it (fail safe)."""
    out = []
    for item in found:
        box = item.box
        for line in lines:
            b = line.box
            inside = b.intersection(item.box)
            if inside is None or b.area > 2 * item.box.area:
                continue
            if inside.area >= 0.5 * b.area and not item.box.contains(b):
                box = box.union(_pad(b, line, width, height))
        out.append(item if box == item.box else replace(item, box=box))
    return out


_NAME_INLINE = re.compile(
    r"(?:姓名|真实姓名|实名|认证人|持卡人|收货人)\s*[:]\s*([\u4e00-\u9fff*]{1,4}[\u4e00-\u9fff*]?)"
)


def _real_name_inline(line: Line) -> tuple[int, int] | None:
    """'实名：张*三' inside a sentence (the label pass only looks at a line's start)."""
    m = _NAME_INLINE.search(line.text)
    if not m or m.start() == 0:
        return None
    return m.start(1), m.end(1)


def _dedupe(found: list[_Found]) -> list[Sensitive]:
    """Drop a finding whose box lies inside another finding's box of the same type, or
    inside a labelled value (the label names the type better than the digits do) unless
    that would move it out of the official preset."""
    official = PRESET_TYPES[Preset.OFFICIAL]
    result: list[_Found] = []
    for item in sorted(found, key=lambda f: (-f.box.area, not f.from_label)):
        if any(
            other.box.contains(item.box)
            and (
                other.type == item.type
                or (other.from_label and (other.type in official or item.type not in official))
            )
            for other in result
        ):
            continue
        result.append(item)
    result.sort(key=lambda f: (f.box.y, f.box.x))
    return [Sensitive(f.type, f.text, f.box) for f in result]


def for_preset(items: Iterable[Sensitive], preset: Preset) -> list[Sensitive]:
    allowed = PRESET_TYPES[preset]
    return [s for s in items if s.type in allowed]
