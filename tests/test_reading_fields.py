"""Reading rules on OCR lines as sparse-mode Tesseract reports them (no OCR run here).

Each page is a list of (text, x, y, w, h) pieces, one OCR line each, in image pixels.
"""

from __future__ import annotations

import pytest
from ocr_pieces import Piece, lines_from, lines_with_confidence, one_line

from yunbei_gui.core.fields import (
    classify_cause,
    doubtful_balance_lines,
    doubtful_balance_tails,
    doubtful_prices,
    find_balance,
    find_balance_in_header,
    find_error,
    find_product_anyway,
    price_part,
    read_fields,
)
from yunbei_gui.core.lines import Line, page_lines
from yunbei_gui.core.models import Box, Cause, Kind, OcrWord
from yunbei_gui.core.ocr import REGION_BLOCK, OcrPage
from yunbei_gui.core.text import fix_domain_words

W, H = 1080, 2340


def _page(*pieces: Piece) -> list[Line]:
    return lines_from(pieces, W, H)


def test_misread_domain_words_are_repaired_one_character_for_one() -> None:
    cases = {
        "交换失败": "兑换失败",
        "x歌会员周卡": "K歌会员周卡",
        "时及VIP季卡(90天)": "黑胶VIP季卡(90天)",
        "旦肌VIP 7天体验卡": "黑胶VIP 7天体验卡",
        "黑胶vIp年卡": "黑胶VIP年卡",
        "黑胶VTP年卡": "黑胶VIP年卡",
        "是歌会员周卡": "K歌会员周卡",
        "1200去贝": "1200云贝",
        "150去由": "150云贝",
        "剩余云册78": "剩余云贝78",
        "商品仪限黑胶VIP用户兑换": "商品仅限黑胶VIP用户兑换",
        "数字专辑兑换关": "数字专辑兑换券",
        "5元无门槛代金劳": "5元无门槛代金券",
        "您所在的地区暂不文持兑换该商品": "您所在的地区暂不支持兑换该商品",
        "云贝朋细": "云贝明细",
        "《收支朋细": "《收支明细",
        "网络连接异尘,兑换未完成": "网络连接异常,兑换未完成",
        "当前账号状态弄党请完成安全验证": "当前账号状态异常请完成安全验证",
        "商品已够完,下次早点来哦": "商品已兑完,下次早点来哦",
        "工,490云贝价值4": "1,490云贝价值4",
        "服务器繁忙,请稍后重斌": "服务器繁忙,请稍后重试",
        "取消.重斌": "取消.重试",
        "您未达到本活动的消费门相,和暂时无法": "您未达到本活动的消费门槛,和暂时无法",
        "失败原因:您未达到本活动的消费门椎": "失败原因:您未达到本活动的消费门槛",
        "5元元门槛代金券": "5元无门槛代金券",
        "同5元元门查代金券": "同5元无门槛代金券",
        "需连续登到7天才可兑换": "需连续签到7天才可兑换",
        "K欢会员周卡": "K歌会员周卡",
        "K隐房VIP 3天卡": "K歌房VIP 3天卡",
        "时胶VIP季卡": "黑胶VIP季卡",
        "商品已欧完,下次早点来哦": "商品已兑完,下次早点来哦",
        "辣时胶唱片造型钥匙扣": "辣黑胶唱片造型钥匙扣",
        "本次苋换需额外支付手续费": "本次兑换需额外支付手续费",
        "您的账号因速规操作已被限制": "您的账号因违规操作已被限制",
        "该商品已郊完,下次早点来哦": "该商品已兑完,下次早点来哦",
        "k歌会员周卡": "K歌会员周卡",
        "有k歌会员周卡": "有K歌会员周卡",
        "账号存在异单,暂时无法兑换": "账号存在异常,暂时无法兑换",
        "800云帆": "800云贝",
    }
    for raw, fixed in cases.items():
        assert fix_domain_words(raw) == fixed
        assert len(fix_domain_words(raw)) == len(raw)
    assert fix_domain_words("当前去凡") == "当前去凡"  # no digits before it: left alone
    assert fix_domain_words("游戏弄党") == "游戏弄党"  # both wrong, not after 状态/网络: alone
    assert fix_domain_words("加工,100件") == "加工,100件"  # 工 in a word: left alone
    assert fix_domain_words("消费门店") == "消费门店"  # a shop
    assert fix_domain_words("满100元天门") == "满100元天门"  # a place, no voucher
    assert fix_domain_words("连续听到最后") == "连续听到最后"  # no streak of days
    assert fix_domain_words("开通黑胶VIP") == "开通黑胶VIP"  # 黑 right: left alone
    assert fix_domain_words("快速规划路线") == "快速规划路线"  # 速 before 规划 is no 违规
    assert fix_domain_words("唱K歌房") == "唱K歌房"  # K right: left alone
    assert fix_domain_words("葡房VIP 3天卡") == "葡房VIP 3天卡"  # K歌房's VIP: not 黑胶
    assert fix_domain_words("仅限VIP用户兑换") == "仅限VIP用户兑换"  # no VIP card after
    assert fix_domain_words("听歌会员") == "听歌会员"  # a real word: left alone
    assert fix_domain_words("开通每日歌会员") == "开通每日歌会员"  # inside a word: alone
    assert fix_domain_words("二时轴胶VIP月卡") == "二时轴胶VIP月卡"  # after two glyphs: alone


def test_a_balance_label_with_its_yunbei_misread_still_finds_the_number() -> None:
    # the number on the label's row, far right
    lines = _page(("侠当前去上", 36, 244, 220, 73), ("55", 610, 262, 66, 45))
    assert find_balance(lines, H) == 55
    # the number glued to the label
    assert find_balance(_page(("剩余云册78", 43, 244, 209, 52)), H) == 78
    assert find_balance(_page(("云几余撤900", 31, 1459, 160, 38)), H) == 900
    # 剩 of 剩余 read as 利 as well (fresh seed holdout 2929)
    assert find_balance(_page(("利余去上10,257", 64, 347, 465, 117)), H) == 10257
    # 云贝 lost whole after 可用, the number across the row
    lines = _page(("畏可用", 47, 325, 243, 85), ("5122", 872, 342, 155, 52))
    assert find_balance(lines, H) == 5122


def test_a_whole_number_after_yu_e_alone_is_the_balance_a_money_amount_is_not() -> None:
    # 云贝 of 云贝余额 lost in a redeem page's bottom bar (fresh seed holdout 5353 #44)
    lines = _page(("余额7,198", 132, 2136, 239, 41), ("兑换", 793, 2128, 97, 73))
    assert find_balance(lines, H) == 7198
    # the account's money, not coins
    assert find_balance(_page(("余额 ¥193.51", 132, 400, 300, 41)), H) is None
    assert find_balance(_page(("账户余额 193", 132, 400, 300, 41)), H) is None


def test_a_coin_tasks_reward_in_the_pages_usual_size_is_no_balance() -> None:
    """ "+5云贝" read "45云贝" under a task (fresh seed holdout2 69 #2): only a number and
    unit alone in a large font stands for the balance of a page whose label was lost."""
    tasks = [
        ("每日听歌30分钟", 117, 1026, 242, 47),
        ("45云贝", 117, 1073, 104, 44),
        ("分享一首歌给好友", 118, 1144, 276, 52),
        ("+2云贝", 117, 1193, 104, 44),
    ]
    title = ("云贝中心", 349, 117, 131, 66)
    assert read_fields(_page(title, *tasks), W, H)[1].balance is None
    kind, fields = read_fields(_page(title, ("1280云贝", 120, 400, 330, 96), *tasks), W, H)
    assert (kind, fields.balance) == (Kind.BALANCE, 1280)


def test_distinctive_words_alone_are_no_balance_label() -> None:
    lines = _page(("当前网络", 40, 300, 200, 50), ("4G", 900, 300, 60, 50))
    assert find_balance(lines, H) is None
    lines = _page(("我的订单", 40, 300, 200, 50), ("12", 900, 300, 60, 50))
    assert find_balance(lines, H) is None


def test_a_narrow_numbers_first_digit_is_kept_however_doubted() -> None:
    # an italic condensed "1375" (fresh holdout2 16 #64): four digits in 216 px at 96 px
    # high, its narrow 1 first, read again and doubted; no digit of it is a coin icon's
    words = [
        OcrWord("云贝余额", Box(294, 194, 133, 47), 92.0, 1, 1, 1),
        OcrWord("1375", Box(251, 257, 216, 96), 40.0, 2, 1, 1),
    ]
    lines = page_lines(OcrPage(720, 1600, False, words))
    assert find_balance(lines, 1600) == 1375
    # a condensed "224" in 192 px at 114 px high (holdout 3434 #24), doubted at 57
    words = [
        OcrWord("可用云贝", Box(26, 340, 160, 40), 92.0, 1, 1, 1),
        OcrWord("224", Box(26, 404, 192, 114), 57.0, 2, 1, 1),
    ]
    lines = page_lines(OcrPage(720, 1600, False, words))
    assert find_balance(lines, 1600) == 224


def test_a_balance_after_a_damaged_label_at_a_pages_head_is_read() -> None:
    # records pages' headers (holdout 6767 #59, 2020 #25, holdout2 23 #69)
    for text, value in (("云内全估20,440", 20440), ("我的中12,477", 12477), ("前云贝8 ,470", 8470)):
        lines = lines_from(((text, 39, 212, 287, 76), ("兑换商品", 33, 453, 407, 48)), 720, 1573)
        assert find_balance_in_header(lines, 1573) == value
    # and on the whole records page it is the page's balance
    lines = lines_from(
        (
            ("云贝明细", 295, 120, 129, 51),
            ("云内全估20,440", 39, 212, 287, 76),
            ("兑换商品黑胶VIP七天体验卡", 33, 453, 407, 48),
            ("-120云贝", 546, 474, 145, 44),
            ("2026-03-30 13:17", 32, 512, 186, 18),
            ("每日签到", 33, 600, 200, 48),
            ("+10云贝", 546, 621, 145, 44),
            ("2026-03-29 08:01", 32, 659, 186, 18),
        ),
        720,
        1573,
    )
    assert read_fields(lines, 720, 1573)[1].balance == 20440
    # a wallet row's label read with its 云贝 as a digit: the number is at the row's end
    lines = lines_from((("侠可用5", 33, 238, 200, 68), ("55", 618, 249, 65, 43)), 720, 1574)
    assert find_balance_in_header(lines, 1574) is None
    # lower down, or a signed amount, or no balance glyph in the label: no header
    for text, y in (("云贝余额20,440", 900), ("兑换商品-120", 212), ("会员等级5", 212)):
        lines = lines_from(((text, 39, y, 287, 76),), 720, 1573)
        assert find_balance_in_header(lines, 1573) is None


def test_a_prompt_wrapped_between_dui_and_huan_is_read_whole() -> None:
    # fresh holdout2 54 #54: a dialog's message wrapped before its last glyph, 兑 of the
    # first line read as 竞
    first = [
        ("本月消费满", 161, 581, 212, 37),
        ("30", 372, 575, 28, 50),
        ("元", 416, 582, 45, 35),
        ("后", 460, 575, 35, 50),
        ("才可竞", 494, 581, 102, 36),
    ]
    words = [OcrWord(t, Box(x, y, w, h), 92.0, 2, 1, 1) for t, x, y, w, h in first]
    for block, (text, x, y, w, h) in enumerate(
        (
            ("提示", 347, 512, 87, 40),
            ("换", 161, 640, 37, 35),
            ("取消", 209, 780, 77, 37),
            ("联系客服", 451, 779, 164, 38),
        ),
        start=3,
    ):
        words.append(OcrWord(text, Box(x, y, w, h), 92.0, block, 1, 1))
    lines = page_lines(OcrPage(783, 1697, False, words))
    error = find_error(lines, set(), 783)
    assert error is not None and error.message == "本月消费满30元后才可兑换"
    assert fix_domain_words("活动竞") == "活动竞"  # only after 才可/才能


def test_a_wrapped_prompt_whose_tall_word_box_reaches_into_its_next_line_is_read_whole() -> None:
    # fresh holdout2 55 #56: "存在" boxed 50 px high among 31 px glyphs reaches 3 px into
    # the wrapped line under it, which was then taken for the same row and left out
    first = [
        ("检测", 208, 584, 63, 31, 96.0),
        ("到", 276, 584, 29, 32, 96.0),
        ("账号", 322, 584, 73, 31, 96.0),
        ("存在", 394, 580, 70, 50, 96.0),
        ("违规", 480, 585, 33, 30, 80.0),
    ]
    second = [
        ("行为", 242, 632, 75, 31, 93.0),
        ("，", 345, 631, 18, 31, 92.0),
        ("兑", 378, 631, 17, 31, 52.0),
        ("换", 394, 627, 32, 50, 93.0),
        ("失败", 425, 631, 53, 31, 92.0),
    ]
    lines = page_lines(OcrPage(720, 1280, False, one_line(first, 1) + one_line(second, 2)))
    error = find_error(lines, set(), 720)
    assert error is not None and error.message == "检测到账号存在违规行为,兑换失败"


