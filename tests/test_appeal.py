"""Appeal texts: the facts each channel needs, privacy by preset, missing facts, mailto."""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import unquote

from hypothesis import given, settings
from hypothesis import strategies as st

from yunbei_gui.core.appeal import (
    COMPANY,
    EMAIL_TO,
    FACT_NAMES,
    MAILTO_LIMIT,
    AppealText,
    mailto_link,
    scrub,
    write_all,
    write_appeal,
)
from yunbei_gui.core.case import (
    REQUIRED_FACTS,
    Case,
    Channel,
    CheckItem,
    CheckState,
    Contact,
    Facts,
    Resolution,
)
from yunbei_gui.core.models import Preset

ACCOUNT = "987654321"
PHONE = "13812345678"
MAIL = "fan@example.com"
ID_NUMBER = "11010519491231002X"
CARD = "6222021234567890123"


def _case(preset: Preset = Preset.OFFICIAL, contacts: bool = True) -> Case:
    case = Case.new(now=datetime(2026, 11, 20, 12, 0))
    case.preset = preset
    case.facts = Facts(
        account_id=ACCOUNT,
        bound_phone=PHONE,
        email=MAIL,
        failure_time="2026-11-20T10:32:00",
        item="黑胶VIP月卡",
        yunbei_deducted=300,
        balance_before=1200,
        balance_after=900,
        attempts=2,
        error_message="服务器繁忙，请稍后重试",
        tried=["清除缓存后重试"],
        network="家里Wi-Fi",
        steps="进入云贝中心，点击兑换，确认后提示失败",
    )
    case.checklist = [
        CheckItem("network", CheckState.DONE),
        CheckItem("account", CheckState.OPEN),
        CheckItem("records", CheckState.DONE),
    ]
    case.resolutions = [Resolution.RETURN_COINS, Resolution.EXPLANATION]
    case.request_note = "希望三个工作日内答复"
    if contacts:
        case.contacts = [
            Contact(
                Channel.IN_APP,
                "2026-11-21T09:15:00",
                ticket="TK20261121",
                agent_id="A1024",
                promised="24小时内回复",
                outcome="等待回复",
            ),
            Contact(
                Channel.EMAIL,
                "2026-11-24T14:00:00",
                ticket="EM556677",
                agent_id="B2048",
                promised="",
                outcome="已驳回，称不符合退还条件",
                rejected=True,
            ),
        ]
    return case


def _all_text(text: AppealText) -> str:
    return (text.subject or "") + "\n" + text.body


def _no_placeholders(text: AppealText) -> None:
    for bad in ("[", "]", "XXX", "某某", "None", "{", "}"):
        assert bad not in _all_text(text), (bad, text)


def test_email_contains_all_facts() -> None:
    text = write_appeal(_case(), Channel.EMAIL, ["01-失败提示.png", "/tmp/x/02-云贝明细.png"])
    body = text.body
    for part in (
        ACCOUNT,
        PHONE,
        MAIL,
        "2026年11月20日 10:32",
        "黑胶VIP月卡",
        "300云贝",
        "1200",
        "900",
        "“服务器繁忙，请稍后重试”",
        "2次",
        "家里Wi-Fi",
        "清除缓存后重试",
        "明细",  # the records self-check, done
        "退还被扣除的300云贝",
        "说明此次兑换失败的具体原因",
        "希望三个工作日内答复",
        "1. 01-失败提示.png",
        "2. 02-云贝明细.png",
        "TK20261121",
        "EM556677",
    ):
        assert part in body, part
    assert "实名认证" not in body  # the account check is still open
    assert "/tmp" not in body
    assert "尚缺" not in body
    _no_placeholders(text)


def test_email_subject_format() -> None:
    text = write_appeal(_case(), Channel.EMAIL)
    assert text.subject == f"【云贝兑换申诉】{ACCOUNT} 兑换黑胶VIP月卡失败，扣除300云贝未到账"


def test_time_action_result_order() -> None:
    body = write_appeal(_case(), Channel.EMAIL).body
    assert body.index("2026年11月20日 10:32") < body.index("兑换“黑胶VIP月卡”")
    assert body.index("兑换“黑胶VIP月卡”") < body.index("没有到账")


def test_in_app_short_with_keywords() -> None:
    text = write_appeal(_case(), Channel.IN_APP)
    assert len(text.body) < 300
    for part in ("云贝兑换失败", "扣除未到账", ACCOUNT, "2026年11月20日 10:32", "黑胶VIP月卡"):
        assert part in text.body
    assert "300云贝" in text.body and "退还" in text.body


