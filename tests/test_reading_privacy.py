"""Private-data rules on OCR lines as sparse-mode Tesseract reports them (no OCR run here).

Each page is a list of (text, x, y, w, h) pieces, one OCR line each, in image pixels.
"""

from __future__ import annotations

from ocr_pieces import Piece, lines_from, lines_with_confidence, one_line

from yunbei_gui.core.lines import Line, page_lines
from yunbei_gui.core.models import PRESET_TYPES, Box, OcrWord, Preset, Sensitive, SensitiveType
from yunbei_gui.core.ocr import OcrPage
from yunbei_gui.core.privacy import find_private
from yunbei_gui.core.text import is_address

W, H = 1440, 3106


def _page(*pieces: Piece) -> list[Line]:
    return lines_from(pieces, W, H)


def _covers(outer: Box, inner: Box) -> bool:
    return (
        outer.x <= inner.x
        and outer.y <= inner.y
        and outer.right >= inner.right
        and outer.bottom >= inner.bottom
    )


def _found(lines: list[Line]) -> list[tuple[SensitiveType, Box]]:
    return [(s.type, s.box) for s in find_private(lines, W, H)]


def test_a_name_read_in_one_line_with_the_phone_after_it() -> None:
    # the words of one OCR line as Tesseract gave them; the gap before 131 read as "_"
    words = [
        OcrWord(text, Box(x, y, w, h), 90.0, 11, 1, 1)
        for text, x, y, w, h in [
            ("徐", 104, 2004, 107, 53),
            ("洋", 186, 1996, 51, 66),
            ("_131", 268, 2010, 84, 42),
            ("2868", 370, 2010, 118, 42),
            ("5084", 503, 2010, 120, 42),
        ]
    ]
    heading = OcrWord("货信息", Box(164, 1894, 172, 58), 90.0, 10, 1, 1)
    lines = page_lines(OcrPage(W, H, False, [heading, *words]))
    found = _found(lines)
    name_box = Box(104, 1996, 110, 60)  # where 徐洋 is drawn
    assert any(t == SensitiveType.REAL_NAME and _covers(b, name_box) for t, b in found)
    assert any(t == SensitiveType.PHONE for t, _ in found)


def test_a_short_line_right_above_an_address_is_a_name() -> None:
    # the card's heading hidden behind a dialog: only the name and the address were read
    lines = _page(("高帆", 47, 1403, 86, 65), ("广东省深圳市南山区科技区", 46, 1471, 431, 55))
    found = _found(lines)
    assert any(t == SensitiveType.REAL_NAME and _covers(b, Box(47, 1403, 86, 65)) for t, b in found)
    # an ordinary short line above an ordinary line is no name
    lines = _page(("高帆", 47, 1403, 86, 65), ("兑换成功后三天内发货", 46, 1471, 431, 55))
    assert not any(t == SensitiveType.REAL_NAME for t, _ in _found(lines))


def test_a_phone_label_misread_as_yu_ji_still_marks_the_garbled_value() -> None:
    lines = _page(("绑定于机", 53, 772, 203, 50), ("109##冰六GO40 >", 803, 776, 381, 55))
    found = _found(lines)
    value = Box(803, 776, 330, 50)
    assert any(t == SensitiveType.PHONE and _covers(b, value) for t, b in found)


def test_an_ip_label_whose_i_was_misread_still_marks_the_garbled_address() -> None:
    """ "1P地址" over "9天区8.3.159" for IP地址 192.168.3.159 on a dark Wi-Fi page (fresh
    holdout 4747: nothing was covered and the address stayed readable)."""
    lines = lines_from(
        (("1P地址", 29, 449, 87, 41), ("9天区8.3.159", 506, 458, 182, 21)), 720, 1570
    )
    found = [(s.type, s.box) for s in find_private(lines, 720, 1570)]
    assert any(t == SensitiveType.IP and _covers(b, Box(506, 455, 182, 30)) for t, b in found)


def test_the_ip_of_vip_in_an_items_name_is_no_ip_label() -> None:
    """ "胶VIP月卡" (黑 lost) over a toast on the rules (fresh seed holdout2 73 #63): its
    IP was taken for an IP label, and the rest of the name and the toast under it
    were covered as an address; the message was lost in the redacted copy."""
    lines = _page(
        ("胶VIP月卡", 115, 1344, 293, 64),
        ("兑换须", 51, 1529, 213, 79),
        (":您的账号存在安全风", 208, 1592, 559, 85),
    )
    assert _found(lines) == []
    # an IP label itself still marks its value
    lines = _page(("IP地址", 51, 1344, 160, 50), ("5.3.159", 800, 1344, 182, 50))
    assert [t for t, _ in _found(lines)] == [SensitiveType.IP]


def test_an_email_box_takes_the_whole_masked_local_part() -> None:
    lines = _page(("mktk#k@126.com", 783, 959, 403, 35))
    found = _found(lines)
    assert any(t == SensitiveType.EMAIL and b.x <= 783 for t, b in found)


def test_a_masked_phone_with_a_garbled_mask_and_an_extra_digit() -> None:
    lines = _page(('187""50206', 218, 1405, 230, 46))
    assert any(
        t == SensitiveType.PHONE and _covers(b, Box(218, 1405, 230, 46)) for t, b in _found(lines)
    )


def test_digits_beside_a_name_on_an_address_card_are_a_phone() -> None:
    # 收货人 read as 收贷人; of the masked phone only "152" was read
    lines = _page(
        ("收贷人", 30, 833, 76, 47),
        ("王敏", 31, 891, 54, 40),
        ("152", 112, 897, 144, 18),
        ("浙江省杭州市西湖区文三路", 31, 938, 285, 22),
    )
    official = PRESET_TYPES[Preset.OFFICIAL]
    for target in (Box(31, 891, 54, 40), Box(109, 897, 149, 20)):  # the name, the phone
        assert any(t in official and _covers(b, target) for t, b in _found(lines))
    # with a dialog button beside the label (as on the screenshot this came from), the
    # label's value is that row, and the digits beside the name are a phone of their own
    lines = _page(
        ("收贷人", 30, 833, 76, 47),
        ("确定", 328, 834, 62, 31),
        ("王敏", 31, 891, 54, 40),
        ("152", 112, 897, 144, 18),
        ("浙江省杭州市西湖区文三路", 31, 938, 285, 22),
    )
    found = _found(lines)
    assert any(t == SensitiveType.PHONE and _covers(b, Box(109, 897, 149, 20)) for t, b in found)


def test_an_email_split_into_pieces_is_covered_whole() -> None:
    lines = _page(
        ("yan", 700, 972, 73, 27),
        ("洲洲六", 779, 959, 65, 14),
        ("@foxmail .com", 850, 962, 299, 30),
    )
    found = _found(lines)
    assert any(t == SensitiveType.EMAIL and _covers(b, Box(700, 959, 449, 40)) for t, b in found)


