"""What went wrong with a case, and what to check first: a reading of the facts, no advice engine.

`diagnose` looks at the cause, the 云贝 records and the failure time; `checklist_items` gives
the texts of the six self-checks from resources/checklist.json.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from yunbei_gui.core.case import CHECK_KEYS, Case
from yunbei_gui.core.lexicon import lexicon
from yunbei_gui.core.models import Cause, Deduction, Kind
from yunbei_gui.core.names import CAUSE_NAMES
from yunbei_gui.resources import resource_path

# Failed redemptions are normally refunded automatically within this time.
REFUND_WINDOW = timedelta(hours=24)

# Busy hours of the service: [start, end) in local time.
PEAK_HOURS: tuple[tuple[time, time], ...] = (
    (time(10, 0), time(12, 0)),
    (time(20, 0), time(22, 0)),
)

_REDEEM_WORDS = ("兑换",)


class Situation(StrEnum):
    DEDUCTED_NOT_DELIVERED = "deducted_not_delivered"
    REFUNDED = "refunded"
    NOT_DEDUCTED = "not_deducted"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ChecklistEntry:
    key: str
    title: str
    guidance: str
    what_to_keep: str


@dataclass
class Diagnosis:
    cause: Cause | None
    cause_title: str
    cause_advice: str
    priority_checks: list[str]
    situation: Situation
    situation_note: str
    within_24h: bool | None
    within_24h_note: str
    peak_hour: bool | None
    peak_note: str
    notes: list[str] = field(default_factory=list)


_CAUSE_ADVICE: dict[Cause, str] = {
    Cause.SYSTEM: (
        "提示内容指向平台一侧的故障，例如服务器繁忙、系统维护或网络异常。"
        "先换个网络、重启应用后再试；如果云贝已经扣了却没拿到商品，这属于平台原因，"
        "可以要求退还云贝或补发商品。"
    ),
    Cause.ACCOUNT: (
        "提示说明账号被判定为有风险或受到限制。请先查看账号是否有违规记录、"
        "是否完成实名认证、安全状态是否正常；账号问题解决之前再次兑换通常还会失败。"
    ),
    Cause.ELIGIBILITY: (
        "提示说明云贝余额不够，或者你不满足这件商品的兑换条件（等级、地区、额外手续费等）。"
        "请核对云贝明细中的余额，并把商品规则逐条对照一遍。"
    ),
    Cause.STOCK: (
        "提示说明商品已经兑完、活动已结束，或者没有达到活动要求（如连续签到、消费门槛）。"
        "请确认兑换时活动仍在有效期内，并检查规则里的附加条件。"
    ),
}

_UNKNOWN_TITLE = "原因尚未确定"
_UNKNOWN_ADVICE = (
    "还没能从失败提示中判断原因。请把失败提示页截图或把提示文字原样填进来，"
    "同时按顺序完成下面六项自查。"
)

_PRIORITY: dict[Cause, list[str]] = {
    Cause.SYSTEM: ["network", "device"],
    Cause.ACCOUNT: ["account"],
    Cause.ELIGIBILITY: ["rules", "records"],
    Cause.STOCK: ["rules", "time_window"],
}

_SITUATION_NOTES: dict[Situation, str] = {
    Situation.DEDUCTED_NOT_DELIVERED: (
        "云贝明细里有这次兑换的扣除记录，之后没有看到等额退回，属于“扣除未到账”。"
    ),
    Situation.REFUNDED: "云贝明细里已经出现等额的退回记录，云贝应该已经回到账户，请核对余额。",
    Situation.NOT_DEDUCTED: "云贝明细里没有找到这次兑换的扣除记录，云贝可能并未被扣。",
    Situation.UNKNOWN: "还没有云贝明细截图，无法确认是否扣了云贝；建议补一张明细页截图。",
}


def diagnose(case: Case, now: datetime) -> Diagnosis:
    """Read a case: its cause, what the 云贝 records show, and where the failure time falls."""
    cause = _cause_of(case)
    if cause is None:
        title, advice, checks = _UNKNOWN_TITLE, _UNKNOWN_ADVICE, list(CHECK_KEYS)
    else:
        title, advice, checks = CAUSE_NAMES[cause], _CAUSE_ADVICE[cause], list(_PRIORITY[cause])

    situation = _situation(case)
    situation_note = _SITUATION_NOTES[situation]

    failure = parse_time(case.facts.failure_time, now)
    within: bool | None = None
    peak: bool | None = None
    if failure is None:
        within_note = "还不知道失败发生的时间；请补上精确到分钟的时间，申诉时需要它。"
        peak_note = ""
    else:
        within = now - failure < REFUND_WINDOW
        if within:
            end = failure + REFUND_WINDOW
            within_note = (
                "距离兑换失败还不到24小时。失败的兑换通常会在24小时内自动退回云贝，"
                f"建议等到 {end:%m月%d日 %H:%M} 后再看明细，仍未退回再申诉。"
            )
        else:
            within_note = "兑换失败已超过24小时，若云贝仍未退回，可以直接提交申诉。"
        peak = is_peak_hour(failure)
        if peak:
            peak_note = (
                "失败发生在兑换高峰时段（10:00–12:00 或 20:00–22:00），服务器压力大也可能是原因；"
                "以后兑换可以错开这些时段。"
            )
        else:
            peak_note = "失败不在兑换高峰时段，服务器拥挤的可能性较小。"

    notes = [advice, situation_note, within_note]
    if peak_note:
        notes.append(peak_note)
    return Diagnosis(
        cause=cause,
        cause_title=title,
        cause_advice=advice,
        priority_checks=checks,
        situation=situation,
        situation_note=situation_note,
        within_24h=within,
        within_24h_note=within_note,
        peak_hour=peak,
        peak_note=peak_note,
        notes=notes,
    )


def is_peak_hour(moment: datetime) -> bool:
    clock = moment.time()
    return any(start <= clock < end for start, end in PEAK_HOURS)


def parse_time(text: str | None, like: datetime | None = None) -> datetime | None:
    """An ISO-like time, or None; made comparable with `like` (both naive or both aware)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        return None
    if like is not None:
        if moment.tzinfo is not None and like.tzinfo is None:
            # Times are written in the user's local time; compare in that frame.
            moment = moment.astimezone().replace(tzinfo=None)
        elif moment.tzinfo is None and like.tzinfo is not None:
            moment = moment.replace(tzinfo=like.tzinfo)
    return moment


