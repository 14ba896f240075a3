"""Understand one screenshot: its kind and the facts on it (balance, error, cost, ...)."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from yunbei_gui.core.lexicon import Lexicon, lexicon
from yunbei_gui.core.lines import Line, to_line
from yunbei_gui.core.models import Box, Cause, Deduction, Fields, Kind, OcrWord
from yunbei_gui.core.ocr import TextLine
from yunbei_gui.core.text import (
    find_amounts,
    find_timestamps,
    find_timestamps_in_year,
    fix_digit_confusables,
    fix_domain_words,
    is_address,
    join_words,
    normalize,
    parse_int,
    strip_punct,
)

# A signed amount closing a records row: "-300", "+5", "－1,280云贝"; OCR reads the minus
# as 一 (Han "one") and the plus as 十 (Han "ten") often enough to accept them.
_SIGNED_TAIL = re.compile(
    r"(?:^|(?<=[^\w+\-]))([+\-−一十])\s?(\d{1,3}(?:,\d{3})+|\d{1,7})\s*(?:云贝)?\s*$"
)
# a number alone on its line; a small unit after it ("云贝") is often misread as letters;
# OCR may add a bracket or bar before a big number and a
# couple of marks after it ("(0,", "4537、^"), never a sign (+5 / -200 are records rows)
# a thousands separator as OCR reads it: a comma, maybe with a stray mark beside it
# ("18.,650", "21;,794", "11L,838")
_GROUP_COMMA = r"[.;:'L)]?\s?[,，][.;:']?"
_NUMBER_ONLY = re.compile(
    rf"^\s*[(\[\]|\"'“]?\s*(\d{{1,3}}(?:\s?(?:{_GROUP_COMMA}|[.;])\s?\d{{3}})+|\d{{1,8}})"
    r"(?:\s*(?:云.?|个|枚|[A-Za-z]{1,3}|[>›》、。,.:;^'\"”)\]|~\\=]{1,2})){0,2}"
    # 云贝 misread as a look-alike of 云 ("0二" for 0 云贝), closing the line
    r"(?:\s*[去二会][^\d\s,.，。]?)?\s*$"
)
# a list item's number (1-19: no rules list goes further; "70." before a prompt is the
# page behind its dialog) or bullet
_LIST_MARKER = re.compile(r"^\s*(?:(?:[1-9]|1\d)\s*[.、)]|[·•●\-*])")
_STRONG_FAILURE = (
    "失败",
    "繁忙",
    "人数过多",
    "人数较多",
    "稍后重试",
    "稍后再试",
    "维护中",
    "正在维护",
    "系统维护",
    "异常",
    "受限",
    "安全风险",
    "违规",
    "不足",
    "已兑完",
    "兑完了",
    "抢光",
    "抢完",
    "兑换过",  # ("您已兑换过", its 已 maybe lost)
    "暂停兑换",  # "…已暂停兑换"
    "才可兑",  # (换 may wrap to the next line)
    "才能兑",
    "名额已满",
    "售罄",
    "已结束",
    "未满足",
    "暂不支持",
    "暂无法",
    "无法兑换",
    "不能兑换",
    "不可兑换",
    "超时",
    "出错",
    "错误",
    "不符合",
    "请联系客服",
    "未达到",
    "无法",
    "暂不可",
    "被限制",
    "不可用",
    "门槛",
    "仅限",
    "开小差",
    "人数过多",
    "后重试",  # "请检查网络设置后重试"
    "验证后再试",  # "请完成安全验证后再试"
    "风控",  # "当前账号处于风控状态"
    "手续费",  # "兑换需额外支付手续费,当前云贝不" / "足": the fee is the failed condition
    "封禁",
    "冻结",
    # an account's prompt with a glyph lost or misread on a toast over a picture
    # ("账号已被制使用…", "账号受" with 限 unread, "在安全风" with 险 on the next line)
    "账号已被",
    "账号受",
    "安全风",
)


_TITLE_ONLY = {
    "兑换失败",
    "提示",
    "温馨提示",
    "兑换提示",
    "操作失败",
    "失败",
    "兑换未完成",
    "兑换未成功",
}


def _is_title(core: str) -> bool:
    """A dialog or status title: a known one, "...提示" with its first characters
    misread, or an order's status ("交易关闭", "兑换异常")."""
    return (
        core in _TITLE_ONLY
        or re.fullmatch(r".{1,3}提示", core) is not None
        # (闭 misread: "交易关堵")
        or re.fullmatch(r"(?:交易|订单|兑换).?(?:关.|异常|失败|异前)", core) is not None
        or re.fullmatch(r"(?:很|非常)?抱.?兑换失败", core) is not None  # "很抱歉，兑换失败"
        or re.fullmatch(r"[\u4e00-\u9fff]{2}失败", core) is not None  # "喝痪失败", "支付失败"
        or _MISREAD_NOT_DONE.fullmatch(core) is not None
    )


# "兑换未成功" / "兑换未完成" with one glyph of 兑换 misread ("羌换未成功")
_MISREAD_NOT_DONE = re.compile(r"(?:[\u4e00-\u9fff]换|兑[\u4e00-\u9fff])未(?:成功|完成)")


def _under_failure_title(lines: list[Line], line: Line) -> bool:
    """Whether `line` sits right under a title that says a redemption failed (兑换未成功,
    兑换失败), centred alike: the body of that dialog or result page."""

    def centre(box: Box) -> float:
        return box.x + box.w / 2

    return any(
        (strip_punct(t.text) in _TITLE_ONLY or _MISREAD_NOT_DONE.fullmatch(strip_punct(t.text)))
        and "提示" not in t.text
        and -0.3 * line.height <= line.box.y - t.box.bottom <= 1.5 * max(t.height, line.height)
        and abs(centre(t.box) - centre(line.box)) <= 2 * max(t.height, line.height)
        for t in lines
    )


def _is_question(text: str) -> bool:
    """A help page's question ("兑换失败怎么办？"), not a prompt."""
    return text.rstrip().endswith(("?", "？")) or _contains_any(
        text, ("怎么办", "为什么", "如何", "怎么")
    )


@dataclass
class _Error:
    lines: list[Line]
    message: str
    cause: Cause | None


def _contains_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _is_button(text: str, lex: Lexicon) -> bool:
    """A dialog button, or a row of them ("稍后再试 联系客服")."""
    core = strip_punct(text)
    if not core:
        return False
    words = sorted(lex.failure_buttons, key=len, reverse=True)
    pattern = "(?:" + "|".join(re.escape(w) for w in words) + ")+"
    return re.fullmatch(pattern, core) is not None


# a title read with its first character misread (苋换失败, 郊换失败) or OCR junk before it
# (an icon: "三2,,兑换失败账号受限…")
# ("竞痪和失风": 换 read as 痪, 败 as 风, a glyph between)
_FAILED_WORD = r"[兑苋郊交竞竟党][换痪][\u4e00-\u9fff]?失[败风]"
_TITLE_FAILED = rf"(?:[\u4e00-\u9fff]?[^\u4e00-\u9fff]{{1,3}})?{_FAILED_WORD}"
# a dialog's icon before its title, read as a few glyphs ("二了;,7兑换失败")
_ICON_AND_TITLE = re.compile(rf"^(.{{1,7}}?){_FAILED_WORD}\s*[:,.!]?\s*")
_FAILURE_PREFIX = re.compile(
    r"^\s*(?:(?:很|非常)?抱歉\s*[,.!]?\s*)?"  # "很抱歉，兑换失败…"
    rf"(?:{_TITLE_FAILED}|操作失败|兑换未成功|兑换未完成|.{{0,6}}原因|失败|提示)\s*[:,.!]?\s*"
)


# the headings of a page's rules and notes card ("活动规则", "兑换须知", "权益说明")
_RULES_HEADINGS = ("规则", "须知", "说明")
_HEADING_BEFORE = re.compile(
    rf"^\s*[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(_RULES_HEADINGS)})\s*[.,:·]?\s*"
)
_REASON_LABEL = re.compile(r"^.{0,12}?(?:(?:失败|异常)原因\s*:?|原因\s*:)\s*")


# the buttons that close a prompt's dialog; of the lexicon's failure buttons only these, as
# a page's own "立即兑换" may stand right under its rules text
_DIALOG_BUTTONS = ("知道了", "我知道了", "好的", "确定")


def _in_rules(lines: list[Line], line: Line, width: int) -> bool:
    """Rules and notes text (a numbered list under 规则/须知) is not an error prompt."""
    if _LIST_MARKER.match(line.text):
        return True
    before, bar, after = line.text.partition("|")
    if bar and _failure_score(after) and not _failure_score(before):
        return False  # a toast read into a rules line, the toast's edge between them
    if any(
        strip_punct(b.text) in _DIALOG_BUTTONS and 0 <= b.box.y - line.box.bottom <= 3 * line.height
        for b in lines
    ):
        return False  # a dialog's message over the rules, its button right under it
    idx = lines.index(line)
    below = line
    for prev in reversed(lines[max(0, idx - 12) : idx]):
        if below.box.y - prev.box.bottom > 2.5 * max(prev.height, below.height):
            return False  # a gap: whatever is above, this line is not part of its list
        below = prev if prev.box.bottom > below.box.y - 1 or prev.box.y < below.box.y else below
        if strip_punct(prev.text) in _TITLE_ONLY:
            return False  # under a dialog's "兑换失败" title: the dialog's message

        if (
            any(w in prev.text for w in (*_RULES_HEADINGS, "注意事项"))
            and len(strip_punct(prev.text)) <= 8
        ):
            # rules text sits left-aligned (maybe indented) under its heading; a dialog
            # or toast over the page is centred
            # the heading's glyph size: its box may be stretched by a stray glyph
            h = min(prev.height, prev.box.w / max(1, len(strip_punct(prev.text))))
            centred = abs((line.box.x + line.box.right) / 2 - width / 2) <= 0.06 * width
            at_margin = prev.box.x - h <= line.box.x <= prev.box.x + 1.5 * h
            indented = line.box.x <= prev.box.x + 3 * h and not centred
            return (at_margin or indented) and line.height <= prev.height * 1.5
    return False


def classify_cause(text: str, lex: Lexicon | None = None) -> Cause | None:
    """The likely cause behind an error text, by the cause priority of the lexicon.

    Account problems outrank stock, stock outranks eligibility, and the generic system
    words ("请稍后重试") only decide when nothing more specific is there.
    """
    lex = lex or lexicon()
    # (a mark read inside a word counts for nothing: "云贝不,足")
    for candidate in (text, _MARK_IN_A_WORD.sub("", text)):
        for cause in lex.cause_priority:
            if any(word in candidate for word in lex.causes[cause]):
                return Cause(cause)
    return None


_MARK_IN_A_WORD = re.compile(r"(?<=[\u4e00-\u9fff])\s?[,.，。、'\"“”]\s?(?=[\u4e00-\u9fff])")


# a voucher "with no minimum spend", 无 read as 元 too ("5元元门槛代金券")
_NO_THRESHOLD = re.compile(r"无门槛|.门槛(?=代金券|优惠券|红包|券)")
# a rules card's standing sentences ("部分商品仅限中国大陆地区用户兑换"): no prompt says
# "some items", and a list number read apart leaves no list marker to tell them by
_RULES_SENTENCE = re.compile(r"部分商品仅限[^,.;]*")


# "还差589云贝": the coins the user is short of, a prompt's end read without its start
_SHORT_OF = re.compile(r"还[差需]\s?\d[\d,]*\s?云贝")


def _failure_score(text: str) -> int:
    # "无门槛" (no minimum spend) names a voucher ("5元无门槛代金券"), not a failed condition
    text = _RULES_SENTENCE.sub("", _NO_THRESHOLD.sub("", text))
    return sum(1 for w in _STRONG_FAILURE if w in text) + (1 if _SHORT_OF.search(text) else 0)


# a dialog's buttons: those that close it (`_DIALOG_BUTTONS`), and the ones that act on
# the failure or send the user to earn coins; not a page's own "立即兑换" or "查看详情"
_CLOSING_BUTTONS = {*_DIALOG_BUTTONS, "重试", "再试一次", "重新兑换", "联系客服", "取消", "关闭"}
_CLOSING_BUTTONS |= {"返回", "去赚云贝", "去做任务"}


def dialog_message_area(lines: list[Line], width: int, height: int) -> Box | None:
    """Where a dialog's message stands, found by its frame: a centred title (提示,
    兑换失败, ...) with the dialog's buttons under it ("取消 | 联系客服", a lone 确定).
    The message between them may not have been read at all (grey on a dark card over a
    bright picture, which no panel detection sees): read alone, it may come out."""
    centre = width / 2

    def area(top: int, row: list[Line]) -> Box:
        reach = max(abs(b.box.x + b.box.w / 2 - centre) + b.box.w / 2 for b in row)
        half = max(reach + 0.06 * width, 0.3 * width)
        left, right = max(0, round(centre - half)), min(width, round(centre + half))
        return Box.from_edges(left, top, right, min(b.box.y for b in row))

    buttons = [b for b in lines if strip_punct(b.text) in _CLOSING_BUTTONS]
    for title in lines:
        core = strip_punct(title.text)
        if not _is_title(core) or abs(title.box.x + title.box.w / 2 - centre) > 0.08 * width:
            continue
        under = [b for b in buttons if title.height <= b.box.y - title.box.bottom <= 0.35 * height]
        if under:
            first = min(b.box.y for b in under)
            return area(title.box.bottom, [b for b in under if b.box.y - first <= b.height])
    # no title read: two buttons side by side ("取消 | 联系客服") frame a dialog too
    for b in buttons:
        pair = [
            o
            for o in buttons
            if o is not b and o.box.vertical_overlap(b.box) >= 0.5 * min(o.height, b.height)
        ]
        if pair:
            return area(max(0, round(b.box.y - 0.15 * height)), [b, *pair])
    return None


def garbled_lines(lines: list[Line], width: int, height: int) -> list[Line]:
    """Wide lines of the page's body that Tesseract read as glyphs it doubts (on average
    under 45), not numbers: where a prompt in a colour it reads badly may stand (at most
    four, the least sure first)."""
    usual = _median_height(lines)
    found = [
        ln
        for ln in lines
        if ln.box.w >= 0.25 * width
        and 0.08 * height <= ln.box.y <= 0.95 * height
        and ln.height <= 3 * usual
        and sum(w.conf for w in ln.raw.words) / len(ln.raw.words) < 45
        and not _failure_score(ln.text)
        # a big number read badly is the number look's ("295252云贝" for 2552云贝)
        and sum(c.isdigit() for c in ln.text) < 0.3 * len(ln.text.strip())
    ]
    return sorted(found, key=lambda ln: min(w.conf for w in ln.raw.words))[:4]


def failure_score(text: str) -> int:
    """How many words of a failure prompt a text read by OCR holds (0: it says no
    redemption failed)."""
    core, _ = normalize(text)
    return _failure_score(fix_domain_words(fix_digit_confusables(core)))