def test_the_row_under_a_delivery_heading_is_covered_however_badly_it_was_read() -> None:
    lines = _page(
        ("收货信息", 74, 1305, 167, 66),
        ("朱洋102半六洲2042", 74, 1383, 369, 57),
        ("北京市海淀区中关村大街", 74, 1444, 372, 51),
    )
    official = PRESET_TYPES[Preset.OFFICIAL]
    for target in (Box(73, 1386, 78, 38), Box(188, 1393, 257, 26)):  # the name, the phone
        assert any(t in official and _covers(b, target) for t, b in _found(lines))


def test_on_an_account_page_a_value_whose_label_was_not_read_is_covered() -> None:
    # 真实姓名 in a serif font on a dark theme: the label came out as junk, "*磊" in pieces
    lines = _page(
        ("失一", 120, 1104, 65, 17),
        ("业", 1010, 1078, 15, 14),
        ("石石", 1032, 1090, 49, 42),
        ("账号安全", 90, 1300, 160, 46),
        ("高", 1030, 1300, 46, 46),
    )
    official = PRESET_TYPES[Preset.OFFICIAL]
    found = [(s.type, s.box) for s in find_private(lines, W, H, account_page=True)]
    assert any(t in official and _covers(b, Box(1005, 1073, 74, 47)) for t, b in found)
    # a value whose label says it is public stays visible
    assert not any(_covers(b, Box(1030, 1300, 46, 46)) for _, b in found)
    # elsewhere than on an account page, nothing is guessed
    assert not any(_covers(b, Box(1005, 1073, 74, 47)) for _, b in _found(lines))


def test_a_value_read_short_of_its_columns_edge_is_covered_to_that_edge() -> None:
    # fresh holdout2 54 #9: the card holder 顾*霞 read as "丰-" (its last glyph lost),
    # its label 持卡人 not read; the values around it end at one right edge
    lines = lines_from(
        (
            ("丰-", 1178, 1309, 92, 85),
            ("预留手机号", 107, 1523, 339, 63),
            ("166 0398 4908", 924, 1533, 409, 48),
            ("单笔限额", 108, 1739, 268, 63),
            ("¥5,000.00", 1050, 1749, 283, 48),
        ),
        1440,
        3120,
    )
    official = PRESET_TYPES[Preset.OFFICIAL]
    found = find_private(lines, 1440, 3120, account_page=True)
    assert any(s.type in official and _covers(s.box, Box(1178, 1312, 156, 59)) for s in found)


def test_a_name_read_on_one_row_with_a_dialogs_button_is_covered() -> None:
    # fresh holdout 3939 #19: 杨建国 left of a dialog whose 联系客服 button is on its row
    name_row = [
        ("祈", 58, 1717, 81, 50, 0.0),
        ("建", 164, 1720, 27, 47, 91.0),
        ("国人", 230, 1702, 12, 56, 49.0),
        ("联系", 358, 1670, 112, 56, 96.0),
        ("客服", 499, 1669, 91, 56, 96.0),
    ]

    def page(row: list[tuple[str, int, int, int, int, float]]) -> list[Line]:
        words = one_line(row, 2)
        words += [
            OcrWord("收货信", Box(59, 1609, 165, 69), 93.0, 1, 1, 1),
            OcrWord("浙江省杭州市西湖区文三路", Box(58, 1795, 536, 64), 96.0, 3, 1, 1),
        ]
        return page_lines(OcrPage(1440, 3138, False, words))

    official = PRESET_TYPES[Preset.OFFICIAL]
    found = find_private(page(name_row), 1440, 3138)
    assert any(s.type in official and _covers(s.box, Box(56, 1717, 156, 50)) for s in found)
    # a line whose second piece is no button is judged whole (a prompt is no name)
    prompt = [*name_row[:3], ("活动的消费", 358, 1670, 200, 56, 96.0)]
    assert not any(
        s.type == SensitiveType.REAL_NAME for s in find_private(page(prompt), 1440, 3138)
    )


def test_one_character_left_of_a_name_under_a_delivery_heading_still_covers_the_name() -> None:
    lines = _page(
        ("收货信息", 30, 605, 113, 46),
        ("何", 30, 664, 26, 26),
        ("广东省;", 30, 702, 80, 38),
    )
    found = _found(lines)
    assert any(t == SensitiveType.REAL_NAME and _covers(b, Box(28, 663, 56, 27)) for t, b in found)
    # one character alone elsewhere is no name
    assert not any(t == SensitiveType.REAL_NAME for t, _ in _found(_page(("何", 30, 664, 26, 26))))


def test_a_dialogs_prompt_over_a_delivery_card_is_no_contact_row_a_mangled_phone_is() -> None:
    """Fresh holdout 5353 #32: a dialog over the delivery card, its message "您的云贝余额不足,
    还需120云贝" right under the card's heading. Its three digits leave no room for a
    phone, and it says why the redemption failed: it stays readable. A row of the card
    read with digits ("朱洋102半六洲2042") is covered however it reads."""
    heading = ("收货信息", 29, 590, 116, 48)
    prompt = _page(heading, ("您的云贝余额不足,还需120云贝", 120, 749, 417, 59))
    assert _found(prompt) == []
    row = _page(heading, ("朱洋102半六洲2042", 30, 660, 417, 40))
    assert any(t == SensitiveType.PHONE for t, _ in _found(row))
    # a sentence with room for a phone's digits in it is covered still
    sentence = _page(heading, ("兑换失败,联系13812345678", 30, 660, 417, 40))
    assert any(t == SensitiveType.PHONE for t, _ in _found(sentence))


def test_a_short_name_read_as_part_of_its_glyph_is_covered_as_tall_as_its_row() -> None:
    """Fresh holdout2 72 #57, a bank card's 持卡人 row on a dark account page: **晶 read
    as "日日" (晶's lower half), boxed short of the glyph's top. The name's box reaches
    as high and low as the row's label ("卡人", its 持 lost)."""
    lines = lines_from(
        (
            ("银行卡详情", 46, 139, 368, 79),
            ("卡人", 126, 979, 87, 63),
            ("日日", 964, 1001, 39, 34),
            ("预留手机号", 80, 1141, 225, 63),
            ("135**1754", 773, 1148, 228, 35),
        ),
        1080,
        2400,
    )
    found = find_private(lines, 1080, 2400, account_page=True)
    assert any(
        s.type == SensitiveType.REAL_NAME and _covers(s.box, Box(921, 986, 78, 38)) for s in found
    )


def test_a_name_over_an_address_cut_to_its_province_by_a_dialog_is_covered() -> None:
    """A dialog over an order's delivery card hides the heading's end and the address
    after "广东" (holdout 2323): the name above the province is still a name."""
    lines = _page(
        ("内|[忌", 104, 1078, 96, 47),  # 收货信息, its start under the dialog
        ("罗芳", 52, 1153, 93, 46),
        ("兑换失败", 513, 1149, 217, 84),
        ("广东", 53, 1228, 78, 39),
        ("服务器繁忙,请稍后重试", 374, 1238, 497, 56),
    )
    found = _found(lines)
    assert any(t == SensitiveType.REAL_NAME and _covers(b, Box(52, 1153, 93, 46)) for t, b in found)
    # a carrier's name in the status bar is no address
    assert not is_address("广东移动")


