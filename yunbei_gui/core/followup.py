"""After the failure: when replies are due, which are late, and what to do next.

Working days follow the Chinese calendar (`chinese_calendar`), holidays and make-up working
days included. For years that package has no data for, Monday to Friday stand in for working
days; `FollowUp.calendar_fallback` tells when that happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import chinese_calendar

from yunbei_gui.core.case import Case, Channel, Contact
from yunbei_gui.core.diagnosis import REFUND_WINDOW, parse_time
from yunbei_gui.core.names import CHANNEL_NAMES

SUPPORT_EMAIL = "service@music.163.com"
COMPANY = "杭州网易云音乐科技有限公司"


# After a rejection, in this order: a higher review, then the regulator, then public complaint.
ESCALATION_LADDER: tuple[Channel, ...] = (Channel.ESCALATION, Channel.C12315, Channel.HEIMAO)

# Replies counted in working days: (first day a reply may come, last day it is due).
_WORKDAY_REPLY: dict[Channel, tuple[int, int]] = {
    Channel.EMAIL: (1, 3),  # the support's own stated 1-3 working days
    Channel.ESCALATION: (1, 3),  # an internal review; assumed no slower than email
    Channel.C12315: (1, 7),  # our estimate of the company's response on the platform
    Channel.HEIMAO: (1, 7),  # our estimate; merchants on 黑猫 answer on no fixed schedule
}
# Replies counted in hours: (hours, whether the figure is our own estimate).
_HOUR_REPLY: dict[Channel, tuple[int, bool]] = {
    Channel.IN_APP: (24, False),
    Channel.WEIBO: (48, True),
}

_DONE_WORDS = ("已退还", "已退回", "已返还", "已到账", "已补发", "已解决")
_END_OF_DAY = time(23, 59)


@dataclass(frozen=True)
class ContactDue:
    """When a reply to one contact should come."""

    contact: Contact
    sent: datetime | None
    expected_from: datetime | None
    due: datetime | None
    overdue: bool
    estimate: bool  # the due time is our estimate, not what the channel promises
    note: str


@dataclass(frozen=True)
class NextAction:
    channel: Channel | None
    title: str
    detail: str


@dataclass
class FollowUp:
    refund_window_end: datetime | None
    dues: list[ContactDue]
    overdue: list[Contact]
    next_action: NextAction
    calendar_fallback: bool = False
    notes: list[str] = field(default_factory=list)


def is_working_day(day: date) -> tuple[bool, bool]:
    """Whether `day` is a working day in China, and whether the Monday-Friday fallback decided.

    `chinese_calendar` raises NotImplementedError for years it has no holiday data for;
    those days count as working days Monday to Friday.
    """
    try:
        return bool(chinese_calendar.is_workday(day)), False
    except NotImplementedError:
        return day.weekday() < 5, True


def nth_working_day_after(day: date, n: int) -> tuple[date, bool]:
    """The n-th working day after `day` (the day itself not counted), and whether the
    Monday-Friday fallback was used for any day on the way (see `is_working_day`)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    fallback = False
    count = 0
    current = day
    while count < n:
        current += timedelta(days=1)
        working, guessed = is_working_day(current)
        fallback = fallback or guessed
        if working:
            count += 1
    return current, fallback


def next_steps(case: Case, now: datetime) -> FollowUp:
    """The reply due times of every contact and the one thing to do next.

    Working days use the Chinese calendar; outside its supported years Monday to Friday
    count instead (`FollowUp.calendar_fallback` is then True).
    """
    failure = parse_time(case.facts.failure_time, now)
    window_end = failure + REFUND_WINDOW if failure is not None else None

    dues = [_due_of(contact, now) for contact in case.contacts]
    fallback = any(_used_fallback(d) for d in dues)
    # A later contact on the same channel is the follow-up of an earlier one; only it can be late.
    latest_per_channel: dict[Channel, ContactDue] = {}
    for due in _in_time_order(dues):
        latest_per_channel[due.contact.channel] = due
    overdue = [d.contact for d in dues if d.overdue and latest_per_channel[d.contact.channel] is d]

    action, today_fallback = _next_action(case, now, window_end, _in_time_order(dues))
    fallback = fallback or today_fallback

    notes = [d.note for d in dues]
    if fallback:
        notes.append("部分日期超出内置节假日数据的范围，这些日子按周一至周五为工作日估算。")
    return FollowUp(
        refund_window_end=window_end,
        dues=dues,
        overdue=overdue,
        next_action=action,
        calendar_fallback=fallback,
        notes=notes,
    )