def test_a_prompt_split_along_its_row_and_wrapped_is_read_whole() -> None:
    lines = _page(
        ("提示", 136, 782, 87, 44),
        ("系统维护中,", 139, 866, 183, 33),
        ("兑换功能暂时无法使", 337, 862, 294, 51),
        ("请稍后再试", 138, 913, 166, 46),
        ("知道了", 596, 1011, 93, 50),
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "系统维护中,兑换功能暂时无法使请稍后再试"
    assert error.cause == Cause.SYSTEM


def test_a_line_between_two_lines_of_a_prompt_does_not_cut_it() -> None:
    lines = _page(
        ("当前兑换人数过多,服务器开小差了,", 211, 1174, 643, 57),
        ("收货介", 42, 1176, 118, 97),  # a page label behind the dialog, its middle lower
        ("请稍后重试", 442, 1233, 196, 57),
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "当前兑换人数过多,服务器开小差了,请稍后重试"


def test_a_failure_reason_label_gives_the_value_across_its_row() -> None:
    lines = _page(
        ("兑换失败", 326, 391, 178, 69),
        ("失败原因", 37, 574, 124, 33),
        ("商品仪限黑胶VIP用户兑换", 238, 570, 375, 46),
        ("商品名称", 35, 721, 130, 51),
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "商品仅限黑胶VIP用户兑换"
    assert error.cause == Cause.ELIGIBILITY


def test_a_misread_dialog_title_is_not_part_of_the_message() -> None:
    lines = _page(
        ("温艺提示", 507, 1117, 225, 85),
        ("账号受限,该功能暂不可用", 346, 1213, 548, 69),
        ("好的", 794, 1396, 113, 85),
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "账号受限,该功能暂不可用"


def test_a_no_threshold_voucher_is_not_a_failure() -> None:
    lines = _page(
        ("云贝商城", 400, 180, 200, 60),
        ("5元无门槛代金券", 300, 400, 380, 70),
        ("500云贝", 300, 500, 200, 70),
        ("立即兑换", 400, 2200, 200, 60),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.REDEEM
    assert fields.error_message is None
    assert fields.cost == 500


def test_the_price_under_the_item_name_is_read_with_its_unit_misread() -> None:
    lines = _page(
        ("云贝商城", 28, 85, 207, 56),
        ("黑胶唱片蓝牙音箱", 210, 192, 246, 49),
        ("9800天Rhyves", 211, 245, 268, 60),
        ("立即兑换", 400, 2200, 200, 60),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.REDEEM
    assert fields.cost == 9800
    # the big number's digits read as two words
    lines = _page(
        ("商品详情", 28, 85, 207, 56),
        ("音乐人签名明信片", 420, 378, 505, 95),
        ("1 200去贝has有尼", 425, 498, 549, 94),
    )
    assert read_fields(lines, W, H)[1].cost == 1200


def test_a_stock_count_or_a_misread_first_digit_is_no_price() -> None:
    lines = _page(
        ("商品详情", 28, 85, 207, 56),
        ("黑胶VIP年卡", 87, 1048, 341, 81),
        ("限量500份", 87, 1170, 294, 65),
    )
    assert read_fields(lines, W, H)[1].cost is None
    lines = _page(
        ("兑换详情", 344, 138, 141, 35),
        ("黑胶VIP年卡", 244, 237, 202, 49),
        ("司600 nm wwe", 213, 286, 340, 72),  # 3600 with its 3 read as a character
    )
    assert read_fields(lines, W, H)[1].cost is None


def test_a_link_at_the_right_of_the_title_bar_does_not_name_the_page() -> None:
    lines = _page(
        ("《兑换详情", 31, 97, 224, 39),
        ("兑换记录", 569, 97, 118, 47),  # taller, but the records page's link
        ("云音乐周边马克杯", 228, 203, 275, 55),
        ("2200云贝", 230, 269, 298, 54),
        ("云贝余额398", 33, 1374, 184, 44),
    )
    assert read_fields(lines, 720, 1560)[0] == Kind.REDEEM


def test_an_item_page_names_an_item_no_known_word_describes() -> None:
    # an item page: the name in a large font above its price, then labelled rows
    lines = _page(
        ("云贝兑换", 440, 170, 200, 50),
        ("10元话费充值券", 310, 310, 340, 60),
        ("虚拟权益 兑换后立即生效", 310, 390, 400, 34),
        ("所需云贝", 44, 630, 160, 40),
        ("1,000云贝", 840, 630, 190, 40),
        ("商品类型", 44, 770, 160, 40),
        ("虚拟权益", 880, 770, 150, 40),
        ("兑换限制", 44, 910, 160, 40),
        ("每人限兑1次", 820, 910, 210, 40),
        ("活动时间", 44, 1060, 170, 46),
        ("2026/02/01 00:00至2026/02/15 23:59", 44, 1140, 740, 38),
        ("确认兑换", 760, 2080, 170, 48),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.REDEEM
    assert fields.product == "10元话费充值券"
    assert fields.cost == 1000


def test_an_item_name_under_or_beside_its_label_is_read() -> None:
    failure = (
        ("兑换失败", 430, 300, 220, 56),
        ("原因:检测到账号存在违规行为,兑换功能已被限制", 60, 400, 900, 40),
    )
    lines = _page(*failure, ("商品名称", 60, 560, 160, 40), ("云村限定帆布袋", 60, 620, 280, 46))
    assert read_fields(lines, W, H)[1].product == "云村限定帆布袋"
    lines = _page(*failure, ("商品名称", 60, 560, 160, 40), ("云村限定帆布袋", 740, 560, 280, 40))
    assert read_fields(lines, W, H)[1].product == "云村限定帆布袋"


def test_the_first_half_of_a_longer_label_is_no_item_label() -> None:
    # "商品类型" read as two lines: "商品" is not the item's label, "虚拟权益" no item
    lines = _page(
        ("兑换失败", 430, 300, 220, 56),
        ("您所在的地区暂不支持兑换该商品", 60, 400, 700, 40),
        ("商品", 48, 795, 80, 40),
        ("类型", 136, 795, 77, 40),
        ("虚拟权益", 955, 791, 125, 40),
    )
    assert read_fields(lines, W, H)[1].product != "虚拟权益"


def test_a_picture_read_as_text_before_an_item_name_is_left_out() -> None:
    # the item's picture left of its name comes out as doubtful characters
    pieces = [
        ("多", 48, 320, 56, 58, 27.0),
        ("一", 152, 369, 61, 11, 27.0),
        ("忆", 244, 320, 58, 48, 0.0),
        ("黑", 365, 334, 27, 50, 85.0),
        ("胶VIP季卡", 419, 316, 208, 79, 90.0),
    ]
    words = one_line(pieces, 1)
    words.append(OcrWord("所需云贝:200", Box(48, 470, 300, 40), 90.0, 2, 1, 1))
    lines = page_lines(OcrPage(W, H, False, words))
    assert read_fields(lines, W, H)[1].product == "黑胶VIP季卡"


def test_glyphs_before_where_the_price_under_a_name_starts_are_its_picture() -> None:
    # holdout 7878 #42: a picture's glyph read fairly sure before the name, the price
    # under the name with its unit unread; the price starts where the name does
    pieces = [
        ("司", 209, 257, 54, 41, 65.0),
        ("黑", 315, 270, 28, 44, 65.0),
        ("胶", 364, 270, 25, 43, 91.0),
        ("VIP", 389, 270, 82, 44, 93.0),
        ("年", 471, 253, 50, 71, 92.0),
        ("卡", 520, 253, 27, 71, 92.0),
    ]
    words = one_line(pieces, 1)
    words += [
        OcrWord("兑换详情", Box(40, 128, 295, 49), 96.0, 2, 1, 1),
        OcrWord("4500", Box(300, 353, 133, 45), 91.0, 3, 1, 1),
        OcrWord("立即兑换", Box(400, 2100, 280, 60), 96.0, 4, 1, 1),
    ]
    kind, fields = read_fields(page_lines(OcrPage(W, H, False, words)), W, H)
    assert (kind, fields.product, fields.cost) == (Kind.REDEEM, "黑胶VIP年卡", 4500)
    # a price that starts elsewhere (centred under the name) leaves the name whole
    words[-2] = OcrWord("4500", Box(400, 353, 133, 45), 91.0, 3, 1, 1)
    assert read_fields(page_lines(OcrPage(W, H, False, words)), W, H)[1].product == "司黑胶VIP年卡"


def test_an_items_name_under_a_prompt_ending_in_its_clause_is_not_the_prompts() -> None:
    # holdout2 28 #25: the item page's name right under the toast, its picture read
    # as a glyph before it
    prompt = [
        ("您的账号存在安全风险", 66, 521, 690, 66, 96.0),
        ("，", 763, 516, 58, 92, 90.0),
        ("已暂停", 821, 521, 225, 63, 92.0),
        ("兑换", 1072, 521, 62, 63, 66.0),
    ]
    name = [
        ("人", 0, 658, 424, 182, 48.0),
        ("有", 459, 749, 70, 73, 93.0),
        ("声", 535, 780, 65, 42, 16.0),
        ("书", 633, 749, 86, 73, 90.0),
        ("畅听", 726, 749, 112, 73, 92.0),
        ("月卡", 865, 749, 126, 73, 93.0),
    ]
    words = one_line(prompt, 1)
    words += one_line(name, 2)
    error = find_error(page_lines(OcrPage(1440, 3200, False, words)), set(), 1440)
    assert error is not None and error.message == "您的账号存在安全风险,已暂停兑换"
    # a prompt that wraps before the item it names still takes its end
    words = [
        OcrWord("您的云贝不足以兑换", Box(66, 521, 600, 63), 95.0, 1, 1, 1),
        OcrWord("此商品", Box(66, 600, 200, 63), 95.0, 2, 1, 1),
    ]
    error = find_error(page_lines(OcrPage(1440, 3200, False, words)), set(), 1440)
    assert error is not None and error.message == "您的云贝不足以兑换此商品"


def test_a_price_under_the_name_after_its_coin_read_as_doubted_glyphs_is_read() -> None:
    def page(price: list[tuple[str, int, int, int, int, float]]) -> list[Line]:
        words = [
            OcrWord("兑换详情", Box(130, 92, 128, 61), 96.0, 1, 1, 1),
            OcrWord("云村限定帆布袋", Box(107, 193, 363, 60), 95.0, 2, 1, 1),
            OcrWord("立即兑换", Box(400, 1600, 280, 60), 96.0, 4, 1, 1),
        ]
        words += one_line(price, 3)
        return page_lines(OcrPage(828, 1776, False, words))

    # holdout 9191 #8: "四风『1800二", the coin and the unit read as doubted glyphs
    coin_apart = [
        ("四", 107, 320, 18, 2, 16.0),
        ("风", 154, 268, 3, 22, 0.0),
        ("『1800", 231, 273, 187, 42, 24.0),
        ("二", 375, 264, 47, 67, 0.0),
    ]
    assert read_fields(page(coin_apart), 828, 1776)[1].cost == 1800
    # a doubted glyph close before the digits may be the first digit ("荆;300" for 1,300)
    glyph_close = [("荆", 107, 268, 44, 75, 0.0), (";300", 169, 266, 190, 100, 49.0)]
    assert read_fields(page(glyph_close), 828, 1776)[1].cost is None


def test_a_toast_read_into_a_line_of_the_rules_under_it_is_still_the_error() -> None:
    # "3.如遇" of the rules list below; the toast's words on a baseline 18 px higher
    pieces = [("3.", 31, 750, 19, 18), ("如", 60, 747, 30, 24), ("遇", 94, 743, 16, 40)]
    toast = ["本次", "兑换", "需额外", "支付", "手续费,", "云贝数"]
    pieces += [(t, 158 + 75 * i, 728, 70, 26) for i, t in enumerate(toast)]
    words = [OcrWord(t, Box(x, y, w, h), 90.0, 1, 1, 1) for t, x, y, w, h in pieces]
    words.append(OcrWord("量不足", Box(334, 768, 79, 26), 90.0, 2, 1, 1))
    lines = page_lines(OcrPage(W, H, False, words))
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "本次兑换需额外支付手续费,云贝数量不足"
    assert error.cause == Cause.ELIGIBILITY


def test_a_damaged_balance_rows_misread_value_is_looked_at_not_another_rows_number() -> None:
    """Fresh holdout2 68 #55, a confirm sheet: 云贝余额 read "贝余额", its value 4976 read
    "49/6". The price "1300 云贝" three rows up was taken as the balance; the row's own
    value is looked at again instead."""
    lines = _page(
        ("云村限定帆布袋", 301, 1549, 382, 79),
        ("1300 云贝", 302, 1688, 204, 69),
        ("所需云贝", 51, 1827, 199, 69),
        ("1300", 982, 1828, 94, 52),
        ("贝余额", 103, 1933, 146, 46),
        ("49/6", 975, 1930, 102, 52),
    )
    assert find_balance(lines, H) is None
    assert [t.text for t in doubtful_balance_tails(lines)] == ["49/6"]


def test_a_balance_whose_thousands_separator_was_misread_is_read_whole() -> None:
    assert find_balance(_page(("云贝余额24 ,961", 73, 392, 492, 70)), H) == 24961
    assert find_balance(_page(("可用云贝6 .492", 74, 430, 498, 83)), H) == 6492
    assert find_balance(_page(("当前云贝25)263", 41, 218, 285, 45)), H) == 25263


def test_a_price_label_with_a_misread_character_still_finds_the_price() -> None:
    lines = _page(
        ("黑胶唱片蓝牙音箱", 380, 380, 440, 60),
        ("所下局云贝", 54, 763, 193, 59),
        ("9800", 1080, 769, 106, 39),
        ("请检查网络设置后重试", 400, 1180, 500, 50),
    )
    assert read_fields(lines, W, H)[1].cost == 9800


def test_a_confirm_rows_sure_price_under_a_lost_label_glyph_outranks_a_doubted_one() -> None:
    """A chat-forwarded item page (fresh holdout2 64 #31): its big "90云贝" read "30云贝"
    at 0; the confirm sheet over it reads 所需云贝 without its 所, the price sure across
    the row. A shortfall's "还需云贝" is no price label."""
    pieces = (
        ("30云贝", 223, 1105, 130, 94, 0.0),
        ("评论区限定气泡(30天)", 386, 1349, 364, 54, 95.0),
        ("需云贝", 256, 1527, 98, 44, 91.0),
        ("90", 831, 1537, 31, 26, 91.0),
        ("当前兑换人数较多,请稍后重试", 330, 1734, 425, 46, 92.0),
    )
    assert read_fields(lines_with_confidence(pieces, W, H), W, H)[1].cost == 90
    short = (*pieces[:2], ("还需云贝", 256, 1527, 128, 44, 91.0), *pieces[3:])
    assert read_fields(lines_with_confidence(short, W, H), W, H)[1].cost == 30


def test_a_price_at_the_names_edge_after_the_pictures_words_is_the_cost() -> None:
    """Fresh holdout 4949 #28, an order card under a dialog: the item's picture read as
    words on both rows ("f本、\\", "| Ne /局"), the price "12800" at 0 with its unit not
    read. The price starts at the name's left edge, after the picture."""
    words = [
        *one_line([("f", 58, 391, 64, 88, 55.0), ("本", 139, 391, 115, 100, 39.0)], 1),
        *one_line([("黑胶唱片蓝牙音箱", 445, 387, 480, 108, 90.0)], 1),
        *one_line(
            [
                ("|", 59, 507, 7, 78, 82.0),
                ("Ne", 110, 512, 136, 148, 68.0),
                ("/局", 232, 576, 84, 74, 32.0),
                ("12800", 425, 531, 283, 74, 0.0),
            ],
            2,
        ),
        *one_line([("本次兑换需额外支付手续费,云贝数量不足", 237, 1424, 909, 82, 90.0)], 3),
    ]
    lines = page_lines(OcrPage(1440, 3154, False, words))
    fields = read_fields(lines, 1440, 3154)[1]
    assert fields.product == "黑胶唱片蓝牙音箱"
    assert fields.cost == 12800


def test_a_dash_of_the_pictures_junk_before_a_price_is_no_sign() -> None:
    """Fresh holdout2 65 #7: the item's picture beside the price read "WA一-" (the dash
    at 0, apart from the digits), then "1340" "sm" (云贝). A records row's sign is
    glued to its number or read surely."""

    def cost(dash: str, conf: float, x: int) -> int | None:
        words = [
            *one_line([("10元话费充值券", 102, 641, 311, 60, 93.0)], 1),
            *one_line(
                [
                    ("WA", 32, 706, 57, 84, 6.0),
                    ("一", 98, 695, 10, 94, 47.0),
                    (dash, x, 714, 70, 76, conf),
                    ("1340", 201, 752, 69, 26, 90.0),
                    ("sm", 284, 761, 32, 19, 74.0),
                ],
                2,
            ),
            *one_line([("您的账号存在安全风险,已暂停兑换", 153, 1010, 414, 42, 95.0)], 3),
        ]
        return read_fields(page_lines(OcrPage(720, 1280, False, words)), 720, 1280)[1].cost

    assert cost("-", 0.0, 110) == 1340
    assert cost("-", 92.0, 110) is None  # "- 1340 云贝", surely signed


def test_a_grouped_price_with_a_bracket_before_its_comma_is_read_whole() -> None:
    # fresh holdout2 65 #54: "3),200去mn" for 3,200 云贝 over the item's name
    lines = _page(
        ("检测到账号存在违规行为,兑换失败", 204, 626, 476, 29),
        ("3),200去mn", 35, 987, 210, 62),
        ("云音乐联名T恤〈M码)", 36, 1069, 360, 57),
        ("兑换须知", 36, 1196, 124, 31),
    )
    assert read_fields(lines, W, H)[1].cost == 3200


def test_a_price_whose_group_is_read_with_two_marks_before_its_unit_is_read_whole() -> None:
    # fresh holdout2 67 #69: "aa 5;)600云" for 5,600 云贝 in a confirm sheet gave 600
    lines = _page(
        ("云音乐联名T恤〈M友)", 167, 1293, 796, 108),
        ("aa 5;)600云", 127, 1348, 540, 233),
        ("所需云贝", 67, 1675, 218, 51),
        ("您的账号存在安全风险,已暂停兑换", 200, 1900, 700, 50),
    )
    assert read_fields(lines, W, H)[1].cost == 5600


def test_an_item_name_under_its_price_is_read_and_stock_counts_are_no_name() -> None:
    # a detail page: the price in big red digits over the name, a sold count beside it
    lines = _page(
        ("兑换详情", 440, 96, 200, 31),
        ("1 ,530云贝", 40, 745, 300, 61),
        ("已兑3.4万件", 600, 763, 200, 35),
        ("云音乐桌面手机支架", 40, 815, 420, 53),
        ("兑换须知", 40, 934, 120, 28),
        ("当前云贝: 6,456", 40, 1103, 300, 39),
    )
    kind, fields = read_fields(lines, W, 1280)
    assert kind == Kind.REDEEM
    assert fields.product == "云音乐桌面手机支架"
    assert fields.cost == 1530
    assert fields.balance == 6456


def test_a_big_balance_under_its_label_with_a_stray_comma_is_read() -> None:
    # the unit after the big number read as a comma; 额 of 云贝余额 lost
    lines = _page(("云贝余额", 480, 520, 160, 40), ("4519,", 440, 590, 240, 90))
    assert find_balance(lines, H) == 4519
    lines = _page(("云贝余", 480, 520, 120, 40), ("7,420,", 430, 590, 260, 90))
    assert find_balance(lines, H) == 7420


def test_an_order_status_title_and_a_refund_note_are_not_part_of_the_reason() -> None:
    lines = _page(
        ("交易关闭", 60, 340, 300, 52),
        ("服务繁忙,请稍后再试", 60, 410, 500, 40),
        ("已扣除的云贝将在24小时内退区", 60, 462, 560, 40),
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "服务繁忙,请稍后再试"


def test_a_toasts_second_line_whose_box_reaches_into_the_first_continues_it() -> None:
    """Fresh holdout2 65 #37: a two-line toast whose second line's box starts 4 px
    above the first one's bottom; the message stopped at "…存在违规"."""
    lines = _page(
        ("外卖满30减8代金券", 33, 739, 372, 57),
        ("检测到账号存在违规", 208, 1219, 309, 51),
        ("行为,兑换失败", 242, 1266, 239, 51),
    )
    error = find_error(lines, set(), 720)
    assert error is not None
    assert error.message == "检测到账号存在违规行为,兑换失败"


def test_a_suspension_and_a_repeat_read_with_glyphs_lost_are_failure_prompts() -> None:
    """Fresh holdout2 66: "您的账号存在安全风险，已暂停兑换" read without 您 and 险 (#9),
    and "每人限兑1次，您已兑换过" read "每人限半1次,您兑换过" (#52): no prompt was found."""
    lines = _page(
        ("的账号存在安全风", 297, 567, 271, 44),
        (",已暂停兑换", 343, 618, 189, 44),
        ("云村限定帆布袋", 33, 1017, 304, 63),
    )
    error = find_error(lines, set(), 828)
    assert error is not None
    assert error.message == "的账号存在安全风,已暂停兑换"
    assert error.cause == Cause.ACCOUNT
    lines = _page(("每人限半1次,您兑换过", 205, 998, 305, 76), ("所需云贝", 33, 834, 115, 42))
    error = find_error(lines, set(), 720)
    assert error is not None and error.message == "每人限半1次,您兑换过"


def test_a_help_page_question_about_failures_is_no_failure_prompt() -> None:
    lines = _page(
        ("帮助与反馈", 400, 170, 280, 50),
        ("兑换失败后云贝会退回吗?", 60, 400, 600, 44),
        ("云贝兑换失败怎么办", 60, 520, 500, 44),
    )
    assert find_error(lines, set(), W) is None


def test_an_order_card_price_at_the_foot_of_the_card_is_the_cost() -> None:
    # the small 云贝 after the price misread as "sn", junk before it from the picture
    lines = _page(
        ("交易关闭", 60, 340, 300, 52),
        ("原因:服务繁忙,请稍后再试", 60, 410, 560, 40),
        ("降噪蓝牙耳机Lite", 460, 660, 480, 46),
        ("呈-动18,400 sn", 420, 810, 340, 50),
        ("X1", 1280, 820, 40, 40),
        ("2026062017425586637", 430, 1120, 640, 40),
    )
    fields = read_fields(lines, W, H)[1]
    assert fields.product == "降噪蓝牙耳机Lite"
    assert fields.cost == 18400


def test_a_help_page_listing_failure_topics_is_no_failure() -> None:
    lines = _page(
        ("帮助与反馈", 400, 170, 280, 50),
        ("常见问题", 60, 330, 200, 44),
        ("云贝被扣了但商品没到账", 60, 420, 520, 44),
        ("实名认证失败的常见原因", 60, 520, 520, 44),
        ("账号被限制了", 60, 620, 300, 44),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.OTHER
    assert fields.error_message is None


def test_a_result_page_gives_the_reason_under_its_apology_title() -> None:
    lines = _page(
        ("很抱歉,兑换失败", 300, 500, 480, 60),
        ("失败原因:需连续签到7天才可兑换", 160, 600, 760, 40),
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "需连续签到7天才可兑换"
    assert error.cause == Cause.STOCK


def test_already_redeemed_and_spend_conditions_are_failures() -> None:
    for text, cause in (
        ("每人限兑1次,您已兑换过", Cause.STOCK),
        ("本月消费满30元后才可兑换", Cause.STOCK),
    ):
        error = find_error(_page((text, 200, 1400, 680, 44)), set(), W)
        assert error is not None, text
        assert error.message == text
        assert error.cause == cause


def test_a_big_balance_with_a_spaced_separator_or_a_stray_colon_is_read() -> None:
    lines = _page(("云贝余额", 99, 385, 218, 66), ("24 ,905", 101, 543, 514, 167))
    assert find_balance(lines, H) == 24905
    lines = _page(("可用云贝(个)", 74, 354, 276, 59), ("6,625:", 77, 474, 446, 125))
    assert find_balance(lines, H) == 6625


def test_a_failure_sentence_keeps_its_title_before_a_comma() -> None:
    error = find_error(_page(("兑换失败,请稍后重试", 300, 1500, 480, 44)), set(), W)
    assert error is not None
    assert error.message == "兑换失败,请稍后重试"
    error = find_error(_page(("兑换失败:商品库存不足", 300, 1500, 480, 44)), set(), W)
    assert error is not None
    assert error.message == "商品库存不足"


def test_a_lyric_naming_an_item_does_not_make_a_player_an_item_page() -> None:
    lines = _page(
        ("城市漫游", 420, 180, 240, 50),
        ("我们都忘了说再见", 300, 1500, 480, 44),
        ("耳机里还是那首歌", 300, 1580, 480, 52),
        ("01:39", 60, 1900, 100, 30),
        ("02:52", 920, 1900, 100, 30),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.OTHER
    assert fields.product is None


def test_an_order_price_with_its_unit_misread_is_read() -> None:
    lines = _page(
        ("兑换失败", 430, 300, 220, 56),
        ("系统升级维护中,兑换功能暂不可用", 100, 400, 880, 44),
        ("商品名称", 60, 700, 160, 40),
        ("黑胶唱片造型钥匙扣", 700, 700, 330, 40),
        ("商品价格", 60, 780, 160, 40),
        ("920云帆", 900, 780, 130, 40),
    )
    assert read_fields(lines, W, H)[1].cost == 920


def test_a_big_balance_with_ocr_marks_around_it_is_read() -> None:
    # a bracket or bar before a big number, a couple of marks after it
    assert find_balance(_page(("我的云贝", 93, 535, 148, 55), ("(0,", 88, 625, 100, 97)), H) == 0
    lines = _page(("云贝余额", 49, 222, 109, 43), ("4537、^", 51, 308, 252, 67))
    assert find_balance(lines, H) == 4537
    lines = _page(("剩余云贝", 85, 439, 153, 57), ("181] ax", 87, 567, 250, 81))
    assert find_balance(lines, H) == 181
    # a sign makes it a records row, not the balance
    assert (
        find_balance(_page(("我的云贝", 93, 535, 148, 55), ("-200", 88, 625, 100, 60)), H) is None
    )


def test_a_current_balance_label_with_two_characters_misread_finds_its_number() -> None:
    # 当前云贝 read as 当亲去凡, the thousands comma as a semicolon
    assert find_balance(_page(("当亲去凡22;881", 43, 203, 296, 80)), H) == 22881


def test_a_wallet_row_with_its_coin_icon_read_as_a_glyph_gives_the_balance() -> None:
    lines = _page(
        ("钱包", 490, 109, 100, 68),
        ("合云贝", 78, 287, 217, 82),
        ("8472", 814, 308, 126, 49),
        ("账户余额", 183, 473, 226, 78),
        ("Y48 .39", 782, 485, 157, 41),
    )
    assert find_balance(lines, H) == 8472
    # a task button is no balance label
    lines = _page(("赚云贝", 78, 287, 217, 82), ("+5", 814, 308, 126, 49))
    assert find_balance(lines, H) is None


def test_a_misread_failure_title_glued_to_the_reason_is_left_out_of_the_message() -> None:
    for text, message in (
        ("苋换失败商品库存不足,郊换失败", "商品库存不足,兑换失败"),
        ("三2,,兑换失败账号受限,暂不支持兑换商品", "账号受限,暂不支持兑换商品"),
        ("竞痪和失风需连续签到7天才可兑换", "需连续签到7天才可兑换"),  # 换 as 痪, 败 as 风
    ):
        error = find_error(_page((text, 120, 900, 700, 50)), set(), W)
        assert error is not None
        assert error.message == message
    # a bare title before a comma is still part of the sentence
    error = find_error(_page(("郊换失败,请稍后重试", 120, 900, 700, 50)), set(), W)
    assert error is not None
    assert error.message == "兑换失败,请稍后重试"  # (郊 before 换 is repaired)


def test_a_risk_control_toast_split_in_two_pieces_is_one_message() -> None:
    # a stray glyph before the toast made the first piece's box four times its font's height
    words = [
        OcrWord("二|", Box(0, 623, 60, 104), 0.0, 1, 1, 1),
        OcrWord("当前账号", Box(70, 660, 160, 30), 96.0, 1, 1, 1),
        OcrWord("处于风控", Box(235, 660, 150, 30), 92.0, 1, 1, 1),
        OcrWord("状态,请联系客服处理", Box(387, 669, 278, 27), 93.0, 2, 1, 1),
        OcrWord("200云贝", Box(30, 733, 204, 55), 90.0, 3, 1, 1),
    ]
    lines = page_lines(OcrPage(828, 1792, False, words))
    error = find_error(lines, set(), 828)
    assert error is not None
    assert error.message.endswith("当前账号处于风控状态,请联系客服处理")
    assert error.cause == Cause.ACCOUNT


def test_a_reason_label_is_left_out_and_a_row_whose_comma_was_lost_is_read_whole() -> None:
    # as read off a 1242 px wide result page: the comma between the two halves unread
    lines = lines_from(
        (
            ("失败原因:您的账号存在安全风险", 99, 823, 745, 68),
            ("已暂停兑换", 900, 827, 244, 46),
        ),
        1242,
        2688,
    )
    error = find_error(lines, set(), 1242)
    assert error is not None
    assert error.message == "您的账号存在安全风险已暂停兑换"
    # the label goes whatever its value says (no cause word here)
    lines = _page(
        ("兑换失败", 339, 601, 404, 77), ("失败原因:不在活动时间内,无法兑换", 185, 700, 710, 58)
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "不在活动时间内,无法兑换"


def test_an_icon_read_as_doubted_digits_beside_a_message_is_not_part_of_it() -> None:
    words = [
        OcrWord("库存不足", Box(171, 853, 137, 50), 94.0, 1, 1, 1),
        OcrWord("11", Box(40, 863, 54, 43), 27.0, 2, 1, 1),  # the icon left of it
    ]
    error = find_error(page_lines(OcrPage(952, 2061, False, words)), set(), 952)
    assert error is not None
    assert error.message == "库存不足"


def test_an_app_settings_page_is_no_network_page_and_a_wifi_detail_page_is() -> None:
    # the app's own settings, titled 设置 (as read off a 1242 px wide screenshot)
    settings = lines_from(
        (
            ("设置", 560, 184, 90, 45),
            ("账号与安全", 60, 358, 200, 63),
            ("隐私设置", 60, 525, 160, 40),
            ("播放与音质", 60, 886, 200, 64),
            ("下载设置", 60, 1049, 160, 59),
            ("清除缓存", 60, 1210, 160, 62),
            ("关于网易云音乐", 60, 1414, 300, 63),
        ),
        1242,
        2688,
    )
    assert read_fields(settings, 1242, 2688)[0] == Kind.OTHER
    # a phone's Wi-Fi details: Tesseract spaces the Latin letters from the Han ones
    wifi = _page(
        ("ChinaNet-5G-A3F2", 300, 198, 480, 35),
        ("忽略此网络", 100, 366, 260, 66),
        ("IP 地址", 60, 593, 140, 43),
        ("10.24.122.154", 700, 601, 300, 28),
        ("信号强度", 60, 738, 160, 69),
        ("433 Mbps", 700, 901, 200, 35),
    )
    assert read_fields(wifi, W, H)[0] == Kind.NETWORK


def test_rules_items_clocks_addresses_and_refund_notes_are_no_item_names() -> None:
    for text in (
        "3.本活动最终解释权归活动方所有",
        "星期三09:02",
        "北京市朝阳区",
        "预计24小时内原路退回",
        "兑换后立即生效",
    ):
        lines = _page(("兑换失败", 400, 300, 280, 60), (text, 100, 500, 600, 70))
        assert find_product_anyway(lines, H) is None, text
    lines = _page(("兑换失败", 400, 300, 280, 60), ("黑胶唱片造型钥匙扣", 100, 500, 600, 70))
    assert find_product_anyway(lines, H) == "黑胶唱片造型钥匙扣"


def test_a_centred_toast_line_read_in_pieces_joins_the_line_under_it() -> None:
    # a toast over a rules list (1440 px wide); its first line came out in two pieces with
    # the rules' text under it between them, and neither piece is centred on its own
    lines = lines_from(
        (
            ("活动规则", 66, 1304, 250, 90),
            ("系统维护中,兑换功", 215, 1457, 536, 83),
            ("台E车打", 754, 1457, 118, 51),
            ("时无法使用,", 875, 1457, 315, 82),
            ("2", 66, 1535, 27, 42),
            ("请稍后再试", 573, 1549, 297, 83),
            ("3", 66, 1623, 26, 43),
        ),
        1440,
        3103,
    )
    error = find_error(lines, set(), 1440)
    assert error is not None
    assert error.message.startswith("系统维护中,兑换功")
    assert error.message.endswith("时无法使用,请稍后再试")
    assert error.cause == Cause.SYSTEM


def test_the_unit_read_as_two_latin_letters_after_a_price_is_still_the_unit() -> None:
    # (and "90s=" for 90云贝: fresh holdout2 86 #56, read 905 before)
    for raw, fixed in (
        ("[ 310 am", "[ 310 云贝"),
        ("1280sn", "1280云贝"),
        ("90 sn", "90 云贝"),
        ("90s=", "90云贝"),
    ):
        (line,) = _page((raw, 78, 632, 423, 146))
        assert line.text == fixed
    for text in ("433 Mbps", "zhang1988am@163.com", "rain99sn", "id:1024aa_x"):
        (line,) = _page((text, 78, 632, 300, 40))
        assert line.text == text  # a real unit, an email, a nickname: their own letters
    # a failure dialog over an item page: the price under the item's name
    lines = _page(
        ("兑换失败", 400, 300, 280, 60),
        ("该商品已兑完", 350, 400, 380, 50),
        ("黑胶VIP月卡", 78, 500, 400, 90),
        ("[ 310 am", 78, 632, 423, 146),
    )
    assert read_fields(lines, W, H)[1].cost == 310


def test_a_name_and_phone_line_is_never_taken_for_the_item() -> None:
    for text in ("江敏17710600097", "茂凡娜135****8390"):
        lines = _page(("兑换失败", 400, 300, 280, 60), (text, 100, 500, 600, 70))
        assert find_product_anyway(lines, H) is None, text


def test_a_wallet_row_whose_label_came_out_as_doubted_glyphs_gives_the_balance() -> None:
    # a 750 px wide 我的云贝 page: the coin icon and 我的云贝 read as "侠我的2"
    words = [
        OcrWord("我的云贝", Box(300, 112, 150, 50), 90.0, 1, 1, 1),
        OcrWord("侠我的2", Box(30, 237, 150, 66), 23.0, 2, 1, 1),
        OcrWord("14", Box(660, 251, 40, 37), 91.0, 3, 1, 1),
        OcrWord("云贝规则", Box(30, 398, 150, 43), 95.0, 4, 1, 1),
        OcrWord("常见问题", Box(30, 497, 100, 27), 95.0, 5, 1, 1),
    ]
    lines = page_lines(OcrPage(750, 1635, False, words))
    kind, fields = read_fields(lines, 750, 1635)
    assert kind == Kind.BALANCE
    assert fields.balance == 14
    # a label read well is not doubted: its number is another row's value
    words[1] = OcrWord("签到天数", Box(30, 237, 150, 66), 93.0, 2, 1, 1)
    lines = page_lines(OcrPage(750, 1635, False, words))
    assert read_fields(lines, 750, 1635)[1].balance is None


def test_a_back_arrow_taller_than_the_title_does_not_hide_the_wallet_title() -> None:
    # a 725 px wide 钱包 page; the 云贝 row's icon and label came out as doubted glyphs
    words = [
        OcrWord("《", Box(20, 87, 30, 35), 87.0, 1, 1, 1),
        OcrWord("钱包", Box(330, 90, 66, 33), 96.0, 2, 1, 1),
        OcrWord("例动n", Box(30, 199, 130, 57), 0.0, 3, 1, 1),
        OcrWord("8,519", Box(560, 217, 90, 33), 75.0, 4, 1, 1),
        OcrWord("账户余额", Box(90, 331, 120, 29), 94.0, 5, 1, 1),
        OcrWord("Y47.90", Box(560, 336, 90, 21), 73.0, 6, 1, 1),
    ]
    kind, fields = read_fields(page_lines(OcrPage(725, 1571, False, words)), 725, 1571)
    assert kind == Kind.BALANCE
    assert fields.balance == 8519


def test_page_text_beside_a_toast_on_its_row_is_not_part_of_the_message() -> None:
    # a toast over the rules card of a 1080 px wide page, as read
    for behind in ("兑换须知", "2026/05/01"):
        lines = lines_from(
            (
                (behind, 51, 1504, 174, 56),
                ("服务繁忙,请稍后再试", 331, 1500, 417, 58),
                (",活动时间: 2026.05.01-2026.05.31", 52, 1581, 689, 47),
            ),
            1080,
            2400,
        )
        error = find_error(lines, set(), 1080)
        assert error is not None
        assert error.message == "服务繁忙,请稍后再试", behind


def test_the_domain_pages_cause_words_name_their_causes() -> None:
    # the domain page: account = 账户状态异常 (security status), stock = activity rules,
    # system = technical trouble
    assert classify_cause("当前账号状态异常,请完成安全验证后再试") == Cause.ACCOUNT
    assert classify_cause("请先完成安全验证") == Cause.ACCOUNT
    assert classify_cause("不在活动时间内,无法兑换") == Cause.STOCK
    assert classify_cause("系统处理出错,请稍后重新兑换") == Cause.SYSTEM


def test_a_rules_heading_read_into_a_toasts_line_is_left_out_of_the_message() -> None:
    error = find_error(_page(("兑换须知.账号已被限制使用云贝功能", 60, 1500, 900, 50)), set(), W)
    assert error is not None
    assert error.message == "账号已被限制使用云贝功能"


def test_a_balance_whose_separator_came_with_a_stray_mark_is_read_whole() -> None:
    for text, value in (("我的云贝:18.,650", 18650), ("当前云贝21;,794", 21794)):
        assert find_balance(_page((text, 60, 2451, 600, 60)), H) == value, text
    # alone under its label, and alone on a balance page
    lines = _page(("当前云贝", 60, 2400, 200, 40), ("21;,794", 60, 2449, 200, 42))
    assert find_balance(lines, H) == 21794
    lines = _page(
        ("我的云贝", 400, 120, 280, 60),
        ("11L,838", 300, 676, 500, 127),
        ("云贝明细", 60, 1100, 200, 50),
        ("云贝规则", 60, 1250, 200, 50),
        ("常见问题", 60, 1400, 200, 50),
    )
    assert read_fields(lines, W, H)[1].balance == 11838


def test_an_item_page_with_a_checkout_bar_or_a_cut_title_is_an_item_page() -> None:
    # the button at the foot unread, the title's first glyph lost: the bar's balance
    # label at the foot still says item page, and the balance is still read
    lines = _page(
        ("4云0兑换", 380, 141, 300, 71),
        ("K歌会员周卡", 60, 310, 400, 76),
        ("兑换期限", 60, 660, 200, 49),
        ("开始:2026-04-01 00:00:00", 60, 751, 600, 40),
        ("当前云贝3024", 60, 2200, 300, 50),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.REDEEM
    assert fields.balance == 3024
    lines = _page(("贝商城", 420, 140, 200, 60), ("黑胶VIP月卡", 60, 300, 400, 70))
    assert read_fields(lines, W, H)[0] == Kind.REDEEM


def test_a_title_with_a_misread_glyph_yields_to_the_reason_under_it() -> None:
    lines = _page(
        ("很抱雏,兑换失败", 330, 300, 420, 60),
        ("兑换未成功,请联系客服", 300, 390, 480, 40),
        ("已扣除的云贝将在24小时内退区", 250, 450, 580, 36),
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "兑换未成功,请联系客服"
    # with nothing else on the page, the title still says what happened
    lines = _page(("很抱雏,兑换失败", 330, 300, 420, 60))
    error = find_error(lines, set(), W)
    assert error is not None and "兑换失败" in error.message


def test_a_dialog_message_takes_its_wrapped_end_and_not_the_price_behind_it() -> None:
    # a 1440 px page: one stray word box of the message is taller than its font, a big
    # price of the page behind the dialog sits left of the message, the message's last
    # two characters wrap onto the next line
    def word(text: str, x: int, y: int, w: int, h: int, block: int) -> OcrWord:
        return OcrWord(text, Box(x, y, w, h), 90.0, block, 1, 1)

    words = [
        word("苋换失败", 559, 1140, 324, 113, 1),
        word("您的", 299, 1280, 140, 66, 2),
        word("账号因", 450, 1265, 200, 96, 2),
        word("违规操作", 660, 1280, 280, 66, 2),
        word("已被", 950, 1280, 145, 66, 2),
        word("23", 68, 1284, 115, 95, 3),
        word("万件", 1262, 1324, 111, 80, 4),
        word("限制", 302, 1379, 134, 66, 5),
        word("取消", 386, 1633, 143, 70, 6),
        word("重试", 903, 1627, 157, 107, 7),
    ]
    lines = page_lines(OcrPage(1440, 3200, False, words))
    error = find_error(lines, set(), 1440)
    assert error is not None
    assert error.message == "您的账号因违规操作已被限制"
    assert error.cause == Cause.ACCOUNT


def test_sold_and_per_account_counts_read_with_dui_misread_are_repaired() -> None:
    assert fix_domain_words("已竞856") == "已兑856"
    assert fix_domain_words("每个账号限况5次") == "每个账号限兑5次"
    assert fix_domain_words("已竞") == "已竞"  # no count after it: left alone


def test_a_price_whose_thousands_comma_was_read_as_a_semicolon() -> None:
    lines = _page(
        ("订单详情", 146, 121, 213, 52),
        ("商品库存不足,兑换失败", 50, 336, 425, 58),
        ("云村限定帆布袋", 344, 494, 311, 43),
        ("2;200二", 343, 650, 182, 57),
        ("X1", 965, 662, 36, 28),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.FAILURE
    assert fields.product == "云村限定帆布袋"
    assert fields.cost == 2200


def test_a_records_label_read_right_stays_a_misread_one_is_repaired() -> None:
    """ "兑换失败退还" is a label of its own, one glyph from "兑换失败退回" (fresh seed
    holdout2 70): it stays as read; "云贝退蕊" is "云贝退回" misread."""

    def labels(first: str) -> list[str]:
        rows = (
            (first, 50, 679, 382, 65),
            ("+610", 931, 714, 100, 39),
            ("2025-04-06 21:31", 50, 741, 300, 26),
            ("兑换-演出票20元优惠券", 51, 876, 472, 64),
            ("-610", 935, 912, 96, 39),
            ("2025-04-05 08:20", 50, 939, 300, 26),
        )
        fields = read_fields(_page(("云贝记录", 460, 112, 164, 79), *rows), W, H)[1]
        return [d.label for d in fields.deductions]

    assert labels("兑换失败退还")[0] == "兑换失败退还"
    assert labels("兑换失败退回")[0] == "兑换失败退回"
    assert labels("云贝退蕊")[0] == "云贝退回"


def test_a_delivery_option_is_no_item_name() -> None:
    """A confirm-order page whose item name went unread (fresh seed holdout2 70 #44):
    "快递免邮", the delivery row's value, is not the item; no name is better than it."""
    lines = _page(
        ("确认订单", 31, 79, 208, 36),
        ("上海市徐汇区", 58, 275, 161, 40),
        ("1060去", 245, 539, 110, 27),
        ("配送方式", 53, 663, 118, 28),
        ("快递免邮", 550, 664, 117, 26),
        ("运费", 53, 767, 57, 28),
        ("合计: 1060云贝", 33, 1112, 212, 29),
    )
    fields = read_fields(lines, 720, 1280)[1]
    assert fields.product is None
    assert fields.cost == 1060


def test_records_times_without_a_year_take_it_from_the_month_heading_above() -> None:
    rows = (
        ("云贝退回-兑换失败", 50, 679, 382, 65),
        ("+610", 931, 714, 100, 39),
        ("04-06 21:31", 50, 741, 195, 26),
        ("兑换-演出票20元优惠券", 51, 876, 472, 64),
        ("-610", 935, 912, 96, 39),
        ("04-05 08:20", 50, 939, 194, 26),
    )
    kind, fields = read_fields(
        _page(("云贝记录", 460, 112, 164, 79), ("2025年4月", 49, 534, 198, 62), *rows), W, H
    )
    assert kind == Kind.RECORDS
    assert [(d.amount, d.label, d.time) for d in fields.deductions] == [
        (610, "云贝退回-兑换失败", "2025-04-06T21:31"),
        (-610, "兑换-演出票20元优惠券", "2025-04-05T08:20"),
    ]
    assert fields.timestamps == ["2025-04-06T21:31", "2025-04-05T08:20"]
    # without a heading the year is unknown: no time is made up
    kind, fields = read_fields(_page(("云贝记录", 460, 112, 164, 79), *rows), W, H)
    assert fields.timestamps == []


def test_a_huge_balance_read_as_glyphs_without_a_digit_gets_a_second_look() -> None:
    lines = _page(
        ("当前云贝", 617, 398, 208, 51),
        ("C人", 532, 542, 361, 216),
        ("赚云贝", 146, 1326, 136, 43),
        ("兑换记录", 795, 1325, 187, 44),
    )
    assert [ln.text for ln in doubtful_balance_lines(lines, Kind.BALANCE, None, H)] == ["C人"]
    # a tall line of words is no number
    lines = _page(("当前云贝", 617, 398, 208, 51), ("每日签到领云贝", 100, 542, 900, 216))
    assert doubtful_balance_lines(lines, Kind.BALANCE, None, H) == []


def test_digital_albums_vouchers_and_merchandise_are_item_names() -> None:
    for name, price in (("数字专辑《夏夜晚风》", "150云中"), ("5元手机话费券", "710二")):
        lines = _page(
            ("云贝商城", 293, 76, 135, 52),
            ("商品库存不足,兑换失败", 197, 478, 331, 45),
            (price, 34, 728, 142, 54),
            (name, 33, 803, 344, 54),
            ("兑换须知", 33, 918, 118, 47),
        )
        kind, fields = read_fields(lines, 720, 1280)
        assert kind == Kind.FAILURE
        assert fields.product == name


def test_the_page_title_is_not_the_row_of_tabs_under_it() -> None:
    # a records page whose rows' dates were read apart from their times: no row is
    # understood, an item's name is, and only the title says what the page is
    lines = _page(
        ("云贝记录", 440, 133, 200, 61),
        ("收入", 321, 269, 85, 43),
        ("支出", 530, 269, 84, 43),
        ("全部", 109, 264, 91, 66),
        ("云贝兑换: 5元手机话费券", 50, 415, 515, 65),
        ("-570", 935, 450, 96, 39),
        ("09:25", 320, 477, 86, 26),
        ("2025年10月20", 49, 470, 213, 46),
    )
    kind, _ = read_fields(lines, W, 2400)
    assert kind == Kind.RECORDS


def test_a_title_read_on_one_line_with_its_action_link_names_the_page() -> None:
    # a dark item page: the title and the "兑换记录" link at the bar's right end were read
    # as one line; the page is the item's, not the records list the link names
    lines = _page(
        ("《商品详情兑换记录", 28, 114, 661, 58),
        ("数字专辑兑换券", 52, 643, 254, 57),
        ("680去由环hves", 53, 700, 242, 53),
        ("兑换期限", 23, 821, 146, 72),
        ("2026.09.01 00:00至2026.09.15 23:59", 52, 903, 429, 43),
        ("兑换说明", 52, 989, 120, 47),
        ("当前云贝8275", 32, 1445, 183, 42),
    )
    kind, fields = read_fields(lines, 720, 1580)
    assert kind == Kind.REDEEM
    assert (fields.product, fields.cost) == ("数字专辑兑换券", 680)


def _words(block: int, *pieces: tuple[str, int, int, int, int, float]) -> list[OcrWord]:
    return [OcrWord(t, Box(x, y, w, h), c, block, 1, 1) for t, x, y, w, h, c in pieces]


def test_a_toasts_second_line_whose_glyph_boxes_take_in_the_picture_continues_it() -> None:
    """Fresh-like holdout2 50 #40: a toast over a dark disc. Its second line's boxes are
    half of them as tall as the disc's edge makes them ("，" "已" 41 px, the sure "险"
    "停" 25 px, as the first line's); the line continues the prompt all the same."""
    words = [
        *_words(3, ("《", 31, 95, 19, 35, 79.0), ("商品", 101, 94, 64, 33, 79.0)),
        *_words(3, ("详情", 183, 94, 56, 33, 96.0)),
        *_words(6, ("您", 236, 439, 25, 24, 88.0), ("的", 275, 439, 13, 24, 96.0)),
        *_words(6, ("账号", 303, 439, 42, 24, 95.0)),
        *_words(7, ("在", 375, 438, 25, 25, 96.0), ("安全", 413, 438, 45, 25, 93.0)),
        *_words(7, ("风", 465, 439, 21, 24, 90.0)),
        *_words(8, ("险", 265, 477, 80, 25, 92.0), ("，", 302, 473, 24, 41, 85.0)),
        *_words(8, ("已", 325, 473, 24, 41, 90.0)),
        *_words(9, ("停", 374, 477, 83, 25, 92.0), ("竞", 417, 473, 24, 42, 0.0)),
        *_words(9, ("换", 440, 473, 20, 42, 23.0)),
        *_words(12, ("数字专辑《夏夜晚风》", 34, 886, 340, 54, 92.0)),
        *_words(13, ("兑换", 34, 1006, 58, 27, 74.0), ("须知", 105, 1007, 45, 27, 96.0)),
    ]
    kind, fields = read_fields(page_lines(OcrPage(720, 1280, False, words)), 720, 1280)
    assert kind == Kind.FAILURE
    assert fields.error_message is not None
    assert fields.error_message.startswith("您的账号在安全风")
    assert "险" in fields.error_message and "已停" in fields.error_message
    assert fields.cause == Cause.ACCOUNT


@pytest.mark.parametrize("toast", ["账号已被制使用云风功能", "账号受", "您的账号在安全风"])
def test_an_account_prompt_with_a_glyph_lost_is_still_a_prompt(toast: str) -> None:
    # toasts over a picture (seen holdout2 63 #14, 61 #50, 50 #40): 限 or 险 unread
    lines = _page(
        ("商品详情", 266, 95, 80, 43),
        (toast, 188, 481, 257, 30),
        ("有声书畅听月卡", 25, 711, 192, 45),
        ("兑换须知", 26, 798, 89, 39),
    )
    kind, fields = read_fields(lines, 634, 1371)
    assert kind == Kind.FAILURE
    assert fields.error_message == toast.replace("云风", "云贝")
    assert fields.cause == Cause.ACCOUNT


def test_a_dialogs_body_under_its_misread_title_outweighs_the_dimmed_rules_beside_it() -> None:
    """Fresh holdout 6666 #14: "兑换未成功" read "羌换未成功" over its body; the dimmed
    page's rules under the dialog say "仅限" and "地区" too, their list numbers lost."""
    words = [
        *_words(1, ("《", 27, 81, 20, 50, 10.0), ("云贝商城", 50, 81, 173, 50, 90.0)),
        *_words(2, ("羌", 284, 645, 30, 48, 0.0), ("换未成功", 314, 645, 122, 48, 90.0)),
        *_words(3, ("该商品仅限", 168, 694, 140, 39, 93.0), ("Lv", 310, 694, 20, 39, 40.0)),
        *_words(3, (".6", 330, 694, 16, 39, 40.0), ("及以上等级用户", 350, 694, 170, 39, 95.0)),
        *_words(3, ("兑换", 520, 694, 30, 39, 33.0)),
        *_words(4, ("确定", 329, 794, 60, 31, 96.0)),
        *_words(5, ("如遇问题请", 66, 891, 128, 45, 80.0)),
        *_words(6, ("了分商品仅限中国大随地区用户", 79, 948, 330, 53, 85.0)),
        *_words(6, ("六换", 410, 948, 37, 53, 20.0)),
    ]
    kind, fields = read_fields(page_lines(OcrPage(720, 1549, False, words)), 720, 1549)
    assert kind == Kind.FAILURE
    assert fields.error_message is not None
    assert fields.error_message.startswith("该商品仅限Lv")
    assert fields.cause == Cause.ELIGIBILITY


def test_a_prompt_read_in_pieces_that_ends_in_hou_zai_shi_is_a_prompt() -> None:
    # fresh holdout 6666 #24: "当前账号状态异常，请完成安全验证后再试" read in pieces,
    # the middle as junk; no failure word but its end
    words = [
        *_words(1, ("订单详情", 200, 186, 289, 71, 96.0)),
        *_words(2, ("当前", 113, 964, 100, 83, 95.0), ("账号状", 213, 964, 183, 83, 93.0)),
        *_words(3, ("人心", 397, 982, 60, 53, 20.0), ("-开趾了", 457, 982, 148, 53, 40.0)),
        *_words(4, ("请完成安全验证后再试", 630, 963, 578, 81, 92.0)),
        *_words(5, ("商品名称", 109, 1227, 226, 80, 92.0)),
        *_words(6, ("黑胶VIP月卡", 1032, 1227, 299, 78, 90.0)),
    ]
    kind, fields = read_fields(page_lines(OcrPage(1440, 3107, False, words)), 1440, 3107)
    assert kind == Kind.FAILURE
    assert fields.error_message is not None
    assert fields.error_message.endswith("请完成安全验证后再试")


def test_a_wrapped_line_whose_doubted_glyphs_reach_up_continues_the_prompt() -> None:
    """Fresh holdout2 82 #57: "服务器开小差啦，请" over "出新后重新部换", whose doubted
    "部" "换" boxes reach 17 px up into the line above; its usual top is under it."""
    words = [
        *_words(1, ("《", 46, 125, 40, 65, 46.0), ("商品详情", 90, 125, 325, 65, 93.0)),
        *_words(5, ("服务", 308, 866, 360, 60, 96.0), ("器", 433, 840, 51, 90, 96.0)),
        *_words(5, ("开小差", 483, 866, 165, 60, 94.0), ("啦", 647, 840, 40, 90, 40.0)),
        *_words(5, ("，", 692, 903, 8, 13, 83.0), ("请", 724, 867, 48, 47, 92.0)),
        *_words(7, ("出", 370, 941, 36, 47, 0.0), ("新", 426, 941, 34, 47, 91.0)),
        *_words(7, ("后", 486, 941, 24, 64, 96.0), ("重新", 517, 941, 203, 47, 79.0)),
        *_words(7, ("部", 642, 913, 42, 96, 43.0), ("换", 684, 913, 36, 96, 37.0)),
        *_words(8, ("230云贝", 51, 1116, 460, 86, 88.0)),
        *_words(9, ("数字专辑《城市漫游指南》", 50, 1239, 782, 97, 93.0)),
    ]
    _, fields = read_fields(page_lines(OcrPage(1080, 1920, False, words)), 1080, 1920)
    assert fields.error_message is not None
    assert fields.error_message.startswith("服务器开小差啦,请")
    assert fields.error_message.endswith("后重新兑换")


def test_doubted_latin_over_a_prompt_is_no_line_of_it() -> None:
    # fresh holdout2 82 #44: a slanted price beside the dialog read "ARA9" at 40 over
    # the message's line as its look read it, the picture's edge a tall glyph before it
    words = [
        *_words(1, ("云贝商城", 62, 160, 410, 91, 72.0)),
        *_words(6, ("ARA9", 65, 1474, 107, 72, 40.0)),
        *_words(7, ("提示", 653, 1527, 132, 86, 88.0)),
        *_words(8, (")0", 1245, 1538, 41, 43, 89.0), ("份", 1320, 1531, 54, 54, 90.0)),
        *_words(11, ("确定", 643, 1924, 154, 123, 96.0)),
        *_words(20001, ("掀", 61, 1595, 138, 226, 0.0), ("本", 297, 1672, 66, 67, 96.0)),
        *_words(20001, ("商品", 390, 1673, 147, 66, 92.0), ("仅", 553, 1675, 63, 64, 91.0)),
        *_words(20001, ("限", 619, 1672, 77, 67, 93.0), ("新", 696, 1674, 32, 64, 96.0)),
        *_words(20001, ("用", 761, 1676, 36, 63, 93.0), ("户", 826, 1673, 91, 66, 92.0)),
        *_words(20001, ("兑换", 954, 1673, 67, 66, 88.0)),
    ]
    _, fields = read_fields(page_lines(OcrPage(1440, 3120, False, words)), 1440, 3120)
    assert fields.error_message is not None
    assert "ARA9" not in fields.error_message
    assert fields.error_message.endswith("本商品仅限新用户兑换")


def test_a_toast_over_a_numbered_rules_list_takes_none_of_its_items() -> None:
    """Fresh holdout 6969 #43: a toast read into the third item of a rules list whose
    numbers were read as lines of their own ("1", "2", "3" left of each item): the items
    above it, "需完成实名认证…" and "虚拟商品…" "请谨慎操作", are no lines of the prompt."""
    words = [
        *_words(3, ("商品", 299, 116, 60, 32, 92.0), ("详情", 360, 116, 62, 32, 96.0)),
        *_words(5, ("5元无门槛代金", 53, 591, 277, 58, 90.0), ("券", 310, 591, 22, 58, 0.0)),
        *_words(6, ("520", 53, 660, 59, 27, 92.0), ("云", 135, 654, 77, 39, 88.0)),
        *_words(6, ("贝", 192, 650, 23, 51, 2.0)),
        *_words(9, ("活动", 52, 940, 74, 48, 96.0), ("规则", 126, 944, 45, 30, 96.0)),
        *_words(10, ("1", 55, 1012, 7, 16, 84.0)),
        *_words(11, ("需", 93, 1019, 23, 13, 92.0), ("完成", 126, 1008, 58, 25, 96.0)),
        *_words(11, ("实名", 184, 1004, 34, 40, 96.0), ("认证", 229, 1008, 42, 24, 96.0)),
        *_words(11, ("后", 284, 1008, 30, 24, 93.0), ("方", 326, 1009, 13, 23, 91.0)),
        *_words(11, ("可", 339, 1004, 23, 40, 96.0), ("参与", 361, 1008, 58, 24, 96.0)),
        *_words(11, ("兑换", 419, 1004, 35, 40, 75.0)),
        *_words(12, ("2", 54, 1053, 10, 16, 96.0)),
        *_words(13, ("虚拟", 92, 1049, 49, 24, 92.0), ("商品", 155, 1049, 56, 24, 96.0)),
        *_words(13, ("兑换", 223, 1045, 35, 40, 60.0), ("后", 258, 1050, 13, 23, 96.0)),
        *_words(13, ("不", 283, 1050, 14, 23, 96.0), ("支持", 310, 1045, 51, 40, 91.0)),
        *_words(13, ("退", 360, 1049, 15, 24, 88.0), ("款", 385, 1049, 17, 24, 92.0)),
        *_words(14, ("请", 430, 1049, 34, 24, 96.0), ("谨慎", 463, 1049, 43, 24, 32.0)),
        *_words(14, ("操作", 518, 1049, 39, 24, 94.0)),
        *_words(15, ("3", 54, 1094, 10, 16, 94.0)),
        *_words(16, ("如", 92, 1090, 32, 24, 92.0), ("珊", 127, 1090, 25, 24, 0.0)),
        *_words(16, ("问", 158, 1090, 9, 24, 50.0), ("”服务", 207, 1099, 147, 27, 54.0)),
        *_words(16, ("器", 274, 1086, 32, 49, 96.0), ("繁忙", 305, 1099, 49, 27, 89.0)),
        *_words(16, ("，", 375, 1101, 7, 22, 91.0), ("请", 383, 1100, 30, 25, 92.0)),
        *_words(16, ("稍", 416, 1100, 12, 25, 91.0), ("后", 443, 1100, 13, 25, 92.0)),
        *_words(16, ("重", 470, 1100, 26, 25, 93.0), ("试", 498, 1100, 15, 25, 93.0)),
    ]
    _, fields = read_fields(page_lines(OcrPage(720, 1555, False, words)), 720, 1555)
    assert fields.error_message is not None
    assert fields.error_message.endswith("服务器繁忙,请稍后重试")
    assert "实名" not in fields.error_message and "虚拟" not in fields.error_message
    assert fields.cause == Cause.SYSTEM


def test_a_records_label_with_a_glyph_misread_is_no_prompt() -> None:
    # fresh holdout 6969 #56: "兑换失败退回" read "兑换失败退巴", its amount "+1,280" read
    # "二 1L280": still a records row, no failure prompt
    lines = _page(
        ("云贝明细", 585, 251, 272, 98),
        ("兑换黑胶VIP季卡", 67, 869, 471, 113),
        ("-1350", 1190, 941, 185, 53),
        ("2026/04/18 13:27", 67, 1006, 436, 43),
        ("兑换失败退巴", 67, 1461, 349, 88),
        ("二 1L280", 1173, 1517, 202, 53),
        ("2026/04/14 20:57", 67, 1582, 436, 43),
    )
    kind, fields = read_fields(lines, 1440, 3131)
    assert kind == Kind.RECORDS
    assert fields.error_message is None


def test_a_big_doubted_price_with_a_misread_group_is_no_picture_and_no_28() -> None:
    """Fresh holdout2 84 #17: "28,600云贝 ¥39" read "28,0600" (at 44, as tall as twice
    its unit) "云" "风" ".39". It is the price, doubted, not the item's picture: no
    price of 28 is taken from it, and it is looked at again."""
    words = [
        *_words(1, ("商品详情", 385, 127, 146, 35, 95.0)),
        *_words(5, ("28,0600", 38, 810, 185, 56, 44.0), ("云", 240, 833, 24, 25, 60.0)),
        *_words(5, ("风", 279, 831, 14, 28, 0.0), (".39", 319, 826, 74, 40, 1.0)),
        *_words(6, ("剩余", 749, 834, 60, 24, 71.0), ("23件", 810, 834, 67, 24, 93.0)),
        *_words(7, ("降噪蓝牙耳机Lite", 39, 891, 314, 38, 90.0)),
        *_words(8, ("兑换须知", 37, 1014, 128, 50, 93.0)),
        *_words(9, ("活动时间:", 57, 1069, 150, 39, 93.0)),
        *_words(9, ("2025.11.01-2025.11.28", 210, 1069, 313, 39, 90.0)),
    ]
    lines = page_lines(OcrPage(1080, 2340, False, words))
    price = next(ln for ln in lines if ln.text.startswith("28,0600"))
    assert price_part(price) is None
    assert read_fields(lines, 1080, 2340)[1].cost != 28
    assert [line for line, _ in doubtful_prices(lines, "降噪蓝牙耳机Lite")] == [price]


def test_a_price_read_after_the_pictures_glyphs_left_of_the_name_is_the_cost() -> None:
    # fresh holdout2 84 #33: an order card, the name after its picture's glyph, the price
    # line "_." "明" "230a" starting left of the name
    words = [
        *_words(1, ("订单详情", 519, 170, 204, 76, 95.0)),
        *_words(2, ("兑换失败", 50, 300, 238, 59, 90.0)),
        *_words(3, ("原因:本期名额已抢完", 49, 380, 387, 56, 92.0)),
        *_words(
            4, ("有", 278, 488, 39, 71, 4.0), ("数字专辑《夏夜晚风》", 344, 538, 426, 42, 92.0)
        ),
        *_words(5, ("_.", 221, 699, 85, 53, 20.0), ("明", 274, 695, 43, 61, 2.0)),
        *_words(5, ("230a", 343, 702, 131, 39, 0.0)),
        *_words(6, ("订单编号", 80, 876, 123, 52, 90.0)),
    ]
    _, fields = read_fields(page_lines(OcrPage(1242, 2688, False, words)), 1242, 2688)
    assert fields.product == "数字专辑《夏夜晚风》"
    assert fields.cost == 230


def test_a_price_of_three_digits_or_more_with_its_yun_read_as_qu_is_the_cost() -> None:
    # fresh holdout2 84 #42: "390云贝" read "390去和", the item's name not read
    head = (("商品详情", 587, 161, 268, 65),)
    tail = (("温馨提示", 585, 1560, 270, 95), ("账号受限,暂不支持兑换商品", 279, 1669, 773, 82))
    lines = _page(*head, ("390去和", 66, 1277, 277, 83), *tail)
    assert read_fields(lines, 1440, 3200)[1].cost == 390
    # two digits read so may have lost their first to the picture: no such price
    lines = _page(*head, ("二 20去", 66, 1277, 277, 83), *tail)
    assert read_fields(lines, 1440, 3200)[1].cost != 20


def test_a_prompt_read_as_two_pieces_that_overlap_by_a_glyph_from_the_left_is_whole() -> None:
    """Fresh holdout 7070 #13, its redacted copy: "当前盖账号状态异常" then "常，请完成安全
    验证后再试" overlapping it by its last glyph; the prompt is both, 常 once."""
    words = [
        *_words(1, ("免", 480, 2129, 60, 82, 0.0), ("换未完成", 540, 2129, 221, 82, 94.0)),
        *_words(2, ("当前", 198, 2248, 70, 43, 96.0), ("盖", 270, 2248, 30, 43, 0.0)),
        *_words(2, ("账号状态异常", 300, 2248, 250, 43, 94.0)),
        *_words(3, ("常", 514, 2244, 40, 64, 87.0), ("，", 556, 2244, 20, 64, 93.0)),
        *_words(3, ("请完成安全验证后再试", 578, 2244, 469, 64, 95.0)),
        *_words(4, ("我知道了", 526, 2402, 644, 112, 96.0)),
    ]
    _, fields = read_fields(page_lines(OcrPage(1242, 2720, False, words)), 1242, 2720)
    assert fields.error_message is not None
    assert fields.error_message.startswith("当前")
    assert fields.error_message.endswith("状态异常,请完成安全验证后再试")


def test_a_prompt_cut_after_qing_goes_on_with_the_line_that_opens_with_shao_hou() -> None:
    """Fresh holdout 7171 #54: "…服务器开小益了，请" over "稍后重斌", three of whose four
    glyph boxes take in what is under them (93 px for a 40 px font)."""
    words = [
        *_words(6, ("兑换失败", 471, 491, 229, 99, 90.0)),
        *_words(7, ("失败", 83, 735, 82, 40, 95.0), ("原因", 185, 735, 63, 40, 96.0)),
        *_words(8, (":", 258, 756, 4, 14, 89.0), ("当前", 305, 734, 103, 41, 96.0)),
        *_words(8, ("兑换", 425, 730, 62, 63, 41.0), ("人数过多", 486, 735, 165, 40, 92.0)),
        *_words(8, ("，", 651, 730, 44, 63, 88.0), ("服务器开小", 695, 734, 229, 41, 90.0)),
        *_words(8, ("益", 923, 730, 36, 63, 37.0), ("了", 958, 736, 37, 40, 56.0)),
        *_words(8, ("，", 994, 730, 36, 63, 88.0), ("请", 1029, 748, 35, 27, 83.0)),
        *_words(9, ("稍", 297, 803, 169, 40, 83.0), ("后", 356, 779, 42, 93, 90.0)),
        *_words(9, ("重", 397, 779, 42, 93, 93.0), ("斌", 438, 779, 30, 93, 75.0)),
        *_words(10, ("商品名称", 83, 997, 162, 59, 92.0)),
    ]
    _, fields = read_fields(page_lines(OcrPage(1170, 2532, False, words)), 1170, 2532)
    assert fields.error_message is not None
    assert fields.error_message.endswith("请稍后重试")


def test_a_conditions_value_after_its_colon_stays_with_the_prompt() -> None:
    # fresh holdout 7171 #66: "需连签到7天" (续 lost) names no cause itself
    lines = _page(
        ("温馨提示", 441, 970, 196, 50),
        ("未满足兑换条件:需连签到7天", 248, 1048, 584, 59),
        ("我知道了", 441, 1206, 193, 73),
    )
    assert read_fields(lines, 1080, 2340)[1].error_message == "未满足兑换条件:需连签到7天"


def test_a_damaged_balance_labels_last_glyph_read_as_a_doubted_digit_is_no_balance() -> None:
    """Fresh holdout 7272 #18: "当前云贝 ...... 23,794" read "人 当前 云 0" (its 贝 a "0"
    at 0) and "23,794" at 92 at the row's right end: the balance is 23,794."""
    words = [
        *_words(1, ("云", 660, 240, 60, 84, 82.0), ("由", 720, 240, 62, 84, 44.0)),
        *_words(2, ("人", 67, 483, 80, 127, 64.0), ("当前", 150, 483, 150, 127, 61.0)),
        *_words(2, ("云", 300, 483, 100, 127, 80.0), ("0", 428, 483, 40, 127, 0.0)),
        *_words(3, ("23,794", 1006, 511, 357, 108, 92.0)),
        *_words(4, ("云贝明细", 77, 815, 221, 79, 92.0)),
        *_words(5, ("兑换记录", 77, 1199, 222, 79, 92.0)),
    ]
    lines = page_lines(OcrPage(1440, 3120, False, words))
    assert read_fields(lines, 1440, 3120)[1].balance == 23794
    # a digit read surely after the label is its number
    words[5] = OcrWord("8", Box(428, 483, 40, 127), 90.0, 2, 1, 1)
    lines = page_lines(OcrPage(1440, 3120, False, words[:6] + words[7:]))
    assert read_fields(lines, 1440, 3120)[1].balance == 8


def test_a_price_whose_unit_or_thousands_comma_was_misread() -> None:
    for price, cost in (("150云中", 150), ("140云", 140), ("23;700云", 23700), ("50云幢", 50)):
        # the big price over the page, the confirm row's figure beside its label lost
        lines = _page(
            ("云贝商城", 293, 76, 135, 52),
            ("本期名额已抢完", 244, 490, 198, 44),
            (price, 300, 1777, 229, 60),
            ("所需云贝", 50, 1909, 164, 38),
        )
        assert read_fields(lines, 1080, 2340)[1].cost == cost, price
    # a brand's name after a number is no unit: "3云村" is not 3 云贝
    assert fix_domain_words("3云村限定") == "3云村限定"


def test_a_wallet_row_with_a_chevron_after_its_number_gives_the_balance() -> None:
    # the coin icon and 云贝 read as doubted glyphs ("余云M"), the row's ">" after 6276
    def word(text: str, x: int, y: int, w: int, h: int, conf: float, block: int) -> OcrWord:
        return OcrWord(text, Box(x, y, w, h), conf, block, 1, 1)

    words = [
        word("钱包", 146, 130, 104, 50, 96.0, 1),
        word("余", 78, 299, 60, 81, 0.0, 2),
        word("云", 140, 310, 60, 60, 85.0, 2),
        word("M", 205, 310, 62, 60, 11.0, 2),
        word("6276", 823, 319, 117, 38, 73.0, 3),
        word(">", 982, 323, 17, 33, 94.0, 4),
        word("账户余额", 183, 491, 175, 43, 94.0, 5),
        word("¥61.02", 803, 496, 136, 32, 61.0, 6),
        word(">", 982, 497, 17, 33, 94.0, 7),
    ]
    kind, fields = read_fields(page_lines(OcrPage(W, H, False, words)), W, H)
    assert kind == Kind.BALANCE
    assert fields.balance == 6276


def test_a_speck_on_the_labels_row_is_no_balance_and_a_spaced_group_is_one_number() -> None:
    lines = _page(
        ("当前云贝", 129, 460, 221, 80),
        ("2 rs", 1135, 520, 74, 6),  # a speck at the row's end read as glyphs
        ("527", 119, 624, 273, 123),
        ("做任务赚云贝", 109, 1058, 366, 87),
    )
    assert find_balance(lines, H) == 527
    # "9 120": the thousands group after a space
    assert find_balance(_page(("当前云贝9 120", 43, 226, 243, 79)), H) == 9120


def test_a_dialogs_row_of_buttons_read_badly_is_no_item_name() -> None:
    lines = _page(
        ("云贝商城", 440, 120, 200, 60),
        ("兑换失败", 430, 1080, 220, 70),
        ("当前账号状态异常,请完成安全验证后", 180, 1183, 810, 94),
        ("取消.重斌", 717, 1404, 278, 94),
        ("兑换规则", 60, 1560, 200, 50),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.FAILURE
    assert fields.product is None


def _name_line_words(*words: tuple[str, int, int, int, int, float]) -> list[OcrWord]:
    return [OcrWord(t, Box(x, y, w, h), conf, 5, 1, 1) for t, x, y, w, h, conf in words]


def test_an_items_picture_read_as_glyphs_before_its_name_is_left_out() -> None:
    """Word boxes as Tesseract read a bag's picture and name on a generated failure page:
    three doubted glyphs off the name's text line, a wide gap, then the name."""
    title = [
        OcrWord("兑换失败", Box(430, 300, 220, 56), 95.0, 1, 1, 1),
        OcrWord("商品库存不足,请稍后再试", Box(60, 400, 600, 40), 95.0, 2, 1, 1),
    ]
    name = _name_line_words(
        ("厂", 104, 663, 53, 55, 47.0),
        ("关", 213, 721, 86, 56, 0.0),
        ("全", 355, 663, 53, 61, 71.0),
        ("云", 483, 685, 57, 55, 71.0),
        ("村", 541, 685, 58, 55, 92.0),
        ("限定", 603, 685, 117, 55, 96.0),
        ("帆布", 724, 685, 122, 55, 93.0),
        ("袋", 845, 659, 30, 92, 86.0),
    )
    lines = page_lines(OcrPage(W, H, False, title + name))
    assert read_fields(lines, W, H)[1].product == "云村限定帆布袋"
    # a real first character Tesseract doubts, close to the rest, stays ("黑" at 23)
    name = _name_line_words(
        ("黑", 241, 233, 90, 36, 23.0),
        ("胶", 293, 229, 25, 56, 79.0),
        ("VIP", 333, 234, 64, 35, 95.0),
        ("月", 377, 229, 39, 56, 93.0),
        ("卡", 404, 233, 35, 36, 91.0),
    )
    lines = page_lines(OcrPage(W, H, False, title + name))
    assert read_fields(lines, W, H)[1].product == "黑胶VIP月卡"
    # a short Latin word read surely before a gap is part of the name
    name = _name_line_words(
        ("Live", 247, 438, 70, 29, 93.0),
        ("House", 339, 435, 274, 35, 93.0),
        ("门", 442, 430, 46, 49, 92.0),
        ("票", 488, 430, 34, 49, 91.0),
        ("立", 521, 430, 35, 49, 92.0),
        ("减", 555, 430, 38, 49, 92.0),
        ("券", 592, 430, 25, 49, 92.0),
    )
    lines = page_lines(OcrPage(W, H, False, title + name))
    assert read_fields(lines, W, H)[1].product == "Live House门票立减券"


def test_a_price_row_whose_label_lost_its_last_character_is_read() -> None:
    lines = _page(
        ("确认兑换", 430, 850, 220, 60),
        ("黑胶唱片造型钥匙扣", 300, 1022, 520, 60),
        ("所需云内", 53, 1343, 210, 48),  # 贝 read as 内
        ("670", 1007, 1339, 69, 45),
        ("系统处理出错,请稍后重新兑换", 215, 1566, 697, 70),
    )
    assert read_fields(lines, W, H)[1].cost == 670


def test_the_price_under_a_name_lines_up_with_the_name_not_its_picture() -> None:
    """An order card: picture, name and the price under the name ("70去", its 云贝 read as
    one glyph); the name's line starts at the picture read as glyphs."""
    head = [
        OcrWord("兑换异常", Box(50, 276, 235, 59), 90.0, 1, 1, 1),
        OcrWord("原因:请求超时,请检查网络后重试", Box(50, 356, 624, 54), 90.0, 2, 1, 1),
    ]
    name = _name_line_words(
        ("|", 36, 461, 10, 136, 63.0),
        ("和", 60, 470, 40, 100, 0.0),
        ("评论区限定气泡(30天)", 344, 480, 430, 40, 93.0),
    )
    price = [OcrWord("70去", Box(344, 678, 106, 39), 60.0, 6, 1, 1)]
    lines = page_lines(OcrPage(W, H, False, head + name + price))
    fields = read_fields(lines, W, H)[1]
    assert fields.product == "评论区限定气泡(30天)"
    assert fields.cost == 70


def test_an_order_cards_price_is_the_number_on_the_row_of_its_quantity() -> None:
    """An order card whose item name was not read: the price at the left of the row that
    ends in "X1", whatever the picture and the unit read as."""
    head = (
        ("订单详情", 463, 189, 244, 60),
        ("兑换异常", 52, 324, 284, 102),
        ("原因:服务器开小差啦,请刷新后重新兑换", 50, 423, 910, 68),
    )
    rows = (
        ("订单编号", 80, 931, 199, 72),
        ("下单时间", 81, 1048, 197, 49),
        ("2026年02月17日18:26:29", 356, 1043, 582, 60),
    )
    card = (("[ 50去", 78, 661, 393, 138), ("X1", 1046, 753, 44, 34))
    assert read_fields(_page(*head, *card, *rows), W, H)[1].cost == 50
    # a slanted 1 read as J opens the number ("J60" for 160)
    card = (("J60 sn", 78, 661, 393, 138), ("X1", 1046, 753, 44, 34))
    assert read_fields(_page(*head, *card, *rows), W, H)[1].cost == 160
    # another letter glued to the number may be a misread digit too: left alone
    card = (("K60 sn", 78, 661, 393, 138), ("X1", 1046, 753, 44, 34))
    assert read_fields(_page(*head, *card, *rows), W, H)[1].cost is None


def test_a_price_read_with_a_leading_zero_is_not_taken_at_face_value() -> None:
    head = (("商品详情", 46, 130, 313, 70), ("兑换失败,请稍后重试", 333, 730, 415, 58))
    name = ("Live House门票立减券", 53, 1212, 540, 62)
    # a big italic 6 read as 0: "010云贝" is no price of 10
    lines = _page(*head, ("010云贝", 52, 1107, 228, 86), name)
    assert read_fields(lines, W, H)[1].cost is None
    # a dialog row says the price: the big misread line does not outweigh it
    dialog = (
        ("630云贝", 303, 1682, 163, 62),
        ("所需云贝", 50, 1808, 160, 38),
        ("630", 1004, 1811, 69, 32),
    )
    lines = _page(*head, ("030云贝", 52, 1107, 228, 86), name, *dialog)
    assert read_fields(lines, W, H)[1].cost == 630
    # a longer number opened by 0 has a glyph read before it: "0640云贝" is 640
    lines = _page(
        *head, ("0640云贝价值yl8", 52, 961, 464, 89), ("有声书畅听月卡", 50, 1099, 470, 66)
    )
    assert read_fields(lines, W, H)[1].cost == 640


def test_a_prompt_that_has_said_all_takes_no_line_from_under_it() -> None:
    lines = _page(
        ("订单详情", 519, 188, 203, 76),
        ("兑换失败", 50, 318, 237, 59),
        ("当前兑换人数较多,请稍后重试", 53, 398, 542, 56),
        ("外卖满30减8代金券", 36, 498, 690, 50),  # the order card's item, right under it
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "当前兑换人数较多,请稍后重试"


def test_a_dialog_title_behind_its_icon_read_as_glyphs_is_left_out_of_the_message() -> None:
    lines = _page(
        ("兑换结果", 274, 88, 168, 65),
        ("二了;,7兑换失败", 149, 404, 419, 50),
        ("当前账号处于风控状态,请联系客服", 81, 481, 556, 51),
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "当前账号处于风控状态,请联系客服"
    assert error.cause == Cause.ACCOUNT


def test_a_balance_label_with_a_glyph_lost_or_read_into_it_is_found() -> None:
    # 云 lost at the start of 云贝余额; the lone 0 under it read with a mark
    lines = _page(
        ("云贝中心", 269, 98, 122, 48), ("贝余额", 77, 303, 66, 37), ("0,", 55, 361, 54, 45)
    )
    assert find_balance(lines, H) == 0
    # read in two pieces, its last glyph opening the number's line
    lines = _page(
        ("云贝记录", 520, 189, 202, 64),
        ("沁放天", 64, 367, 123, 30),
        ("贝22,009", 197, 360, 315, 56),
    )
    assert find_balance(lines, H) == 22009
    # a glyph read into it: "云贝余人额"
    lines = _page(("云贝余人额", 503, 330, 166, 59), ("7640", 361, 458, 300, 101))
    assert find_balance(lines, H) == 7640


def test_a_wallet_rows_icon_read_as_a_mark_still_makes_it_a_wallet_row() -> None:
    lines = _page(
        ("我的钱包", 31, 77, 240, 43),
        ("@云贝", 52, 190, 141, 58),
        ("53,465》", 506, 205, 161, 40),  # its chevron read as 》
        ("账户", 121, 318, 68, 35),
        ("2", 195, 318, 35, 22),
        ("Y114.39 >", 510, 323, 157, 26),
    )
    assert find_balance(lines, H) == 53465


def test_a_dialog_message_wrapped_before_its_last_word_is_read_whole() -> None:
    """'…请稍后' then '重试' alone under it (a button word, here the sentence's end); the
    dialog's edge read as '|' and the item's price behind the dialog, in a smaller font
    at the message's right, stay out."""
    lines = page_lines(
        OcrPage(
            W,
            H,
            False,
            [
                OcrWord("兑换失败", Box(416, 1045, 251, 75), 90.0, 1, 1, 1),
                OcrWord("当前兑换人数较多,", Box(213, 1146, 480, 66), 92.0, 2, 1, 1),
                OcrWord("请稍后|", Box(700, 1150, 210, 60), 90.0, 2, 1, 1),  # the edge
                OcrWord("50", Box(910, 1168, 48, 33), 85.0, 3, 1, 1),
                OcrWord("重试", Box(487, 1224, 111, 66), 91.0, 4, 1, 1),
                OcrWord("我知道了", Box(424, 1424, 225, 69), 95.0, 5, 1, 1),
            ],
        )
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "当前兑换人数较多,请稍后重试"
    assert error.cause == Cause.SYSTEM


def test_a_balance_page_listing_its_latest_rows_is_a_balance_page() -> None:
    rows = []
    latest = [("每日签到", "+5"), ("兑换-黑胶VIP月卡", "-1280"), ("分享歌曲", "+2")] * 2
    for i, (label, amount) in enumerate(latest):
        y = 900 + 200 * i
        rows += [
            (label, 50, y, 380, 60),
            (amount, 930, y + 30, 100, 39),
            (f"2026-05-0{i + 1} 10:0{i}", 50, y + 70, 260, 26),
        ]
    top = (("当前云贝", 100, 435, 140, 51), ("2552", 100, 529, 200, 90))
    for title in ("我的云贝", "我的云", "云贝赎户"):  # read whole, its last glyph lost, one misread
        kind, fields = read_fields(_page((title, 437, 132, 207, 75), *top, *rows), W, H)
        assert kind == Kind.BALANCE, title
        assert fields.balance == 2552
        assert len(fields.deductions) == 6
    # the records page itself stays one
    kind, _ = read_fields(_page(("云贝明细", 437, 132, 207, 75), *top, *rows), W, H)
    assert kind == Kind.RECORDS


def test_a_prompt_whose_failure_wording_is_split_by_its_wrap_is_found() -> None:
    lines = _page(
        ("商品详情", 46, 137, 365, 103),
        ("您所在的地区暂不", 334, 763, 412, 48),
        ("支持兑换该商品", 361, 809, 357, 48),
        ("黑胶SVIP月卡", 51, 1251, 396, 81),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.FAILURE
    assert fields.error_message == "您所在的地区暂不支持兑换该商品"
    assert fields.cause == Cause.ELIGIBILITY
    # a records row's label over its time is no prompt
    rows = _page(
        ("云贝明细", 437, 132, 207, 75),
        ("兑换失败退还", 250, 1277, 166, 43),
        ("2026/03/11 06:43", 249, 1318, 178, 23),
    )
    assert read_fields(rows, W, H)[0] != Kind.FAILURE


def test_the_balance_in_the_bar_under_an_item_is_not_its_price() -> None:
    lines = _page(
        ("商品详情", 31, 78, 208, 36),
        ("服务繁忙,请稍后再试", 211, 436, 298, 46),
        ("120去", 34, 804, 136, 42),  # 云贝 read as one glyph
        ("评论区限定气泡(30天)", 34, 871, 379, 51),
        ("兑换须知", 34, 990, 115, 28),
        ("当前云贝:37,328", 36, 1093, 219, 51),
    )
    assert read_fields(lines, 720, 1280)[1].cost == 120


def test_a_price_whose_unit_lost_its_second_glyph_is_read() -> None:
    lines = _page(
        ("您的账号因违规操作已被限制", 270, 1070, 538, 59),
        ("230云和", 50, 1214, 209, 87),  # 云贝 with 贝 read as 和
        ("剩余23件", 857, 1246, 174, 34),
        ("音乐人专属头像楚件", 51, 1317, 390, 84),
        ("我的云贝: 95,412", 51, 1642, 332, 72),
    )
    fields = read_fields(lines, 1080, 1920)[1]
    assert fields.cost == 230
    assert fields.product == "音乐人专属头像楚件"  # its name, found beside its price


def test_a_price_label_read_in_two_pieces_still_labels_its_row() -> None:
    lines = _page(
        ("云贝兑换", 32, 97, 234, 55),
        ("黑胶VIP季卡", 152, 200, 284, 72),
        ("虚拟权益,兑换后立即生效", 239, 280, 330, 41),
        ("所", 34, 464, 30, 30),  # 所需云贝: 需 lost, 所 apart
        ("云贝", 97, 461, 58, 43),
        ("880", 666, 467, 49, 25),
        ("商品类型", 35, 568, 122, 30),
        ("虚拟权益", 593, 568, 122, 30),
    )
    assert read_fields(lines, 750, 1611)[1].cost == 880
    # its 贝 misread too, and the number's comma read as ";"
    lines = _page(
        ("兑换详情", 58, 182, 431, 107),
        ("云音乐周边马克杯", 441, 407, 516, 92),
        ("所", 63, 857, 54, 53),
        ("云帆", 180, 855, 106, 65),
        ("2;600", 1237, 861, 139, 55),
        ("实物商品", 1151, 1048, 224, 54),
    )
    assert read_fields(lines, 1440, 3097)[1].cost == 2600


def test_two_pieces_of_a_prompt_that_both_read_the_glyph_where_they_meet_join_once() -> None:
    lines = _page(
        ("兑换未完成", 459, 1988, 325, 94),
        ("未满足兑换条件:需连", 245, 2118, 519, 74),
        ("连续签到7天", 713, 2122, 285, 50),  # starts inside the first, at its last glyph
    )
    error = find_error(lines, set(), 1440)
    assert error is not None
    assert error.message == "未满足兑换条件:需连续签到7天"
    # a glyph written twice on purpose, on lines one under the other, stays twice
    lines = _page(("商品库存不足,请看看", 100, 900, 480, 50), ("看其他商品吧", 100, 960, 300, 50))
    error = find_error(lines, set(), 1080)
    assert error is not None
    assert "看看看" in error.message


def test_the_last_glyphs_of_a_prompt_under_a_line_whose_box_reaches_into_them_join_it() -> None:
    lines = _page(
        ("商品详情", 298, 101, 104, 52),
        ("兑换需额外支付手续费,当前云贝二", 140, 536, 520, 58),
        ("不足", 320, 566, 57, 54),  # its box overlaps the line above by half its height
        ("我知道了", 288, 691, 119, 48),
    )
    error = find_error(lines, set(), 810)
    assert error is not None
    assert error.message.startswith("兑换需额外支付手续费")
    assert error.message.endswith("不足")
    assert error.cause == Cause.ELIGIBILITY


def test_a_nickname_ending_in_failed_beside_the_avatar_is_no_failure_prompt() -> None:
    """A balance page whose user is called 咸鱼翻身失败: a bare 失败 in left-aligned text,
    naming no action and no cause, is no prompt; a centred toast still is."""
    page = (
        ("17:52", 68, 34, 63, 20),
        ("云贝中心", 258 * 1080 // 624, 94 * 2340 // 1351, 194, 70),
        ("办威鱼翻身失败", 45, 268, 428, 123),
        ("我的云贝", 85, 487, 147, 57),
        ("1,000", 87, 578, 274, 90),
        ("已连续签到3天", 81, 862, 315, 67),
    )
    kind, fields = read_fields(lines_from(page, W, H), W, H)
    assert kind == Kind.BALANCE
    assert fields.error_message is None
    assert fields.balance == 1000
    toast = (*page, ("很遗憾，失败了", 330, 1200, 420, 60))
    kind, fields = read_fields(lines_from(toast, W, H), W, H)
    assert kind == Kind.FAILURE
    assert fields.error_message == "很遗憾,失败了"


def test_a_price_whose_thousands_comma_was_read_as_a_bracket_is_read_whole() -> None:
    """2,200云贝 over an item's name read as "2)200云贝价值fs": 2200, not 200."""
    lines = _page(
        ("《商品详情", 46, 131, 313, 54),
        ("2)200云贝价值fs", 50, 1214, 453, 84),
        ("已兑856", 891, 1241, 139, 47),
        ("云村限定帆布袋", 50, 1333, 375, 53),
        ("可用云贝6,099", 54, 1644, 287, 71),
        ("马上兑换", 714, 1660, 188, 46),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.REDEEM
    assert fields.cost == 2200
    assert fields.balance == 6099


def test_a_dividers_dashes_around_a_prompt_are_no_part_of_it() -> None:
    lines = _page(
        ("商品详情", 440, 145, 201, 50),
        ('一-一一本月消费满30元后才可兑换"一一一一一', 150, 800, 780, 45),
    )
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message == "本月消费满30元后才可兑换"
    # a 一 that belongs to the sentence stays
    lines = _page(("每个账号仅限兑换一次", 250, 800, 580, 45), ("兑换失败", 400, 700, 280, 60))
    error = find_error(lines, set(), W)
    assert error is not None
    assert error.message.endswith("一次")


def test_a_dialogs_message_over_the_rules_card_with_its_button_under_it_is_the_prompt() -> None:
    """The dialog's text sits indented under the rules heading behind it; its 知道了 button
    right under it says it is the dialog's message (holdout 1717)."""
    lines = _page(
        ("《兑换详情", 40, 128, 292, 49),
        ("数字专辑兑换券", 300, 266, 314, 67),
        ("680三中", 300, 349, 184, 60),
        ("兑换规则", 43, 841, 165, 64),
        ("需完成实名认证后方可参与兑换", 100, 932, 514, 52),
        ("该商品仅限黑胶VIP用户兑换", 198, 1102, 510, 59),
        ("知道了", 766, 1228, 115, 59),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.FAILURE
    assert fields.error_message == "该商品仅限黑胶VIP用户兑换"
    assert fields.cause == Cause.ELIGIBILITY


def test_a_no_threshold_voucher_with_its_wu_misread_is_an_item_not_a_failure() -> None:
    """ "5元无门槛代金券" read as a doubted "5" apart from "元元门槛代金券": no prompt (no
    minimum spend is no failed condition), and the 5 is the voucher's value, not glyphs
    of its picture."""
    words = [
        OcrWord("云贝商城", Box(441, 174, 198, 81), 92.0, 1, 1, 1),
        OcrWord("5", Box(200, 321, 30, 57), 52.0, 2, 1, 1),
        OcrWord("元", Box(290, 321, 45, 57), 96.0, 2, 1, 1),
        OcrWord("元门槛代金券", Box(335, 321, 340, 57), 88.0, 2, 1, 1),
        OcrWord("520云贝", Box(330, 410, 228, 78), 64.0, 3, 1, 1),
        OcrWord("活动有效期", Box(46, 648, 234, 76), 93.0, 4, 1, 1),
    ]
    kind, fields = read_fields(page_lines(OcrPage(W, H, False, words)), W, H)
    assert kind == Kind.REDEEM
    assert fields.error_message is None
    assert fields.product == "5元无门槛代金券"
    assert fields.cost == 520


def test_a_minimum_spend_prompt_with_its_kan_misread_is_a_stock_cause() -> None:
    lines = _page(
        ("兑换失败", 169, 1120, 276, 70),
        ("您未达到本活动的消费门相,暂时无法", 171, 1256, 897, 74),
        ("兑换", 171, 1343, 103, 50),
        ("确定", 969, 1508, 103, 51),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.FAILURE
    assert fields.cause == Cause.STOCK


def test_a_price_label_read_badly_or_a_price_with_a_letter_o_still_give_the_price() -> None:
    # 所需云贝 read as "所前冯吃", the sure price at its row's right end
    lines = _page(
        ("《,云贝兑换", 42, 130, 311, 76),
        ("云音乐周边马克杯", 120, 283, 576, 72),
        ("所前冯吃", 45, 613, 148, 41),
        ("2200", 937, 619, 98, 29),
        ("实物商品", 870, 750, 163, 41),
    )
    assert read_fields(lines, W, H)[1].cost == 2200
    # 3600云贝 read as "看360o云贝" beside the item's picture
    lines = _page(
        ("商品详情", 491, 180, 189, 48),
        ("黑胶VIP年卡", 325, 309, 267, 71),
        ("看360o云贝", 217, 373, 384, 85),
        ("活动时间", 46, 640, 181, 67),
    )
    assert read_fields(lines, W, H)[1].cost == 3600


def test_a_price_tesseract_is_sure_of_outranks_a_bigger_doubted_one() -> None:
    # the item page's big price behind the dialog read as "800云M" at 72; the dialog's
    # 所需云贝 row says 850 at 92
    page = (
        ("商品详情", 524, 191, 197, 48, 95.0),
        ("800云M", 52, 1283, 228, 86, 72.0),
        ("有声书畅听月卡", 50, 1388, 373, 76, 92.0),
        ("确认兑换", 520, 1649, 203, 69, 96.0),
        ("所需云贝", 50, 2056, 165, 52, 93.0),
        ("850", 1120, 2063, 70, 32, 92.0),
        ("网络开小差了,请稍后再试", 392, 2320, 464, 55, 93.0),
    )
    assert read_fields(lines_with_confidence(page, W, H), W, H)[1].cost == 850


def test_an_orders_total_is_its_price_unless_a_glyph_was_misread_inside_it() -> None:
    # 730 under the item's name read as "/30 云贝"; the total at the foot, 合 lost
    page = [
        ("确认订单", 585, 163, 269, 66, 96.0),
        ("演出票20元优惠券", 490, 828, 480, 73, 90.0),
        ("/30 云贝", 489, 1069, 173, 88, 40.0),
        ("配送方式", 107, 1327, 234, 55, 93.0),
        ("计: 730云贝", 123, 2209, 321, 80, 70.0),
    ]
    assert read_fields(lines_with_confidence(tuple(page), W, H), W, H)[1].cost == 730
    # "合计: 8&0云贝" for 80: the price under the name stands
    page[2] = ("80去", 489, 1069, 119, 39, 88.0)
    page[4] = ("合计: 8&0云贝", 49, 2314, 271, 55, 60.0)
    assert read_fields(lines_with_confidence(tuple(page), W, H), W, H)[1].cost == 80


def test_a_nickname_ending_in_failed_as_a_rows_value_is_no_failure_prompt() -> None:
    lines = _page(
        ("编辑资料", 439, 134, 202, 50),
        ("头像", 80, 359, 87, 43),
        ("昵称", 81, 596, 85, 43),
        ("成鱼翻身失败", 704, 593, 248, 61),
        ("云音乐号", 80, 755, 176, 64),
        ("9508669643", 746, 764, 205, 32),
        ("绑定手机", 80, 1406, 177, 43),
        ("173-2113-6689", 683, 1412, 269, 32),
    )
    kind, fields = read_fields(lines, W, H)
    assert fields.error_message is None
    assert kind == Kind.ACCOUNT


def test_a_balance_whose_unit_was_read_as_an_equals_sign_is_read() -> None:
    lines = _page(
        ("云贝", 437 * 8 // 7, 119, 69, 68),
        ("可用云贝(个)", 344, 271, 245, 53),
        ("933 =", 335, 376, 273, 89),
        ("云贝明细", 44, 1128, 135, 67),
    )
    assert find_balance(lines, H) == 933


def test_the_times_of_an_activitys_period_are_marked_as_no_moment() -> None:
    """A failure dialog over an item page whose only times are the activity's start and
    end: they are period bounds, not the time of the redemption."""
    lines = _page(
        ("《兑换详情", 40, 128, 292, 49),
        ("数字专辑兑换券", 300, 266, 314, 67),
        ("活动时间", 43, 570, 166, 63),
        ("开始", 45, 653, 69, 34),
        ("2026.08.01 00:00", 155, 659, 293, 22),
        ("结束", 44, 719, 70, 34),
        ("2026.08.30 23:59", 155, 725, 293, 22),
        ("该商品仅限黑胶VIP用户兑换", 198, 1102, 510, 59),
        ("知道了", 766, 1228, 115, 59),
        ("兑换时间", 93, 1400, 188, 45),
        ("2025-09-18 01:30:52", 526, 1405, 462, 37),
    )
    fields = read_fields(lines, W, H)[1]
    assert fields.timestamps == ["2026-08-01T00:00", "2026-08-30T23:59", "2025-09-18T01:30:52"]
    assert fields.period_times == ["2026-08-01T00:00", "2026-08-30T23:59"]
    # one line holding both bounds, and coins due to expire
    lines = _page(
        ("2026-10-01 00:00:00至2026-11-15 23:59:00", 59, 1441, 1042, 35),
        ("197云贝将于2025-08-04 23:59过期", 77, 635, 473, 48),
    )
    fields = read_fields(lines, W, H)[1]
    assert set(fields.period_times) == set(fields.timestamps)


def test_a_few_glyphs_of_the_items_picture_glued_before_a_mark_are_no_part_of_its_name() -> None:
    for read, name in (
        ("W司,黑胶唱片蓝牙音箱", "黑胶唱片蓝牙音箱"),
        ("国_云村限定帆布袋", "云村限定帆布袋"),
        ('司"云村限定帆布袋', "云村限定帆布袋"),
        ("云音乐联名T恤(M码)", "云音乐联名T恤(M码)"),
    ):
        lines = _page(
            ("商品详情", 440, 145, 201, 50),
            (read, 50, 1229, 420, 67),
            ("580云贝", 51, 1123, 303, 71),
            ("兑换须知", 49, 1400, 182, 69),
        )
        assert read_fields(lines, W, H)[1].product == name


def test_a_glyph_before_a_labelled_price_is_its_lost_first_digit_where_the_page_says_so() -> None:
    """ "合计: J40云贝" at an order's foot, "140志" under the item's name: 140 云贝."""
    rows = (
        ("确认订单", 380, 120, 200, 50),
        ("评论区限定气泡(30天)", 290, 503, 468, 65),
        ("140志", 290, 636, 125, 45),
        ("合计: J40云贝", 40, 1747, 271, 63),
        ("提交订单", 700, 1747, 200, 63),
    )
    _, fields = read_fields(_page(*rows), W, H)
    assert fields.cost == 140
    # with no other reading of the price on the page, the label's number stands, its
    # slanted 1 read as J opening it
    _, fields = read_fields(_page(*(r for r in rows if r[0] != "140志")), W, H)
    assert fields.cost == 140


@pytest.mark.parametrize(
    ("toast", "message"),
    [
        ("黑胶Y卫年攻所四.网络异常,请检查网络设置后重试", "网络异常,请检查网络设置后重试"),
        ("活动时间: 2026.03.01-2026.03.28:库存不足", "库存不足"),
        ("账号存在异常,暂时无法兑换.实物商品将在7个工作日内发货", "账号存在异常,暂时无法兑换"),
        ("网络连接异常,兑换未完成见Tzseetr3oyFripeamemm", "网络连接异常,兑换未完成见"),
        # what only looks like a sentence break stays: a time, a code, a level
        ("系统维护中,预计02 :00后恢复", "系统维护中,预计02 :00后恢复"),
        ("兑换失败(错误码: E40311)", "兑换失败(错误码: E40311)"),
        ("仅限Lv.6及以上等级用户兑换", "仅限Lv.6及以上等级用户兑换"),
    ],
)
def test_the_pages_sentences_read_into_a_toasts_line_are_no_part_of_the_message(
    toast: str, message: str
) -> None:
    lines = _page(
        ("商品详情", 440, 120, 200, 50),
        ("黑胶VIP月卡", 50, 700, 280, 60),
        (toast, 140, 1200, 800, 48),
        ("立即兑换", 700, 2200, 200, 50),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.FAILURE
    assert fields.error_message == message


def test_a_prompt_wrapped_after_a_comma_takes_its_last_words_even_when_they_read_as_a_title() -> (
    None
):
    """ "检测到账号存在违规行为," / "兑换失败" in a dialog (holdout2 45): 兑换失败 after the
    comma ends the sentence; it is no title of its own there."""
    lines = _page(
        ("云贝商城", 523, 456, 139, 53),
        ("检测到账号存在违规行为,", 403, 794, 360, 30),
        ("兑换失败", 405, 840, 121, 29),
        ("取消", 447, 944, 61, 30),
        ("重试", 674, 939, 68, 50),
    )
    _, fields = read_fields(lines, W, H)
    assert fields.error_message == "检测到账号存在违规行为,兑换失败"
    # without the comma the title stays apart
    _, fields = read_fields(
        _page(("兑换失败", 405, 700, 121, 29), ("商品已兑完", 400, 745, 150, 29)), W, H
    )
    assert fields.error_message == "商品已兑完"


def test_a_price_label_read_with_glyphs_inside_still_takes_its_rows_number() -> None:
    """ "所丽人和公贝" for 所需云贝 on an order card (holdout 2727), 120 across the row."""
    lines = _page(
        ("兑换详情", 440, 94, 200, 50),
        ("黑胶VIP七天体验卡", 220, 194, 284, 50),
        ("所丽人和公贝", 33, 427, 109, 34),
        ("120", 577, 431, 38, 18),
        ("商品类型", 33, 523, 111, 27),
        ("兑换未成功", 278, 666, 165, 52),
        ("您的账号存在安全风险,暂时无法兑换", 32, 721, 556, 42),
    )
    _, fields = read_fields(lines, W, H)
    assert fields.cost == 120


def test_a_wallet_rows_chevron_read_as_a_glyph_does_not_hide_its_unread_label() -> None:
    """A wallet (holdout2 45): the 云贝 row's coin and label read as "熏示" at 0, its
    number 2765 sure, its chevron read as "交": the chevron is no second label."""
    rows = (
        ("钱包", 371, 92, 76, 38),
        ("熏示", 59, 216, 148, 64),
        ("2765", 637, 236, 75, 30),
        ("交", 744, 236, 13, 23),
        ("账户余额", 138, 361, 133, 51),
        ("半86.54", 619, 369, 93, 25),
        ("优惠券", 137, 493, 103, 50),
        ("7张可", 604, 494, 72, 44),
    )
    pieces = tuple((t, x, y, w, h, 0.0 if t == "熏示" else 92.0) for t, x, y, w, h in rows)
    kind, fields = read_fields(lines_with_confidence(pieces, 818, 1454), 818, 1454)
    assert kind == Kind.BALANCE
    assert fields.balance == 2765


def test_a_wallet_rows_label_read_as_several_doubted_pieces_still_gives_its_number() -> None:
    """[coin] 当前云贝 ........ 914 with the coin and the label read as "候当", "AL一一"
    and "出妆沁", all doubted (holdout 2727): the sure number at the row's end is the
    balance."""
    rows = (
        ("我的云贝", 482, 186, 210, 76, 93.0),
        ("AL一一", 231, 415, 97, 24, 8.0),
        ("914", 950, 410, 159, 67, 89.0),
        ("候当", 54, 392, 174, 105, 0.0),
        ("出妆沁", 237, 424, 128, 54, 0.0),
        ("兑换记录", 62, 970, 180, 67, 90.0),
        ("常见问题", 62, 1100, 180, 67, 90.0),
    )
    kind, fields = read_fields(lines_with_confidence(rows, 1170, 2554), 1170, 2554)
    assert kind == Kind.BALANCE
    assert fields.balance == 914
    # pieces Tesseract is sure of are a label of their own: no balance guessed
    sure = tuple((t, x, y, w, h, 92.0) for t, x, y, w, h, _ in rows)
    assert read_fields(lines_with_confidence(sure, 1170, 2554), 1170, 2554)[1].balance != 914


def test_a_prompt_wrapped_before_a_time_takes_the_time_line() -> None:
    """ "系统维护中,预" / "计02:00后恢复" (holdout2 46): the second line is the message's
    end, not a "label:" line of its own."""
    lines = _page(
        ("商品详情", 420, 100, 240, 60),
        ("系统维护中,预", 355, 560, 372, 52),
        ("计02:00后恢复", 367, 636, 345, 51),
        ("云音乐联名T恤(M码)", 50, 1092, 648, 88),
    )
    _, fields = read_fields(lines, W, H)
    assert fields.error_message == "系统维护中,预计02:00后恢复"


def test_a_prompts_wrapped_end_is_no_items_name() -> None:
    """A dialog's "…请完成安全验证" / "后再试" over an item page whose name was read as
    junk (fresh seed holdout 2929): the wrapped "后再试" is the prompt's, not the item."""
    W2, H2 = 720, 1542
    lines = lines_from(
        (
            ("《,云贝商城", 29, 85, 206, 55),
            (".王", 264, 198, 56, 13),
            ("周卡", 326, 193, 64, 49),
            ("攻150云贝", 186, 233, 183, 51),
            ("兑换期限", 32, 406, 119, 49),
            ("兑换失败", 120, 662, 145, 57),
            ("当前账号状态异常,请完成安全验证", 121, 734, 460, 42),
            ("后再试", 119, 778, 88, 46),
            ("知道了", 518, 860, 86, 46),
            ("当前云贝4780", 33, 1380, 184, 40),
        ),
        W2,
        H2,
    )
    kind, fields = read_fields(lines, W2, H2)
    assert kind == Kind.FAILURE
    assert fields.error_message == "当前账号状态异常,请完成安全验证后再试"
    assert fields.product != "后再试"


def test_the_coins_short_of_alone_make_a_failure_prompt() -> None:
    """ "云贝余额不足，还差589云贝" in a toast with its start misread ("SR,"): what is
    left still says the user is short of coins (a seen set at 200 dpi)."""
    lines = _page(
        ("商品详情", 310, 485, 205, 35),
        ("SR,还差589云贝", 461, 853, 343, 67),
        ("750云贝", 312, 1185, 213, 70),
        ("黑胶唱片造型钥匙扣", 311, 1263, 320, 55),
        ("兑换须知", 308, 1374, 123, 48),
    )
    kind, fields = read_fields(lines, W, H)
    assert kind == Kind.FAILURE
    assert fields.cause == Cause.ELIGIBILITY
    assert fields.error_message is not None and "还差589云贝" in fields.error_message
    # "还差" with no coins after it says nothing of a failure
    lines = _page(("距离下一等级还差经验", 100, 600, 500, 50), ("商品详情", 310, 485, 205, 35))
    assert read_fields(lines, W, H)[1].error_message is None


def test_a_fee_prompt_whose_last_glyph_wrapped_is_a_failure() -> None:
    """ "兑换需额外支付手续费，当前云贝不足" in a 提示 dialog, 足 wrapped onto a line of its
    own (fresh seed holdout2 48): the fee alone says the redemption failed."""
    lines = _page(
        ("云贝商城", 462, 187, 198, 70),
        ("提示", 512, 766, 98, 46),
        ("兑换需人额外支付手续费,当前云贝不", 205, 842, 712, 62),
        ("足", 202, 917, 43, 38),
        ("确定", 515, 1100, 93, 45),
        ("170云贝", 57, 1307, 304, 87),
        ("数字专辑《夏夜晚风》", 50, 1412, 511, 74),
        ("我的云贝: 4", 51, 2216, 224, 49),
    )
    kind, fields = read_fields(lines, 1125, 2436)
    assert kind == Kind.FAILURE
    assert fields.cause == Cause.ELIGIBILITY
    assert fields.error_message is not None and "手续费" in fields.error_message


def test_a_rules_cards_standing_sentence_is_no_prompt() -> None:
    """ "部分商品仅限中国大陆地区用户兑换" as the last of a rules list whose heading and
    numbers were read apart or not at all: no prompt speaks of "some items" (a seen set
    read at 200 dpi, whose prompt was not read, took it for the error)."""
    lines = _page(
        ("兑换详情", 32, 99, 238, 61),
        ("10元话费充值券", 244, 216, 259, 58),
        ("1000云贝", 648, 468, 148, 41),
        ("所需云贝", 35, 467, 125, 48),
        ("于0", 33, 783, 711, 231),
        ("1.虚拟商品兑换后不支持退款", 36, 1042, 391, 46),
        ("2", 36, 1097, 14, 20),
        ("需完成实名认证后方可参与兑换", 72, 1088, 414, 45),
        ("5", 36, 1237, 15, 20),
        ("部分商品仅限中国大陆地区用户兑换", 70, 1228, 476, 46),
        ("立即兑换", 330, 1627, 200, 60),
    )
    kind, fields = read_fields(lines, 828, 1797)
    assert fields.error_message is None
    assert kind == Kind.REDEEM


def test_a_toast_read_into_a_rules_line_is_still_the_prompt() -> None:
    """ "部分|该商品已兑完,下次早点来哦": a toast over the rules list, read on one line with
    the rules item under it, the toast's edge between them (a seen set at 200 dpi)."""
    lines = _page(
        ("音乐包月卡", 220, 212, 164, 33),
        ("200云贝", 588, 442, 98, 26),
        ("活动规则", 31, 886, 123, 50),
        ("1", 34, 961, 8, 16),
        ("需完成实名认证后方可参与兑换", 73, 952, 381, 41),
        ("2", 32, 1003, 11, 16),
        ("如遇问题请前往帮助与反馈联系客服", 74, 994, 429, 40),
        ("部分|该商品已兑完,下次早点来哦", 73, 1078, 476, 54),
        ("马上兑换", 299, 1407, 123, 32),
    )
    kind, fields = read_fields(lines, 720, 1550)
    assert kind == Kind.FAILURE
    assert fields.cause == Cause.STOCK
    assert fields.error_message is not None and "该商品已兑完" in fields.error_message


def test_a_body_under_a_failure_title_that_says_why_is_the_prompt_though_misread() -> None:
    """兑换未成功 over "商品已驳完，下次早点来哦" (兑完 misread; fresh holdout2 62): the title
    counts for no prompt, and the body says no failure in words but why it failed."""
    lines = lines_from(
        (
            ("兑换结果", 497, 171, 248, 61),
            ("兑换未成功", 429, 642, 385, 109),
            ("商品已驳完,下次早点来哦", 313, 749, 618, 74),
            ("已扣除的云贝将在24小时内退回", 310, 833, 622, 64),
            ("商品名称", 94, 1017, 205, 71),
            ("演出票20元优惠券", 738, 1020, 415, 72),
        ),
        1242,
        2688,
    )
    kind, fields = read_fields(lines, 1242, 2688)
    assert kind == Kind.FAILURE
    assert (fields.error_message, fields.cause) == ("商品已驳完,下次早点来哦", Cause.STOCK)
    # the same words with no failure title over them say nothing of a failure
    assert read_fields([lines[0], *lines[2:]], 1242, 2688)[1].error_message is None


def test_a_page_glyph_read_before_a_toasts_edge_is_no_part_of_the_message() -> None:
    """ "和\"网络异常,…": the page's glyph beside a toast and the toast's edge read as a
    quote mark open the prompt's line (seen sets: "活动\"…", "区\"…", "=\"…")."""
    for junk in ('和"', '活动"', '="'):
        lines = _page(
            ("商品详情", 440, 120, 200, 50),
            (junk + "网络异常,请检查网络设置后重试", 150, 1000, 760, 50),
        )
        assert read_fields(lines, W, H)[1].error_message == "网络异常,请检查网络设置后重试"
    # a quoted word of the prompt's own stays ("兑换\"失败\"" says the failure itself)
    lines = _page(("商品详情", 440, 120, 200, 50), ('兑换"失败",请稍后重试', 150, 1000, 600, 50))
    message = read_fields(lines, W, H)[1].error_message
    assert message is not None and message.startswith("兑换")


def test_a_failure_title_with_its_error_code_in_brackets_is_the_whole_message() -> None:
    """ "兑换失败（错误码：E4031）": the code in brackets belongs to the title; stripping the
    title as a prefix left the code alone (fresh holdout2 62)."""
    lines = _page(
        ("商品详情", 440, 120, 200, 50),
        ("兑换失败（错误码：E4031）请稍后重试", 200, 1000, 680, 50),
        ("黑胶VIP 7天体验卡", 40, 720, 400, 60),
    )
    assert read_fields(lines, W, H)[1].error_message == "兑换失败(错误码:E4031)请稍后重试"


def test_a_speck_far_past_a_prompts_end_does_not_split_the_prompt_off_its_line() -> None:
    """ "兑换失败(错误码: E4031)" on a toast over the item's picture, a speck read "ae" at 0
    far right of it, a little lower (fresh holdout2 62): the speck set a baseline of its
    own, the prompt was taken for page text under an overlay and no failure was read."""
    toast = [
        ("兑换", 233, 770, 53, 25, 92.0),
        ("失败", 299, 770, 43, 25, 96.0),
        ("(错误", 363, 770, 100, 25, 7.0),
        ("码", 441, 756, 21, 54, 92.0),
        (":", 461, 756, 15, 54, 20.0),
        ("E4031)", 485, 770, 91, 25, 20.0),
        ("ae", 809, 784, 19, 15, 0.0),
    ]
    words = [OcrWord("商品详情", Box(362, 110, 108, 55), 90.0, 1, 1, 1), *one_line(toast, 2)]
    words.append(OcrWord("音乐人专属头像挂件", Box(34, 910, 261, 58), 92.0, 3, 1, 1))
    kind, fields = read_fields(page_lines(OcrPage(W, H, False, words)), W, H)
    assert kind == Kind.FAILURE
    assert fields.error_message is not None and "兑换失败" in fields.error_message


def test_a_small_balance_whose_unit_reads_as_a_look_alike_of_its_first_glyph_is_read() -> None:
    """ "0二": a balance of 0, its 云贝 read as 二 at 0 (a seen set). The look-alike closes
    the line; one with more after it ("4二," for 461) is no clean number."""
    words = [OcrWord("我的云幢", Box(99, 417, 211, 66), 92.0, 1, 1, 1)]
    words += one_line([("0", 103, 575, 120, 136, 93.0), ("二", 240, 620, 90, 60, 0.0)], 2)
    words.append(OcrWord("275云贝将于2026-07-03过期", Box(98, 809, 595, 60), 92.0, 3, 1, 1))
    words.append(OcrWord("云贝账户", Box(586, 189, 264, 83), 93.0, 4, 1, 1))
    words.append(OcrWord("云贝明细", Box(65, 1497, 251, 79), 90.0, 5, 1, 1))
    kind, fields = read_fields(page_lines(OcrPage(1440, 2560, False, words)), 1440, 2560)
    assert (kind, fields.balance) == (Kind.BALANCE, 0)
    words[1:3] = one_line([("4", 114, 764, 100, 121, 95.0), ("二,", 220, 800, 120, 60, 40.0)], 2)
    lines = page_lines(OcrPage(1440, 2560, False, words))
    assert read_fields(lines, 1440, 2560)[1].balance != 4


def test_a_centred_toast_under_a_rules_heading_stretched_by_a_stray_glyph_is_the_prompt() -> None:
    """A dark theme's toast over the rules card (fresh holdout 4444), its words from the
    toast's own reading: the heading 兑换说明 read 73 px high for its 35 px glyphs, one
    stray glyph stretching its box. The toast's centred line starts 59 px right of the
    heading, past the rules' margin for glyphs that size: it is the prompt, not an item
    of the list."""
    page = [
        ("数字专辑兑换券", 229, 226, 235, 53),
        ("680云贝", 230, 288, 151, 42),
        ("兑换说明", 33, 649, 133, 73),
        ("1.每", 34, 736, 74, 32),
        ("2.本活", 33, 774, 76, 42),
        ("3.部", 32, 817, 77, 53),
        ("我的云贝:6,414", 33, 1457, 242, 56),
    ]
    words = [OcrWord(t, Box(x, y, w, h), 90.0, n, 1, 1) for n, (t, x, y, w, h) in enumerate(page)]
    toast = (
        ('和"', 92, 821, 40, 48, 62.0),
        ("网络异常,请检查网络设置后重试", 148, 821, 452, 48, 93.0),
    )
    words += one_line(list(toast), REGION_BLOCK + 1)
    lines = page_lines(OcrPage(750, 1619, True, words))
    kind, fields = read_fields(lines, 750, 1619)
    assert kind == Kind.FAILURE
    assert fields.cause == Cause.SYSTEM
    assert (
        fields.error_message is not None and "网络异常,请检查网络设置后重试" in fields.error_message
    )
    # a rules item at the heading's margin stays out, however tall the heading was read
    rules = lines_from(
        (
            ("兑换说明", 33, 649, 133, 73),
            ("1.每个账号限兑换1次", 34, 718, 440, 40),
            ("兑换失败后云贝将原路退回", 33, 774, 470, 40),
        ),
        750,
        1619,
    )
    assert read_fields(rules, 750, 1619)[1].error_message is None


def test_a_prompt_wrapped_with_one_glyph_alone_on_its_last_line_is_read_whole() -> None:
    """ "您的账号因违规操作已被限" over a lone "制" (a centred dialog, a seen-style fresh set):
    the lone glyph ends the prompt, whose words only read as a failure with it."""
    lines = lines_with_confidence(
        (
            ("您的账号因违规操作已被限", 155, 605, 471, 42, 93.0),
            ("制", 371, 655, 34, 37, 93.0),
            ("确定", 348, 801, 81, 39, 96.0),
            ("云音乐手机支架", 37, 873, 335, 75, 90.0),
            ("当前云贝35,302", 40, 1586, 286, 65, 90.0),
        ),
        778,
        1729,
    )
    kind, fields = read_fields(lines, 778, 1729)
    assert kind == Kind.FAILURE
    assert fields.error_message == "您的账号因违规操作已被限制"
    assert fields.cause == Cause.ACCOUNT


def test_a_doubted_lone_glyph_under_a_toast_over_the_rules_joins_no_prompt() -> None:
    """A toast over the rules list (the words as Tesseract gave them on a seen set): the
    rules item under it read as a glyph and a doubted mark ("每\"") is no end of the
    prompt, and the item under that stays out too."""
    words = [
        ("5元无门槛代金券", (92, 1007, 488, 96), 95.0, 1),
        ("所需云贝900", (93, 1134, 311, 67), 90.0, 2),
        ("兑换规则", (93, 1629, 204, 51), 90.0, 9),
        ("1", (95, 1748, 14, 28), 24.0, 10),
        ("2", (93, 1820, 19, 28), 96.0, 16),
        ("相", (161, 1792, 65, 86), 19.0, 17),
        ("账号", (293, 1796, 118, 67), 93.0, 17),
        ("受", (410, 1800, 47, 45), 92.0, 17),
        ("限", (464, 1801, 36, 45), 90.0, 17),
        ("，", (538, 1801, 15, 39), 92.0, 17),
        ("该", (553, 1800, 59, 45), 92.0, 17),
        ("功能", (636, 1800, 237, 45), 93.0, 17),
        ("暂", (703, 1796, 51, 67), 90.0, 17),
        ("不", (753, 1796, 47, 67), 83.0, 17),
        ("可", (799, 1796, 39, 67), 96.0, 17),
        ("用", (837, 1796, 39, 67), 96.0, 17),
        ("3", (93, 1892, 19, 28), 96.0, 18),
        ("每", (162, 1884, 68, 43), 92.0, 19),
        ("”", (223, 1880, 13, 65), 0.0, 19),
        ("4", (92, 1964, 21, 28), 66.0, 20),
        ("需", (163, 1975, 40, 24), 92.0, 21),
        ("完成", (224, 1956, 102, 43), 96.0, 21),
        ("实名", (346, 1956, 57, 43), 96.0, 21),
        ("认证", (404, 1956, 304, 43), 96.0, 21),
        ("后", (504, 1952, 50, 65), 93.0, 21),
        ("方", (553, 1952, 45, 65), 92.0, 21),
        ("可", (597, 1952, 42, 65), 83.0, 21),
        ("参与", (638, 1952, 102, 65), 96.0, 21),
        ("兑换", (760, 1956, 43, 43), 78.0, 21),
    ]
    page = OcrPage(
        1170, 2550, False, [OcrWord(t, Box(*box), c, block, 1, 1) for t, box, c, block in words]
    )
    error = find_error(page_lines(page), set(), 1170)
    assert error is not None
    assert error.message == "相账号受限,该功能暂不可用"


def test_a_reasons_value_read_in_pieces_keeps_its_words_that_read_as_a_title() -> None:
    """ "失败原因:网络连接异常，兑换未完成" read as two pieces of one row, the comma lost:
    "兑换未完成" after the reason label is the value's end, not a dialog's title."""
    lines = _page(
        ("很抱歉,兑换失败", 160, 430, 400, 60),
        ("失败原因:网络连接异常", 73, 504, 339, 49),
        ("兑换未完成", 482, 504, 165, 50),
        ("商品名称", 62, 679, 134, 50),
        ("5元手机话费券", 440, 686, 219, 33),
    )
    kind, fields = read_fields(lines, 720, 1280)
    assert kind == Kind.FAILURE
    assert fields.error_message == "网络连接异常兑换未完成"
    assert fields.cause == Cause.SYSTEM


_FORWARDED_HELP_PAGE = (
    ("星期三09:02", 434, 288, 212, 47),
    ("19:50", 385, 412, 62, 19),
    ("帮助与反馈", 546, 467, 127, 42),
    ("搜索你遇到的问题", 410, 541, 173, 36),
    ("会员与支付", 390, 674, 90, 31),
    ("账户问题", 573, 674, 72, 31),
    ("常见问题", 350, 847, 96, 40),
    ("云贝兑换失败怎么办?", 349, 917, 217, 36),
    ("云贝被扣了但商品没到账", 349, 996, 250, 36),
    ("如何查看云贝收支明细", 349, 1075, 226, 37),
    ("实名认证失败的常见原因", 350, 1153, 247, 37),
    ("黑胶VIP兑换后多久生效", 350, 1233, 239, 36),
    ("如何联系人工客服", 349, 1312, 185, 36),
    ("账号被限制了怎么办", 350, 1391, 207, 37),
)


def test_a_help_page_forwarded_in_a_chat_is_no_failure() -> None:
    """A help page's screenshot sent in a chat: the chat's title bar was not read, the
    help title stands inside the picture over its questions. "实名认证失败的常见原因",
    one of the questions, is no prompt."""
    kind, fields = read_fields(_page(*_FORWARDED_HELP_PAGE), W, H)
    assert kind == Kind.OTHER
    assert fields.error_message is None
    # without the help title, the questions alone still keep their list item out
    questions = [p for p in _FORWARDED_HELP_PAGE if p[0] not in ("帮助与反馈", "常见问题")]
    assert find_error(_page(*questions), set(), W) is None


def test_a_prompt_wrapped_after_please_contact_ends_with_the_service_desk() -> None:
    """ "当前账号处于风控状态,请联系" over "客服处理" in a smaller box (a seen set): the two
    words under it end the prompt; they are no item's name."""
    lines = lines_with_confidence(
        (
            ("商品详情", 31, 79, 208, 35, 95.0),
            ("当前账号处于风控状态,请联系", 153, 398, 414, 46, 93.0),
            ("客服处理", 301, 447, 118, 28, 94.0),
            ("取消", 195, 570, 59, 29, 96.0),
            ("重试", 463, 565, 67, 49, 92.0),
            ("80云贝", 34, 638, 112, 41, 92.0),
            ("K歌房VIP 3天卡", 33, 709, 250, 48, 90.0),
        ),
        720,
        1280,
    )
    kind, fields = read_fields(lines, 720, 1280)
    assert kind == Kind.FAILURE
    assert fields.error_message == "当前账号处于风控状态,请联系客服处理"
    assert fields.product == "K歌房VIP 3天卡"


def test_a_dialogs_rows_read_before_a_toast_are_no_part_of_the_prompt() -> None:
    """A bottom sheet's rows and the toast over it read as one block (a fresh set):
    the labels with their values go, the prompt after them stays."""
    line = "所需云贝120我的云贝76068兑换后剩余75948当前兑换人数较多,请稍后重试"
    error = find_error(_page((line, 30, 1160, 650, 50)), set(), W)
    assert error is not None
    assert error.message == "当前兑换人数较多,请稍后重试"
    # an amount inside the prompt's own words stays
    error = find_error(_page(("本月消费满30元后才可兑换", 30, 1160, 650, 50)), set(), W)
    assert error is not None
    assert error.message == "本月消费满30元后才可兑换"


def test_the_value_after_a_reason_label_is_the_prompt_whatever_its_words() -> None:
    """ "原因:" under a "兑换失败" title, its value's key words misread (a seen set): the
    label says the value is the failure's reason."""
    lines = _page(
        ("兑换结果", 509, 194, 220, 84),
        ("兑换失败", 496, 541, 255, 106),
        ("原因:当前账号状总和开吊,请完成安全验证后再试", 90, 817, 1030, 68),
        ("商品名称", 88, 1037, 186, 66),
        ("黑胶唱片蓝牙音箱", 786, 1040, 330, 46),
    )
    kind, fields = read_fields(lines, 1242, 2692)
    assert kind == Kind.FAILURE
    assert fields.error_message is not None
    assert fields.error_message.endswith("请完成安全验证后再试")
    # a label with next to nothing after it is no prompt
    assert find_error(_page(("原因:无", 90, 817, 300, 68)), set(), W) is None


def test_a_date_read_before_a_prompt_is_no_part_of_it() -> None:
    """The page's "兑换期限2026年1月" or an activity's dates read on the toast's line (seen
    sets) stand apart from the prompt after them; a date inside a prompt stays."""
    for text, message in (
        ("兑换期限2026年1月该商品已兑完,下次早点来哦", "该商品已兑完,下次早点来哦"),
        ("活动2026.05.01-2026.05.28账号存在异常,暂时无法兑换", "账号存在异常,暂时无法兑换"),
        (
            "兑换功能维护中,2026年3月28日后恢复,请稍后再试",
            "兑换功能维护中,2026年3月28日后恢复,请稍后再试",
        ),
        ("系统维护中,预计2026年3月28日恢复兑换", "系统维护中,预计2026年3月28日恢复兑换"),
    ):
        error = find_error(_page((text, 30, 900, 900, 50)), set(), W)
        assert error is not None
        assert error.message == message


def test_a_rules_cards_sentences_read_after_a_prompt_are_no_part_of_it() -> None:
    """A toast over the rules card read on with it (a fresh set): the rules' standing
    sentences after the prompt say no failure, whatever words of one they hold."""
    text = (
        "请求超时,请检查网络后重试兑换成功ixamanw TILL <T JJr :发放至当前账号,"
        "虚拟商品一经兑换不支持退换,每个账号限兑1次"
    )
    error = find_error(_page((text, 30, 1160, 1000, 50)), set(), W)
    assert error is not None
    assert error.message.startswith("请求超时,请检查网络后重试")
    assert "退换" not in error.message
    assert error.cause == Cause.SYSTEM


def test_a_prompt_after_a_number_no_list_reaches_is_no_list_item() -> None:
    # fresh holdout 4242 #0: a dialog's message read with "70." before it (the page
    # behind the dialog); a list numbered that far is no rules list
    lines = lines_from(
        (
            ("商品详情", 514, 201, 216, 55),
            ("温声提示", 513, 1137, 215, 81),
            ("70.本次兑换需额外支付手续费,云贝数量", 90, 1223, 910, 69),
            ("确定", 567, 1474, 108, 55),
        ),
        1242,
        2665,
    )
    kind, fields = read_fields(lines, 1242, 2665)
    assert kind == Kind.FAILURE
    assert fields.error_message == "本次兑换需额外支付手续费,云贝数量"
    assert fields.cause == Cause.ELIGIBILITY
    # a rules list's own items stay rules
    rules = lines_from(
        (
            ("兑换说明", 90, 1717, 201, 76),
            ("1.库存不足时无法兑换", 90, 1827, 806, 63),
            ("12.账号异常将被限制兑换", 90, 1896, 806, 63),
        ),
        1242,
        2665,
    )
    assert read_fields(rules, 1242, 2665)[1].error_message is None


def test_a_dialogs_row_labels_over_its_prompt_are_no_part_of_the_prompt() -> None:
    """A confirm dialog's rows (fresh seed holdout2 73 #10), its red prompt right under
    the last row's label: "我的云贝" and "兑换后剩余" were read into the message. A row
    label with its number at the row's far end is no line of the prompt."""
    lines = lines_from(
        (
            ("确认兑换", 619, 1098, 136, 72),
            ("所需云贝", 417, 1343, 109, 25),
            ("860", 917, 1347, 40, 22),
            ("我的云贝", 417, 1394, 112, 43),
            ("9191", 904, 1403, 54, 22),
            ("兑换后剩余", 417, 1450, 137, 43),
            ("8331", 904, 1459, 54, 22),
            ("当前账号处于风控状态,请联系客服处理", 457, 1512, 462, 40),
        ),
        1170,
        2532,
    )
    kind, fields = read_fields(lines, 1170, 2532)
    assert kind == Kind.FAILURE
    assert fields.error_message == "当前账号处于风控状态,请联系客服处理"
    assert fields.cause == Cause.ACCOUNT


def test_a_price_read_alike_twice_outweighs_a_bigger_one_read_once() -> None:
    """A confirm sheet over a dimmed item page (fresh seed holdout2 73 #31): the page's
    big "960云贝" read "900云贝", surely; the sheet's "960去" and its row "所需云贝 960"
    give 960 twice. The bigger font no longer decides alone."""
    lines = lines_with_confidence(
        (
            ("900云贝", 52, 1407, 228, 86, 85.0),
            ("黑胶VIP季卡(90天)", 51, 1511, 488, 65, 90.0),
            ("确认兑换", 520, 1733, 203, 69, 96.0),
            ("黑胶VIP季卡(90天)", 210, 1856, 500, 61, 90.0),
            ("960去", 303, 2022, 159, 42, 89.0),
            ("所需云贝", 50, 2144, 161, 38, 93.0),
            ("960", 1120, 2147, 70, 32, 86.0),
            ("我的云贝", 51, 2224, 163, 58, 95.0),
            ("1,572", 1084, 2231, 106, 35, 78.0),
            ("账号存在异常,暂时无法兑换", 369, 2320, 504, 56, 96.0),
        ),
        1242,
        2688,
    )
    assert read_fields(lines, 1242, 2688)[1].cost == 960
    # read once each, the bigger font's price stands
    once = [ln for ln in lines if ln.text != "960去"]
    assert read_fields(once, 1242, 2688)[1].cost == 900


def test_an_order_cards_picture_read_as_a_tall_glyph_after_the_name_is_no_part_of_it() -> None:
    """An order card (seen set holdout2 72 #45): its item's name read as one line with
    a bar before it and the picture on the card's right read as a "1" 249 px high. The
    name's start was measured against that glyph's height, every glyph of the name
    counted as short, and the name came out as "1"."""
    name = one_line(
        [
            ("|", 408, 710, 6, 39, 83.0),
            ("数", 481, 669, 66, 55, 84.0),
            ("子", 580, 669, 28, 54, 91.0),
            ("专辑", 639, 669, 55, 56, 96.0),
            ("《城市", 726, 669, 168, 55, 96.0),
            ("漫游", 910, 669, 111, 55, 65.0),
            ("指南", 1025, 669, 88, 55, 93.0),
            ("》", 1122, 670, 24, 53, 91.0),
            ("1", 1325, 591, 109, 249, 63.0),
        ],
        7,
    )
    price = one_line([("280云和", 458, 888, 174, 51, 90.0)], 8)
    lines = page_lines(OcrPage(1440, 3200, False, [*name, *price]))
    assert find_product_anyway(lines, 3200, cost=280) == "数子专辑《城市漫游指南》"


def test_a_price_read_as_junk_over_a_toast_is_no_line_of_its_prompt() -> None:
    """A toast over an item card's price row (fresh seed holdout 5959 #19): "132n0一"
    (所需云贝 120, mangled) right over "活动已结束,感谢您的参与" was taken as the
    prompt's first line, and with it the label and the item's name above. A number with
    a glyph or two around it is no line of a prompt."""
    # the page's words as its reading and the toast's second look gave them: text,
    # box, confidence, block and line
    words = [
        OcrWord(text, Box(x, y, w, h), conf, block, 1, line)
        for text, x, y, w, h, conf, block, line in _HOLDOUT_5959_19
    ]
    lines = page_lines(OcrPage(720, 1542, False, words))
    kind, fields = read_fields(lines, 720, 1542)
    assert kind == Kind.FAILURE
    assert fields.error_message is not None
    assert fields.error_message.startswith("活动已结束,感谢您的参与")


_HOLDOUT_5959_19: list[tuple[str, int, int, int, int, float, int, int]] = [
    ("17:35", 31, 20, 55, 18, 90.0, 1, 1),
    ("让", 597, 17, 30, 22, 23.0, 2, 1),
    ("今", 641, 20, 22, 16, 20.0, 2, 1),
    ("`", 665, 10, 16, 36, 15.0, 2, 1),
    ("国", 678, 14, 17, 28, 21.0, 2, 1),
    ("《“", 28, 89, 19, 35, 53.0, 3, 1),
    ("商品", 103, 91, 80, 33, 92.0, 3, 1),
    ("详情", 182, 85, 52, 55, 96.0, 3, 1),
    ("一", 0, 138, 403, 41, 13.0, 4, 1),
    ("一", 147, 121, 47, 62, 72.0, 4, 1),
    ("-一", 193, 138, 137, 41, 69.0, 4, 1),
    ("一", 329, 121, 78, 62, 41.0, 4, 1),
    ("幸", 352, 200, 27, 17, 0.0, 5, 1),
    ("YY", 0, 588, 397, 18, 0.0, 6, 1),
    ("黑", 53, 646, 33, 35, 89.0, 7, 1),
    ("胶", 105, 644, 19, 36, 89.0, 7, 1),
    ("VIP", 133, 650, 50, 27, 89.0, 7, 1),
    ("七", 199, 645, 22, 34, 92.0, 7, 1),
    ("天", 239, 647, 19, 33, 96.0, 7, 1),
    ("体验", 274, 644, 59, 37, 93.0, 7, 1),
    ("卡", 345, 644, 24, 37, 92.0, 7, 1),
    ("所", 52, 708, 24, 25, 93.0, 8, 1),
    ("需", 84, 708, 35, 25, 88.0, 8, 1),
    ("云", 131, 709, 20, 23, 92.0, 8, 1),
    ("贝", 150, 700, 22, 42, 30.0, 8, 1),
    ("5981", 554, 721, 90, 79, 34.0, 10, 1),
    ("人", 648, 746, 20, 22, 0.0, 10, 1),
    ("昌", 164, 804, 4, 9, 0.0, 11, 1),
    ("nn", 204, 819, 33, 1, 0.0, 12, 1),
    ("<", 517, 793, 42, 26, 0.0, 13, 1),
    ("活动", 52, 847, 143, 29, 95.0, 14, 1),
    ("有", 124, 843, 24, 47, 93.0, 14, 1),
    ("效", 147, 843, 34, 47, 92.0, 14, 1),
    ("期", 180, 843, 18, 47, 92.0, 14, 1),
    ("2026/04/21", 52, 904, 133, 26, 86.0, 15, 1),
    ("00:00:00", 194, 906, 98, 19, 90.0, 15, 1),
    ("至", 301, 904, 24, 22, 95.0, 15, 1),
    ("2026/05/05", 333, 904, 133, 26, 90.0, 15, 1),
    ("23:59:00", 475, 906, 98, 19, 91.0, 15, 1),
    ("活动", 52, 990, 73, 29, 96.0, 16, 1),
    ("规则", 124, 986, 41, 47, 96.0, 16, 1),
    ("1", 53, 1056, 15, 19, 28.0, 17, 1),
    ("兑换", 93, 1052, 37, 26, 83.0, 17, 1),
    ("成", 143, 1053, 13, 24, 93.0, 17, 1),
    ("功", 169, 1053, 13, 24, 93.0, 17, 1),
    ("后", 196, 1053, 12, 25, 84.0, 17, 1),
    ("权益", 219, 1052, 41, 26, 95.0, 17, 1),
    ("将", 272, 1052, 32, 26, 96.0, 17, 1),
    ("在", 303, 1048, 19, 42, 96.0, 17, 1),
    ("24", 322, 1048, 32, 42, 93.0, 17, 1),
    ("小", 353, 1053, 13, 24, 93.0, 17, 1),
    ("时", 379, 1052, 13, 25, 96.0, 17, 1),
    ("内", 400, 1052, 17, 25, 97.0, 17, 1),
    ("到", 424, 1053, 19, 24, 92.0, 17, 1),
    ("账", 453, 1053, 17, 25, 91.0, 17, 1),
    ("2.", 52, 1088, 22, 41, 91.0, 18, 1),
    ("需", 89, 1093, 15, 25, 92.0, 18, 1),
    ("完成", 114, 1093, 57, 24, 96.0, 18, 1),
    ("实名", 171, 1088, 34, 41, 96.0, 18, 1),
    ("认证", 217, 1093, 43, 24, 95.0, 18, 1),
    ("后", 273, 1093, 13, 24, 93.0, 18, 1),
    ("方", 299, 1093, 12, 24, 93.0, 18, 1),
    ("可", 324, 1095, 14, 22, 73.0, 18, 1),
    ("参与", 347, 1093, 60, 24, 96.0, 18, 1),
    ("兑换", 406, 1088, 36, 41, 89.0, 18, 1),
    ("3.", 52, 1128, 20, 42, 92.0, 19, 1),
    ("部", 87, 1132, 17, 26, 96.0, 19, 1),
    ("分", 116, 1133, 14, 24, 96.0, 19, 1),
    ("商品", 142, 1133, 39, 25, 93.0, 19, 1),
    ("仅", 195, 1133, 13, 25, 88.0, 19, 1),
    ("限", 221, 1134, 13, 24, 89.0, 19, 1),
    ("中", 247, 1132, 12, 26, 93.0, 19, 1),
    ("国", 273, 1134, 12, 24, 89.0, 19, 1),
    ("大", 300, 1132, 12, 25, 96.0, 19, 1),
    ("陆地", 323, 1132, 41, 26, 96.0, 19, 1),
    ("区", 373, 1134, 17, 23, 97.0, 19, 1),
    ("用", 397, 1134, 17, 23, 93.0, 19, 1),
    ("户", 423, 1132, 35, 26, 93.0, 19, 1),
    ("兑换", 457, 1128, 37, 42, 74.0, 19, 1),
    ("人", 30, 1354, 47, 84, 27.0, 20, 1),
    ("兑换", 333, 1382, 56, 29, 82.0, 20, 1),
    ("》", 643, 1355, 49, 82, 0.0, 20, 1),
    ("马", 165, 1483, 28, 32, 0.0, 21, 1),
    ("O", 341, 1478, 16, 51, 73.0, 22, 1),
    ("〇", 345, 1483, 31, 31, 81.0, 22, 1),
    ("口", 527, 1485, 26, 26, 91.0, 23, 1),
    ("132n0", 177, 704, 63, 23, 31.0, 60001, 1),
    ("一", 364, 724, 20, 1, 95.0, 60001, 1),
    ("活动", 198, 751, 143, 27, 96.0, 60001, 2),
    ("已", 268, 747, 25, 44, 96.0, 60001, 2),
    ("结束", 293, 751, 48, 27, 92.0, 60001, 2),
    ("，", 345, 747, 25, 44, 92.0, 60001, 2),
    ("感", 370, 751, 31, 26, 92.0, 60001, 2),
    ("谢", 414, 752, 8, 24, 93.0, 60001, 2),
    ("您", 427, 751, 29, 26, 96.0, 60001, 2),
    ("的", 455, 747, 25, 44, 96.0, 60001, 2),
    ("参与", 480, 752, 38, 26, 96.0, 60001, 2),
    ("下", 525, 725, 44, 42, 43.0, 60001, 2),
]


def test_a_price_beside_a_dialog_read_before_its_edge_is_no_part_of_the_message() -> None:
    """A dialog over an item page, its message read with the page's price left of the
    dialog and the dialog's edge as a bar: "70 |当前账号状态…" (fresh seed holdout 6262
    #13, in its redacted copy). The number before the bar is the page's."""
    lines = lines_from(
        (
            ("云贝商城", 485, 184, 203, 75),
            ("兑换失败", 484, 1041, 203, 76),
            ("70 |当前账号状态异常,请完成安全验证后", 84, 1126, 856, 62),
            ("我的云贝:", 50, 2348, 178, 58),
            ("991", 277, 2354, 72, 34),
        ),
        1170,
        2568,
    )
    kind, fields = read_fields(lines, 1170, 2568)
    assert kind == Kind.FAILURE
    assert fields.error_message is not None
    assert fields.error_message.startswith("当前账号状态异常")