def test_a_name_with_its_phones_first_digits_over_an_address_is_covered_with_the_phone() -> None:
    """Fresh holdout 4949 #45, a delivery card under a dimmed page and a dialog: 郭帆
    188****2353 read as "郭帆188" and "下393" (the stars as 下), the heading unread.
    Neither piece makes a phone; over the address they are the card's contact row."""
    lines = _page(
        ("郭帆188", 45, 1404, 203, 62),
        ("下393", 304, 1414, 149, 30),
        ("浙江省杭州市西湖区文三路", 46, 1471, 441, 54),
    )
    found = [(t, b) for t, b in _found(lines) if t in PRESET_TYPES[Preset.OFFICIAL]]
    for truth in (Box(45, 1407, 86, 44), Box(171, 1414, 284, 30)):  # the name, the phone
        assert any(_covers(b, truth) for _, b in found), truth
    # with no address under it, digits after two glyphs are no name
    assert not [t for t, _ in _found(lines[:2]) if t == SensitiveType.REAL_NAME]


def test_a_glyph_read_into_a_phones_last_group_does_not_end_it() -> None:
    """Fresh holdout2 66 #22, an address list: "夏薇135-8139-2?481" was covered to
    "135-8139" only, its last group left readable."""

    def phones(*pieces: tuple[str, int, int, int, int, float]) -> list[Sensitive]:
        page = OcrPage(W, H, False, one_line(list(pieces), 1))
        return [s for s in find_private(page_lines(page), W, H) if s.type == SensitiveType.PHONE]

    (phone,) = phones(("夏薇135-8139-2?481", 85, 624, 484, 71, 70.0))
    assert phone.text == "135-8139-2?481"
    assert phone.box.right >= 85 + 484
    # a time after a phone is no part of it
    (phone,) = phones(("13812345678", 85, 624, 300, 71, 90.0), ("12:30", 420, 624, 140, 71, 90.0))
    assert phone.text == "13812345678"


def test_a_garbled_card_number_whose_start_reads_as_a_user_id_is_covered_as_a_card() -> None:
    """Fresh holdout2 68 #13, a bank card page (its bank and card type misread, "(中国急行",
    "储荔卡"): the number read "6013 84002 0C人0 83170" gave a user id of its start,
    which the official preset leaves, and the rest of the line was no one's."""
    lines = _page(
        ("(中国急行", 102, 342, 330, 97),
        ("6013 84002 0C人0 83170", 122, 717, 524, 50),
        ("预留手机号", 80, 1141, 225, 63),
    )
    found = find_private(lines, W, H, account_page=True)
    official = [s.box for s in found if s.type in PRESET_TYPES[Preset.OFFICIAL]]
    assert any(_covers(b, Box(122, 717, 524, 50)) for b in official)


def test_plus_86_makes_a_phone_whatever_the_digits_after_it() -> None:
    lines = _page(("+86 129 7631 2274", 73, 979, 489, 36))  # 159 read as 129
    found = _found(lines)
    assert any(t == SensitiveType.PHONE and _covers(b, Box(70, 979, 493, 39)) for t, b in found)


def test_a_value_under_its_label_read_as_tiny_glyphs_is_covered_to_the_labels_height() -> None:
    lines = _page(("姓名", 39, 624, 45, 25), ("赤", 40, 679, 11, 11), ("TY", 55, 700, 28, 8))
    found = _found(lines)
    assert any(t == SensitiveType.REAL_NAME and _covers(b, Box(38, 677, 47, 32)) for t, b in found)


def test_a_contact_row_reaches_the_cards_left_edge_when_its_first_glyph_was_lost() -> None:
    lines = _page(
        ("货信息", 98, 1382, 140, 47),
        ("思远15261037133", 95, 1470, 403, 58),  # 王思远: 王 lost
        ("广东省深圳市南山区科技区", 50, 1539, 459, 58),
    )
    official = PRESET_TYPES[Preset.OFFICIAL]
    assert any(t in official and _covers(b, Box(48, 1474, 135, 41)) for t, b in _found(lines))


def _official(found: list[Sensitive], value: Box) -> bool:
    return any(s.type in PRESET_TYPES[Preset.OFFICIAL] and _covers(s.box, value) for s in found)


def test_an_unread_id_number_beside_a_misread_label_is_covered() -> None:
    # 身份证号 read as 寻份证号; the light masked number beside it not read at all, and
    # the next row's value right under the label
    lines = _page(
        ("姓名", 86, 1002, 84, 43),
        ("郭伟", 908, 1000, 88, 44),
        ("寻份证号", 108, 1160, 150, 56),
        ("最近登录", 86, 1326, 180, 43),
        ("2026-05-15 04:35:00", 570, 1333, 423, 28),
    )
    value = Box(537, 1168, 405, 34)
    assert _official(find_private(lines, W, H, account_page=True), value)
    assert _official(find_private(lines, W, H), value)


def test_an_account_row_with_an_unknown_label_and_no_value_read_is_covered() -> None:
    # "身份证号" read as "号份"; its value not read: the row's right part is covered
    lines = _page(
        ("真实姓名", 81, 934, 168, 42),
        ("郭帆>", 956, 930, 129, 62),
        ("号份", 81, 1084, 87, 63),
        ("绑定银行", 81, 1236, 172, 62),
    )
    value = Box(653, 1092, 387, 32)
    assert _official(find_private(lines, W, H, account_page=True), value)


def test_a_masked_name_after_a_verified_status_is_covered() -> None:
    # "实名认证 ........ 已认证 吴*": the status word does not hide the name after it
    lines = _page(("实名认证", 81, 832, 176, 56), ("已认证吴*", 837, 841, 204, 38))
    assert _official(find_private(lines, W, H, account_page=True), Box(983, 843, 58, 37))


def test_a_masked_name_after_a_verified_status_that_was_not_read_is_covered() -> None:
    """ "实名认证 ... 已认证 *洁" with the light "*洁" not read at all (holdout2 45 read at
    250 dpi): the row's rest after a status that says a value exists is covered, the
    status itself stays readable."""
    lines = _page(
        ("实名认证", 81, 696, 203, 47),
        ("已认证", 803, 696, 141, 45),
        ("邮箱", 82, 858, 95, 47),
    )
    found = _found(lines)
    name = Box(974, 696, 68, 47)
    assert any(t == SensitiveType.REAL_NAME and _covers(b, name) for t, b in found)
    assert not any(_covers(b, Box(803, 696, 141, 45)) for _, b in found)
    # a status that says there is nothing ("未认证") covers nothing
    lines = _page(("实名认证", 81, 696, 203, 47), ("未认证", 803, 696, 141, 45))
    assert _found(lines) == []