def _used_fallback(due: ContactDue) -> bool:
    if due.sent is None or due.contact.channel not in _WORKDAY_REPLY:
        return False
    last = _WORKDAY_REPLY[due.contact.channel][1]
    return nth_working_day_after(due.sent.date(), last)[1]


def _in_time_order(dues: list[ContactDue]) -> list[ContactDue]:
    """Contacts by time; when a time is unreadable the recorded order stands."""
    if any(d.sent is None for d in dues):
        return list(dues)
    return sorted(dues, key=lambda d: d.sent or datetime.min)


def _fmt(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def _fmt_day(moment: datetime | date) -> str:
    return f"{moment.month}月{moment.day}日"


def _is_done(contact: Contact) -> bool:
    return any(w in contact.outcome for w in _DONE_WORDS)


def _due_of(contact: Contact, now: datetime) -> ContactDue:
    name = CHANNEL_NAMES[contact.channel]
    sent = parse_time(contact.time, now)
    if sent is None:
        return ContactDue(
            contact, None, None, None, False, False, f"{name}：联系时间无法识别，请补填。"
        )
    answered = contact.rejected or _is_done(contact)

    if contact.channel in _HOUR_REPLY:
        hours, estimate = _HOUR_REPLY[contact.channel]
        expected_from = sent
        due = sent + timedelta(hours=hours)
        fallback = False
        promise = "按经验估计" if estimate else "通常"
        note = f"{name}：{promise}{hours}小时内会有回复，最晚约在 {_fmt(due)}。"
    else:
        first, last = _WORKDAY_REPLY[contact.channel]
        first_day, fallback_a = nth_working_day_after(sent.date(), first)
        last_day, fallback_b = nth_working_day_after(sent.date(), last)
        fallback = fallback_a or fallback_b
        expected_from = datetime.combine(first_day, time(0, 0), tzinfo=sent.tzinfo)
        due = datetime.combine(last_day, _END_OF_DAY, tzinfo=sent.tzinfo)
        estimate = contact.channel != Channel.EMAIL
        if estimate:
            note = (
                f"{name}：这里按约{last}个工作日估算回复时间（并非平台承诺），"
                f"预计 {_fmt_day(first_day)} 起、{_fmt_day(last_day)} 前有结果。"
            )
        else:
            note = (
                f"{name}：邮件一般在{first}–{last}个工作日内回复，"
                f"最早 {_fmt_day(first_day)}，最迟 {_fmt_day(last_day)}。"
            )
        if fallback:
            note += "（该年份节假日数据缺失，按周一至周五计算。）"

    overdue = not answered and now > due
    if overdue:
        note += " 已超过预期时间仍未解决。"
    return ContactDue(contact, sent, expected_from, due, overdue, estimate, note)


def _ticket_hint(contact: Contact) -> str:
    parts = []
    if contact.ticket:
        parts.append(f"工单号 {contact.ticket}")
    if contact.agent_id:
        parts.append(f"客服工号 {contact.agent_id}")
    if parts:
        return "，注明" + "、".join(parts)
    return "，说明上次联系的时间和内容"


def _next_action(
    case: Case, now: datetime, window_end: datetime | None, ordered: list[ContactDue]
) -> tuple[NextAction, bool]:
    """The next step and whether the Monday-Friday fallback decided a working day."""
    if not ordered:
        if window_end is not None and now < window_end:
            return (
                NextAction(
                    None,
                    "先等待自动退回",
                    f"失败的兑换一般会在24小时内自动退回云贝。请在 {_fmt(window_end)} 之后"
                    "再打开“我的云贝”明细查看；到时仍未退回，再提交申诉。",
                ),
                False,
            )
        return _first_appeal(now)

    latest = ordered[-1]
    contact = latest.contact
    name = CHANNEL_NAMES[contact.channel]
    if _is_done(contact):
        return (
            NextAction(
                None,
                "问题已处理",
                "最近一次联系的结果显示已经处理。请到“我的云贝”核对余额或商品是否到账，"
                "并保留全部沟通记录，以防之后有变化。",
            ),
            False,
        )
    if contact.rejected:
        return _after_rejection(case, contact), False
    if latest.overdue:
        return (
            NextAction(
                contact.channel,
                f"在{name}追问进度",
                f"上次联系已超过预期回复时间。请通过同一渠道（{name}）再次询问处理进度"
                f"{_ticket_hint(contact)}，并把这次追问也记下来。",
            ),
            False,
        )
    when = f"，预计 {_fmt(latest.due)} 前" if latest.due is not None else ""
    return (
        NextAction(
            contact.channel,
            "等待回复",
            f"已通过{name}联系{when}会有答复。期间不要重复提交相同的申诉；"
            "到期仍没有回复，再在同一渠道追问。",
        ),
        False,
    )


def _first_appeal(now: datetime) -> tuple[NextAction, bool]:
    working, fallback = is_working_day(now.date())
    detail = (
        f"给 {SUPPORT_EMAIL} 发邮件，标题写“【云贝兑换申诉】+网易云ID+一句话概括”，"
        "正文写清账号、绑定手机号、兑换时间、商品和失败截图。"
        "也可以在应用内“账号 → 帮助与反馈”提交，并记下工单号。"
    )
    if not working:
        next_day, more = nth_working_day_after(now.date(), 1)
        fallback = fallback or more
        detail += f"今天不是工作日，邮件最好在 {_fmt_day(next_day)}（下一个工作日）发出。"
    return NextAction(Channel.EMAIL, "提交申诉", detail), fallback


def _after_rejection(case: Case, rejected: Contact) -> NextAction:
    used = {c.channel for c in case.contacts}
    start = (
        ESCALATION_LADDER.index(rejected.channel) + 1
        if rejected.channel in ESCALATION_LADDER
        else 0
    )
    step = next((ch for ch in ESCALATION_LADDER[start:] if ch not in used), None)
    if step == Channel.ESCALATION:
        return NextAction(
            Channel.ESCALATION,
            "询问驳回理由并申请上级复核",
            "请客服写明驳回的具体理由，并要求转交上级或专门团队重新审核"
            f"{_ticket_hint(rejected)}。如果失败是平台原因造成的，可以提出：订单提交后合同即成立，"
            "平台不应随意取消（《电子商务法》第四十九条）。",
        )
    if step == Channel.C12315:
        return NextAction(
            Channel.C12315,
            "向12315投诉",
            f"官方渠道没有解决问题，可以在全国12315平台投诉，被投诉企业填写“{COMPANY}”。"
            "附上云贝明细截图、每次申诉的时间、工单号和驳回内容。",
        )
    if step == Channel.HEIMAO:
        return NextAction(
            Channel.HEIMAO,
            "在黑猫投诉发起投诉",
            "在黑猫投诉写明事情经过和诉求，附上被驳回的记录。"
            "这是公开平台，截图中的手机号、账号等隐私信息务必先遮挡。",
        )
    return NextAction(
        None,
        "整理材料，考虑其他途径",
        "常用的申诉和投诉渠道都已经用过。请完整保存所有截图和沟通记录，"
        "可以向当地消费者协会求助，或咨询法律意见。",
    )