def test_in_app_without_deduction_and_long_texts() -> None:
    case = _case()
    case.facts.yunbei_deducted = 0
    case.facts.balance_before = case.facts.balance_after = None
    case.facts.item = "超长商品名" * 40
    case.facts.error_message = "很长的提示" * 40
    case.request_note = "补充说明" * 40
    body = write_appeal(case, Channel.IN_APP).body
    assert "云贝兑换失败" in body and "扣除未到账" not in body
    assert len(body) < 300


def test_weibo_has_no_private_data() -> None:
    text = write_appeal(_case(), Channel.WEIBO)
    body = _all_text(text)
    assert "@网易云音乐" in body
    assert "EM556677" in body  # the latest ticket
    for private in (ACCOUNT, PHONE, MAIL):
        assert private not in body
    assert not re.search(r"1[3-9]\d{9}", body)
    assert "@" not in body.replace("@网易云音乐", "")


def test_weibo_masks_private_data_in_item() -> None:
    case = _case()
    case.facts.item = f"黑胶VIP月卡 {ACCOUNT} {PHONE} {MAIL}"
    body = write_appeal(case, Channel.WEIBO).body
    for private in (ACCOUNT, PHONE, MAIL):
        assert private not in body


def test_12315_company_law_and_history() -> None:
    text = write_appeal(_case(), Channel.C12315)
    body = text.body
    for part in (
        COMPANY,
        "《中华人民共和国电子商务法》第四十九条",
        "2026年11月21日 09:15",
        "应用内客服",
        "TK20261121",
        "A1024",
        "24小时内回复",
        "2026年11月24日 14:00",
        "EM556677",
        "B2048",
        "已驳回",
        "退还被扣除的300云贝",
        "2026年11月20日 10:32",
    ):
        assert part in body, part
    _no_placeholders(text)


def test_heimao_title_and_request() -> None:
    text = write_appeal(_case(), Channel.HEIMAO)
    first = text.body.splitlines()[0]
    assert "网易云音乐" in first and "黑胶VIP月卡" in first and "驳回" in first
    assert "诉求" in text.body
    assert PHONE not in text.body and MAIL not in text.body


def test_escalation_cites_rejected_contact() -> None:
    text = write_appeal(_case(), Channel.ESCALATION)
    body = text.body
    for part in ("2026年11月24日 14:00", "EM556677", "B2048", "书面", "上一级", "退还"):
        assert part in body, part
    assert "TK20261121" not in body  # the one not rejected is not the one cited
    assert "尚缺" not in body


def test_escalation_without_contacts_says_what_is_missing() -> None:
    text = write_appeal(_case(contacts=False), Channel.ESCALATION)
    assert "尚缺：被驳回的那次联系记录" in text.body
    _no_placeholders(text)


def test_missing_facts_plain_line() -> None:
    case = _case()
    case.facts.account_id = None
    case.facts.failure_time = None
    case.facts.error_message = ""
    assert case.missing_facts() == ["account_id", "failure_time", "error_message"]
    texts = write_all(case)
    email = texts[Channel.EMAIL].body
    assert email.splitlines()[-1] == "（尚缺：网易云ID、兑换时间、失败提示原文——请补充后再发送）"
    assert "网易云ID：" not in email and "页面提示" not in email
    weibo = texts[Channel.WEIBO].body
    assert "网易云ID" not in weibo  # weibo never uses the account id
    assert "兑换时间" in weibo.splitlines()[-1]
    for text in texts.values():
        _no_placeholders(text)


def test_empty_case_has_no_placeholders() -> None:
    case = Case.new(now=datetime(2026, 11, 20, 12, 0))
    case.resolutions = []
    for text in write_all(case).values():
        _no_placeholders(text)
        assert "尚缺" in text.body


def test_fact_names_cover_everything() -> None:
    assert set(FACT_NAMES) == set(Facts.__dataclass_fields__)
    assert all(name in FACT_NAMES for name in REQUIRED_FACTS)


def test_public_preset_has_no_contact_data() -> None:
    case = _case(Preset.PUBLIC)
    case.facts.steps = f"用{PHONE}登录，邮箱{MAIL}，账号{ACCOUNT}"
    for text in write_all(case, ["shot.png"]).values():
        body = _all_text(text)
        for private in (ACCOUNT, PHONE, MAIL):
            assert private not in body, (text.channel, private)
        assert "尚缺" not in body