def test_a_name_over_the_contact_phone_in_a_details_list_is_covered() -> None:
    # the row labels misread beyond use; the name's value sits right over the phone's
    lines = _page(
        ("化", 132, 1369, 45, 21),
        ("万梦", 357, 1364, 99, 71),
        ("联系电话", 80, 1481, 200, 46),
        ('158""0543', 357, 1487, 275, 42),
    )
    assert _official(find_private(lines, W, H), Box(357, 1368, 97, 47))


def test_a_name_over_the_contact_phone_that_lost_its_first_glyph_is_covered_whole() -> None:
    # 谢洁梦 read as "洁梦", its label 收货人 as "收货": 谢 lies between the value
    # column's edge (where the phone under it starts) and what was read
    lines = _page(
        ("订单编号", 54, 617, 140, 52),
        ("2025070420484753925", 245, 628, 339, 26),
        ("收货", 55, 854, 68, 52),
        ("洁梦", 281, 854, 73, 53),
        ("联系电话", 53, 937, 141, 32),
        ("158****1691", 246, 941, 195, 29),
    )
    assert _official(find_private(lines, W, H), Box(245, 857, 106, 34))


def test_a_card_number_whose_mask_was_read_as_anything_is_covered() -> None:
    # the stars read as repeated Han glyphs, or dropped to one quote mark
    for text in ("火火大大大大大大大大大大3469", '6222"7393'):
        lines = _page(("储蓄卡", 168, 820, 200, 60), (text, 168, 920, 937, 81))
        assert _official(find_private(lines, W, H), Box(168, 920, 937, 81)), text
    # a price or a labelled count is no masked number
    for text in ("¥1000", "当前云贝:1234"):
        found = find_private(_page((text, 60, 900, 400, 50)), W, H)
        assert not [s for s in found if s.type == SensitiveType.BANK_CARD], text


def test_a_masked_card_with_its_first_digits_glued_to_the_mask_is_covered_whole() -> None:
    # "622848******6969" read as 60642848 + ellipsis dots + 0969: the digits before the
    # mask are the card's too, not a user id of their own
    lines = _page(("人农业嘛", 75, 600, 334, 62), ("60642848………0969", 122, 776, 427, 50))
    found = find_private(lines, W, H)
    assert _official(found, Box(122, 776, 427, 50))
    assert all(s.type in PRESET_TYPES[Preset.OFFICIAL] for s in found if s.box.y >= 760)


def test_a_phone_label_under_which_the_masked_number_sits_is_covered_below() -> None:
    # "手机号码" read as "于机号码"; the mask of 139****7067 read as Han glyphs
    lines = _page(
        ("于机号码", 75, 923, 220, 72),
        ("1 39#亲六灶70067", 67, 1045, 416, 45),
        ("邮箱", 75, 1199, 120, 73),
    )
    assert _official(find_private(lines, W, H), Box(77, 1045, 416, 45))


def test_a_card_number_whose_first_group_was_misread_is_covered_from_its_start() -> None:
    # "6225 8868 8379 0467 794" read as "节8868 8379 0467794"
    lines = _page(("储蓄卡", 66, 380, 120, 40), ("节8868 8379 0467794", 66, 453, 297, 28))
    assert _official(find_private(lines, W, H), Box(66, 453, 297, 28))


def test_masks_read_as_han_glyphs_and_an_ip_with_a_glyph_too_many_are_covered() -> None:
    # (text, width of the value in it: the row's ">" is no part of it)
    cases = [
        ("6228 大大大大 大大大大 2351", 400),  # stars read as 大
        ("1 35#冰4342 >", 335),  # 135****4342
        ("192.168.1.1050", 400),  # a trailing D read as 0
    ]
    for text, value_width in cases:
        lines = _page(("人", 40, 600, 30, 30), (text, 700, 653, 400, 33))
        assert _official(find_private(lines, W, H), Box(700, 653, value_width, 33)), text


def test_qq_and_masked_addresses_read_badly_are_still_emails() -> None:
    # "9319104322@qq.com" with "@qq" read as 0qq (made 099); "zha***@foxmail.com" with
    # the stars read as 玉米米 and the @ as O
    for text in ("93191043220qq .com", "Zha玉米米Ofoxmail.com"):
        lines = _page(("绑定", 60, 2000, 100, 50), (text, 800, 2080, 477, 53))
        found = find_private(lines, W, H)
        assert any(
            s.type == SensitiveType.EMAIL and _covers(s.box, Box(800, 2080, 477, 53)) for s in found
        ), text


def test_an_unread_name_left_of_a_masked_phone_is_covered() -> None:
    # an address card: the name 高建国 not read at all, the phone after it read
    lines = _page(
        ("收货信息", 48, 1380, 200, 50),
        ('199"***39754', 221, 1489, 259, 47),
        ("浙江省杭州市西湖区文三路", 48, 1560, 520, 44),
    )
    assert _official(find_private(lines, W, H), Box(48, 1492, 135, 44))


def test_a_name_read_short_over_an_address_cut_to_its_province_is_covered() -> None:
    # a dialog over the card hid the heading (read as "化|" "玛") and the address after
    # 广东省; of the name 罗洋 only 洋 was read, one glyph right of the card's edge
    lines = _page(
        ("化|", 86, 1194, 50, 41),
        ("玛", 86, 1226, 38, 22),
        ("确定", 806, 1283, 76, 38),
        ("洋", 84, 1286, 34, 37),
        ("广东省", 43, 1343, 98, 51),
    )
    assert _official(find_private(lines, W, H), Box(42, 1285, 78, 38))
    # a one-glyph value on a row above the region row of an account list is no name
    lines = _page(
        ("性别", 60, 1286, 80, 37),
        ("男", 1000, 1286, 37, 37),
        ("地区", 60, 1343, 80, 51),
        ("广东省", 930, 1343, 107, 51),
    )
    assert not any(s.type == SensitiveType.REAL_NAME for s in find_private(lines, W, H))


def test_a_card_number_with_ocr_junk_between_its_digits_is_covered_for_support_too() -> None:
    # 6228 4849 5480 9025 on a bank-card page, read with a letter and a dot inside it
    card = Box(123, 685, 587, 63)
    lines = _page(
        ("《银行卡详情", 46, 101, 376, 90),
        ("04L84049.5480 9020", card.x, card.y, card.w, card.h),
        ("持卡", 80, 950, 106, 76),
    )
    official = PRESET_TYPES[Preset.OFFICIAL]
    assert any(t in official and _covers(b, card) for t, b in _found(lines))
    # an activity's period is digits with marks between them too, and no private data
    period = _page(("活动时间", 80, 900, 200, 50), ("2025.12.01-2025.12.28", 293, 1172, 388, 47))
    assert _found(period) == []


