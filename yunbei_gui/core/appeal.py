"""Write the appeal texts of a case, one per channel, in Simplified Chinese.

Every text follows the same rules: time -> action -> result, exact figures, calm wording and
a clear request. A fact that is missing is left out (never a placeholder); the required ones
that are missing are named in a plain last line. Private data is governed by the case's
preset, and every free-text value passes through `scrub` so that ID numbers, bank cards and
IP addresses typed into a note can never reach a text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PureWindowsPath
from urllib.parse import quote

from yunbei_gui.core.case import (
    REQUIRED_FACTS,
    Case,
    Channel,
    CheckState,
    Contact,
    Resolution,
)
from yunbei_gui.core.models import Preset
from yunbei_gui.core.names import CHANNEL_NAMES, FACT_NAMES

EMAIL_TO = "service@music.163.com"
COMPANY = "杭州网易云音乐科技有限公司"
MAILTO_LIMIT = 1800
IN_APP_LIMIT = 300


# What a finished self-check says about the user's own attempts.
_CHECK_DONE: dict[str, str] = {
    "network": "换过Wi-Fi和移动数据、重启过应用，并确认应用已是最新版本",
    "account": "查看过账号状态，没有违规记录，实名认证已完成",
    "records": "在“我的云贝”明细里核对过扣除记录和余额",
    "rules": "完整读过该商品的兑换规则",
    "time_window": "确认兑换时间在活动有效期之内",
    "device": "换另一台设备试过，结果相同",
}

_MISSING_REJECTED = "被驳回的那次联系记录"

# The required facts each channel's text uses (the "尚缺" line names only these).
_USED: dict[Channel, tuple[str, ...]] = {
    Channel.EMAIL: REQUIRED_FACTS,
    Channel.IN_APP: ("account_id", "failure_time", "item", "yunbei_deducted", "error_message"),
    Channel.WEIBO: ("failure_time", "item", "yunbei_deducted"),
    Channel.C12315: REQUIRED_FACTS,
    Channel.HEIMAO: ("account_id", "failure_time", "item", "yunbei_deducted", "error_message"),
    Channel.ESCALATION: REQUIRED_FACTS,
}


@dataclass
class AppealText:
    channel: Channel
    subject: str | None
    body: str


# --- scrubbing ----------------------------------------------------------------------

_ID = re.compile(r"(?<!\d)\d{17}[\dXx](?![\dA-Za-z])")
_LONG_DIGITS = re.compile(r"\d(?:[ \-]?\d){14,}")  # bank cards and any 15+ digit run
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_PHONE = re.compile(r"(?<!\d)(?:\+?86[ \-]?)?1[3-9]\d(?:[ \-]?\d{4}[ \-]?\d{4}|\*{4}\d{4})(?!\d)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-*]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def _mask_ip(match: re.Match[str]) -> str:
    parts = match.group(0).split(".")
    return "（已隐去IP）" if all(int(p) <= 255 for p in parts) else match.group(0)


def scrub(text: str, preset: Preset) -> str:
    """Mask private data in free text.

    Always: resident ID numbers, bank cards and every run of 15 or more digits, IPv4
    addresses. Under PUBLIC also phone numbers and email addresses.
    """
    text = _EMAIL.sub("（已隐去邮箱）", text) if preset is Preset.PUBLIC else text
    text = _IPV4.sub(_mask_ip, text)
    text = _ID.sub("（已隐去证件号）", text)
    text = _LONG_DIGITS.sub("（已隐去长号码）", text)
    if preset is Preset.PUBLIC:
        text = _PHONE.sub("（已隐去手机号）", text)
    return text


def _free(case: Case, text: str | None, *, public: bool = False) -> str:
    """A free-text value ready for a text: scrubbed, single-spaced, no contact data.

    Free text never needs a phone or email (they have their own fields), so these are masked
    under both presets; for public texts the account id is masked too.
    """
    if not text:
        return ""
    text = scrub(" ".join(text.split()), Preset.PUBLIC)
    account = (case.facts.account_id or "").strip()
    if (public or case.preset is Preset.PUBLIC) and len(account) >= 5:
        text = text.replace(account, "（已隐去账号）")
    return text.strip()


# --- formatting helpers --------------------------------------------------------------


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _fmt_time(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def _contact_time(case: Case, contact: Contact) -> str:
    moment = _parse_time(contact.time)
    return _fmt_time(moment) if moment else _free(case, contact.time)


def _amount(value: int | None) -> int | None:
    """A plausible 云贝 amount, or None."""
    return value if value is not None and 0 <= value < 10**9 else None


class _View:
    """The facts of a case as a given channel may show them."""

    def __init__(self, case: Case, channel: Channel) -> None:
        facts = case.facts
        self.case = case
        public = case.preset is Preset.PUBLIC or channel is Channel.WEIBO
        self.public = public
        account = _id_value(facts.account_id)
        self.account = None if public else account
        contact_ok = not public and channel is not Channel.HEIMAO
        self.phone = _phone_value(facts.bound_phone) if contact_ok else None
        self.email = _email_value(facts.email) if contact_ok else None
        moment = _parse_time(facts.failure_time)
        self.time = _fmt_time(moment) if moment else None
        self.item = _free(case, facts.item, public=public) or None
        before, after = _amount(facts.balance_before), _amount(facts.balance_after)
        deducted = _amount(facts.yunbei_deducted)
        if deducted is None and before is not None and after is not None and before > after:
            deducted = before - after
        self.deducted = deducted
        self.before, self.after = before, after
        attempts = facts.attempts
        self.attempts = attempts if attempts is not None and 0 < attempts < 10**4 else None
        self.error = _free(case, facts.error_message, public=public) or None
        self.network = _free(case, facts.network, public=public) or None
        self.steps = _free(case, facts.steps, public=public) or None
        tried = [_free(case, t, public=public) for t in facts.tried]
        for check in case.checklist:
            if check.state is CheckState.DONE and check.key in _CHECK_DONE:
                line = _CHECK_DONE[check.key]
                note = _free(case, check.note, public=public)
                tried.append(f"{line}（{note}）" if note else line)
        self.tried = [t for t in tried if t]
        # The required facts this channel would have used but cannot.
        used = set(_USED[channel])
        if public:
            used.discard("account_id")
        if not contact_ok:
            used.discard("bound_phone")
        values = {
            "account_id": account,
            "bound_phone": _phone_value(facts.bound_phone),
            "failure_time": self.time,
            "item": self.item,
            "yunbei_deducted": self.deducted,
            "error_message": self.error,
        }
        self.missing = [
            FACT_NAMES[name]
            for name in REQUIRED_FACTS
            if name in used
            and (values.get(name) is None or name in case.missing_facts())
            and not (name == "yunbei_deducted" and self.deducted is not None)
        ]

    def free(self, text: str | None) -> str:
        return _free(self.case, text, public=self.public)


def _id_value(value: str | None) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    return scrub(value, Preset.OFFICIAL)


def _phone_value(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value and re.fullmatch(r"[+\d][\d *\-]{6,18}\d", value) else None


def _email_value(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value and _EMAIL.fullmatch(value) else None


# --- shared sentences ---------------------------------------------------------------


def _summary(v: _View) -> str:
    """兑换黑胶VIP月卡失败，扣除300云贝未到账"""
    head = f"兑换{v.item}失败" if v.item else "云贝兑换失败"
    if v.deducted:
        return f"{head}，扣除{v.deducted}云贝未到账"
    return head


def _event(v: _View) -> str:
    """Time -> action -> result, in one sentence."""
    parts: list[str] = []
    when = f"{v.time}，" if v.time else ""
    what = f"我在网易云音乐里用云贝兑换“{v.item}”" if v.item else "我在网易云音乐里用云贝兑换商品"
    tries = f"，前后共尝试{v.attempts}次" if v.attempts else ""
    parts.append(f"{when}{what}{tries}，兑换没有成功")
    if v.error:
        parts.append(f"页面提示“{v.error}”")
    if v.deducted:
        parts.append(f"但账户里的{v.deducted}云贝已被扣除，商品至今没有到账")
    return "，".join(parts) + "。"


def _balance(v: _View) -> str:
    if v.before is not None and v.after is not None:
        return f"云贝明细显示，兑换前余额为{v.before}，兑换后为{v.after}。"
    if v.after is not None:
        return f"云贝明细显示，兑换后余额为{v.after}。"
    if v.before is not None:
        return f"云贝明细显示，兑换前余额为{v.before}。"
    return ""


def _requests(case: Case, v: _View) -> list[str]:
    wanted = list(case.resolutions)
    if not wanted and not case.request_note.strip():
        wanted = [Resolution.RETURN_COINS] if v.deducted else [Resolution.EXPLANATION]
    out: list[str] = []
    for r in wanted:
        if r is Resolution.RETURN_COINS:
            out.append(f"退还被扣除的{v.deducted}云贝" if v.deducted else "退还被扣除的云贝")
        elif r is Resolution.REDEEM_AGAIN:
            out.append(f"重新完成兑换或补发“{v.item}”" if v.item else "重新完成兑换或补发商品")
        elif r is Resolution.COMPENSATION:
            out.append("对由此造成的损失给予合理赔偿")
        elif r is Resolution.EXPLANATION:
            out.append("说明此次兑换失败的具体原因")
    note = v.free(case.request_note)
    if note:
        out.append(note.rstrip("。"))
    return out


def _request_sentence(case: Case, v: _View, lead: str = "希望") -> str:
    return f"{lead}{'；'.join(_requests(case, v))}。"


def _tickets(case: Case) -> list[str]:
    return [
        f"{CHANNEL_NAMES[c.channel]}工单号{t}"
        for c in case.contacts
        if (t := _free(case, c.ticket, public=False))
    ]


def _contact_line(case: Case, c: Contact) -> str:
    parts = [_contact_time(case, c), CHANNEL_NAMES[c.channel]]
    if ticket := _free(case, c.ticket):
        parts.append(f"工单号{ticket}")
    if agent := _free(case, c.agent_id):
        parts.append(f"客服工号{agent}")
    if promised := _free(case, c.promised):
        parts.append(f"当时答复：{promised}")
    outcome = _free(case, c.outcome) or ("已驳回" if c.rejected else "")
    if outcome:
        parts.append(f"结果：{outcome}")
    return "，".join(p for p in parts if p)


def _sentence(text: str) -> str:
    return text if text.endswith(("。", "！", "？", ".", "!", "?", "）")) else text + "。"


def _missing_line(missing: Sequence[str]) -> str:
    return f"（尚缺：{'、'.join(missing)}——请补充后再发送）" if missing else ""


def _join(lines: Sequence[str]) -> str:
    """Lines to a body: empty lines between paragraphs kept single, none at the ends."""
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def _numbered(items: Sequence[str]) -> list[str]:
    return [f"{i}. {item}" for i, item in enumerate(items, 1)]


def _account_lines(v: _View) -> list[str]:
    lines = []
    if v.account:
        lines.append(f"网易云ID：{v.account}")
    if v.phone:
        lines.append(f"绑定手机号：{v.phone}")
    if v.email:
        lines.append(f"注册邮箱：{v.email}")
    return lines


def _rejected_contact(case: Case) -> Contact | None:
    rejected = [c for c in case.contacts if c.rejected]
    return rejected[-1] if rejected else None


# --- the channels ------------------------------------------------------------------


def _email(case: Case, attachments: Sequence[str]) -> AppealText:
    v = _View(case, Channel.EMAIL)
    subject = "【云贝兑换申诉】" + (f"{v.account} " if v.account else "") + _summary(v)
    lines = ["网易云音乐客服，您好：", ""]
    lines.append("我的一次云贝兑换没有成功，特此申诉，具体情况如下。")
    lines.append("")
    if account := _account_lines(v):
        lines += ["账号信息", *account, ""]
    lines.append("经过")
    lines.append(_event(v))
    if balance := _balance(v):
        lines.append(balance)
    if v.network:
        lines.append(f"兑换时使用的网络：{v.network}。")
    if v.steps:
        lines.append(f"操作过程：{_sentence(v.steps)}")
    lines.append("")
    if v.tried:
        lines += ["我已做过的排查", *_numbered(v.tried), "问题依旧存在。", ""]
    lines += ["我的请求", _request_sentence(case, v, "请核实后"), ""]
    names = [_free(case, PureWindowsPath(a).name) for a in attachments]
    if names := [n for n in names if n]:
        lines += ["附件", *_numbered(names), ""]
    if tickets := _tickets(case):
        lines.append(f"此前我已就此事联系过客服（{'；'.join(tickets)}），可一并查阅。")
    lines += ["麻烦尽快处理，谢谢。", "", _missing_line(v.missing)]
    return AppealText(Channel.EMAIL, subject, _join(lines))


def _in_app(case: Case) -> AppealText:
    v = _View(case, Channel.IN_APP)
    keywords = "云贝兑换失败，扣除未到账" if v.deducted else "云贝兑换失败"

    def compose(limit: int) -> str:
        def cut(text: str | None) -> str | None:
            return text if text is None or len(text) <= limit else text[:limit] + "…"

        parts = [f"{keywords}。"]
        if v.account:
            parts.append(f"网易云ID：{v.account}。")
        head = f"于{v.time}兑换" if v.time else "兑换"
        item = cut(v.item)
        parts.append(f"{head}“{item}”失败" if item else f"{head}商品失败")
        if v.deducted:
            parts[-1] += f"，扣除{v.deducted}云贝，商品未到账"
        parts[-1] += "。"
        if error := cut(v.error):
            parts.append(f"提示“{error}”。")
        requests = [cut(r) or "" for r in _requests(case, v)]
        parts.append(f"请{'；'.join(requests)}。")
        if missing := _missing_line(v.missing):
            parts.append(missing)
        return "\n".join(parts)

    body = compose(60)
    limit = 60
    while len(body) > IN_APP_LIMIT and limit > 8:
        limit -= 8
        body = compose(limit)
    return AppealText(Channel.IN_APP, None, body)


def _weibo(case: Case) -> AppealText:
    v = _View(case, Channel.WEIBO)
    when = f"{v.time}" if v.time else ""
    what = f"兑换“{v.item}”" if v.item else "用云贝兑换商品"
    text = f"@网易云音乐 你好，我在{when}{what}失败" if when else f"@网易云音乐 你好，我{what}失败"
    text += f"，{v.deducted}云贝已扣除但商品没有到账。" if v.deducted else "。"
    tickets = [t for c in case.contacts if (t := _free(case, c.ticket, public=True))]
    if tickets:
        text += f"已在客服处提交工单，工单号{tickets[-1]}，目前还没有解决，"
        text += "麻烦帮忙查看并跟进这张工单，谢谢。"
    elif case.contacts:
        text += "此前已经联系过客服，还没有得到处理，麻烦帮忙看一下，谢谢。"
    else:
        # never claim a contact that did not happen
        text += "想请官方帮忙看一下应该怎么处理，谢谢。"

    missing = _missing_line(v.missing)
    return AppealText(Channel.WEIBO, None, _join([text, "", missing]))


def _history(case: Case) -> list[str]:
    return _numbered([_contact_line(case, c) for c in case.contacts])


def _c12315(case: Case) -> AppealText:
    v = _View(case, Channel.C12315)
    subject = f"投诉{COMPANY}：云贝{_summary(v).removeprefix('云贝')}"
    lines = [f"被投诉方：{COMPANY}（网易云音乐）", ""]
    if account := _account_lines(v):
        lines += ["我的账号信息", *account, ""]
    lines += ["事实经过", _event(v)]
    if balance := _balance(v):
        lines.append(balance)
    if v.tried:
        lines.append(f"我自行排查过：{'；'.join(v.tried)}，问题依旧。")
    lines.append("")
    if case.contacts:
        lines += ["与商家的沟通记录", *_history(case), ""]
        lines.append("以上沟通之后，问题仍未得到解决。")
        lines.append("")
    lines += [
        "投诉依据",
        "《中华人民共和国电子商务法》第四十九条规定，用户提交订单成功后合同即成立，"
        "平台不能单方面随意取消。这次兑换由平台接受并扣除了云贝，订单已经成立，"
        "商品却没有交付，平台理应继续履行，或退还云贝并承担相应责任。",
        "",
        "投诉请求",
        _request_sentence(case, v, "请求责令商家"),
        "",
        _missing_line(v.missing),
    ]
    return AppealText(Channel.C12315, subject, _join(lines))


def _heimao(case: Case) -> AppealText:
    v = _View(case, Channel.HEIMAO)
    title = f"网易云音乐{_summary(v)}"
    if any(c.rejected for c in case.contacts):
        title += "，申诉被驳回"
    lines = [title, "", _event(v)]
    if v.account:
        lines.append(f"网易云ID：{v.account}。")
    if balance := _balance(v):
        lines.append(balance)
    if case.contacts:
        n = len(case.contacts)
        last = case.contacts[-1]
        outcome = v.free(last.outcome) or ("被驳回" if last.rejected else "没有结果")
        lines.append(
            f"此后我联系客服{n}次，最近一次是{_contact_time(case, last)}，"
            f"通过{CHANNEL_NAMES[last.channel]}，结果：{outcome}。"
        )
    lines += ["", f"诉求：{'；'.join(_requests(case, v))}。", "", _missing_line(v.missing)]
    return AppealText(Channel.HEIMAO, title, _join(lines))


def _escalation(case: Case) -> AppealText:
    v = _View(case, Channel.ESCALATION)
    missing = list(v.missing)
    rejected = _rejected_contact(case)
    unanswered = case.contacts[-1] if rejected is None and case.contacts else None
    subject = "【云贝兑换申诉复核】" + (f"{v.account} " if v.account else "") + _summary(v)
    lines = ["网易云音乐客服，您好：", ""]
    if unanswered is not None:
        # no rejection yet: the reply is late, so ask a higher level to take it up
        cite = [
            f"我于{_contact_time(case, unanswered)}"
            f"通过{CHANNEL_NAMES[unanswered.channel]}提交了云贝兑换申诉"
        ]
        if ticket := v.free(unanswered.ticket):
            cite.append(f"工单号{ticket}")
        if agent := v.free(unanswered.agent_id):
            cite.append(f"处理客服工号{agent}")
        lines.append(f"{'，'.join(cite)}，至今没有得到处理结果。")
        if promised := v.free(unanswered.promised):
            lines.append(f"当时的答复是：{promised}。")
        lines.append("现已超过应答复的时间，特此申请上级跟进处理。")
    elif rejected is not None:
        cite = [
            f"我于{_contact_time(case, rejected)}通过{CHANNEL_NAMES[rejected.channel]}提交的申诉"
        ]
        if ticket := v.free(rejected.ticket):
            cite.append(f"工单号{ticket}")
        if agent := v.free(rejected.agent_id):
            cite.append(f"处理客服工号{agent}")
        outcome = v.free(rejected.outcome) or "已被驳回"
        lines.append(f"{'，'.join(cite)}，结果是：{outcome}。")
        if promised := v.free(rejected.promised):
            lines.append(f"当时的答复是：{promised}。")
        lines.append("我对这个结果有异议，特此申请复核。")
    else:
        missing.append(_MISSING_REJECTED)
        lines.append("我之前的云贝兑换申诉被驳回，我对这个结果有异议，特此申请复核。")
    lines.append("")
    if account := _account_lines(v):
        lines += ["账号信息", *account, ""]
    lines += ["事实经过", _event(v)]
    if balance := _balance(v):
        lines.append(balance)
    lines += [
        "",
        "我的请求",
        (
            "1. 告知目前的处理进度，以及未能按时答复的原因；"
            if unanswered is not None
            else "1. 以书面形式告知驳回的具体理由和所依据的规则；"
        ),
        "2. 将此事交由上一级负责人重新审核；",
        f"3. {_request_sentence(case, v, '核实后')}",
        "",
        "如仍得不到合理答复，我将向12315平台反映。谢谢。",
        "",
        _missing_line(missing),
    ]
    return AppealText(Channel.ESCALATION, subject, _join(lines))


# --- public API ----------------------------------------------------------------------


def write_appeal(case: Case, channel: Channel, attachments: Sequence[str] = ()) -> AppealText:
    """The appeal text of one channel."""
    if channel is Channel.EMAIL:
        return _email(case, attachments)
    if channel is Channel.IN_APP:
        return _in_app(case)
    if channel is Channel.WEIBO:
        return _weibo(case)
    if channel is Channel.C12315:
        return _c12315(case)
    if channel is Channel.HEIMAO:
        return _heimao(case)
    return _escalation(case)


def write_all(case: Case, attachments: Sequence[str] = ()) -> dict[Channel, AppealText]:
    return {channel: write_appeal(case, channel, attachments) for channel in Channel}


_TRUNCATED = "（内容较长，此处未写完，完整内容见随附的PDF。）"


def _link(to: str, subject: str, lines: Sequence[str]) -> str:
    body = quote("\r\n".join(lines), safe="")
    return f"mailto:{quote(to, safe='@')}?subject={quote(subject, safe='')}&body={body}"


def mailto_link(text: AppealText, to: str = EMAIL_TO, limit: int = MAILTO_LIMIT) -> str:
    """An RFC 6068 mailto link; a long body is cut at a line end with a pointer to the PDF."""
    subject = text.subject or ""
    lines = text.body.splitlines()
    link = _link(to, subject, lines)
    if len(link) <= limit:
        return link
    while subject and len(_link(to, subject, [_TRUNCATED])) > limit:
        subject = subject[:-1]
    kept: list[str] = []
    for line in lines:
        if len(_link(to, subject, [*kept, line, _TRUNCATED])) > limit:
            break
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return _link(to, subject, [*kept, "", _TRUNCATED] if kept else [_TRUNCATED])