def _cause_of(case: Case) -> Cause | None:
    if case.facts.cause is not None:
        return case.facts.cause
    # The failure prompt is the most direct witness; other screenshots only after it.
    shots = sorted(case.screenshots, key=lambda s: s.kind != Kind.FAILURE)
    for shot in shots:
        if shot.fields.cause is not None:
            return shot.fields.cause
    return None


def _expected_amount(case: Case) -> int | None:
    if case.facts.yunbei_deducted:
        return abs(case.facts.yunbei_deducted)
    for shot in case.screenshots:
        if shot.fields.cost:
            return abs(shot.fields.cost)
    return None


def _situation(case: Case) -> Situation:
    has_records = any(s.kind == Kind.RECORDS or s.fields.deductions for s in case.screenshots)
    if not has_records:
        return Situation.UNKNOWN

    unmatched, refunds = _match_rows(case, _expected_amount(case))
    if unmatched:
        return Situation.DEDUCTED_NOT_DELIVERED
    if refunds:
        return Situation.REFUNDED
    return Situation.NOT_DEDUCTED


def unrefunded_redemptions(case: Case, amount: int | None = None) -> list[Deduction]:
    """Redemption rows of the records with no later refund of the same amount."""
    return _match_rows(case, amount)[0]


def _match_rows(case: Case, amount: int | None) -> tuple[list[Deduction], list[Deduction]]:
    """(redemptions not refunded, refunds), of `amount` 云贝 when it is known."""
    refund_words = lexicon().refund_words
    # The same row may show on two overlapping screenshots; count it once.
    rows: list[Deduction] = []
    for shot in case.screenshots:
        for row in shot.fields.deductions:
            if row not in rows:
                rows.append(row)

    spent = [
        r
        for r in rows
        if r.amount < 0
        and any(w in r.label for w in _REDEEM_WORDS)
        and (amount is None or -r.amount == amount)
    ]
    refunds = [
        r
        for r in rows
        if r.amount > 0
        and any(w in r.label for w in refund_words)
        and (amount is None or r.amount == amount)
    ]

    unmatched = list(spent)
    for refund in refunds:
        for row in unmatched:
            if -row.amount == refund.amount and not _before(refund, row):
                unmatched.remove(row)
                break
    return unmatched, refunds


def _before(a: Deduction, b: Deduction) -> bool:
    """Whether row a is known to come before row b; unreadable times do not decide."""
    ta, tb = parse_time(a.time), parse_time(b.time)
    if ta is None or tb is None or (ta.tzinfo is None) != (tb.tzinfo is None):
        return False
    return ta < tb


@cache
def _load_checklist() -> tuple[ChecklistEntry, ...]:
    data: Any = json.loads(resource_path("checklist.json").read_text("utf-8"))
    entries = tuple(
        ChecklistEntry(
            key=str(item["key"]),
            title=str(item["title"]),
            guidance=str(item["guidance"]),
            what_to_keep=str(item["what_to_keep"]),
        )
        for item in data
    )
    if tuple(e.key for e in entries) != CHECK_KEYS:
        raise ValueError("checklist.json must list the six self-checks in the order of CHECK_KEYS")
    return entries


def checklist_items() -> list[ChecklistEntry]:
    """The six self-checks, in order, with what to check and what evidence to keep."""
    return list(_load_checklist())