def test_card_masks_read_as_varied_glyphs_or_with_a_digit_in_them_are_covered() -> None:
    official = PRESET_TYPES[Preset.OFFICIAL]
    # twelve stars read as a dozen assorted glyphs, some of them repeated
    card = Box(410, 836, 274, 40)
    lines = _page(
        ("银行卡详情", 584, 494, 151, 46), ("米求米米汶米炒求六米求六4406", *card.as_list())
    )
    assert any(t in official and _covers(b, card) for t, b in _found(lines))
    # 6225 **** **** 5279 with its mask read as a quote and a digit
    card = Box(165, 920, 940, 81)
    lines = _page(("《银行卡", 62, 147, 403, 125), ('6225"7 5279', *card.as_list()))
    assert any(t in official and _covers(b, card) for t, b in _found(lines))


def test_a_dashed_phone_read_with_a_digit_too_many_and_the_name_before_it_are_covered() -> None:
    name, phone = Box(115, 1264, 184, 59), Box(360, 1276, 396, 41)
    lines = _page(
        ("《收货地址", 62, 156, 416, 72),
        ("王凤韵", *name.as_list()),
        ("187-99470-1320", *phone.as_list()),
        ("浙江省杭州市西湖区", 114, 1426, 465, 70),
    )
    found = _found(lines)
    assert any(t == SensitiveType.PHONE and _covers(b, phone) for t, b in found)
    assert any(t == SensitiveType.REAL_NAME and _covers(b, name) for t, b in found)


def test_an_unread_name_left_of_a_phone_in_a_list_of_addresses_is_covered() -> None:
    # the second card's name read as a 2 px sliver; its address line starts where it stood
    name = Box(112, 869, 191, 62)
    lines = _page(
        ("收货地址", 589, 189, 266, 96),
        ("都兰涛189*'**4360", 113, 437, 546, 62),
        ("广东省广州市天河区", 114, 601, 467, 71),
        ("sm-", 135, 870, 100, 2),
        ("189''*'*5826", 357, 884, 302, 46),
        ("上海市浦东新区", 116, 1032, 361, 72),
    )
    assert any(t == SensitiveType.REAL_NAME and _covers(b, name) for t, b in _found(lines))


def test_a_name_over_an_address_whose_box_reaches_up_into_it_is_covered() -> None:
    # a dialog's dimmed page behind the card: the address line's box came out twice its
    # font's height, its top above the name's bottom (王杰 read as 王本)
    lines = _page(("王本", 56, 1713, 104, 55), ("北京市海演区中关村大竺", 56, 1749, 494, 110))
    found = _found(lines)
    assert any(
        t == SensitiveType.REAL_NAME and _covers(b, Box(56, 1717, 104, 50)) for t, b in found
    )


def test_facts_that_hold_private_data_are_dropped_or_cut() -> None:
    from yunbei_gui.core.analysis import _without_private
    from yunbei_gui.core.models import Cause, Fields

    name = Sensitive(SensitiveType.REAL_NAME, "顾华鸣", Box(0, 0, 10, 10))
    id_like = Sensitive(SensitiveType.ID_CARD, "20225UZIUISZUZSIUZZ3", Box(0, 0, 10, 10))
    label_mark = Sensitive(SensitiveType.PHONE, "话费券", Box(0, 0, 10, 10))  # under 手机
    fields = Fields(
        product="顾华鸣",
        error_message="服务繁忙,请稍后再试,活动时间: 20225UZIUISZUZSIUZZ3",
        cause=Cause.SYSTEM,
    )
    out = _without_private(fields, [name, id_like])
    assert out.product is None  # a name taken for the item: the user fills it in
    assert out.error_message == "服务繁忙,请稍后再试,活动时间: …"
    assert out.cause == Cause.SYSTEM
    # a mark inside a longer item name (a 手机 label's value area) leaves the name alone
    kept = _without_private(Fields(product="5元手机话费券"), [label_mark])
    assert kept.product == "5元手机话费券"
    # a name read into a toast's line with the address card under it (a seen set) is cut
    # out of the prompt, which goes into the appeal and the PDF
    zhang = Sensitive(SensitiveType.REAL_NAME, "张杰", Box(0, 0, 10, 10))
    toast = Fields(error_message="收货信息张杰北京市今日兑换名额已抢光,明天再来吧")
    assert _without_private(toast, [zhang]).error_message == (
        "收货信息…北京市今日兑换名额已抢光,明天再来吧"
    )


def test_a_loose_card_mask_takes_the_misread_first_group_glued_before_it() -> None:
    # "6222 **** **** 9108" read as "OO222火光火炎炎炎淡淡9108" on a 775 px wide page
    lines = lines_from((("OO222火光火炎炎炎淡淡9108", 79, 492, 438, 61),), 775, 1378)
    found = _found(lines)
    assert any(t == SensitiveType.BANK_CARD and _covers(b, Box(88, 506, 420, 33)) for t, b in found)


def test_a_card_masked_but_for_its_last_group_is_covered_from_its_first_star() -> None:
    # "**** **** **** 3136" read as twelve 火 and a last group with a digit too many
    lines = lines_from((("火火火火火火火火火火火火31306", 112, 689, 585, 78),), 1080, 1920)
    card = Box(125, 706, 559, 44)  # where the stars and 3136 are drawn
    assert any(t == SensitiveType.BANK_CARD and _covers(b, card) for t, b in _found(lines))


def test_a_card_whose_stars_were_read_as_assorted_glyphs_is_covered_from_its_first() -> None:
    # "**** **** **** 5601" read as twelve glyphs of three kinds and a digit too many
    lines = lines_from((("炎炎火炎火炎兴火火火火火50601", 64, 385, 360, 38),), 575, 1246)
    card = Box(64, 389, 360, 30)  # where the stars and 5601 are drawn
    assert any(t == SensitiveType.BANK_CARD and _covers(b, card) for t, b in _found(lines))


def _order_card(name_row: tuple[Piece, ...]) -> list[Line]:
    """An order's detail card: labels at one left edge, values at another."""
    return _page(
        ("订单详情", 499, 174, 245, 90),
        ("兑换异常", 52, 320, 284, 70),
        ("订单编号", 80, 920, 150, 48),
        ("615351117076651813", 356, 901, 601, 50),
        ("下单时间", 80, 1037, 198, 48),
        ("2025.06.06 11:23", 356, 1043, 404, 38),
        ("支付方式", 80, 1148, 200, 49),
        ("云贝支付", 356, 1144, 200, 50),
        *name_row,
        ("联系电话", 80, 1372, 200, 49),
        ("13938710451", 357, 1378, 275, 39),
    )


def test_a_detail_cards_row_with_its_label_in_pieces_and_its_value_unread_is_covered() -> None:
    """收货人 read as "收" and "人", the name beside it not read at all (seen on a dark
    order page): the row's value column is covered as a name, fail safe."""
    lines = _order_card((("收", 81, 1261, 46, 48), ("人", 131, 1260, 46, 21)))
    found = find_private(lines, W, H)
    names = [s for s in found if s.type == SensitiveType.REAL_NAME]
    name_at = Box(355, 1262, 98, 47)  # where 周雪 stood
    assert any(s.box.intersection(name_at) == name_at for s in names)
    # the title over the card, with nothing beside it, is no such row
    assert not any(s.box.y < 500 for s in found)
    # a plain row whose value was not read is no name ("下单时间" over an unread time)
    lines = _order_card((("兑换数量", 80, 1261, 200, 48),))
    assert not any(s.type == SensitiveType.REAL_NAME for s in find_private(lines, W, H))