def _usual_height(words: list[OcrWord]) -> int:
    """The median height of a line's word boxes: its font's, whatever a few strays say."""
    return sorted(w.box.h for w in words)[len(words) // 2]


def _split_overlay(line: Line) -> list[Line]:
    """A toast over a page's text can be read into one line with the text under it; its
    words then sit on another baseline. Split such a line where the words' vertical
    middles jump (at least two words on each side), else keep it whole."""
    words = line.raw.words
    if len(words) < 4:
        return [line]

    h = _usual_height(words)
    # a speck far past the line's end, read as glyphs Tesseract all but rules out ("ae"
    # at 0 after "…E4031)"), sets no baseline of its own
    judged = words
    while (
        len(judged) >= 4
        and judged[-1].conf < 10
        and judged[-1].box.x - judged[-2].box.right > 3 * h
    ):
        judged = judged[:-1]

    def middle(ws: list[OcrWord]) -> float | None:
        # only words of the line's usual height: punctuation and noise boxes stray
        mids = sorted(w.box.y + w.box.h / 2 for w in ws if 0.6 * h <= w.box.h <= 1.4 * h)
        return mids[len(mids) // 2] if len(mids) >= 2 else None

    best: tuple[float, int] | None = None
    for cut in range(2, len(judged) - 1):
        before, after = middle(judged[:cut]), middle(judged[cut:])
        if before is None or after is None:
            continue
        jump = abs(before - after)
        if jump >= 0.3 * h and (best is None or jump > best[0]):
            best = (jump, cut)
    if best is None:
        return [line]
    cut = best[1]
    while cut < len(words) - 2 and not 0.6 * h <= words[cut].box.h <= 1.4 * h:
        cut += 1  # a stray box at the seam goes with the text under the overlay
    return _line_parts(words, cut)


def _line_parts(words: list[OcrWord], cut: int) -> list[Line]:
    parts = []
    for ws in (words[:cut], words[cut:]):
        text, offsets = join_words([w.text for w in ws])
        parts.append(to_line(TextLine(list(ws), text, offsets)))
    return parts


def _without_overlays(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """`lines` with each line that holds failure wording split at a baseline jump, and
    the ids of the parts left under an overlay (never part of its message)."""
    out: list[Line] = []
    under: set[int] = set()
    for line in lines:
        worded = _failure_score(line.text) or classify_cause(line.text)
        parts = _split_overlay(line) if worded else [line]
        if len(parts) > 1:
            under.add(id(parts[0]))
        out.extend(parts)
    return out, under


def find_error(
    lines: list[Line], deduction_lines: set[int], width: int, lex: Lexicon | None = None
) -> _Error | None:
    """Find the failure prompt's explanation (dialog body or toast) and its cause."""
    lex = lex or lexicon()
    lines, under = _without_overlays(lines)
    # the text under an overlay joins no message, just like a records row
    deduction_lines = deduction_lines | under
    best: tuple[float, Line] | None = None
    for line in lines:
        if not _may_be_prompt(line, deduction_lines, lex):
            continue
        core = strip_punct(line.text)
        score: float = _failure_score(line.text)
        if core in _TITLE_ONLY:
            score = 0  # a dialog title; the body is another line
        if not score and _under_failure_title(lines, line) and classify_cause(line.text, lex):
            # a body under its title says why, its failure words misread ("商品已驳完")
            score = 1
        reason = _REASON_LABEL.match(line.text)
        if not score and reason and len(strip_punct(line.text[reason.end() :])) >= 4:
            # "原因:" says its value is a failure's reason, whatever OCR made of its
            # words ("原因:当前账号状总和开吊,请完成安全验证后再试")
            score = 1
        if (
            score == 0
            or _in_rules(lines, line, width)
            or _failure_in_a_name(line, lines, width, lex)
            or _in_question_list(lines, line)
        ):
            continue
        if _is_title(core):
            # a title read with a glyph misread ("很抱雏，兑换失败", "订单异常"): the body
            # under it says more, but with nothing else on the page the title will do
            score -= 0.5
        weighted = score + (1 if classify_cause(line.text, lex) else 0) + 0.001 * line.height
        if _under_failure_title(lines, line):
            # a dialog's body under its failure title outweighs the dimmed page's rules
            # beside it ("部分商品仅限中国大陆地区用户兑换", its list number lost)
            weighted += 1
        if best is None or weighted > best[0]:
            best = (weighted, line)
    if best is None:
        best = _wrapped_prompt(lines, deduction_lines, lex, width)
    if best is None:
        return None
    anchor = best[1]
    group = _row_pieces(lines, anchor, lex, deduction_lines, [anchor], width)
    # A message that wraps continues on lines of the same size right above/below it: the
    # nearest such line (another line's centre may fall between them in reading order)
    for direction in (-1, 1):
        while True:
            if direction > 0 and _FINISHED.search(
                "".join(ln.text.strip() for ln in _reading_order(group))
            ):
                break  # "…请稍后重试" says all; the line under it is the page's
            nxt = _continuation(lines, group, anchor, direction, lex, deduction_lines)
            if nxt is None:
                break
            group = _row_pieces(lines, nxt, lex, deduction_lines, [*group, nxt], width)
    message = _joined_text(_reading_order(group))
    # a toast says "兑换失败：商品库存不足"; the explanation is what follows the title
    # ("兑换异常原因：系统维护中" too), but "兑换未成功，请联系客服" says nothing more after
    # its title: the whole sentence is the message
    # (the prefixes may stack: "很抱歉，兑换失败 失败原因：…")
    # "兑换失败，请稍后重试" is one sentence, though: a bare title before a comma stays
    stripped = message
    icon = _ICON_AND_TITLE.match(stripped)
    if (
        icon
        and "," not in icon.group(0)[len(icon.group(1)) :]  # "兑换失败,请稍后重试" is one
        and not (_failure_score(icon.group(1)) or classify_cause(icon.group(1), lex))
    ):
        stripped = stripped[icon.end() :]
    while (shorter := _FAILURE_PREFIX.sub("", stripped, count=1)) != stripped:
        if re.match(rf"\s*(?:{_TITLE_FAILED}|操作失败|失败)\s*,", stripped):
            break
        stripped = shorter
    if (
        len(strip_punct(stripped)) >= 2
        and classify_cause(stripped, lex) is not None
        # the title's own bracket ("兑换失败（错误码：E4031）") stays with it
        and not re.match(r"\s*[(（〈<\[【]", stripped)
    ):
        message = stripped
    # "失败原因：…" is a label and its value, whatever the value's words: the value is the
    # message (with whatever junk the label's row read before the label)
    label = _REASON_LABEL.match(message)
    if label and len(strip_punct(message[label.end() :])) >= 2:
        message = message[label.end() :]
    # the rules card's heading read into the toast's line ("兑换须知.账号已被限制…")
    heading = _HEADING_BEFORE.match(message)
    if heading and _failure_score(message[heading.end() :]):
        message = message[heading.end() :]
    # a dialog's rows read as one block with the toast over them ("所需云贝120我的云贝
    # 76068兑换后剩余75948当前兑换人数较多…"): labels with their values are no prompt
    rows = _ROW_VALUES.match(message)
    if (
        rows
        and _failure_score(message[rows.end() :])
        and _contains_any(rows.group(0), (*lex.cost_labels, *lex.balance_labels, "剩余"))
    ):
        message = message[rows.end() :]
    # a toast's rounded ends or a dialog's edge read as marks around the message, and a
    # divider's dashes ("一-一一本月消费满30元后才可兑换\"一一一一一")
    message = _DIVIDER_END.sub("", _DIVIDER_START.sub("", message))
    message = _without_unrelated_sentences(message, lex)
    message = message.strip(" |'\"“”")
    # a glyph of the page beside a toast read before its edge, taken for a quote mark
    # ("和\"网络异常,请检查网络设置后重试"), or a price beside a dialog ("70 |")
    edge = _GLYPH_AT_EDGE.match(message)
    if edge:
        rest = message[edge.end() :]
        glyphs = edge.group(0).rstrip(" \"“”'")
        # (not where the glyphs and the rest make a failure's words: "兑换\"失败\"")
        head = glyphs + rest[:4]
        joined = any(w in head and w not in rest[:4] for w in lex.failure_words)
        # (a number before a bar is never a prompt's start: the rest is the prompt)
        beside = glyphs.endswith("|") and len(strip_punct(rest)) >= 4
        if beside or (_failure_score(rest) and not joined):
            message = rest
    return _Error(group, message, classify_cause(message, lex))


# (or digits of the page beside a dialog before its edge read as a bar: "70 |当前账号…")
_GLYPH_AT_EDGE = re.compile(r"^(?:[^\s\"“”'|]{1,2}[\"“”']|\d{1,4}\s?\|)\s*")


# the standing sentences of an item page's rules card
_RULES_TEXT = re.compile(
    r"一经兑换不支持退换|发放至当前账号|个工作日内发货|最终解释权|认证后方可参与"
)
# a run of labels each with its number ("所需云贝120我的云贝76068")
_ROW_VALUES = re.compile(r"^(?:\s*[\u4e00-\u9fff]{2,6}\s*[:：]?\s*\d[\d,]*\s*)+")


# where a prompt read together with the page's text around it splits into sentences: a
# full stop, colon or semicolon (see `_sentence_spans`), or a run of Latin junk
# ("兑换未完成见Tzseetr3oyFripea", four letters or more)
_SENTENCE_MARK = re.compile(r"[.。:：;；]|[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]{5,}")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of the sentences of `text`. A mark between digits ("02:00",
    "2026.03"), after 码 ("错误码: E4031") or between a letter and a digit ("Lv.6")
    joins, whatever spaces OCR put around it."""
    spans = []
    pos = 0
    for m in _SENTENCE_MARK.finditer(text):
        before = text[: m.start()].rstrip()[-1:]
        after = text[m.end() :].lstrip()[:1]
        if len(m.group()) == 1 and (
            (before.isdigit() and after.isdigit())
            or before == "码"
            or (before.isascii() and before.isalpha() and after.isdigit())
        ):
            continue
        if len(m.group()) > 1 and sum(c.isalpha() for c in m.group()) < 4:
            continue  # a code ("E40311"), not Latin junk
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


_DAY = (
    r"20\d\d\s*[年./\-]\s*\d{1,2}(?:\s*[月./\-]\s*\d{1,2}\s*日?)?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_DATE_RUN = re.compile(rf"{_DAY}(?:\s*[-~至]\s*{_DAY})?\s*月?")


def _without_unrelated_sentences(message: str, lex: Lexicon) -> str:
    """The prompt without the page's sentences read before or after it into its line
    ("黑胶Y卫年攻所四.网络异常,…", "活动时间: 2026.03.01-2026.03.28:库存不足",
    "…暂时无法兑换.实物商品将在7个工作日内发货"): leading and trailing sentences that
    say nothing of a failure or its cause go; the prompt's own stay."""

    def says(text: str) -> bool:
        if _RULES_TEXT.search(text):
            return False  # a rules card's sentence read on ("…一经兑换不支持退换")
        return bool(_failure_score(text) or classify_cause(text, lex))

    spans = _sentence_spans(message)
    saying = [says(message[a:b]) for a, b in spans]
    if not any(saying):
        return message
    first = saying.index(True)
    last = len(saying) - 1 - saying[::-1].index(True)
    # a condition's value after its colon is the prompt's own ("未满足兑换条件：需连续签到
    # 7天", 续 lost: "需连签到7天" names no cause by itself)
    if (
        last + 1 < len(spans)
        and message[spans[last][0] : spans[last][1]].rstrip().endswith("条件")
        and message[spans[last][1] : spans[last + 1][0]].strip() in (":", "：")
    ):
        last += 1
    kept = message[spans[first][0] : spans[last][1]]
    # a date before the prompt on its line (the page's "兑换期限2026年1月", an activity's
    # dates) goes with what stands before it; one inside the prompt stays ("预计2026年
    # 3月28日恢复兑换")
    date = _DATE_RUN.search(kept)
    if date and not says(kept[: date.start()]) and says(kept[date.end() :]):
        return kept[date.end() :]
    return kept


_DASHES = r"[\s一\-—–_~|'\"“”]*[\-—–_~]"
_DIVIDER_START = re.compile(rf"^{_DASHES}[\s一\-—–_~|'\"“”]*")
_DIVIDER_END = re.compile(r"[\s|'\"“”]*[一\-—–_~]{3,}[\s|'\"“”]*$|" + _DASHES + r"[\s一|'\"“”]*$")


def _failure_in_a_name(line: Line, lines: list[Line], width: int, lex: Lexicon) -> bool:
    """A bare 失败 in left-aligned text, or in a row's value, that names no action and no
    cause: a nickname beside its avatar or after its label ("咸鱼翻身失败"), not a prompt
    (prompts are centred or say what failed: 兑换失败, 请求失败, 失败原因)."""
    return (
        _failure_score(line.text) == 1
        and "失败" in line.text
        and (line.box.x + line.box.w / 2 < 0.4 * width or _row_label(lines, line) is not None)
        and not re.search(
            r"(?:兑换|操作|请求|领取|支付|提交|下单|加载|购买)\s*失败|失败原因", line.text
        )
        and classify_cause(line.text, lex) is None
    )


def _in_question_list(lines: list[Line], line: Line) -> bool:
    """Whether `line` is an item of a help page's list of questions ("实名认证失败的常见
    原因" among "…怎么办?" and "如何…"; a help page forwarded in a chat shows no help
    title in the title bar): two questions of its size start where it does, near it."""
    h = line.height
    return (
        sum(
            1
            for q in lines
            if q is not line
            and _is_question(q.text)
            and abs(q.box.x - line.box.x) <= 0.5 * h
            and abs(q.height - h) <= 0.25 * h
            and abs(q.cy - line.cy) <= 8 * h
        )
        >= 2
    )


def _one_glyph_off(text: str, word: str) -> bool:
    """Whether `text` is `word` with exactly one glyph misread (as long, one differs)."""
    return len(text) == len(word) and sum(a != b for a, b in zip(text, word, strict=True)) == 1


def _may_be_prompt(line: Line, deduction_lines: set[int], lex: Lexicon) -> bool:
    """Whether `line` may hold a prompt's text: no records row ("兑换失败退回", a row with
    its time), no help page's question, no button, more than a glyph."""
    if id(line) in deduction_lines or find_timestamps(line.text):
        return False
    if _contains_any(line.text, lex.refund_words) or _is_question(line.text):
        return False
    core = strip_punct(line.text)
    if any(len(label) >= 5 and _one_glyph_off(core, label) for label in lex.record_labels):
        return False  # a records label with a glyph misread ("兑换失败退巴"), its amount lost
    return len(core) >= 2 and not _is_button(line.text, lex)


def _wrapped_prompt(
    lines: list[Line], deduction_lines: set[int], lex: Lexicon, width: int
) -> tuple[float, Line] | None:
    """A prompt whose failure wording is split by its wrap ("您所在的地区暂不" over
    "支持兑换该商品"): the first line whose text joined with the line continuing it
    reads as a failure."""
    for line in sorted(lines, key=lambda ln: ln.box.y):
        if not _may_be_prompt(line, deduction_lines, lex) or _in_rules(lines, line, width):
            continue
        if _failure_score(line.text):
            continue  # the main search judged it already
        nxt = _continuation(lines, [line], line, 1, lex, deduction_lines)
        if nxt is None or find_timestamps(nxt.text):
            continue
        joined = line.text.strip() + nxt.text.strip()
        score = _failure_score(joined)
        if score and not _failure_score(nxt.text):
            return score + (1 if classify_cause(joined, lex) else 0), line
    return None


# the close of a prompt's last sentence: nothing after it belongs to the prompt
_FINISHED = re.compile(
    r"(?:稍后(?:重试|再试|再来)|联系客服(?:处理)?|感谢(?:您的)?参与|明天再来吧|早点来哦)\W{0,2}$"
)


def _joined_text(lines: list[Line]) -> str:
    """The lines' texts one after another (a "|" at a line's ends, a dialog's edge, left
    out); where a piece overlaps the one before it on its row and starts with the glyph
    that one ends with, that glyph once (both pieces read it)."""
    out = ""
    before: Line | None = None
    for line in lines:
        text = line.text.strip(" |")
        overlapping = (
            before is not None
            and line.box.x < before.box.right
            and abs(line.cy - before.cy) <= 0.35 * min(line.height, before.height)
        )
        if overlapping and text[:1] and text[:1] == out[-1:] and "\u4e00" <= text[0] <= "\u9fff":
            text = text[1:]
        out += text
        before = line
    return out


def _reading_order(group: list[Line]) -> list[Line]:
    """Rows top to bottom (pieces whose middles are within a third of a line height share
    a row), each row left to right."""
    rows: list[list[Line]] = []
    for line in sorted(group, key=lambda ln: ln.cy):
        if rows and abs(line.cy - rows[-1][0].cy) <= 0.35 * min(line.height, rows[-1][0].height):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [ln for row in rows for ln in sorted(row, key=lambda ln: ln.box.x)]


def _joinable(
    line: Line,
    size: int,
    lex: Lexicon,
    deduction_lines: set[int],
    tolerance: float = 0.2,
    after_comma: bool = False,
    min_chars: int = 2,
) -> bool:
    core = strip_punct(line.text)
    # a few glyphs' boxes (a stroke merged with noise) can make the line's box taller
    # than its font: the words' usual height counts as well
    usual = _usual_height(line.raw.words)
    # and so does the usual height of its Han glyphs read surely (two words or more): on
    # a toast over a picture, half of its glyphs' boxes may take in the picture's edge
    # too ("险，已停竞换")
    han = [w for w in line.raw.words if re.fullmatch(r"[\u4e00-\u9fff]+", w.text)]
    sure = _sure_height(han) if sum(w.conf >= 80 for w in han) >= 2 else None
    heights = [line.height, usual, *([int(sure)] if sure is not None else [])]
    return (
        min(abs(h - size) for h in heights) <= tolerance * max(size, line.height)
        # a title's words after a comma end the sentence ("…违规行为," / "兑换失败")
        and (after_comma or not _is_title(core))
        and not _LIST_MARKER.match(line.text)
        and not _is_button(line.text, lex)
        and id(line) not in deduction_lines
        and len(core) >= min_chars
    )


def _row_pieces(
    lines: list[Line],
    seed: Line,
    lex: Lexicon,
    deduction_lines: set[int],
    group: list[Line],
    width: int = 0,
) -> list[Line]:
    """`group` plus the pieces of `seed`'s row that sparse mode reported apart: lines on
    its baseline, of its size, within a few characters of it ("网络异常" "请检查网络...").
    After a "失败原因" label the value may sit far to the right."""
    group = list(group)
    row = [seed]
    # after "失败原因:" the value's words may read as a title ("…异常，兑换未完成")
    reason = bool(_REASON_LABEL.match(seed.text))
    changed = True
    while changed:
        changed = False
        for other in lines:
            # Tesseract's box of a short piece follows its glyphs ("系统维护中," is lower
            # than "兑换功能..."), so a piece of the row may be much lower; its middle
            # stays on the row's middle
            # (the seed's box may be taller than its font: a stray glyph before a toast)
            if any(other is g for g in group) or not any(
                _joinable(other, size, lex, deduction_lines, tolerance=0.45, after_comma=reason)
                for size in (seed.height, _usual_height(seed.raw.words))
            ):
                continue
            if abs(other.cy - seed.cy) > 0.3 * min(other.height, seed.height):
                continue
            if _stray_marks(other) or _page_text(other):
                continue
            left = min(row, key=lambda ln: ln.box.x)
            right = max(row, key=lambda ln: ln.box.right)
            size = max(other.height, seed.height)
            gap_right = other.box.x - right.box.right
            gap_left = left.box.x - other.box.right
            reach = 2.5 * size
            if strip_punct(right.text).endswith("原因"):
                reach = 20 * size  # a label and its value across the row
            if re.fullmatch(r"[\d,.]+", strip_punct(other.text)) and (
                gap_left >= size or other.height < 0.75 * _usual_height(seed.raw.words)
            ):
                # a price behind a dialog, left of its message ("23" of 230) or in a
                # smaller font at its right
                continue
            if width and abs(seed.box.x + seed.box.right - width) <= 0.06 * width:
                # a dialog's message centred on its own is whole: a piece that would
                # leave the row lopsided is the page behind the dialog ("所rm司")
                x0, x1 = min(left.box.x, other.box.x), max(right.box.right, other.box.right)
                if abs(x0 - (width - x1)) > 1.5 * size:
                    continue
            # two pieces that both read the glyph where they meet overlap by it ("…需连"
            # and "连续签到7天"): one piece, the glyph once (see `_joined_text`)
            repeated = (
                -1.5 * size <= gap_right < -2
                and strip_punct(other.text)[:1] == strip_punct(right.text)[-1:]
            ) or (
                # (and from the left: "当前账号状态异常" before "常，请完成安全验证…")
                -1.5 * size <= gap_left < -2
                and strip_punct(other.text)[-1:] == strip_punct(left.text)[:1]
            )
            if -2 <= gap_right <= reach or -2 <= gap_left <= reach or repeated:
                row.append(other)
                group.append(other)
                changed = True
    return group


def _page_text(line: Line) -> bool:
    """Text of the page behind a prompt that a wide row may reach: a rules heading or
    an activity's dates ("兑换须知", "活动时2026/0")."""
    return _contains_any(line.text, (*_RULES_HEADINGS, "活动时间")) or bool(
        re.search(r"20\d\d\s*[/.\-年]", line.text)
    )


def _stray_marks(line: Line) -> bool:
    """A few doubted non-Han glyphs ("11" at 27%): an icon beside a message, not its text."""
    return (
        len(strip_punct(line.text)) <= 3
        and not re.search(r"[\u4e00-\u9fff]", line.text)
        and max(w.conf for w in line.raw.words) < 50
    )


def _numbered_item(lines: list[Line], line: Line) -> bool:
    """Whether `line` follows a list number read as a line of its own on its row ("1"
    then "需完成实名认证后方可参与兑换"): an item of the page's rules under a toast, no
    line of the toast's prompt."""
    return any(
        re.fullmatch(r"\s*[1-9][.、,，]?\s*", o.text)
        and o.box.right <= line.box.x + 4
        and line.box.x - o.box.right <= 2 * line.height
        and o.box.vertical_overlap(line.box) >= 0.5 * o.height
        for o in lines
    )


def _doubted_latin(line: Line) -> bool:
    """Latin letters and digits only, every word doubted ("ARA9" at 40 for a slanted
    price beside a dialog): no wrapped line of a Chinese prompt."""
    return not re.search(r"[\u4e00-\u9fff]", line.text) and max(w.conf for w in line.raw.words) < 50


def _continuation(
    lines: list[Line],
    group: list[Line],
    anchor: Line,
    direction: int,
    lex: Lexicon,
    deduction_lines: set[int],
) -> Line | None:
    """The nearest line right above (-1) or below (1) the group that continues it."""
    edge = min(g.box.y for g in group) if direction < 0 else max(g.box.bottom for g in group)
    usual_bottom = max(statistics.median(w.box.bottom for w in g.raw.words) for g in group)
    x0 = min(g.box.x for g in group)
    x1 = max(g.box.right for g in group)
    # a message after a "label:" prefix wraps under the text after the colon
    starts = [x0]
    m = re.match(r"^\s*[\w\u4e00-\u9fff]{1,6}\s*:\s*", anchor.text)
    if m and m.end() < len(anchor.text):
        after = anchor.span_box(m.end(), m.end() + 1)
        if after is not None:
            starts.append(after.x)
    # the font's height: the tallest piece's usual word height (one stray tall box, "已被",
    # does not make the font taller); Tesseract's word boxes of one font vary, though, so
    # a line right under the group may match its box height instead
    size = max(_usual_height(g.raw.words) for g in group)
    box_size = max(g.height for g in group)
    # "…请稍后" wraps before its last word: "重试" under it ends the sentence, no button
    # (and "…请联系" before "客服处理", in a smaller box than the line's)
    so_far = "".join(g.text.strip() for g in _reading_order(group))
    ends: tuple[str, ...] = ()
    if direction > 0 and re.search(r"稍后\W*$", so_far):
        ends = ("重试", "再试")
    elif direction > 0 and re.search(r"联系\W*$", so_far):
        ends = ("客服", "客服处理")
    # "…服务器开小差了，请" wraps before "稍后重试": a line under it that opens so ends
    # the sentence, whatever its glyphs' boxes took in below them
    opens: tuple[str, ...] = ()
    if direction > 0 and re.search(r"请\W*$", so_far):
        opens = ("稍后", "检查", "联系", "刷新", "重新")
    # a few glyphs alone ("不足") may be the end of a line whose box reaches down into
    # theirs: that line continues them even though the boxes overlap
    short = len(strip_punct("".join(g.text for g in group))) <= 4
    # an item's name under a toast that ends its clause with 兑换 ("…已暂停兑换" over
    # "人有声书畅听月卡", the picture's glyph before the name): the page's, not the toast's
    after_clause = direction > 0 and re.search(r"兑换\W*$", so_far) is not None
    after_comma = direction > 0 and re.search(
        r"[,，]\s*$", "".join(g.text.strip() for g in _reading_order(group))
    )
    best: tuple[float, Line] | None = None
    for nxt in lines:
        if any(nxt is g for g in group):
            continue
        if after_clause and _names_an_item(nxt, lex):
            continue
        if ends and strip_punct(nxt.text) in ends:
            gap = nxt.box.y - edge
            centre = (nxt.box.x + nxt.box.right) / 2
            if -2 <= gap <= 0.9 * size and x0 <= centre <= x1:
                return nxt
            continue
        # (the next line's usual top: its doubted glyphs' boxes may reach up, "部" "换"
        # 96 px high in "出新后重新部换" under "…开小差啦，请")
        usual_top = statistics.median(w.box.y for w in nxt.raw.words)
        if opens and strip_punct(nxt.text).startswith(opens):
            centre = (nxt.box.x + nxt.box.right) / 2
            if -2 <= usual_top - usual_bottom <= 0.9 * size and x0 <= centre <= x1:
                return nxt
        gap = (nxt.box.y - edge) if direction > 0 else (edge - nxt.box.bottom)
        # (from either side: "不足" under the line, or the line over "不足")
        ends_under = direction > 0 and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", strip_punct(nxt.text))
        # a prompt's wrap may leave one glyph alone under it ("…已被限" over "制"), read
        # sure and with no marks (a rules line read as "每\"" is no such end)
        lone = (
            bool(ends_under)
            and len(nxt.text.strip()) == 1
            and min(w.conf for w in nxt.raw.words) >= 80
        )
        # (one tall word box, "存在" of "…存在违规", may reach down into the next line's:
        # the words' usual bottom tells the lines apart)
        # (nor do a toast's two lines' boxes always clear each other: "…存在违规" over
        # "行为,兑换失败", 4 px into it)
        low = -0.6 * size if short or ends_under else -max(2.0, 0.15 * size)
        # (or where the next line's usual top clears it)
        if gap < low and direction > 0 and usual_top - usual_bottom >= -2:
            gap = 0
        if not low <= gap <= 0.9 * size:
            continue
        overlap = min(nxt.box.right, x1) - max(nxt.box.x, x0)
        centre_shift = abs((nxt.box.x + nxt.box.right) / 2 - (x0 + x1) / 2)
        # (alignment is judged by the box height: the word heights vary too much)
        aligned = any(abs(nxt.box.x - x) <= box_size for x in starts) or centre_shift <= box_size
        if not aligned and overlap > 0:
            # a centred line read in pieces ("系统维护中,兑换功" "时无法使用,"): its
            # whole row is centred, not each piece
            row = _row_pieces(lines, nxt, lex, deduction_lines, [nxt])
            rx0, rx1 = min(r.box.x for r in row), max(r.box.right for r in row)
            aligned = abs((rx0 + rx1) / 2 - (x0 + x1) / 2) <= box_size or any(
                abs(rx0 - x) <= box_size for x in starts
            )
        if (
            aligned
            and overlap > 0
            and (
                _joinable(nxt, size, lex, deduction_lines, 0.25, bool(after_comma), 2 - lone)
                or (
                    gap <= 0.3 * box_size
                    and _joinable(
                        nxt, box_size, lex, deduction_lines, 0.25, bool(after_comma), 2 - lone
                    )
                )
            )
            # a "label:" line of its own, not a time wrapped under the message ("计02:00后")
            and not re.match(r"^\s*[\w\u4e00-\u9fff]{1,6}\s*:(?!\d)", nxt.text)
            # a refund note of its own ("已扣除的云贝将在24小时内退回", its end misread)
            and not _contains_any(nxt.text, (*lex.refund_words, "已扣除", "小时内"))
            and not _labels_a_row(lines, nxt)
            and not _number_line(nxt)
            and not _doubted_latin(nxt)
            and (best is None or gap < best[0])
            and not any(
                _numbered_item(lines, piece)
                for piece in _row_pieces(lines, nxt, lex, deduction_lines, [nxt])
            )
        ):
            best = (gap, nxt)
    return best[1] if best else None


def _number_line(line: Line) -> bool:
    """Whether `line` is a number with at most a few glyphs around it ("132n0一" for a
    price under an item's name, "5981人"): no line of a prompt, whose wrapped lines are
    words ("…预计02:00" over "后恢复")."""
    core = strip_punct(line.text)
    digits = sum(c.isdigit() for c in core)
    han = sum(1 for c in core if "\u4e00" <= c <= "\u9fff")
    return digits >= 3 and han <= 1


def _labels_a_row(lines: list[Line], line: Line) -> bool:
    """Whether `line` is a dialog row's label, its number far off at the row's end ("兑换
    后剩余 ...... 8331" over the prompt): no part of a prompt beside it."""
    value = _row_value_line(lines, line)
    return value is not None and value.box.x - line.box.right >= 3 * line.height


def _names_an_item(line: Line, lex: Lexicon) -> bool:
    """Whether the line, after the picture read as glyphs before it, is an item's name."""
    name = _name_text(line)
    return _contains_any(name, lex.product_words) and _product_like(name, lex)


Stamps = dict[int, list[tuple[str, int, int]]]  # id(line) -> its timestamps with spans
# a records list's month heading ("2025年4月"): the year of the rows under it
_MONTH_HEADING = re.compile(r"^\s*(20\d\d)\s*年\s*(\d{1,2})\s*月(?!\s*\d)")


def page_timestamps(lines: list[Line]) -> Stamps:
    """The timestamps of each line; a time written without its year ("04-06 21:31")
    takes the year of the month heading above it, and without one is left out."""
    headings = sorted(
        (ln.box.y, int(m.group(1))) for ln in lines if (m := _MONTH_HEADING.match(ln.text))
    )
    stamps: Stamps = {}
    for line in lines:
        found = find_timestamps(line.text)
        if not found and not _MONTH_HEADING.match(line.text):
            years = [year for y, year in headings if y < line.box.y]
            if years:
                found = find_timestamps_in_year(line.text, years[-1])
        if found:
            stamps[id(line)] = found
    return stamps


def find_deductions(
    lines: list[Line], width: int, stamps: Stamps | None = None
) -> tuple[list[Deduction], set[int]]:
    """Rows of the records list: a label, a signed amount at the right and a time."""
    stamps = page_timestamps(lines) if stamps is None else stamps
    deductions: list[tuple[int, Deduction]] = []
    used: set[int] = set()
    for line in lines:
        m = _SIGNED_TAIL.search(line.text)
        if not m or line.box.right < width * 0.55:
            continue
        value = parse_int(m.group(2))
        if value is None:
            continue
        amount = -value if m.group(1) in "-−一" else value
        prefix = line.text[: m.start()].strip()
        label_line: Line | None = None
        if len(strip_punct(prefix)) >= 2 and not _only_time(prefix):
            label_line = line
            label = prefix
        else:
            candidates = [
                other
                for other in lines
                if other is not line
                and other.box.right <= line.box.x + 4
                and abs(other.cy - line.cy) <= 1.1 * max(other.height, line.height)
                and not _only_time(other.text)
                and len(strip_punct(other.text)) >= 2
            ]
            if not candidates:
                continue
            label_line = min(
                candidates, key=lambda o: abs(o.cy - line.cy) + (0 if o.cy <= line.cy else 5)
            )
            label = label_line.text
        time = _time_near(lines, label_line, line, stamps)
        if time is None:
            continue
        label = _clean_label(label, lexicon().record_labels)

        if not label:
            continue
        used.add(id(line))
        used.add(id(label_line))
        deductions.append((label_line.box.y, Deduction(amount, label, time)))
    deductions.sort(key=lambda item: item[0])
    return [d for _, d in deductions], used


def _only_time(text: str) -> bool:
    # (a leap year, so that any day a list shows is a date)
    stamps = find_timestamps(text) or find_timestamps_in_year(text, 2024)
    if not stamps:
        return False
    rest = text
    for _, start, end in reversed(stamps):
        rest = rest[:start] + rest[end:]
    return len(strip_punct(rest)) <= 1


def _time_near(
    lines: list[Line], label_line: Line, amount_line: Line, stamps: Stamps
) -> str | None:
    for source in (label_line, amount_line):
        if id(source) in stamps:
            return stamps[id(source)][0][0]
    # the time sits under the label, beside it, or under the amount on the right
    best: tuple[float, str] | None = None
    h = label_line.height
    for other in lines:
        if other is label_line or other is amount_line:
            continue
        below = other.cy - label_line.cy
        if not -0.3 * h <= below <= 2.2 * h:
            continue
        if id(other) not in stamps:
            continue
        sideways = 0.0 if abs(other.box.x - label_line.box.x) <= 2 * h else 0.5 * h
        score = abs(below) + sideways
        if best is None or score < best[0]:
            best = (score, stamps[id(other)][0][0])
    return best[1] if best else None


def _clean_label(label: str, known: tuple[str, ...] = ()) -> str:
    """A records row's label without its time; a label one misread character away from
    a common one ("云贝退蕊") is read as that one ("云贝退回")."""
    for _, start, end in reversed(find_timestamps(label)):
        label = label[:start] + label[end:]
    label = label.strip(" :,.-|>›")
    if label in known:
        return label  # ("兑换失败退还" is a label of its own, one glyph from 退回)
    for word in known:
        if len(word) >= 4 and _one_glyph_off(label, word):
            return word
    return label


def find_balance(lines: list[Line], height: int, lex: Lexicon | None = None) -> int | None:
    """The current 云贝 balance: a number beside, under or over a balance label."""
    return _find_balance(lines, height, lex or lexicon())


# one glyph (an icon) before 云贝, not a verb of the coin tasks (赚云贝, 领云贝, 兑换云贝) nor
# the end of a price label (所需云贝, 支付云贝, 扣除云贝, 消耗云贝)
_WALLET_ROW = re.compile(r"[^\d赚领得送抢换去做的需付扣耗花]云贝")


def _is_wallet_row(text: str) -> bool:
    """ "[coin icon]云贝" alone on its line, the icon read as a glyph or a mark ("@云贝")."""
    return bool(_WALLET_ROW.fullmatch(strip_punct(text)) or _WALLET_ROW.fullmatch(text.strip()))


def _find_balance(lines: list[Line], height: int, lex: Lexicon) -> int | None:
    for label_word in lex.balance_labels:
        for line in lines:
            pos = line.text.find(label_word)
            if pos < 0:
                continue
            after = line.text[pos + len(label_word) :]
            # a wallet row "[coin icon] 云贝 ........ 3,642": the icon reads as one glyph
            if label_word == "云贝" and _is_wallet_row(line.text):
                row = _row_number(lines, line)
                if row is not None:
                    return row
            # a bare "云贝" counts as a caption over/under a big number, or as the label
            # of a number right after it ("剩余云贝 14,255" with 剩余 misread)
            if (
                label_word == "云贝"
                and strip_punct(line.text).removesuffix("个") != "云贝"
                and not re.match(r"^.{0,2}云贝\s*:?\s*\d[\d,]*\s*$", line.text)
            ):
                continue
            if label_word == "云贝" and _contains_any(line.text, lex.cost_labels):
                continue  # "所需云贝: 12800" is a price

            if any(
                w in line.text for w in ("不足", "手续费", "还需", "明细", "记录", "商城", "任务")
            ):
                continue
            value = _first_amount(after)
            if value is None and not strip_punct(after):
                value = _row_number(lines, line)
            if value is not None:
                return value
            if label_word == "我的云贝" and line.box.y < height * 0.12 and not after.strip():
                # the page title; a balance label or big number below says more
                continue
            near = _number_off_row(lines, line)
            if near is not None:
                return near
    return _fuzzy_balance(lines)


# 云贝 misread in a balance label: one of its two characters survived or became a known
# look-alike (云: 去 二 会; 贝: 几 凡 册 风 上 内 由), e.g. "当前去上", "可用二风", "去内余字"
# (the second character may be lost too, "我的去"), or 云贝 lost whole after 可用/当前/剩余
# when nothing else is on the line ("可用 ........ 5122"); 剩 of 剩余 may read as 利
_MISREAD_YUNBEI = r"(?:[云去二会][^\d\s:,.]?|[^\d\s:,.][贝几凡册风上内由])"
_FUZZY_BALANCE = re.compile(
    rf"(?:可用|当前|当[^\d\s:,.](?={_MISREAD_YUNBEI})|[剩利]余|我的){_MISREAD_YUNBEI}"
    rf"|(?:云贝|{_MISREAD_YUNBEI})余.?额"  # a glyph read into it: "云贝余人额"
    rf"|{_MISREAD_YUNBEI}余[^\d\s:,.]"
    r"|(?:可用|当前|剩余)(?=\s*$)|云贝余(?=\s*$)"
    r"|(?<![\u4e00-\u9fff])贝余额"  # 云 lost at the label's start
    # the label read in two pieces, its last glyph opening the number's: "沁放天" "贝22,009"
    r"|^贝(?=\s*:?\s*\d)"
    # 云贝 lost whole, a whole number alone after 余额 ("余额7,198" in a bottom bar; an
    # account's money balance is "¥193.51")
    r"|^余额(?=\s*:?\s*\d[\d,]*\s*$)"
)


def _fuzzy_balance(lines: list[Line]) -> int | None:
    """A balance label too damaged for the lexicon: a distinctive half (可用, 当前, 剩余,
    我的, 余额) beside a misread 云贝, at the start of a short line (an icon before it may
    read as one or two characters), with the number after it, on its row or under it."""
    for line in lines:
        m = _FUZZY_BALANCE.search(line.text)
        if not m or len(strip_punct(line.text[: m.start()])) > 2:
            continue
        if any(w in line.text for w in ("不足", "手续费", "还需", "明细", "记录", "任务")):
            continue
        after = line.text[m.end() :]
        value = _first_amount(after)
        if value is None and not strip_punct(after):
            value = _row_number(lines, line)
            if value is None:
                value = _number_off_row(lines, line)
        elif value is not None and _glyph_of_the_label(line, m.end()):
            # "当前云0": the label's 贝 read as a digit Tesseract doubts; the number at
            # the row's right end ("23,794") is the balance where there is one
            value = _row_number(lines, line) or value
        if value is not None:
            return value
    return None


def _glyph_of_the_label(line: Line, start: int) -> bool:
    """Whether what follows a damaged balance label at `start` is one digit Tesseract all
    but rejects (under 30): the label's own last glyph misread, no number."""
    rest = line.text[start:].strip()
    words = [line.raw.words[i] for i in line.word_indices(start, len(line.text))]
    return len(rest) == 1 and rest.isdigit() and bool(words) and max(w.conf for w in words) < 30


def _number_off_row(lines: list[Line], label: Line) -> int | None:
    """The number near a balance label off its row (`_number_near`), unless the label's
    row holds a value of its own that was misread ("贝余额 ........ 49/6"): the number
    near it then is another row's ("1300 云贝", the price above)."""
    if _row_value_line(lines, label, loose=True) is not None:
        return None
    return _number_near(lines, label)


def _damaged_label_alone(text: str) -> bool:
    """A balance label too damaged for the lexicon (`_FUZZY_BALANCE`) alone on its row,
    after at most an icon read as a glyph or two ("全利余二", "贝余额")."""
    fuzzy = _FUZZY_BALANCE.search(text)
    return (
        fuzzy is not None
        and len(strip_punct(text[: fuzzy.start()])) <= 2
        and not strip_punct(text[fuzzy.end() :])
    )


# what a second look at a big number must read to be taken: the number alone, with at
# most a mark before it and its unit after it, whatever the English data made of the
# unit ("162<n", "2552an")
_CLEAN_NUMBER = re.compile(r"^\D?\s*(\d{1,3}(?:[,.]\d{3})+|\d{1,8})\s*[^\d\s]{0,3}\s*$")
# no balance or price starts with 0: "072" is a bold 5 misread (572)
_LEADING_ZERO = re.compile(r"\D{0,2}0\d")
_NUMBER_IN_PIECES = re.compile(r"\d[\d,.]*\s[\d\s,.]*\d\s*(?:云.?|个)?")
_SURE = 75  # Tesseract's word confidence above which a number's reading is trusted


def doubtful_balance_lines(
    lines: list[Line], kind: Kind, balance: int | None, height: int
) -> list[Line]:
    """The big number lines of a balance screen worth a second look: in the upper part,
    in a large font, with a digit, and doubted (a word under `_SURE`, or junk around the
    number). With a balance read, only the lines it was read from."""
    labels = tuple(w for w in lexicon().balance_labels if w != "云贝")
    if kind != Kind.BALANCE and not any(_contains_any(ln.text, labels) for ln in lines):
        return []
    usual = _median_height(lines)
    doubtful = []
    for line in lines:
        core = line.text.strip()
        if line.height < 1.4 * usual or line.box.y > 0.6 * height or len(core) > 12:
            continue
        # a huge number read as a few glyphs without a digit ("C人" for 87574)
        huge = kind == Kind.BALANCE and line.height >= 2.5 * usual and len(core) <= 6
        if not re.search(r"\d", core) and not huge:
            continue
        leading_zero = _LEADING_ZERO.match(core) is not None
        sure = min(w.conf for w in line.raw.words) >= _SURE
        if sure and _NUMBER_ONLY.match(core) and not leading_zero:
            continue
        if balance is not None and str(balance) not in re.sub(r"\D", "", core):
            continue
        doubtful.append(line)
    return doubtful


@dataclass
class UnreadBalance:
    """Where a balance page's number should be but was not read, for a second look."""

    box: Box
    lines: list[Line]  # what was read there instead (replaced by the second look)
    # nothing at all was read under this label: the look reads the ink in `box`, if any
    label: Box | None = None


def unread_balance_area(
    lines: list[Line], kind: Kind, balance: int | None, width: int, height: int
) -> UnreadBalance | None:
    """On a balance page with no balance read: the doubted fragments right under its
    label (a huge bold italic number that Tesseract broke into glyph-like pieces: "个作",
    "人", "加要" for 3,897 on a red card), or the gap under the label where nothing was
    read at all (with the label, to find the ink in it: a lone big "0"), else the right
    part of a wallet's 云贝 row with nothing read there ("[coin]云n ........ 7099 >")."""
    if kind != Kind.BALANCE or balance is not None:
        return None
    labels = tuple(w for w in lexicon().balance_labels if len(w) >= 3)
    # the lowest label first: a page title ("我的云贝") sits over the card's own label
    for label in reversed(lines):
        if not _contains_any(label.text, labels) or len(strip_punct(label.text)) > 6:
            continue
        h = label.height
        pieces = [
            ln
            for ln in lines
            if 0 <= ln.box.y - label.box.bottom <= 5 * h
            and ln.box.x < label.box.x + 6 * h
            and len(strip_punct(ln.text)) <= 4
            and not _NUMBER_ONLY.match(ln.text)
            and sum(w.conf for w in ln.raw.words) / len(ln.raw.words) < 60
        ]
        # (pieces well below the label, after a gap where nothing was read, are the
        # page's buttons read as glyphs: the number itself was skipped, "赚云贝" read
        # "他" "羡史" under a lone 892)
        if pieces and min(ln.box.y for ln in pieces) - label.box.bottom <= 2.5 * h:
            return UnreadBalance(Box.around(ln.box for ln in pieces), pieces)
        # a lone glyph under the label that the layout analysis skipped altogether
        # (a big "0" or "9" on a card): the gap under it down to the next line read
        # there (an expiry note under the number), where nothing was read
        left, right = max(0, label.box.x - 4 * h), min(width, label.box.right + 6 * h)
        below = [
            ln.box.y
            for ln in lines
            if ln is not label
            and ln.box.y > label.box.bottom
            and ln.box.x < right
            and ln.box.right > left
        ]
        bottom = min([label.box.bottom + 5 * h, *below])
        if bottom - label.box.bottom >= 1.5 * h:
            gap = Box.from_edges(left, label.box.bottom + 2, right, bottom)
            return UnreadBalance(gap, [], label.box)
    for row in lines:
        core = strip_punct(row.text)
        # (the coin before 云贝 may not be read at all: "云贝" alone at the row's start)
        if row.box.x > 0.3 * width or not (
            _damaged_label_alone(row.text)
            or _is_wallet_row(row.text)
            or _WALLET_MISREAD.fullmatch(core)
            or core == "云贝"
        ):
            continue
        if row.box.y < 0.08 * height:
            continue  # the page's title ("< 云贝"), no row of it
        if any(
            o is not row
            and o.box.x > row.box.right
            and o.box.vertical_overlap(row.box) > 0.3 * min(o.height, row.height)
            and strip_punct(o.text)
            for o in lines
        ):
            continue
        return UnreadBalance(
            Box.from_edges(round(0.55 * width), row.box.y, round(0.97 * width), row.box.bottom), []
        )
    return None


# a wallet's 云贝 row with 贝 misread too, after its coin ("傅云n")
_WALLET_MISREAD = re.compile(r".云[^\d\s]")


@dataclass
class BalanceTail:
    """The number after a balance label on its line ("可用云贝人256"), for a second look."""

    line: Line
    words: list[OcrWord]  # the tail's words (none of them holds part of the label)
    box: Box
    text: str
    # a bar or bracket right before the number that may be its first 1 (`_one_before`)
    one_before: bool = False


def doubtful_balance_tails(lines: list[Line]) -> list[BalanceTail]:
    """The numbers after a balance label that Tesseract doubted (a word under `_SURE`,
    or junk in it): a bold or italic balance in a bar ("当前云贝: 249J1" for 24911,
    "可用云贝人256" for 49256)."""
    labels = sorted((w for w in lexicon().balance_labels if len(w) >= 4), key=len, reverse=True)
    tails = []
    for line in lines:
        label = next((w for w in labels if w in line.text), None)
        if label is None and _is_wallet_row(line.text):
            label = ""  # a wallet row: "[coin icon] 云贝 ........ 9%388"
        if label is None and _damaged_label_alone(line.text):
            label = ""  # a damaged label alone on its row: "贝余额 ........ 49/6"
        fuzzy = _FUZZY_BALANCE.search(line.text) if label is None else None
        if fuzzy is not None and len(strip_punct(line.text[: fuzzy.start()])) <= 2:
            label = fuzzy.group(0)  # a damaged label, its number after it: "贝余额41"
        if label is None:
            continue
        start = line.text.index(label) + len(label) if label else len(line.text)
        tail = line.text[start:]
        if not strip_punct(tail):
            # a list row "当前云贝 ........ 5847": the number at the row's right end
            row = _row_value_line(lines, line, loose=True)
            if row is not None and _doubted_number(row.text, row.raw.words):
                tails.append(BalanceTail(row, list(row.raw.words), row.box, row.text))
            continue
        if len(strip_punct(tail)) > 10:
            continue
        # the words holding the tail's characters, none of them holding the label's
        touched = line.word_indices(start, len(line.text))
        if not touched or touched & line.word_indices(start - len(label), start):
            continue
        # (a colon after the label is no part of the number)
        words = [line.raw.words[i] for i in sorted(touched)]
        while words and not re.search(r"\w", words[0].text):
            words.pop(0)
        if not words:
            continue
        # no digit in it: a glyph or two read with no confidence at all may be a bold
        # number misread ("当前云贝:太" for 53), and so may one glyph doubted in a font
        # bigger than the label's ("我的云贝 名" for 8); anything else is no number
        label_words = [line.raw.words[i] for i in line.word_indices(start - len(label), start)]
        big = (
            len(strip_punct(tail)) == 1
            and max(w.conf for w in words) < _SURE
            and bool(label_words)
            and min(w.box.h for w in words) >= 1.2 * statistics.median(w.box.h for w in label_words)
        )
        if (
            not re.search(r"\d", tail)
            and not big
            and (len(strip_punct(tail)) > 2 or max(w.conf for w in words) >= 30)
        ):
            continue
        if not _doubted_number(tail, words):
            continue
        tails.append(BalanceTail(line, words, Box.around(w.box for w in words), tail))
    return tails


# a balance read at or above this confidence is taken without a second look; under
# it, stylised big digits are often read wrong yet surely (938 as "538" at 86, 6643 as
# "6,043" at 75): a second look that agrees with itself corrects them
_BEYOND_DOUBT = 88
# a balance line: at most a label, then the number, then a glyph or two of junk
_BALANCE_LINE = re.compile(r"^\D{0,8}?(\d(?:[\d,. ]*\d)?)\D{0,3}$")


def unsure_balance(lines: list[Line], balance: int | None) -> BalanceTail | None:
    """The words a balance was read from when Tesseract was not beyond doubt of them,
    for a second look (`agreed_number`): the tallest line reading as a label and the
    balance ("538", "当前云中042" for 1042, "51010," for 8610)."""
    if balance is None:
        return None
    best: BalanceTail | None = None
    for line in lines:
        m = _BALANCE_LINE.match(line.text.strip())
        # (digits the first reading left out of the balance count: "1.929" gave 929,
        # "当前云中042" gave 42)
        if m is None or not _digits(m.group(1)).endswith(str(balance)):
            continue
        indices = sorted(line.word_indices(m.start(1), m.end(1)))
        words = [line.raw.words[i] for i in indices]
        if not words:
            continue
        one_before = _one_before(line, indices[0])
        if min(w.conf for w in words) >= _BEYOND_DOUBT and not one_before:
            continue
        if best is None or line.height > best.line.height:
            if one_before:
                words = [line.raw.words[indices[0] - 1], *words]
            best = BalanceTail(line, words, line.box, m.group(1), one_before)
    return best


def _one_before(line: Line, first: int) -> bool:
    """Whether the word before word `first` of the line (a number's first) is a bar or
    bracket as tall as it and close before it: a bold first 1 read as a mark ("云贝余哲]
    629" for 1,629), which leaves the number sure of its other digits."""
    if first == 0:
        return False
    mark, number = line.raw.words[first - 1], line.raw.words[first]
    return (
        mark.text.strip() in {"]", "[", "|", "】", "l", "I", "!"}
        and mark.box.h >= 0.7 * number.box.h
        and 0 <= number.box.x - mark.box.right <= 0.5 * number.box.h
    )


def agreed_number(
    readings: list[list[tuple[str, float]]], first: str, unsure_ok: bool = False
) -> str | None:
    """The digits every reading of a second look gives, each surely (`_SURE`; with
    `unsure_ok`, one of them surely), where they differ from those of `first` (the number
    read first): the number each reading ends with (a label read as junk before it:
    "“aia 87,327"). None where a reading has no clean number, the readings disagree, or
    they saw less than the first reading did ("6" for "65")."""
    found = set()
    surest = 0.0
    for words in readings:
        numbered = [(t, c) for t, c in words if re.search(r"\d", t)]
        if not numbered:
            return None
        text, conf = numbered[-1]
        m = re.fullmatch(r"\D?(\d{1,3}(?:[,.]\d{3})+|\d{1,8})[^\d\s]{0,2}", text)
        if m is None or (conf < _SURE and not unsure_ok):
            return None
        found.add(_digits(m.group(1)))
        surest = max(surest, conf)
    if len(found) != 1 or surest < _SURE:
        return None
    digits, first = found.pop(), _digits(first)
    if digits == first or digits.startswith("0"):
        return None
    if len(digits) < len(first) and digits in first:
        return None  # sure of a part only
    return digits


def better_number_reading(
    line: Line | None,
    readings: list[list[tuple[str, float]]],
    first: str | None = None,
    unit_after: bool = False,
    first_conf: float | None = None,
) -> str | None:
    """The number a second look read, when it should replace `line` (or `first`, the
    tail of it looked at, read with `first_conf`; no `line` where nothing was read
    there at all): of `readings` (each the words, text
    and confidence, of one reading) the first clean number whose digits Tesseract is
    sure of, else a clean number two readings agree on more surely than the first
    reading was read ("102云贝" read again as "162<n": 162; the unit's junk does not
    count). A sure reading of the same digits is taken too where that loses nothing:
    it vouches for the number as read."""
    numbers: list[tuple[str, float]] = []  # (number, its least sure digit word)
    for words in readings:
        words = _without_unsure_tail(words)
        # "24l2": a letter among a word's digits is a digit misread (a bar read as "|"
        # beside the number is a word of its own, and stays a mark)
        m = _CLEAN_NUMBER.match("".join(_closing_one(fix_digit_confusables(t)) for t, _ in words))
        digit_confs = [c for t, c in words if re.search(r"\d", t)]
        # (no balance or price opens with 0: "099" is a reading that lost its first digit)
        if m is not None and digit_confs and not re.match(r"0\d", _digits(m.group(1))):
            numbers.append((m.group(1), min(digit_confs)))
        elif m is None and unit_after and (price := _price_before_unit(words)) is not None:
            # a price whose unit came out as a word with a digit in it ("590" "a0"):
            # the unit ends the number, which counts as read at its own word's confidence
            conf = next((c for t, c in words if _digits(t).startswith(price)), 0.0)
            if not price.startswith("0"):
                numbers.append((price, conf))
    # of readings Tesseract is sure of, the surest ("88" at 92 and "885" at 94: 885);
    # one that holds another's digits and more is surer still ("146" at 95 over "6"
    # at 96: the small crop lost the narrow 1 and 4), unless that other is grouped:
    # "3,903" is whole, and "33903" its comma read as a digit
    sure_ones = [(n, conf) for n, conf in numbers if conf >= _SURE]
    sure = max(
        sure_ones,
        key=lambda nc: (
            sum(
                _digits(o) in _digits(nc[0])
                for o, _ in sure_ones
                if o.isdigit() and _digits(o) != _digits(nc[0])
            ),
            nc[1],
        ),
        default=(None, 0),
    )[0]
    chosen = sure
    if chosen is not None and unit_after:
        # a price's unit read as digits after it ("52020" at 77 for 520云贝) where
        # another reading ends the number with the unit read as letters ("520" "zn")
        ended = {_price_before_unit(words) for words in readings} - {None}
        chosen = next(
            (
                p
                for p in ended
                if p is not None
                and len(p) >= 2
                and _digits(chosen).startswith(p)
                and re.fullmatch(r"2\d?", _digits(chosen)[len(p) :])
            ),
            chosen,
        )
    if first_conf is None:
        first_conf = 0.0 if line is None else min((w.conf for w in line.raw.words), default=0.0)
    first_text = first if first is not None else "" if line is None else line.text
    # a first reading that is a clean number itself has a say against an unsure agreement
    first_clean = _NUMBER_ONLY.match(first_text.strip(" :")) is not None
    if chosen is None:
        # two readings agree; when both are small crops of a small line (nearly the
        # same image), only if surer than a clean first reading ("2,167" at 51 and 66
        # for a "2767" read at 68)
        seen = [_digits(n) for n, _ in numbers]
        chosen = next(
            (
                n
                for n, _ in numbers
                if seen.count(_digits(n)) >= 2
                and (
                    not first_clean
                    or max(c for m, c in numbers if _digits(m) == _digits(n)) > first_conf
                )
            ),
            None,
        )
    if chosen is None and len(numbers) == 1 and numbers[0][1] > max(first_conf, 50.0):
        # the other reading has a glyph it could not tell ("26?2" beside "2672»" for a
        # "2070" read at 35): it agrees where it could
        number = _digits(numbers[0][0])
        for words in readings:
            text = re.sub(r"^\D+|[^\d?]+$", "", "".join(t for t, _ in words))
            if (
                "?" in text
                and len(text) == len(number)
                and all(a in (b, "?") for a, b in zip(text, number, strict=True))
            ):
                chosen = numbers[0][0]
                break
    if chosen is None and unit_after:
        # a price's unit ("云贝") may read as digits in one reading ("450020"): a clean
        # number the other reading starts with is agreed on too
        others = [_digits("".join(t for t, _ in words)) for words in readings]
        chosen = next(
            (
                n
                for n, _ in numbers
                if len(_digits(n)) >= 2 and sum(o.startswith(_digits(n)) for o in others) >= 2
            ),
            None,
        )
    if chosen is None and unit_after:
        # ... also where junk follows both readings ("|360020asus", "|3600.27seus"): the
        # digits one reading opens with, which the others continue by at most the unit's
        # two glyphs
        runs = [_leading_digits(words) for words in readings]
        shortest = min(runs, key=len, default="")
        if (
            len(runs) >= 2
            and len(shortest) >= 2
            and all(r.startswith(shortest) and len(r) - len(shortest) <= 2 for r in runs)
        ):
            chosen = shortest
    before = _digits(first_text)
    if chosen is None and (
        unit_after or (first is None and re.search(r"\d.?\s*云贝\s*$", first_text))
    ):
        # the first reading saw the unit after the number ("295252云贝"), or the number
        # is a price, its unit after it: read again it may come out as two more glyphs,
        # letters or digits ("2552a0", "255220", "4,578=0", "52020" and "520-0"): the
        # number every reading holds whole or once cut before its last two glyphs
        # (marks before the number: "))520-0")
        texts = [re.sub(r"^[^\w]+", "", "".join(t for t, _ in words).strip()) for words in readings]
        surest = max((min(c for _, c in words) for words in readings if words), default=0.0)
        # (the unit may come out as one glyph too, "3300" and "33020" for 330: tried
        # when the two glyphs give no one number)
        for cuts in ((0, 2), (0, 1, 2)):
            options = []
            for text in texts:
                whole = [_CLEAN_NUMBER.match(text[: len(text) - cut].strip()) for cut in cuts]
                options.append({_digits(m.group(1)) for m in whole if m is not None})
            common = set.intersection(*options) if len(options) >= 2 else set()
            agreed = [n for n in common if len(n) >= 2]
            if len(agreed) == 1:
                if not first_clean or surest > first_conf:
                    chosen = agreed[0]
                break
    if (
        chosen is None
        and first is None
        and len(before) >= 2
        and _NUMBER_IN_PIECES.fullmatch(first_text.strip())
    ):
        # the number read in doubted pieces ("47 1 2" for 4712) and read again whole
        # with its unit as a glyph or two after it ("4712.0"): the two readings agree
        for words in readings:
            text = "".join(fix_digit_confusables(t) for t, _ in words).strip()
            if text.startswith(before) and len(text) - len(before) <= 2:
                return before
    if chosen is None:
        return None
    if _digits(chosen) == before:
        if first is not None and not _CLEAN_NUMBER.match(first.strip(" :")):
            return chosen  # a tail read in pieces ("651 1" parses as 651)
        if sure is not None and first_conf < _SURE and _NUMBER_ONLY.match(first_text):
            return chosen  # the number alone, doubted before, vouched for now
        if sure is not None and _NUMBER_IN_PIECES.fullmatch(first_text.strip()):
            return chosen  # the number and its unit, the number read in pieces ("829 9云贝")
        if (
            sure is not None
            and first is None
            and line is not None
            and re.fullmatch(r"[\d\W]+", first_text)
            and not _NUMBER_ONLY.match(first_text)
        ):
            return chosen  # the number among marks, no label with it ("3)980、")
        if (
            first is None
            and line is not None
            and re.search(r"\d[A-Za-z|]\d", first_text)
            and not re.search(r"[\u4e00-\u9fff]", first_text)
        ):
            return chosen  # a letter read among its digits, no label with it ("1J90=n")
        if sure is not None and first is None and line is not None and _unit_as_junk(line):
            return chosen  # the number, its unit read as a glyph or two at 0 ("37翅")
        return None  # no news, or a whole line whose label would be lost with it
    if len(_digits(chosen)) < len(before) - 1 and _digits(chosen) in before:
        return None  # sure of a part only ("9" for "249J1"): the first reading saw more
    return chosen


def _unit_as_junk(line: Line) -> bool:
    """Whether `line` is one word of digits and after it at most two glyphs without a
    digit that Tesseract doubts under 30: a big number's unit misread ("37" "翅")."""
    words = line.raw.words
    tail = "".join(w.text for w in words[1:])
    return (
        len(words) >= 2
        and re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{1,8}", words[0].text) is not None
        and 1 <= len(tail) <= 2
        and not re.search(r"\d", tail)
        and all(w.conf < 30 for w in words[1:])
    )


def _without_unsure_tail(words: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A reading of a number without the glyphs after it that Tesseract doubts: a unit
    beside a big number, read as a word or two of junk ("736" at 81, then "20" at 40 for
    its 云贝)."""
    for i, (text, conf) in enumerate(words[:-1]):
        if conf >= _SURE and _CLEAN_NUMBER.match(text):
            tail = words[i + 1 :]
            if all(c < _UNSURE_TAIL and len(t) <= 2 for t, c in tail):
                return words[: i + 1]
    return words


# a word after a sure number read under this confidence is a glyph misread, no digit
_UNSURE_TAIL = 50


def _closing_one(word: str) -> str:
    """A second look's word of digits that ends in a bracket glued to them: its last
    digit, a 1, in a bold font read as "]" ("447]" for 4471, "618]" for 6181)."""
    return word[:-1] + "1" if re.fullmatch(r"\d{2,}[\]】]", word) else word


def _grouped_int(text: str) -> int:
    """A number read with its thousands groups, whatever marks stand between them."""
    return int(_digits(text))


def _leading_digits(words: list[tuple[str, float]]) -> str:
    """The digits a reading opens with (after up to two marks), thousands commas dropped."""
    text = "".join(fix_digit_confusables(t) for t, _ in words).strip()
    m = re.match(r"\D{0,2}?(\d{1,3}(?:,\d{3})+|\d+)", text)
    return m.group(1).replace(",", "") if m else ""


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# a damaged balance label before its number at the head of a wallet or records page: a
# few glyphs, one of them of a balance label or a look-alike ("云内全估20,440",
# "利全E风23,916", "我的中12,477", "前云贝8 ,470"), then the number alone
_HEADER_LABEL = re.compile(r"[^\d+\-−－]{2,5}")
_HEADER_GLYPHS = set("云贝余额剩利全风内当前我的可")


def find_balance_in_header(lines: list[Line], height: int) -> int | None:
    """On a records or balance page, the number after a balance label too damaged for
    the other rules, on the first such line near the top of the screen."""
    for line in sorted(lines, key=lambda ln: ln.box.y):
        if not height * 0.05 < line.box.y < height * 0.25:
            continue
        text = line.text.strip()
        m = _HEADER_LABEL.match(text)
        if m is None or not _HEADER_GLYPHS & set(m.group(0)):
            continue
        if any(w in text for w in ("不足", "手续费", "还需", "明细", "记录", "任务", "过期")):
            continue
        number = _NUMBER_ONLY.match(text[m.end() :].lstrip(" :："))
        # (a wallet row's label, its 云贝 misread as a digit, has its number at the
        # row's end: "侠可用5 ........ 55")
        if number is not None and _row_value_line(lines, line, loose=True) is None:
            return _grouped_int(number.group(1))
    return None


def find_balance_alone(lines: list[Line], height: int) -> int | None:
    """On a balance page whose label was not read: "1280云贝" alone in a large font, else
    the largest number standing alone in the upper part of the screen."""
    usual = _median_height(lines)
    for line in sorted(lines, key=lambda ln: -ln.height):
        m = re.fullmatch(r"\s*(\d{1,3}(?:,\d{3})+|\d{1,8})\s*云贝\s*", line.text)
        # (in the page's usual size it is a coin task's reward, "+5云贝" read "45云贝")
        if m and line.height >= 1.3 * usual:
            return parse_int(m.group(1))
    body = [ln for ln in lines if height * 0.06 < ln.box.y < height * 0.45]
    for line in sorted(body, key=lambda ln: -ln.height):
        m = _NUMBER_ONLY.match(line.text)
        if m and line.height >= 1.3 * _median_height(lines):
            return _grouped_int(m.group(1))
    wallet = _wallet_value_unlabelled(lines, height)
    m = None if wallet is None else _NUMBER_ONLY.match(wallet.text)
    return None if m is None else _grouped_int(m.group(1))


def _wallet_value_unlabelled(lines: list[Line], height: int) -> Line | None:
    """A wallet row whose label (a coin icon, then 云贝) came out as doubted glyphs
    ("侠我的2 ........ 14"): the first such row's number, at its right end."""
    body = [ln for ln in lines if height * 0.06 < ln.box.y < height * 0.45]
    for line in sorted(body, key=lambda ln: ln.box.y):
        if not _NUMBER_ONLY.match(line.text):
            continue
        label = _row_label(lines, line)
        if label is not None and min(w.conf for w in label.raw.words) < 50:
            return line
        # the coin and the label read as a few pieces of doubted glyphs ("候当", "AL一一",
        # "出妆沁" for [coin] 当前云贝), all well left of the number
        pieces = [
            o
            for o in lines
            if o is not line
            and o.box.right < line.box.x - 2 * line.height
            and o.box.vertical_overlap(line.box) >= 0.5 * min(o.height, line.height)
        ]
        if 2 <= len(pieces) <= 3 and all(min(w.conf for w in o.raw.words) < 50 for o in pieces):
            return line
    return None


def doubted_wallet_value(lines: list[Line], kind: Kind, height: int) -> list[Line]:
    """The number of `_wallet_value_unlabelled` on a balance page, when Tesseract doubted
    it ("24]" for 241): worth a second look."""
    if kind != Kind.BALANCE:
        return []
    line = _wallet_value_unlabelled(lines, height)
    if line is None or not _doubted_number(line.text, line.raw.words):
        return []
    return [line]


def _row_label(lines: list[Line], value: Line) -> Line | None:
    """The one line left of `value` on its row, when `value` sits at the row's right end
    well apart from it (a list row: label at the left, value at the right)."""
    row = [
        o
        for o in lines
        if o is not value
        and o.box.vertical_overlap(value.box) >= 0.5 * min(o.height, value.height)
        # the row's chevron after the value ("6276 >", or read as a glyph: "交") is no
        # label
        and not (
            o.box.x > value.box.right
            and (
                re.fullmatch(r"[\s>›〉》]+", o.text)
                or (len(strip_punct(o.text)) <= 1 and o.box.w <= value.height)
            )
        )
    ]
    if len(row) != 1 or row[0].box.right > value.box.x - 2 * value.height:
        return None
    return row[0]


def _median_height(lines: list[Line]) -> float:
    heights = sorted(ln.height for ln in lines) or [1]
    return float(heights[len(heights) // 2])


def _doubted_number(text: str, words: list[OcrWord]) -> bool:
    """Junk in a number, a word of it Tesseract is not sure of, or a leading 0 (no
    balance starts with 0: "072" is a bold 5 misread)."""
    core = text.strip(" :")
    return (
        not _CLEAN_NUMBER.match(core)
        or min(w.conf for w in words) < _SURE
        or _LEADING_ZERO.match(core) is not None
    )


def _row_number(lines: list[Line], label: Line) -> int | None:
    """A number alone on the label's row, to its right ("所需云贝 ....... 1,000")."""
    read = _row_number_read(lines, label)
    return None if read is None else read[0]


def _row_number_read(lines: list[Line], label: Line) -> tuple[int, bool] | None:
    """`_row_number`, and whether Tesseract is sure of its digits."""
    line = _row_value_line(lines, label)
    m = None if line is None else _NUMBER_ONLY.match(line.text.lstrip(",."))
    if line is None or m is None:
        return None
    return _grouped_int(m.group(1)), _digits_sure(line)


def _row_value_line(lines: list[Line], label: Line, loose: bool = False) -> Line | None:
    """The line of `_row_number`: the leftmost number alone on the label's row (`loose`:
    or a short line with a digit, a number misread: "9%388", "68J50 >")."""
    best: Line | None = None
    for other in lines:
        if other is label or other.box.x <= label.box.right:
            continue
        if other.box.vertical_overlap(label.box) < 0.4 * min(other.height, label.height):
            continue
        m = _NUMBER_ONLY.match(other.text.lstrip(",."))
        if m and other.height > 2.5 * label.height:
            continue  # a picture beside the label (a coin) read as a digit
        if other.height < 0.25 * label.height:
            continue  # a speck or a divider read as a glyph ("2 rs", 6 px high)
        if loose and not m:
            core = strip_punct(other.text)
            if re.search(r"\d", core) and len(core) <= 10 and not find_timestamps(other.text):
                m = re.search(r"\d", core)
        if m and (best is None or other.box.x < best.box.x):
            best = other
    return best


# a number right after its label whose thousands separator was misread or spaced:
# "24 ,961", "6 .492", "25)263", "18.,650", "9 120"
_DAMAGED_GROUPS = re.compile(
    rf"(\d{{1,3}}(?:(?:\s?(?:{_GROUP_COMMA}|[.);])\s?|\s)\d{{3}})+)(?![\d.,])"
)


def _first_amount(text: str) -> int | None:
    stripped = text.lstrip(" :")
    if stripped[:1] in "+-":
        return None
    m = _DAMAGED_GROUPS.match(stripped)
    if m:
        return int(re.sub(r"\D", "", m.group(1)))
    for value, start, end in find_amounts(stripped):
        if re.match(r"[^\d\s,.云]\d", stripped[end:]):
            return None  # a glyph misread inside the number ("8&0云贝"): no amount to trust
        if start <= 3:
            return abs(value)
        break
    return None


def _number_near(lines: list[Line], label: Line) -> int | None:
    best: tuple[float, int] | None = None
    for other in lines:
        if other is label:
            continue
        m = _NUMBER_ONLY.match(other.text)
        if not m or other.height < 0.25 * label.height:
            continue  # (a speck read as a glyph is no number)
        dy = other.cy - label.cy
        reach = 3.5 * max(label.height, other.height)
        if abs(dy) > reach:
            continue
        overlap = min(other.box.right, label.box.right + label.box.w) - max(
            other.box.x, label.box.x - label.box.w
        )
        if overlap <= 0:
            continue
        value = _grouped_int(m.group(1))
        if len(m.group(1)) == 1 and other.height > 2.5 * label.height:
            continue  # one huge "digit" is a picture (a coin) read as text
        # prefer a number below the label and aligned with it, then the bigger font
        distance = (
            abs(dy)
            + (0 if dy > 0 else label.height)
            + 0.5 * abs(other.box.x - label.box.x)
            - min(other.height, 3 * label.height) * 0.5
        )

        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


# a big price's digits may be read as two words ("1 200云贝"): a space can group thousands
# (and its separator may be misread or spaced: "1 ,530云贝")
# (its 贝 may be lost: "140云" at the end of its line)
# (and its thousands comma may be read as ";": "23;700云")
# (云贝 with 贝 misread at a line's end: "230云和")
# (a thousands comma may read as ")": "2)200云贝")
_COST_AFTER = re.compile(
    r"(?<![\d,;])(\d{1,3}(?:\s?[, .;)]{1,2}\s?\d{3})+|\d{1,7})\s*"
    # (云 read as 去 after three digits or more, where a glyph at most ends the line:
    # "390去和"; "二 20去" may have lost its first digit to the picture)
    r"(?:云(?:贝|[^\d\s]?\s*$)|(?:(?<=\d{3})|(?<=\d{3}\s))去[^\d\s]?\s*$)"
)


def find_cost(
    lines: list[Line],
    error: _Error | None,
    height: int,
    lex: Lexicon | None = None,
    product: str | None = None,
) -> int | None:
    """The item's price in 云贝 (redeem page or confirm/failure dialog)."""
    return _cost_reading(lines, error, height, lex, product)[0]


def cost_doubted(lines: list[Line], width: int, height: int, product: str | None) -> bool:
    """Whether the price read from these lines is short and came from digits Tesseract
    doubted ("20云贝" at 0-62 for a bold red 120 云贝, "800云贝" for 860): worth a second
    look, for a lost leading digit or a misread one. A doubted price of four digits or
    more is left alone: a dimmed "2,600云贝" under a dialog, common on failure pages,
    would cost every such page a tesseract run; on the seen sets such a look gave back
    three prices in 6160 screenshots ("6010云贝" for 610). Unless the page shows no
    prompt, or doubted digit glyphs stand between it and its unit
    (`_digits_before_unit`): then it goes on."""
    lex = lexicon()
    error = _page_error(lines, width, height, lex, page_timestamps(lines))[0]
    cost, sure = _cost_reading(lines, error, height, lex, product)
    if cost is None:
        return False
    # (however sure of the digits read: "2420" at 91 was 24200's start; a longer price
    # doubted on an item page with no prompt, no dialog's dimmed page, gets its look:
    # "1000云贝" at 46 for a slanted 1,600)
    return (not sure and (cost < 1000 or error is None)) or _digits_before_unit(lines, cost)


def _digits_before_unit(lines: list[Line], cost: int) -> bool:
    """Whether a doubted word of digit-like glyphs stands between the price and its
    unit ("2420 O0云贝" for 24200): the number goes on in it, however long it is."""
    line = _price_line(lines, cost)
    if line is None:
        return False
    words = line.raw.words
    for i, word in enumerate(words[:-2]):
        if _digits(word.text) != str(cost):
            continue
        glyphs, unit = words[i + 1], words[i + 2]
        return (
            glyphs.conf < 50
            and re.fullmatch(r"[\doO]{1,3}", glyphs.text) is not None
            and unit.text.startswith("云")
            and glyphs.box.x - word.box.right <= word.box.h // 2
        )
    return False


def agreed_price(readings: list[list[tuple[str, float]]], unit_cut: bool = False) -> str | None:
    """The price every reading of a second look gives, each with its unit after it read
    as letters ("610an", "1450" "zn"), a mark ("780" "=0.") or glyphs Tesseract doubts
    ("1,750" "25" at 39): a number whose end the unit marks. None where a reading has
    no such number (a unit read as digits makes "26020" of 260: no telling where the
    number ends) or the readings disagree. With `unit_cut` the look stopped before the
    unit: a reading's end ends its number too."""
    found = set()
    # a reading of one bare number may be the price with its unit read as "20" ("82020"
    # beside "820" "an"): it agrees where another reading marks where the price ends
    bare: list[str] = []
    for words in readings:
        price = _price_before_unit(words, unit_cut)
        if price is None:
            if len(words) != 1 or not re.fullmatch(r"\d{3,8}", words[0][0]):
                return None
            bare.append(words[0][0])
            continue
        found.add(price)
    if len(readings) < 2 or len(found) != 1:
        return None
    price = found.pop()
    if any(b not in (price + "20", price + "2") for b in bare):
        return None
    return None if price.startswith("0") or len(price) < 2 else price


def overrules_price(price: str, first: int | None, line: Line, second_conf: float) -> bool:
    """Whether a price a second look agreed on (`agreed_price`) replaces the price read
    first from `line`: one that differs, is not its start ("49" for 490: a digit lost
    again), is not it and its unit's first glyphs read as digits ("16020" for 160,
    where "320" for 32 is a lost 0), and, where Tesseract was sure of the first digits,
    is read more surely (`second_conf`: the look's surest reading's least sure digit)."""
    if first is None or price == str(first):
        return False
    if (
        price.startswith(str(first))
        and len(price) <= len(str(first)) + 2
        and _digits_before_unit([line], first)
    ):
        return True  # its doubted last digits read now ("2420 O0云贝" read "24200:")
    if str(first).startswith(price) or re.fullmatch(rf"{first}2\d?", price):
        return False
    # (the price opens its line: an original price struck through after it, "399" at
    # 0, says nothing of it)
    first_conf = next((w.conf for w in line.raw.words if re.search(r"\d", w.text)), 0.0)
    return first_conf < _SURE or second_conf > first_conf


def _price_before_unit(words: list[tuple[str, float]], unit_cut: bool = False) -> str | None:
    """The digits of the first number in one reading whose end its unit marks (see
    `agreed_price`; with `unit_cut`, the reading's end does too), else None."""
    for i, (text, _) in enumerate(words):
        # (a letter or a colon-like mark glued on ends it: "610an", "1800:")
        m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d{1,6})([A-Za-z:;=]\D*)?", text)
        if m is None:
            if re.search(r"\d", text):
                return None  # junk with digits in it: no clean start
            continue  # a mark before the number ("|")
        if m.group(2):
            return _digits(m.group(1))  # "610an"
        if i + 1 == len(words):
            # no unit after it: the number may go on, unless the look stopped before it
            return _digits(m.group(1)) if unit_cut else None
        after, conf = words[i + 1]
        # a word that opens with a letter or a mark ("x0", "=0." for 云贝) ends the
        # number; one that opens with a digit or a separator may go on with it
        if not re.search(r"\d", after) or re.match(r"[^\d,.，。、]", after) or conf < _UNSURE_TAIL:
            return _digits(m.group(1))
        return None
    return None


def _cost_reading(
    lines: list[Line],
    error: _Error | None,
    height: int,
    lex: Lexicon | None = None,
    product: str | None = None,
) -> tuple[int | None, bool]:
    """The price and whether Tesseract was sure of its digits (a price found by its
    place alone, with no label or unit, counts as sure where its line's digits do)."""
    lex = lex or lexicon()
    error_ids = {id(ln) for ln in error.lines} if error else set()
    # (sure, weight, price): a price Tesseract is sure of outranks a doubted one ("/30
    # 云贝" for 730 under the item's name, "合计: 730云贝" at the foot), then the bigger
    # and the labelled one
    candidates: list[tuple[bool, float, int]] = []
    spoiled = False  # a price before its unit read with a misread first digit ("00云贝")
    for line in lines:
        text = line.text
        sure = _digits_sure(line)
        if id(line) in error_ids and _contains_any(text, ("手续费", "不足", "还需", "还差")):
            continue
        for m in _COST_AFTER.finditer(text):
            if re.match(r"0\d", m.group(1)):
                # "010云贝": no price starts with 0, its first digit is misread
                spoiled = spoiled or not sure
                continue
            before = text[max(0, m.start() - 6) : m.start()]
            if _contains_any(before, lex.cost_exclude) or _signed(line, m.start()):
                continue
            value: int | None = _grouped_int(m.group(1))
            if value:
                candidates.append((sure, line.height * 2.0, value))
        for label in lex.cost_labels:
            pos = text.find(label)
            if pos < 0:
                continue
            # (with the label: "还需云贝" holds the label "需云贝" and says a shortfall)
            before = text[max(0, pos - 4) : pos + len(label)]
            if _contains_any(before, lex.cost_exclude):
                continue
            after = text[pos + len(label) :].lstrip(" :")
            value = _first_amount(after)
            value_sure = sure
            if value is not None and _GLYPH_FOR_DIGIT.match(after):
                # "合计: J40云贝": the glyph may be a lost first digit; another reading
                # of the price on the page ("140" under the item's name) tells
                value = _with_lost_first_digit(lines, line, value) or value
            if value is None and not strip_punct(after):
                value, value_sure = _row_number_read(lines, line) or (None, False)
            if value:
                candidates.append((value_sure, line.height * 3.0, value))
                break
        if not candidates and (
            re.fullmatch(
                rf"所.{{0,2}}(?:云贝|{_MISREAD_YUNBEI})|所[需前雷].{{2}}|所.{{1,4}}贝",
                strip_punct(text),
            )
            or (
                re.fullmatch(rf"云贝|{_MISREAD_YUNBEI}", strip_punct(text))
                and _after_piece(lines, line, ("所", "需"))
            )
        ):
            # "所需云贝" with 需 or 贝 misread ("所下局云贝", "所需云内", "所前冯吃"), or
            # with glyphs read into it ("所丽人和公贝"), its number across the row
            read = _row_number_read(lines, line)
            if read is not None and read[0]:
                candidates.append((read[1], line.height * 3.0, read[0]))
    if not candidates:
        placed = (
            _price_under_product(lines, product)
            or _price_by_quantity(lines)
            or _price_under_title(lines, height)
        )
        # a price found by its place stands unless a doubted one before its unit was
        # passed over, or its own digits were doubted ("805" at 0 for 80 云贝, its unit
        # read as a 5)
        price_line = _price_line(lines, placed) if placed is not None else None
        return placed, not spoiled and (price_line is None or _digits_sure(price_line))
    # (a price read alike in two places, "所需云贝 960" and "960云贝" on the sheet,
    # outweighs a bigger one read once: the dimmed page's "960" read as 900)
    sure, _, _, value = max((s, _times_read(lines, v), w, v) for s, w, v in candidates)
    return value, sure


def _times_read(lines: list[Line], value: int) -> int:
    """On how many lines `value` stands as a number of its own."""
    pattern = re.compile(rf"(?<![\d.]){value}(?!\d|\.\d)")
    return sum(1 for ln in lines if pattern.search(ln.text.replace(",", "")))


def _signed(line: Line, start: int) -> bool:
    """Whether the number at `start` of the line's text has a sign before it (a records
    row's "+20云贝", "-1340 云贝"); a dash read apart from the number and doubted under
    30 is the item's picture read as a mark ("WA一- 1340 云贝"), no sign."""
    before = line.text[:start].rstrip()
    if not before.endswith(("+", "-")):
        return False
    words = line.word_indices(len(before) - 1, len(before))
    glued = len(before) == start
    return glued or not words or any(line.raw.words[i].conf >= 30 for i in words)


# a glyph glued before a price's digits that may stand for a digit ("J40" for 140)
_GLYPH_FOR_DIGIT = re.compile(r"^[A-Za-z|\[\]/\\]\d")


def _with_lost_first_digit(lines: list[Line], source: Line, value: int) -> int | None:
    """The one price on another line that is `value` with one more digit before it."""
    found = set()
    for line in lines:
        if line is source or find_timestamps(line.text):
            continue
        for m in re.finditer(r"(?<![\d,.])(\d)" + str(value) + r"(?![\d,.:])", line.text):
            found.add(int(m.group(1) + str(value)))
    return found.pop() if len(found) == 1 else None


def _digits_sure(line: Line) -> bool:
    """Whether Tesseract is sure of every word of `line` that holds a digit."""
    confs = [w.conf for w in line.raw.words if re.search(r"\d", w.text)]
    return bool(confs) and min(confs) >= _SURE


# an order card's quantity at the right end of the price's row ("x1", "X 1", "×2"; the
# card's edge may be read after it: "X1|")
_QUANTITY = re.compile(r"^\s*[xX×]\s?\d{1,2}\s*\|?$")
# the price on that row: a number with nothing glued before it that could be a misread
# digit ("[ 50去": 50; "J60 sn" may be 160 and is left alone)
_ROW_PRICE = re.compile(r"(?:^|[^\w\s]\s?|\s)(\d{1,3}(?:,\d{3})+|\d{2,6})(?![\d:/.-])")


def unread_name_area(lines: list[Line], width: int) -> Box | None:
    """Where an order card's item name should be when it was not read at all: over the
    row that ends in the quantity ("590云贝 ........ x1"), from where its price starts to
    the quantity's right end, up to the page text above the card (a name beside the
    item's picture runs into it, or is skipped with it)."""
    for qty in lines:
        if not _QUANTITY.match(qty.text) or qty.box.x < 0.6 * width:
            continue
        # (a price read with the picture's glyph before it starts after that glyph)
        row = [
            (ln, price_part(ln) or ln.box)
            for ln in lines
            if ln.box.right < qty.box.x
            and ln.box.vertical_overlap(qty.box) >= 0.5 * min(ln.height, qty.height)
            # (the price has a digit; the picture beside it, read as a tall glyph, none)
            and re.search(r"\d", ln.text)
        ]
        row = [(ln, box) for ln, box in row if box.x > 0.1 * width and box.h < 3 * qty.height]
        if not row:
            continue
        price, start = min(row, key=lambda item: item[1].x)
        left, right = start.x, qty.box.right
        # the card's name sits at its picture's top, a few rows over the price; page
        # text read surely above the card bounds the look
        top = price.box.y - 6 * price.height
        for above in lines:
            sure = sum(w.conf for w in above.raw.words) / len(above.raw.words) >= 70
            if (
                sure
                and above.box.bottom <= price.box.y - price.height // 2
                and above.box.right > left
                and above.box.x < right
            ):
                top = max(top, above.box.bottom + 2)
        if price.box.y - top >= 1.5 * price.height:
            return Box.from_edges(left, top, right, price.box.y - 2)
    return None


def _price_by_quantity(lines: list[Line]) -> int | None:
    """An order card's price: the number at the left of the row that ends in the
    quantity ("50云贝 ........ x1"), when the item's name was not read."""
    for qty in lines:
        if not _QUANTITY.match(qty.text):
            continue
        row = [
            ln
            for ln in lines
            if ln.box.right < qty.box.x
            and ln.box.vertical_overlap(qty.box) >= 0.5 * min(ln.height, qty.height)
        ]
        for line in sorted(row, key=lambda ln: ln.box.x):
            m = _ROW_PRICE.search(line.text)
            if m and not find_timestamps(line.text):
                return _grouped_int(m.group(1))
    return None


def _after_piece(lines: list[Line], line: Line, ends: tuple[str, ...]) -> bool:
    """Whether `line` continues a piece read apart right before it on its row that ends
    in one of `ends` ("所" then "云贝": 所需云贝 read in two pieces, 需 lost)."""
    return any(
        o is not line
        and 0 <= line.box.x - o.box.right <= 2 * line.height
        and abs(o.cy - line.cy) <= 0.4 * line.height
        and strip_punct(o.text).endswith(ends)
        for o in lines
    )


# the number that opens a price line; what follows (a misread unit, a struck-through
# original price "原价¥45") does not matter
# (an icon or "¥" before it may read as a sign; a Han character there may be a misread
# digit, "司600" for 3600, so the line is then left alone)
_PRICE_START = re.compile(
    # (nor before a comma and more digits: "28,0600" is no 28, its group misread)
    r"^\s*(?:[^\d\s\u4e00-\u9fff]{1,2}\s?)?(\d{1,3}(?:[, ]\d{3})+|\d{2,6})(?![\d:/\-.]|,\d)\s*(\S?)"
)
_COUNT_UNITS = "件份人万次个张"  # "限量500份", "812件": stock counts, not prices
# a thousands-grouped number near an item's name is its price, whatever surrounds it
# (its comma may be read as ";" or ")": "2;200二", "2)200云贝")
_GROUPED = re.compile(rf"(?<![\d.])(\d{{1,3}}(?:(?:{_GROUP_COMMA}|[;)])\d{{3}})+)(?![\d.])")


def name_line(lines: list[Line], product: str | None) -> Line | None:
    """The line the item's name was read from."""
    return next((ln for ln in lines if product in ln.text), None) if product else None


def _price_under_product(lines: list[Line], product: str | None) -> int | None:
    """An item page puts the price right under (or right over) the item's name, starting
    at its left edge; when the unit after it ("云贝") was misread, the number opening the
    line is it."""
    name = name_line(lines, product)
    if name is None:
        return None
    h = name.height
    # the name's left edge, not its picture's read as glyphs before it
    left = name.raw.words[_name_start(name, lines)].box.x

    def from_left(ln: Line) -> str | None:
        """The line's text from the name's left edge on: whole where it starts there,
        else from its word that does (the item's picture read as words before the price:
        "| Ne /局12800")."""
        if find_timestamps(ln.text):
            return None
        if abs(ln.box.x - left) <= 1.2 * h:
            return ln.text
        at = [i for i, w in enumerate(ln.raw.words) if i and abs(w.box.x - left) <= 1.2 * h]
        return _text_from_word(ln, at[0]) if at else None

    # (on an order card the price sits at the card's foot, beside the item's picture)
    below = [ln for ln in lines if -0.4 * h <= ln.box.y - name.box.bottom <= 3.5 * h]
    above = [ln for ln in lines if -0.4 * h <= name.box.y - ln.box.bottom <= 1.5 * h]
    ordered = sorted(below, key=lambda ln: ln.box.y) + sorted(above, key=lambda ln: -ln.box.y)
    exclude = lexicon().cost_exclude
    for line in ordered:
        text = None if line is name else from_left(line)
        if text is None:
            continue
        if _contains_any(line.text, exclude):
            continue  # the balance in the bar under the item ("当前云贝:37,328")
        grouped = _GROUPED.search(text)
        if grouped:  # "呈-动18,400 sn": a thousands-grouped number is the price
            return _grouped_int(grouped.group(1))
        # (the price's coin read as doubted glyphs before it: "有3280", "四风『1800二")
        # (also where the line starts left of the name: "_." "明" before "230a" on an
        # order card, the picture read as doubted glyphs)
        m = _PRICE_START.match(text) or _PRICE_START.match(_after_doubted_glyphs(line))
        if not m or m.group(2) in tuple(_COUNT_UNITS):
            continue
        if re.fullmatch(r"0\d{1,2}", m.group(1)):
            continue  # "010云贝": no price starts with 0, its first digit is misread
        # (a longer one, "0640云贝", has a glyph read before it: 640)
        value = parse_int(m.group(1))
        if value is None or (m.group(2) == "天" and value < 100):
            continue  # "7天": a duration
        return value
    return None


def _after_doubted_glyphs(line: Line) -> str:
    """The line's text after the words without a digit that open it, that Tesseract
    doubts (under 60) and that stand apart from the rest (a glyph close before the
    digits may be their first digit misread: "荆;300云贝" for 1,300)."""
    words = line.raw.words
    start = 0
    while (
        start < len(words) - 1
        and words[start].conf < 60
        and not any(c.isdigit() for c in words[start].text)
    ):
        start += 1
    if start and words[start].box.x - words[start - 1].box.right < 0.5 * words[start].box.h:
        return line.text
    return _text_from_word(line, start)


def doubtful_prices(lines: list[Line], product: str | None) -> list[tuple[Line, Box]]:
    """A big price right under or over the item's name that Tesseract doubted ("隐5oo sx"
    for 4500 云贝 beside the item's picture), with the box to read it again from: the
    line from the name's left edge on (the price starts there; the picture to its left
    is what spoiled it). Else the value of a price label's row read as no clean number
    ("所需云贝 ...... 12,8600云骸" for 12,800云贝), to read again whole."""
    name = name_line(lines, product)
    if name is None:
        return _doubtful_price_rows(lines)
    h = name.height
    found = []
    for line in lines:
        # the item's picture read as the line's first word: the price is the rest
        part = price_part(line)
        box = line.box if part is None else part
        words = line.raw.words if part is None else line.raw.words[1:]
        # the item's list price after it ("1800云贝 价值¥25") is no part of it, and with
        # it the look stops before the unit (read again, "1800云贝" gave "180025.")
        if len(price := _before_list_price(words)) < len(words):
            unit = next((i for i, w in enumerate(price) if w.text.startswith("云")), None)
            words = price[:unit] if unit else price
            box = Box.from_edges(box.x, box.y, words[-1].box.right, box.bottom)
        if line is name or abs(box.x - name.box.x) > 1.5 * h:
            continue
        if not (
            -0.4 * h <= box.y - name.box.bottom <= 2.5 * h
            or -0.4 * h <= name.box.y - box.bottom <= 1.5 * h
        ):
            continue
        core = strip_punct("".join(w.text for w in words))
        if len(core) > 10 or line.height < 0.8 * h or find_timestamps(line.text):
            continue
        if not re.search(r"[\doO]", core):
            continue
        if (
            min(w.conf for w in line.raw.words) >= _SURE
            and part is None
            and not after_picture(lines, box)
        ):
            continue
        left = max(box.x, name.box.x - h // 4)
        if box.right - left > h:
            found.append((line, Box.from_edges(left, box.y, box.right, box.bottom)))
    rows = [
        (ln, box) for ln, box in _doubtful_price_rows(lines) if all(ln is not f for f, _ in found)
    ]
    return found[:2] + rows


def price_part(line: Line) -> Box | None:
    """The box of a line's words after its first word when that word is the item's
    picture read as a glyph Tesseract doubts (at least twice the rest's height, ending
    before them, and wide or well apart from them): "2 440云贝" is the picture and
    440云贝, ":ro" after "EL" a price read as junk. None for a line without such a
    picture."""
    words = line.raw.words
    if len(words) < 2:
        return None
    first, rest = words[0], words[1:]
    h = _usual_height(rest)
    # (the picture cut by its card's edge is no taller than the price: one glyph read
    # twice as wide as it is high is no glyph either, "划" 152x56 before "610")
    picture = first.box.h >= 2 * h or (len(first.text) == 1 and first.box.w >= 2 * first.box.h)
    if first.conf >= 50 or not picture or first.box.right > rest[0].box.x + h // 2:
        return None
    if sum(ch.isdigit() for ch in first.text) >= 3:
        return None  # a big doubted price itself ("28,0600" over its small unit), no picture
    if (
        first.box.w < 1.5 * h
        and rest[0].box.x - first.box.right < h
        and not re.fullmatch(r"[\u4e00-\u9fff]", first.text.replace("工", "1"))
    ):
        # a narrow glyph close before it is its own first digit ("1" of 1 700, or 工);
        # not another Han glyph ("有" of the picture's edge before "4500")
        return None
    # marks after a price read into the picture's word ("1.090sn" "，。") are no price,
    # nor is the item's list price after its unit ("J600 云见 价值y25": the big doubted
    # first word is the price, 1800)
    price = _before_list_price(rest)
    if not re.search(r"[\doO]", "".join(w.text for w in price)):
        return None
    return Box.around(w.box for w in rest)


def _before_list_price(words: list[OcrWord]) -> list[OcrWord]:
    """`words` up to the item's list price after its price ("价值¥25"), if any."""
    worth = next((i for i, w in enumerate(words) if w.text.startswith("价值")), None)
    return words if worth is None or worth == 0 else words[:worth]


def after_picture(lines: list[Line], box: Box) -> bool:
    """Whether a picture read as text (far taller than the line) ends right where `box`
    starts: its block may have taken the line's first glyphs ("200云贝" read sure of
    itself, the 1 of 1200 gone into the item's picture)."""
    return any(
        ln.box.h >= 2 * box.h
        and ln.box.vertical_overlap(box) > 0
        and abs(ln.box.right - box.x) <= box.h // 2
        for ln in lines
    )


def _doubtful_price_rows(lines: list[Line]) -> list[tuple[Line, Box]]:
    labels = tuple(w for w in lexicon().cost_labels if len(w) >= 3)
    found = []
    for label in lines:
        if strip_punct(label.text) not in labels:
            continue
        row = _row_value_line(lines, label, loose=True)
        if row is None or _NUMBER_ONLY.match(row.text.lstrip(",.")):
            continue
        if sum(c.isdigit() for c in row.text) >= 2:
            found.append((row, row.box))
    return found[:1]


_PRICE_LINE = re.compile(r"^\s*[¥￥]?\s*(\d(?:[\d, ]{0,8}\d)?)\s*\S{0,5}\s*$")


def _price_under_title(lines: list[Line], height: int) -> int | None:
    """An item page shows its price right under the item's name in a large font; when the
    unit after it ("云贝") was misread, the number is still there."""
    upper = [
        ln
        for ln in lines
        if height * 0.06 < ln.box.y < height * 0.5 and not _PRICE_LINE.match(ln.text)
    ]
    if not upper:
        return None
    title = max(upper, key=lambda ln: ln.height)
    below = [
        ln
        for ln in lines
        if 0 <= ln.box.y - title.box.bottom <= 2.5 * title.height
        and abs(ln.box.x - title.box.x) <= 2 * title.height
    ]
    for line in sorted(below, key=lambda ln: ln.box.y):
        m = _PRICE_LINE.match(line.text)
        if m and line.height >= 0.6 * title.height:
            return parse_int(m.group(1))
    return None


def find_product(lines: list[Line], height: int, lex: Lexicon | None = None) -> str | None:
    """The item's name: after or beside a 商品 label, in a confirm sentence, else the most
    prominent line naming an item (see `find_product_anyway` for an unknown item)."""
    lex = lex or lexicon()
    for line in lines:
        for label in lex.product_labels:
            m = re.match(rf"\s*{re.escape(label)}\s*[:]\s*(.+)$", line.text)
            if m and len(strip_punct(m.group(1))) >= 2:
                return m.group(1).strip()
    for line in lines:
        if strip_punct(line.text) in lex.product_labels:
            value = _value_by_label(lines, line, lex)
            if value:
                return value
    # "确认使用300云贝兑换黑胶VIP月卡?" in a confirm dialog
    for line in lines:
        m = re.search(r"云贝兑换[「“\"《]?([^」”\"》?,]{2,20})", line.text)
        if m and _contains_any(m.group(1), lex.product_words):
            return m.group(1).strip()
    return _prominent_name(lines, height, lex)


def find_product_anyway(
    lines: list[Line], height: int, lex: Lexicon | None = None, cost: int | None = None
) -> str | None:
    """On a page known to show an item (an item page, a failure over one) where
    `find_product` found nothing: the item's name, though no word names an item.

    An item page puts the name in a large font next to its price; without a price read,
    the largest name-like line near the top of the content is taken."""
    lex = lex or lexicon()
    names = [ln for ln in lines if ln.box.y >= height * 0.08 and _product_like(ln.text, lex)]
    price = _price_line(lines, cost) if cost else None
    if price is not None:
        # the name in a large font right over or under its price
        reach = 6 * max(price.height, 1)
        near = [
            ln
            for ln in names
            if 0 <= price.box.y - ln.box.bottom <= reach
            or 0 <= ln.box.y - price.box.bottom <= reach
        ]
        if near:
            anchor = price

            # a name and its price start at the same left edge; row labels sit elsewhere
            # (a price across a labelled row names the item above it, in the page head)
            def rank(ln: Line) -> tuple[bool, bool, int, float]:
                size = max(ln.height, anchor.height)
                aligned = abs(ln.box.x - anchor.box.x) <= 1.2 * size
                return (aligned, ln.cy < anchor.cy, ln.height, -abs(ln.cy - anchor.cy))

            return _name_text(max(near, key=rank), lines)
    names = [ln for ln in names if ln.box.y <= height * 0.6]
    if not names:
        return None
    upper = [ln for ln in names if ln.box.y <= height * 0.45] or names
    tallest = max(ln.height for ln in upper)
    return _name_text(
        min((ln for ln in upper if ln.height >= 0.9 * tallest), key=lambda ln: ln.box.y), lines
    )


def _name_text(line: Line, lines: list[Line] | None = None) -> str:
    """A name line's text without the picture read as text before it: as words apart,
    or as a few glyphs glued before a mark ("W司,黑胶唱片蓝牙音箱", "国_云村限定帆布袋")."""
    text = _text_from_word(line, _name_start(line, lines))
    end = _picture_after(line)
    if end is not None:
        text = text[: len(text) - len(_text_from_word(line, end))].rstrip()
    text = text.lstrip(" |")
    m = _PICTURE_BEFORE_MARK.match(text)
    return text[m.end() :] if m and len(strip_punct(text[m.end() :])) >= 3 else text


def _sure_height(words: list[OcrWord]) -> float | None:
    """The usual height of the words Tesseract is sure of (80 and up), if any."""
    sure = [w.box.h for w in words if w.conf >= 80 and strip_punct(w.text)]
    return statistics.median(sure) if sure else None


def _picture_after(line: Line) -> int | None:
    """The index of a last word that is the item's picture read as a glyph after the
    name: doubted, far taller than the name's sure words and well apart from them ("1"
    249 px high after 数字专辑《城市漫游指南》); None where there is none."""
    words = line.raw.words
    h = _sure_height(words)
    if len(words) < 2 or h is None:
        return None
    last, before = words[-1], words[-2]
    if last.conf < 80 and last.box.h >= 2 * h and last.box.x - before.box.right >= h:
        return len(words) - 1
    return None


# one to three glyphs, then a mark no item's name opens with
_PICTURE_BEFORE_MARK = re.compile(r"^[^\s\"',_]{1,3}[\"',_]\s*")


def _name_start(line: Line, lines: list[Line] | None = None) -> int:
    """The name line's first word of the name itself: after the picture read as glyphs
    (`_picture_words`, or where the price under the name starts: `_start_over_price`),
    else after leading words that Tesseract doubts (or that are far shorter than the
    line) and stand apart from the rest."""
    start = _picture_words(line) or (0 if lines is None else _start_over_price(line, lines))
    if start:
        return start
    words = line.raw.words
    # (the line's height is its sure words' usual height: a tall picture glyph read
    # after the name, "1" beside 数字专辑《城市漫游指南》, makes no glyph of it short)
    h = _sure_height(words) or max(w.box.h for w in words)
    start, last_doubt = 0, None
    while start < len(words) - 1:
        w = words[start]
        if strip_punct(w.text):
            if w.conf >= 45 and w.box.h >= 0.5 * h:
                break
            last_doubt = w
        start += 1
    if last_doubt is None or words[start].box.x - last_doubt.box.right < 0.4 * h:
        return 0
    return start


def _start_over_price(line: Line, lines: list[Line]) -> int:
    """The word of a name line that the price under it lines up with, after a few
    doubted glyphs: an item page starts the name and its price at one left edge, so
    what stands before that edge is the item's picture read as glyphs ("司" before
    黑胶VIP年卡 over "4500"; "人一、、\\" before 音乐人签名明信片 over "1200去")."""
    words = line.raw.words
    reach = 3.5 * max(w.box.h for w in words)
    for price in lines:
        if not 0 <= price.box.y - line.box.bottom <= reach or find_timestamps(price.text):
            continue
        if not (_PRICE_START.match(price.text) or _GROUPED.search(price.text)):
            continue
        for k in range(1, min(4, len(words))):
            before = words[:k]
            if len(strip_punct("".join(w.text for w in before))) > 3:
                break
            if (
                abs(words[k].box.x - price.box.x) <= 0.5 * words[k].box.h
                and all(w.conf < 90 for w in before)
                and any(w.conf < 80 for w in before)
                and any(w.conf >= 80 for w in words[k:])
            ):
                return k
    return 0


def _text_from_word(line: Line, start: int) -> str:
    """The line's text from its word `start` on."""
    if start == 0:
        return line.text.strip()
    first_raw = next(i for i, (wi, _) in enumerate(line.raw.offsets) if wi == start)
    first = next((j for j, src in enumerate(line.src) if src >= first_raw), 0)
    return line.text[first:].strip()


def _picture_words(line: Line) -> int:
    """How many words at the start of a name line are the item's picture read as glyphs:
    the longest run of them that ends at a wide gap before the name and holds only words
    Tesseract doubts that are off the name's text line (higher, lower, taller or much
    smaller than the words it is sure of) or doubted most ("厂关全" over a bag's picture
    before "云村限定帆布袋")."""
    words = line.raw.words
    sure = [w for w in words if w.conf >= 80 and strip_punct(w.text)]
    if not sure:
        return 0
    h = statistics.median(w.box.h for w in sure)
    cy = statistics.median(w.box.y + w.box.h / 2 for w in sure)

    def stray(w: OcrWord) -> bool:
        off_line = abs(w.box.y + w.box.h / 2 - cy) > 0.3 * h
        odd_size = not 0.6 * h <= w.box.h <= 1.5 * h
        return w.conf < 80 and (off_line or odd_size or w.conf < 60)

    start = 0
    for i in range(1, len(words)):
        if not stray(words[i - 1]):
            break
        if words[i - 1].text.strip().isdigit() and words[i].text.startswith("元"):
            break  # a voucher's value ("5" "元无门槛代金券"), not its picture
        if words[i].box.x - words[i - 1].box.right >= 0.8 * h:
            start = i
    # the name itself must hold a word Tesseract is sure of
    return start if any(w in sure for w in words[start:]) else 0


def _price_line(lines: list[Line], cost: int) -> Line | None:
    """The line showing the item's price (the first one holding that number)."""
    for line in lines:
        digits = re.sub(r"[, ]", "", line.text)
        if re.search(rf"(?<!\d){cost}(?!\d)", digits):
            return line
    return None


# a price of three digits or more, a glyph before it and up to three after it (its unit
# read as junk); not an item's "2000元…"
_PRICE_IN_JUNK = re.compile(r"\S?\d{3,}(?![\d元])\S{0,3}")


def _product_like(text: str, lex: Lexicon) -> bool:
    """Could this line be an item's name (not a heading, label, price, time or button)?"""
    core = strip_punct(text)
    if len(core) < 3 or len(core) > 24 or _contains_any(text, lex.not_product):
        return False
    if find_timestamps(text) or _SIGNED_TAIL.search(text) or _is_button(text, lex):
        return False
    if _failure_score(text) or _is_title(core):
        return False  # (an order's status misread: "交易关堵")
    # a rules item ("3.本活动…"), a clock ("星期三09:02") or an address is no item
    if _LIST_MARKER.match(text) or re.search(r"\d:\d\d", text) or is_address(core):
        return False
    if _contains_any(core, lex.refund_words):
        return False  # a refund note ("预计24小时内原路退回")
    if re.search(r"\d[\d*\s-]{5,}\d", text):
        # a phone or order number, masked or not (an address card's "江敏177…"): never
        # an item's name, and private
        return False
    if _contains_any(core, lex.cost_labels + lex.balance_labels + lex.product_labels):
        return False
    if any(t in core for titles in lex.page_titles.values() for t in titles if len(t) >= 4):
        return False  # a page title ("云贝商城", "兑换详情")
    if re.search(r"\d\s*万?\s*[件份人次]|\d万", core) or re.match(r"\d{3,}(?![\d元])", core):
        return False  # a stock count ("已兑3.4万件", "剩余23件") or a price line
    if _PRICE_IN_JUNK.fullmatch(core):
        return False  # a stylised price read with a glyph or a few around it ("划610二nn")
    buttons = ("确认", "立即", "马上", "提交", "兑换", *lex.failure_buttons)
    if len(core) <= 5 and core.startswith(buttons):
        return False  # a button, a row of them or a status, maybe misread ("确认苋换",
        # "兑换异音", "取消.重斌")
    if core.endswith("兑换"):
        return False  # a button ("而认兑换") or the end of a sentence, never an item
    han = sum(1 for ch in core if "\u4e00" <= ch <= "\u9fff")
    return han >= 2 and not re.fullmatch(r"[\d,.]+\S{0,2}", core)


def _value_by_label(lines: list[Line], label: Line, lex: Lexicon) -> str | None:
    """The text on a lone label's row (to its right), else right under it."""
    h = label.height
    row = [
        ln
        for ln in lines
        if ln is not label
        and ln.box.x > label.box.right
        and ln.box.vertical_overlap(label.box) >= 0.4 * h
    ]
    below = [
        ln
        for ln in lines
        if 0 <= ln.box.y - label.box.bottom <= 1.2 * h and abs(ln.box.x - label.box.x) <= 1.5 * h
    ]
    if any(ln.box.x - label.box.right < 0.6 * h for ln in row):
        return None  # the label goes on ("商品" + "类型"): a longer label, not this one
    for ln in sorted(row, key=lambda ln: ln.box.x) + sorted(below, key=lambda ln: ln.box.y):
        if _product_like(ln.text, lex):
            return ln.text.strip()
    return None


def _prominent_name(lines: list[Line], height: int, lex: Lexicon) -> str | None:
    """The tallest line below the status bar that reads like an item name and holds a word
    naming an item ("黑胶VIP月卡", "代金券")."""
    best: tuple[float, str] | None = None
    for line in lines:
        if line.box.y < height * 0.04 or not _contains_any(line.text, lex.product_words):
            continue
        name = re.sub(r"\s*(\d{1,3}(?:,\d{3})+|\d+)\s*云贝.*$", "", _name_text(line, lines))
        name = name.strip(" :")
        if _product_like(name, lex) and (best is None or line.height > best[0]):
            best = (line.height, name)
    return best[1] if best else None


def _timestamps(lines: list[Line], stamps: Stamps) -> list[str]:
    seen: list[str] = []
    for line in lines:
        for iso, _, _ in stamps.get(id(line), []):
            if iso not in seen:
                seen.append(iso)
    return seen


# a line whose time bounds a period: an activity's start or end, a validity window, coins
# due to expire ("开始: 2026.08.01 00:00", "2026-10-01 00:00至2026-11-15 23:59")
_PERIOD = re.compile(r"开始|结束|截止|有效期|期限|过期|活动时间|[至~]")


def _period_times(lines: list[Line], stamps: Stamps) -> list[str]:
    """The times of `_timestamps` that bound a period, not moments the user acted."""
    found: list[str] = []
    for line in lines:
        on_line = stamps.get(id(line), [])
        if not on_line:
            continue
        # the row's label may be a line of its own ("开始" ...... "2026.08.01 00:00")
        row = " ".join(
            o.text
            for o in lines
            if o.box.right <= line.box.x + 0.5 * line.height
            and o.box.vertical_overlap(line.box) > 0.3 * min(o.height, line.height)
        )
        if len(on_line) >= 2 or _PERIOD.search(line.text) or _PERIOD.search(row):
            found += [iso for iso, _, _ in on_line if iso not in found]
    return found


def _kind_scores(lines: list[Line], lex: Lexicon) -> dict[Kind, float]:
    # spaces apart: Tesseract spaces Latin from Han ("IP 地址")
    text = "\n".join(re.sub(r"\s+", "", ln.text) for ln in lines)
    scores: dict[Kind, float] = {}
    for name, words in lex.kinds.items():
        scores[Kind(name)] = float(sum(1 for w in words if w in text))
    return scores


def _is_help_page(lines: list[Line], title: str, lex: Lexicon) -> bool:
    """A help page: its title says so, or (a help page forwarded in a chat, under the
    chat's title) a help title stands on a line of its own above a list of questions."""
    if _contains_any(title, lex.help_titles):
        return True
    heads = [ln for ln in lines if strip_punct(ln.text) in lex.help_titles]
    return any(
        sum(1 for q in lines if q.box.y > head.box.y and _is_question(q.text)) >= 3
        for head in heads
    )


def _page_title(lines: list[Line], width: int, height: int) -> str:
    """The page title: the largest text in the title bar.

    Text wholly in the right half of the bar is an action link ("兑换记录", "明细") that
    names another page; the title is centred or after the back arrow at the left."""
    # a back arrow ("《") or stray mark is no title, however tall its box
    bar = [
        ln
        for ln in lines
        if height * 0.025 < ln.box.y < height * 0.12 and len(strip_punct(ln.text)) >= 2
    ]
    bar = [ln for ln in bar if ln.box.x < width * 0.5] or bar
    if not bar:
        return ""
    # of the large lines, the topmost: a row of tabs under the title ("全部 收入 支出")
    # may read a little taller
    tallest = max(ln.height for ln in bar)
    return strip_punct(
        min((ln for ln in bar if ln.height >= 0.85 * tallest), key=lambda ln: ln.box.y).text
    )


def _title_kind(title: str, lex: Lexicon) -> Kind | None:
    """The kind named by the page title."""
    best: tuple[tuple[int, int], str] | None = None
    for kind, titles in lex.page_titles.items():
        for word in titles:
            if len(word) <= 2 and title.lstrip("《<") != word:
                continue  # "云贝" names the balance page only alone, not in "云贝商城"
            # a title that lost its first or last glyph ("贝商城", "我的云") or has one
            # misread ("云贝赎户") still names its page (no two titles of the lexicon are
            # that close)
            core = title.strip(" 《<")
            cut = (
                len(word) >= 4
                and len(core) >= 3
                and (word.endswith(core) or word.startswith(core) or _one_glyph_off(core, word))
            )
            if not (word in title or cut):
                continue
            # the longest title named; of two as long, the first: a title bar read as one
            # line with its action link ("商品详情 兑换记录") names the page before the link
            rank = (len(word), -title.find(word) if word in title else 0)
            if best is None or rank > best[0]:
                best = (rank, kind)
    return Kind(best[1]) if best else None


def _page_error(
    lines: list[Line], width: int, height: int, lex: Lexicon, stamps: Stamps
) -> tuple[_Error | None, list[Deduction], str, bool]:
    """The page's prompt, with the records rows, the title and whether the page is a
    help page, found on the way."""
    deductions, deduction_lines = find_deductions(lines, width, stamps)
    title = _page_title(lines, width, height)
    # a help page lists failures ("兑换失败怎么办") without showing one
    if _is_help_page(lines, title, lex):
        return None, deductions, title, True
    return find_error(lines, deduction_lines, width, lex), deductions, title, False


def error_lines(lines: list[Line], width: int, height: int) -> list[Line]:
    """The lines the page's error message was read from (none without one)."""
    error = _page_error(lines, width, height, lexicon(), page_timestamps(lines))[0]
    return error.lines if error else []


def read_fields(lines: list[Line], width: int, height: int) -> tuple[Kind, Fields]:
    """Classify a screenshot and read its facts from its OCR lines."""
    lex = lexicon()
    stamps = page_timestamps(lines)
    error, deductions, title, help_page = _page_error(lines, width, height, lex, stamps)
    fields = Fields(
        balance=find_balance(lines, height, lex),
        error_message=error.message if error else None,
        cause=error.cause if error else None,
        timestamps=_timestamps(lines, stamps),
        deductions=deductions,
        period_times=_period_times(lines, stamps),
    )
    product = find_product(lines, height, lex)
    cost = find_cost(lines, error, height, lex, product)

    scores = _kind_scores(lines, lex)
    title_kind = _title_kind(title, lex)
    if title_kind is not None:
        scores[title_kind] += 10.0  # the page title says most about the page
    scores[Kind.RECORDS] += 2.0 * len(deductions)
    if title_kind == Kind.BALANCE and fields.balance is not None:
        # a balance page listing the latest rows under the balance it shows
        scores[Kind.BALANCE] += 2.0 * len(deductions)
    # a word naming an item alone is weak (a song's lyric says "耳机"); with its price it
    # is the item's page
    scores[Kind.REDEEM] += (1.0 if product else 0.0) + (1.0 if cost else 0.0)
    if product and cost:
        scores[Kind.REDEEM] += 2.0
    # "当前云贝 3024 | 立即兑换" in the bar at the foot of the screen: an item page's
    # checkout bar, not a balance page
    labels = tuple(w for w in lex.balance_labels if len(w) >= 4)
    checkout_bar = any(ln.box.y > 0.75 * height and _contains_any(ln.text, labels) for ln in lines)
    if checkout_bar:
        scores[Kind.REDEEM] += 2.0
    elif fields.balance is not None:
        scores[Kind.BALANCE] += 1.5
    if help_page:
        kind = Kind.OTHER
    elif error is not None:
        kind = Kind.FAILURE
    else:
        order = [Kind.RECORDS, Kind.REDEEM, Kind.BALANCE, Kind.ACCOUNT, Kind.NETWORK]
        kind = max(order, key=lambda k: (scores[k], -order.index(k)))
        if scores[kind] < 2:
            kind = Kind.OTHER
    if kind in (Kind.BALANCE, Kind.RECORDS) and fields.balance is None:
        fields.balance = find_balance_in_header(lines, height)
    if kind == Kind.BALANCE and fields.balance is None:
        fields.balance = find_balance_alone(lines, height)
    if kind in (Kind.REDEEM, Kind.FAILURE):
        if product is None:
            # the prompt's own lines are no item's name (its wrapped end "后再试")
            error_ids = {id(ln) for ln in error.lines} if error else set()
            others = [ln for ln in lines if id(ln) not in error_ids]
            product = find_product_anyway(others, height, lex, cost)
            cost = cost if product is None else find_cost(lines, error, height, lex, product)
        fields.cost, fields.product = cost, product
    return kind, fields