def test_scrub_masks_id_and_card_in_steps() -> None:
    case = _case()
    case.facts.steps = f"身份证{ID_NUMBER}，银行卡{CARD}，卡号 6222 0212 3456 7890，IP 192.168.1.23"
    case.facts.tried = [f"报了身份证{ID_NUMBER.lower()}"]
    case.request_note = f"退到卡{CARD}"
    for text in write_all(case).values():
        body = _all_text(text)
        for secret in (ID_NUMBER, ID_NUMBER.lower(), CARD, "6222 0212", "192.168.1.23"):
            assert secret not in body
    assert "已隐去" in write_appeal(case, Channel.EMAIL).body


def test_scrub_by_preset() -> None:
    text = f"电话{PHONE} 邮箱{MAIL} 证件{ID_NUMBER} 卡{CARD} 地址10.0.0.1 版本9.1.20"
    official = scrub(text, Preset.OFFICIAL)
    public = scrub(text, Preset.PUBLIC)
    for out in (official, public):
        assert ID_NUMBER not in out and CARD not in out and "10.0.0.1" not in out
        assert "9.1.20" in out
    assert PHONE in official and MAIL in official
    assert PHONE not in public and MAIL not in public


def test_mailto_round_trip() -> None:
    text = write_appeal(_case(), Channel.EMAIL, ["a.png", "b.png"])
    link = mailto_link(text)
    assert link.startswith(f"mailto:{EMAIL_TO}?subject=")
    assert len(link) <= MAILTO_LIMIT
    assert "%0D%0A" in link
    assert " " not in link and "\n" not in link
    subject, body = link.split("?", 1)[1].split("&body=")
    assert unquote(subject.removeprefix("subject=")) == text.subject
    decoded = unquote(body)
    full = text.body.replace("\n", "\r\n")
    if decoded != full:  # cut: a prefix of whole lines, then the pointer to the PDF
        assert decoded.endswith("完整内容见随附的PDF。）")
        kept = decoded.rsplit("\r\n", 1)[0].rstrip("\r\n")
        assert full.startswith(kept)


def test_mailto_truncates_long_body_at_line_end() -> None:
    case = _case()
    case.facts.tried = [f"第{i}次尝试：重新登录后再兑换" for i in range(80)]
    text = write_appeal(case, Channel.EMAIL)
    link = mailto_link(text)
    assert len(link) <= MAILTO_LIMIT
    decoded = unquote(link.split("&body=")[1])
    lines = decoded.split("\r\n")
    assert lines[-1] == "（内容较长，此处未写完，完整内容见随附的PDF。）"
    original = text.body.splitlines()
    kept = [line for line in lines[:-1] if line]
    assert all(line in original for line in kept)
    assert decoded.startswith("网易云音乐客服")


@settings(max_examples=150, deadline=None)
@given(
    strings=st.lists(st.text(alphabet="0123456789 -xX@.a汉", max_size=60), min_size=9, max_size=9),
    preset=st.sampled_from(list(Preset)),
)
def test_no_18_digit_run_ever(strings: list[str], preset: Preset) -> None:
    case = _case(preset)
    f = case.facts
    (f.account_id, f.bound_phone, f.email, f.item, f.error_message, f.network, f.steps) = strings[
        :7
    ]
    f.tried = [strings[7]]
    case.request_note = strings[8]
    case.contacts[0].ticket = strings[7]
    case.contacts[1].promised = strings[8]
    for text in write_all(case, [strings[0]]).values():
        assert not re.search(r"\d{18}", _all_text(text)), text
        link = mailto_link(text)
        assert not re.search(r"\d{18}", unquote(link))


def test_weibo_never_claims_a_contact_that_did_not_happen() -> None:
    case = Case.new()
    case.facts.item = "黑胶VIP月卡"
    text = write_appeal(case, Channel.WEIBO).body
    assert "反馈过" not in text and "联系过" not in text and "工单" not in text


def test_escalation_for_a_late_reply_asks_for_progress_not_a_rejection_review() -> None:
    case = _case()
    for contact in case.contacts:
        contact.rejected = False
        contact.outcome = "等待回复"
    body = write_appeal(case, Channel.ESCALATION).body
    assert "EM556677" in body and "至今没有得到处理结果" in body
    assert "处理进度" in body
    assert "驳回" not in body and "有异议" not in body
    assert "尚缺" not in body