def test_a_bank_cards_number_read_as_one_glyph_is_covered_across_the_card() -> None:
    """Thin white digits on a red card picture ("6222 **** **** 5440") read as one "2":
    on an account page, a line with a digit under the bank's name is the card's number,
    covered from its start across the card (fail safe)."""
    lines_words = [
        OcrWord("银行卡", Box(30, 87, 120, 35), 80.0, 1, 1, 1),
        OcrWord("工商银行", Box(150, 216, 137, 40), 96.0, 2, 1, 1),
        OcrWord("储蓄卡", Box(153, 278, 69, 22), 40.0, 3, 1, 1),
        OcrWord("2", Box(83, 471, 90, 29), 15.0, 4, 1, 1),
        OcrWord("持卡人", Box(53, 641, 91, 46), 92.0, 5, 1, 1),
        OcrWord("单笔限额", Box(53, 857, 118, 45), 93.0, 6, 1, 1),
        OcrWord("¥5,000.00", Box(532, 864, 134, 24), 69.0, 7, 1, 1),
    ]
    lines = page_lines(OcrPage(720, 1280, False, lines_words))
    found = find_private(lines, 720, 1280, account_page=True)
    cards = [s for s in found if s.type == SensitiveType.BANK_CARD]
    assert any(_covers(s.box, Box(83, 470, 388, 30)) for s in cards)
    # the limit's amount, right of its label, is no card number
    assert not any(s.box.y > 800 for s in cards)
    # the mask read as Han glyphs, the first group with a letter: still the card's number
    words = [w for w in lines_words if w.text != "2"] + [
        OcrWord("O0228类大大大大大大大00005", Box(93, 468, 521, 47), 32.0, 4, 1, 1)
    ]
    found = find_private(page_lines(OcrPage(720, 1280, False, words)), 720, 1280, True)
    assert any(
        s.type == SensitiveType.BANK_CARD and _covers(s.box, Box(93, 471, 521, 40)) for s in found
    )
    # read as two doubted Latin glyphs across the number, no digit at all (a seen set
    # read at 200 dpi): covered all the same
    words = [w for w in lines_words if w.text != "2"] + [
        OcrWord("ii", Box(82, 472, 549, 87), 23.0, 4, 1, 1)
    ]
    found = find_private(page_lines(OcrPage(720, 1280, False, words)), 720, 1280, True)
    assert any(
        s.type == SensitiveType.BANK_CARD and _covers(s.box, Box(82, 472, 549, 36)) for s in found
    )


def test_a_phone_beside_a_name_read_as_doubted_glyphs_is_covered() -> None:
    """188****1967 beside 马晓燕 on an address card came out as "工本和]和有7", one digit
    and glyphs Tesseract doubts: still the phone's place on the name's row."""
    words = [
        OcrWord("收货信息", Box(29, 791, 111, 46), 93.0, 1, 1, 1),
        OcrWord("马晓燕", Box(30, 849, 75, 24), 89.0, 2, 1, 1),
        *(
            OcrWord(t, Box(132 + 28 * i, 851, 28, 18), c, 3, 1, 1)
            for i, (t, c) in enumerate(
                (("工本", 0.0), ("和]", 0.0), ("和", 33.0), ("有", 0.0), ("7", 67.0))
            )
        ),
        OcrWord("浙江省杭州市西湖区文三路", Box(30, 887, 272, 35), 95.0, 4, 1, 1),
    ]
    found = find_private(page_lines(OcrPage(W, H, False, words)), W, H)
    phone_at = Box(130, 851, 143, 20)
    assert any(s.type == SensitiveType.PHONE and _covers(s.box, phone_at) for s in found)


def test_a_real_name_label_that_lost_its_last_glyph_still_covers_the_name_under_it() -> None:
    """真实姓名 read as "真实姓", the name under it in pieces ("张", "志", ...)."""
    lines = _page(
        ("邮箱", 60, 930, 69, 34),
        ("musiclover2020@163.com", 59, 1008, 507, 43),
        ("真实姓", 61, 1133, 110, 49),
        ("张", 60, 1212, 40, 43),
        ("志", 121, 1210, 31, 22),
        ("身份证号", 60, 1339, 148, 54),
    )
    found = find_private(lines, W, H, account_page=True)
    name_at = Box(58, 1209, 144, 47)
    assert any(s.type == SensitiveType.REAL_NAME and _covers(s.box, name_at) for s in found)


def test_a_card_number_under_a_misread_bank_name_on_a_dark_card_is_covered() -> None:
    """工商银行 储蓄卡 on a dark card read as "(工商银" and "储菏卡", its italic number
    622202******3096 as "6L2人00一3096": still the card's number."""
    lines = _page(
        ("银行卡详情", 494, 172, 253, 74),
        ("(工商银", 102, 362, 279, 105),
        ("储菏卡", 229, 454, 108, 54),
        ("6L2人00一3096", 122, 832, 421, 75),
        ("持卡人", 79, 1098, 135, 65),
        ("秦辰", 1081, 1099, 84, 61),
        ("单笔限额", 80, 1426, 177, 43),
        ("5 ,000.00", 976, 1432, 186, 39),
        ("开通快捷支付", 80, 1588, 266, 43),
        ("已开通", 1042, 1591, 121, 38),
    )
    found = find_private(lines, W, H, account_page=True)
    card_at = Box(122, 832, 421, 75)
    assert any(s.type == SensitiveType.BANK_CARD and _covers(s.box, card_at) for s in found)
    # the limit and the status are no private data
    assert not any(s.box.y > 1400 for s in found)


def test_a_line_of_mostly_digits_on_an_account_page_is_covered_wherever_it_is() -> None:
    """No bank name read at all: a line that is mostly digits and no date, time or
    amount is a number of the user's (fail safe)."""
    lines = _page(
        ("我的账户", 500, 170, 250, 70),
        ("6L2人00一3096", 122, 832, 421, 75),
        ("2025-03-01 12:30", 122, 1000, 421, 60),
        ("¥5,000.00", 122, 1200, 300, 60),
    )
    found = find_private(lines, W, H, account_page=True)
    assert any(_covers(s.box, Box(122, 832, 421, 75)) for s in found)
    assert not any(s.box.y > 950 for s in found)


def test_the_coins_due_to_expire_under_a_balance_are_no_phone_and_mark_no_name() -> None:
    """ "197云贝将于2025-08-04过期" under a balance: 197 + glyphs + 2025 is no masked
    phone, and the doubted pieces of the big number above it are no name over a phone."""
    lines = _page(
        ("当前云贝", 79, 344, 155, 38),
        ("个作", 169, 451, 116, 64),
        ("加要", 120, 532, 158, 64),
        ("197云贝将于2025-08-04过期", 77, 635, 473, 48),
    )
    found = find_private(lines, W, H)
    assert not [s for s in found if s.type in PRESET_TYPES[Preset.OFFICIAL]]
    # a masked phone read with glyphs for its mask still is one
    (phone,) = _page(("138大大大大1234", 77, 635, 473, 48))
    assert any(s.type == SensitiveType.PHONE for s in find_private([phone], W, H))


def test_a_bank_cards_picture_whose_number_was_not_read_at_all_is_covered() -> None:
    """ "**** **** **** 1972" in thin white digits on a dark card: nothing of it read; the
    card's face, from under the bank's name down to the rows under the card, is
    covered."""
    lines = _page(
        ("我的银行卡", 401, 166, 324, 92),
        ("人建设银行", 102, 366, 384, 97),
        ("储蓄卡", 229, 466, 139, 65),
        ("持卡人", 80, 1020, 172, 78),
        ("叶轩琳", 893, 1027, 154, 48),
        ("预留手机号", 79, 1182, 284, 78),
        ("186976048297", 704, 1194, 339, 39),
    )
    found = find_private(lines, W, H, account_page=True)
    number_at = Box(125, 759, 555, 63)
    assert any(s.type == SensitiveType.BANK_CARD and _covers(s.box, number_at) for s in found)
    # the rows under the card keep their labels
    assert not any(_covers(s.box, Box(80, 1020, 172, 78)) for s in found)


def test_a_name_read_as_two_lines_laid_over_each_other_is_covered_whole() -> None:
    """姜蓉杰 on an order's 收货人 row read as "差蓉水" over "交合Tv" (its lower half)."""
    lines = _page(
        ("退还状", 80, 1104, 126, 52),
        ("预计24小时内原路退回", 319, 1111, 416, 40),
        ("收", 82, 1200, 36, 38),
        ("化", 123, 1200, 37, 18),
        ("差蓉水", 321, 1200, 121, 26),
        ("交合Tv", 320, 1214, 122, 24),
        ("联系电话", 80, 1292, 164, 38),
        ('195""**2814', 320, 1297, 228, 35),
    )
    found = find_private(lines, W, H)
    name_at = Box(320, 1199, 122, 39)
    assert any(_covers(s.box, name_at) for s in found)


def test_the_records_heading_over_a_row_with_a_misread_date_is_no_name() -> None:
    """The heading 云贝明细 with a records row under it whose date came out as digits and
    junk ("2029.007 -9二0556" for 2025.02.15 10:56): a heading of the wallet, no person."""
    lines = _page(
        ("云贝明细", 33, 870, 125, 50),
        ("全部>", 725, 871, 74, 40),
        ("2029.007 -9二0556", 25, 985, 206, 47),
        ("+490", 700, 960, 60, 40),
    )
    assert not any(t == SensitiveType.REAL_NAME for t, _ in _found(lines))


def test_a_label_with_its_end_misread_still_covers_the_unread_value_under_it() -> None:
    """ "证件叶码" (证件号码) over an ID number Tesseract did not read at all (holdout
    2525): "叶码" is the label's end, no value; the line under the label is covered."""
    lines = _page(
        ("姓名", 62, 1184, 71, 36),
        ("郭敏", 62, 1258, 100, 72),
        ("证件叶码", 61, 1396, 157, 57),
        ("绑定银行", 62, 1612, 153, 55),
    )
    found = _found(lines)
    assert any(t == SensitiveType.ID_CARD and _covers(b, Box(60, 1484, 450, 37)) for t, b in found)


def test_a_dialogs_message_wrapped_onto_its_own_line_is_no_name() -> None:
    """ "…请完成安全验证" / "后再试" in a dialog over an order's delivery card (holdout
    2626): the second line, three glyphs over the card's phone, is the prompt's end."""
    lines = _page(
        ("兑换失败", 194, 1099, 244, 92),
        ("当前账号状态异常,请完成安全验证", 198, 1218, 730, 59),
        ("后再试", 196, 1271, 134, 92),
        ("知道了", 840, 1420, 120, 50),
        ("收货信息", 84, 1530, 190, 50),
        ("胡佳怡 186****1348", 80, 1610, 500, 50),
    )
    found = _found(lines)
    assert not any(_covers(b, Box(196, 1271, 134, 92)) for _, b in found)
    assert any(_covers(b, Box(80, 1610, 140, 50)) for _, b in found)  # the name stays covered


def test_a_sims_own_number_is_a_phone_however_its_digits_were_read() -> None:
    """设置 > SIM卡信息: "本机号码" with 152 0748 5139 read as "1592 01748 5139" (fresh
    seed holdout2 45): no phone pattern matches those digits, the label says phone."""
    lines = _page(
        ("SIM卡1", 69, 287, 155, 54),
        ("中国联通", 721, 292, 141, 34),
        ("本机号码", 69, 430, 151, 37),
        ("1592 01748 5139", 630, 436, 231, 27),
    )
    found = _found(lines)
    assert any(t == SensitiveType.PHONE and _covers(b, Box(629, 435, 232, 28)) for t, b in found)


def test_a_name_read_as_glyphs_and_marks_on_an_address_card_is_covered() -> None:
    """Names read garbled at 200 dpi on seen sets: "子/口" (李浩然, read at half its
    height) over an address, "杨佳|" under 收货信息, and "黄方" under "收负" (收货) over
    "北京," (an address cut to its province, a mark read after it)."""
    lines = _page(
        ("子/口", 47, 1434, 80, 22),
        ("北京市海淀区中关村大街", 47, 1477, 403, 55),
    )
    assert any(_covers(b, Box(45, 1414, 129, 42)) for _, b in _found(lines))
    lines = _page(("收货信息", 50, 1456, 188, 71), ("杨佳|", 49, 1546, 98, 65))
    assert any(_covers(b, Box(48, 1550, 135, 43)) for _, b in _found(lines))
    lines = _page(
        ("收负", 51, 1031, 98, 77), ("黄方", 51, 1125, 91, 69), ("北京,", 51, 1199, 96, 53)
    )
    assert any(_covers(b, Box(50, 1128, 94, 48)) for _, b in _found(lines))
    # a clock over an address is no name
    lines = _page(("12:30", 47, 1434, 80, 22), ("北京市海淀区中关村大街", 47, 1477, 403, 55))
    assert not any(_covers(b, Box(47, 1434, 80, 22)) for _, b in _found(lines))


def test_a_name_opening_its_line_before_a_phone_reaches_back_to_the_cards_edge() -> None:
    """ "芬岚"139****5021" for 谭芬岚 139****5021 (a seen set at 200 dpi): the name's first
    glyph was lost; the address under it shows where the card's rows start."""
    lines = _page(
        ('芬岚"139****5021', 178, 424, 488, 70),
        ("北京市朝阳区", 114, 572, 338, 65),
    )
    found = _found(lines)
    # the lost 谭 and the 芬 after it (the pieces' glyph boxes are estimates)
    name = Box(114, 428, 120, 62)
    assert any(t == SensitiveType.REAL_NAME and _covers(b, name) for t, b in found)


def test_a_delivery_heading_read_with_its_end_garbled_is_no_name() -> None:
    """ "收货八\"" for 收货信息 over an address cut by a dialog (fresh holdout 3535): the
    heading is no garbled name, and the dialog's prompt right of it stays readable."""
    lines = _page(
        ('收货八"', 50, 952, 184, 94),
        ("兑换失败", 484, 1011, 203, 76),
        ("当前账号状态异常请完成安全验证后", 232, 1096, 710, 62),
        ("广东省", 50, 1141, 115, 56),
        ("再试", 545, 1158, 86, 60),
    )
    prompt = Box(232, 1096, 710, 62)
    assert not any(b.intersection(prompt) for _, b in _found(lines))


def test_a_phone_with_a_stray_mark_between_its_groups_is_covered_to_its_end() -> None:
    """ "罗梦琪199 .5510 7602" (fresh holdout 3636): the mark after 199 let the masked
    shape take "199 .5510" alone and leave 7602 readable; the digits after it are the
    number's rest."""
    words = [
        OcrWord(text, Box(x, y, w, h), conf, 13, 1, 1)
        for text, x, y, w, h, conf in [
            ("罗", 92, 1694, 38, 41, 81.0),
            ("梦", 149, 1691, 59, 45, 84.0),
            ("琪", 207, 1684, 59, 58, 84.0),
            ("199", 277, 1696, 72, 36, 24.0),
            (".5510", 364, 1696, 100, 36, 60.0),
            ("7602", 479, 1696, 100, 36, 89.0),
        ]
    ]
    lines = page_lines(OcrPage(1242, 2671, False, words))
    phones = [b for t, b in _found(lines) if t == SensitiveType.PHONE]
    assert any(_covers(b, Box(479, 1696, 100, 36)) for b in phones)


def test_a_cards_stars_read_as_a_thin_run_of_glyphs_left_of_its_digits_are_covered() -> None:
    # fresh holdout2 60 #7, a bank card's page: "**** **** **** 8970" read as a run of
    # 太 13 px high, 25 px left of "8970" (31 px high), a line of its own
    lines = lines_from(
        (
            ("银行卡", 363, 124, 102, 53),
            ("人招商银行", 68, 256, 220, 65),
            ("太太太太六大太太太太太太", 83, 571, 274, 13),
            ("8970", 382, 573, 76, 31),
            ("预留手机号", 53, 850, 152, 46),
            ("177 7901 4984", 596, 859, 179, 20),
        ),
        828,
        1792,
    )
    assert _official(find_private(lines, 828, 1792, account_page=True), Box(83, 571, 375, 33))


def test_a_right_aligned_name_read_short_is_covered_three_glyphs_wide() -> None:
    # fresh holdout2 60 #17: the card holder *春 read as "春", its label 持卡人 as "卡人"
    lines = lines_from(
        (
            ("银行卡", 508, 170, 155, 77),
            ("6L20 8813 3406 0692", 122, 794, 453, 50),
            ("卡人", 126, 1056, 87, 63),
            ("春", 1052, 1061, 38, 40),
            ("预留手机号", 80, 1218, 225, 63),
            ('177""*8698', 863, 1225, 227, 35),
        ),
        1170,
        2532,
    )
    found = find_private(lines, 1170, 2532, account_page=True)
    assert _official(found, Box(1032, 1061, 59, 40))
    # ... and no further left than the value column: the label stays readable
    assert not any(s.box.x < 0.45 * 1170 and s.box.y < 1100 < s.box.bottom for s in found)


def test_an_items_name_holding_a_phone_word_is_no_phone_label() -> None:
    # "5元手机话费券" is an item: its 手机 labels no phone number
    for name in ("5元手机话费券", "手机充值券"):
        found = find_private(_page(("兑换失败", 60, 300, 240, 60), (name, 60, 900, 500, 56)), W, H)
        assert not [s for s in found if s.type == SensitiveType.PHONE], name
    # the label itself still marks its value, read or not
    lines = _page(("手机", 60, 900, 100, 56), ("138****5678", 600, 900, 300, 56))
    assert _official(find_private(lines, W, H), Box(600, 900, 300, 56))


def test_on_an_account_page_a_line_read_as_doubted_junk_is_covered() -> None:
    """A dark card page (fresh seed holdout2 76 #63): the bank's name and the card's
    thin white "**** **** **** 5983" were read as junk ("ww" at 0), so no card face
    was found and the number's start stayed uncovered. On an account page such a line
    is covered whole; a line read surely is not."""

    def lines(conf: float) -> list[Line]:
        return lines_with_confidence(
            (
                ("10:04", 67, 31, 67, 20, 88.0),
                ("ww", 25, 425, 250, 77, conf),
                ("持卡人", 42, 561, 75, 38, 90.0),
                ("张瑶", 537, 563, 47, 35, 90.0),
            ),
            621,
            1343,
        )

    number = Box(66, 426, 297, 24)
    found = find_private(lines(0.0), 621, 1343, account_page=True)
    assert any(
        s.type in PRESET_TYPES[Preset.OFFICIAL] and _covers(s.box, Box(66, 426, 200, 24))
        for s in found
    )
    found = find_private(lines(90.0), 621, 1343, account_page=True)
    assert not any(_covers(s.box, number) for s in found)


def test_a_name_over_a_province_whose_last_glyph_was_misread_is_covered() -> None:
    """A dialog over a delivery card (fresh seed holdout 6363 #16): its heading read as
    junk, the name 何杰 read whole, the address under it cut by the dialog to "浙江省"
    and read "浙江二". The name was left uncovered and readable."""
    lines = _page(
        ("人攻1", 92, 1331, 50, 22),
        ("何杰", 47, 1411, 87, 63),
        ("知道了", 829, 1428, 128, 64),
        ("浙江二", 47, 1463, 158, 72),
    )
    found = _found(lines)
    assert any(t == SensitiveType.REAL_NAME and _covers(b, Box(47, 1411, 87, 63)) for t, b in found)


def test_a_card_face_is_found_under_a_bank_name_whose_yinhang_was_misread() -> None:
    """A green card picture (fresh seed holdout2 78 #54): 招商银行 read "人招商岂生",
    储蓄卡 "依冀", the number "**** **** **** 4691" in slanted digits not read at all.
    No heading named a bank, so the card's face went uncovered. A bank's short name
    heads a card too."""

    lines = lines_with_confidence(
        (
            ("银行卡详情", 62, 164, 554, 119, 90.0),
            ("人招商岂生", 136, 440, 481, 189, 40.0),
            ("依冀", 306, 574, 112, 77, 38.0),
            ("NU v/", 60, 1041, 1315, 129, 8.0),
            ("预留机号", 108, 1502, 351, 81, 70.0),
        ),
        1440,
        3120,
    )
    number = Box(166, 933, 697, 78)
    found = find_private(lines, 1440, 3120, account_page=True)
    assert any(s.type == SensitiveType.BANK_CARD and _covers(s.box, number) for s in found)
